"""The period workflow and the predikat rule with its override (domain/evaluasi.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.evaluasi import (
    MIN_ALASAN_OVERRIDE,
    AksiEvaluasi,
    StatusEvaluasi,
    next_status_evaluasi,
    require_period_ended,
    tetapkan_predikat,
)
from kinerja_desktop.domain.predikat import Predikat, predikat_kinerja
from kinerja_desktop.domain.rating import Rating

S = StatusEvaluasi
A = AksiEvaluasi

ALLOWED = {
    (S.BELUM_DIISI, A.ISI_REALISASI): S.REALISASI_DIISI,
    (S.REALISASI_DIISI, A.ISI_REALISASI): S.REALISASI_DIISI,
    (S.REALISASI_DIISI, A.AJUKAN): S.DIAJUKAN,
    (S.BELUM_DIISI, A.NILAI): S.DINILAI,
    (S.REALISASI_DIISI, A.NILAI): S.DINILAI,
    (S.DIAJUKAN, A.NILAI): S.DINILAI,
    (S.DINILAI, A.NILAI): S.DINILAI,
    (S.DIAJUKAN, A.KEMBALIKAN): S.REALISASI_DIISI,
    (S.DINILAI, A.BUKA_KEMBALI): S.DIAJUKAN,
    (S.DINILAI, A.TUTUP): S.DITUTUP,
}


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("aksi", list(A))
def test_every_transition_is_allowed_or_refused_with_a_reason(
    status: StatusEvaluasi, aksi: AksiEvaluasi
) -> None:
    expected = ALLOWED.get((status, aksi))
    if expected is not None:
        assert next_status_evaluasi(status, aksi) is expected
        return
    with pytest.raises(ValidationError) as info:
        next_status_evaluasi(status, aksi)
    assert status.label.lower() in str(info.value) and aksi.label in str(info.value)


def test_a_closed_period_cannot_change_at_all() -> None:
    for aksi in A:
        with pytest.raises(ValidationError, match="ditutup"):
            next_status_evaluasi(S.DITUTUP, aksi)


def test_a_period_is_rated_only_after_its_last_day() -> None:
    end = dt.date(2026, 3, 31)
    for today in (dt.date(2026, 3, 1), end):
        with pytest.raises(ValidationError, match="mulai 01-04-2026"):
            require_period_ended(end, today, "TRIWULAN I")
    require_period_ended(end, dt.date(2026, 4, 1), "TRIWULAN I")


@pytest.mark.parametrize("hk", list(Rating))
@pytest.mark.parametrize("pk", list(Rating))
def test_without_override_the_matrix_decides(hk: Rating, pk: Rating) -> None:
    hasil = tetapkan_predikat(hk, pk)
    assert hasil.ditetapkan is hasil.menurut_matriks is predikat_kinerja(hk, pk)
    assert not hasil.di_override and hasil.alasan_override == ""
    # naming the matrix's own predikat is no override and needs no reason
    assert not tetapkan_predikat(hk, pk, predikat_kinerja(hk, pk)).di_override


def test_override_needs_a_written_reason_that_is_kept() -> None:
    hk = pk = Rating.SESUAI_EKSPEKTASI
    assert predikat_kinerja(hk, pk) is Predikat.BAIK
    for alasan in ("", "   ", "x" * (MIN_ALASAN_OVERRIDE - 1)):
        with pytest.raises(ValidationError, match="Baik; untuk menetapkan Sangat Baik"):
            tetapkan_predikat(hk, pk, Predikat.SANGAT_BAIK, alasan)
    hasil = tetapkan_predikat(hk, pk, Predikat.SANGAT_BAIK,
                              "  Menyelesaikan inovasi layanan daring lebih cepat.  ")
    assert hasil.di_override and hasil.ditetapkan is Predikat.SANGAT_BAIK
    assert hasil.menurut_matriks is Predikat.BAIK
    assert hasil.alasan_override == "Menyelesaikan inovasi layanan daring lebih cepat."
