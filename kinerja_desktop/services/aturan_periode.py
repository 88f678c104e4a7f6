"""The admin's evaluation scheme and deadlines per year (issue 3 point 6)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.periode import AturanPeriode, Periode, check_aturan, periods
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import data_owners, local_site_code, record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AturanPeriodeTahun


def get_aturan(db: Database, actor: Actor, tahun: int) -> AturanPeriode:
    """The year's rules; quarterly with default deadlines until the admin sets them."""
    del actor  # periods and deadlines are public inside the office
    with db.read() as s:
        return aturan_in(s, tahun)


def aturan_in(s: Session, tahun: int, pemilik: str | None = None) -> AturanPeriode:
    """``get_aturan`` inside a caller's transaction: the rules of ``pemilik`` (the office
    whose SKP is read), else of this site's office (the province holds every office's
    rules for the year, one row per office)."""
    owners = (pemilik, *data_owners(s)) if pemilik else data_owners(s)
    rows = {r.origin_site: r for r in s.scalars(select(AturanPeriodeTahun).where(
        AturanPeriodeTahun.tahun == tahun, AturanPeriodeTahun.deleted_at.is_(None),
        AturanPeriodeTahun.origin_site.in_(owners)))}
    row = next((rows[o] for o in owners if o in rows), None)
    if row is None:
        return AturanPeriode(tahun)
    return AturanPeriode(tahun, row.skema, row.batas_penetapan_skp, row.hari_realisasi,
                         row.hari_penilaian)


def list_periode(db: Database, actor: Actor, tahun: int) -> list[Periode]:
    return periods(get_aturan(db, actor, tahun))


def simpan_aturan(db: Database, actor: Actor, aturan: AturanPeriode) -> AturanPeriode:
    require_role(actor, "mengatur periode penilaian", Role.ADMIN)
    check_aturan(aturan)
    with db.write() as s:
        # This site's own row (a new one gets this site as owner): unique per owner.
        row = s.scalar(select(AturanPeriodeTahun).where(
            AturanPeriodeTahun.tahun == aturan.tahun,
            AturanPeriodeTahun.origin_site == local_site_code(s)))
        new = row is None
        if row is None:
            row = AturanPeriodeTahun(tahun=aturan.tahun)
            s.add(row)
        row.skema = aturan.skema
        row.batas_penetapan_skp = aturan.batas_penetapan_skp
        row.hari_realisasi = aturan.hari_realisasi
        row.hari_penilaian = aturan.hari_penilaian
        row.deleted_at = None
        stamp(s, row, new=new)
        record(s, actor, "atur_periode", row)
    return aturan
