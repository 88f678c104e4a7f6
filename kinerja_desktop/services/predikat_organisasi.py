"""Capaian kinerja organisasi of a unit per period (DOMAIN §5.3, §7.2 stage 1; issue 4 point 7).

The leader above the unit sets it (stage 1 of the kurva distribusi): the head of the
parent unit, or the admin for him. It picks the distribution pattern for the unit's
pegawai and may be backed by a survei SKM as evidence (``survei_skm_id``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.periode import Periode, find_periode
from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import kepala_of
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import PredikatOrganisasiUnit, SurveiSkm, UnitKerja

_MAX_CATATAN = 4000

# Help text for each choice (DOMAIN §7.2: the distribution it implies).
PENJELASAN: dict[PredikatOrganisasi, str] = {
    PredikatOrganisasi.ISTIMEWA:
        "Sebagian besar pegawai (paling banyak 70 %) berpredikat Sangat Baik; sisanya boleh "
        "Baik, Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang.",
    PredikatOrganisasi.BAIK:
        "Sebagian besar pegawai (paling banyak 70 %) berpredikat Baik; harus ada yang Butuh "
        "Perbaikan dan/atau Kurang/Misconduct; sisanya boleh Sangat Baik atau Sangat Kurang.",
    PredikatOrganisasi.BUTUH_PERBAIKAN:
        "Paling sedikit 60 % pegawai Butuh Perbaikan; Sangat Baik paling banyak 10 %; sisanya "
        "Baik, Kurang, atau Sangat Kurang. (Dokumen lama menyebutnya \"Cukup\".)",
    PredikatOrganisasi.KURANG:
        "Paling sedikit 60 % pegawai Kurang/Misconduct dan 10 % Butuh Perbaikan; Sangat Baik "
        "paling banyak 10 %; sisanya Baik atau Sangat Kurang.",
    PredikatOrganisasi.SANGAT_KURANG:
        "Paling sedikit 60 % pegawai Sangat Kurang dan 10 % Kurang/Misconduct dan/atau Butuh "
        "Perbaikan; sisanya boleh Baik; tidak boleh ada Sangat Baik.",
}
PENJELASAN_UMUM = (
    "Capaian kinerja organisasi ditetapkan oleh pimpinan di atas unit ini (tahap 1 penetapan "
    "predikat). Nilainya menentukan pola kurva distribusi predikat pegawai unit ini, yang "
    "dipakai sebagai pertimbangan (tidak memblokir). Hasil SKM dapat dilampirkan sebagai bukti."
)


@dataclass(frozen=True, slots=True)
class CapaianOrganisasiDTO:
    id: uuid.UUID
    unit_kerja_id: uuid.UUID
    unit_nama: str
    periode_key: str
    periode_label: str
    predikat: PredikatOrganisasi
    ditetapkan_oleh: str  # username
    tanggal: dt.date
    catatan: str
    survei_skm_id: uuid.UUID | None
    version: int


# ---------------------------------------------------------------------------
# Session-level helpers (also used by services/skm.py)


def periode_dari_key(s: Session, periode_key: str) -> Periode:
    """The period ``2026-TW1`` of its year's rules; ValidationError naming the valid keys."""
    key = periode_key.strip()
    head = key.split("-", 1)[0]
    if not head.isdigit() or not 2000 <= int(head) <= 2100:
        raise ValidationError(
            f"Periode '{periode_key}' tidak dikenal; tulis tahun dan periodenya, "
            "mis. 2026-TW1 atau 2026-TAHUNAN."
        )
    return find_periode(aturan_in(s, int(head)), key)


def unit_or_404(s: Session, unit_id: uuid.UUID) -> UnitKerja:
    unit = s.get(UnitKerja, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise NotFoundError("Unit kerja tidak ditemukan (mungkin sudah dihapus).")
    return unit


def may_set(s: Session, actor: Actor, unit: UnitKerja) -> bool:
    """The admin, or the head of the unit above (DOMAIN §7.2 stage 1)."""
    if actor.is_admin:
        return True
    if actor.pegawai_id is None or unit.parent_id is None:
        return False
    return kepala_of(s, unit.parent_id) == actor.pegawai_id


def require_set(s: Session, actor: Actor, unit: UnitKerja) -> None:
    if not may_set(s, actor, unit):
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak boleh menetapkan capaian kinerja organisasi "
            f"{unit.nama}: yang menetapkan adalah pimpinan unit di atasnya atau admin."
        )


def capaian_row(s: Session, unit_id: uuid.UUID, periode_key: str,
                *, with_deleted: bool = False) -> PredikatOrganisasiUnit | None:
    stmt = select(PredikatOrganisasiUnit).where(
        PredikatOrganisasiUnit.unit_kerja_id == unit_id,
        PredikatOrganisasiUnit.periode_key == periode_key)
    if not with_deleted:
        stmt = stmt.where(PredikatOrganisasiUnit.deleted_at.is_(None))
    return s.scalar(stmt)


def _label(s: Session, key: str) -> str:
    try:
        p = periode_dari_key(s, key)
    except ValidationError:  # the admin changed the scheme after the row was made
        return key
    return f"{p.label} {p.tahun}"


def capaian_dto(s: Session, row: PredikatOrganisasiUnit) -> CapaianOrganisasiDTO:
    unit = s.get(UnitKerja, row.unit_kerja_id)
    return CapaianOrganisasiDTO(
        id=row.id, unit_kerja_id=row.unit_kerja_id, unit_nama=unit.nama if unit else "",
        periode_key=row.periode_key, periode_label=_label(s, row.periode_key),
        predikat=row.predikat, ditetapkan_oleh=row.ditetapkan_oleh, tanggal=row.tanggal,
        catatan=row.catatan or "", survei_skm_id=row.survei_skm_id, version=row.version,
    )


def survei_for(s: Session, survei_id: uuid.UUID, unit_id: uuid.UUID, periode_key: str) -> None:
    """Refuses a survey that is missing or belongs to another unit or period."""
    sv = s.get(SurveiSkm, survei_id)
    if sv is None or sv.deleted_at is not None:
        raise NotFoundError("Survei SKM tidak ditemukan (mungkin sudah dihapus).")
    if sv.unit_kerja_id != unit_id or sv.periode_key != periode_key:
        raise ValidationError(
            f"Survei SKM itu milik unit atau periode lain ({sv.periode_key}); lampirkan survei "
            f"unit ini pada periode {periode_key}."
        )


# ---------------------------------------------------------------------------
# Services


def get_capaian(db: Database, actor: Actor, unit_id: uuid.UUID,
                periode_key: str) -> CapaianOrganisasiDTO | None:
    """The unit's capaian for the period; None when not set yet. Readable by everyone."""
    del actor  # the organisation's result is public inside the office
    with db.read() as s:
        unit_or_404(s, unit_id)
        periode = periode_dari_key(s, periode_key)
        row = capaian_row(s, unit_id, periode.key)
        return capaian_dto(s, row) if row is not None else None


def list_capaian(db: Database, actor: Actor, *, tahun: int | None = None,
                 unit_id: uuid.UUID | None = None) -> list[CapaianOrganisasiDTO]:
    """Every capaian set (of a year, of a unit), by unit then period key."""
    del actor
    with db.read() as s:
        stmt = select(PredikatOrganisasiUnit).where(PredikatOrganisasiUnit.deleted_at.is_(None))
        if tahun is not None:
            stmt = stmt.where(PredikatOrganisasiUnit.periode_key.like(f"{tahun}-%"))
        if unit_id is not None:
            stmt = stmt.where(PredikatOrganisasiUnit.unit_kerja_id == unit_id)
        rows = s.scalars(stmt.order_by(PredikatOrganisasiUnit.unit_kerja_id,
                                       PredikatOrganisasiUnit.periode_key)).all()
        return [capaian_dto(s, r) for r in rows]


def boleh_tetapkan(db: Database, actor: Actor, unit_id: uuid.UUID) -> bool:
    """Whether ``actor`` may set the unit's capaian (the GUI enables its panel with it)."""
    with db.read() as s:
        return may_set(s, actor, unit_or_404(s, unit_id))


def set_capaian(
    db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
    predikat: PredikatOrganisasi, *, tanggal: dt.date | None = None, catatan: str = "",
    survei_skm_id: uuid.UUID | None = None, expected_version: int | None = None,
) -> CapaianOrganisasiDTO:
    """Sets (or changes) the unit's capaian for the period.

    ``survei_skm_id`` links a survey of the same unit and period as evidence; when
    None an existing link is kept. ``expected_version`` guards against a change made
    by someone else meanwhile.
    """
    if not isinstance(predikat, PredikatOrganisasi):
        raise ValidationError("Pilih capaian kinerja organisasi dari daftar.")
    catatan = catatan.strip()
    if len(catatan) > _MAX_CATATAN:
        raise ValidationError(
            f"Catatan terlalu panjang ({len(catatan)} karakter, paling banyak {_MAX_CATATAN})."
        )
    with db.write() as s:
        unit = unit_or_404(s, unit_id)
        require_set(s, actor, unit)
        periode = periode_dari_key(s, periode_key)
        if survei_skm_id is not None:
            survei_for(s, survei_skm_id, unit.id, periode.key)
        row = capaian_row(s, unit.id, periode.key, with_deleted=True)
        if (row is not None and row.deleted_at is None and expected_version is not None
                and row.version != expected_version):
            raise ConflictError(
                f"Capaian kinerja organisasi {unit.nama} periode {periode.label} sudah diubah "
                f"orang lain (versi {expected_version} → {row.version}). Muat ulang lalu ulangi."
            )
        new = row is None
        if row is None:
            row = PredikatOrganisasiUnit(unit_kerja_id=unit.id, periode_key=periode.key)
            s.add(row)
        elif row.deleted_at is not None:
            row.deleted_at = None
            row.survei_skm_id = None
        row.predikat = predikat
        row.ditetapkan_oleh = actor.username
        row.tanggal = tanggal or dt.date.today()
        row.catatan = catatan or None
        if survei_skm_id is not None:
            row.survei_skm_id = survei_skm_id
        stamp(s, row, new=new)
        record(s, actor, "tetapkan_capaian_organisasi", row,
               {"periode": periode.key, "predikat": predikat.value})
        return capaian_dto(s, row)
