"""The penilai's grid as a workbook (issue 4 point 5): export, fill in, import; every bad
file is refused with a message naming sheet, row and column, and nothing changes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_desktop.documents.penilaian_workbook import META_SHEET, SHEET
from kinerja_desktop.domain.errors import PermissionDenied, UserError, ValidationError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.pegawai_excel import export_template
from kinerja_desktop.services.penilaian import get_penilaian, nilai
from kinerja_desktop.services.penilaian_excel import (
    ImportRejected,
    WorkbookError,
    ekspor_lembar_penilaian,
    impor_lembar_penilaian,
)
from kinerja_desktop.services.skp import SkpDetail
from tests import cetakan
from tests.services.test_penilaian import SETELAH_TW1, TW1, keadaan, rantai  # noqa: F401
from tests.services.test_skp_service import (
    NIP,
    TAHUN,
    Kantor,
    isi_lengkap,
    skp_dengan_isi,
)

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
Rantai = tuple[Kantor, dict[str, SkpDetail]]
TW2 = f"{TAHUN}-TW2"


@pytest.fixture
def kantor_staf(rantai: Rantai) -> Rantai:  # noqa: F811
    """The chain of test_penilaian plus ditetapkan SKPs of Siti and Yusuf, rated by the kasi."""
    k, skp = rantai
    return k, tambah_staf(k, skp)


def tambah_staf(k: Kantor, skp: dict[str, SkpDetail]) -> dict[str, SkpDetail]:
    """Adds the staff's ditetapkan SKPs to ``skp`` (and returns it)."""
    skp.update(_tambah_staf(k, skp))
    return skp


@cetakan.bersama
def _tambah_staf(k: Kantor, skp: dict[str, SkpDetail]) -> dict[str, SkpDetail]:
    """(Copied from a template when ``k.db`` is in a known state: see tests.cetakan.)"""
    from kinerja_desktop.services.skp_workflow import ajukan, tetapkan

    skp = dict(skp)
    for who in ("staf", "staf2"):
        d = skp_dengan_isi(k, who, isi_lengkap(rhk_id=skp["kasi"].isi.rhk[0].id,
                                              uraian=f"RHK {who}", tambahan=True))
        ajukan(k.db, k.akun(who), d.id)
        skp[who] = tetapkan(k.db, k.akun("kasi", Role.PENILAI), d.id, tempat="Kota Agung",
                            tanggal=dt.date(TAHUN, 1, 25))
    return skp


def ekspor_kasi(k: Kantor, tmp_path: Path, name: str = "kasi.xlsx") -> Path:
    out = tmp_path / name
    res = ekspor_lembar_penilaian(k.db, k.akun("kasi", Role.PENILAI), TW1, out)
    assert res.jumlah == 2 and res.penilai_nip == NIP["kasi"] and res.periode_key == TW1
    return out


def ubah(path: Path, edit: Callable[[Worksheet], object]) -> Path:
    wb = load_workbook(path)
    edit(wb[SHEET])
    wb.save(path)
    return path


def test_export_layout_dropdown_protection_and_meta(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, _ = kantor_staf
    out = ekspor_kasi(k, tmp_path)
    wb = load_workbook(out)
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == [
        "No", "NIP", "Nama", "Jabatan", "Kode Unit", "Periode", "Status",
        "Rating Hasil Kerja", "Rating Perilaku", "Predikat Menurut Matriks",
        "Predikat Ditetapkan", "Alasan Perubahan Predikat", "Catatan/Rekomendasi"]
    assert [(c.value) for c in ws[3]][:7] == [
        1, NIP["staf"], "Siti Aminah, S.Kom.", "Analis Kurikulum Ahli Pertama", "1.1.1", TW1,
        "Belum diisi"]
    assert ws["B4"].value == NIP["staf2"] and ws["B3"].number_format == "@"
    # Identity locked; ratings, predikat ditetapkan, reason and catatan unlocked; the
    # sheet is protected without a password.
    assert ws.protection.sheet and not ws.protection.password
    assert ws["B3"].protection.locked and not ws["H3"].protection.locked
    assert ws["J3"].protection.locked
    assert not any(ws[f"{c}4"].protection.locked for c in "IKLM")
    assert [ws[f"{c}3"].value for c in "KLM"] == [None, None, None]
    dv, predikat_dv = ws.data_validations.dataValidation
    assert dv.formula1 == '"Di Atas Ekspektasi,Sesuai Ekspektasi,Di Bawah Ekspektasi"'
    assert str(dv.sqref) == "H3:H4 I3:I4"
    assert predikat_dv.formula1 == (
        '"Sangat Baik,Baik,Butuh Perbaikan,Kurang/Misconduct,Sangat Kurang"')
    assert str(predikat_dv.sqref) == "K3:K4" and predikat_dv.allow_blank
    formula = ws["J3"].value
    assert formula.startswith("=IFERROR(INDEX(") and "H3" in formula and "I3" in formula
    assert '"Kurang/Misconduct"' in formula
    meta = {r[0].value: r[1].value for r in wb[META_SHEET].iter_rows(max_row=13)}
    assert wb[META_SHEET].sheet_state == "hidden"
    assert (meta["periode"], meta["penilai_nip"], meta["unit_kode"] or "", meta["tahun"]) == (
        TW1, NIP["kasi"], "", str(TAHUN))
    assert meta["dibuat_oleh"] == "kasi" and meta["dibuat"].endswith("+00:00")


def test_round_trip_sets_the_ratings(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, skp = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    out = ekspor_kasi(k, tmp_path)

    def isi(ws: Worksheet) -> None:
        ws["H3"], ws["I3"] = "Di Atas Ekspektasi", "sesuai ekspektasi"
        ws["H4"], ws["I4"] = 3, "2"  # the grid's keys, typed as a number and as text

    ubah(out, isi)
    res = impor_lembar_penilaian(k.db, kasi, out, periode_key=TW1, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap, res.dilewati, res.periode_key) == (2, 0, 0, TW1)
    siti = get_penilaian(k.db, kasi, skp["staf"].id, TW1)
    yusuf = get_penilaian(k.db, kasi, skp["staf2"].id, TW1)
    assert (siti.rating_hasil_kerja, siti.rating_perilaku, siti.predikat) == (
        A, S, Predikat.BAIK)
    assert (yusuf.rating_hasil_kerja, yusuf.rating_perilaku, yusuf.predikat) == (
        B, S, Predikat.BUTUH_PERBAIKAN)
    assert siti.tanggal_penilaian == SETELAH_TW1

    # Exported again: the saved ratings come back; unchanged rows are left alone.
    again = ekspor_kasi(k, tmp_path, "lagi.xlsx")
    ws = load_workbook(again)[SHEET]
    assert (ws["H3"].value, ws["I3"].value, ws["G3"].value) == (
        "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Dinilai")
    ubah(again, lambda w: w.__setitem__("I4", "Di Atas Ekspektasi"))
    res = impor_lembar_penilaian(k.db, kasi, again, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap, res.dilewati) == (1, 1, 0)
    assert get_penilaian(k.db, kasi, skp["staf2"].id, TW1).predikat is Predikat.BUTUH_PERBAIKAN
    assert get_penilaian(k.db, kasi, skp["staf"].id, TW1).version == siti.version


def test_admin_exports_a_unit_and_blank_rows_are_skipped(kantor_staf: Rantai,
                                                        tmp_path: Path) -> None:
    k, skp = kantor_staf
    out = tmp_path / "seksi.xlsx"
    res = ekspor_lembar_penilaian(k.db, k.admin, TW1, out, unit_kode="1.1.1")
    assert (res.jumlah, res.unit_kode, res.penilai_nip) == (3, "1.1.1", "")
    ws = load_workbook(out)[SHEET]
    assert [ws[f"C{r}"].value for r in (3, 4, 5)] == [
        "Budi Santoso", "Siti Aminah, S.Kom.", "Yusuf Hasibuan"]
    ubah(out, lambda w: (w.__setitem__("H4", "1"), w.__setitem__("I4", "1")))
    res2 = impor_lembar_penilaian(k.db, k.admin, out, periode_key=TW1, unit_kode="1.1.1",
                                  today=SETELAH_TW1)
    assert (res2.dinilai, res2.tetap, res2.dilewati) == (1, 0, 2)
    assert get_penilaian(k.db, k.admin, skp["staf"].id, TW1).predikat is Predikat.SANGAT_BAIK
    assert get_penilaian(k.db, k.admin, skp["kasi"].id, TW1).predikat is None


def _nip(ws: Worksheet) -> None:
    ws["B3"] = "199912312020121001"
    ws["H3"], ws["I3"] = "1", "1"


def _extra(ws: Worksheet) -> None:
    ws["B5"], ws["C5"], ws["F5"], ws["H5"], ws["I5"] = (
        NIP["kabid2"], "Dewi Lestari", TW1, "1", "1")


def _period_cell(ws: Worksheet) -> None:
    ws["F4"] = TW2
    ws["H4"], ws["I4"] = "2", "2"


def _unit_cell(ws: Worksheet) -> None:
    ws["E3"] = "1.2"
    ws["H3"], ws["I3"] = "2", "2"


def _rating_text(ws: Worksheet) -> None:
    ws["H3"], ws["I3"] = "Baik sekali", "Sesuai Ekspektasi"
    ws["H4"], ws["I4"] = "Sesuai Ekspektasi", 5


def _half(ws: Worksheet) -> None:
    ws["H3"] = "Sesuai Ekspektasi"


@pytest.mark.parametrize(("edit", "expected"), [
    (_nip, [rf"Lembar {SHEET}, baris 3, kolom B \(NIP\): NIP diubah: semula {NIP['staf']}, "
            r"sekarang 199912312020121001"]),
    (_extra, [rf"Lembar {SHEET}, baris 5, kolom B \(NIP\): Baris tambahan: NIP "
              rf"{NIP['kabid2']} tidak ada di lembar yang diekspor"]),
    (_period_cell, [rf"baris 4, kolom F \(Periode\): Periode {TW2} berbeda dengan periode "
                    rf"lembar ini \({TW1}\)"]),
    (_unit_cell, [r"baris 3, kolom E \(Kode Unit\): Kode unit 1.2 berbeda dengan unit SKP "
                  r"Siti Aminah, S.Kom. \(1.1.1\)"]),
    (_rating_text, [r"baris 3, kolom H \(Rating Hasil Kerja\): Rating 'Baik sekali' tidak "
                    r"dikenal",
                    r"baris 4, kolom I \(Rating Perilaku\): Rating '5' tidak dikenal"]),
    (_half, [r"baris 3, kolom I \(Rating Perilaku\): Lengkapi kedua rating"]),
], ids=["nip-diubah", "baris-tambahan", "periode-lain", "unit-lain", "rating-salah",
        "setengah"])
def test_bad_rows_are_refused_and_nothing_changes(
    kantor_staf: Rantai, tmp_path: Path, edit: Callable[[Worksheet], None],
    expected: list[str],
) -> None:
    k, _ = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    out = ubah(ekspor_kasi(k, tmp_path), edit)
    before = keadaan(k.db)
    with pytest.raises(ImportRejected) as info:
        impor_lembar_penilaian(k.db, kasi, out, periode_key=TW1, today=SETELAH_TW1)
    assert "Tidak ada data yang diubah" in info.value.message
    texts = [str(e) for e in info.value.errors]
    assert len(texts) == len(expected), texts
    for pattern, text in zip(expected, texts, strict=True):
        assert re.search(pattern, text), text
    assert keadaan(k.db) == before


ALASAN = "Menyelesaikan kurikulum darurat di luar rencana kerja"


def test_round_trip_with_an_override_its_reason_and_a_catatan(kantor_staf: Rantai,
                                                              tmp_path: Path) -> None:
    k, skp = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    out = ekspor_kasi(k, tmp_path)

    def isi(ws: Worksheet) -> None:
        ws["H3"], ws["I3"], ws["K3"], ws["L3"] = "2", "2", "Sangat Baik", ALASAN
        ws["M3"] = "Diusulkan ikut diklat kepemimpinan"
        ws["H4"], ws["I4"], ws["M4"] = "2", "2", "=Perlu pendampingan"
        ws["M4"].data_type = "s"  # typed as text (a leading ' in Excel), not a formula

    ubah(out, isi)
    res = impor_lembar_penilaian(k.db, kasi, out, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap, res.dilewati) == (2, 0, 0)
    siti = get_penilaian(k.db, kasi, skp["staf"].id, TW1)
    assert (siti.predikat_matriks, siti.predikat, siti.alasan_override, siti.catatan) == (
        Predikat.BAIK, Predikat.SANGAT_BAIK, ALASAN, "Diusulkan ikut diklat kepemimpinan")
    yusuf = get_penilaian(k.db, kasi, skp["staf2"].id, TW1)
    assert not yusuf.di_override and yusuf.catatan == "=Perlu pendampingan"

    # Exported again: the override, its reason and the catatan come back as text.
    again = ekspor_kasi(k, tmp_path, "lagi.xlsx")
    ws = load_workbook(again)[SHEET]
    assert [ws[f"{c}3"].value for c in "KLM"] == [
        "Sangat Baik", ALASAN, "Diusulkan ikut diklat kepemimpinan"]
    assert [ws[f"{c}4"].value for c in "KLM"] == [None, None, "=Perlu pendampingan"]
    assert ws["M4"].data_type == "s"
    # Unchanged rows are left alone; the catatan alone changes a row; an emptied
    # predikat ditetapkan (with its reason) follows the matrix again.
    res = impor_lembar_penilaian(k.db, kasi, again, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap) == (0, 2)
    ubah(again, lambda w: w.__setitem__("M4", "Sudah didampingi"))
    res = impor_lembar_penilaian(k.db, kasi, again, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap) == (1, 1)
    assert get_penilaian(k.db, kasi, skp["staf2"].id, TW1).catatan == "Sudah didampingi"
    assert get_penilaian(k.db, kasi, skp["staf"].id, TW1).version == siti.version
    last = ekspor_kasi(k, tmp_path, "akhir.xlsx")

    def kosongkan(ws: Worksheet) -> None:
        ws["K3"], ws["L3"], ws["M3"] = None, None, None

    ubah(last, kosongkan)
    res = impor_lembar_penilaian(k.db, kasi, last, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap) == (1, 1)
    siti = get_penilaian(k.db, kasi, skp["staf"].id, TW1)
    assert (siti.predikat, siti.di_override, siti.alasan_override, siti.catatan) == (
        Predikat.BAIK, False, "", "")


def test_an_override_set_in_the_form_stays_when_only_ratings_change(
        kantor_staf: Rantai, tmp_path: Path) -> None:
    k, skp = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    nilai(k.db, kasi, skp["staf"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
          predikat_override=Predikat.SANGAT_BAIK, alasan_override=ALASAN, catatan="Catat",
          today=SETELAH_TW1)
    out = ekspor_kasi(k, tmp_path)
    ubah(out, lambda w: w.__setitem__("I3", "Di Bawah Ekspektasi"))
    res = impor_lembar_penilaian(k.db, kasi, out, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap, res.dilewati) == (1, 0, 1)
    d = get_penilaian(k.db, kasi, skp["staf"].id, TW1)
    assert (d.rating_perilaku, d.predikat_matriks, d.predikat, d.alasan_override,
            d.catatan) == (B, Predikat.KURANG, Predikat.SANGAT_BAIK, ALASAN, "Catat")

    # A file without the override columns (the first layout) keeps them too.
    old = ekspor_kasi(k, tmp_path, "lama.xlsx")

    def lama(ws: Worksheet) -> None:
        ws.delete_cols(11, 2)  # K, L: the catatan moves to K
        ws["J1"], ws["K1"] = "Predikat", "Catatan"
        ws["I3"] = "Sesuai Ekspektasi"

    ubah(old, lama)
    res = impor_lembar_penilaian(k.db, kasi, old, today=SETELAH_TW1)
    assert (res.dinilai, res.tetap, res.dilewati) == (1, 0, 1)
    d = get_penilaian(k.db, kasi, skp["staf"].id, TW1)
    assert (d.predikat_matriks, d.predikat, d.alasan_override, d.catatan) == (
        Predikat.BAIK, Predikat.SANGAT_BAIK, ALASAN, "Catat")


def _override_tanpa_alasan(ws: Worksheet) -> None:
    ws["H3"], ws["I3"], ws["K3"], ws["M3"] = "2", "2", "Sangat Baik", "Catatan baru"
    ws["H4"], ws["I4"] = "1", "1"


def _predikat_salah(ws: Worksheet) -> None:
    ws["H3"], ws["I3"], ws["K3"], ws["L3"] = "2", "2", "Istimewa", ALASAN


def _alasan_tanpa_predikat(ws: Worksheet) -> None:
    ws["H4"], ws["I4"], ws["L4"] = "2", "2", ALASAN


def _catatan_tanpa_rating(ws: Worksheet) -> None:
    ws["M4"] = "Belum dinilai tetapi dicatat"


@pytest.mark.parametrize(("edit", "expected"), [
    (_override_tanpa_alasan, [
        f"Lembar {SHEET}, baris 3, kolom L (Alasan Perubahan Predikat): Predikat menurut "
        "matriks adalah Baik; untuk menetapkan Sangat Baik tuliskan alasannya (paling "
        "sedikit 10 huruf)."]),
    (_predikat_salah, [
        f"Lembar {SHEET}, baris 3, kolom K (Predikat Ditetapkan): Predikat 'Istimewa' tidak "
        "dikenal; pilih salah satu: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, "
        "Sangat Kurang."]),
    (_alasan_tanpa_predikat, [
        f"Lembar {SHEET}, baris 4, kolom L (Alasan Perubahan Predikat): Alasan diisi tetapi "
        "Predikat Ditetapkan kosong. Pilih predikat yang ditetapkan, atau kosongkan alasan "
        "agar predikat mengikuti matriks."]),
    (_catatan_tanpa_rating, [
        f"Lembar {SHEET}, baris 4, kolom H (Rating Hasil Kerja): Isi kedua rating untuk "
        "menyimpan predikat ditetapkan, alasan atau catatan; predikat dan catatan disimpan "
        "bersama penilaiannya."]),
], ids=["override-tanpa-alasan", "predikat-salah", "alasan-tanpa-predikat",
        "catatan-tanpa-rating"])
def test_a_bad_override_or_catatan_is_refused_and_nothing_changes(
    kantor_staf: Rantai, tmp_path: Path, edit: Callable[[Worksheet], None],
    expected: list[str],
) -> None:
    k, skp = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    nilai(k.db, kasi, skp["staf"].id, TW1, rating_hasil_kerja=A, rating_perilaku=A,
          catatan="Catatan lama", today=SETELAH_TW1)
    out = ubah(ekspor_kasi(k, tmp_path), edit)
    before = keadaan(k.db)
    with pytest.raises(ImportRejected) as info:
        impor_lembar_penilaian(k.db, kasi, out, today=SETELAH_TW1)
    assert "Tidak ada data yang diubah" in info.value.message
    assert [str(e) for e in info.value.errors] == expected
    assert keadaan(k.db) == before
    assert get_penilaian(k.db, kasi, skp["staf"].id, TW1).catatan == "Catatan lama"


def test_another_period_unit_or_penilai_than_asked(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, _ = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    out = ubah(ekspor_kasi(k, tmp_path), _half)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=rf"lembar penilaian periode {TW1} \(TRIWULAN I "
                                              rf"{TAHUN}\), bukan periode {TW2} yang dipilih"):
        impor_lembar_penilaian(k.db, kasi, out, periode_key=TW2, today=SETELAH_TW1)
    with pytest.raises(ValidationError, match=r"untuk semua unit, bukan unit 1.2 yang dipilih"):
        impor_lembar_penilaian(k.db, kasi, out, unit_kode="1.2", today=SETELAH_TW1)
    seksi = tmp_path / "seksi.xlsx"
    ekspor_lembar_penilaian(k.db, k.admin, TW1, seksi, unit_kode="1.1.1")
    with pytest.raises(ValidationError,
                       match=r"untuk unit 1.1.1 \(Seksi Kurikulum\), bukan unit 1.2"):
        impor_lembar_penilaian(k.db, k.admin, seksi, unit_kode="1.2", today=SETELAH_TW1)
    with pytest.raises(ValidationError, match=rf"penilai Budi Santoso \(NIP {NIP['kasi']}\), "
                                              rf"bukan penilai NIP {NIP['kabid']}"):
        impor_lembar_penilaian(k.db, k.admin, out, penilai_nip=NIP["kabid"],
                               today=SETELAH_TW1)
    assert keadaan(k.db) == before


def test_a_penilai_who_does_not_assess_them_is_refused(kantor_staf: Rantai,
                                                      tmp_path: Path) -> None:
    k, _ = kantor_staf
    out = ekspor_kasi(k, tmp_path)
    ubah(out, lambda w: (w.__setitem__("H3", "1"), w.__setitem__("I3", "1")))
    before = keadaan(k.db)
    for who, role in (("kabid2", Role.PENILAI), ("staf", Role.PEGAWAI)):
        with pytest.raises(PermissionDenied,
                           match=rf"lembar penilaian penilai Budi Santoso \(NIP {NIP['kasi']}\);"
                                 rf" akun '{who}' hanya dapat mengimpor lembar penilaiannya"):
            impor_lembar_penilaian(k.db, k.akun(who, role), out, today=SETELAH_TW1)
    # An admin's file of the kasi's people, given to someone who does not assess them.
    admin_file = tmp_path / "admin.xlsx"
    ekspor_lembar_penilaian(k.db, k.admin, TW1, admin_file, penilai_nip=NIP["kasi"])
    with pytest.raises(PermissionDenied):
        impor_lembar_penilaian(k.db, k.akun("kabid2", Role.PENILAI), admin_file,
                               today=SETELAH_TW1)
    # Nobody to export for a penilai without pegawai.
    with pytest.raises(ValidationError, match="Tidak ada SKP ditetapkan yang dinilai oleh "
                                              "penilai Dewi Lestari"):
        ekspor_lembar_penilaian(k.db, k.admin, TW1, tmp_path / "x.xlsx",
                                penilai_nip=NIP["kabid2"])
    with pytest.raises(PermissionDenied, match="hanya dapat mengekspor lembar penilaiannya"):
        ekspor_lembar_penilaian(k.db, k.akun("kabid2", Role.PENILAI), TW1,
                                tmp_path / "y.xlsx", penilai_nip=NIP["kasi"])
    assert keadaan(k.db) == before


def test_a_period_that_has_not_ended_is_refused(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, _ = kantor_staf
    out = ubah(ekspor_kasi(k, tmp_path),
               lambda w: (w.__setitem__("H3", "1"), w.__setitem__("I3", "1")))
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"Impor kasi.xlsx dibatalkan: Periode TRIWULAN I "
                                              rf"baru berakhir 31-03-{TAHUN}"):
        impor_lembar_penilaian(k.db, k.akun("kasi", Role.PENILAI), out,
                               today=dt.date(TAHUN, 3, 31))
    assert keadaan(k.db) == before


def test_rated_in_the_app_since_the_export(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, skp = kantor_staf
    kasi = k.akun("kasi", Role.PENILAI)
    out = ubah(ekspor_kasi(k, tmp_path),
               lambda w: (w.__setitem__("H4", "1"), w.__setitem__("I4", "1")))
    nilai(k.db, kasi, skp["staf2"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
          today=SETELAH_TW1)
    before = keadaan(k.db)
    with pytest.raises(ImportRejected,
                       match=r"Lembar Penilaian, baris 4: penilaian Yusuf Hasibuan .* sudah "
                             r"diubah di aplikasi sejak lembar ini diekspor"):
        impor_lembar_penilaian(k.db, kasi, out, today=SETELAH_TW1)
    assert keadaan(k.db) == before


def test_not_a_penilaian_workbook(kantor_staf: Rantai, tmp_path: Path) -> None:
    k, _ = kantor_staf
    template = export_template(tmp_path / "pegawai.xlsx")
    with pytest.raises(WorkbookError, match="judul kolom"):
        impor_lembar_penilaian(k.db, k.admin, template, today=SETELAH_TW1)
    out = ekspor_kasi(k, tmp_path)
    wb = load_workbook(out)
    del wb[META_SHEET]
    wb.save(out)
    with pytest.raises(WorkbookError, match="bukan lembar penilaian hasil ekspor aplikasi"):
        impor_lembar_penilaian(k.db, k.admin, out, today=SETELAH_TW1)
    with pytest.raises(UserError, match="Kode periode 'TW1' tidak dikenal"):
        ekspor_lembar_penilaian(k.db, k.admin, "TW1", tmp_path / "z.xlsx")
