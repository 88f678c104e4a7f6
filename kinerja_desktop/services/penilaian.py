"""The penilai's evaluation of one SKP per period and for the year (issue 4 point 3).

Ratings hasil kerja and perilaku kerja, the predikat by the matrix (overridable only
with a written reason that is kept), the capaian kinerja organisasi (for the head of
the organisation it is his rating hasil kerja), catatan/rekomendasi and the atasan
penilai printed on the Dokumen Evaluasi. Only who assesses the pegawai on the last
day of the period (the penilai, a Plt/Plh acting for him) or an admin rates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import (
    AksiEvaluasi,
    StatusEvaluasi,
    next_status_evaluasi,
    require_period_ended,
    tetapkan_predikat,
)
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import Periode, find_periode
from kinerja_desktop.domain.predikat import (
    Predikat,
    PredikatOrganisasi,
    rating_hasil_kerja_pimpinan,
)
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.realisasi import buka_evaluasi, periode_of, periode_skp
from kinerja_desktop.services.scope import load_atasan_graph, load_penugasan, require_visible
from kinerja_desktop.services.skp import (
    Identitas,
    approvers,
    approvers_with,
    identitas,
    kepala_of,
    require_see,
    skp_or_404,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    EvaluasiPeriode,
    Pegawai,
    Skp,
    UnitKerja,
)


@dataclass(frozen=True, slots=True)
class PenilaianDTO:
    skp_id: uuid.UUID
    periode_key: str
    periode_label: str
    mulai: dt.date
    selesai: dt.date
    evaluasi_id: uuid.UUID | None  # None: nothing recorded for the period yet
    version: int | None
    status: StatusEvaluasi
    pegawai: Identitas
    penilai: Identitas | None
    atasan_penilai: Identitas | None
    is_kepala_organisasi: bool
    rating_hasil_kerja: Rating | None = None
    rating_perilaku: Rating | None = None
    predikat_matriks: Predikat | None = None
    predikat: Predikat | None = None
    alasan_override: str = ""
    capaian_organisasi: PredikatOrganisasi | None = None
    catatan: str = ""
    tanggal_penilaian: dt.date | None = None
    boleh_nilai: bool = False  # the reading account may rate this period (penilai, Plt, admin)

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def predikat_label(self) -> str:
        return self.predikat.label if self.predikat else ""

    @property
    def di_override(self) -> bool:
        return self.predikat is not None and self.predikat is not self.predikat_matriks


@dataclass(frozen=True, slots=True)
class PenilaianRingkas:
    """One row of the penilai's grid for a period."""

    skp_id: uuid.UUID
    pegawai_id: uuid.UUID
    nama: str
    nip: str
    evaluasi_id: uuid.UUID | None
    version: int | None
    status: StatusEvaluasi
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None

    @property
    def predikat_label(self) -> str:
        return self.predikat.label if self.predikat else ""


# ---------------------------------------------------------------------------
# Helpers shared with umpan_balik.py


def ditetapkan_or_refuse(s: Session, skp_id: uuid.UUID) -> Skp:
    row = skp_or_404(s, skp_id)
    if row.status is not StatusSKP.DITETAPKAN:
        raise ValidationError(
            f"SKP ini berstatus {row.status.value.lower()}; realisasi, umpan balik dan "
            "penilaian hanya untuk SKP yang sudah ditetapkan."
        )
    return row


def find_evaluasi(s: Session, skp_id: uuid.UUID, periode_key: str) -> EvaluasiPeriode | None:
    return s.scalar(select(EvaluasiPeriode).where(
        EvaluasiPeriode.skp_id == skp_id, EvaluasiPeriode.periode_key == periode_key,
        EvaluasiPeriode.deleted_at.is_(None)))


def evaluasi_ditetapkan(
    s: Session, actor: Actor, skp_id: uuid.UUID, periode_key: str
) -> EvaluasiPeriode:
    """The evaluation row of a ditetapkan SKP for a period (created when missing)."""
    row = ditetapkan_or_refuse(s, skp_id)
    return buka_evaluasi(s, actor, row.id, periode_key)


def may_assess(s: Session, actor: Actor, row: Skp, day: dt.date) -> bool:
    if actor.role is Role.ADMIN:
        return True
    return actor.pegawai_id is not None and actor.pegawai_id in approvers(s, row, day)


def require_assess(s: Session, actor: Actor, row: Skp, day: dt.date, what: str) -> None:
    if not may_assess(s, actor, row, day):
        p = s.get(Pegawai, row.pegawai_id)
        nama = nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else "pegawai ini"
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak boleh {what} {nama}: hanya penilainya pada "
            f"{day:%d-%m-%Y} (atau Plt/Plh-nya) dan admin."
        )


def require_see_periode(s: Session, actor: Actor, row: Skp, day: dt.date) -> None:
    """Who may see the SKP, and who assessed it on ``day`` (a Plt since gone)."""
    if not may_assess(s, actor, row, day):
        require_see(s, actor, row)


def kepala_organisasi(s: Session, unit_id: uuid.UUID | None) -> uuid.UUID | None:
    """The head of the top unit above ``unit_id`` (the head of the organisation)."""
    seen: set[uuid.UUID] = set()
    top = unit_id
    while top is not None and top not in seen:
        seen.add(top)
        unit = s.get(UnitKerja, top)
        if unit is None or unit.parent_id is None:
            break
        top = unit.parent_id
    return kepala_of(s, top)


def _person(s: Session, row: Skp, key: str, pid: uuid.UUID | None) -> Identitas | None:
    snap = row.snapshot or {}
    if snap.get(key):
        return Identitas.from_json(snap[key])
    if pid is None:
        luar = getattr(row, f"{key}_luar", None)
        return Identitas.from_json(luar) if luar else None
    p = s.get(Pegawai, pid)
    return identitas(s, p) if p is not None else None


def _dto(s: Session, row: Skp, periode: Periode, mulai: dt.date, selesai: dt.date,
         ev: EvaluasiPeriode | None) -> PenilaianDTO:
    pegawai = _person(s, row, "pegawai", row.pegawai_id)
    if pegawai is None:
        raise NotFoundError("Pegawai SKP ini tidak ditemukan.")
    # The penilai who rated (a Plt) is printed; before that the one on the SKP.
    penilai_id = ev.penilai_id if ev is not None and ev.penilai_id else row.penilai_id
    penilai = _person(s, row, "penilai", row.penilai_id)
    if penilai_id is not None and penilai_id != row.penilai_id:
        plt = s.get(Pegawai, penilai_id)
        penilai = identitas(s, plt) if plt is not None else penilai
    common = dict(
        skp_id=row.id, periode_key=periode.key, periode_label=periode.label,
        pegawai=pegawai, penilai=penilai,
        atasan_penilai=_person(s, row, "atasan_penilai", row.atasan_penilai_id),
        is_kepala_organisasi=kepala_organisasi(s, row.unit_kerja_id) == row.pegawai_id,
    )
    if ev is None:
        return PenilaianDTO(mulai=mulai, selesai=selesai, evaluasi_id=None, version=None,
                            status=StatusEvaluasi.BELUM_DIISI, **common)  # type: ignore[arg-type]
    return PenilaianDTO(
        mulai=ev.mulai, selesai=ev.selesai, evaluasi_id=ev.id, version=ev.version,
        status=ev.status, rating_hasil_kerja=ev.rating_hasil_kerja,
        rating_perilaku=ev.rating_perilaku, predikat_matriks=ev.predikat_matriks,
        predikat=ev.predikat, alasan_override=ev.alasan_override or "",
        capaian_organisasi=ev.capaian_organisasi, catatan=ev.catatan_rekomendasi or "",
        tanggal_penilaian=ev.tanggal_penilaian, **common,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------------------
# Services


def get_penilaian(db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str
                  ) -> PenilaianDTO:
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        periode, mulai, selesai = periode_skp(s, row, periode_key)
        require_see_periode(s, actor, row, selesai)
        dto = _dto(s, row, periode, mulai, selesai, find_evaluasi(s, row.id, periode.key))
        return dataclasses.replace(dto, boleh_nilai=may_assess(s, actor, row, selesai))


def nilai(
    db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str, *,
    rating_hasil_kerja: Rating, rating_perilaku: Rating,
    predikat_override: Predikat | None = None, alasan_override: str = "",
    capaian_organisasi: PredikatOrganisasi | None = None, catatan: str = "",
    today: dt.date | None = None, expected_version: int | None = None,
) -> PenilaianDTO:
    """Rates one SKP for one period (again while it is not closed)."""
    today = today or dt.date.today()
    with db.write() as s:
        row = ditetapkan_or_refuse(s, skp_id)
        periode, _mulai, selesai = periode_skp(s, row, periode_key)
        require_assess(s, actor, row, selesai, "menilai")
        require_period_ended(selesai, today, periode.label)
        kepala = kepala_organisasi(s, row.unit_kerja_id) == row.pegawai_id
        if kepala and capaian_organisasi is not None:
            rating_hasil_kerja = rating_hasil_kerja_pimpinan(capaian_organisasi)
        hasil = tetapkan_predikat(rating_hasil_kerja, rating_perilaku, predikat_override,
                                  alasan_override)
        ev = evaluasi_ditetapkan(s, actor, row.id, periode.key)
        if expected_version is not None and ev.version != expected_version:
            raise ConflictError(
                "Penilaian ini sudah diubah orang lain sejak Anda membukanya (versi "
                f"{expected_version} → {ev.version}). Muat ulang lalu ulangi penilaian Anda."
            )
        ev.status = next_status_evaluasi(ev.status, AksiEvaluasi.NILAI)
        ev.rating_hasil_kerja = rating_hasil_kerja
        ev.rating_perilaku = rating_perilaku
        ev.predikat_matriks = hasil.menurut_matriks
        ev.predikat = hasil.ditetapkan
        ev.alasan_override = hasil.alasan_override or None
        ev.capaian_organisasi = capaian_organisasi
        ev.catatan_rekomendasi = catatan.strip() or None
        ev.tanggal_penilaian = today
        ev.penilai_id = (actor.pegawai_id if actor.role is not Role.ADMIN and actor.pegawai_id
                         else row.penilai_id)
        ev.atasan_penilai_id = row.atasan_penilai_id
        stamp(s, ev, new=False)
        record(s, actor, "nilai_evaluasi", ev,
               {"periode": periode.key, "predikat": hasil.ditetapkan.value,
                "override": hasil.di_override})
    return get_penilaian(db, actor, skp_id, periode_key)


def tutup_periode(db: Database, actor: Actor, evaluasi_id: uuid.UUID) -> PenilaianDTO:
    """DINILAI → DITUTUP: the rating is final."""
    with db.write() as s:
        ev = s.get(EvaluasiPeriode, evaluasi_id)
        if ev is None or ev.deleted_at is not None:
            raise NotFoundError("Evaluasi periode tidak ditemukan (mungkin sudah dihapus).")
        row = skp_or_404(s, ev.skp_id)
        require_assess(s, actor, row, ev.selesai, "menutup penilaian")
        ev.status = next_status_evaluasi(ev.status, AksiEvaluasi.TUTUP)
        stamp(s, ev, new=False)
        record(s, actor, "tutup_evaluasi", ev, {"periode": ev.periode_key})
        skp_id, key = row.id, ev.periode_key
    return get_penilaian(db, actor, skp_id, key)


MIN_ALASAN_KEMBALI = 10


def kembalikan_realisasi(
    db: Database, actor: Actor, evaluasi_id: uuid.UUID, alasan: str, *,
    expected_version: int | None = None,
) -> PenilaianDTO:
    """DIAJUKAN → REALISASI_DIISI: the penilai asks for better realisasi or evidence.

    The reason is kept on the evaluation and shown to the pegawai until he submits again.
    """
    text = " ".join(alasan.split())
    if len(text) < MIN_ALASAN_KEMBALI:
        raise ValidationError(
            f"Tuliskan alasan pengembalian (minimal {MIN_ALASAN_KEMBALI} karakter) agar "
            "pegawai tahu realisasi atau bukti mana yang harus diperbaiki.")
    with db.write() as s:
        ev = s.get(EvaluasiPeriode, evaluasi_id)
        if ev is None or ev.deleted_at is not None:
            raise NotFoundError("Evaluasi periode tidak ditemukan (mungkin sudah dihapus).")
        if expected_version is not None and ev.version != expected_version:
            raise ConflictError(
                "Evaluasi ini sudah diubah orang lain sejak Anda membukanya (versi "
                f"{expected_version} → {ev.version}). Muat ulang lalu ulangi.")
        row = skp_or_404(s, ev.skp_id)
        require_assess(s, actor, row, ev.selesai, "mengembalikan realisasi")
        ev.status = next_status_evaluasi(ev.status, AksiEvaluasi.KEMBALIKAN)
        ev.alasan_dikembalikan = text
        stamp(s, ev, new=False)
        record(s, actor, "kembalikan_realisasi", ev, {"periode": ev.periode_key, "alasan": text})
        skp_id, key = row.id, ev.periode_key
    return get_penilaian(db, actor, skp_id, key)


def daftar_penilaian(
    db: Database, actor: Actor, tahun: int, periode_key: str, *,
    penilai_id: uuid.UUID | None = None, unit_id: uuid.UUID | None = None,
) -> list[PenilaianRingkas]:
    """Every ditetapkan SKP of the year the actor assesses for the period, by name.

    An admin sees all (narrowed by ``penilai_id``/``unit_id``); anyone else the SKPs
    he assesses on the last day of the period, Plt/Plh included."""
    with db.read() as s:
        periode = find_periode(aturan_in(s, tahun), periode_key)
        stmt = (
            select(Skp, EvaluasiPeriode, Pegawai.nama, Pegawai.gelar_depan,
                   Pegawai.gelar_belakang, Pegawai.nip)
            .join(Pegawai, Pegawai.id == Skp.pegawai_id)
            .outerjoin(EvaluasiPeriode, and_(
                EvaluasiPeriode.skp_id == Skp.id,
                EvaluasiPeriode.periode_key == periode.key,
                EvaluasiPeriode.deleted_at.is_(None)))
            .where(Skp.tahun == tahun, Skp.deleted_at.is_(None),
                   Skp.status == StatusSKP.DITETAPKAN,
                   Skp.periode_mulai <= periode.selesai, Skp.periode_selesai >= periode.mulai)
            .order_by(Pegawai.nama, Skp.periode_mulai)
        )
        if penilai_id is not None:
            stmt = stmt.where(Skp.penilai_id == penilai_id)
        if unit_id is not None:
            stmt = stmt.where(Skp.unit_kerja_id == unit_id)
        rows = s.execute(stmt).all()
        if actor.role is not Role.ADMIN:
            me = actor.pegawai_id
            if me is None:
                return []
            atasan_of, aktif = load_atasan_graph(s)
            penugasan = load_penugasan(s)
            rows = [r for r in rows if me in approvers_with(
                r[0], min(periode.selesai, r[0].periode_selesai), atasan_of, aktif, penugasan)]
        return [
            PenilaianRingkas(
                skp.id, skp.pegawai_id, nama_lengkap(gd, nama, gb), nip,
                ev.id if ev else None, ev.version if ev else None,
                ev.status if ev else StatusEvaluasi.BELUM_DIISI,
                ev.rating_hasil_kerja if ev else None, ev.rating_perilaku if ev else None,
                ev.predikat if ev else None,
            )
            for skp, ev, nama, gd, gb, nip in rows
        ]


# ---------------------------------------------------------------------------
# One pegawai's history (the "Riwayat" tab of the Pegawai page)


@dataclass(frozen=True, slots=True)
class RiwayatPenilaian:
    skp_id: uuid.UUID
    tahun: int
    revisi_ke: int
    periode_key: str
    periode_label: str  # "TRIWULAN I", or the key when the year's scheme changed since
    mulai: dt.date
    selesai: dt.date
    status: StatusEvaluasi
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None


def riwayat_pegawai(db: Database, actor: Actor, pegawai_id: uuid.UUID) -> list[RiwayatPenilaian]:
    """Every evaluated period of the pegawai's SKPs, newest first."""
    with db.read() as s:
        require_visible(s, actor, pegawai_id)
        rows = s.execute(
            select(EvaluasiPeriode, Skp).join(Skp, Skp.id == EvaluasiPeriode.skp_id).where(
                Skp.pegawai_id == pegawai_id, Skp.deleted_at.is_(None),
                EvaluasiPeriode.deleted_at.is_(None))
            .order_by(EvaluasiPeriode.selesai.desc(), EvaluasiPeriode.mulai.desc())).all()
        out: list[RiwayatPenilaian] = []
        for ev, skp in rows:
            try:
                label = periode_of(s, skp, ev.periode_key).label
            except ValidationError:
                label = ev.periode_key
            out.append(RiwayatPenilaian(
                skp.id, skp.tahun, skp.revisi_ke, ev.periode_key, label, ev.mulai, ev.selesai,
                ev.status, ev.rating_hasil_kerja, ev.rating_perilaku, ev.predikat))
        return out
