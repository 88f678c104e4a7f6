"""Umpan balik berkelanjutan per RHK and per core value, and the phrase library (issue 4 point 2).

The penilai (a Plt/Plh acting for him, or an admin) writes feedback during a period
on one RHK or one BerAKHLAK core value; the admin keeps a library of phrases to pick
from, seeded with useful defaults the first time it is read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import record, record_many, row_payload, stamp
from kinerja_desktop.services.context import SYSTEM, Actor, require_role
from kinerja_desktop.services.penilaian import (
    ditetapkan_or_refuse,
    evaluasi_ditetapkan,
    find_evaluasi,
    require_assess,
    require_see_periode,
)
from kinerja_desktop.services.realisasi import periode_skp
from kinerja_desktop.services.skp import skp_or_404
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import FrasaUmpanBalik, RhkRow, UmpanBalik

_NAMA_CV = {cv.no: cv.nama for cv in CORE_VALUES}


@dataclass(frozen=True, slots=True)
class FrasaDTO:
    teks: str
    core_value: int | None = None  # None: a phrase for feedback on an RHK
    aktif: bool = True
    id: uuid.UUID | None = None
    no_urut: int = 0


@dataclass(frozen=True, slots=True)
class UmpanBalikDTO:
    id: uuid.UUID
    evaluasi_id: uuid.UUID
    rhk_id: uuid.UUID | None
    core_value: int | None
    sasaran: str  # the RHK's uraian or the core value's name
    teks: str
    oleh_pegawai_id: uuid.UUID | None
    username: str
    at: dt.datetime


# ---------------------------------------------------------------------------
# Phrase library

_FRASA_RHK = (
    "Hasil kerja sudah sesuai target; pertahankan kualitas dokumentasi bukti dukung.",
    "Capaian melampaui target; bagikan cara kerjanya kepada rekan satu tim.",
    "Realisasi masih di bawah target; susun rencana percepatan untuk sisa periode.",
    "Bukti dukung belum lengkap; lampirkan dokumen pendukung sebelum batas waktu.",
    "Kualitas hasil kerja baik, namun ketepatan waktu penyelesaian perlu ditingkatkan.",
    "Koordinasikan kendala pelaksanaan lebih awal agar dapat dicarikan solusinya bersama.",
)
_FRASA_CV: dict[int, tuple[str, ...]] = {
    1: ("Tanggap dan ramah dalam melayani; pertahankan.",
        "Tindak lanjuti keluhan pengguna layanan lebih cepat.",
        "Terus cari cara memperbaiki layanan berdasarkan masukan pengguna."),
    2: ("Tugas diselesaikan dengan jujur, cermat, dan bertanggung jawab.",
        "Gunakan sarana dan anggaran kantor secara lebih efisien.",
        "Laporkan pelaksanaan tugas tepat waktu dan sesuai ketentuan."),
    3: ("Aktif meningkatkan kompetensi; lanjutkan pengembangan diri.",
        "Bagikan pengetahuan kepada rekan kerja melalui pendampingan.",
        "Ikuti pelatihan yang sesuai untuk menutup kesenjangan kompetensi."),
    4: ("Menghargai rekan kerja dari berbagai latar belakang.",
        "Bantu rekan yang kesulitan agar target tim tercapai.",
        "Jaga suasana kerja yang kondusif dan hindari konflik."),
    5: ("Menunjukkan kesetiaan pada Pancasila, UUD 1945, NKRI, dan pemerintahan yang sah.",
        "Jaga nama baik instansi di dalam dan di luar kantor, termasuk di media sosial.",
        "Jaga kerahasiaan informasi jabatan sesuai ketentuan."),
    6: ("Cepat menyesuaikan diri dengan perubahan cara kerja.",
        "Kembangkan ide baru untuk memperbaiki proses kerja.",
        "Tunjukkan sikap proaktif menghadapi perubahan."),
    7: ("Bekerja sama dengan baik lintas unit.",
        "Berikan kesempatan kepada rekan untuk berkontribusi.",
        "Manfaatkan sumber daya bersama untuk tujuan organisasi."),
}


_FRASA_NS = uuid.UUID("0d7c5a3e-2b19-5f4e-8a61-93c0b7e2d415")


def seed_frasa(s: Session, actor: Actor) -> int:
    """Fills the default library when it has never had a phrase; returns how many."""
    if s.scalar(select(func.count()).select_from(FrasaUmpanBalik)):
        return 0
    items: list[tuple[int | None, int, str]] = [
        (None, no, t) for no, t in enumerate(_FRASA_RHK, 1)]
    items += [(cv, no, t) for cv, texts in _FRASA_CV.items() for no, t in enumerate(texts, 1)]
    rows = []
    for cv, no, teks in items:
        # The same default phrase has the same id at every site, so the libraries of the
        # offices and of the province are one library, not copies of it.
        row = FrasaUmpanBalik(id=uuid.uuid5(_FRASA_NS, f"{cv}|{no}|{teks}"), core_value=cv,
                              teks=teks, no_urut=no, aktif=True)
        s.add(row)
        stamp(s, row, new=True)
        rows.append(row)
    s.flush()
    record_many(s, actor, "seed_frasa", FrasaUmpanBalik.__tablename__,
                [row_payload(r) for r in rows])
    return len(rows)


def _frasa_rows(s: Session, core_value: int | None, semua: bool) -> list[FrasaDTO]:
    stmt = select(FrasaUmpanBalik).where(FrasaUmpanBalik.deleted_at.is_(None))
    if core_value is not None:
        stmt = stmt.where(FrasaUmpanBalik.core_value == core_value)
    if not semua:
        stmt = stmt.where(FrasaUmpanBalik.aktif.is_(True))
    rows = s.scalars(stmt).all()
    rows = sorted(rows, key=lambda r: (r.core_value or 0, r.no_urut, r.teks))
    return [FrasaDTO(r.teks, r.core_value, r.aktif, r.id, r.no_urut) for r in rows]


def list_frasa(db: Database, actor: Actor, core_value: int | None = None, *,
               semua: bool = False) -> list[FrasaDTO]:
    """Active phrases (``semua``: inactive too), RHK phrases first; all core values
    when ``core_value`` is None. Seeds the default library the first time."""
    del actor  # the library is public inside the office
    with db.read() as s:
        kosong = not s.scalar(select(func.count()).select_from(FrasaUmpanBalik))
    if kosong:
        with db.write() as s:
            seed_frasa(s, SYSTEM)
    with db.read() as s:
        return _frasa_rows(s, core_value, semua)


def _check_core_value(cv: int | None, where: str) -> None:
    if cv is not None and cv not in _NAMA_CV:
        raise ValidationError(f"{where}: core value '{cv}' tidak ada; pilih 1–7 (BerAKHLAK).")


def simpan_frasa(db: Database, actor: Actor, items: Sequence[FrasaDTO]) -> list[FrasaDTO]:
    """Replaces the library; phrases given with their id keep it, the rest are removed."""
    require_role(actor, "mengubah pustaka frasa umpan balik", Role.ADMIN)
    for no, item in enumerate(items, 1):
        _check_core_value(item.core_value, f"Frasa {no}")
        if not item.teks.strip():
            raise ValidationError(f"Frasa {no}: teks masih kosong.")
    with db.write() as s:
        seed_frasa(s, SYSTEM)  # so an edit of the untouched library keeps the defaults' ids
        old = {r.id: r for r in s.scalars(select(FrasaUmpanBalik).where(
            FrasaUmpanBalik.deleted_at.is_(None)))}
        kept: set[uuid.UUID] = set()
        urut: dict[int | None, int] = {}
        for item in items:
            urut[item.core_value] = urut.get(item.core_value, 0) + 1
            values = {"teks": item.teks.strip(), "core_value": item.core_value,
                      "no_urut": urut[item.core_value], "aktif": item.aktif}
            row = old.get(item.id) if item.id and item.id not in kept else None
            if row is None:
                row = FrasaUmpanBalik(id=new_id(), **values)
                s.add(row)
                stamp(s, row, new=True)
            elif any(getattr(row, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(row, k, v)
                stamp(s, row, new=False)
            else:
                kept.add(row.id)
                continue
            kept.add(row.id)
            record(s, actor, "simpan_frasa", row)
        for rid, row in old.items():
            if rid not in kept:
                stamp(s, row, new=False)
                row.deleted_at = utcnow()
                record(s, actor, "hapus_frasa", row)
    with db.read() as s:
        return _frasa_rows(s, None, True)


# ---------------------------------------------------------------------------
# Feedback


def _dto(row: UmpanBalik, rhk: dict[uuid.UUID, str]) -> UmpanBalikDTO:
    sasaran = (rhk.get(row.rhk_id, "") if row.rhk_id
               else _NAMA_CV.get(row.core_value or 0, ""))
    return UmpanBalikDTO(row.id, row.evaluasi_id, row.rhk_id, row.core_value, sasaran,
                         row.teks, row.oleh_pegawai_id, row.username, row.at)


def beri_umpan_balik(
    db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str, *,
    rhk_id: uuid.UUID | None = None, core_value: int | None = None, teks: str,
) -> UmpanBalikDTO:
    """Feedback on one RHK or one core value of an SKP in a period."""
    if (rhk_id is None) == (core_value is None):
        raise ValidationError("Umpan balik ditujukan pada tepat satu RHK atau satu core value.")
    _check_core_value(core_value, "Umpan balik")
    text = teks.strip()
    if not text:
        raise ValidationError("Teks umpan balik masih kosong.")
    with db.write() as s:
        row = ditetapkan_or_refuse(s, skp_id)
        periode, _mulai, selesai = periode_skp(s, row, periode_key)
        require_assess(s, actor, row, selesai, "memberi umpan balik kepada")
        uraian: dict[uuid.UUID, str] = {}
        if rhk_id is not None:
            rhk = s.get(RhkRow, rhk_id)
            if rhk is None or rhk.deleted_at is not None or rhk.skp_id != row.id:
                raise ValidationError("RHK yang diberi umpan balik bukan bagian dari SKP ini.")
            uraian[rhk.id] = rhk.uraian
        ev = evaluasi_ditetapkan(s, actor, row.id, periode.key)
        if ev.status is StatusEvaluasi.DITUTUP:
            raise ValidationError(
                f"Periode {periode.label} sudah ditutup; umpan balik tidak dapat ditambah.")
        ub = UmpanBalik(id=new_id(), evaluasi_id=ev.id, rhk_id=rhk_id,
                        core_value=core_value, teks=text, oleh_pegawai_id=actor.pegawai_id,
                        username=actor.username, at=utcnow())
        s.add(ub)
        stamp(s, ub, new=True)
        record(s, actor, "beri_umpan_balik", ub, {"periode": periode.key})
        return _dto(ub, uraian)


def list_umpan_balik(db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str
                     ) -> list[UmpanBalikDTO]:
    """The period's feedback, oldest first."""
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        periode, _mulai, selesai = periode_skp(s, row, periode_key)
        require_see_periode(s, actor, row, selesai)
        ev = find_evaluasi(s, row.id, periode.key)
        if ev is None:
            return []
        rows = s.scalars(select(UmpanBalik).where(
            UmpanBalik.evaluasi_id == ev.id, UmpanBalik.deleted_at.is_(None))
            .order_by(UmpanBalik.at, UmpanBalik.id)).all()
        uraian: dict[uuid.UUID, str] = {
            rid: teks for rid, teks in s.execute(
                select(RhkRow.id, RhkRow.uraian).where(RhkRow.skp_id == row.id))}
        return [_dto(r, uraian) for r in rows]
