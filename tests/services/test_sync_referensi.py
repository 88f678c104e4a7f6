"""What the province hands down besides rows (issue 6 points 1 and 6): the minimum app
version, key rotation and revoked keys. On SQLite and PostgreSQL."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kinerja_desktop import __version__
from kinerja_desktop.domain.errors import ConflictError, ValidationError
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services import sync_ekspor
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.sync_kunci import (
    cabut_kunci,
    daftar_kunci,
    putar_kunci,
    terima_kartu,
    tulis_kartu,
)
from kinerja_desktop.services.sync_referensi import (
    atur_versi_minimal,
    terlalu_lama,
    urutan_versi,
    versi_minimal,
)
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import SiteKey
from tests import cetakan
from tests.conftest import PASSPHRASE, _fresh_sqlite, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan, paket_dari

PROV, KANTOR, LAPTOP = "BKD-PROV", "LPG-DINAS1", "LPG-LAPTOP1"


@pytest.fixture
def jaringan(any_db: Database, other_db: Database,
             tmp_path: Path) -> Iterator[tuple[Situs, Situs]]:
    usb = tmp_path / "usb"
    usb.mkdir()
    kantor_admin, prov_admin = cetakan.langkah((any_db, other_db), ("jaringan-referensi",),
                                               _kenalkan_dua)
    yield Situs(KANTOR, any_db, kantor_admin, usb), Situs(PROV, other_db, prov_admin, usb)


def _kenalkan_dua(dbs: tuple[Database, ...]) -> tuple[Actor, Actor]:
    """The office and the province made and enrolled with each other; their admins."""
    with tempfile.TemporaryDirectory() as kartu:
        kantor = Situs(KANTOR, dbs[0], make_site(dbs[0], KANTOR, parent=PROV), Path(kartu))
        prov = Situs(PROV, dbs[1], make_site(dbs[1], PROV, role=SiteRole.PROVINCE),
                     Path(kartu))
        kenalkan(kantor, prov)
    return kantor.admin, prov.admin


def _sidik(situs: Situs) -> str:
    return next(r.sidik_jari for r in daftar_kunci(situs.db, situs.admin) if r.lokal)


def test_version_order() -> None:
    assert urutan_versi("0.10.1") > urutan_versi("0.9.9") > urutan_versi("0.9")
    assert urutan_versi("1.0.0rc1") == urutan_versi("1.0")
    assert terlalu_lama("0.1.0", "0.2") and not terlalu_lama("0.2.0", "0.2")
    assert not terlalu_lama("0.0.1", None)


def test_the_minimum_app_version_is_enforced_both_ways(
        jaringan: tuple[Situs, Situs], monkeypatch: pytest.MonkeyPatch) -> None:
    kantor, prov = jaringan
    with pytest.raises(ValidationError, match="lebih baru daripada aplikasi ini"):
        atur_versi_minimal(prov.db, prov.admin, "999.0")
    with pytest.raises(ValidationError, match="tidak sah"):
        atur_versi_minimal(prov.db, prov.admin, "versi dua")
    atur_versi_minimal(prov.db, prov.admin, __version__)
    save_unit(kantor.db, kantor.admin, UnitInput("9", "Dinas Contoh"))
    before = baris_sinkron(prov.db)
    old_app = paket_dari(kantor, prov, [], app_version="0.0.1")
    got = prov.terima(old_app)
    assert got.status == "karantina" and got.alasan == "versi_aplikasi"
    assert "Kinerja Desktop 0.0.1" in got.pesan and f"versi {__version__}" in got.pesan
    assert baris_sinkron(prov.db) == before
    # The rule reaches the office with the province's next package ...
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    with kantor.db.read() as s:
        assert versi_minimal(s) == __version__
    # ... and an older app at the office is told before it writes anything.
    monkeypatch.setattr(sync_ekspor, "__version__", "0.0.1")
    files = set(kantor.folder.iterdir())
    with pytest.raises(ValidationError, match=f"versi {__version__} atau lebih baru"):
        kantor.kirim()
    assert set(kantor.folder.iterdir()) == files


def test_a_rotated_office_key_is_accepted_only_as_a_replacement(
        jaringan: tuple[Situs, Situs]) -> None:
    kantor, prov = jaringan
    save_unit(kantor.db, kantor.admin, UnitInput("9", "Dinas Contoh"))
    in_flight = prov.kirim(KANTOR).file  # encrypted to the office's old key
    baru = putar_kunci(kantor.db, kantor.admin, PASSPHRASE)
    assert baru.sidik_jari == _sidik(kantor)
    signed_new = kantor.kirim().file
    refused = prov.terima(signed_new)
    assert refused.status == "karantina" and refused.alasan == "pengirim_tidak_dikenal"
    kartu = tulis_kartu(kantor.db, kantor.admin, PASSPHRASE, kantor.folder)
    with pytest.raises(ConflictError, match="--ganti"):
        terima_kartu(prov.db, prov.admin, kartu, baru.sidik_jari)
    terima_kartu(prov.db, prov.admin, kartu, baru.sidik_jari, ganti=True)
    assert prov.terima(signed_new).status == "diterapkan"
    # A package already on its way to the old key still opens at the office.
    assert kantor.terima(in_flight).ok
    with prov.db.read() as s:
        states = [(k.purpose, k.revoked_at is None) for k in s.scalars(select(SiteKey).where(
            SiteKey.site_code == KANTOR).order_by(SiteKey.created_at))]
    assert sorted(states) == [("encrypt", False), ("encrypt", True), ("sign", False),
                              ("sign", True)]


def test_a_key_revoked_at_the_province_is_refused_by_the_office(
        jaringan: tuple[Situs, Situs], other_db: Database, tmp_path: Path,
        _sqlite_template: Path) -> None:
    """A laptop reported stolen: the province revokes its key, and the office, told by
    the province's next package, refuses the laptop's packages."""
    kantor, prov = jaringan
    from kinerja_desktop.services.database import open_database

    (tmp_path / "laptop").mkdir()
    ldb, _ = open_database(_fresh_sqlite(_sqlite_template, tmp_path / "laptop"))
    try:
        laptop = Situs(LAPTOP, ldb, make_site(ldb, LAPTOP, role=SiteRole.LAPTOP,
                                              parent=KANTOR), kantor.folder)
        kenalkan(kantor, laptop)
        kartu = tulis_kartu(ldb, laptop.admin, PASSPHRASE, tmp_path)
        terima_kartu(prov.db, prov.admin, kartu, _sidik(laptop))  # the province's registry
        assert kantor.terima(laptop.kirim().file).ok
        assert cabut_kunci(prov.db, prov.admin, LAPTOP) == 2
        with pytest.raises(ValidationError, match="putar kunci"):
            cabut_kunci(prov.db, prov.admin, PROV)
        assert kantor.terima(prov.kirim(KANTOR).file).ok
        assert [r.dicabut for r in daftar_kunci(kantor.db, kantor.admin)
                if r.situs == LAPTOP] == [True]
        stolen = kantor.terima(laptop.kirim().file)
        assert stolen.status == "karantina" and stolen.alasan == "kunci_dicabut"
    finally:
        ldb.dispose()


def test_revoking_an_unknown_site_is_refused(jaringan: tuple[Situs, Situs]) -> None:
    _, prov = jaringan
    with pytest.raises(ValidationError, match="tidak terdaftar"):
        cabut_kunci(prov.db, prov.admin, "TIDAK-ADA")




def test_the_stricter_of_the_parents_and_the_own_rule_applies(
        jaringan: tuple[Situs, Situs]) -> None:
    from kinerja_desktop.services.sync_referensi import aturan_versi_minimal

    kantor, prov = jaringan
    atur_versi_minimal(kantor.db, kantor.admin, "0.0.5")  # for the office's laptops
    atur_versi_minimal(prov.db, prov.admin, "0.0.2")
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    rule = aturan_versi_minimal(kantor.db, kantor.admin)
    assert (rule.versi, rule.dari) == ("0.0.5", KANTOR)  # the parent's does not wipe it
    atur_versi_minimal(prov.db, prov.admin, __version__)
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    rule = aturan_versi_minimal(kantor.db, kantor.admin)
    assert rule.versi == (__version__ if terlalu_lama("0.0.5", __version__) else "0.0.5")
    atur_versi_minimal(prov.db, prov.admin, None)
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    assert aturan_versi_minimal(kantor.db, kantor.admin).versi == "0.0.5"
