"""`kinerja penilaian export|import` and `kinerja rekap export` through the real entry point,
on a real SQLite file (TAHUN is a past year, so every period has ended today)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kinerja_desktop.cli import main
from kinerja_desktop.documents.penilaian_workbook import SHEET
from kinerja_desktop.documents.rekap_workbook import REKAP_SHEET
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.database import open_database
from kinerja_desktop.storage.models import EvaluasiPeriode, Outbox
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE
from tests.services.test_penilaian_excel import tambah_staf
from tests.services.test_skp_service import NIP, TAHUN, build_kantor, tetapkan_rantai

TW1 = f"{TAHUN}-TW1"


@pytest.fixture
def office_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A site initialised through the CLI with the office of the assessment tests; the kasi
    (penilai of Siti and Yusuf) has an account with the admin's password."""
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "k.sqlite"
    assert main(["--db", str(path), "init", "--site-code", "BKD-LPG", "--site-name",
                 "Dinas Pendidikan Kabupaten Contoh", "--role", "office"]) == 0
    db, _ = open_database(path)
    try:
        admin = login(db, "admin", ADMIN_PASSWORD)
        k = build_kantor(db, admin)
        tambah_staf(k, tetapkan_rantai(k))
        create_account(db, admin, "kasi", ADMIN_PASSWORD, Role.PENILAI, NIP["kasi"])
    finally:
        db.dispose()
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def evaluasi_state(path: Path) -> tuple[Any, ...]:
    db, _ = open_database(path)
    try:
        with db.read() as s:
            rows = sorted((str(e.skp_id), e.version, e.predikat) for e in s.scalars(
                select(EvaluasiPeriode)))
            return (s.scalar(select(func.count()).select_from(Outbox)), tuple(map(str, rows)))
    finally:
        db.dispose()


def test_penilai_exports_fills_and_imports(office_db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out = tmp_path / "lembar.xlsx"
    assert run(office_db, "--user", "kasi", "--json", "penilaian", "export", "--periode", TW1,
               "-o", str(out)) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["jumlah"], data["penilai_nip"], data["periode_key"]) == (2, NIP["kasi"], TW1)
    wb = load_workbook(out)
    ws = wb[SHEET]
    assert [ws["B3"].value, ws["B4"].value] == [NIP["staf"], NIP["staf2"]]
    ws["H3"], ws["I3"] = "Di Atas Ekspektasi", "Di Atas Ekspektasi"
    wb.save(out)
    assert run(office_db, "--user", "kasi", "penilaian", "import", str(out),
               "--periode", TW1) == 0
    assert capsys.readouterr().out.strip() == (
        f"Impor selesai ({TW1}): 1 pegawai dinilai, 0 tidak berubah, 1 dilewati "
        "(rating kosong).")
    assert run(office_db, "--json", "rekap", "export", "--unit", "1.1.1", "--periode", TW1,
               "-o", str(tmp_path / "rekap.xlsx")) == 0
    rekap = json.loads(capsys.readouterr().out)
    assert (rekap["pegawai"], rekap["dinilai"], rekap["belum_dinilai"]) == (3, 1, 2)
    assert rekap["distribusi"]["Sangat Baik"] == {"jumlah": 1, "persen": "100.00"}
    assert rekap["predikat_organisasi"] is None
    rows = list(load_workbook(tmp_path / "rekap.xlsx")[REKAP_SHEET].iter_rows(
        min_row=7, values_only=True))
    assert [(r[1], r[7]) for r in rows] == [
        (NIP["kasi"], None), (NIP["staf"], "Sangat Baik"), (NIP["staf2"], None)]


def test_rejected_workbook_lists_rows_and_changes_nothing(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lembar.xlsx"
    assert run(office_db, "penilaian", "export", "--periode", TW1, "--penilai", NIP["kasi"],
               "-o", str(out)) == 0
    assert "Lembar penilaian 2025-TW1 penilai NIP" in capsys.readouterr().out
    wb = load_workbook(out)
    ws = wb[SHEET]
    ws["B3"] = "199912312020121001"
    ws["H4"], ws["I4"] = "Luar biasa", "1"
    ws["B5"], ws["H5"], ws["I5"] = NIP["kabid2"], "1", "1"
    wb.save(out)
    before = evaluasi_state(office_db)
    assert run(office_db, "penilaian", "import", str(out)) == 1
    err = capsys.readouterr().err
    assert "Impor ditolak, tidak ada yang diubah" in err and "(3 kesalahan)" in err
    assert "Lembar Penilaian, baris 3, kolom B (NIP): NIP diubah" in err
    assert "Lembar Penilaian, baris 4, kolom H (Rating Hasil Kerja): Rating 'Luar biasa'" in err
    assert "Lembar Penilaian, baris 5, kolom B (NIP): Baris tambahan" in err
    assert run(office_db, "--json", "penilaian", "import", str(out)) == 1
    data = json.loads(capsys.readouterr().out)
    assert "Tidak ada data yang diubah" in data["error"] and len(data["errors"]) == 3
    # Another period than the file's, and a penilai who does not assess them.
    assert run(office_db, "penilaian", "import", str(out), "--periode", f"{TAHUN}-TW2") == 1
    assert "bukan periode 2025-TW2 yang dipilih" in capsys.readouterr().err
    assert evaluasi_state(office_db) == before


def test_usage_errors(office_db: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(office_db, "penilaian", "export", "-o", str(tmp_path / "a.xlsx")) == 2
    assert "memerlukan --periode" in capsys.readouterr().err
    assert run(office_db, "penilaian", "import") == 2
    with pytest.raises(SystemExit) as exit_info:
        run(office_db, "penilaian", "export", "--periode", TW1, "--penilai", NIP["kasi"],
            "--unit", "1.1", "-o", str(tmp_path / "a.xlsx"))
    assert exit_info.value.code == 2
    capsys.readouterr()
    assert run(office_db, "rekap", "export", "--unit", "9.9", "--periode", TW1, "-o",
               str(tmp_path / "r.xlsx")) == 1
    assert "Unit kerja dengan kode 9.9 tidak terdaftar" in capsys.readouterr().err
    assert run(office_db, "rekap", "export", "--unit", "1.1", "--periode", "2025-TW9", "-o",
               str(tmp_path / "r.xlsx")) == 1
    assert "Periode '2025-TW9' tidak ada pada tahun 2025" in capsys.readouterr().err
