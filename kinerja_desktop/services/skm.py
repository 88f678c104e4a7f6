"""Survei Kepuasan Masyarakat per unit and period (DOMAIN §12, §14; issue 4 point 7).

A survey comes from raw answers (an xlsx of one row per respondent, read by
documents/skm_workbook) or from the nine NRR typed in from a published report.
The nine NRR are stored as Decimal text; the raw file is kept in ``berkas``. The
result (IKM, konversi, mutu, weakest unsur) is always computed by domain/skm.py.

Who writes: the admin, the province operator, and the head of the unit for his
unit. Everyone may read (a unit's service quality is public inside the office).
A survey backs the unit's capaian kinerja organisasi (``lampirkan_ke_capaian``)
or an IKI's realisasi as a bukti dukung (``lampirkan_ke_realisasi``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.skm_workbook import read_respons, ringkasan_bytes, write_template
from kinerja_desktop.documents.xlsx_reader import ImportRejected, rejection_message
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skm import (
    UNSUR,
    BobotUnsur,
    HasilSkm,
    MutuPelayanan,
    SumberSkm,
    format_desimal,
    hitung_ikm,
    hitung_nrr_tepat,
    hitung_skm,
)
from kinerja_desktop.services.berkas import simpan_berkas
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.predikat_organisasi import (
    CapaianOrganisasiDTO,
    capaian_dto,
    capaian_row,
    periode_dari_key,
    require_set,
    unit_or_404,
)
from kinerja_desktop.services.realisasi import EvaluasiDTO, tambah_bukti
from kinerja_desktop.services.skp import kepala_of
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import PredikatOrganisasiUnit, SurveiSkm, UnitKerja

__all__ = [
    "ImportRejected",
    "SurveiSkmDTO",
    "UnsurDTO",
    "boleh_ubah",
    "format_desimal",
    "get_survei",
    "hapus_survei",
    "lampirkan_ke_capaian",
    "lampirkan_ke_realisasi",
    "list_survei",
    "simpan_survei_nrr",
    "simpan_survei_respons",
    "tulis_template",
]

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_MAX_LAYANAN = 200
_MAX_KETERANGAN = 2000
_MAX_NAMA_FILE = 255
_WRITERS = (Role.ADMIN, Role.OPERATOR)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class UnsurDTO:
    no: int
    kode: str  # "U3"
    nama: str
    nrr: Decimal  # unrounded
    nrr_tertimbang: Decimal
    terlemah: bool


@dataclass(frozen=True, slots=True)
class SurveiSkmDTO:
    id: uuid.UUID
    unit_kerja_id: uuid.UUID
    unit_kode: str
    unit_nama: str
    periode_key: str
    periode_label: str  # "TRIWULAN I 2026"
    layanan: str  # "" = the whole unit
    sumber: SumberSkm
    hasil: HasilSkm
    unsur: tuple[UnsurDTO, ...]
    nama_file: str
    berkas_sha256: str | None
    keterangan: str
    version: int
    bukti_capaian: bool  # linked to the unit's capaian kinerja organisasi of the period

    @property
    def bobot(self) -> BobotUnsur:
        return self.hasil.bobot

    @property
    def jumlah_responden(self) -> int | None:
        return self.hasil.jumlah_responden

    @property
    def ikm(self) -> Decimal:
        return self.hasil.ikm

    @property
    def konversi(self) -> Decimal:
        return self.hasil.konversi

    @property
    def mutu(self) -> MutuPelayanan:
        return self.hasil.mutu

    @property
    def ikm_teks(self) -> str:
        return format_desimal(self.hasil.ikm)

    @property
    def konversi_teks(self) -> str:
        return format_desimal(self.hasil.konversi)

    @property
    def mutu_teks(self) -> str:
        return f"{self.hasil.mutu.value} ({self.hasil.mutu.kinerja})"

    @property
    def bobot_label(self) -> str:
        return self.hasil.bobot.label

    @property
    def terlemah_teks(self) -> str:
        return "; ".join(f"{u.kode} {u.nama}" for u in self.hasil.unsur_terlemah)

    @property
    def judul(self) -> str:
        return f"{self.unit_nama} – {self.layanan}" if self.layanan else self.unit_nama

    @property
    def ringkasan(self) -> str:
        """"SKM Seksi Kurikulum TRIWULAN I 2026: IKM 3,50 · konversi 87,50 · mutu B (Baik)"."""
        return (f"SKM {self.judul} {self.periode_label}: IKM {self.ikm_teks} · konversi "
                f"{self.konversi_teks} · mutu {self.mutu_teks}")


# ---------------------------------------------------------------------------
# Session-level helpers


def _may_write(s: Session, actor: Actor, unit: UnitKerja) -> bool:
    if actor.role in _WRITERS:
        return True
    return actor.pegawai_id is not None and kepala_of(s, unit.id) == actor.pegawai_id


def _require_write(s: Session, actor: Actor, unit: UnitKerja) -> None:
    if not _may_write(s, actor, unit):
        raise PermissionDenied(
            f"Akun '{actor.username}' ({actor.role.label}) tidak boleh mengubah survei SKM "
            f"{unit.nama}: hanya admin, operator, atau kepala unit tersebut."
        )


def _nrr_tepat(row: SurveiSkm) -> list[Fraction]:
    """The stored NRR as exact fractions: a mean of raw answers has a denominator of at
    most the number of respondents, which recovers it exactly from its 28-digit text."""
    out: list[Fraction] = []
    for text in row.nrr:
        value = Fraction(Decimal(text))
        if row.sumber is SumberSkm.RESPONS and row.jumlah_responden:
            value = value.limit_denominator(row.jumlah_responden)
        out.append(value)
    return out


def _hasil(row: SurveiSkm) -> HasilSkm:
    return hitung_nrr_tepat(_nrr_tepat(row), row.bobot, row.jumlah_responden)


def _periode_label(s: Session, key: str) -> str:
    try:
        p = periode_dari_key(s, key)
    except ValidationError:
        return key
    return f"{p.label} {p.tahun}"


def survei_dto(s: Session, row: SurveiSkm) -> SurveiSkmDTO:
    unit = s.get(UnitKerja, row.unit_kerja_id)
    hasil = _hasil(row)
    lemah = {u.no for u in hasil.unsur_terlemah}
    cap = capaian_row(s, row.unit_kerja_id, row.periode_key)
    return SurveiSkmDTO(
        id=row.id, unit_kerja_id=row.unit_kerja_id, unit_kode=unit.kode if unit else "",
        unit_nama=unit.nama if unit else "", periode_key=row.periode_key,
        periode_label=_periode_label(s, row.periode_key), layanan=row.layanan or "",
        sumber=row.sumber, hasil=hasil,
        unsur=tuple(UnsurDTO(u.no, u.kode, u.nama, n, t, u.no in lemah)
                    for u, n, t in zip(UNSUR, hasil.nrr, hasil.nrr_tertimbang, strict=True)),
        nama_file=row.nama_file or "", berkas_sha256=row.berkas_sha256,
        keterangan=row.keterangan or "", version=row.version,
        bukti_capaian=cap is not None and cap.survei_skm_id == row.id,
    )


def _survei_or_404(s: Session, survei_id: uuid.UUID) -> SurveiSkm:
    row = s.get(SurveiSkm, survei_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("Survei SKM tidak ditemukan (mungkin sudah dihapus).")
    return row


def _clean_text(text: str, what: str, limit: int) -> str:
    text = " ".join(text.split()) if what == "Nama layanan" else text.strip()
    if len(text) > limit:
        raise ValidationError(f"{what} terlalu panjang ({len(text)} karakter, paling banyak "
                              f"{limit}).")
    return text


def _store(
    s: Session, actor: Actor, unit: UnitKerja, periode_key: str, layanan: str, *,
    sumber: SumberSkm, bobot: BobotUnsur, hasil: HasilSkm, nrr_text: Sequence[str],
    sha: str | None, nama_file: str | None, keterangan: str, ganti: bool,
    jumlah_responden: int | None,
) -> SurveiSkm:
    """Inserts the survey, or replaces the one of the same unit, period and layanan when
    ``ganti`` (a ConflictError otherwise); a deleted one is revived."""
    row = s.scalar(select(SurveiSkm).where(
        SurveiSkm.unit_kerja_id == unit.id, SurveiSkm.periode_key == periode_key,
        SurveiSkm.layanan == layanan))
    if row is not None and row.deleted_at is None and not ganti:
        nama = f"layanan «{layanan}»" if layanan else "seluruh unit"
        raise ConflictError(
            f"Survei SKM {unit.nama} ({nama}) periode {periode_key} sudah ada. Hapus dulu, "
            "pilih ganti, atau beri nama layanan lain."
        )
    new = row is None
    if row is None:
        row = SurveiSkm(unit_kerja_id=unit.id, periode_key=periode_key, layanan=layanan)
        s.add(row)
    row.deleted_at = None
    row.sumber = sumber
    row.bobot = bobot
    row.jumlah_responden = jumlah_responden
    row.nrr = list(nrr_text)
    row.berkas_sha256 = sha
    row.nama_file = nama_file
    row.keterangan = keterangan or None
    stamp(s, row, new=new)
    record(s, actor, "simpan_survei_skm", row, {
        "periode": periode_key, "sumber": sumber.value, "konversi": str(hasil.konversi)})
    return row


def _check_stored(row: SurveiSkm, hasil: HasilSkm) -> None:
    # The stored text must give back exactly the computed result (see _nrr_tepat).
    assert _hasil(row) == hasil, "stored NRR do not reproduce the survey's result"


# ---------------------------------------------------------------------------
# Services


def tulis_template(path: Path | str, *, unit: str = "", periode: str = "") -> Path:
    """The empty respons workbook (headers U1..U9, 1–4 validation, a Petunjuk sheet)."""
    return write_template(path, unit=unit, periode=periode)


def boleh_ubah(db: Database, actor: Actor, unit_id: uuid.UUID) -> bool:
    """Whether ``actor`` may add or delete the unit's surveys (the GUI enables buttons)."""
    with db.read() as s:
        return _may_write(s, actor, unit_or_404(s, unit_id))


def simpan_survei_respons(
    db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str, path: Path | str, *,
    layanan: str = "", bobot: BobotUnsur = BobotUnsur.TEPAT, keterangan: str = "",
    ganti: bool = False, progress: Progress | None = None,
) -> SurveiSkmDTO:
    """Imports raw answers from a respons workbook (one row per respondent, U1..U9 1–4).

    Any bad cell rejects the whole file (ImportRejected listing every row and column);
    nothing is stored. The file's bytes are kept as the survey's berkas.
    """
    path = Path(path)
    layanan = _clean_text(layanan, "Nama layanan", _MAX_LAYANAN)
    keterangan = _clean_text(keterangan, "Keterangan", _MAX_KETERANGAN)
    with db.read() as s:  # refuse early, before reading a large file
        unit = unit_or_404(s, unit_id)
        _require_write(s, actor, unit)
        periode_dari_key(s, periode_key)
    if progress:
        progress(0, 3, f"Membaca {path.name}…")
    bacaan = read_respons(path)
    if bacaan.errors:
        raise ImportRejected(rejection_message(path.name, bacaan.errors), bacaan.errors)
    hasil = hitung_skm(bacaan.jawaban, bobot, bacaan.label)
    if progress:
        progress(1, 3, f"{len(bacaan.jawaban)} responden terbaca; menyimpan…")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"File {path.name} tidak dapat dibaca: {exc.strerror or exc}.") from None
    nama_file = path.name[-_MAX_NAMA_FILE:]
    with db.write() as s:
        unit = unit_or_404(s, unit_id)
        _require_write(s, actor, unit)
        periode = periode_dari_key(s, periode_key)
        sha = simpan_berkas(s, data, XLSX_MIME, path.name)
        row = _store(s, actor, unit, periode.key, layanan, sumber=SumberSkm.RESPONS,
                     bobot=bobot, hasil=hasil, nrr_text=[str(x) for x in hasil.nrr],
                     sha=sha, nama_file=nama_file, keterangan=keterangan, ganti=ganti,
                     jumlah_responden=hasil.jumlah_responden)
        _check_stored(row, hasil)
        dto = survei_dto(s, row)
    if progress:
        progress(3, 3, "Selesai.")
    return dto


def _nrr_input(nrr: Sequence[Decimal]) -> None:
    """More than six decimals cannot come from a report: refuse rather than store noise."""
    for unsur, nilai in zip(UNSUR, nrr, strict=False):
        if isinstance(nilai, Decimal) and nilai.is_finite():
            exponent = nilai.normalize().as_tuple().exponent
            if isinstance(exponent, int) and exponent < -6:
                raise ValidationError(
                    f"NRR unsur {unsur.kode} {unsur.nama}: paling banyak 6 angka di belakang "
                    f"koma, bukan {nilai}.")


def simpan_survei_nrr(
    db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
    nrr: Sequence[Decimal], *, layanan: str = "", bobot: BobotUnsur = BobotUnsur.TEPAT,
    jumlah_responden: int | None = None, keterangan: str = "", ganti: bool = False,
) -> SurveiSkmDTO:
    """Stores the nine NRR typed from a published report (each 1,00–4,00)."""
    layanan = _clean_text(layanan, "Nama layanan", _MAX_LAYANAN)
    keterangan = _clean_text(keterangan, "Keterangan", _MAX_KETERANGAN)
    if jumlah_responden is not None and not 1 <= jumlah_responden <= 10_000_000:
        raise ValidationError(
            f"Jumlah responden {jumlah_responden} tidak sah; kosongkan atau isi 1 atau lebih.")
    hasil = hitung_ikm(nrr, bobot)  # checks count, type and 1–4
    _nrr_input(nrr)
    values = list(nrr)
    with db.write() as s:
        unit = unit_or_404(s, unit_id)
        _require_write(s, actor, unit)
        periode = periode_dari_key(s, periode_key)
        row = _store(s, actor, unit, periode.key, layanan, sumber=SumberSkm.NRR, bobot=bobot,
                     hasil=hasil, nrr_text=[str(Decimal(x)) for x in values], sha=None,
                     nama_file=None, keterangan=keterangan, ganti=ganti,
                     jumlah_responden=jumlah_responden)
        return survei_dto(s, row)


def get_survei(db: Database, actor: Actor, survei_id: uuid.UUID) -> SurveiSkmDTO:
    del actor
    with db.read() as s:
        return survei_dto(s, _survei_or_404(s, survei_id))


def list_survei(
    db: Database, actor: Actor, *, unit_id: uuid.UUID | None = None,
    periode_key: str | None = None, tahun: int | None = None,
) -> list[SurveiSkmDTO]:
    """Surveys of a unit and/or period (or year), by period then layanan."""
    del actor
    with db.read() as s:
        stmt = select(SurveiSkm).where(SurveiSkm.deleted_at.is_(None))
        if unit_id is not None:
            stmt = stmt.where(SurveiSkm.unit_kerja_id == unit_id)
        if periode_key is not None:
            stmt = stmt.where(SurveiSkm.periode_key == periode_dari_key(s, periode_key).key)
        if tahun is not None:
            stmt = stmt.where(SurveiSkm.periode_key.like(f"{tahun}-%"))
        rows = s.scalars(stmt.order_by(SurveiSkm.periode_key, SurveiSkm.layanan)).all()
        return [survei_dto(s, r) for r in rows]


def hapus_survei(db: Database, actor: Actor, survei_id: uuid.UUID, *,
                 expected_version: int | None = None) -> None:
    """Deletes a survey (tombstone); a capaian it backed loses the link, keeps its predikat."""
    with db.write() as s:
        row = _survei_or_404(s, survei_id)
        unit = unit_or_404(s, row.unit_kerja_id)
        _require_write(s, actor, unit)
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(
                "Survei ini sudah diubah orang lain sejak Anda membukanya. Muat ulang lalu "
                "ulangi.")
        for cap in s.scalars(select(PredikatOrganisasiUnit).where(
                PredikatOrganisasiUnit.survei_skm_id == row.id)):
            cap.survei_skm_id = None
            stamp(s, cap, new=False)
            record(s, actor, "lepas_bukti_skm", cap, {"survei_skm_id": str(row.id)})
        row.deleted_at = utcnow()
        stamp(s, row, new=False)
        record(s, actor, "hapus_survei_skm", row)


def lampirkan_ke_capaian(db: Database, actor: Actor, survei_id: uuid.UUID) -> CapaianOrganisasiDTO:
    """Links the survey to the unit's capaian kinerja organisasi of the same period.

    The capaian must be set first (by the leader above the unit, or the admin), and
    only they may change what backs it.
    """
    with db.write() as s:
        sv = _survei_or_404(s, survei_id)
        unit = unit_or_404(s, sv.unit_kerja_id)
        require_set(s, actor, unit)
        cap = capaian_row(s, unit.id, sv.periode_key)
        if cap is None:
            label = _periode_label(s, sv.periode_key)
            raise ValidationError(
                f"Capaian kinerja organisasi {unit.nama} periode {label} "
                "belum ditetapkan. Tetapkan capaiannya dulu, lalu lampirkan survei ini."
            )
        if cap.survei_skm_id != sv.id:
            cap.survei_skm_id = sv.id
            stamp(s, cap, new=False)
            record(s, actor, "lampirkan_skm_capaian", cap, {"survei_skm_id": str(sv.id)})
        return capaian_dto(s, cap)


def ringkasan_xlsx(db: Database, actor: Actor, survei_id: uuid.UUID) -> tuple[str, bytes]:
    """(file name, bytes) of the one-sheet summary of a survey."""
    dto = get_survei(db, actor, survei_id)
    data = ringkasan_bytes(
        dto.hasil, unit=f"{dto.unit_kode} {dto.unit_nama}".strip(), periode=dto.periode_label,
        layanan=dto.layanan,
        sumber=("Respons responden" + (f" ({dto.nama_file})" if dto.nama_file else "")
                if dto.sumber is SumberSkm.RESPONS else "NRR dari laporan"),
    )
    kode = "".join(ch if ch.isalnum() else "_" for ch in dto.unit_kode) or "unit"
    return f"SKM_{kode}_{dto.periode_key}.xlsx", data


def lampirkan_ke_realisasi(
    db: Database, actor: Actor, survei_id: uuid.UUID, evaluasi_id: uuid.UUID,
    iki_id: uuid.UUID, *, expected_version: int | None = None,
) -> EvaluasiDTO:
    """Adds the survey's summary (xlsx) as a bukti dukung of an IKI's realisasi.

    Goes through services/realisasi.tambah_bukti, so its rules apply: the pegawai
    for his own SKP or the admin, while the period's realisasi is still open.
    """
    dto = get_survei(db, actor, survei_id)
    nama, data = ringkasan_xlsx(db, actor, survei_id)
    return tambah_bukti(db, actor, evaluasi_id, iki_id, data=data, nama_file=nama,
                        keterangan=dto.ringkasan, mime=XLSX_MIME,
                        expected_version=expected_version)
