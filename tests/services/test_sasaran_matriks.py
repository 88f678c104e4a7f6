"""Unit goals, head of unit, period rules per year and the matriks peran hasil
(issue 3 points 1, 6 and 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from kinerja_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from kinerja_desktop.domain.periode import AturanPeriode, SkemaPeriode
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import JenisRHK
from kinerja_desktop.services.aturan_periode import get_aturan, list_periode, simpan_aturan
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.matriks_peran import matriks_peran_hasil
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.sasaran_unit import (
    Indikator,
    Sasaran,
    get_sasaran_unit,
    set_kepala_unit,
    simpan_sasaran_unit,
)
from kinerja_desktop.services.skp import buat_skp, get_skp, simpan_isi
from kinerja_desktop.services.skp_workflow import ajukan, buat_revisi, tetapkan
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AturanPeriodeTahun, SasaranUnit
from tests.services.test_skp_service import (
    NIP,
    TAHUN,
    Kantor,
    build_kantor,
    isi_lengkap,
    keadaan,
    outbox_rows,
    skp_dengan_isi,
    tetapkan_rantai,
)


@pytest.fixture
def kantor(site_db: Database, admin: Actor) -> Kantor:
    return build_kantor(site_db, admin)


GOALS = [
    Sasaran("Meningkatnya mutu pendidikan dasar",
            (Indikator("Angka kelulusan", "98 %"), Indikator("Rata-rata nilai", "75"))),
    Sasaran("Meningkatnya akses pendidikan", (Indikator("APK SD", "105 %"),)),
]


# ---------------------------------------------------------------------------
# Aturan periode


def test_period_rules_default_until_the_admin_sets_them(site_db: Database,
                                                        admin: Actor) -> None:
    pegawai = Actor(None, "siti", Role.PEGAWAI, uuid.uuid4())
    assert get_aturan(site_db, pegawai, TAHUN) == AturanPeriode(TAHUN)
    assert [p.key for p in list_periode(site_db, pegawai, TAHUN)] == [
        "2025-TW1", "2025-TW2", "2025-TW3", "2025-TW4", "2025-TAHUNAN"]
    rule = AturanPeriode(TAHUN, SkemaPeriode.SEMESTERAN, dt.date(TAHUN, 2, 15), 7, 14)
    assert simpan_aturan(site_db, admin, rule) == rule
    assert get_aturan(site_db, pegawai, TAHUN) == rule
    assert [(p.key, p.batas_realisasi) for p in list_periode(site_db, pegawai, TAHUN)] == [
        ("2025-S1", dt.date(TAHUN, 7, 7)), ("2025-S2", dt.date(TAHUN + 1, 1, 7)),
        ("2025-TAHUNAN", dt.date(TAHUN + 1, 1, 7))]
    # other years keep the default; saving again updates the same row
    assert get_aturan(site_db, admin, TAHUN + 1) == AturanPeriode(TAHUN + 1)
    monthly = dataclasses.replace(rule, skema=SkemaPeriode.BULANAN)
    simpan_aturan(site_db, admin, monthly)
    assert get_aturan(site_db, admin, TAHUN).skema is SkemaPeriode.BULANAN
    with site_db.read() as s:
        [row] = s.scalars(select(AturanPeriodeTahun)).all()
    assert row.version == 2
    assert outbox_rows(site_db, row.id) == [(1, "upsert"), (2, "upsert")]


def test_period_rules_read_the_defaults_before_the_site_is_set_up(any_db: Database) -> None:
    """A new database's first screen (before the wizard) lists the year's periods: no
    site yet means no office's own rules, not an error."""
    tamu = Actor(None, "tamu", Role.PEGAWAI, None)
    assert get_aturan(any_db, tamu, TAHUN) == AturanPeriode(TAHUN)
    assert len(list_periode(any_db, tamu, TAHUN)) == 5


@pytest.mark.parametrize(("rule", "exc", "message"), [
    (AturanPeriode(TAHUN, hari_realisasi=20, hari_penilaian=10), ValidationError,
     "Tenggat penilaian tidak boleh lebih awal"),
    (AturanPeriode(TAHUN, batas_penetapan_skp=dt.date(TAHUN + 1, 1, 31)), ValidationError,
     f"Batas penetapan SKP {TAHUN + 1}-01-31 harus pada tahun {TAHUN}"),
    (AturanPeriode(1990), ValidationError, "Tahun 1990 di luar rentang"),
])
def test_bad_period_rules_change_nothing(site_db: Database, admin: Actor, rule: AturanPeriode,
                                         exc: type[Exception], message: str) -> None:
    simpan_aturan(site_db, admin, AturanPeriode(TAHUN, SkemaPeriode.BULANAN))
    before = keadaan(site_db)
    with pytest.raises(exc) as err:
        simpan_aturan(site_db, admin, rule)
    assert message in str(err.value)
    assert keadaan(site_db) == before
    assert get_aturan(site_db, admin, TAHUN).skema is SkemaPeriode.BULANAN


@pytest.mark.parametrize("role", [Role.PENILAI, Role.PEGAWAI, Role.OPERATOR])
def test_only_the_admin_sets_period_rules(site_db: Database, role: Role) -> None:
    before = keadaan(site_db)
    with pytest.raises(PermissionDenied) as err:
        simpan_aturan(site_db, Actor(None, "budi", role, None), AturanPeriode(TAHUN))
    assert str(err.value) == (f"Akun 'budi' ({role.label}) tidak boleh mengatur periode "
                              "penilaian; hanya untuk: Admin (pengelola kinerja).")
    assert keadaan(site_db) == before


# ---------------------------------------------------------------------------
# Sasaran unit


def test_goals_are_replaced_keeping_ids(kantor: Kantor) -> None:
    k = kantor
    unit = k.units["1"]
    empty = get_sasaran_unit(k.db, k.akun("staf"), unit, TAHUN)
    assert (empty.unit_nama, empty.sasaran, empty.kepala_id, empty.kepala_nama,
            empty.kepala_ditetapkan) == ("Dinas Pendidikan", [], k.ids["kadis"], "Ahmad Fauzi",
                                         False)
    saved = simpan_sasaran_unit(k.db, k.admin, unit, TAHUN, GOALS)
    assert [(g.uraian, g.indikator) for g in saved.sasaran] == [
        (g.uraian, g.indikator) for g in GOALS]
    first, second = saved.sasaran
    assert first.id is not None and second.id is not None
    # same content again: nothing written
    before = keadaan(k.db)
    assert simpan_sasaran_unit(k.db, k.admin, unit, TAHUN, saved.sasaran) == saved
    assert keadaan(k.db) == before
    # edit the first, drop the second, add a third, put the new one first
    edited = dataclasses.replace(first, indikator=(Indikator("Angka kelulusan", "99 %"),))
    third = Sasaran(" Meningkatnya karakter siswa ", (Indikator(" Sekolah adiwiyata ", " 10 "),))
    again = simpan_sasaran_unit(k.db, k.admin, unit, TAHUN, [third, edited])
    assert [g.uraian for g in again.sasaran] == ["Meningkatnya karakter siswa",
                                                 first.uraian]
    assert again.sasaran[1].id == first.id
    assert again.sasaran[0].indikator == (Indikator("Sekolah adiwiyata", "10"),)
    assert again.sasaran[1].indikator == (Indikator("Angka kelulusan", "99 %"),)
    with k.db.read() as s:
        rows = {r.id: r for r in s.scalars(select(SasaranUnit))}
    assert rows[second.id].deleted_at is not None
    assert outbox_rows(k.db, second.id) == [(1, "upsert"), (2, "delete")]
    assert outbox_rows(k.db, first.id) == [(1, "upsert"), (2, "upsert")]
    # other years and units are apart
    assert get_sasaran_unit(k.db, k.admin, unit, TAHUN + 1).sasaran == []
    assert get_sasaran_unit(k.db, k.admin, k.units["1.1"], TAHUN).sasaran == []


def test_a_copied_goal_with_the_same_id_becomes_a_new_goal(kantor: Kantor) -> None:
    k = kantor
    saved = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, GOALS[:1])
    [goal] = saved.sasaran
    copy = dataclasses.replace(goal, uraian="Salinan sasaran")
    again = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, [goal, copy])
    assert [g.uraian for g in again.sasaran] == [goal.uraian, "Salinan sasaran"]
    assert again.sasaran[0].id == goal.id and again.sasaran[1].id != goal.id


@pytest.mark.parametrize(("goals", "message"), [
    ([Sasaran("  ", (Indikator("x", "1"),))], "Sasaran 1: uraian sasaran masih kosong."),
    ([GOALS[0], Sasaran("Tanpa indikator")], "Sasaran 2: isi paling sedikit satu indikator"),
    ([Sasaran("Indikator kosong", (Indikator(" ", "1"),))],
     "Sasaran 1: isi paling sedikit satu indikator kinerja."),
])
def test_bad_goals_change_nothing(kantor: Kantor, goals: list[Sasaran], message: str) -> None:
    k = kantor
    simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, GOALS)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, goals)
    assert message in str(err.value)
    assert keadaan(k.db) == before


def test_goals_need_an_admin_and_a_unit(kantor: Kantor) -> None:
    k = kantor
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied, match="tidak boleh mengubah sasaran unit"):
        simpan_sasaran_unit(k.db, k.akun("kadis", Role.PENILAI), k.units["1"], TAHUN, GOALS)
    with pytest.raises(NotFoundError, match="Unit kerja tidak ditemukan"):
        simpan_sasaran_unit(k.db, k.admin, uuid.uuid4(), TAHUN, GOALS)
    with pytest.raises(NotFoundError, match="Unit kerja tidak ditemukan"):
        get_sasaran_unit(k.db, k.admin, uuid.uuid4(), TAHUN)
    assert keadaan(k.db) == before


def test_a_goal_in_use_cannot_be_removed(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    goals = get_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN).sasaran
    assert chain["kadis"].isi.rhk[0].intervensi_sasaran_id == goals[0].id
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, GOALS[1:])
    assert str(err.value) == (
        "Sasaran 'Meningkatnya mutu pendidikan dasar' tidak dapat dihapus: diintervensi RHK "
        "SKP Ahmad Fauzi. Ubah uraiannya saja, atau ganti dulu intervensi RHK tersebut.")
    assert keadaan(k.db) == before
    # changing its text keeps the link
    renamed = dataclasses.replace(goals[0], uraian="Meningkatnya mutu pendidikan")
    saved = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, [renamed])
    assert saved.sasaran[0].id == goals[0].id


def test_head_of_unit_set_by_the_admin(kantor: Kantor) -> None:
    k = kantor
    seksi = k.units["1.1.1"]
    assert get_sasaran_unit(k.db, k.admin, seksi, TAHUN).kepala_id == k.ids["kasi"]
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        set_kepala_unit(k.db, k.admin, seksi, k.ids["kabid2"])
    assert str(err.value) == ("Dewi Lestari bukan pegawai unit Seksi Kurikulum; pindahkan dulu "
                              "ke unit ini.")
    with pytest.raises(PermissionDenied, match="tidak boleh menentukan kepala unit"):
        set_kepala_unit(k.db, k.akun("kasi", Role.PENILAI), seksi, k.ids["kasi"])
    with pytest.raises(NotFoundError, match="Pegawai untuk kepala unit tidak ditemukan"):
        set_kepala_unit(k.db, k.admin, seksi, uuid.uuid4())
    with pytest.raises(NotFoundError, match="Unit kerja tidak ditemukan"):
        set_kepala_unit(k.db, k.admin, uuid.uuid4(), k.ids["kasi"])
    assert keadaan(k.db) == before
    # the staff member named head: he intervenes the unit's goals, the kasi no longer
    set_kepala_unit(k.db, k.admin, seksi, k.ids["staf"])
    dto = get_sasaran_unit(k.db, k.admin, seksi, TAHUN)
    assert (dto.kepala_id, dto.kepala_nama, dto.kepala_ditetapkan) == (
        k.ids["staf"], "Siti Aminah, S.Kom.", True)
    goal = simpan_sasaran_unit(k.db, k.admin, seksi, TAHUN, GOALS[:1]).sasaran[0].id
    staf = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN))
    kasi = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kasi"], TAHUN))
    assert staf.is_kepala_unit and not kasi.is_kepala_unit
    assert simpan_isi(k.db, k.admin, staf.id, isi_lengkap(sasaran_id=goal),
                      staf.version).isi.rhk[0].intervensi_sasaran_id == goal
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="sasaran unit hanya dapat diintervensi"):
        simpan_isi(k.db, k.admin, kasi.id, isi_lengkap(sasaran_id=goal), kasi.version)
    assert keadaan(k.db) == before
    # None: guessed from the hierarchy again
    set_kepala_unit(k.db, k.admin, seksi, None)
    dto = get_sasaran_unit(k.db, k.admin, seksi, TAHUN)
    assert (dto.kepala_id, dto.kepala_ditetapkan) == (k.ids["kasi"], False)


def test_a_head_who_moved_away_no_longer_heads_the_unit(kantor: Kantor) -> None:
    k = kantor
    seksi = k.units["1.1.1"]
    set_kepala_unit(k.db, k.admin, seksi, k.ids["staf2"])
    staf2 = get_pegawai(k.db, k.admin, k.ids["staf2"])
    save_pegawai(k.db, k.admin, dataclasses.replace(
        staf2.to_input(), unit_kode="1.2", atasan_nip=NIP["kabid2"]), staf2.id)
    dto = get_sasaran_unit(k.db, k.admin, seksi, TAHUN)
    assert dto.kepala_id == k.ids["kasi"]


# ---------------------------------------------------------------------------
# Matriks peran hasil


def test_matrix_lists_supporters_and_flags_leader_rhk_nobody_supports(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    kasi_utama, kasi_tambahan = chain["kasi"].isi.rhk
    # Siti supports the kasi's RHK utama, Yusuf only drafts without a link
    skp_dengan_isi(k, "staf", isi_lengkap(rhk_id=kasi_utama.id, uraian="Draf modul"))
    skp_dengan_isi(k, "staf2", isi_lengkap(uraian="Rencana lepas"))
    m = matriks_peran_hasil(k.db, k.akun("staf"), k.units["1.1"], TAHUN)
    assert (m.unit_nama, m.tahun) == ("Bidang Pembinaan", TAHUN)
    rows = [(b.jenis, b.pemimpin_nama, b.uraian, b.jenis_rhk,
             [(p.pegawai_nama, p.rhk_uraian) for p in b.pendukung], b.tanpa_pendukung)
            for b in m.baris]
    assert rows == [
        # the kabid is the penilai of the kasi, the kasi of the staff
        ("rhk", "Budi Santoso", "RHK kasi", JenisRHK.UTAMA,
         [("Siti Aminah, S.Kom.", "Draf modul")], False),
        ("rhk", "Budi Santoso", "Menjadi narasumber bimtek", JenisRHK.TAMBAHAN, [], True),
        ("rhk", "Rina Marlina", "RHK kabid", JenisRHK.UTAMA,
         [("Budi Santoso", "RHK kasi"), ("Budi Santoso", "Menjadi narasumber bimtek")], False),
        ("rhk", "Rina Marlina", "Menjadi narasumber bimtek", JenisRHK.TAMBAHAN, [], True),
    ]
    assert m.jumlah_tanpa_pendukung == 0  # only tambahan rows lack support
    assert [name for _, name in m.pegawai] == [
        "Budi Santoso", "Rina Marlina", "Siti Aminah, S.Kom.", "Yusuf Hasibuan"]
    assert kasi_tambahan.uraian == "Menjadi narasumber bimtek"
    # the Dinas: its goal supported by the kadis; the kadis's RHK by the kabid
    top = matriks_peran_hasil(k.db, k.admin, k.units["1"], TAHUN)
    assert [(b.jenis, b.uraian, [p.pegawai_nama for p in b.pendukung]) for b in top.baris][:3] == [
        ("sasaran", "Meningkatnya mutu pendidikan dasar", ["Ahmad Fauzi"]),
        # the kabid's RHK utama and tambahan both intervene it
        ("rhk", "Tersusunnya kurikulum muatan lokal", ["Rina Marlina", "Rina Marlina"]),
        ("rhk", "RHK kasi", ["Siti Aminah, S.Kom."]),
    ]
    only_unit = matriks_peran_hasil(k.db, k.admin, k.units["1"], TAHUN, termasuk_subunit=False)
    assert [(b.jenis, [p.pegawai_nama for p in b.pendukung]) for b in only_unit.baris] == [
        ("sasaran", ["Ahmad Fauzi"])]
    with pytest.raises(NotFoundError, match="Unit kerja tidak ditemukan"):
        matriks_peran_hasil(k.db, k.admin, uuid.uuid4(), TAHUN)


def test_unsupported_leader_rhk_utama_is_counted(kantor: Kantor) -> None:
    k = kantor
    kasi = skp_dengan_isi(k, "kasi", isi_lengkap(uraian="Kurikulum baru"))
    skp_dengan_isi(k, "staf", isi_lengkap(uraian="Tidak mendukung"))
    m = matriks_peran_hasil(k.db, k.admin, k.units["1.1.1"], TAHUN)
    [row] = [b for b in m.baris if b.id == kasi.isi.rhk[0].id]
    assert row.tanpa_pendukung and row.jenis_rhk is JenisRHK.UTAMA
    assert m.jumlah_tanpa_pendukung == 1


def test_a_revision_of_the_leader_keeps_its_supporters(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    kasi_rhk = chain["kasi"].isi.rhk[0]
    staf = skp_dengan_isi(k, "staf", isi_lengkap(rhk_id=kasi_rhk.id, uraian="Draf modul"))
    ajukan(k.db, k.akun("staf"), staf.id)
    tetapkan(k.db, k.akun("kasi"), staf.id, tempat="Kota Agung")
    # the kasi revises his plan; the staff still intervenes the old RHK id
    rid = buat_revisi(k.db, k.akun("kasi"), chain["kasi"].id, "Target triwulan berubah")
    rev = get_skp(k.db, k.admin, rid)
    assert rev.isi.rhk[0].asal_id == kasi_rhk.id
    m = matriks_peran_hasil(k.db, k.admin, k.units["1.1.1"], TAHUN)
    kasi_rows = [b for b in m.baris if b.pemimpin_nama == "Budi Santoso"]
    assert [(b.id, [p.pegawai_nama for p in b.pendukung]) for b in kasi_rows] == [
        (rev.isi.rhk[0].id, ["Siti Aminah, S.Kom."]), (rev.isi.rhk[1].id, [])]
    # and once the revision is ditetapkan, the chain still holds
    ajukan(k.db, k.akun("kasi"), rid)
    tetapkan(k.db, k.akun("kabid"), rid, tempat="Kota Agung")
    m = matriks_peran_hasil(k.db, k.admin, k.units["1.1.1"], TAHUN)
    [row] = [b for b in m.baris if b.id == rev.isi.rhk[0].id]
    assert [p.pegawai_nama for p in row.pendukung] == ["Siti Aminah, S.Kom."]
    # a second revision chains through the first
    rid2 = buat_revisi(k.db, k.admin, rid, "Perubahan kedua")
    rev2 = get_skp(k.db, k.admin, rid2)
    assert rev2.isi.rhk[0].asal_id == rev.isi.rhk[0].id
    m = matriks_peran_hasil(k.db, k.admin, k.units["1.1.1"], TAHUN)
    [row] = [b for b in m.baris if b.id == rev2.isi.rhk[0].id]
    assert [p.pegawai_nama for p in row.pendukung] == ["Siti Aminah, S.Kom."]
