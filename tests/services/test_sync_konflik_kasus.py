"""Conflict cases between an office and the province, each found by a hypothesis
state machine (random edits, exports, lost, duplicated and reordered packages) and
kept here as a deterministic test: every site must keep the same winner, report a
conflict once, and end with identical rows."""

from __future__ import annotations

import dataclasses
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.services.sync_status import daftar_konflik, tidak_diterima
from kinerja_desktop.services.umpan_balik import list_frasa, simpan_frasa
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from tests import cetakan
from tests.conftest import _fresh_sqlite, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan

PROV = "BKD-PROV"


@dataclass
class Jaringan:
    situs: dict[str, Situs]


SITUS = ((PROV, None), ("DINAS-A", PROV), ("DINAS-B", PROV))


@pytest.fixture
def jaringan(tmp_path: Path, _sqlite_template: Path) -> Iterator[Jaringan]:
    """The province and two offices on SQLite files, each office enrolled with it."""
    dbs: list[Database] = []
    try:
        for kode, _ in SITUS:
            (tmp_path / kode / "usb").mkdir(parents=True)
            db, _ = open_database(_fresh_sqlite(_sqlite_template, tmp_path / kode))
            dbs.append(db)
        admins = cetakan.langkah(dbs, ("jaringan-konflik",), _kenalkan_semua)
        yield Jaringan({kode: Situs(kode, db, admin, tmp_path / kode / "usb")
                        for (kode, _), db, admin in zip(SITUS, dbs, admins, strict=True)})
    finally:
        for db in dbs:
            db.dispose()


def _kenalkan_semua(dbs: tuple[Database, ...]) -> tuple[Actor, ...]:
    """The sites made, each office enrolled with the province; their admins."""
    with tempfile.TemporaryDirectory() as kartu:
        situs: dict[str, Situs] = {}
        for (kode, induk), db in zip(SITUS, dbs, strict=True):
            role = SiteRole.PROVINCE if induk is None else SiteRole.OFFICE
            situs[kode] = Situs(kode, db, make_site(db, kode, role=role, parent=induk),
                                Path(kartu))
        kenalkan(situs["DINAS-A"], situs[PROV])
        kenalkan(situs["DINAS-B"], situs[PROV])
    return tuple(x.admin for x in situs.values())



def _pegawai_baru(x: Situs, nip: str, nama: str) -> uuid.UUID:
    return save_pegawai(x.db, x.admin, PegawaiInput(
        nip=nip, nama=nama, golongan="III/b", jabatan="Analis Kurikulum",
        kategori_jabatan="Fungsional", jenjang="Ahli Pertama")).id


def _tukar(a: Situs, b: Situs) -> None:
    """One package each way, both imported."""
    assert b.terima(a.kirim(b.kode).file).ok
    assert a.terima(b.kirim(a.kode).file).ok


def test_reproduksi_jabatan_dari_dua_kantor_berbeda_pembukuannya(jaringan: Jaringan) -> None:
    """Both offices create the same jabatan (same id, same content). The province keeps
    the first office's copy; the second office keeps its own origin_site and updated_at
    for good: the root never writes rows it imported to its outbox, so the bookkeeping
    is never handed down ("every copy of a shared catalogue ends up identical",
    sync_terap._putuskan, does not hold)."""
    a, b, prov = (jaringan.situs[k] for k in ("DINAS-A", "DINAS-B", PROV))
    _pegawai_baru(a, "198001012005011001", "Pegawai Satu")
    _pegawai_baru(b, "198001022005011002", "Pegawai Dua")
    # Three rounds: B's copy makes the province hand its own down to every office, and
    # their acknowledgements come back in the round after.
    for x in (a, b, a, b, a, b):
        _tukar(x, prov)
    assert a.kirim().perubahan == b.kirim().perubahan == 0
    assert prov.kirim(a.kode).perubahan == prov.kirim(b.kode).perubahan == 0
    di_prov = baris_sinkron(prov.db, ("jabatan",))["jabatan"]
    for x in (a, b):
        for rid, row in baris_sinkron(x.db, ("jabatan",))["jabatan"].items():
            assert di_prov[rid] == row, (
                f"jabatan {row['nama']}: origin_site {row['origin_site']}, updated_at "
                f"{row['updated_at']} at {x.kode}; origin_site {di_prov[rid]['origin_site']},"
                f" updated_at {di_prov[rid]['updated_at']} at {PROV}")


def test_reproduksi_frasa_bawaan_kantor_yang_terlambat_dilaporkan_konflik(
        jaringan: Jaringan) -> None:
    """The province edits a default phrase before the office's first package arrives.
    That package carries the office's untouched copy of the default library (version 1,
    seeded at the office). The province reports it as a conflict the office lost
    ("hanya situs pemilik…"), and the office's tidak_diterima lists a change nobody
    made. An older version of a row is not a conflict (it is what the province's own
    version was made from)."""
    a, prov = jaringan.situs["DINAS-A"], jaringan.situs[PROV]
    frasa = list_frasa(prov.db, prov.admin, semua=True)
    simpan_frasa(prov.db, prov.admin,
                 [dataclasses.replace(frasa[0], teks="Frasa resmi provinsi."), *frasa[1:]])
    pertama = prov.terima(a.kirim().file)
    assert pertama.ok
    assert pertama.konflik_baru == 0, [
        (k.entitas, k.dasar, k.data_kalah["teks"]) for k in daftar_konflik(prov.db, prov.admin)]
    assert a.terima(prov.kirim(a.kode).file).ok
    assert tidak_diterima(a.db, a.admin) == []


def test_reproduksi_frasa_bawaan_provinsi_yang_terlambat_dilaporkan_konflik(
        jaringan: Jaringan) -> None:
    """The mirror image at the office: the office edits a default phrase, then the
    province's first package arrives with the province's untouched copy (version 1).
    The office records a conflict in which its own edit "wins" by version, though the
    province's package carried nothing the office had not already built on."""
    a, prov = jaringan.situs["DINAS-A"], jaringan.situs[PROV]
    frasa = list_frasa(a.db, a.admin, semua=True)
    simpan_frasa(a.db, a.admin,
                 [dataclasses.replace(frasa[0], teks="Diubah oleh kantor."), *frasa[1:]])
    turun = a.terima(prov.kirim(a.kode).file)
    assert turun.ok
    assert turun.konflik_baru == 0, [
        (k.entitas, k.dasar, k.pemenang, k.data_kalah["teks"])
        for k in daftar_konflik(a.db, a.admin)]


def test_reproduksi_kantor_dan_provinsi_memilih_pemenang_berbeda(jaringan: Jaringan) -> None:
    """A phrase of the province's library edited at both sites at once, the province
    first. The office's package reaches the province first: the province keeps its own
    version (only the owner may change it) and reports the office's edit as lost. Then
    the province's package reaches the office, and the office decides the same pair by
    timestamp: its own, later edit "wins" and the province's version is reported lost.
    The two sites keep different winners for the same two versions; the office's
    winner is stamped above and sent again, and the province reports the same edit of
    the office a second time. (It converges only because the province overrides again.)"""
    a, prov = jaringan.situs["DINAS-A"], jaringan.situs[PROV]
    _tukar(a, prov)
    _tukar(a, prov)  # the default libraries met: nothing pending either way
    frasa = list_frasa(prov.db, prov.admin, semua=True)
    simpan_frasa(prov.db, prov.admin,
                 [dataclasses.replace(frasa[0], teks="Versi provinsi."), *frasa[1:]])
    turun = prov.kirim(a.kode).file  # written, still on its way
    frasa = list_frasa(a.db, a.admin, semua=True)
    simpan_frasa(a.db, a.admin, [dataclasses.replace(frasa[0], teks="Versi kantor."),
                                 *frasa[1:]])
    assert prov.terima(a.kirim().file).ok
    [k] = daftar_konflik(prov.db, prov.admin)
    assert (k.pemenang, k.data_kalah["teks"]) == ("lokal", "Versi kantor.")
    assert a.terima(turun).ok
    di_kantor = [(k.pemenang, k.data_kalah["teks"]) for k in daftar_konflik(a.db, a.admin)]
    assert list_frasa(a.db, a.admin, semua=True)[0].teks == "Versi provinsi.", di_kantor
    _tukar(a, prov)
    _tukar(a, prov)
    kalah = [k.data_kalah["teks"] for k in daftar_konflik(prov.db, prov.admin)
             if not k.dilaporkan]  # the province's own; the office reports its decision
    assert kalah == ["Versi kantor."], kalah


def test_reproduksi_perubahan_lokal_yang_sudah_kalah_memicu_konflik_lagi(
        jaringan: Jaringan) -> None:
    """The office renames its unit; its package is lost. The province renames the same
    unit twice, sending a package after each rename. The first package is a genuine
    conflict at the office (the province's later rename wins). The second carries a
    version made on top of the first, yet the office reports a second conflict, with the
    province's own first rename as the loser: the office still counts its old, already
    overwritten rename as a pending local change, because the province has not
    acknowledged it (sync_terap._putuskan, ``tertunda``). The same happens with the
    default phrases: an office that never sent anything reports a conflict on the
    province's second edit of a phrase."""
    a, prov = jaringan.situs["DINAS-A"], jaringan.situs[PROV]
    unit = save_unit(a.db, a.admin, UnitInput("A.1", "Bidang Awal"))
    _tukar(a, prov)
    _tukar(a, prov)
    save_unit(a.db, a.admin, UnitInput("A.1", "Nama Kantor"), unit.id, unit.version)
    a.kirim().file.unlink()  # lost
    for i, nama in enumerate(("Nama Provinsi Satu", "Nama Provinsi Dua"), 1):
        u = baris_sinkron(prov.db, ("unit_kerja",))["unit_kerja"][str(unit.id)]
        save_unit(prov.db, prov.admin, UnitInput("A.1", nama), unit.id, u["version"])
        assert a.terima(prov.kirim(a.kode).file).ok
        kalah = [k.data_kalah["nama"] for k in daftar_konflik(a.db, a.admin)]
        assert kalah == ["Nama Kantor"], (i, kalah)
    assert baris_sinkron(a.db, ("unit_kerja",))["unit_kerja"][str(unit.id)][
        "nama"] == "Nama Provinsi Dua"


def test_reproduksi_pemenang_yang_dicap_ulang_tidak_sampai_ke_provinsi(
        jaringan: Jaringan) -> None:
    """The province and the office rename the same unit at once, the office later. The
    office's package reaches the province first: the office's rename wins there and is
    stored as version 2. Then the province's package reaches the office: the same pair,
    the same winner, but the office stamps its winner above the loser (version 3) and
    sends it again. The province finds the content equal to what it has and keeps its
    version 2: after everything settled, the two copies of the row differ in version
    and updated_at for good."""
    a, prov = jaringan.situs["DINAS-A"], jaringan.situs[PROV]
    unit = save_unit(a.db, a.admin, UnitInput("A.1", "Bidang Awal"))
    _tukar(a, prov)
    _tukar(a, prov)
    save_unit(prov.db, prov.admin, UnitInput("A.1", "Nama Provinsi"), unit.id, unit.version)
    turun = prov.kirim(a.kode).file  # on its way
    save_unit(a.db, a.admin, UnitInput("A.1", "Nama Kantor"), unit.id, unit.version)
    assert prov.terima(a.kirim().file).ok
    assert a.terima(turun).ok
    for _ in range(3):
        _tukar(a, prov)
    assert a.kirim().perubahan == prov.kirim(a.kode).perubahan == 0  # settled
    di_kantor = baris_sinkron(a.db, ("unit_kerja",))["unit_kerja"][str(unit.id)]
    di_prov = baris_sinkron(prov.db, ("unit_kerja",))["unit_kerja"][str(unit.id)]
    assert di_kantor["nama"] == di_prov["nama"] == "Nama Kantor"
    assert (di_kantor["version"], di_kantor["updated_at"]) == (
        di_prov["version"], di_prov["updated_at"])
