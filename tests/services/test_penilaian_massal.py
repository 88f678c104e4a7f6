"""Several ratings in one transaction (the penilai's grid, issue 4 point 4): the same rules
as ``nilai`` per item, and all or nothing."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.penilaian import daftar_penilaian, get_penilaian, nilai
from kinerja_desktop.services.penilaian_massal import ItemPenilaian, nilai_massal
from kinerja_desktop.services.skp import SkpDetail
from tests.services.test_penilaian import SETELAH_TW1, TW1, keadaan, rantai  # noqa: F401
from tests.services.test_skp_service import TAHUN, Kantor

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
Rantai = tuple[Kantor, dict[str, SkpDetail]]


def test_admin_rates_several_in_one_go(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    out = nilai_massal(k.db, k.admin, TAHUN, TW1, [
        (skp["kasi"].id, A, B), (skp["kabid"].id, S, S)], today=SETELAH_TW1)
    assert [(r.nama, r.predikat, r.status) for r in out] == [
        ("Budi Santoso", Predikat.KURANG, StatusEvaluasi.DINILAI),
        ("Rina Marlina", Predikat.BAIK, StatusEvaluasi.DINILAI)]
    kasi = get_penilaian(k.db, k.admin, skp["kasi"].id, TW1)
    assert (kasi.rating_hasil_kerja, kasi.rating_perilaku, kasi.predikat) == (
        A, B, Predikat.KURANG)
    assert kasi.tanggal_penilaian == SETELAH_TW1 and kasi.version == out[0].version
    # The grid lists what was saved.
    rows = {r.skp_id: r for r in daftar_penilaian(k.db, k.admin, TAHUN, TW1)}
    assert rows[skp["kabid"].id].predikat is Predikat.BAIK
    assert nilai_massal(k.db, k.admin, TAHUN, TW1, []) == []


def test_penilai_rates_his_people_and_keeps_catatan(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    d = nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
              catatan="Ikut diklat", today=SETELAH_TW1)
    [row] = nilai_massal(k.db, kabid, TAHUN, TW1, [(skp["kasi"].id, A, A)],
                         today=SETELAH_TW1, versions={skp["kasi"].id: d.version})
    after = get_penilaian(k.db, kabid, skp["kasi"].id, TW1)
    assert after.predikat is Predikat.SANGAT_BAIK and row.predikat is Predikat.SANGAT_BAIK
    assert after.catatan == "Ikut diklat"
    assert after.penilai is not None and after.penilai.pegawai_id == k.ids["kabid"]


def test_one_item_not_allowed_refuses_all(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    before = keadaan(k.db)
    # Kasi is his; kabid himself is not (the kadis rates him).
    with pytest.raises(PermissionDenied, match="'kabid' tidak boleh menilai Rina Marlina"):
        nilai_massal(k.db, kabid, TAHUN, TW1,
                     [(skp["kasi"].id, A, A), (skp["kabid"].id, A, A)], today=SETELAH_TW1)
    assert keadaan(k.db) == before  # counts of evaluasi, outbox, audit and every row


def test_period_not_ended_refuses_all(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    before = keadaan(k.db)
    with pytest.raises(ValidationError,
                       match=r"Budi Santoso \(NIP 198501012010011003\): Periode TRIWULAN I "
                             r"baru berakhir 31-03-2025"):
        nilai_massal(k.db, k.admin, TAHUN, TW1, [(skp["kasi"].id, A, A)],
                     today=SETELAH_TW1.replace(day=1, month=3))
    assert keadaan(k.db) == before


def test_duplicates_and_stale_versions_are_refused(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="muncul dua kali"):
        nilai_massal(k.db, k.admin, TAHUN, TW1,
                     [(skp["kasi"].id, A, A), (skp["kasi"].id, S, S)], today=SETELAH_TW1)
    assert keadaan(k.db) == before
    # The grid was loaded before anyone rated; the admin rated meanwhile.
    [grid] = daftar_penilaian(k.db, kabid, TAHUN, TW1)
    nilai(k.db, k.admin, skp["kasi"].id, TW1, rating_hasil_kerja=B, rating_perilaku=B,
          today=SETELAH_TW1)
    middle = keadaan(k.db)
    with pytest.raises(ConflictError, match=r"Budi Santoso.*diubah orang lain"):
        nilai_massal(k.db, kabid, TAHUN, TW1, [(skp["kasi"].id, A, A)], today=SETELAH_TW1,
                     versions={grid.skp_id: grid.version})
    assert keadaan(k.db) == middle
    with pytest.raises(ValidationError, match="bukan tahun 2024"):
        nilai_massal(k.db, k.admin, TAHUN - 1, TW1, [(skp["kasi"].id, A, A)],
                     today=SETELAH_TW1)
    assert keadaan(k.db) == middle


ALASAN = "Menyelesaikan kurikulum darurat di luar rencana kerja"


def test_a_grid_save_keeps_the_override_and_catatan_of_the_form(
        rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    d = nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
              predikat_override=Predikat.SANGAT_BAIK, alasan_override=ALASAN,
              catatan="Ikut diklat", today=SETELAH_TW1)
    assert d.di_override
    # The grid's items carry only the ratings: what the form set stays.
    [row] = nilai_massal(k.db, kabid, TAHUN, TW1, [(skp["kasi"].id, S, B)],
                         today=SETELAH_TW1, versions={skp["kasi"].id: d.version})
    after = get_penilaian(k.db, kabid, skp["kasi"].id, TW1)
    assert (after.rating_perilaku, after.predikat_matriks, after.predikat) == (
        B, Predikat.KURANG, Predikat.SANGAT_BAIK)
    assert after.di_override and after.alasan_override == ALASAN
    assert after.catatan == "Ikut diklat" and row.predikat is Predikat.SANGAT_BAIK
    # New ratings whose matrix gives the kept predikat: no override any more.
    nilai_massal(k.db, kabid, TAHUN, TW1, [(skp["kasi"].id, A, A)], today=SETELAH_TW1)
    after = get_penilaian(k.db, kabid, skp["kasi"].id, TW1)
    assert after.predikat is Predikat.SANGAT_BAIK and not after.di_override
    assert after.alasan_override == "" and after.catatan == "Ikut diklat"


def test_items_set_and_clear_the_override_and_catatan(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    kasi, kabid = skp["kasi"].id, skp["kabid"].id
    out = nilai_massal(k.db, k.admin, TAHUN, TW1, [
        ItemPenilaian(kasi, S, S, predikat_override=Predikat.SANGAT_BAIK,
                      alasan_override=f"  {ALASAN} ", catatan=" Diusulkan ikut diklat "),
        ItemPenilaian(kabid, S, S, predikat_override=Predikat.BAIK, catatan="Pertahankan"),
    ], today=SETELAH_TW1)
    assert [r.predikat for r in out] == [Predikat.SANGAT_BAIK, Predikat.BAIK]
    d = get_penilaian(k.db, k.admin, kasi, TW1)
    assert (d.predikat_matriks, d.predikat, d.alasan_override, d.catatan) == (
        Predikat.BAIK, Predikat.SANGAT_BAIK, ALASAN, "Diusulkan ikut diklat")
    d2 = get_penilaian(k.db, k.admin, kabid, TW1)
    assert not d2.di_override and d2.catatan == "Pertahankan"
    # None: the predikat follows the matrix again; "": the catatan is cleared.
    nilai_massal(k.db, k.admin, TAHUN, TW1, [
        ItemPenilaian(kasi, S, S, predikat_override=None, catatan="")], today=SETELAH_TW1)
    d = get_penilaian(k.db, k.admin, kasi, TW1)
    assert (d.predikat, d.di_override, d.alasan_override, d.catatan) == (
        Predikat.BAIK, False, "", "")


def test_an_override_without_a_reason_refuses_all(rantai: Rantai) -> None:  # noqa: F811
    k, skp = rantai
    nilai(k.db, k.admin, skp["kabid"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
          catatan="Tetap", today=SETELAH_TW1)
    before = keadaan(k.db)
    with pytest.raises(ValidationError,
                       match=r"Budi Santoso \(NIP 198501012010011003\): Predikat menurut "
                             r"matriks adalah Baik; untuk menetapkan Sangat Baik tuliskan "
                             r"alasannya"):
        nilai_massal(k.db, k.admin, TAHUN, TW1, [
            ItemPenilaian(skp["kabid"].id, A, A, catatan=""),
            ItemPenilaian(skp["kasi"].id, S, S, predikat_override=Predikat.SANGAT_BAIK,
                          alasan_override="bagus")], today=SETELAH_TW1)
    assert keadaan(k.db) == before
    with pytest.raises(ValidationError, match=r"Budi Santoso.*Alasan perubahan predikat diisi"):
        nilai_massal(k.db, k.admin, TAHUN, TW1, [
            ItemPenilaian(skp["kasi"].id, S, S, alasan_override=ALASAN)], today=SETELAH_TW1)
    assert keadaan(k.db) == before
    assert get_penilaian(k.db, k.admin, skp["kabid"].id, TW1).catatan == "Tetap"
