"""Office ↔ province packages against real databases (issue 6 points 2–5): export from
the outbox, import in one transaction, watermarks, duplicates, gaps, quarantine, acks,
ownership and conflicts. Each runs with both sites on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import backup_database, open_database, restore_database
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.sync_status import daftar_konflik, status_kanal, tidak_diterima
from kinerja_desktop.services.umpan_balik import list_frasa, simpan_frasa
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import SyncChannel, SyncPaket, SyncStatusUbah
from tests import cetakan
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan, paket_dari
from tests.services.test_penilaian import rantai as rantai_fixture
from tests.services.test_skp_service import Kantor

PROV = "BKD-PROV"
rantai = rantai_fixture  # the office's data: a Dinas with a cascade of SKPs


@pytest.fixture
def site_db(any_db: Database) -> Database:
    """The office of the shared service fixtures, with the province as its parent."""
    make_site(any_db, parent=PROV)
    return any_db


@pytest.fixture
def jaringan(site_db: Database, admin: Actor, other_db: Database,
             tmp_path: Path) -> Iterator[tuple[Situs, Situs]]:
    kantor_dir, prov_dir = tmp_path / "usb-kantor", tmp_path / "usb-prov"
    kantor_dir.mkdir()
    prov_dir.mkdir()
    kantor = Situs("LPG-DINAS1", site_db, admin, kantor_dir)
    prov = Situs(PROV, other_db, provinsi_dikenal(site_db, admin, other_db), prov_dir)
    yield kantor, prov


def provinsi_dikenal(kantor_db: Database, kantor_admin: Actor, prov_db: Database) -> Actor:
    """The province made on ``prov_db`` and enrolled with the office (copied from a
    template when it can be: see tests.cetakan); returns the province's admin."""
    def run(dbs: tuple[Database, ...]) -> Actor:
        prov_admin = make_site(dbs[1], PROV, role=SiteRole.PROVINCE, name="BKD Provinsi Contoh")
        with tempfile.TemporaryDirectory() as kartu:
            kenalkan(Situs("LPG-DINAS1", dbs[0], kantor_admin, Path(kartu)),
                     Situs(PROV, dbs[1], prov_admin, Path(kartu)))
        return prov_admin

    return cetakan.langkah((kantor_db, prov_db), ("provinsi_dikenal", kantor_admin), run)


def _jumlah_paket(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(SyncPaket.status, func.count()).group_by(
            SyncPaket.status)).all())


def test_office_data_reaches_the_province_and_the_ack_comes_back(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, prov = jaringan
    sent = kantor.kirim()
    assert sent.penerima == PROV and sent.channel_seq == 1 and sent.dari == 0
    assert sent.perubahan > 20
    got = prov.terima(sent.file)
    assert got.ok and got.status == "diterapkan", got.pesan
    assert got.pengirim == "LPG-DINAS1"
    assert sum(per.get("diterapkan", 0) for per in got.hitung.values()) == sent.perubahan
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    # Before the ack, everything is still waiting at the office.
    before = {r.situs: r for r in status_kanal(kantor.db, kantor.admin)}[PROV]
    assert before.dikonfirmasi_sampai == 0 and before.menunggu > 0
    ack = prov.kirim("LPG-DINAS1")
    assert ack.perubahan == 0 and ack.ack_sampai == sent.sampai
    assert kantor.terima(ack.file).ok
    after = {r.situs: r for r in status_kanal(kantor.db, kantor.admin)}[PROV]
    assert after.dikonfirmasi_sampai == sent.sampai and after.menunggu == 0
    assert after.ditolak == 0 and after.kalah == 0
    # With everything acknowledged, the next package carries no changes.
    assert kantor.kirim().perubahan == 0


def test_reimport_renamed_copy_and_older_package_change_nothing(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]],
        tmp_path: Path) -> None:
    kantor, prov = jaringan
    k, _ = rantai
    first = kantor.kirim()
    p = get_pegawai(kantor.db, kantor.admin, k.ids["staf"])
    save_pegawai(kantor.db, kantor.admin, _renamed(p.to_input(), "Staf Baru"), p.id,
                 p.version)
    second = kantor.kirim()  # cumulative: everything since the (missing) ack
    assert second.dari == 0 and second.perubahan >= first.perubahan
    assert prov.terima(second.file).status == "diterapkan"
    state = baris_sinkron(prov.db)
    again = prov.terima(second.file)
    assert again.ulang and again.ok and "sudah pernah diimpor" in again.pesan
    copy = tmp_path / "salinan-dengan-nama-lain.kinerja"
    shutil.copyfile(second.file, copy)
    assert prov.terima(copy).ulang
    older = prov.terima(first.file)  # arrives late, after the newer one
    assert older.status == "duplikat" and "sudah diterapkan" in older.pesan
    assert baris_sinkron(prov.db) == state
    staf = state["pegawai"][str(k.ids["staf"])]
    assert staf["nama"] == "Staf Baru"


def _renamed(data: PegawaiInput, nama: str) -> PegawaiInput:
    return dataclasses.replace(data, nama=nama)


def test_lost_packages_heal_with_the_next_one(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, prov = jaringan
    kantor.kirim().file.unlink()  # lost on the way
    assert prov.terima(kantor.kirim().file).status == "diterapkan"
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    with prov.db.read() as s:
        ch = s.get(SyncChannel, "LPG-DINAS1")
        assert ch is not None and ch.in_channel_seq == 2


def test_a_province_edit_and_an_office_edit_conflict_once(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, prov = jaringan
    k, _ = rantai
    assert prov.terima(kantor.kirim().file).ok
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    staf = k.ids["staf"]
    # Both edit the same pegawai before hearing from each other.
    pk = get_pegawai(kantor.db, kantor.admin, staf)
    save_pegawai(kantor.db, kantor.admin, _renamed(pk.to_input(), "Nama Versi Kantor"),
                 staf, pk.version)
    pp = get_pegawai(prov.db, prov.admin, staf)
    save_pegawai(prov.db, prov.admin, _renamed(pp.to_input(), "Nama Versi Provinsi"),
                 staf, pp.version)
    up = prov.terima(kantor.kirim().file)
    assert up.ok and up.konflik_baru == 1
    konflik = daftar_konflik(prov.db, prov.admin)
    assert len(konflik) == 1 and konflik[0].entitas == "pegawai"
    down = kantor.terima(prov.kirim("LPG-DINAS1").file)
    assert down.ok
    # Both sites keep the same winner, and the loser is in the report, once.
    assert baris_sinkron(kantor.db, ("pegawai",)) == baris_sinkron(prov.db, ("pegawai",))
    nama = baris_sinkron(prov.db, ("pegawai",))["pegawai"][str(staf)]["nama"]
    kalah = konflik[0].data_kalah["nama"]
    assert {nama, kalah} == {"Nama Versi Kantor", "Nama Versi Provinsi"}
    # The office hears how its change fared.
    judged = tidak_diterima(kantor.db, kantor.admin)
    assert [(u.entitas, u.status) for u in judged] == [("pegawai", "konflik")]
    # Sending everything again does not report the conflict a second time.
    assert prov.terima(kantor.kirim().file).ok
    assert len(daftar_konflik(prov.db, prov.admin)) == 1
    assert baris_sinkron(kantor.db) == baris_sinkron(prov.db)


def _keadaan_sinkron(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        ch = [(c.peer_site, c.in_through, c.in_channel_seq, c.out_acked_through)
              for c in s.scalars(select(SyncChannel).order_by(SyncChannel.peer_site))]
    return baris_sinkron(db), tuple(ch)


def _flip(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


@pytest.mark.parametrize(("name", "damage", "reason"), [
    ("flipped", _flip, None),
    ("truncated", lambda d: d[: len(d) - 7], "bukan_zip"),
    ("random", lambda d: bytes(range(256)) * 8, "bukan_zip"),
    ("text", lambda d: b"bukan paket\n", "bukan_zip"),
])
def test_a_damaged_package_is_quarantined_and_changes_nothing(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]],
        name: str, damage: object, reason: str | None) -> None:
    kantor, prov = jaringan
    good = kantor.kirim().file
    bad = good.with_name(f"rusak-{name}.kinerja")
    bad.write_bytes(damage(good.read_bytes()))  # type: ignore[operator]
    before = _keadaan_sinkron(prov.db)
    got = prov.terima(bad)
    assert got.status == "karantina" and not got.ok
    assert got.pesan.startswith(f"Paket {bad.name} ditolak: ")
    if reason is not None:
        assert got.alasan == reason
    assert got.karantina_path is not None
    assert Path(got.karantina_path).read_bytes() == bad.read_bytes()
    assert _keadaan_sinkron(prov.db) == before
    assert _jumlah_paket(prov.db) == {"karantina": 1}
    # The intact package still applies afterwards.
    assert prov.terima(good).status == "diterapkan"


def test_a_gap_is_refused_and_the_resend_request_heals_it(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    kantor, prov = jaringan
    # The office believes the province confirmed its first three changes; the province
    # has none of them (say its database was restored from an old backup).
    with kantor.db.write() as s:
        ch = s.get(SyncChannel, PROV)
        if ch is None:
            ch = SyncChannel(peer_site=PROV, out_channel_seq=0, out_acked_through=0,
                             out_sent_through=0, in_channel_seq=0, in_through=0)
            s.add(ch)
        ch.out_acked_through = 3
    skipped = kantor.kirim()
    assert skipped.dari == 3
    before = baris_sinkron(prov.db)
    got = prov.terima(skipped.file)
    assert got.status == "karantina" and got.alasan == "celah"
    assert got.minta_ulang_dari == 1 and "mengirim ulang dari 1" in got.pesan
    assert baris_sinkron(prov.db) == before
    with prov.db.read() as s:  # only the resend request is remembered
        ch = s.get(SyncChannel, "LPG-DINAS1")
        assert ch is not None and (ch.in_through, ch.minta_ulang_dari) == (0, 1)
    status = {r.situs: r for r in status_kanal(prov.db, prov.admin)}["LPG-DINAS1"]
    assert status.minta_ulang_dari == 1 and status.karantina == 1
    # The province's next package asks for the resend; the office starts again from 0.
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    again = kantor.kirim()
    assert again.dari == 0
    assert prov.terima(again.file).status == "diterapkan"
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    assert {r.situs: r for r in status_kanal(prov.db, prov.admin)}[
        "LPG-DINAS1"].minta_ulang_dari is None


def test_an_office_cannot_change_the_provinces_phrase_library(
        jaringan: tuple[Situs, Situs]) -> None:
    kantor, prov = jaringan
    frasa = list_frasa(prov.db, prov.admin, semua=True)
    pertama = frasa[0]
    simpan_frasa(prov.db, prov.admin,
                 [dataclasses.replace(pertama, teks="Frasa resmi provinsi."), *frasa[1:]])
    list_frasa(kantor.db, kantor.admin)  # the office seeded the same default library
    down = kantor.terima(prov.kirim("LPG-DINAS1").file)
    # The edited phrase, and the province's bookkeeping of the untouched ones.
    assert down.ok and down.hitung == {"frasa_umpan_balik": {"diterapkan": len(frasa)}}
    lib = list_frasa(kantor.db, kantor.admin, semua=True)
    assert lib[0].id == pertama.id and lib[0].teks == "Frasa resmi provinsi."
    assert len(lib) == len(frasa)  # one library, not the office's plus the province's
    simpan_frasa(kantor.db, kantor.admin,
                 [dataclasses.replace(lib[0], teks="Diubah oleh kantor."), *lib[1:]])
    up = prov.terima(kantor.kirim().file)
    assert up.ok and up.hitung["frasa_umpan_balik"].get("konflik") == 1
    [k] = daftar_konflik(prov.db, prov.admin)
    assert k.pemenang == "lokal" and k.situs_menang == PROV
    assert k.data_kalah["teks"] == "Diubah oleh kantor."
    assert "pemilik" in k.dasar or "berwenang" in k.dasar
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    assert list_frasa(kantor.db, kantor.admin, semua=True)[0].teks == "Frasa resmi provinsi."
    [u] = tidak_diterima(kantor.db, kantor.admin)
    assert u.status == "konflik" and "kalah" in u.alasan
    assert baris_sinkron(kantor.db, ("frasa_umpan_balik",)) == baris_sinkron(
        prov.db, ("frasa_umpan_balik",))


def test_two_imports_of_one_package_at_once_apply_it_once(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]],
        tmp_path: Path) -> None:
    kantor, prov = jaringan
    sent = kantor.kirim().file
    copy = tmp_path / "salinan.kinerja"
    shutil.copyfile(sent, copy)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(prov.terima, [sent, copy]))
    assert sorted(r.status for r in results) == ["diterapkan", "duplikat"] or (
        sorted((r.status, r.ulang) for r in results) == [
            ("diterapkan", False), ("diterapkan", True)])
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)


_DYING_IMPORT = """
import os, sys
from pathlib import Path
from kinerja_desktop.services import sync_terap
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.sync_impor import impor

real, calls = sync_terap.insert_rows, []

def dying(session, table, rows):
    real(session, table, rows)
    calls.append(table.name)
    if len(calls) == 3:  # rows of three tables written, transaction still open
        session.flush()
        os._exit(137)

sync_terap.insert_rows = dying
db, _ = open_database(url=sys.argv[1])
impor(db, login(db, "admin", sys.argv[2]), sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))
print("import finished without being killed")
"""


def test_killed_during_import_then_reimport_equals_one_clean_import(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]],
        tmp_path: Path) -> None:
    kantor, prov = jaringan
    sent = kantor.kirim().file
    before = _keadaan_sinkron(prov.db)
    url = prov.db.engine.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-c", _DYING_IMPORT, url, ADMIN_PASSWORD, PASSPHRASE, str(sent),
         str(tmp_path / "karantina")], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == 137, done.stdout + done.stderr
    assert _keadaan_sinkron(prov.db) == before
    assert _jumlah_paket(prov.db) == {}
    assert prov.terima(sent).status == "diterapkan"
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)


def _baris_unit(kode_unit: str, **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": str(uuid.UUID(int=77)), "kode": kode_unit, "nama": "Unit Palsu", "parent_id": None,
        "kepala_id": None, "alamat": None, "logo_sha256": None, "version": 1,
        "updated_at": "2026-11-26T08:00:00+00:00", "origin_site": "LPG-DINAS1",
        "deleted_at": None}
    row.update(extra)
    return row


@pytest.mark.parametrize(("baris", "problem"), [
    (_baris_unit("X", nama=5), "kolom 'nama': bukan teks"),
    (_baris_unit("X", warna="merah"), "kolom 'warna': tidak dikenal"),
    (_baris_unit("X", kode=None), "kolom 'kode': tidak boleh kosong"),
    (_baris_unit("X", updated_at="kemarin"), "kolom 'updated_at'"),
])
def test_a_signed_package_with_an_invalid_row_is_refused_whole(
        jaringan: tuple[Situs, Situs], rantai: tuple[Kantor, dict[str, SkpDetail]],
        baris: dict[str, object], problem: str) -> None:
    kantor, prov = jaringan
    good = {"t": "ubah", "seq": 1, "entitas": "unit_kerja", "id": str(uuid.UUID(int=78)),
            "versi": 1, "situs": "LPG-DINAS1",
            "baris": _baris_unit("Y", id=str(uuid.UUID(int=78)))}
    bad = {"t": "ubah", "seq": 2, "entitas": "unit_kerja", "id": baris["id"], "versi": 1,
           "situs": "LPG-DINAS1", "baris": baris}
    path = paket_dari(kantor, prov, [good, bad])
    before = _keadaan_sinkron(prov.db)
    got = prov.terima(path)
    assert got.status == "karantina" and got.alasan == "rekaman"
    assert "perubahan seq 2 (unit_kerja" in got.pesan and problem in got.pesan
    assert _keadaan_sinkron(prov.db) == before


def test_rows_in_anothers_name_or_with_missing_references_are_refused_alone(
        jaringan: tuple[Situs, Situs]) -> None:
    kantor, prov = jaringan
    asing = {"t": "ubah", "seq": 1, "entitas": "unit_kerja", "id": str(uuid.UUID(int=80)),
             "versi": 1, "situs": "LPG-DINAS1",
             "baris": _baris_unit("A1", id=str(uuid.UUID(int=80)), origin_site=PROV)}
    yatim = {"t": "ubah", "seq": 2, "entitas": "unit_kerja", "id": str(uuid.UUID(int=81)),
             "versi": 1, "situs": "LPG-DINAS1",
             "baris": _baris_unit("A2", id=str(uuid.UUID(int=81)),
                                  parent_id=str(uuid.UUID(int=999)))}
    anak = {"t": "ubah", "seq": 3, "entitas": "unit_kerja", "id": str(uuid.UUID(int=82)),
            "versi": 1, "situs": "LPG-DINAS1",
            "baris": _baris_unit("A3", id=str(uuid.UUID(int=82)),
                                 parent_id=str(uuid.UUID(int=81)))}
    baik = {"t": "ubah", "seq": 4, "entitas": "unit_kerja", "id": str(uuid.UUID(int=83)),
            "versi": 1, "situs": "LPG-DINAS1", "baris": _baris_unit(
                "A4", id=str(uuid.UUID(int=83)), parent_id=str(uuid.UUID(int=84)))}
    induk = {"t": "ubah", "seq": 5, "entitas": "unit_kerja", "id": str(uuid.UUID(int=84)),
             "versi": 1, "situs": "LPG-DINAS1",
             "baris": _baris_unit("A5", id=str(uuid.UUID(int=84)))}
    got = prov.terima(paket_dari(kantor, prov, [asing, yatim, anak, baik, induk]))
    assert got.status == "diterapkan"
    assert got.hitung == {"unit_kerja": {"ditolak": 3, "diterapkan": 2}}
    units = baris_sinkron(prov.db, ("unit_kerja",))["unit_kerja"]
    # A child listed before its parent in the package still applies.
    assert {u["kode"] for u in units.values()} == {"A4", "A5"}
    with prov.db.read() as s:
        alasan = {r.seq: r.alasan for r in s.scalars(select(SyncStatusUbah))}
    assert f"milik situs {PROV}; situs LPG-DINAS1 tidak berwenang" in alasan[1]
    assert f"parent_id merujuk unit_kerja {uuid.UUID(int=999)}" in alasan[2]
    assert f"merujuk unit_kerja {uuid.UUID(int=81)}" in alasan[3]
    # The refusals travel back to the office in the province's next package.
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    assert sorted(u.seq for u in tidak_diterima(kantor.db, kantor.admin)) == [1, 2, 3]


def test_a_restored_office_rebaselines_with_a_snapshot_and_gets_back_what_it_lost(
        any_db: Database, tmp_path: Path) -> None:
    """The office on a SQLite file (restoring is a file operation), the province on
    both kinds of database."""
    path = tmp_path / "kantor" / "kantor.sqlite"
    path.parent.mkdir()
    db, _ = open_database(path)
    usb = tmp_path / "usb"
    usb.mkdir()
    kantor = Situs("LPG-DINAS1", db, make_site(db, parent=PROV), usb)
    prov = Situs(PROV, any_db, make_site(any_db, PROV, role=SiteRole.PROVINCE), usb)
    try:
        kenalkan(kantor, prov)
        unit = save_unit(db, kantor.admin, UnitInput("9", "Dinas Contoh")).id
        backup = backup_database(db, tmp_path / "cadangan.sqlite")
        first = prov.terima(kantor.kirim().file)
        assert first.ok, first.pesan
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        lost = save_unit(db, kantor.admin, UnitInput("9", "Nama Yang Hilang"), unit).id
        assert prov.terima(kantor.kirim().file).ok
        late = kantor.kirim().file  # written before the restore, carried in too late
        db.dispose()
        kept = restore_database(backup, path)
        assert kept.is_file() and kept != path
        db, _ = open_database(path)
        kantor.db = db
        assert baris_sinkron(db, ("unit_kerja",))["unit_kerja"][str(lost)]["nama"] == (
            "Dinas Contoh")  # the backup predates the rename
        baru = save_unit(db, kantor.admin, UnitInput("9.1", "Bidang Baru", unit)).id
        snap = kantor.kirim()
        with prov.db.read() as s:
            assert s.scalars(select(SyncPaket.kind).where(
                SyncPaket.arah == "masuk")).all()[-1] == "data"
        got = prov.terima(snap.file)
        assert got.ok and got.hitung["unit_kerja"] == {"duplikat": 1, "diterapkan": 1}
        # A package of the old incarnation arriving late is refused.
        late_got = prov.terima(late)
        assert late_got.status == "karantina" and late_got.alasan == "inkarnasi"
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        units = baris_sinkron(db, ("unit_kerja",))["unit_kerja"]
        assert units[str(lost)]["nama"] == "Nama Yang Hilang"  # given back by the province
        assert str(baru) in units
        assert baris_sinkron(db) == baris_sinkron(prov.db)
    finally:
        kantor.db.dispose()
