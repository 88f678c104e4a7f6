"""Tunjangan kinerja/TPP percentages per predikat and year (DOMAIN §7.3: no national table).

The admin fills the office's table (each 0–100 %, at most two decimals); until then
there is none and the lists say so. The list per pegawai shows the % that follows
from the annual predikat.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.tindak_lanjut_workbook import Kolom, Lembar, tulis_lembar
from kinerja_desktop.domain.errors import ConflictError, ValidationError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import data_owners, local_site_code, record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.hasil_tahunan import load_hasil, terakhir_per_pegawai
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import TunjanganPersen

PERSEN_MAX = Decimal(100)


@dataclass(frozen=True, slots=True)
class TabelTunjangan:
    tahun: int
    persen: dict[Predikat, Decimal]  # empty: not configured for the year
    versi: dict[Predikat, int]  # version of each stored row (for the conflict check)

    @property
    def terisi(self) -> bool:
        return bool(self.persen)


@dataclass(frozen=True, slots=True)
class TunjanganPegawai:
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    unit: str
    predikat: Predikat
    persen: Decimal | None  # None: the table has no % for this predikat


def format_persen(value: Decimal) -> str:
    """``87.5`` → ``87,50`` (two decimals, Indonesian comma)."""
    return f"{value.quantize(Decimal('0.01')):f}".replace(".", ",")


def parse_persen(raw: object, predikat: Predikat) -> Decimal:
    """A percentage 0–100 with at most two decimals (``87,5`` or ``87.5``), or a
    ValidationError naming the predikat."""
    what = f"Persen tunjangan untuk predikat {predikat.label}"
    if isinstance(raw, bool):
        raise ValidationError(f"{what} harus angka 0–100; tertulis {raw!r}.")
    if isinstance(raw, Decimal | int):
        value = Decimal(raw)
    elif isinstance(raw, str) and raw.strip():
        try:
            value = Decimal(raw.strip().replace(" ", "").rstrip("%").replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                f"{what} harus angka 0–100 (contoh: 100 atau 87,5); tertulis '{raw}'."
            ) from None
    else:
        raise ValidationError(f"{what} wajib diisi (angka 0–100, contoh: 100 atau 87,5).")
    if not value.is_finite() or not Decimal(0) <= value <= PERSEN_MAX:
        raise ValidationError(f"{what} harus 0–100; tertulis {raw}.")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(f"{what} paling banyak dua angka di belakang koma; tertulis {raw}.")
    return value.quantize(Decimal("0.01"))


def _rows(s: Session, tahun: int, pemilik: str | None = None) -> dict[Predikat, TunjanganPersen]:
    """One owner's table (the province holds every office's): by default this site's,
    which its admin edits."""
    pemilik = pemilik or local_site_code(s)
    return {r.predikat: r for r in s.scalars(
        select(TunjanganPersen).where(TunjanganPersen.tahun == tahun,
                                      TunjanganPersen.origin_site == pemilik))}


def _tabel(s: Session, tahun: int) -> TabelTunjangan:
    """The table shown: this site's own, or on a penilai's laptop its office's."""
    rows: dict[Predikat, TunjanganPersen] = {}
    for pemilik in data_owners(s):
        rows = _rows(s, tahun, pemilik)
        if rows:
            break
    live = {p: r for p, r in rows.items() if r.deleted_at is None}
    return TabelTunjangan(tahun, {p: Decimal(r.persen) for p, r in live.items()},
                          {p: r.version for p, r in rows.items()})


def get_tabel_tunjangan(db: Database, actor: Actor, tahun: int) -> TabelTunjangan:
    """The table of the year (not secret: every account may read it)."""
    del actor
    with db.read() as s:
        return _tabel(s, tahun)


def _write(s: Session, actor: Actor, tahun: int, clean: dict[Predikat, Decimal],
           action: str) -> None:
    rows = _rows(s, tahun)
    for predikat in Predikat:
        value = clean[predikat]
        row = rows.get(predikat)
        text = f"{value:f}"
        if row is not None and row.deleted_at is None and Decimal(row.persen) == value:
            continue
        new = row is None
        if row is None:
            row = TunjanganPersen(tahun=tahun, predikat=predikat)
            s.add(row)
        row.persen = text
        row.deleted_at = None
        stamp(s, row, new=new)
        record(s, actor, action, row, {"tahun": tahun, "predikat": predikat.value,
                                       "persen": text})


def simpan_tabel_tunjangan(
    db: Database, actor: Actor, tahun: int, persen: Mapping[Predikat, object], *,
    expected_versi: Mapping[Predikat, int] | None = None,
) -> TabelTunjangan:
    """Saves the five percentages of ``tahun`` (admin only; all or nothing)."""
    require_role(actor, "mengubah tabel tunjangan", Role.ADMIN)
    clean = {p: parse_persen(persen.get(p), p) for p in Predikat}
    with db.write() as s:
        if expected_versi is not None:
            now = {p: r.version for p, r in _rows(s, tahun).items()}
            if now != dict(expected_versi):
                raise ConflictError(
                    f"Tabel tunjangan {tahun} sudah diubah orang lain sejak Anda membukanya. "
                    "Isian Anda masih di layar: muat ulang lalu simpan lagi.")
        _write(s, actor, tahun, clean, "simpan_tunjangan")
        return _tabel(s, tahun)


def salin_tahun_lalu(db: Database, actor: Actor, tahun: int, *,
                     timpa: bool = False) -> TabelTunjangan:
    """Copies the table of ``tahun - 1`` into ``tahun`` (admin only). A year that already
    has a table is overwritten only with ``timpa``."""
    require_role(actor, "menyalin tabel tunjangan", Role.ADMIN)
    with db.write() as s:
        lalu = _tabel(s, tahun - 1)
        if not lalu.terisi:
            raise ValidationError(
                f"Tabel tunjangan tahun {tahun - 1} belum diisi; tidak ada yang dapat disalin. "
                f"Isi persen per predikat untuk {tahun} secara langsung.")
        if len(lalu.persen) != len(Predikat):
            kurang = ", ".join(p.label for p in Predikat if p not in lalu.persen)
            raise ValidationError(
                f"Tabel tunjangan tahun {tahun - 1} tidak lengkap (belum ada: {kurang}).")
        if _tabel(s, tahun).terisi and not timpa:
            raise ConflictError(
                f"Tabel tunjangan tahun {tahun} sudah diisi; menyalin dari {tahun - 1} akan "
                "menimpanya.")
        _write(s, actor, tahun, dict(lalu.persen), "salin_tunjangan")
        return _tabel(s, tahun)


def daftar_tunjangan(
    db: Database, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> tuple[TabelTunjangan, list[TunjanganPegawai]]:
    """The % per pegawai with an annual predikat (in the unit and its sub-units)."""
    with db.read() as s:
        tabel = _tabel(s, tahun)
        hasil = terakhir_per_pegawai(load_hasil(s, actor, tahun, unit_id=unit_id, today=today))
    return tabel, [
        TunjanganPegawai(h.pegawai_id, h.nip, h.nama, h.jabatan, h.unit, h.predikat,
                         tabel.persen.get(h.predikat))
        for h in hasil
    ]


def ekspor_tunjangan(db: Database, actor: Actor, tahun: int, path: Path | str, *,
                     unit_id: uuid.UUID | None = None, unit_label: str = "") -> Path:
    tabel, rows = daftar_tunjangan(db, actor, tahun, unit_id=unit_id)
    catatan = "" if tabel.terisi else (
        f"Tabel tunjangan tahun {tahun} belum diisi: kolom persen kosong.")
    lembar = Lembar(
        judul=f"TUNJANGAN KINERJA MENURUT PREDIKAT TAHUN {tahun}",
        keterangan=" · ".join(x for x in (unit_label, catatan) if x),
        kolom=[Kolom("No", 6), Kolom("NIP", 21), Kolom("Nama", 34), Kolom("Jabatan", 34),
               Kolom("Unit Kerja", 30), Kolom("Predikat Tahunan", 20),
               Kolom("Tunjangan (%)", 14, "0.00")],
        baris=[[i, r.nip, r.nama, r.jabatan, r.unit, r.predikat.label, r.persen]
               for i, r in enumerate(rows, start=1)],
    )
    return tulis_lembar(path, [lembar])
