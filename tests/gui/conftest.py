"""GUI test set-up: private QSettings and log folder, real SQLite databases.

Nothing here mocks a service or the database: the fixtures create a real site
(``open_database`` + ``init_site`` + ``login``) and real units and pegawai
through the services the GUI itself calls.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt warns (and qt_log_level_fail turns it into a failure) without a runtime dir.
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="kinerja-xdg-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime
    atexit.register(shutil.rmtree, _runtime, True)

from kinerja_desktop import paths
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.services.site import SiteInfo, init_site
from kinerja_desktop.services.unit_kerja import UnitDTO, UnitInput, save_unit
from kinerja_desktop.storage.engine import Database

ADMIN = "admin"
ADMIN_PASSWORD = "rahasia-admin-1"
PASSPHRASE = "frasa sandi kunci 1"
PENILAI = "penilai1"
PENILAI_PASSWORD = "rahasia-penilai-1"


@pytest.fixture(autouse=True)
def gui_settings(tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own empty settings file."""
    path = tmp_path / "settings" / "KinerjaDesktop.ini"
    settings.use_file(path)
    yield path
    settings.use_file(None)


@pytest.fixture(autouse=True)
def gui_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``setup_logging()`` without an argument writes here, not in the user's folder."""
    folder = tmp_path / "log"
    monkeypatch.setattr(paths, "log_dir", lambda: folder)
    return folder


@dataclass
class SiteDb:
    path: Path
    db: Database
    site: SiteInfo
    admin: Actor

    def ctx(self, actor: Actor | None = None) -> AppContext:
        return AppContext(db=self.db, actor=actor or self.admin, site=self.site)


@pytest.fixture
def gui_site(tmp_path: Path) -> Iterator[SiteDb]:
    """A migrated SQLite file with a local office site and its admin account."""
    path = tmp_path / "kinerja.sqlite"
    db, _ = open_database(path)
    try:
        site = init_site(db, code="DISDIK-LS", name="Dinas Pendidikan Kabupaten Contoh",
                         role=SiteRole.OFFICE, admin_username=ADMIN,
                         admin_password=ADMIN_PASSWORD, passphrase=PASSPHRASE,
                         alamat="Jl. Merdeka No. 1")
        yield SiteDb(path, db, site, login(db, ADMIN, ADMIN_PASSWORD))
    finally:
        db.dispose()


@dataclass
class Office:
    site: SiteDb
    units: dict[str, UnitDTO]
    penilai: Actor


# NIPs that parse (birth date, TMT, gender digit, sequence number).
NIPS = [
    "197501012000031001",
    "198003152005012002",
    "198609262015051001",
    "199001202019032003",
    "199205172020121004",
]


@pytest.fixture
def gui_office(gui_site: SiteDb) -> Office:
    """Units Dinas → (Sekretariat → Umum, Bidang SD) and five pegawai."""
    db, admin = gui_site.db, gui_site.admin
    dinas = save_unit(db, admin, UnitInput("1", "Dinas Pendidikan"))
    sekretariat = save_unit(db, admin, UnitInput("1.01", "Sekretariat", dinas.id))
    umum = save_unit(db, admin, UnitInput("1.01.01", "Subbagian Umum dan Kepegawaian",
                                          sekretariat.id))
    sd = save_unit(db, admin, UnitInput("1.02", "Bidang Pembinaan SD", dinas.id))
    people = [
        (NIPS[0], "Ahmad Fauzi", "IV/c", "Kepala Dinas", "JPT Pratama", "", "1", ""),
        (NIPS[1], "Siti Aminah", "IV/a", "Sekretaris", "Administrator", "", "1.01", NIPS[0]),
        (NIPS[2], "Budi Santoso", "III/b", "Pengadministrasi Umum", "Pelaksana", "",
         "1.01.01", NIPS[1]),
        (NIPS[3], "Dewi Lestari", "III/a", "Analis SDM Aparatur", "Fungsional",
         "Ahli Pertama", "1.01.01", NIPS[1]),
        (NIPS[4], "Rudi Hartono", "III/c", "Kepala Bidang Pembinaan SD", "Administrator", "",
         "1.02", NIPS[0]),
    ]
    for nip, nama, gol, jab, kat, jenjang, unit, atasan in people:
        save_pegawai(db, admin, PegawaiInput(
            nip=nip, nama=nama, golongan=gol, jabatan=jab, kategori_jabatan=kat,
            jenjang=jenjang, unit_kode=unit, atasan_nip=atasan))
    create_account(db, admin, PENILAI, PENILAI_PASSWORD, Role.PENILAI, nip=NIPS[1])
    return Office(gui_site, {"dinas": dinas, "sekretariat": sekretariat, "umum": umum,
                            "sd": sd}, login(db, PENILAI, PENILAI_PASSWORD))
