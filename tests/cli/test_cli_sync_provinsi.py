"""`kinerja sync inbox|rekap` through the real entry point: a province and two offices
on SQLite files, one with demo data (rated evaluations for 2025), one without."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

PROV = "BKD-PROV"


def _situs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           template: Path) -> tuple[Path, Path, Path]:
    prov, a, b = (tmp_path / f"{n}.sqlite" for n in ("prov", "opd1", "opd2"))
    for f in (prov, a, b):  # migrated and empty: `init` on a new path is in test_cli.py
        shutil.copyfile(template, f)
    assert main(["--db", str(prov), "init", "--site-code", PROV, "--site-name",
                 "BKD Provinsi", "--role", "province"]) == 0
    for db, code in ((a, "OPD-01"), (b, "OPD-02")):
        assert main(["--db", str(db), "init", "--site-code", code, "--site-name",
                     f"Dinas {code}", "--role", "office", "--parent", PROV]) == 0
        for x, y in ((db, prov), (prov, db)):
            capsys.readouterr()
            assert main(["--db", str(x), "--json", "sync", "enroll", "-o",
                         str(tmp_path)]) == 0
            out = json.loads(capsys.readouterr().out)
            assert main(["--db", str(y), "sync", "accept", out["file"], "--fingerprint",
                         out["sidik_jari"]]) == 0
    return prov, a, b


def test_inbox_then_recap_per_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str],
                                     _sqlite_template: Path) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    prov, a, b = _situs(tmp_path, capsys, _sqlite_template)
    assert main(["--db", str(a), "demo", "--pegawai", "15", "--year", "2025"]) == 0
    inbox = tmp_path / "kotak-masuk"
    inbox.mkdir()
    for db in (a, b):
        assert main(["--db", str(db), "sync", "export", "-o", str(inbox)]) == 0
    (inbox / "rusak.kinerja").write_bytes(b"bukan paket")
    karantina = tmp_path / "karantina"
    capsys.readouterr()
    # One damaged file: quarantined and named, the others applied; exit code 1.
    assert main(["--db", str(prov), "--json", "sync", "inbox", str(inbox), "--karantina",
                 str(karantina)]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [(r["pengirim"], r["status"]) for r in results] == [
        ("OPD-01", "diterapkan"), ("OPD-02", "diterapkan"), (None, "karantina")]
    assert (karantina / "rusak.kinerja").is_file()
    # Without the damaged file, all is answered from the history: exit code 0.
    (inbox / "rusak.kinerja").unlink()
    assert main(["--db", str(prov), "sync", "inbox", str(inbox), "--karantina",
                 str(karantina)]) == 0
    assert capsys.readouterr().out.count("sudah pernah diimpor") == 2

    assert main(["--db", str(prov), "--json", "sync", "rekap", "--periode",
                 "2025-TAHUNAN"]) == 0
    rekap = json.loads(capsys.readouterr().out)
    assert rekap["periode_key"] == "2025-TAHUNAN"
    [opd1, opd2] = rekap["kantor"]
    assert (opd1["situs"], opd2["situs"]) == ("OPD-01", "OPD-02")
    assert opd1["pegawai"] == 15 and opd1["dinilai"] > 0
    assert opd1["dinilai"] == sum(d["jumlah"] for d in opd1["distribusi"])
    assert [d["predikat"] for d in opd1["distribusi"]] == [
        "SANGAT BAIK", "BAIK", "BUTUH PERBAIKAN", "KURANG", "SANGAT KURANG"]
    assert (opd2["pegawai"], opd2["dinilai"]) == (0, 0)
    assert rekap["total"]["dinilai"] == opd1["dinilai"]
    assert main(["--db", str(prov), "sync", "rekap", "--periode", "2025-TAHUNAN"]) == 0
    text = capsys.readouterr().out
    assert "OPD-01" in text and "JUMLAH" in text and "SB " in text

    # Usage and input errors.
    assert main(["--db", str(prov), "sync", "rekap"]) == 2
    assert "--periode" in capsys.readouterr().err
    assert main(["--db", str(prov), "sync", "inbox"]) == 2
    assert main(["--db", str(prov), "sync", "rekap", "--periode", "2025-X9"]) == 1
    assert "2025-X9" in capsys.readouterr().err
    assert main(["--db", str(prov), "sync", "inbox", str(tmp_path / "tidak-ada")]) == 1
    assert "tidak-ada tidak ada" in capsys.readouterr().err
