"""The province's inbox, the state per office and the province-wide recap (issue 6
point 8), against real databases: a province (BKD-PROV) and two offices (KAB-A,
KAB-B) with their own units, pegawai, ditetapkan SKPs and ratings, enrolled through
the real key cards. Each test runs with every site on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kinerja_desktop.domain.errors import PermissionDenied, UserError, ValidationError
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.rekap import rekap_unit
from kinerja_desktop.services.skp import buat_skp, get_skp, simpan_isi
from kinerja_desktop.services.skp_workflow import ajukan, tetapkan
from kinerja_desktop.services.sync_impor import HasilImpor, impor
from kinerja_desktop.services.sync_provinsi import (
    TIDAK_TERBACA,
    impor_folder,
    paket_di_folder,
    rekap_provinsi,
    status_kantor,
)
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import SyncChannel, UnitKerja
from tests import cetakan
from tests.conftest import PASSPHRASE, another_db, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan
from tests.services.test_skp_service import HARI, TAHUN, isi_lengkap

PROV = "BKD-PROV"
TW1 = f"{TAHUN}-TW1"
SETELAH_TW1 = dt.date(TAHUN, 4, 1)
S, A, B = Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


@dataclass
class Kantor:
    situs: Situs
    unit: str
    pegawai: dict[str, uuid.UUID]  # kepala, staf1, staf2


@dataclass
class Provinsi:
    prov: Situs
    a: Kantor
    b: Kantor
    inbox: Path
    karantina: Path


@pytest.fixture
def third_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A third database of the same kind as ``any_db`` (the second office)."""
    with another_db(request, tmp_path / "situs-ketiga") as db:
        yield db


def _pegawai(db: Database, admin: Actor, unit: str, nip: str, nama: str,
             atasan: str = "") -> uuid.UUID:
    return save_pegawai(db, admin, PegawaiInput(
        nip=nip, nama=nama, golongan="III/b", jabatan="Analis Kepegawaian",
        kategori_jabatan="Fungsional", jenjang="Ahli Pertama", unit_kode=unit,
        atasan_nip=atasan)).id


def _skp(db: Database, admin: Actor, pegawai: uuid.UUID, kepala: uuid.UUID) -> uuid.UUID:
    sid = buat_skp(db, admin, pegawai, TAHUN, today=HARI)
    simpan_isi(db, admin, sid, isi_lengkap(), get_skp(db, admin, sid).version)
    ajukan(db, Actor(None, "pegawai", Role.PEGAWAI, pegawai), sid)
    tetapkan(db, Actor(None, "kepala", Role.PENILAI, kepala), sid, tempat="Kota Agung",
             tanggal=dt.date(TAHUN, 1, 25))
    return sid


def _isi_kantor(db: Database, kode: str, unit: str, nips: tuple[str, str, str],
                ratings: tuple[tuple[Rating, Rating] | None, ...],
                ) -> tuple[Actor, dict[str, uuid.UUID]]:
    """An office: one unit, its head (no SKP) and two staff with ditetapkan SKPs, rated
    for TW1 as ``ratings`` says (None: not rated yet). Its admin and pegawai."""
    admin = make_site(db, kode, parent=PROV, name=f"Dinas Contoh {kode}")
    save_unit(db, admin, UnitInput(unit, f"Dinas {unit}"))
    kepala = _pegawai(db, admin, unit, nips[0], f"Kepala {unit}")
    staf = [_pegawai(db, admin, unit, nip, f"Staf {unit}{i}", nips[0])
            for i, nip in enumerate(nips[1:], 1)]
    for pid, rating in zip(staf, ratings, strict=True):
        sid = _skp(db, admin, pid, kepala)
        if rating is not None:
            nilai(db, Actor(None, "kepala", Role.PENILAI, kepala), sid, TW1,
                  rating_hasil_kerja=rating[0], rating_perilaku=rating[1], today=SETELAH_TW1)
    return admin, {"kepala": kepala, "staf1": staf[0], "staf2": staf[1]}


KANTOR_A = ("KAB-A", "A", ("197001011995031001", "199001012015052001", "199202022018012003"),
            ((S, S), (B, S)))  # Baik, Butuh Perbaikan
KANTOR_B = ("KAB-B", "B", ("197102021996031002", "199102022016052002", "199303032019011004"),
            ((A, A), None))  # Sangat Baik, not rated yet


def _bangun(dbs: tuple[Database, ...]) -> tuple[Actor, tuple[Actor, dict[str, uuid.UUID]],
                                                tuple[Actor, dict[str, uuid.UUID]]]:
    """The province and both offices with their data, each office enrolled with it."""
    prov_db, a_db, b_db = dbs
    prov_admin = make_site(prov_db, PROV, role=SiteRole.PROVINCE, name="BKD Provinsi Contoh")
    a = _isi_kantor(a_db, *KANTOR_A)
    b = _isi_kantor(b_db, *KANTOR_B)
    with tempfile.TemporaryDirectory() as kartu:
        prov = Situs(PROV, prov_db, prov_admin, Path(kartu))
        kenalkan(Situs(KANTOR_A[0], a_db, a[0], Path(kartu)), prov)
        kenalkan(Situs(KANTOR_B[0], b_db, b[0], Path(kartu)), prov)
    return prov_admin, a, b


@pytest.fixture
def provinsi(any_db: Database, other_db: Database, third_db: Database,
             tmp_path: Path) -> Provinsi:
    prov_admin, (a_admin, a_pegawai), (b_admin, b_pegawai) = cetakan.langkah(
        (any_db, other_db, third_db), ("provinsi",), _bangun)
    folders = []
    for name in ("usb-prov", f"usb-{KANTOR_A[0]}", f"usb-{KANTOR_B[0]}", "folder-bersama"):
        (tmp_path / name).mkdir()
        folders.append(tmp_path / name)
    prov = Situs(PROV, any_db, prov_admin, folders[0])
    a = Kantor(Situs(KANTOR_A[0], other_db, a_admin, folders[1]), KANTOR_A[1], a_pegawai)
    b = Kantor(Situs(KANTOR_B[0], third_db, b_admin, folders[2]), KANTOR_B[1], b_pegawai)
    return Provinsi(prov, a, b, folders[3], tmp_path / "karantina")


def _ganti_nama(k: Kantor, who: str, nama: str) -> None:
    p = get_pegawai(k.situs.db, k.situs.admin, k.pegawai[who])
    save_pegawai(k.situs.db, k.situs.admin, dataclasses.replace(p.to_input(), nama=nama),
                 p.id, p.version)


def _ke_inbox(pv: Provinsi, path: Path, name: str) -> Path:
    target = pv.inbox / name
    shutil.move(path, target)
    return target


def _flip(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


def _inbox(pv: Provinsi, **kw: object) -> list[HasilImpor]:
    return impor_folder(pv.prov.db, pv.prov.admin, PASSPHRASE, pv.inbox, pv.karantina,
                        **kw)  # type: ignore[arg-type]


KATALOG = ("jabatan", "frasa_umpan_balik")  # shared rows with the same id at every site


def _tanpa_katalog(rows: dict[str, dict[str, dict[str, object]]], origin: str,
                   ) -> dict[str, dict[str, dict[str, object]]]:
    """An office's own rows (the shared catalogues, written by both, aside)."""
    return {t: {i: r for i, r in by.items() if r.get("origin_site") == origin}
            for t, by in rows.items() if t not in KATALOG}


def _punya(prov: Database, office: Situs) -> bool:
    """Every row the office wrote is at the province, unchanged."""
    mine = _tanpa_katalog(baris_sinkron(office.db), office.kode)
    there = _tanpa_katalog(baris_sinkron(prov), office.kode)
    return mine == there and sum(len(v) for v in mine.values()) > 10


# --- the inbox --------------------------------------------------------------------------------


def test_inbox_orders_by_sender_and_number_and_a_bad_file_stops_nothing(
        provinsi: Provinsi) -> None:
    pv = provinsi
    # Two packages of each office; their names sort the wrong way round on purpose.
    a1 = _ke_inbox(pv, pv.a.situs.kirim().file, "zz-a-pertama.kinerja")
    _ganti_nama(pv.a, "staf1", "Staf A1 Berganti Nama")
    a2 = _ke_inbox(pv, pv.a.situs.kirim().file, "aa-a-kedua.kinerja")
    b1 = _ke_inbox(pv, pv.b.situs.kirim().file, "yy-b-pertama.kinerja")
    _ganti_nama(pv.b, "staf2", "Staf B2 Berganti Nama")
    b2 = _ke_inbox(pv, pv.b.situs.kirim().file, "bb-b-kedua.kinerja")
    rusak = pv.inbox / "00-rusak.kinerja"
    rusak.write_bytes(_flip(b2.read_bytes()))
    (pv.inbox / "catatan.txt").write_text("bukan paket")
    (pv.inbox / "sub.kinerja").mkdir()  # a folder with the suffix is not a file
    # The damaged copy still has a readable manifest: it sorts beside the real one.
    assert paket_di_folder(pv.inbox) in (
        [a1, a2, b1, rusak, b2], [a1, a2, b1, b2, rusak])

    calls: list[tuple[int, int]] = []
    got = _inbox(pv, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, 5) for i in range(6)]
    by_file = {r.file: r for r in got}
    # In channel order, every package applies (the second one carries the renames);
    # in name order the first would have come second and been a mere duplicate.
    for f in (a1, a2, b1, b2):
        assert by_file[f.name].status == "diterapkan", by_file[f.name].pesan
    bad = by_file[rusak.name]
    assert bad.status == "karantina" and not bad.ok
    assert bad.pesan.startswith(f"Paket {rusak.name} ditolak: ")
    assert bad.karantina_path is not None and Path(bad.karantina_path).is_file()
    assert [r.pengirim for r in got if r.ok] == ["KAB-A", "KAB-A", "KAB-B", "KAB-B"]
    assert _punya(pv.prov.db, pv.a.situs) and _punya(pv.prov.db, pv.b.situs)
    names = {r["nama"] for r in baris_sinkron(pv.prov.db, ("pegawai",))["pegawai"].values()}
    assert {"Staf A1 Berganti Nama", "Staf B2 Berganti Nama"} <= names

    # The same folder again: answered from the history, nothing changes.
    before = baris_sinkron(pv.prov.db)
    again = _inbox(pv)
    assert [r.ulang for r in again if r.ok] == [True] * 4
    assert [r.status for r in again if not r.ok] == ["karantina"]
    assert baris_sinkron(pv.prov.db) == before


def test_inbox_cancel_between_files_and_refusals_up_front(provinsi: Provinsi) -> None:
    pv = provinsi
    _ke_inbox(pv, pv.a.situs.kirim().file, "a.kinerja")
    _ke_inbox(pv, pv.b.situs.kirim().file, "b.kinerja")
    before = baris_sinkron(pv.prov.db)
    # A wrong passphrase: said once, before any file; nothing imported.
    with pytest.raises(UserError, match="Frasa sandi kunci situs salah"):
        impor_folder(pv.prov.db, pv.prov.admin, "salah", pv.inbox, pv.karantina)
    # A folder that is not there: named.
    hilang = pv.inbox / "tidak-ada"
    with pytest.raises(ValidationError, match=f"Folder kotak masuk {hilang} tidak ada"):
        impor_folder(pv.prov.db, pv.prov.admin, PASSPHRASE, hilang, pv.karantina)
    # Only an admin or operator.
    with pytest.raises(PermissionDenied):
        impor_folder(pv.prov.db, Actor(None, "p", Role.PEGAWAI, None), PASSPHRASE,
                     pv.inbox, pv.karantina)
    assert baris_sinkron(pv.prov.db) == before
    assert not pv.karantina.exists()
    # Batal after the first file: that one is imported completely, the other not at all.
    done: list[int] = []
    got = _inbox(pv, progress=lambda d, _t: done.append(d), batal=lambda: bool(done[1:]))
    assert [(r.file, r.status) for r in got] == [("a.kinerja", "diterapkan")]
    assert _punya(pv.prov.db, pv.a.situs)
    assert _tanpa_katalog(baris_sinkron(pv.prov.db), "KAB-B") == _tanpa_katalog(before,
                                                                                "KAB-B")
    # An empty folder is not an error.
    kosong = pv.inbox / "kosong"
    kosong.mkdir()
    assert impor_folder(pv.prov.db, pv.prov.admin, PASSPHRASE, kosong, pv.karantina) == []


def test_a_file_that_vanishes_is_reported_and_the_others_import(
        provinsi: Provinsi, monkeypatch: pytest.MonkeyPatch) -> None:
    pv = provinsi
    a = _ke_inbox(pv, pv.a.situs.kirim().file, "a.kinerja")
    b = _ke_inbox(pv, pv.b.situs.kirim().file, "b.kinerja")
    def impor_after_a_vanished(*args: object) -> HasilImpor:
        if Path(str(args[3])) == a:
            a.unlink()  # taken away from the shared folder meanwhile
        return impor(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("kinerja_desktop.services.sync_provinsi.impor", impor_after_a_vanished)
    got = _inbox(pv)
    assert [(r.file, r.status) for r in got] == [(a.name, "karantina"), (b.name, "diterapkan")]
    assert got[0].alasan == TIDAK_TERBACA and a.name in got[0].pesan and not got[0].ok


# --- state per office -------------------------------------------------------------------------


def test_status_per_office(provinsi: Provinsi) -> None:
    pv = provinsi
    prov = pv.prov
    kosong = {s.situs: s for s in status_kantor(prov.db, prov.admin)}
    assert list(kosong) == ["KAB-A", "KAB-B"]
    assert kosong["KAB-A"].nama == "Dinas Contoh KAB-A"
    assert kosong["KAB-A"].terakhir_masuk is None and kosong["KAB-A"].jeda_hari is None
    assert (kosong["KAB-A"].pegawai, kosong["KAB-A"].paket_diterima) == (0, 0)

    first = pv.a.situs.kirim()
    assert prov.terima(first.file).ok
    _ganti_nama(pv.a, "staf2", "Nama Baru")
    second = pv.a.situs.kirim()
    assert prov.terima(second.file).ok
    assert prov.terima(second.file).ulang  # a re-import is not a new package
    # KAB-B: its first package is lost; the province sees a gap and asks for a resend.
    with pv.b.situs.db.write() as s:
        s.add(SyncChannel(peer_site=PROV, out_channel_seq=0, out_acked_through=3,
                          out_sent_through=3, in_channel_seq=0, in_through=0))
    gap = prov.terima(pv.b.situs.kirim().file)
    assert gap.alasan == "celah"

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3, hours=1)
    st = {s.situs: s for s in status_kantor(prov.db, prov.admin, now=later)}
    a, b = st["KAB-A"], st["KAB-B"]
    assert (a.nomor_terakhir, a.berkas_terakhir, a.paket_diterima) == (
        2, second.file.name, 2)
    assert a.jeda_hari == 3 and a.terakhir_masuk is not None
    assert a.perubahan_diterapkan == first.perubahan + 1  # the rename, on top
    assert a.diterima_sampai == second.sampai
    assert (a.pegawai, a.konflik, a.karantina, a.minta_ulang_dari) == (3, 0, 0, None)
    assert (b.nomor_terakhir, b.jeda_hari, b.paket_diterima, b.perubahan_diterapkan) == (
        None, None, 0, 0)
    assert (b.pegawai, b.karantina, b.minta_ulang_dari) == (0, 1, 1)
    # The province's own pegawai are not counted for any office.
    save_unit(prov.db, prov.admin, UnitInput("P", "BKD Provinsi"))
    _pegawai(prov.db, prov.admin, "P", "198001012005011009", "Pegawai Provinsi")
    assert {s.situs: s.pegawai for s in status_kantor(prov.db, prov.admin)} == {
        "KAB-A": 3, "KAB-B": 0}
    with pytest.raises(PermissionDenied):
        status_kantor(prov.db, Actor(None, "p", Role.PENILAI, None))


# --- the province-wide recap ------------------------------------------------------------------


def test_recap_per_office(provinsi: Provinsi) -> None:
    pv = provinsi
    prov = pv.prov
    for k in (pv.a, pv.b):
        assert prov.terima(k.situs.kirim().file).ok
    save_unit(prov.db, prov.admin, UnitInput("P", "BKD Provinsi"))
    _pegawai(prov.db, prov.admin, "P", "198001012005011009", "Pegawai Provinsi")

    r = rekap_provinsi(prov.db, prov.admin, TW1)
    assert (r.periode_key, r.tahun) == (TW1, TAHUN)
    assert [(k.situs, k.nama) for k in r.kantor] == [
        ("KAB-A", "Dinas Contoh KAB-A"), ("KAB-B", "Dinas Contoh KAB-B"),
        (PROV, "BKD Provinsi Contoh")]
    a, b, p = r.kantor
    assert (a.pegawai, a.dinilai, a.belum_dinilai, a.tanpa_skp) == (3, 2, 0, 1)
    assert {d.predikat: d.jumlah for d in a.distribusi if d.jumlah} == {
        Predikat.BAIK: 1, Predikat.BUTUH_PERBAIKAN: 1}
    assert [d.persen_teks for d in a.distribusi if d.jumlah] == ["50,00%", "50,00%"]
    assert (b.pegawai, b.dinilai, b.belum_dinilai, b.tanpa_skp) == (3, 1, 1, 1)
    assert b.jumlah(Predikat.SANGAT_BAIK) == 1 and b.jumlah(Predikat.BAIK) == 0
    assert (p.pegawai, p.dinilai, p.tanpa_skp) == (1, 0, 1)
    assert [d.predikat for d in a.distribusi] == list(Predikat)  # every one, best first
    t = r.total
    assert (t.situs, t.pegawai, t.dinilai, t.belum_dinilai, t.tanpa_skp) == ("", 7, 3, 1, 3)
    assert {d.predikat: d.jumlah for d in t.distribusi if d.jumlah} == {
        Predikat.SANGAT_BAIK: 1, Predikat.BAIK: 1, Predikat.BUTUH_PERBAIKAN: 1}
    # The same numbers as each office's own recap of its unit.
    for k, mine in ((pv.a, a), (pv.b, b)):
        with k.situs.db.read() as s:
            uid = s.scalars(select(UnitKerja.id).where(UnitKerja.kode == k.unit)).one()
        own = rekap_unit(k.situs.db, k.situs.admin, uid, TW1)
        assert (own.jumlah, own.dinilai, own.belum_dinilai, own.tanpa_skp) == (
            mine.pegawai, mine.dinilai, mine.belum_dinilai, mine.tanpa_skp)
        assert own.distribusi == mine.distribusi
    # Another period: nobody rated yet; an unknown one is named.
    tahunan = rekap_provinsi(prov.db, prov.admin, f"{TAHUN}-TAHUNAN")
    assert tahunan.total.dinilai == 0 and tahunan.total.belum_dinilai == 4
    with pytest.raises(ValidationError, match=f"Periode '{TAHUN}-S1' tidak ada"):
        rekap_provinsi(prov.db, prov.admin, f"{TAHUN}-S1")
    with pytest.raises(ValidationError, match="Kode periode 'kemarin' tidak dikenal"):
        rekap_provinsi(prov.db, prov.admin, "kemarin")


# --- concurrency ------------------------------------------------------------------------------


def _bersamaan(prov: Situs, files: list[Path]) -> list[HasilImpor]:
    """Both imports start together (a barrier, no sleeps)."""
    barrier = threading.Barrier(len(files))

    def run(path: Path) -> HasilImpor:
        barrier.wait()
        return prov.terima(path)

    with ThreadPoolExecutor(len(files)) as pool:
        return list(pool.map(run, files))


def test_imports_from_two_offices_at_once_both_apply_fully(provinsi: Provinsi) -> None:
    pv = provinsi
    files = [pv.a.situs.kirim().file, pv.b.situs.kirim().file]
    got = _bersamaan(pv.prov, files)
    assert [r.status for r in got] == ["diterapkan", "diterapkan"], [r.pesan for r in got]
    for r in got:  # every row of the office's own applied
        assert not any(per.get("ditolak") for t, per in r.hitung.items()
                       if t not in KATALOG), r.hitung
    # A catalogue row both offices made (the same jabatan, one id) is there once. On
    # PostgreSQL the import that loses the race for it currently reports it as refused
    # ("bertabrakan") instead of a duplicate: see the report on sync_terap.
    jabatan = baris_sinkron(pv.prov.db, ("jabatan",))["jabatan"]
    assert set(jabatan) == set(baris_sinkron(pv.a.situs.db, ("jabatan",))["jabatan"])
    assert _punya(pv.prov.db, pv.a.situs) and _punya(pv.prov.db, pv.b.situs)
    with pv.prov.db.read() as s:
        channels = {c.peer_site: c.in_channel_seq for c in s.scalars(select(SyncChannel))}
    assert channels == {"KAB-A": 1, "KAB-B": 1}
    st = {s.situs: (s.paket_diterima, s.pegawai) for s in status_kantor(pv.prov.db,
                                                                        pv.prov.admin)}
    assert st == {"KAB-A": (1, 3), "KAB-B": (1, 3)}


def test_two_packages_of_one_office_at_once_equal_a_sequential_import(
        provinsi: Provinsi) -> None:
    pv = provinsi
    first = pv.a.situs.kirim()
    _ganti_nama(pv.a, "staf1", "Nama Sesudah Paket Pertama")
    second = pv.a.situs.kirim()
    got = _bersamaan(pv.prov, [first.file, second.file])
    # Whichever came first, they queued on the channel: the province holds exactly what
    # the office has, as after importing the two one after the other.
    assert sorted(r.status for r in got) in (["diterapkan", "diterapkan"],
                                             ["diterapkan", "duplikat"])
    assert baris_sinkron(pv.prov.db) == baris_sinkron(pv.a.situs.db)
    with pv.prov.db.read() as s:
        ch = s.get(SyncChannel, "KAB-A")
        assert ch is not None
        assert (ch.in_through, ch.in_channel_seq) == (second.sampai, 2)
