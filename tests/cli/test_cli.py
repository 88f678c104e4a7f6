"""The `kinerja` command: exit codes, secrets from the environment, JSON output."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    return monkeypatch


def _init(db: Path) -> int:
    return main(["--db", str(db), "init", "--site-code", "BKD-LPG", "--site-name",
                 "BKPSDM Kabupaten Lampung Selatan", "--role", "office"])


def test_init_then_db_check_in_json(env: pytest.MonkeyPatch, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    out = capsys.readouterr().out
    assert "Situs BKD-LPG" in out and "Sidik jari kunci" in out
    assert main(["--db", str(db), "--json", "db", "check"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["revision"] == data["head"]


def test_second_init_is_rejected_with_exit_1(env: pytest.MonkeyPatch, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    capsys.readouterr()
    assert _init(db) == 1
    assert "sudah disiapkan" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["init", "--role", "kecamatan"])
    assert exc.value.code == 2
    assert "kesalahan pemakaian" in capsys.readouterr().err


def test_wrong_password_exits_1_and_names_the_problem(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    env.setenv("KINERJA_PASSWORD", "bukan-sandinya")
    capsys.readouterr()
    assert main(["--db", str(db), "user", "list"]) == 1
    assert "kata sandi salah" in capsys.readouterr().err


def test_missing_secret_without_terminal_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KINERJA_PASSWORD", raising=False)
    with open(os.devnull) as no_terminal:
        monkeypatch.setattr("sys.stdin", no_terminal)
        assert main(["--db", str(tmp_path / "k.sqlite"), "user", "list"]) == 1
    assert "KINERJA_PASSWORD" in capsys.readouterr().err


def test_user_add_and_role_check(env: pytest.MonkeyPatch, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    env.setenv("KINERJA_NEW_PASSWORD", "sandi-operator-1")
    assert main(["--db", str(db), "user", "add", "operator1", "--role", "operator"]) == 0
    env.setenv("KINERJA_PASSWORD", "sandi-operator-1")
    capsys.readouterr()
    assert main(["--db", str(db), "--user", "operator1", "user", "add", "x",
                 "--role", "admin"]) == 1
    assert "tidak boleh membuat akun" in capsys.readouterr().err


def test_newer_database_is_refused_by_the_cli(env: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(db), "db", "check"]) == 1
    assert "lebih baru" in capsys.readouterr().err


def test_backup_writes_a_checked_copy(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    out = tmp_path / "cadangan" / "salinan.sqlite"
    assert main(["--db", str(db), "backup", "-o", str(out)]) == 0
    con = sqlite3.connect(out)
    assert con.execute("SELECT code FROM site").fetchone() == ("BKD-LPG",)
    con.close()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_database(
        env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    out = tmp_path / "salinan.sqlite"
    assert main(["--db", str(db), "backup", "-o", str(out)]) == 0
    con = sqlite3.connect(db)
    before = con.execute("SELECT incarnation_id FROM site").fetchone()
    con.execute("UPDATE site SET name = 'Diubah sesudah cadangan'")
    con.commit()
    con.close()
    # Not a backup: refused, nothing replaced.
    junk = tmp_path / "bukan.sqlite"
    junk.write_bytes(b"bukan basis data")
    assert main(["--db", str(db), "restore", str(junk)]) == 1
    assert main(["--db", str(db), "restore", str(out)]) == 0
    con = sqlite3.connect(db)
    name, incarnation = con.execute("SELECT name, incarnation_id FROM site").fetchone()
    con.close()
    assert name != "Diubah sesudah cadangan" and (incarnation,) != before
    [kept] = tmp_path.glob("k.sebelum-pulih-*.sqlite")
    con = sqlite3.connect(kept)
    assert con.execute("SELECT name FROM site").fetchone() == ("Diubah sesudah cadangan",)
    con.close()


def test_locked_database_gives_a_message_and_changes_nothing(
    env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kinerja_desktop.domain.roles import Role
    from kinerja_desktop.services.auth import create_account, list_accounts, login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.storage.errors import DatabaseLocked

    path = tmp_path / "k.sqlite"
    assert _init(path) == 0
    db, _ = open_database(path, busy_timeout_ms=50)
    admin = login(db, "admin", ADMIN_PASSWORD)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(DatabaseLocked, match="terkunci"):
            create_account(db, admin, "baru", "sandi-baru-123", Role.ADMIN)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [a.username for a in list_accounts(db, admin)] == ["admin"]
    db.dispose()


def test_demo_export_and_import_into_another_office(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert _init(source) == 0 and _init(target) == 0
    assert main(["--db", str(source), "demo", "--pegawai", "60"]) == 0
    book = tmp_path / "pegawai.xlsx"
    assert main(["--db", str(source), "--json", "pegawai", "export", str(book)]) == 0
    capsys.readouterr()
    assert main(["--db", str(target), "pegawai", "import", str(book), "--dry-run"]) == 0
    assert main(["--db", str(target), "--json", "user", "list"]) == 0
    capsys.readouterr()
    assert main(["--db", str(target), "pegawai", "import", str(book)]) == 0
    capsys.readouterr()
    again = tmp_path / "lagi.xlsx"
    assert main(["--db", str(target), "--json", "pegawai", "export", str(again)]) == 0
    assert json.loads(capsys.readouterr().out)["pegawai"] == 60
    # The same file a second time: every NIP exists, so it is refused with a hint.
    assert main(["--db", str(target), "pegawai", "import", str(book)]) == 1
    err = capsys.readouterr().err
    assert "sudah terdaftar" in err and "--perbarui" in err
    assert main(["--db", str(target), "pegawai", "import", str(book), "--perbarui"]) == 0


def test_import_of_a_file_that_is_not_xlsx_exits_1(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.sqlite"
    assert _init(db) == 0
    fake = tmp_path / "pegawai.xlsx"
    fake.write_text("NIP;Nama\n198609262015051001;Budi\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db), "pegawai", "import", str(fake)]) == 1
    assert "bukan file Excel" in capsys.readouterr().err
    assert main(["--db", str(db), "pegawai", "template", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").stat().st_size > 0
