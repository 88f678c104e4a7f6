"""Tindak lanjut (issue 4 point 6): training needs from competency gaps and low ratings,
award candidates, angka kredit of fungsional pegawai (fixtures/angka_kredit.json through
the service), and the Excel export of each list."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kinerja_desktop.domain.jabatan import JenjangFungsional
from kinerja_desktop.domain.kompetensi import JenisKompetensi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.kompetensi import (
    KompetensiInput,
    daftar_bawaan,
    simpan_evaluasi_kompetensi,
)
from kinerja_desktop.services.tindak_lanjut import (
    SUMBER_KOMPETENSI,
    SUMBER_PENILAIAN,
    bulan_penilaian,
    calon_penghargaan,
    daftar_angka_kredit,
    ekspor_angka_kredit,
    ekspor_calon_penghargaan,
    ekspor_kebutuhan_pelatihan,
    kebutuhan_pelatihan,
)
from kinerja_desktop.storage.engine import Database
from tests.services.test_skp_service import TAHUN, build_kantor
from tests.services.tindak_lanjut_fixtures import TW1, Dinilai, nilai_tahunan

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "angka_kredit.json"
HARI = dt.date(TAHUN + 1, 1, 5)


@pytest.fixture
def dinilai(site_db: Database, admin: Actor) -> Dinilai:
    return nilai_tahunan(build_kantor(site_db, admin))


def test_angka_kredit_vectors_through_the_service(dinilai: Dinilai) -> None:
    k = dinilai.kantor
    cases = json.loads(FIXTURE.read_text())["cases"]
    rows = {r.nama: r for r in daftar_angka_kredit(k.db, k.admin, TAHUN, today=HARI)}
    # Siti: a full year Sangat Baik; Yusuf: November–December Baik (the two vectors).
    siti, yusuf = rows["Siti Aminah, S.Kom."], rows["Yusuf Hasibuan"]
    for row, case in zip((siti, yusuf), cases, strict=True):
        assert row.jenjang is JenjangFungsional(case["jenjang"])
        assert row.predikat is Predikat(case["predikat"])
        assert row.bulan == case["bulan"]
        assert row.angka_kredit == Decimal(case["angka_kredit"])
    assert (yusuf.mulai, yusuf.selesai) == (dt.date(TAHUN, 11, 1), dt.date(TAHUN, 12, 31))
    assert siti.koefisien == Decimal("12.5") and siti.persentase == Decimal(150)
    # Struktural pegawai (kadis, kabid, kasi) are not listed.
    assert set(rows) == {"Siti Aminah, S.Kom.", "Yusuf Hasibuan"}


def test_angka_kredit_lists_fungsional_without_annual_rating(
        site_db: Database, admin: Actor) -> None:
    k = build_kantor(site_db, admin)
    rows = daftar_angka_kredit(k.db, k.admin, TAHUN, unit_id=k.units["1.1"], today=HARI)
    assert [(r.nama, r.angka_kredit) for r in rows] == [
        ("Siti Aminah, S.Kom.", None), ("Yusuf Hasibuan", None)]
    assert "Belum ada penilaian tahunan" in rows[0].keterangan
    assert daftar_angka_kredit(k.db, k.admin, TAHUN, unit_id=k.units["1.2"], today=HARI) == []


@pytest.mark.parametrize(("mulai", "selesai", "bulan"), [
    (dt.date(2025, 1, 1), dt.date(2025, 12, 31), 12),
    (dt.date(2025, 1, 1), dt.date(2025, 2, 28), 2),
    (dt.date(2025, 1, 1), dt.date(2025, 3, 15), 3),   # mutasi on the 15th: March here
    (dt.date(2025, 3, 16), dt.date(2025, 12, 31), 9),  # ... and not there
    (dt.date(2025, 1, 16), dt.date(2025, 2, 10), 0),
])
def test_months_of_a_period(mulai: dt.date, selesai: dt.date, bulan: int) -> None:
    assert bulan_penilaian(mulai, selesai) == bulan


def test_training_needs_from_gaps_and_low_ratings_by_priority(dinilai: Dinilai) -> None:
    k = dinilai.kantor
    kasi = k.akun("kasi", Role.PENILAI)
    items = daftar_bawaan()
    items[2] = KompetensiInput(JenisKompetensi.MANAJERIAL, "Komunikasi", 3, 2)
    items.append(KompetensiInput(JenisKompetensi.TEKNIS, "Pengembangan Kurikulum", 4, 1))
    simpan_evaluasi_kompetensi(k.db, kasi, k.ids["staf"], TAHUN, items,
                               expected_version=None, today=HARI)
    rows = kebutuhan_pelatihan(k.db, k.admin, TAHUN, today=HARI)
    # Budi (Butuh Perbaikan, hasil kerja Di Bawah) before Siti (gaps 3 and 1).
    assert [p.nama for p in rows] == ["Budi Santoso", "Siti Aminah, S.Kom."]
    budi, siti = rows
    assert [(n.sumber, n.kebutuhan, n.tingkat) for n in budi.kebutuhan] == [
        (SUMBER_PENILAIAN, "Perbaikan kinerja (predikat Butuh Perbaikan)", "Sedang"),
        (SUMBER_PENILAIAN, "Peningkatan capaian hasil kerja", "Sedang"),
    ]
    assert "rencana peningkatan kinerja" in budi.kebutuhan[0].saran
    assert budi.kebutuhan[1].rincian == "Rating hasil kerja tahunan: Di Bawah Ekspektasi."
    assert [(n.kebutuhan, n.rincian) for n in siti.kebutuhan] == [
        ("Pengembangan Kurikulum (Teknis)", "Standar 4, nilai 1: kesenjangan 3 level."),
        ("Komunikasi (Manajerial)", "Standar 3, nilai 2: kesenjangan 1 level."),
    ]
    assert siti.kebutuhan[0].sumber == SUMBER_KOMPETENSI
    assert "bimbingan teknis (bimtek) bidang Pengembangan Kurikulum" in siti.kebutuhan[0].saran
    assert "klasikal" in siti.kebutuhan[0].saran and "coaching" in siti.kebutuhan[1].saran
    assert siti.prioritas == 9 and budi.prioritas == 20

    # The unit filter includes sub-units; Bidang Sarana has nobody.
    assert [p.nama for p in kebutuhan_pelatihan(k.db, k.admin, TAHUN, unit_id=k.units["1.1"],
                                                today=HARI)] == [p.nama for p in rows]
    assert kebutuhan_pelatihan(k.db, k.admin, TAHUN, unit_id=k.units["1.2"], today=HARI) == []
    # A chosen period: TW1 only rated Siti, Di Atas → no need from ratings, gaps stay.
    tw1 = kebutuhan_pelatihan(k.db, k.admin, TAHUN, periode_key=TW1, today=HARI)
    assert [p.nama for p in tw1] == ["Siti Aminah, S.Kom."]
    # A pegawai sees only himself; his penilai sees his people.
    assert [p.nama for p in kebutuhan_pelatihan(k.db, k.akun("staf"), TAHUN, today=HARI)] == [
        "Siti Aminah, S.Kom."]
    assert kebutuhan_pelatihan(k.db, k.akun("staf2"), TAHUN, today=HARI) == []
    assert [p.nama for p in kebutuhan_pelatihan(k.db, kasi, TAHUN, today=HARI)] == [
        "Budi Santoso", "Siti Aminah, S.Kom."]


def test_award_candidates(dinilai: Dinilai) -> None:
    k = dinilai.kantor
    rows = calon_penghargaan(k.db, k.admin, TAHUN, today=HARI)
    assert [(c.nama, c.predikat) for c in rows] == [("Siti Aminah, S.Kom.",
                                                     Predikat.SANGAT_BAIK)]
    assert "Sangat Baik" in rows[0].alasan
    # Siti is the only one rated Di Atas in every period (TW1): no one new with konsisten.
    assert calon_penghargaan(k.db, k.admin, TAHUN, konsisten=True, today=HARI) == rows
    assert calon_penghargaan(k.db, k.admin, TAHUN, unit_id=k.units["1.2"], today=HARI) == []


def test_consistent_di_atas_is_a_candidate_when_asked(dinilai: Dinilai) -> None:
    from kinerja_desktop.services.penilaian import nilai
    from tests.services.tindak_lanjut_fixtures import A, B

    k = dinilai.kantor
    nilai(k.db, k.akun("kasi", Role.PENILAI), dinilai.skp["staf"].id, f"{TAHUN}-TAHUNAN",
          rating_hasil_kerja=A, rating_perilaku=B, today=HARI)  # Kurang/Misconduct
    assert calon_penghargaan(k.db, k.admin, TAHUN, today=HARI) == []
    rows = calon_penghargaan(k.db, k.admin, TAHUN, konsisten=True, today=HARI)
    assert [(c.nama, c.predikat) for c in rows] == [("Siti Aminah, S.Kom.", Predikat.KURANG)]
    assert "semua 1 periode" in rows[0].alasan


def test_exports_write_real_workbooks(dinilai: Dinilai, tmp_path: Path) -> None:
    k = dinilai.kantor
    ak = ekspor_angka_kredit(k.db, k.admin, TAHUN, tmp_path / "ak.xlsx", unit_label="Dinas")
    ws = load_workbook(ak).active
    assert ws is not None
    assert ws["A1"].value == f"ANGKA KREDIT JABATAN FUNGSIONAL TAHUN {TAHUN}"
    assert [c.value for c in ws[4]][:3] == ["No", "NIP", "Nama"]
    assert ws.freeze_panes == "C5"
    data = {ws.cell(r, 3).value: ws.cell(r, 12).value for r in range(5, ws.max_row + 1)}
    assert data == {"Siti Aminah, S.Kom.": 18.75, "Yusuf Hasibuan": 2.08}
    kp = load_workbook(ekspor_kebutuhan_pelatihan(k.db, k.admin, TAHUN,
                                                  tmp_path / "kp.xlsx")).active
    assert kp is not None and kp.cell(5, 3).value == "Budi Santoso"
    cp = load_workbook(ekspor_calon_penghargaan(k.db, k.admin, TAHUN,
                                                tmp_path / "cp.xlsx")).active
    assert cp is not None and cp.cell(5, 6).value == "Sangat Baik"
    from kinerja_desktop.domain.errors import UserError

    with pytest.raises(UserError, match=r"harus berakhiran \.xlsx"):
        ekspor_angka_kredit(k.db, k.admin, TAHUN, tmp_path / "ak.csv")
