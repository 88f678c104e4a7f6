"""The laptop round trip (issue 6 point 7): the office hands a penilai's assessment work
to a laptop, the penilai rates offline, the laptop's package comes back with the same
guarantees, and the ratings travel on to the province. On SQLite and PostgreSQL."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kinerja_desktop.domain.errors import PermissionDenied, ValidationError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.sync_laptop import daftar_tugas, tugaskan_laptop
from kinerja_desktop.services.sync_status import daftar_konflik, tidak_diterima
from kinerja_desktop.storage.engine import Database
from tests import cetakan
from tests.conftest import _fresh_sqlite, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan
from tests.services.test_penilaian import SETELAH_TW1, TW1, A, B, S
from tests.services.test_penilaian import rantai as rantai_fixture
from tests.services.test_skp_service import TAHUN, Kantor

KANTOR, LAPTOP, PROV = "LPG-DINAS1", "LPG-LAPTOP1", "BKD-PROV"
rantai = rantai_fixture


@pytest.fixture
def site_db(any_db: Database) -> Database:
    make_site(any_db, parent=PROV)
    return any_db


@pytest.fixture
def tiga(site_db: Database, admin: Actor, other_db: Database, tmp_path: Path,
         _sqlite_template: Path) -> Iterator[tuple[Situs, Situs, Situs]]:
    """Office, its penilai's laptop (on the second database) and the province (SQLite)."""
    from kinerja_desktop.services.database import open_database

    usb = tmp_path / "usb"
    usb.mkdir()
    (tmp_path / "prov").mkdir()
    prov_db, _ = open_database(_fresh_sqlite(_sqlite_template, tmp_path / "prov"))
    cetakan.tandai_kosong(prov_db)
    try:
        laptop_admin, prov_admin = cetakan.langkah(
            (site_db, other_db, prov_db), ("tiga", admin), lambda dbs: _kenalkan_tiga(dbs, admin))
        yield (Situs(KANTOR, site_db, admin, usb), Situs(LAPTOP, other_db, laptop_admin, usb),
               Situs(PROV, prov_db, prov_admin, usb))
    finally:
        prov_db.dispose()


def _kenalkan_tiga(dbs: tuple[Database, ...], admin: Actor) -> tuple[Actor, Actor]:
    """The laptop and the province made and enrolled with the office; their admins."""
    kantor_db, laptop_db, prov_db = dbs
    laptop_admin = make_site(laptop_db, LAPTOP, role=SiteRole.LAPTOP, parent=KANTOR,
                             name="Laptop Kabid")
    prov_admin = make_site(prov_db, PROV, role=SiteRole.PROVINCE)
    with tempfile.TemporaryDirectory() as kartu:
        kantor = Situs(KANTOR, kantor_db, admin, Path(kartu))
        kenalkan(kantor, Situs(LAPTOP, laptop_db, laptop_admin, Path(kartu)))
        kenalkan(kantor, Situs(PROV, prov_db, prov_admin, Path(kartu)))
    return laptop_admin, prov_admin


def _evaluasi(situs: Situs, skp: SkpDetail) -> dict[str, object] | None:
    rows = baris_sinkron(situs.db, ("evaluasi_periode",))["evaluasi_periode"]
    return next((r for r in rows.values()
                 if r["skp_id"] == str(skp.id) and r["periode_key"] == TW1), None)


def test_the_penilai_rates_on_the_laptop_and_the_rating_reaches_office_and_province(
        tiga: tuple[Situs, Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, laptop, prov = tiga
    k, skp = rantai
    # The kadis rates the kabid at the office: not the laptop's business.
    nilai(kantor.db, k.akun("kadis", Role.PENILAI), skp["kabid"].id, TW1,
          rating_hasil_kerja=S, rating_perilaku=S, today=SETELAH_TW1)
    tugas = tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, k.ids["kabid"], TAHUN)
    assert tugas.aktif and [t.laptop for t in daftar_tugas(kantor.db, kantor.admin)] == [
        LAPTOP]
    out = laptop.terima(kantor.kirim(LAPTOP).file)
    assert out.ok, out.pesan
    held = baris_sinkron(laptop.db)
    # Every pegawai and unit; the SKPs of the kabid's staff and the cascade above them;
    # only the evaluations the kabid gives.
    assert held["pegawai"] == baris_sinkron(kantor.db, ("pegawai",))["pegawai"]
    assert {skp[w].id.__str__() for w in ("kadis", "kabid", "kasi")} <= set(held["skp"])
    assert _evaluasi(laptop, skp["kabid"]) is None
    assert len(held["penugasan_laptop"]) == 1
    # Offline, the kabid rates the kasi; meanwhile the admin at the office rates too.
    kabid = Actor(None, "kabid", Role.PENILAI, k.ids["kabid"])
    nilai(laptop.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=A,
          rating_perilaku=S, today=SETELAH_TW1)
    nilai(kantor.db, kantor.admin, skp["kasi"].id, TW1, rating_hasil_kerja=B,
          rating_perilaku=B, today=SETELAH_TW1)
    back = kantor.terima(laptop.kirim().file)
    assert back.ok and back.konflik_baru >= 1, back.pesan
    ev = _evaluasi(kantor, skp["kasi"])
    assert ev is not None and ev["rating_hasil_kerja"] == A.value  # the penilai's word
    [konflik] = [c for c in daftar_konflik(kantor.db, kantor.admin)
                 if c.entitas == "evaluasi_periode"]
    assert konflik.situs_menang == LAPTOP and konflik.data_kalah["rating_hasil_kerja"] == (
        B.value)
    # The laptop hears nothing was refused, and both end up the same.
    assert laptop.terima(kantor.kirim(LAPTOP).file).ok
    assert not [u for u in tidak_diterima(laptop.db, laptop.admin) if u.status == "ditolak"]
    ours = baris_sinkron(laptop.db)
    theirs = baris_sinkron(kantor.db)
    for table, rows in ours.items():
        for rid, row in rows.items():
            assert theirs[table].get(rid) == row, (table, rid)
    # The office passes the laptop's rating on to the province.
    assert prov.terima(kantor.kirim().file).ok
    ev_prov = _evaluasi(prov, skp["kasi"])
    assert ev_prov is not None and ev_prov["rating_hasil_kerja"] == A.value
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    # The province's conflict report shows the conflict the office decided, with the
    # admin's rating that lost.
    [di_prov] = [c for c in daftar_konflik(prov.db, prov.admin) if c.dilaporkan]
    assert (di_prov.diputuskan_di, di_prov.entitas_id, di_prov.situs_menang,
            di_prov.data_kalah) == (KANTOR, konflik.entitas_id, LAPTOP, konflik.data_kalah)
    # Both rate again, and this time the office's package reaches the laptop first: the
    # laptop decides (for the penilai), reports it to the office, and the office passes
    # the report on with its own.
    nilai(kantor.db, kantor.admin, skp["kasi"].id, TW1, rating_hasil_kerja=S,
          rating_perilaku=S, today=SETELAH_TW1)
    nilai(laptop.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=B,
          rating_perilaku=A, today=SETELAH_TW1)
    assert laptop.terima(kantor.kirim(LAPTOP).file).konflik_baru == 1
    assert kantor.terima(laptop.kirim().file).ok
    assert prov.terima(kantor.kirim().file).ok
    dilaporkan = {(c.diputuskan_di, c.situs_menang, c.data_kalah["rating_hasil_kerja"])
                  for c in daftar_konflik(prov.db, prov.admin) if c.dilaporkan}
    assert (LAPTOP, LAPTOP, S.value) in dilaporkan
    assert (KANTOR, LAPTOP, B.value) in dilaporkan
    ev_prov = _evaluasi(prov, skp["kasi"])
    assert ev_prov is not None and ev_prov["rating_hasil_kerja"] == B.value


def test_outside_its_assignment_the_laptop_cannot_change_office_rows(
        tiga: tuple[Situs, Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, laptop, _ = tiga
    k, skp = rantai
    tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, k.ids["kabid"], TAHUN)
    assert laptop.terima(kantor.kirim(LAPTOP).file).ok
    # The laptop's admin rates the kabid (the kadis' business, not the laptop's).
    nilai(laptop.db, laptop.admin, skp["kabid"].id, TW1, rating_hasil_kerja=A,
          rating_perilaku=A, today=SETELAH_TW1)
    got = kantor.terima(laptop.kirim().file)
    assert got.ok and got.hitung["evaluasi_periode"] == {"ditolak": 1}
    assert _evaluasi(kantor, skp["kabid"]) is None
    assert laptop.terima(kantor.kirim(LAPTOP).file).ok
    [u] = [u for u in tidak_diterima(laptop.db, laptop.admin) if u.status == "ditolak"]
    assert u.entitas == "evaluasi_periode" and "di luar penugasan laptop" in u.alasan


def test_assigning_a_laptop_is_checked(
        tiga: tuple[Situs, Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, _, _ = tiga
    k, _ = rantai
    with pytest.raises(ValidationError, match="bukan laptop penilai"):
        tugaskan_laptop(kantor.db, kantor.admin, PROV, k.ids["kabid"], TAHUN)
    with pytest.raises(ValidationError, match="belum terdaftar"):
        tugaskan_laptop(kantor.db, kantor.admin, "LPG-LAPTOP9", k.ids["kabid"], TAHUN)
    with pytest.raises(PermissionDenied):
        tugaskan_laptop(kantor.db, k.akun("kabid", Role.PENILAI), LAPTOP, k.ids["kabid"],
                        TAHUN)
    assert daftar_tugas(kantor.db, kantor.admin) == []
