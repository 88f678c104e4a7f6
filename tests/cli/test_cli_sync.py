"""`kinerja sync keys|enroll|accept` through the real entry point, on two SQLite files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def _migrated(template: Path, *files: Path) -> tuple[Path, ...]:
    """Database files that are copies of the migrated, empty template, for `init` to fill
    (what `init` does to a new path, migrating it, is tested in test_cli.py)."""
    for f in files:
        shutil.copyfile(template, f)
    return files


def _init(path: Path, code: str, role: str) -> None:
    assert main(["--db", str(path), "init", "--site-code", code, "--site-name",
                 f"Situs {code}", "--role", role]) == 0


def test_enroll_then_accept_with_the_fingerprint(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 _sqlite_template: Path) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    kantor, prov = _migrated(_sqlite_template, tmp_path / "kantor.sqlite",
                             tmp_path / "prov.sqlite")
    _init(kantor, "OPD-01", "office")
    _init(prov, "BKD-PROV", "province")
    capsys.readouterr()
    assert main(["--db", str(kantor), "--json", "sync", "enroll", "-o", str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    card, heard = out["file"], out["sidik_jari"]
    assert Path(card).name == "OPD-01.kinerja-kunci"
    # Without the fingerprint nothing is stored and the operator is told what to do.
    assert main(["--db", str(prov), "sync", "accept", card]) == 1
    assert "--fingerprint" in capsys.readouterr().err
    assert main(["--db", str(prov), "sync", "accept", card, "--fingerprint", "1234"]) == 1
    assert "tidak sama" in capsys.readouterr().err
    assert main(["--db", str(prov), "sync", "accept", card, "--fingerprint", heard]) == 0
    assert main(["--db", str(prov), "--json", "sync", "keys"]) == 0
    capsys.readouterr()
    assert main(["--db", str(prov), "sync", "keys"]) == 0
    listed = capsys.readouterr().out
    assert "OPD-01" in listed and heard in listed and "* BKD-PROV" in listed
    assert main(["--db", str(prov), "sync", "enroll"]) == 2  # no -o


def test_export_import_status_and_conflicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str],
                                           _sqlite_template: Path) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    kantor, prov = _migrated(_sqlite_template, tmp_path / "kantor.sqlite",
                             tmp_path / "prov.sqlite")
    assert main(["--db", str(kantor), "init", "--site-code", "OPD-01", "--site-name",
                 "Situs OPD-01", "--role", "office", "--parent", "BKD-PROV"]) == 0
    _init(prov, "BKD-PROV", "province")
    for a, b in ((kantor, prov), (prov, kantor)):
        capsys.readouterr()
        assert main(["--db", str(a), "--json", "sync", "enroll", "-o", str(tmp_path)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert main(["--db", str(b), "sync", "accept", out["file"], "--fingerprint",
                     out["sidik_jari"]]) == 0
    assert main(["--db", str(kantor), "demo", "--pegawai", "12", "--tanpa-skp"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["--db", str(kantor), "--json", "sync", "export", "-o", str(usb)]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["penerima"] == "BKD-PROV" and sent["perubahan"] > 12
    karantina = tmp_path / "karantina"
    # A folder stands for the packages in it; a damaged one makes the exit code 1.
    (usb / "rusak.kinerja").write_bytes(b"bukan zip")
    code = main(["--db", str(prov), "--json", "sync", "import", str(usb), "--karantina",
                 str(karantina)])
    assert code == 1
    results = {r["file"]: r for r in json.loads(capsys.readouterr().out)}
    assert results["rusak.kinerja"]["status"] == "karantina"
    assert results[Path(sent["file"]).name]["status"] == "diterapkan"
    assert (karantina / "rusak.kinerja").is_file()
    assert main(["--db", str(prov), "sync", "import", sent["file"], "--karantina",
                 str(karantina)]) == 0
    assert "sudah pernah diimpor" in capsys.readouterr().out
    assert main(["--db", str(prov), "sync", "status"]) == 0
    assert "OPD-01" in capsys.readouterr().out
    assert main(["--db", str(prov), "sync", "conflicts"]) == 0
    assert "Tidak ada konflik." in capsys.readouterr().out
    assert main(["--db", str(prov), "sync", "export", "-o", str(usb), "--ke", "OPD-01"]) == 0
    capsys.readouterr()
    back = sorted(usb.glob("BKD-PROV_OPD-01_*.kinerja"))
    assert main(["--db", str(kantor), "sync", "import", str(back[0]), "--karantina",
                 str(karantina)]) == 0
    capsys.readouterr()
    assert main(["--db", str(kantor), "--json", "sync", "status"]) == 0
    [st] = json.loads(capsys.readouterr().out)
    assert st["situs"] == "BKD-PROV" and st["menunggu"] == 0
    assert main(["--db", str(kantor), "sync", "export"]) == 2  # no -o


def test_laptop_assignment_key_rotation_revocation_and_minimum_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], _sqlite_template: Path) -> None:
    import sqlite3

    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    kantor, laptop = _migrated(_sqlite_template, tmp_path / "kantor.sqlite",
                               tmp_path / "laptop.sqlite")
    _init(kantor, "OPD-01", "office")
    assert main(["--db", str(laptop), "init", "--site-code", "OPD-01-L1", "--site-name",
                 "Laptop Kabid", "--role", "laptop", "--parent", "OPD-01"]) == 0
    for a, b in ((kantor, laptop), (laptop, kantor)):
        capsys.readouterr()
        assert main(["--db", str(a), "--json", "sync", "enroll", "-o", str(tmp_path)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert main(["--db", str(b), "sync", "accept", out["file"], "--fingerprint",
                     out["sidik_jari"]]) == 0
    assert main(["--db", str(kantor), "demo", "--pegawai", "6", "--tanpa-skp"]) == 0
    con = sqlite3.connect(kantor)
    [nip] = con.execute("SELECT nip FROM pegawai ORDER BY nip LIMIT 1").fetchone()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(kantor), "--json", "sync", "assign", "OPD-01-L1", "--nip", nip,
                 "--tahun", "2026"]) == 0
    assert json.loads(capsys.readouterr().out)["aktif"] is True
    assert main(["--db", str(kantor), "sync", "assign", "OPD-01", "--nip", nip]) == 1
    assert "bukan laptop penilai" in capsys.readouterr().err
    assert main(["--db", str(kantor), "sync", "assign", "OPD-01-L1"]) == 2  # no --nip
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(kantor), "sync", "export", "-o", str(usb), "--ke",
                 "OPD-01-L1"]) == 0
    [paket] = usb.glob("OPD-01_OPD-01-L1_*.kinerja")
    assert main(["--db", str(laptop), "sync", "import", str(paket), "--karantina",
                 str(tmp_path / "k")]) == 0
    # The minimum version travels down with the office's packages.
    assert main(["--db", str(kantor), "sync", "minimum-version", "--versi", "999.0"]) == 1
    assert main(["--db", str(kantor), "sync", "minimum-version", "--versi", "0.0.1"]) == 0
    assert main(["--db", str(kantor), "sync", "minimum-version"]) == 2
    # The laptop rotates its key; the office accepts the new card only as a replacement.
    capsys.readouterr()
    assert main(["--db", str(laptop), "--json", "sync", "rotate"]) == 0
    new = json.loads(capsys.readouterr().out)["sidik_jari"]
    assert main(["--db", str(laptop), "--json", "sync", "enroll", "-o", str(tmp_path)]) == 0
    card = json.loads(capsys.readouterr().out)["file"]
    assert main(["--db", str(kantor), "sync", "accept", card, "--fingerprint", new]) == 1
    assert "--ganti" in capsys.readouterr().err
    assert main(["--db", str(kantor), "sync", "accept", card, "--fingerprint", new,
                 "--ganti"]) == 0
    # Then the laptop is reported stolen: its key is revoked.
    capsys.readouterr()
    assert main(["--db", str(kantor), "--json", "sync", "revoke", "OPD-01-L1"]) == 0
    assert json.loads(capsys.readouterr().out)["dicabut"] == 2
    assert main(["--db", str(kantor), "sync", "keys"]) == 0
    assert "(dicabut)" in capsys.readouterr().out
