"""The unit recap of a period (issue 4 point 5): rows and distribution checked against the
database, the curve of the unit's capaian organisasi, the workbook read back."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kinerja_desktop.documents.rekap_workbook import DISTRIBUSI_SHEET, HEADERS, REKAP_SHEET
from kinerja_desktop.domain.errors import PermissionDenied
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import stamp
from kinerja_desktop.services.penilaian_massal import nilai_massal
from kinerja_desktop.services.rekap import (
    TANPA_SKP,
    ekspor_rekap,
    rekap_unit,
    tulis_rekap,
    unit_rekap_terlihat,
)
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.storage.models import EvaluasiPeriode, PredikatOrganisasiUnit, Skp
from tests import cetakan
from tests.services.test_penilaian import SETELAH_TW1, TW1, rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_skp_service import NIP, TAHUN, Kantor

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
Rantai = tuple[Kantor, dict[str, SkpDetail]]


@pytest.fixture
def dinilai(kantor_staf: Rantai) -> Rantai:  # noqa: F811
    """Kasi Sangat Baik (by the kabid), Siti Baik and Yusuf Butuh Perbaikan (by the kasi);
    the kabid and the kadis have an SKP but no rating; the kabid2 has no SKP."""
    return _dinilai(*kantor_staf)


@cetakan.bersama
def _dinilai(k: Kantor, skp: dict[str, SkpDetail]) -> Rantai:
    nilai_massal(k.db, k.akun("kabid", Role.PENILAI), TAHUN, TW1, [(skp["kasi"].id, A, A)],
                 SETELAH_TW1)
    nilai_massal(k.db, k.akun("kasi", Role.PENILAI), TAHUN, TW1,
                 [(skp["staf"].id, S, S), (skp["staf2"].id, B, S)], SETELAH_TW1)
    return k, skp


def _organisasi(k: Kantor, unit: str, predikat: PredikatOrganisasi) -> None:
    with k.db.write() as s:
        row = PredikatOrganisasiUnit(unit_kerja_id=k.units[unit], periode_key=TW1,
                                     predikat=predikat, ditetapkan_oleh="admin",
                                     tanggal=SETELAH_TW1)
        s.add(row)
        stamp(s, row, new=True)


def test_rows_and_distribution_match_the_database(dinilai: Rantai) -> None:
    k, _ = dinilai
    r = rekap_unit(k.db, k.admin, k.units["1.1"], TW1)
    assert (r.unit_kode, r.periode_key, r.periode_label, r.sub_unit) == (
        "1.1", TW1, "TRIWULAN I", True)
    assert [(b.unit_kode, b.nip, b.predikat, b.status) for b in r.baris] == [
        ("1.1", NIP["kabid"], None, "Belum diisi"),
        ("1.1.1", NIP["kasi"], Predikat.SANGAT_BAIK, "Dinilai"),
        ("1.1.1", NIP["staf"], Predikat.BAIK, "Dinilai"),
        ("1.1.1", NIP["staf2"], Predikat.BUTUH_PERBAIKAN, "Dinilai"),
    ]
    with k.db.read() as s:
        saved = {e.skp_id: (e.rating_hasil_kerja, e.rating_perilaku, e.predikat)
                 for e in s.scalars(select(EvaluasiPeriode).where(
                     EvaluasiPeriode.periode_key == TW1))}
    for b in r.baris:
        assert b.skp_id is not None
        assert (b.rating_hasil_kerja, b.rating_perilaku, b.predikat) == saved.get(
            b.skp_id, (None, None, None))
    assert r.baris[2].jabatan == "Analis Kurikulum Ahli Pertama"
    assert r.baris[2].nama == "Siti Aminah, S.Kom."
    assert {d.predikat: (d.jumlah, d.persen) for d in r.distribusi} == {
        Predikat.SANGAT_BAIK: (1, Decimal("33.33")), Predikat.BAIK: (1, Decimal("33.33")),
        Predikat.BUTUH_PERBAIKAN: (1, Decimal("33.33")), Predikat.KURANG: (0, Decimal("0.00")),
        Predikat.SANGAT_KURANG: (0, Decimal("0.00"))}
    assert (r.jumlah, r.dinilai, r.belum_dinilai, r.tanpa_skp) == (4, 3, 1, 0)
    assert r.predikat_organisasi is None and r.peringatan == ()
    assert "belum ditetapkan" in r.kurva_teks[0]

    only = rekap_unit(k.db, k.admin, k.units["1.1"], TW1, sub_unit=False)
    assert [b.nip for b in only.baris] == [NIP["kabid"]] and only.dinilai == 0
    whole = rekap_unit(k.db, k.admin, k.units["1"], TW1)
    assert whole.jumlah == 6 and whole.tanpa_skp == 1
    [tanpa] = [b for b in whole.baris if b.skp_id is None]
    assert (tanpa.nip, tanpa.status, tanpa.predikat) == (NIP["kabid2"], TANPA_SKP, None)


def test_curve_of_the_units_capaian_organisasi(dinilai: Rantai) -> None:
    k, _ = dinilai
    _organisasi(k, "1.1", PredikatOrganisasi.BUTUH_PERBAIKAN)
    r = rekap_unit(k.db, k.admin, k.units["1.1"], TW1)
    assert r.predikat_organisasi is PredikatOrganisasi.BUTUH_PERBAIKAN
    assert r.peringatan == (
        "Butuh Perbaikan paling sedikit 60% (2 dari 3 pegawai), saat ini 1 pegawai.",
        "Sangat Baik paling banyak 10% (0 dari 3 pegawai), saat ini 1 pegawai.")
    assert r.kurva_teks[:2] == ("Capaian kinerja organisasi: Butuh Perbaikan.",
                                "Peringatan (hanya pertimbangan):")
    _organisasi(k, "1.1.1", PredikatOrganisasi.BAIK)
    seksi = rekap_unit(k.db, k.admin, k.units["1.1.1"], TW1)
    assert seksi.predikat_organisasi is PredikatOrganisasi.BAIK and seksi.peringatan == ()
    assert seksi.kurva_teks[1] == "Distribusi sesuai pola kurva."


def test_workbook_read_back(dinilai: Rantai, tmp_path: Path) -> None:
    k, _ = dinilai
    _organisasi(k, "1.1", PredikatOrganisasi.BUTUH_PERBAIKAN)
    out = tmp_path / "rekap.xlsx"
    r = ekspor_rekap(k.db, k.admin, k.units["1.1"], TW1, out)
    wb = load_workbook(out)
    ws = wb[REKAP_SHEET]
    assert ws["A1"].value == "REKAPITULASI PENILAIAN KINERJA PEGAWAI"
    assert ws["B2"].value == "1.1 Bidang Pembinaan beserta sub-unit"
    assert ws["B3"].value == f"TRIWULAN I {TAHUN} ({TW1})"
    assert ws["A4"].value.startswith("Dibuat ") and ws["A4"].value.endswith(" oleh admin")
    assert tuple(c.value for c in ws[6]) == HEADERS
    table = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=7)]
    assert table == [
        (1, NIP["kabid"], "Rina Marlina", "Kepala Bidang Pembinaan", "1.1", None, None, None,
         "Belum diisi"),
        (2, NIP["kasi"], "Budi Santoso", "Kepala Seksi Kurikulum", "1.1.1",
         "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik", "Dinilai"),
        (3, NIP["staf"], "Siti Aminah, S.Kom.", "Analis Kurikulum Ahli Pertama", "1.1.1",
         "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik", "Dinilai"),
        (4, NIP["staf2"], "Yusuf Hasibuan", "Analis Kurikulum Ahli Pertama", "1.1.1",
         "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan", "Dinilai"),
    ]
    assert len(table) == r.jumlah
    ds = wb[DISTRIBUSI_SHEET]
    values = [tuple(c.value for c in row) for row in ds.iter_rows(min_row=5, max_col=3)]
    assert values[:7] == [
        ("Predikat", "Jumlah", "Persentase"),
        ("Sangat Baik", 1, "33,33%"), ("Baik", 1, "33,33%"), ("Butuh Perbaikan", 1, "33,33%"),
        ("Kurang/Misconduct", 0, "0,00%"), ("Sangat Kurang", 0, "0,00%"),
        ("Jumlah dinilai", 3, "100%"),
    ]
    texts = [v[0] for v in values if v[0]]
    assert ("Belum dinilai" in texts and "Capaian kinerja organisasi: Butuh Perbaikan." in texts)
    assert ("- Sangat Baik paling banyak 10% (0 dari 3 pegawai), saat ini 1 pegawai."
            in texts)
    # Without a capaian organisasi the table is printed and says why there is no check.
    seksi = rekap_unit(k.db, k.admin, k.units["1.1.1"], TW1, sub_unit=False)
    out2 = tulis_rekap(seksi, tmp_path / "seksi.xlsx", now=dt.datetime(2026, 11, 26, 10, 5))
    ws2 = load_workbook(out2)
    assert ws2[REKAP_SHEET]["A4"].value == "Dibuat 26 November 2026 10.05"
    assert ws2[REKAP_SHEET]["B2"].value == "1.1.1 Seksi Kurikulum (tanpa sub-unit)"
    last = [c.value for c in ws2[DISTRIBUSI_SHEET]["A"] if c.value][-1]
    assert "belum ditetapkan; distribusi tidak diperiksa terhadap kurva" in last


def test_who_may_see_a_units_recap(dinilai: Rantai, tmp_path: Path) -> None:
    k, _ = dinilai
    # The head of the Bidang sees it and the Seksi below; the kasi not the Bidang.
    assert rekap_unit(k.db, k.akun("kabid", Role.PENILAI), k.units["1.1.1"], TW1).jumlah == 3
    with pytest.raises(PermissionDenied, match="'kasi' tidak boleh melihat rekap penilaian "
                                               "unit Bidang Pembinaan"):
        rekap_unit(k.db, k.akun("kasi", Role.PENILAI), k.units["1.1"], TW1)
    with pytest.raises(PermissionDenied):
        ekspor_rekap(k.db, k.akun("staf"), k.units["1.1.1"], TW1, tmp_path / "r.xlsx")
    assert not (tmp_path / "r.xlsx").exists()
    # The same rule as a list of units (the Rapat Evaluasi page offers these).
    with k.db.read() as s:
        assert unit_rekap_terlihat(s, k.akun("kabid", Role.PENILAI)) == {
            k.units["1.1"], k.units["1.1.1"]}
        assert unit_rekap_terlihat(s, k.akun("kasi", Role.PENILAI)) == {k.units["1.1.1"]}
        assert unit_rekap_terlihat(s, k.akun("staf")) == set()
        assert unit_rekap_terlihat(s, k.admin) is None
        assert unit_rekap_terlihat(s, k.akun("staf", Role.OPERATOR)) is None


def _revisi(k: Kantor, skp_id: uuid.UUID, mulai: dt.date) -> uuid.UUID:
    """A second ditetapkan SKP of the same pegawai covering TW1 (a revision from ``mulai``)."""
    with k.db.write() as s:
        old = s.get(Skp, skp_id)
        assert old is not None
        row = Skp(id=uuid.uuid4(), pegawai_id=old.pegawai_id, tahun=old.tahun,
                  periode_mulai=mulai, periode_selesai=old.periode_selesai,
                  unit_kerja_id=old.unit_kerja_id, form_family=old.form_family,
                  pendekatan=old.pendekatan, status=old.status, penilai_id=old.penilai_id,
                  revisi_ke=old.revisi_ke + 1, parent_skp_id=old.id)
        s.add(row)
        stamp(s, row, new=True)
        return row.id


def test_one_row_per_pegawai_with_the_rated_or_latest_skp(dinilai: Rantai) -> None:
    """The recap is also the rapat evaluasi's agenda: one row per active pegawai, with the
    fields the agenda shows; a revised SKP does not count a pegawai twice."""
    k, skp = dinilai
    revisi_kasi = _revisi(k, skp["kasi"].id, dt.date(TAHUN, 2, 1))  # kasi: rated on the old
    revisi_kabid = _revisi(k, skp["kabid"].id, dt.date(TAHUN, 2, 1))  # kabid: none rated
    r = rekap_unit(k.db, k.admin, k.units["1.1"], TW1)
    assert [(b.nip, b.skp_id) for b in r.baris] == [
        (NIP["kabid"], revisi_kabid), (NIP["kasi"], skp["kasi"].id),
        (NIP["staf"], skp["staf"].id), (NIP["staf2"], skp["staf2"].id)]
    assert revisi_kasi not in {b.skp_id for b in r.baris}
    assert (r.jumlah, r.dinilai, r.belum_dinilai, r.tanpa_skp) == (4, 3, 1, 0)
    kasi = r.baris[1]
    assert (kasi.pegawai_id, kasi.unit_nama, kasi.status_evaluasi, kasi.predikat_label) == (
        k.ids["kasi"], "Seksi Kurikulum", StatusEvaluasi.DINILAI, "Sangat Baik")
    assert kasi.nip_teks.replace(" ", "") == kasi.nip and " " in kasi.nip_teks
    assert r.baris[0].status_evaluasi is StatusEvaluasi.BELUM_DIISI
    assert (r.mulai, r.selesai) == (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 3, 31))
    # An operator sees every unit's recap (as he prepares the rapat evaluasi).
    assert rekap_unit(k.db, k.akun("staf", Role.OPERATOR), k.units["1.1"], TW1) == r
