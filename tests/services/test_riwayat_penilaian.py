"""One pegawai's evaluated periods (the Riwayat tab of the Pegawai page)."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.errors import PermissionDenied
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.services.penilaian import riwayat_pegawai
from tests.services.test_penilaian import SETELAH_TW1, TW1, rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_rekap import Rantai, dinilai  # noqa: F401


def test_rated_periods_with_ratings_and_predikat(dinilai: Rantai) -> None:  # noqa: F811
    k, skp = dinilai
    (row,) = riwayat_pegawai(k.db, k.admin, k.ids["staf2"])
    assert (row.skp_id, row.periode_key, row.periode_label) == (skp["staf2"].id, TW1,
                                                                "TRIWULAN I")
    assert row.status is StatusEvaluasi.DINILAI
    assert (row.rating_hasil_kerja, row.rating_perilaku) == (Rating.DI_BAWAH_EKSPEKTASI,
                                                             Rating.SESUAI_EKSPEKTASI)
    assert row.predikat is Predikat.BUTUH_PERBAIKAN
    assert row.selesai < SETELAH_TW1
    assert riwayat_pegawai(k.db, k.admin, k.ids["kabid2"]) == []  # no SKP, nothing rated


def test_a_pegawai_sees_only_his_own_history(dinilai: Rantai) -> None:  # noqa: F811
    k, _ = dinilai
    assert len(riwayat_pegawai(k.db, k.akun("staf"), k.ids["staf"])) == 1
    with pytest.raises(PermissionDenied):
        riwayat_pegawai(k.db, k.akun("staf"), k.ids["staf2"])
