"""A unit's documents as PDF (issue 5 point 1): recap, Format Penetapan, SKM report."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import PermissionDenied, ValidationError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.cetak import (
    OpsiCetak,
    cetak_penetapan,
    cetak_rekap,
    cetak_unit,
)
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.skm import simpan_survei_nrr
from tests.pdf_readback import font_tertanam, teks_mentah, ukuran_halaman_mm, urutan
from tests.services.test_penilaian import SETELAH_TW1, TW1, rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_rekap import Rantai, dinilai  # noqa: F401


def rata(pdf: bytes) -> str:
    return " ".join(teks_mentah(pdf).split())


def test_recap_lists_every_pegawai_and_the_distribution(dinilai: Rantai) -> None:  # noqa: F811
    k, _ = dinilai
    dok = cetak_rekap(k.db, k.admin, k.units["1"], TW1, OpsiCetak(tempat="Kota Agung"))
    assert dok.kode is None and not dok.draf
    teks = rata(dok.data)
    assert urutan(teks, "REKAPITULASI PREDIKAT KINERJA PEGAWAI", "Budi Santoso",
                  "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI")
    for nama in ("Ahmad Fauzi", "Rina Marlina", "Budi Santoso"):
        assert nama in teks
    assert "Sangat Baik" in teks and "Butuh Perbaikan" in teks
    assert "Kota Agung," in teks
    assert font_tertanam(dok.data) == set()
    w, h = ukuran_halaman_mm(dok.data)[0]
    assert w > h  # landscape


def test_penetapan_prints_the_changed_predikat_and_its_reason(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    nilai(k.db, k.akun("kasi", Role.PENILAI), skp["staf"].id, TW1,
          rating_hasil_kerja=Rating.SESUAI_EKSPEKTASI, rating_perilaku=Rating.SESUAI_EKSPEKTASI,
          predikat_override=Predikat.SANGAT_BAIK,
          alasan_override="Kurva unit: kuota Sangat Baik diberikan kepada Siti",
          today=SETELAH_TW1)
    dok = cetak_penetapan(k.db, k.admin, k.units["1"], TW1, OpsiCetak(kertas="F4"))
    teks = rata(dok.data)
    assert "FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI" in teks
    assert "Kurva unit: kuota Sangat Baik diberikan kepada Siti" in teks
    assert "Ditetapkan di" in teks
    assert {(round(w), round(h)) for w, h in ukuran_halaman_mm(dok.data)} == {(330, 215)}


def test_skm_report_by_unit_and_period(dinilai: Rantai) -> None:  # noqa: F811
    k, _ = dinilai
    with pytest.raises(ValidationError, match="Belum ada survei SKM"):
        cetak_unit(k.db, k.admin, JenisDokumen.SKM, k.units["1.1.1"], TW1, OpsiCetak())
    simpan_survei_nrr(k.db, k.admin, k.units["1.1.1"], TW1, [Decimal("3.5")] * 9,
                      jumlah_responden=120)
    dok = cetak_unit(k.db, k.admin, JenisDokumen.SKM, k.units["1.1.1"], TW1, OpsiCetak())
    teks = rata(dok.data)
    assert "87,50" in teks and "3,500" in teks  # konversi and IKM, with decimal commas
    assert "Seksi Kurikulum" in teks
    w, h = ukuran_halaman_mm(dok.data)[0]
    assert h > w  # portrait


def test_a_pegawai_may_not_print_the_units_recap(dinilai: Rantai) -> None:  # noqa: F811
    k, _ = dinilai
    with pytest.raises(PermissionDenied):
        cetak_rekap(k.db, k.akun("staf"), k.units["1"], TW1, OpsiCetak())
