"""Rapat evaluasi: the unit's evaluation meeting for a period (issue 4 point 8, DOMAIN §13).

After the periodic evaluation the unit meets to review its results: the unit recap
(services/rekap.py :func:`~kinerja_desktop.services.rekap.rekap_unit`, the one recap of the
app) is the meeting's agenda, and the record (notulen) keeps the date, place, chair,
participants, conclusions and follow-ups (tindak lanjut). One record per unit and period;
written by the admin or the head of the unit, read by whoever may see the unit's recap
(:func:`~kinerja_desktop.services.rekap.may_see_rekap`: admin, operator, the head of the
unit or of a unit above) and (the record only, not the ratings) by the unit's pegawai.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents import rapat_workbook as wb
from kinerja_desktop.documents.output_files import check_target
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import BULAN, Periode, find_periode, periods
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.tree import subtree
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.rekap import (
    RekapUnit,
    may_see_rekap,
    rekap_unit,
    unit_parents,
    unit_rekap_terlihat,
)
from kinerja_desktop.services.skp import kepala_of
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    Jabatan,
    Pegawai,
    RapatEvaluasi,
    UnitKerja,
)

MAX_TEKS_PENDEK = 200  # tempat, pimpinan, one participant, penanggung jawab (String(200))
MAX_PESERTA = 500
MAX_TINDAK_LANJUT = 200


# ---------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True, slots=True)
class TindakLanjut:
    """One follow-up. ``batas_waktu`` may come in as text from a form or a file
    ("31-12-2026" or "2026-12-31"); :func:`simpan` checks and normalises it."""

    uraian: str
    penanggung_jawab: str = ""
    batas_waktu: dt.date | str | None = None
    selesai: bool = False

    @property
    def batas(self) -> dt.date | None:
        return self.batas_waktu if isinstance(self.batas_waktu, dt.date) else None


@dataclass(frozen=True, slots=True)
class RapatInput:
    tanggal: dt.date
    tempat: str = ""
    pimpinan: str = ""
    peserta: Sequence[str] = ()
    kesimpulan: str = ""
    tindak_lanjut: Sequence[TindakLanjut] = ()


@dataclass(frozen=True, slots=True)
class RapatDTO:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_kode: str
    unit_nama: str
    periode_key: str
    periode_label: str
    tanggal: dt.date
    tempat: str
    pimpinan: str
    peserta: tuple[str, ...]
    kesimpulan: str
    tindak_lanjut: tuple[TindakLanjut, ...]
    version: int
    boleh_ubah: bool = False  # the reading account may edit or delete it

    @property
    def jumlah_tindak_lanjut_terbuka(self) -> int:
        return sum(1 for t in self.tindak_lanjut if not t.selesai)


@dataclass(frozen=True, slots=True)
class KandidatPeserta:
    """A pegawai of the unit (or a sub-unit) offered as a participant."""

    pegawai_id: uuid.UUID
    nama: str
    jabatan: str
    unit_nama: str

    @property
    def teks(self) -> str:
        """The participant line: ``Siti Aminah, S.Kom. — Analis Kurikulum``."""
        return f"{self.nama} — {self.jabatan}" if self.jabatan else self.nama


# ---------------------------------------------------------------------------
# Small helpers


def tanggal_teks(day: dt.date) -> str:
    """``25 November 2026``."""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_tanggal(text: str, where: str) -> dt.date | None:
    """``31-12-2026``, ``31/12/2026`` or ``2026-12-31``; empty gives None."""
    if not text.strip():
        return None
    m = _DMY.match(text)
    parts: tuple[int, int, int] | None = None
    if m:
        parts = (int(m[3]), int(m[2]), int(m[1]))
    else:
        m = _ISO.match(text)
        if m:
            parts = (int(m[1]), int(m[2]), int(m[3]))
    if parts is not None:
        try:
            return dt.date(*parts)
        except ValueError:
            pass
    raise ValidationError(
        f"{where}: '{text.strip()}' bukan tanggal yang sah; tulis seperti 31-12-2026.")


def _unit_or_404(s: Session, unit_id: uuid.UUID) -> UnitKerja:
    unit = s.get(UnitKerja, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise NotFoundError("Unit kerja tidak ditemukan (mungkin sudah dihapus).")
    return unit


def may_write(s: Session, actor: Actor, unit_id: uuid.UUID) -> bool:
    """The admin, or the head of the unit."""
    if actor.role is Role.ADMIN:
        return True
    return actor.pegawai_id is not None and kepala_of(s, unit_id) == actor.pegawai_id


def _may_see_record(s: Session, actor: Actor, unit_id: uuid.UUID) -> bool:
    """Who sees the unit's recap (the agenda), and the pegawai of the unit and its
    sub-units."""
    parent_of = unit_parents(s)
    if may_see_rekap(s, actor, unit_id, parent_of):
        return True
    if actor.pegawai_id is None:
        return False
    p = s.get(Pegawai, actor.pegawai_id)
    return (p is not None and p.deleted_at is None and p.unit_kerja_id is not None
            and p.unit_kerja_id in set(subtree(parent_of, unit_id)))


def _require_write(s: Session, actor: Actor, unit: UnitKerja, what: str) -> None:
    if not may_write(s, actor, unit.id):
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak boleh {what} rapat evaluasi unit {unit.nama}: "
            "hanya kepala unit tersebut dan admin."
        )


def _periode(s: Session, tahun: int, periode_key: str) -> Periode:
    return find_periode(aturan_in(s, tahun), periode_key)


def _find(s: Session, unit_id: uuid.UUID, periode_key: str) -> RapatEvaluasi | None:
    """The record of the unit and period, tombstone included (the pair is unique)."""
    return s.scalar(select(RapatEvaluasi).where(
        RapatEvaluasi.unit_kerja_id == unit_id, RapatEvaluasi.periode_key == periode_key))


def _tindak_lanjut_from_json(items: Iterable[Any] | None) -> tuple[TindakLanjut, ...]:
    out: list[TindakLanjut] = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        batas: dt.date | None = None
        raw = item.get("batas_waktu")
        if isinstance(raw, str) and raw:
            try:
                batas = dt.date.fromisoformat(raw)
            except ValueError:
                batas = None  # a bad value from elsewhere reads as "no deadline"
        out.append(TindakLanjut(str(item.get("uraian") or ""),
                                str(item.get("penanggung_jawab") or ""), batas,
                                bool(item.get("selesai"))))
    return tuple(out)


def _dto(s: Session, actor: Actor, row: RapatEvaluasi, unit: UnitKerja, periode: Periode
         ) -> RapatDTO:
    return RapatDTO(
        row.id, unit.id, unit.kode, unit.nama, periode.key, periode.label, row.tanggal,
        row.tempat or "", row.pimpinan or "", tuple(row.peserta or ()), row.kesimpulan or "",
        _tindak_lanjut_from_json(row.tindak_lanjut), row.version,
        may_write(s, actor, unit.id),
    )


# ---------------------------------------------------------------------------
# Validation (before anything is written)


def _pendek(text: str, what: str) -> str:
    value = " ".join(text.split())
    if len(value) > MAX_TEKS_PENDEK:
        raise ValidationError(
            f"{what} terlalu panjang ({len(value)} karakter); paling banyak "
            f"{MAX_TEKS_PENDEK} karakter.")
    return value


def _clean(data: RapatInput, periode: Periode) -> dict[str, Any]:
    if data.tanggal < periode.mulai:
        raise ValidationError(
            f"Tanggal rapat {tanggal_teks(data.tanggal)} sebelum periode {periode.label} "
            f"dimulai ({tanggal_teks(periode.mulai)}); rapat evaluasi membahas periode itu, "
            "jadi diadakan pada atau setelah tanggal mulainya.")
    if data.tanggal.year > periode.tahun + 1:
        raise ValidationError(
            f"Tanggal rapat {tanggal_teks(data.tanggal)} terlalu jauh setelah periode "
            f"{periode.label} {periode.tahun}; periksa tahunnya.")
    peserta: list[str] = []
    seen: set[str] = set()
    for no, line in enumerate(data.peserta, 1):
        name = _pendek(line, f"Peserta {no}")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            peserta.append(name)
    if not peserta:
        raise ValidationError(
            "Isi paling sedikit satu peserta rapat (contoh: Siti Aminah, S.Kom. — Analis "
            "Kurikulum).")
    if len(peserta) > MAX_PESERTA:
        raise ValidationError(f"Peserta rapat paling banyak {MAX_PESERTA} orang.")
    kesimpulan = data.kesimpulan.strip()
    if not kesimpulan:
        raise ValidationError(
            "Kesimpulan rapat masih kosong; tuliskan hasil pembahasan rapat (contoh: "
            "capaian unit triwulan ini Baik; dua pegawai perlu pendampingan).")
    if len(data.tindak_lanjut) > MAX_TINDAK_LANJUT:
        raise ValidationError(f"Tindak lanjut paling banyak {MAX_TINDAK_LANJUT} baris.")
    tindak: list[dict[str, Any]] = []
    for no, t in enumerate(data.tindak_lanjut, 1):
        where = f"Tindak lanjut baris {no}"
        uraian = t.uraian.strip()
        if not uraian:
            raise ValidationError(
                f"{where}: uraian masih kosong; tuliskan apa yang harus dilakukan, atau "
                "hapus baris itu.")
        batas = t.batas_waktu
        if isinstance(batas, str):
            batas = parse_tanggal(batas, f"{where}, batas waktu")
        tindak.append({
            "uraian": uraian,
            "penanggung_jawab": _pendek(t.penanggung_jawab, f"{where}: penanggung jawab"),
            "batas_waktu": batas.isoformat() if batas is not None else None,
            "selesai": bool(t.selesai),
        })
    return {
        "tanggal": data.tanggal,
        "tempat": _pendek(data.tempat, "Tempat rapat") or None,
        "pimpinan": _pendek(data.pimpinan, "Pimpinan rapat") or None,
        "peserta": peserta,
        "kesimpulan": kesimpulan,
        "tindak_lanjut": tindak,
    }


# ---------------------------------------------------------------------------
# Services: the record


def get_rapat(db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int, periode_key: str
              ) -> RapatDTO | None:
    """The meeting record of the unit and period; None when none was recorded."""
    with db.read() as s:
        unit = _unit_or_404(s, unit_id)
        periode = _periode(s, tahun, periode_key)
        if not _may_see_record(s, actor, unit.id):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak boleh melihat rapat evaluasi unit {unit.nama}.")
        row = _find(s, unit.id, periode.key)
        if row is None or row.deleted_at is not None:
            return None
        return _dto(s, actor, row, unit, periode)


def unit_rapat(db: Database, actor: Actor) -> set[uuid.UUID] | None:
    """The units whose meeting (and recap) the account opens: None for everyone (admin,
    operator); else the units he heads and every unit below them (the rule of
    :func:`~kinerja_desktop.services.rekap.may_see_rekap`)."""
    with db.read() as s:
        return unit_rekap_terlihat(s, actor)


def boleh_ubah(db: Database, actor: Actor, unit_id: uuid.UUID) -> bool:
    """Whether the account may record the unit's meeting (the form follows it)."""
    with db.read() as s:
        return may_write(s, actor, unit_id)


def simpan_rapat(
    db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int, periode_key: str,
    data: RapatInput, *, expected_version: int | None = None,
) -> RapatDTO:
    """Records the meeting (new) or changes it.

    ``expected_version`` is the version the form was opened with; None means "there
    was no record". Someone else's save in between is a ConflictError."""
    with db.write() as s:
        unit = _unit_or_404(s, unit_id)
        periode = _periode(s, tahun, periode_key)
        _require_write(s, actor, unit, "mencatat")
        values = _clean(data, periode)
        row = _find(s, unit.id, periode.key)
        live = row is not None and row.deleted_at is None
        if live and expected_version is None:
            assert row is not None
            raise ConflictError(
                f"Rapat evaluasi unit {unit.nama} periode {periode.label} sudah dicatat orang "
                f"lain (versi {row.version}) sejak Anda membukanya. Muat ulang lalu ulangi.")
        if expected_version is not None and (not live or row is None
                                             or row.version != expected_version):
            now = f"versi {row.version}" if live and row is not None else "sudah dihapus"
            raise ConflictError(
                f"Catatan rapat evaluasi ini sudah diubah orang lain sejak Anda membukanya "
                f"(versi {expected_version} → {now}). Muat ulang lalu ulangi perubahan Anda.")
        if row is None:
            row = RapatEvaluasi(id=new_id(), unit_kerja_id=unit.id,
                                periode_key=periode.key, **values)
            s.add(row)
            stamp(s, row, new=True)
            action = "catat_rapat_evaluasi"
        else:
            # A deleted record of the same unit and period comes back (the pair is unique).
            action = "ubah_rapat_evaluasi" if live else "catat_rapat_evaluasi"
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted_at = None
            stamp(s, row, new=False)
        record(s, actor, action, row, {"periode": periode.key})
        return _dto(s, actor, row, unit, periode)


def hapus_rapat(db: Database, actor: Actor, rapat_id: uuid.UUID, expected_version: int) -> None:
    """Deletes the record (a tombstone that travels by sync)."""
    with db.write() as s:
        row = s.get(RapatEvaluasi, rapat_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Catatan rapat evaluasi tidak ditemukan (mungkin sudah dihapus).")
        unit = _unit_or_404(s, row.unit_kerja_id)
        _require_write(s, actor, unit, "menghapus")
        if row.version != expected_version:
            raise ConflictError(
                f"Catatan rapat evaluasi ini sudah diubah orang lain (versi {expected_version} "
                f"→ {row.version}). Muat ulang dan periksa dulu sebelum menghapus.")
        row.deleted_at = utcnow()
        stamp(s, row, new=False)
        record(s, actor, "hapus_rapat_evaluasi", row, {"periode": row.periode_key})


def list_rapat(db: Database, actor: Actor, tahun: int, unit_id: uuid.UUID | None = None
               ) -> list[RapatDTO]:
    """The year's meeting records the account may see, by unit kode then period order."""
    with db.read() as s:
        aturan = aturan_in(s, tahun)
        order = {p.key: i for i, p in enumerate(periods(aturan))}
        stmt = select(RapatEvaluasi, UnitKerja).join(
            UnitKerja, UnitKerja.id == RapatEvaluasi.unit_kerja_id).where(
            RapatEvaluasi.deleted_at.is_(None), UnitKerja.deleted_at.is_(None),
            RapatEvaluasi.periode_key.like(f"{tahun}-%"))
        if unit_id is not None:
            stmt = stmt.where(RapatEvaluasi.unit_kerja_id == unit_id)
        out: list[RapatDTO] = []
        for row, unit in s.execute(stmt).all():
            if row.periode_key not in order or not _may_see_record(s, actor, unit.id):
                continue  # a record of a period the year's scheme no longer has stays hidden
            out.append(_dto(s, actor, row, unit, find_periode(aturan, row.periode_key)))
        out.sort(key=lambda r: (r.unit_kode, order[r.periode_key]))
        return out


def kandidat_peserta(db: Database, actor: Actor, unit_id: uuid.UUID) -> list[KandidatPeserta]:
    """The active pegawai of the unit and its sub-units (the head first, then by unit and
    name), offered as participants."""
    with db.read() as s:
        unit = _unit_or_404(s, unit_id)
        if not _may_see_record(s, actor, unit.id):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak boleh melihat pegawai unit {unit.nama}.")
        tree = subtree(unit_parents(s), unit.id)
        rank = {u: i for i, u in enumerate(tree)}
        kepala = kepala_of(s, unit.id)
        rows = s.execute(
            select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
                   Pegawai.unit_kerja_id, Jabatan.nama, UnitKerja.nama)
            .join(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
            .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
            .where(Pegawai.unit_kerja_id.in_(tree), Pegawai.deleted_at.is_(None),
                   Pegawai.aktif.is_(True))).all()
        out = [
            (pid != kepala, rank[uid], nama.casefold(),
             KandidatPeserta(pid, nama_lengkap(gd, nama, gb), jab or "", unama))
            for pid, gd, nama, gb, uid, jab, unama in rows if uid is not None
        ]
        out.sort(key=lambda r: r[:3])
        return [r[3] for r in out]


# ---------------------------------------------------------------------------
# Export: the notulen and the agenda as one workbook


def notulen_sheet(rapat: RapatDTO | None, ag: RekapUnit) -> wb.Notulen:
    """The workbook's plain data (also what a printed notulen would use); ``ag`` is the
    unit recap (:func:`~kinerja_desktop.services.rekap.rekap_unit`), the agenda."""
    unit = f"{ag.unit_kode} {ag.unit_nama}"
    periode = f"{ag.periode_label} {ag.tahun}"
    agenda_rows = tuple(
        wb.AgendaRow(b.nama, b.nip_teks, b.jabatan, b.unit_nama, b.status,
                     b.rating_hasil_kerja.label if b.rating_hasil_kerja else "",
                     b.rating_perilaku.label if b.rating_perilaku else "", b.predikat_label)
        for b in ag.baris)
    jumlah = tuple((d.predikat.label, d.jumlah) for d in ag.distribusi)
    if rapat is None:
        return wb.Notulen(unit, periode, "", "", "", (), "", (), agenda_rows, jumlah,
                          ag.belum_dinilai, ag.tanpa_skp)
    return wb.Notulen(
        unit, periode, tanggal_teks(rapat.tanggal), rapat.tempat, rapat.pimpinan,
        rapat.peserta, rapat.kesimpulan,
        tuple(wb.TindakLanjutRow(t.uraian, t.penanggung_jawab,
                                 tanggal_teks(t.batas) if t.batas else "",
                                 "Selesai" if t.selesai else "Belum")
              for t in rapat.tindak_lanjut),
        agenda_rows, jumlah, ag.belum_dinilai, ag.tanpa_skp)


def ekspor_notulen(db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int,
                   periode_key: str, path: Path | str) -> Path:
    """Writes the meeting record (sheet "Notulen") and its agenda (sheet "Agenda (rekap
    unit)") to ``path``. Without a record yet the Notulen sheet is a blank form to fill
    in at the meeting."""
    target = check_target(path)
    rapat = get_rapat(db, actor, unit_id, tahun, periode_key)
    ag = rekap_unit(db, actor, unit_id, periode_key)
    return wb.write_rapat_workbook(target, notulen_sheet(rapat, ag))
