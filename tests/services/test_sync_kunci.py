"""Enrollment by key cards (issue 6 point 1): written, checked, accepted only with the
fingerprint heard on the phone; every bad card is refused and stores nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.sync_kunci import (
    daftar_kunci,
    periksa_kartu,
    terima_kartu,
    tulis_kartu,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Site, SiteKey
from tests.conftest import PASSPHRASE, _fresh_sqlite, make_site
from tests.services.test_penilaian import rantai  # noqa: F401
from tests.services.test_skp_service import Kantor


@pytest.fixture
def provinsi(tmp_path: Path, _sqlite_template: Path) -> Iterator[tuple[Database, Actor]]:
    folder = tmp_path / "provinsi"
    folder.mkdir()
    db, _ = open_database(_fresh_sqlite(_sqlite_template, folder))
    try:
        yield db, make_site(db, "BKD-PROV")
    finally:
        db.dispose()


def _keadaan(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        a, b, c = (s.scalar(select(func.count()).select_from(m)) or 0
                   for m in (Site, SiteKey, AuditLog))
    return a, b, c


def _sidik(db: Database, actor: Actor) -> str:
    return next(r.sidik_jari for r in daftar_kunci(db, actor) if r.lokal)


def test_cards_both_ways_then_accept_with_the_fingerprint(
        site_db: Database, admin: Actor, provinsi: tuple[Database, Actor],
        tmp_path: Path) -> None:
    prov_db, prov_admin = provinsi
    kartu = tulis_kartu(site_db, admin, PASSPHRASE, tmp_path)
    assert kartu.name == "LPG-DINAS1.kinerja-kunci"
    assert periksa_kartu(kartu).situs == "LPG-DINAS1"
    heard = _sidik(site_db, admin).lower().replace(" ", "-")  # typed as heard, any spacing
    dto = terima_kartu(prov_db, prov_admin, kartu, heard)
    assert dto.situs == "LPG-DINAS1" and not dto.lokal
    listed = {r.situs: r for r in daftar_kunci(prov_db, prov_admin)}
    assert listed["LPG-DINAS1"].sidik_jari == _sidik(site_db, admin)
    assert listed["BKD-PROV"].lokal
    before = _keadaan(prov_db)
    terima_kartu(prov_db, prov_admin, kartu, heard)  # again: nothing new
    assert _keadaan(prov_db) == before
    # And the other way: the office learns the province's keys.
    kartu_prov = tulis_kartu(prov_db, prov_admin, PASSPHRASE, tmp_path)
    terima_kartu(site_db, admin, kartu_prov, _sidik(prov_db, prov_admin))
    assert {r.situs for r in daftar_kunci(site_db, admin)} == {"LPG-DINAS1", "BKD-PROV"}


def test_a_wrong_fingerprint_stores_nothing(site_db: Database, admin: Actor,
                                            provinsi: tuple[Database, Actor],
                                            tmp_path: Path) -> None:
    prov_db, prov_admin = provinsi
    kartu = tulis_kartu(site_db, admin, PASSPHRASE, tmp_path)
    before = _keadaan(prov_db)
    wrong = "0000 " * 8
    with pytest.raises(UserError, match=r"tidak sama dengan kartu LPG-DINAS1\.kinerja-kunci"):
        terima_kartu(prov_db, prov_admin, kartu, wrong)
    with pytest.raises(UserError, match="Ketik sidik jari"):
        terima_kartu(prov_db, prov_admin, kartu, "  ")
    assert _keadaan(prov_db) == before


def test_tampered_foreign_and_own_cards_are_refused(site_db: Database, admin: Actor,
                                                    provinsi: tuple[Database, Actor],
                                                    tmp_path: Path) -> None:
    prov_db, prov_admin = provinsi
    kartu = tulis_kartu(site_db, admin, PASSPHRASE, tmp_path)
    before = _keadaan(prov_db)
    data = json.loads(kartu.read_text())
    data["kartu"]["nama"] = "Kantor Palsu"
    palsu = tmp_path / "palsu.kinerja-kunci"
    palsu.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")))
    with pytest.raises(UserError, match=r"palsu\.kinerja-kunci: tanda tangannya tidak sah"):
        terima_kartu(prov_db, prov_admin, palsu, _sidik(site_db, admin))
    acak = tmp_path / "acak.kinerja-kunci"
    acak.write_bytes(bytes(range(256)))
    with pytest.raises(UserError, match=r"acak\.kinerja-kunci bukan kartu kunci"):
        periksa_kartu(acak)
    with pytest.raises(UserError, match="tidak dapat dibaca"):
        periksa_kartu(tmp_path / "tidak-ada.kinerja-kunci")
    assert _keadaan(prov_db) == before
    sendiri = tulis_kartu(prov_db, prov_admin, PASSPHRASE, tmp_path)
    with pytest.raises(UserError, match="kartu situs ini sendiri"):
        terima_kartu(prov_db, prov_admin, sendiri, _sidik(prov_db, prov_admin))
    assert _keadaan(prov_db) == before


def test_a_known_site_with_other_keys_is_refused(site_db: Database, admin: Actor,
                                                 provinsi: tuple[Database, Actor],
                                                 tmp_path: Path, _sqlite_template: Path,
                                                 ) -> None:
    prov_db, prov_admin = provinsi
    terima_kartu(prov_db, prov_admin, tulis_kartu(site_db, admin, PASSPHRASE, tmp_path),
                 _sidik(site_db, admin))
    # A second installation claiming the same site code, with its own keys.
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other, _ = open_database(_fresh_sqlite(_sqlite_template, other_dir))
    try:
        other_admin = make_site(other, "LPG-DINAS1")
        kartu = tulis_kartu(other, other_admin, PASSPHRASE, other_dir)
        before = _keadaan(prov_db)
        with pytest.raises(ConflictError, match="sudah terdaftar dengan kunci lain"):
            terima_kartu(prov_db, prov_admin, kartu, _sidik(other, other_admin))
        assert _keadaan(prov_db) == before
    finally:
        other.dispose()


def test_passphrase_and_role_are_checked(site_db: Database, admin: Actor,
                                         tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Frasa sandi kunci situs salah"):
        tulis_kartu(site_db, admin, "bukan-frasanya", tmp_path)
    with pytest.raises(PermissionDenied):
        tulis_kartu(site_db, Actor(None, "pegawai", Role.PEGAWAI), PASSPHRASE, tmp_path)
    assert not list(tmp_path.glob("*.kinerja-kunci"))


def test_an_enrolled_offices_paper_verifies_at_the_province(
        rantai: tuple[Kantor, dict[str, SkpDetail]],  # noqa: F811
        provinsi: tuple[Database, Actor], tmp_path: Path) -> None:
    """The QR carries the office's signature: once the province has accepted the office's
    key card it can check it; the register row itself comes later with the data."""
    from kinerja_desktop.documents.pdf_kit import baca_pengesahan_pdf
    from kinerja_desktop.services.cetak import OpsiCetak, buka_kunci, cetak_skp
    from kinerja_desktop.services.verifikasi import StatusVerifikasi, verifikasi_kode

    k, skp = rantai
    prov_db, prov_admin = provinsi
    dok = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), buka_kunci(k.db, PASSPHRASE))
    payload = baca_pengesahan_pdf(dok.data)
    assert payload is not None
    assert verifikasi_kode(prov_db, payload).status is StatusVerifikasi.SITUS_TIDAK_DIKENAL
    terima_kartu(prov_db, prov_admin, tulis_kartu(k.db, k.admin, PASSPHRASE, tmp_path),
                 _sidik(k.db, k.admin))
    hasil = verifikasi_kode(prov_db, payload)
    assert hasil.status is StatusVerifikasi.TIDAK_DIKENAL
    assert "Tanda tangan situs LPG-DINAS1 sah" in hasil.pesan
    assert verifikasi_kode(k.db, payload).asli
