"""Beranda for admins and unit heads (issue 4 point 9): counts per unit rolled up the
tree, the predikat distribution against the kurva, late items by date, scope by role
and "Tugas saya"."""

from __future__ import annotations

import datetime as dt

import pytest

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import PermissionDenied, ValidationError
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.kurva_distribusi import KodePeringatan
from kinerja_desktop.domain.periode import periode_bawaan
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services.changes import stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.dashboard import (
    Dashboard,
    JenisTerlambat,
    JenisTugas,
    ProgresUnit,
    dashboard,
)
from kinerja_desktop.services.penilaian import daftar_penilaian, nilai
from kinerja_desktop.services.penugasan import PenugasanInput, save_penugasan
from kinerja_desktop.services.realisasi import get_evaluasi
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.skp_workflow import ajukan, antrian_persetujuan
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import PredikatOrganisasiUnit
from tests import cetakan
from tests.services.test_realisasi import isi_semua
from tests.services.test_skp_service import (
    TAHUN,
    Kantor,
    build_kantor,
    isi_lengkap,
    skp_dengan_isi,
    tetapkan_rantai,
)

TW1 = f"{TAHUN}-TW1"
A, S = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI
SETELAH_TW1 = dt.date(TAHUN, 4, 1)
LEWAT_SEMUA = dt.date(TAHUN, 4, 20)  # after batas realisasi (5 April) and penilaian (10 April)


@pytest.fixture
def kantor_dinilai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    """kadis, kabid, kasi ditetapkan; kadis filled realisasi TW1 (not rated); kabid rated
    Sangat Baik, kasi Baik; staf, staf2 and kabid2 have no SKP."""
    return _kantor_dinilai(site_db, admin)


@cetakan.bersama
def _kantor_dinilai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    k = build_kantor(site_db, admin)
    skp = tetapkan_rantai(k)
    isi_semua(k, get_evaluasi(k.db, k.akun("kadis"), skp["kadis"].id, TW1), "kadis")
    nilai(k.db, k.akun("kadis", Role.PENILAI), skp["kabid"].id, TW1, rating_hasil_kerja=A,
          rating_perilaku=A, today=SETELAH_TW1)
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1, rating_hasil_kerja=S,
          rating_perilaku=S, today=SETELAH_TW1)
    return k, skp


def _unit(d: Dashboard, kode: str) -> ProgresUnit:
    return next(u for u in d.units if u.kode == kode)


def _row(u: ProgresUnit) -> tuple[int, ...]:
    return (u.langsung, u.pegawai, u.skp_ditetapkan, u.realisasi_diisi, u.dinilai,
            u.terlambat_skp, u.terlambat_realisasi, u.terlambat_penilaian)


def _predikat_organisasi(k: Kantor, unit: str, predikat: PredikatOrganisasi) -> None:
    with k.db.write() as s:
        row = PredikatOrganisasiUnit(unit_kerja_id=k.units[unit], periode_key=TW1,
                                     predikat=predikat, ditetapkan_oleh="admin",
                                     tanggal=SETELAH_TW1)
        s.add(row)
        stamp(s, row, new=True)


def test_counts_per_unit_rolled_up_the_tree(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    d = dashboard(k.db, k.admin, TAHUN, TW1, today=LEWAT_SEMUA)
    assert d.seluruh_kantor and d.pegawai_total == 6 and d.periode.key == TW1
    assert [(u.kode, u.depth) for u in d.units] == [("1", 0), ("1.1", 1), ("1.1.1", 2),
                                                     ("1.2", 1)]
    # langsung, pegawai, skp, realisasi, dinilai, late skp / realisasi / penilaian
    assert _row(_unit(d, "1.1.1")) == (3, 3, 1, 1, 1, 2, 0, 0)
    assert _row(_unit(d, "1.1")) == (1, 4, 2, 2, 2, 2, 0, 0)
    assert _row(_unit(d, "1.2")) == (1, 1, 0, 0, 0, 1, 0, 0)
    assert _row(_unit(d, "1")) == (1, 6, 3, 3, 2, 3, 0, 1)
    bidang = _unit(d, "1.1").jumlah_predikat()
    assert bidang[Predikat.SANGAT_BAIK] == 1 and bidang[Predikat.BAIK] == 1
    assert sum(bidang.values()) == 2
    assert _unit(d, "1.1.1").jumlah_predikat()[Predikat.BAIK] == 1


def test_kurva_only_where_the_unit_has_an_organisation_predikat(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    _predikat_organisasi(k, "1.1", PredikatOrganisasi.BAIK)
    d = dashboard(k.db, k.admin, TAHUN, TW1, today=LEWAT_SEMUA)
    bidang = _unit(d, "1.1")
    assert bidang.predikat_organisasi is PredikatOrganisasi.BAIK
    # Baik needs someone at Butuh Perbaikan or Kurang: a warning, never a refusal.
    assert [w.kode for w in bidang.peringatan] == [KodePeringatan.WAJIB_ADA]
    dinas = _unit(d, "1")
    assert dinas.predikat_organisasi is None and dinas.peringatan == ()


def test_late_items_by_the_deadlines_of_the_period(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    # Before the batas penetapan (31 January): nothing is late.
    early = dashboard(k.db, k.admin, TAHUN, TW1, today=dt.date(TAHUN, 1, 31))
    assert early.terlambat == () and sum(early.terlambat_total.values()) == 0
    assert all(u.terlambat == 0 for u in early.units)
    # After it, before batas realisasi (5 April): only the three SKPs.
    mid = dashboard(k.db, k.admin, TAHUN, TW1, today=dt.date(TAHUN, 4, 5))
    assert {(i.jenis, i.nama) for i in mid.terlambat} == {
        (JenisTerlambat.SKP, "Siti Aminah, S.Kom."), (JenisTerlambat.SKP, "Yusuf Hasibuan"),
        (JenisTerlambat.SKP, "Dewi Lestari")}
    item = mid.terlambat[0]
    assert item.batas == dt.date(TAHUN, 1, 31) and item.hari == 64 and item.page == "skp"
    # After batas penilaian (10 April): the kadis, with realisasi but not rated.
    late = dashboard(k.db, k.admin, TAHUN, TW1, today=LEWAT_SEMUA)
    nilai_late = [i for i in late.terlambat if i.jenis is JenisTerlambat.PENILAIAN]
    assert [(i.nama, i.unit_nama, i.hari, i.page) for i in nilai_late] == [
        ("Ahmad Fauzi", "Dinas Pendidikan", 10, "penilaian")]
    assert late.terlambat_total == {JenisTerlambat.SKP: 3, JenisTerlambat.REALISASI: 0,
                                    JenisTerlambat.PENILAIAN: 1}
    # A limit on named items keeps the totals.
    few = dashboard(k.db, k.admin, TAHUN, TW1, today=LEWAT_SEMUA, batas_item=1)
    assert len(few.terlambat) == 2 and few.terlambat_terpotong
    assert few.terlambat_total == late.terlambat_total


def test_admin_tasks_are_the_units_behind_schedule(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    d = dashboard(k.db, k.admin, TAHUN, TW1, today=LEWAT_SEMUA)
    got = [(t.jenis, t.unit_nama, t.terlambat_skp, t.terlambat_realisasi,
            t.terlambat_penilaian) for t in d.tugas]
    # Each unit with what is late in itself (not its sub-units), most late first.
    assert got == [
        (JenisTugas.UNIT_TERLAMBAT, "Seksi Kurikulum", 2, 0, 0),
        (JenisTugas.UNIT_TERLAMBAT, "Dinas Pendidikan", 0, 0, 1),
        (JenisTugas.UNIT_TERLAMBAT, "Bidang Sarana", 1, 0, 0),
    ]
    assert d.tugas[1].page == "penilaian" and d.tugas[0].page == "skp"


def test_a_penilai_sees_only_his_unit_tree(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    kabid = dashboard(k.db, k.akun("kabid", Role.PENILAI), TAHUN, TW1, today=LEWAT_SEMUA)
    assert [(u.kode, u.depth) for u in kabid.units] == [("1.1", 0), ("1.1.1", 1)]
    assert not kabid.seluruh_kantor and kabid.pegawai_total == 4
    assert _row(_unit(kabid, "1.1")) == (1, 4, 2, 2, 2, 2, 0, 0)
    assert {i.nama for i in kabid.terlambat} == {"Siti Aminah, S.Kom.", "Yusuf Hasibuan"}
    kasi = dashboard(k.db, k.akun("kasi", Role.PENILAI), TAHUN, TW1, today=LEWAT_SEMUA)
    assert [u.kode for u in kasi.units] == ["1.1.1"] and kasi.pegawai_total == 3
    # A unit outside his tree is refused; one inside narrows the view.
    with pytest.raises(PermissionDenied, match="'kasi' tidak berhak melihat ringkasan"):
        dashboard(k.db, k.akun("kasi", Role.PENILAI), TAHUN, TW1, unit_id=k.units["1.2"],
                  today=LEWAT_SEMUA)
    sub = dashboard(k.db, k.admin, TAHUN, TW1, unit_id=k.units["1.1"], today=LEWAT_SEMUA)
    assert [u.kode for u in sub.units] == ["1.1", "1.1.1"] and sub.pegawai_total == 4
    # A penilai heading no unit sees only the people he assesses (here: himself).
    staf = dashboard(k.db, k.akun("staf", Role.PENILAI), TAHUN, TW1, today=LEWAT_SEMUA)
    assert [u.kode for u in staf.units] == ["1.1.1"] and staf.pegawai_total == 1
    assert [i.nama for i in staf.terlambat] == ["Siti Aminah, S.Kom."]


def test_a_pegawai_gets_only_his_own_tasks(
    kantor_dinilai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = kantor_dinilai
    staf = dashboard(k.db, k.akun("staf"), TAHUN, TW1, today=LEWAT_SEMUA)
    assert staf.units == () and staf.terlambat == () and staf.pegawai_total == 0
    [tugas] = staf.tugas
    assert (tugas.jenis, tugas.status_skp, tugas.batas, tugas.sisa_hari, tugas.page) == (
        JenisTugas.SKP_SAYA, None, dt.date(TAHUN, 1, 31), -79, "skp")
    # The kadis has an SKP and his realisasi; the kasi was rated: nothing to do.
    assert dashboard(k.db, k.akun("kasi"), TAHUN, TW1, today=LEWAT_SEMUA).tugas == ()
    # The kabid2 drafts his SKP: still his task, now with the draft's status.
    skp_dengan_isi(k, "kabid2", isi_lengkap())
    [draf] = dashboard(k.db, k.akun("kabid2"), TAHUN, TW1, today=LEWAT_SEMUA).tugas
    assert draf.jenis is JenisTugas.SKP_SAYA and draf.status_skp is StatusSKP.DRAFT


def test_realisasi_due_for_the_pegawai(site_db: Database, admin: Actor) -> None:
    k = build_kantor(site_db, admin)
    skp = tetapkan_rantai(k)
    [tugas] = dashboard(k.db, k.akun("kasi"), TAHUN, TW1, today=dt.date(TAHUN, 4, 2)).tugas
    assert (tugas.jenis, tugas.batas, tugas.sisa_hari) == (
        JenisTugas.REALISASI_SAYA, dt.date(TAHUN, 4, 5), 3)
    isi_semua(k, get_evaluasi(k.db, k.akun("kasi"), skp["kasi"].id, TW1), "kasi")
    assert dashboard(k.db, k.akun("kasi"), TAHUN, TW1, today=dt.date(TAHUN, 4, 2)).tugas == ()


def test_penilai_tasks_waiting_approval_and_not_yet_rated(
    site_db: Database, admin: Actor,
) -> None:
    k = build_kantor(site_db, admin)
    skp = tetapkan_rantai(k)
    staf = skp_dengan_isi(k, "staf", isi_lengkap(rhk_id=skp["kasi"].isi.rhk[0].id))
    ajukan(k.db, k.akun("staf"), staf.id)
    kasi = dashboard(k.db, k.akun("kasi", Role.PENILAI), TAHUN, TW1, today=SETELAH_TW1)
    assert [(t.jenis, t.jumlah) for t in kasi.tugas] == [(JenisTugas.SKP_MENUNGGU, 1),
                                                          (JenisTugas.REALISASI_SAYA, 0)]
    for who in ("kasi", "kabid", "kadis"):  # the same SKPs as his approval queue
        actor = k.akun(who, Role.PENILAI)
        queue = len(antrian_persetujuan(k.db, actor, TAHUN))
        tugas = dashboard(k.db, actor, TAHUN, TW1, today=SETELAH_TW1).tugas
        assert [t.jumlah for t in tugas if t.jenis is JenisTugas.SKP_MENUNGGU] == (
            [queue] if queue else []), who
    kabid = dashboard(k.db, k.akun("kabid", Role.PENILAI), TAHUN, TW1, today=SETELAH_TW1)
    belum = [t for t in kabid.tugas if t.jenis is JenisTugas.BELUM_DINILAI]
    assert [(t.jumlah, t.batas, t.sisa_hari, t.page) for t in belum] == [
        (1, dt.date(TAHUN, 4, 10), 9, "penilaian")]
    # While the period runs nobody can be rated yet: no such task.
    running = dashboard(k.db, k.akun("kabid", Role.PENILAI), TAHUN, TW1,
                        today=dt.date(TAHUN, 3, 15))
    assert all(t.jenis is not JenisTugas.BELUM_DINILAI for t in running.tugas)
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1, rating_hasil_kerja=S,
          rating_perilaku=S, today=SETELAH_TW1)
    after = dashboard(k.db, k.akun("kabid", Role.PENILAI), TAHUN, TW1, today=SETELAH_TW1)
    assert all(t.jenis is not JenisTugas.BELUM_DINILAI for t in after.tugas)


def test_default_period_and_unknown_period(site_db: Database, admin: Actor) -> None:
    d = dashboard(site_db, admin, TAHUN, today=dt.date(TAHUN, 8, 15))
    assert d.periode.key == f"{TAHUN}-TW2" and len(d.periode_list) == 5
    assert d.units == () and d.pegawai_total == 0 and d.tugas == ()
    assert periode_bawaan(d.periode_list, dt.date(TAHUN, 2, 1)).key == TW1  # running
    assert periode_bawaan(d.periode_list, dt.date(TAHUN + 1, 1, 5)).key == f"{TAHUN}-TAHUNAN"
    with pytest.raises(ValidationError, match="Periode '2025-X' tidak ada pada tahun 2025"):
        dashboard(site_db, admin, TAHUN, "2025-X")


def test_a_plt_gets_the_rating_task_of_the_one_he_acts_for(
    site_db: Database, admin: Actor,
) -> None:
    k = build_kantor(site_db, admin)
    tetapkan_rantai(k)
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLT, k.ids["kabid2"], k.ids["kabid"], dt.date(TAHUN, 3, 1),
        dt.date(TAHUN, 4, 30)))
    plt = dashboard(k.db, k.akun("kabid2", Role.PENILAI), TAHUN, TW1, today=SETELAH_TW1)
    assert [(t.jenis, t.jumlah) for t in plt.tugas
            if t.jenis is JenisTugas.BELUM_DINILAI] == [(JenisTugas.BELUM_DINILAI, 1)]
    # The same people as on their Penilaian grid (the kabid stays the SKP's penilai).
    for who in ("kabid2", "kabid", "kadis"):
        actor = k.akun(who, Role.PENILAI)
        grid = [r for r in daftar_penilaian(k.db, actor, TAHUN, TW1)
                if r.status not in (StatusEvaluasi.DINILAI, StatusEvaluasi.DITUTUP)]
        tugas = dashboard(k.db, actor, TAHUN, TW1, today=SETELAH_TW1).tugas
        assert [t.jumlah for t in tugas if t.jenis is JenisTugas.BELUM_DINILAI] == (
            [len(grid)] if grid else []), who
