"""`kinerja skp export|import` through the real entry point, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kinerja_desktop.cli import main
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.database import open_database
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE
from tests.services.test_skp_excel import KABID, KEPALA, STAF, build_office, state


@pytest.fixture
def office_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An initialised site (through the CLI) with the office of the service tests."""
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "k.sqlite"
    assert main(["--db", str(path), "init", "--site-code", "BKD-LPG", "--site-name",
                 "Dinas Pendidikan Kabupaten Contoh", "--role", "office"]) == 0
    db, _ = open_database(path)
    try:
        build_office(db, login(db, "admin", ADMIN_PASSWORD))
    finally:
        db.dispose()
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def db_state(path: Path) -> tuple[Any, ...]:
    """state() without the audit count: every CLI call audits its login."""
    db, _ = open_database(path)
    try:
        outbox, _audit, *rest = state(db)
        return (outbox, *rest)
    finally:
        db.dispose()


def test_export_then_dry_run_then_import(office_db: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out = tmp_path / "siti.xlsx"
    assert run(office_db, "--json", "skp", "export", str(out), "--nip", STAF,
               "--year", "2026") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(out) and data["tahun"] == 2026
    assert load_workbook(out)["SKP"]["C9"].value == "19900101 201505 2 001"

    before = db_state(office_db)
    assert run(office_db, "skp", "import", str(out), "--dry-run") == 0
    text = capsys.readouterr().out
    assert "Pemeriksaan selesai (tanpa menyimpan)" in text
    assert "isi SKP draf akan diganti, 3 RHK, 6 IKI" in text
    assert db_state(office_db) == before

    assert run(office_db, "--json", "skp", "import", str(out), "--year", "2026") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["skp_id"] and data["nip"] == STAF and data["tahun"] == 2026
    assert (data["dibuat_baru"], data["dry_run"], data["rhk"], data["iki"]) == (
        False, False, 3, 6)


def test_export_many_into_a_folder(office_db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    folder = tmp_path / "semua"
    assert run(office_db, "--json", "skp", "export", "--out-dir", str(folder),
               "--year", "2026") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["jumlah"] == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        Path(f).name for f in data["files"])
    assert {Path(f).name.split("_")[2] for f in data["files"]} == {STAF, KABID, KEPALA}

    bidang = tmp_path / "bidang"
    bidang.mkdir()
    assert run(office_db, "skp", "export", "--out-dir", str(bidang), "--year", "2026",
               "--unit", "1.1") == 0
    assert "2 SKP tahun 2026 diekspor" in capsys.readouterr().out
    assert {p.name.split("_")[2] for p in bidang.iterdir()} == {STAF, KABID}


def test_rejected_import_lists_rows_and_changes_nothing(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "siti.xlsx"
    assert run(office_db, "skp", "export", str(out), "--nip", STAF, "--year", "2026") == 0
    wb = load_workbook(out)
    wb["SKP"]["C9"] = "199912312020121001"
    wb["SKP"]["F18"] = "dua belas laporan"
    wb.save(out)
    before = db_state(office_db)
    capsys.readouterr()
    assert run(office_db, "skp", "import", str(out)) == 1
    err = capsys.readouterr().err
    assert "Impor ditolak, tidak ada yang diubah" in err and "(2 kesalahan)" in err
    assert "Baris 9, kolom C (NIP): NIP 199912312020121001 tidak terdaftar" in err
    assert "Baris 18, kolom F (TARGET)" in err
    assert run(office_db, "--json", "skp", "import", str(out)) == 1
    data = json.loads(capsys.readouterr().out)
    assert "Tidak ada data yang diubah" in data["error"] and len(data["errors"]) == 2
    assert db_state(office_db) == before


def test_another_year_and_a_non_xlsx_file(office_db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "siti.xlsx"
    assert run(office_db, "skp", "export", str(out), "--nip", STAF, "--year", "2026") == 0
    capsys.readouterr()
    assert run(office_db, "skp", "import", str(out), "--year", "2027") == 1
    assert "SKP tahun 2026, bukan tahun 2027" in capsys.readouterr().err
    pdf = tmp_path / "scan.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert run(office_db, "skp", "import", str(pdf)) == 1
    assert "Kesalahan: File scan.xlsx adalah PDF" in capsys.readouterr().err
    assert run(office_db, "skp", "export", str(tmp_path / "x.xlsx"), "--nip",
               "199912312020121001", "--year", "2026") == 1
    assert "tidak terdaftar" in capsys.readouterr().err
    assert run(office_db, "skp", "export", str(tmp_path / "x.xlsx"), "--nip", STAF,
               "--year", "2030") == 1
    assert "belum memiliki SKP tahun 2030" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["skp", "export"],
    ["skp", "export", "a.xlsx"],
    ["skp", "export", "a.xlsx", "--nip", STAF, "--out-dir", "d"],
    ["skp", "import"],
    ["skp", "import", "a.xlsx", "--nip", STAF],
    ["skp", "export", "--out-dir", "d", "--dry-run"],
], ids=["nothing", "no-nip", "both", "import-no-file", "import-nip", "export-dry-run"])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str],
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "k.sqlite", *args) == 2
    assert "kesalahan pemakaian" in capsys.readouterr().err
