"""Evaluation of one SKP for one period: status workflow and the predikat rule (DOMAIN §6, §7.1).

Per period: BELUM_DIISI → REALISASI_DIISI (realisasi + bukti dukung) → DIAJUKAN →
DINILAI (umpan balik, ratings, predikat) → DITUTUP. A period is rated only after
it ends; the predikat comes from the matrix and may be overridden only with a
written reason that is kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.ids import turunan
from kinerja_desktop.domain.predikat import Predikat, predikat_kinerja
from kinerja_desktop.domain.rating import Rating

MIN_ALASAN_OVERRIDE = 10


class StatusEvaluasi(StrEnum):
    BELUM_DIISI = "BELUM_DIISI"
    REALISASI_DIISI = "REALISASI_DIISI"
    DIAJUKAN = "DIAJUKAN"
    DINILAI = "DINILAI"
    DITUTUP = "DITUTUP"

    @property
    def label(self) -> str:
        return {
            StatusEvaluasi.BELUM_DIISI: "Belum diisi",
            StatusEvaluasi.REALISASI_DIISI: "Realisasi diisi",
            StatusEvaluasi.DIAJUKAN: "Diajukan",
            StatusEvaluasi.DINILAI: "Dinilai",
            StatusEvaluasi.DITUTUP: "Ditutup",
        }[self]


class AksiEvaluasi(StrEnum):
    ISI_REALISASI = "isi_realisasi"
    AJUKAN = "ajukan"
    NILAI = "nilai"
    KEMBALIKAN = "kembalikan"  # the penilai asks for better realisasi/evidence
    BUKA_KEMBALI = "buka_kembali"  # a rated period reopened before it is closed
    TUTUP = "tutup"

    @property
    def label(self) -> str:
        return {
            AksiEvaluasi.ISI_REALISASI: "mengisi realisasi",
            AksiEvaluasi.AJUKAN: "mengajukan",
            AksiEvaluasi.NILAI: "menilai",
            AksiEvaluasi.KEMBALIKAN: "mengembalikan",
            AksiEvaluasi.BUKA_KEMBALI: "membuka kembali",
            AksiEvaluasi.TUTUP: "menutup",
        }[self]


_S = StatusEvaluasi
_TRANSITIONS: dict[AksiEvaluasi, tuple[tuple[StatusEvaluasi, ...], StatusEvaluasi]] = {
    AksiEvaluasi.ISI_REALISASI: ((_S.BELUM_DIISI, _S.REALISASI_DIISI), _S.REALISASI_DIISI),
    AksiEvaluasi.AJUKAN: ((_S.REALISASI_DIISI,), _S.DIAJUKAN),
    # A penilai may rate what was submitted, and also a period nobody filled (the
    # regulation rates the year even when the pegawai did not report).
    AksiEvaluasi.NILAI: ((_S.BELUM_DIISI, _S.REALISASI_DIISI, _S.DIAJUKAN, _S.DINILAI),
                         _S.DINILAI),
    AksiEvaluasi.KEMBALIKAN: ((_S.DIAJUKAN,), _S.REALISASI_DIISI),
    AksiEvaluasi.BUKA_KEMBALI: ((_S.DINILAI,), _S.DIAJUKAN),
    AksiEvaluasi.TUTUP: ((_S.DINILAI,), _S.DITUTUP),
}


def next_status_evaluasi(current: StatusEvaluasi, aksi: AksiEvaluasi) -> StatusEvaluasi:
    allowed, target = _TRANSITIONS[aksi]
    if current not in allowed:
        bisa = ", ".join(s.label.lower() for s in allowed)
        raise ValidationError(
            f"Evaluasi berstatus {current.label.lower()} tidak dapat {aksi.label}; "
            f"hanya yang berstatus {bisa}."
        )
    return target


def require_period_ended(selesai: dt.date, today: dt.date, label: str) -> None:
    """A period is rated only after its last day (DOMAIN §6)."""
    if today <= selesai:
        raise ValidationError(
            f"Periode {label} baru berakhir {selesai:%d-%m-%Y}; penilaian dapat diisi mulai "
            f"{selesai + dt.timedelta(days=1):%d-%m-%Y}."
        )


@dataclass(frozen=True, slots=True)
class HasilPredikat:
    """The predikat as the matrix gives it, and the one that counts."""

    menurut_matriks: Predikat
    ditetapkan: Predikat
    alasan_override: str = ""

    @property
    def di_override(self) -> bool:
        return self.ditetapkan is not self.menurut_matriks


def tetapkan_predikat(
    rating_hasil_kerja: Rating, rating_perilaku: Rating,
    override: Predikat | None = None, alasan: str = "",
) -> HasilPredikat:
    """The matrix's predikat; another one only with a written reason."""
    matriks = predikat_kinerja(rating_hasil_kerja, rating_perilaku)
    if override is None or override is matriks:
        return HasilPredikat(matriks, matriks)
    text = alasan.strip()
    if len(text) < MIN_ALASAN_OVERRIDE:
        raise ValidationError(
            f"Predikat menurut matriks adalah {matriks.label}; untuk menetapkan "
            f"{override.label} tuliskan alasannya (paling sedikit {MIN_ALASAN_OVERRIDE} huruf)."
        )
    return HasilPredikat(matriks, override, text)


def evaluasi_id(skp_id: uuid.UUID, periode_key: str, mulai: dt.date) -> uuid.UUID:
    """One SKP's evaluation of one period has the same id wherever it is opened (the
    office, the penilai's laptop), so the two meet as one row, not two. Ordered by the
    period's start (``mulai``), so a quarter's evaluations sit together."""
    return turunan(mulai, "evaluasi", skp_id, periode_key)


def realisasi_id(evaluasi: uuid.UUID, iki_id: uuid.UUID, mulai: dt.date) -> uuid.UUID:
    """Likewise for one IKI's realisasi in an evaluation starting at ``mulai``."""
    return turunan(mulai, "realisasi", evaluasi, iki_id)
