"""`kinerja print`, `verify`, `unit logo` and `spesimen` through the real entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from kinerja_desktop.cli import main
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.skp_workflow import ajukan, tetapkan
from tests.cli.test_cli_skp import office_db  # noqa: F401
from tests.conftest import ADMIN_PASSWORD
from tests.pdf_readback import teks_mentah
from tests.services.test_skp_excel import KABID, STAF

PDF = "%PDF"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _tetapkan_staf(path: Path) -> None:
    db, _ = open_database(path)
    try:
        admin = login(db, "admin", ADMIN_PASSWORD)
        from kinerja_desktop.services.pegawai import find_pegawai_by_nip
        from kinerja_desktop.services.skp_excel import find_skp_for_export

        skp_id = find_skp_for_export(db, admin, STAF, 2026)
        kabid = find_pegawai_by_nip(db, admin, KABID)
        ajukan(db, admin, skp_id)
        tetapkan(db, Actor(None, "kabid", Role.PENILAI, kabid.id), skp_id, tempat="Kalianda")
    finally:
        db.dispose()


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 30), "black").save(buf, "PNG")
    return buf.getvalue()


def test_a_draft_prints_without_the_passphrase(office_db: Path, tmp_path: Path,  # noqa: F811
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("KINERJA_PASSPHRASE")
    capsys.readouterr()
    out = tmp_path / "draf.pdf"
    assert run(office_db, "--json", "print", "skp", "--nip", STAF, "--year", "2026",
               "-o", str(out)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draf"] is True and data["kode"] is None and data["halaman"] >= 2
    assert out.read_bytes().startswith(PDF.encode())
    assert "DRAF" in teks_mentah(out.read_bytes())


def test_print_then_verify_the_file_and_the_code(office_db: Path, tmp_path: Path,  # noqa: F811
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _tetapkan_staf(office_db)
    capsys.readouterr()
    out = tmp_path / "skp.pdf"
    assert run(office_db, "--json", "print", "skp", "--nip", STAF, "--year", "2026",
               "--kertas", "F4", "--tempat", "Kalianda", "-o", str(out)) == 0
    kode = json.loads(capsys.readouterr().out)["kode"]
    assert kode and kode.startswith("BKD-LPG/")
    assert run(office_db, "--json", "verify", str(out)) == 0
    hasil = json.loads(capsys.readouterr().out)
    assert hasil["asli"] and hasil["rincian"]["NIP"] == "19900101 201505 2 001"
    assert run(office_db, "verify", kode.lower()) == 0
    assert "ASLI" in capsys.readouterr().out
    situs, body = kode.split("/")
    salah = f"{situs}/{'Z' if body[0] != 'Z' else 'Y'}{body[1:]}"
    assert run(office_db, "verify", salah) == 1
    assert "salah ketik" in capsys.readouterr().out


def test_print_a_unit_one_file_per_pegawai(office_db: Path, tmp_path: Path,  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    folder = tmp_path / "skp"
    assert run(office_db, "--json", "print", "skp", "--unit", "1", "--year", "2026",
               "--out-dir", str(folder)) == 0
    data = json.loads(capsys.readouterr().out)
    # Kepala, kabid and staf have an SKP (drafts print with a watermark); the kepala has
    # no penilai in this office and is listed as skipped, by name.
    assert data["jumlah"] == len(data["files"]) == len(list(folder.iterdir())) == 2
    (lewat,) = data["dilewati"]
    assert lewat["pegawai"].startswith("Ahmad Fauzi")
    assert "belum punya Pejabat Penilai Kinerja" in lewat["alasan"]
    assert all(Path(f).read_bytes().startswith(PDF.encode()) for f in data["files"])


@pytest.mark.parametrize("args", [
    ("print", "evaluasi", "--nip", STAF, "-o", "x.pdf"),  # no --periode
    ("print", "skp", "--nip", STAF, "-o", "x.pdf", "--out-dir", "d"),
    ("print", "skp", "-o", "x.pdf"),  # neither --nip nor --unit
    ("print", "rekap", "--nip", STAF, "--periode", "2026-TW1", "-o", "x.pdf"),
    ("unit", "logo", "1"),
])
def test_usage_errors_exit_2(office_db: Path, args: tuple[str, ...]) -> None:  # noqa: F811
    assert run(office_db, *args) == 2


def test_unit_logo_and_specimen(office_db: Path, tmp_path: Path,  # noqa: F811
                                capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(office_db, "unit", "logo", "1", str(tmp_path / "tidak-ada.png")) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    rusak = tmp_path / "rusak.png"
    rusak.write_bytes(b"\x89PNG\r\n\x1a\nbukan gambar")
    assert run(office_db, "unit", "logo", "1", str(rusak)) == 1
    assert "rusak.png" in capsys.readouterr().err
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    assert run(office_db, "unit", "logo", "1", str(logo)) == 0
    assert run(office_db, "spesimen", STAF, str(logo)) == 0
    assert run(office_db, "spesimen", STAF, "--hapus") == 0
