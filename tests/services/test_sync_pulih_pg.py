"""A PostgreSQL province restored with pg_restore (issue 6): `kinerja restore
--inkarnasi-baru` gives it a new incarnation, its next package to each office is a
snapshot, and the offices send back what the dump had lost."""

from __future__ import annotations

import glob
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kinerja_desktop.cli import main
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.models import Site, SyncPaket
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan

PROV = "BKD-PROV"


def _pg_tool(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or (
        [w] if (w := shutil.which(name)) else [])
    if not found:
        pytest.fail(f"{name} not found: run.sh installs the PostgreSQL server and its tools")
    return found[-1]


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _incarnation(url: str) -> object:
    db, _ = open_database(url=url)
    try:
        with db.read() as s:
            return s.scalar(select(Site.incarnation_id).where(Site.is_local.is_(True)))
    finally:
        db.dispose()


def test_a_province_restored_with_pg_restore_rebaselines_after_a_new_incarnation(
        pg_migrated_url: str, pg_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    kdb, _ = open_database(tmp_path / "kantor.sqlite")
    pdb, _ = open_database(url=pg_migrated_url)
    kantor = Situs("LPG-DINAS1", kdb, make_site(kdb, parent=PROV), usb)
    prov = Situs(PROV, pdb, make_site(pdb, PROV, role=SiteRole.PROVINCE), usb)
    try:
        kenalkan(kantor, prov)
        unit = save_unit(kdb, kantor.admin, UnitInput("9", "Dinas Contoh")).id
        assert prov.terima(kantor.kirim().file).ok
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        dump = tmp_path / "provinsi.dump"
        subprocess.run([_pg_tool("pg_dump"), "-Fc", "-f", str(dump), _dsn(pg_migrated_url)],
                       check=True, capture_output=True)
        # After the dump: the office renames the unit, the province takes it and
        # acknowledges it, so the office will not send it again by itself.
        save_unit(kdb, kantor.admin, UnitInput("9", "Nama Sesudah Dump"), unit)
        assert prov.terima(kantor.kirim().file).ok
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        pdb.dispose()
        # The server is lost; the dump is restored into a new database.
        subprocess.run([_pg_tool("pg_restore"), "--no-owner", "-d", _dsn(pg_url), str(dump)],
                       check=True, capture_output=True)
        before = _incarnation(pg_url)
        # Only an admin may renew it; a wrong password changes nothing.
        monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
        monkeypatch.setenv("KINERJA_PASSWORD", "bukan-sandinya")
        assert main(["--db-url", pg_url, "restore", "--inkarnasi-baru"]) == 1
        assert _incarnation(pg_url) == before
        # A backup file is for SQLite only; the message says what to run instead.
        assert main(["--db-url", pg_url, "restore", str(dump)]) == 2
        assert "restore --inkarnasi-baru" in capsys.readouterr().err
        monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
        assert main(["--db-url", pg_url, "restore", "--inkarnasi-baru"]) == 0
        assert "inkarnasi baru" in capsys.readouterr().out
        assert _incarnation(pg_url) != before
        prov.db, _ = open_database(url=pg_url)
        assert baris_sinkron(prov.db, ("unit_kerja",))["unit_kerja"][str(unit)]["nama"] == (
            "Dinas Contoh")  # the dump predates the rename
        snap = prov.kirim("LPG-DINAS1")
        with prov.db.read() as s:
            assert s.scalars(select(SyncPaket.kind).where(
                SyncPaket.arah == "keluar")).all()[-1] == "snapshot"
        # The snapshot says how far the restored province has the office's changes, so
        # the office sends again what came after (the rename), with no gap to refuse.
        assert kantor.terima(snap.file).ok
        back = prov.terima(kantor.kirim().file)
        assert back.ok and back.hitung["unit_kerja"] == {"diterapkan": 1}, back.pesan
        units = baris_sinkron(prov.db, ("unit_kerja",))["unit_kerja"]
        assert units[str(unit)]["nama"] == "Nama Sesudah Dump"
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        assert baris_sinkron(kdb) == baris_sinkron(prov.db)
    finally:
        kantor.db.dispose()
        prov.db.dispose()
