"""Printing the evaluation documents of a period (issue 5): Evaluasi Kinerja Pegawai and
Dokumen Evaluasi Kinerja Pegawai, signed once rated, drafts before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.cetak import (
    KunciDiperlukan,
    OpsiCetak,
    buka_kunci,
    cetak_dokumen_evaluasi,
    cetak_evaluasi,
    perlu_kunci,
)
from kinerja_desktop.services.cetak_massal import cetak_massal
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.verifikasi import StatusVerifikasi, verifikasi_kode
from tests.conftest import PASSPHRASE
from tests.pdf_readback import baca_qr, teks_mentah, ukuran_halaman_mm, urutan
from tests.services.test_penilaian import SETELAH_TW1, TW1, rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_rekap import Rantai, dinilai  # noqa: F401
from tests.services.test_skp_service import TAHUN


def rata(pdf: bytes) -> str:
    return " ".join(teks_mentah(pdf).split())


def test_a_rated_period_prints_signed_and_verifies(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    kunci = buka_kunci(k.db, PASSPHRASE)
    assert perlu_kunci(k.db, k.admin, JenisDokumen.EVALUASI, skp["staf"].id, TW1)
    dok = cetak_evaluasi(k.db, k.admin, skp["staf"].id, TW1, OpsiCetak(), kunci)
    assert dok.kode and not dok.draf
    teks = rata(dok.data)
    assert urutan(teks, "EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI",
                  "REALISASI BERDASARKAN BUKTI DUKUNG", "RATING HASIL KERJA",
                  "PERILAKU KERJA", "RATING PERILAKU KERJA", "PREDIKAT KINERJA PEGAWAI",
                  "Pejabat Penilai Kinerja")
    for rhk in skp["staf"].isi.rhk:
        assert rhk.uraian in teks
        for iki in rhk.iki:
            assert iki.uraian in teks
    assert "SESUAI EKSPEKTASI" in teks and "BAIK" in teks
    (payload,) = baca_qr(dok.data)
    assert verifikasi_kode(k.db, payload).asli
    hasil = verifikasi_kode(k.db, dok.kode)
    assert hasil.asli and dict(hasil.rincian)["Predikat kinerja"] == "BAIK"
    w, h = ukuran_halaman_mm(dok.data)[0]
    assert w > h

    dokumen = cetak_dokumen_evaluasi(k.db, k.admin, skp["staf"].id, TW1, OpsiCetak(), kunci)
    teks = rata(dokumen.data)
    assert urutan(teks, "DOKUMEN EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI",
                  "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
                  "EVALUASI KINERJA", "CAPAIAN KINERJA ORGANISASI", "PREDIKAT KINERJA PEGAWAI")
    assert dokumen.kode and dokumen.kode != dok.kode
    assert verifikasi_kode(k.db, dokumen.kode).asli
    w, h = ukuran_halaman_mm(dokumen.data)[0]
    assert h > w


def test_re_rating_after_printing_supersedes_the_paper(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    kunci = buka_kunci(k.db, PASSPHRASE)
    lama = cetak_evaluasi(k.db, k.admin, skp["staf"].id, TW1, OpsiCetak(), kunci)
    assert lama.kode is not None
    nilai(k.db, k.akun("kasi", Role.PENILAI), skp["staf"].id, TW1,
          rating_hasil_kerja=Rating.DI_ATAS_EKSPEKTASI,
          rating_perilaku=Rating.DI_ATAS_EKSPEKTASI, today=SETELAH_TW1)
    hasil = verifikasi_kode(k.db, lama.kode)
    assert hasil.status is StatusVerifikasi.DIGANTIKAN and "bukan versi terakhir" in hasil.pesan
    baru = cetak_evaluasi(k.db, k.admin, skp["staf"].id, TW1, OpsiCetak(), kunci)
    assert baru.kode != lama.kode and verifikasi_kode(k.db, baru.kode or "").asli
    # Once a newer paper exists, the old code names it.
    assert baru.kode in verifikasi_kode(k.db, lama.kode).pesan


def test_an_unrated_period_prints_as_a_draft(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    from kinerja_desktop.services.realisasi import buka_evaluasi

    with k.db.write() as s:
        buka_evaluasi(s, k.admin, skp["kabid"].id, TW1)
    assert not perlu_kunci(k.db, k.admin, JenisDokumen.EVALUASI, skp["kabid"].id, TW1)
    dok = cetak_evaluasi(k.db, k.admin, skp["kabid"].id, TW1, OpsiCetak(), None)
    assert dok.draf and dok.kode is None and "DRAF" in rata(dok.data)


def test_a_period_without_evaluation_or_key_is_refused(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    with pytest.raises(ValidationError, match="belum punya evaluasi"):
        cetak_evaluasi(k.db, k.admin, skp["kadis"].id, TW1, OpsiCetak(), None)
    with pytest.raises(KunciDiperlukan):
        cetak_evaluasi(k.db, k.admin, skp["staf"].id, TW1, OpsiCetak(), None)
    with pytest.raises(ValidationError, match="tidak ada pada tahun"):
        cetak_evaluasi(k.db, k.admin, skp["staf"].id, f"{TAHUN}-XX9", OpsiCetak(), None)


def test_batch_of_a_period_skips_the_unevaluated_by_name(dinilai: Rantai,  # noqa: F811
                                                         tmp_path: Path) -> None:
    k, _ = dinilai
    out = tmp_path / "keluaran"
    out.mkdir()
    hasil = cetak_massal(k.db, k.admin, jenis=JenisDokumen.DOKUMEN_EVALUASI,
                         unit_id=k.units["1.1.1"], tahun=TAHUN, periode_key=TW1,
                         opsi=OpsiCetak(), kunci=buka_kunci(k.db, PASSPHRASE),
                         tujuan=out / "dokumen.pdf", gabung=True, proses=1)
    assert hasil.jumlah == 3  # kasi, staf, staf2 were rated
    assert rata((out / "dokumen.pdf").read_bytes()).count("DOKUMEN EVALUASI KINERJA PEGAWAI") == 3
