"""`kinerja sync keys|enroll|accept` through the real entry point, on two SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def _init(path: Path, code: str, role: str) -> None:
    assert main(["--db", str(path), "init", "--site-code", code, "--site-name",
                 f"Situs {code}", "--role", role]) == 0


def test_enroll_then_accept_with_the_fingerprint(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    kantor, prov = tmp_path / "kantor.sqlite", tmp_path / "prov.sqlite"
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
