"""Evaluasi kompetensi per pegawai and year (issue 4 point 6): the default list, saving the
whole list with a version check, who may write and read, bad levels changing nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from kinerja_desktop.domain.kompetensi import JenisKompetensi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.kompetensi import (
    KompetensiInput,
    daftar_bawaan,
    daftar_pegawai,
    get_evaluasi_kompetensi,
    simpan_evaluasi_kompetensi,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    EvaluasiKompetensi,
    NilaiKompetensi,
    Outbox,
)
from tests.services.test_skp_service import NIP, TAHUN, Kantor, build_kantor

HARI = dt.date(TAHUN, 6, 1)


@pytest.fixture
def kantor(site_db: Database, admin: Actor) -> Kantor:
    return build_kantor(site_db, admin)


def keadaan(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (EvaluasiKompetensi, NilaiKompetensi, Outbox, AuditLog))
        rows = sorted((str(r.id), r.version, r.nama, r.standar, r.nilai, r.deleted_at)
                      for r in s.scalars(select(NilaiKompetensi)))
    return counts, tuple(map(str, rows))


def test_default_list_is_the_manajerial_and_sosial_kultural_set() -> None:
    bawaan = daftar_bawaan()
    assert [b.nama for b in bawaan][:3] == ["Integritas", "Kerjasama", "Komunikasi"]
    assert bawaan[-1] == KompetensiInput(JenisKompetensi.SOSIAL_KULTURAL, "Perekat Bangsa", 3, 3)
    assert {b.standar for b in bawaan} == {3} and len(bawaan) == 9
    assert all(b.kesenjangan == 0 for b in bawaan)


def test_penilai_saves_replaces_and_pegawai_reads(kantor: Kantor) -> None:
    kasi = kantor.akun("kasi", Role.PENILAI)
    staf = kantor.akun("staf")
    kosong = get_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, today=HARI)
    assert kosong.evaluasi_id is None and kosong.items == () and kosong.boleh_ubah

    items = [dataclasses.replace(b, nilai=2) if b.nama == "Komunikasi" else b
             for b in daftar_bawaan()]
    items.append(KompetensiInput(JenisKompetensi.TEKNIS, "Pengembangan Kurikulum", 4, 1,
                                 "perlu bimtek"))
    d = simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, items,
                                   catatan="Evaluasi  akhir tahun", expected_version=None,
                                   today=HARI)
    assert d.version == 1 and len(d.items) == 10 and d.catatan == "Evaluasi akhir tahun"
    assert d.penilai is not None and d.penilai.pegawai_id == kantor.ids["kasi"]
    assert d.tanggal == HARI and d.jumlah_kesenjangan == 2
    assert [r.kesenjangan for r in d.items if r.kesenjangan] == [1, 3]

    # The pegawai reads his own, but may not write.
    mine = get_evaluasi_kompetensi(kantor.db, staf, kantor.ids["staf"], TAHUN, today=HARI)
    assert mine.items == d.items and not mine.boleh_ubah

    # Replace: drop two lines, change one; unchanged lines keep their id and version.
    first_ids = [r.id for r in d.items]
    baru = [r.as_input() for r in d.items[:8]]
    baru[0] = dataclasses.replace(baru[0], nilai=5)
    d2 = simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, baru,
                                    expected_version=d.version, today=HARI)
    assert [r.id for r in d2.items] == first_ids[:8] and d2.items[0].nilai == 5
    assert d2.version == 2 and d2.catatan == ""
    with kantor.db.read() as s:
        versions = {r.id: (r.version, r.deleted_at is not None)
                    for r in s.scalars(select(NilaiKompetensi))}
        assert versions[first_ids[0]] == (2, False) and versions[first_ids[1]] == (1, False)
        assert versions[first_ids[9]] == (2, True)  # tombstoned, travels as a delete
        ops = {op for (op,) in s.execute(select(Outbox.op).where(
            Outbox.entity_id == first_ids[9]))}
        assert ops == {"upsert", "delete"}

    listed = {p.nip: p for p in daftar_pegawai(kantor.db, kasi, TAHUN, today=HARI)}
    assert listed[kantor_nip(kantor, "staf")].sudah_dinilai
    assert listed[kantor_nip(kantor, "staf")].jumlah_kesenjangan == 1  # Komunikasi 3 → 2
    assert not listed[kantor_nip(kantor, "staf2")].sudah_dinilai


def kantor_nip(kantor: Kantor, who: str) -> str:
    del kantor
    return NIP[who]


def test_stale_version_is_a_conflict_and_changes_nothing(kantor: Kantor) -> None:
    kasi = kantor.akun("kasi", Role.PENILAI)
    d = simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, daftar_bawaan(),
                                   expected_version=None, today=HARI)
    simpan_evaluasi_kompetensi(kantor.db, kantor.admin, kantor.ids["staf"], TAHUN,
                               daftar_bawaan()[:5], expected_version=d.version, today=HARI)
    before = keadaan(kantor.db)
    with pytest.raises(ConflictError, match=r"sudah diubah orang lain.*versi 1 → 2"):
        simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN,
                                   daftar_bawaan(), expected_version=d.version, today=HARI)
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN,
                                   daftar_bawaan(), expected_version=None, today=HARI)
    assert keadaan(kantor.db) == before


@pytest.mark.parametrize(("ubah", "pesan"), [
    ({"nilai": 0}, r"Baris 3: nilai kompetensi 'Komunikasi' harus angka bulat 1–5; tertulis 0"),
    ({"standar": 6}, r"Baris 3: standar kompetensi 'Komunikasi' harus angka bulat 1–5; "
                     r"tertulis 6"),
    ({"nilai": "4"}, r"nilai kompetensi 'Komunikasi' harus angka bulat 1–5; tertulis '4'"),
    ({"nama": "  "}, r"Baris 3: nama kompetensi wajib diisi"),
    ({"nama": "integritas"}, r"'integritas' tercantum dua kali \(baris 1 dan 3\)"),
    ({"jenis": "LAINNYA"}, r"Baris 3, kompetensi 'Komunikasi': jenis 'LAINNYA' tidak dikenal"),
])
def test_bad_lines_are_refused_and_nothing_changes(
    kantor: Kantor, ubah: dict[str, object], pesan: str,
) -> None:
    kasi = kantor.akun("kasi", Role.PENILAI)
    d = simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, daftar_bawaan(),
                                   expected_version=None, today=HARI)
    items = daftar_bawaan()
    items[2] = dataclasses.replace(items[2], **ubah)  # type: ignore[arg-type]
    before = keadaan(kantor.db)
    with pytest.raises(ValidationError, match=pesan):
        simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, items,
                                   expected_version=d.version, today=HARI)
    with pytest.raises(ValidationError, match="masih kosong"):
        simpan_evaluasi_kompetensi(kantor.db, kasi, kantor.ids["staf"], TAHUN, [],
                                   expected_version=d.version, today=HARI)
    assert keadaan(kantor.db) == before


@pytest.mark.parametrize(("who", "role", "target"), [
    ("staf", Role.PEGAWAI, "staf"),      # a pegawai writing his own
    ("staf2", Role.PEGAWAI, "staf"),     # a colleague
    ("kabid2", Role.PENILAI, "staf"),    # a penilai of another unit
    ("kabid", Role.PENILAI, "staf"),     # the penilai's own atasan is not the penilai
])
def test_only_the_penilai_or_admin_writes(
    kantor: Kantor, who: str, role: Role, target: str,
) -> None:
    before = keadaan(kantor.db)
    with pytest.raises(PermissionDenied,
                       match=r"tidak boleh mengisi evaluasi kompetensi Siti Aminah, S\.Kom\."):
        simpan_evaluasi_kompetensi(kantor.db, kantor.akun(who, role), kantor.ids[target], TAHUN,
                                   daftar_bawaan(), expected_version=None, today=HARI)
    assert keadaan(kantor.db) == before


def test_others_may_not_read_and_lists_follow_the_scope(kantor: Kantor) -> None:
    simpan_evaluasi_kompetensi(kantor.db, kantor.admin, kantor.ids["staf"], TAHUN,
                               daftar_bawaan(), expected_version=None, today=HARI)
    with pytest.raises(PermissionDenied, match="tidak berhak melihat evaluasi kompetensi"):
        get_evaluasi_kompetensi(kantor.db, kantor.akun("staf2"), kantor.ids["staf"], TAHUN,
                                today=HARI)
    assert [p.nama for p in daftar_pegawai(kantor.db, kantor.akun("staf2"), TAHUN,
                                           today=HARI)] == ["Yusuf Hasibuan"]
    kasi = {p.nama for p in daftar_pegawai(kantor.db, kantor.akun("kasi", Role.PENILAI),
                                           TAHUN, today=HARI)}
    assert kasi == {"Budi Santoso", "Siti Aminah, S.Kom.", "Yusuf Hasibuan"}
    semua = daftar_pegawai(kantor.db, kantor.admin, TAHUN, today=HARI,
                           unit_ids={kantor.units["1.2"]})
    assert [p.nama for p in semua] == ["Dewi Lestari"]
