"""The penilai's evaluation per period and for the year (issue 4 point 3): the predikat
matrix end to end, overrides, who may rate, periods not ended, Plt, the head of the
organisation, closing a period and the penilai's grid."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import PermissionDenied, ValidationError
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import (
    daftar_penilaian,
    get_penilaian,
    nilai,
    tutup_periode,
)
from kinerja_desktop.services.penugasan import PenugasanInput, save_penugasan
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    EvaluasiPeriode,
    FrasaUmpanBalik,
    Outbox,
    UmpanBalik,
)
from tests.services.test_skp_service import TAHUN, Kantor, build_kantor, tetapkan_rantai

TW1 = f"{TAHUN}-TW1"
TAHUNAN = f"{TAHUN}-TAHUNAN"
SETELAH_TW1 = dt.date(TAHUN, 4, 1)
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
MATRIX = Path(__file__).resolve().parents[1] / "fixtures" / "predikat_matrix.json"


@pytest.fixture
def rantai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    k = build_kantor(site_db, admin)
    return k, tetapkan_rantai(k)


def keadaan(db: Database) -> tuple[object, ...]:
    """Everything an assessment service may write."""
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (EvaluasiPeriode, UmpanBalik, FrasaUmpanBalik, Outbox,
                                 AuditLog))
        evs = sorted((str(e.id), e.version, e.status.value, e.predikat, e.rating_hasil_kerja)
                     for e in s.scalars(select(EvaluasiPeriode)))
    return counts, tuple(map(str, evs))


def test_predikat_matrix_end_to_end(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    cases = json.loads(MATRIX.read_text())["cases"]
    assert len(cases) == 9
    for case in cases:
        d = nilai(k.db, kabid, skp["kasi"].id, TW1,
                  rating_hasil_kerja=Rating(case["rating_hasil_kerja"]),
                  rating_perilaku=Rating(case["rating_perilaku_kerja"]), today=SETELAH_TW1)
        assert d.predikat is Predikat(case["predikat"]), case
        assert d.predikat_matriks is d.predikat and not d.di_override
        assert d.predikat.siasn_kuadran == case["siasn_kuadran"]
        assert d.status is StatusEvaluasi.DINILAI and d.tanggal_penilaian == SETELAH_TW1
    # One evaluation row, rated nine times: version 1 (opened) + 9 ratings.
    assert d.version == 10
    assert (d.mulai, d.selesai) == (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 3, 31))
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kabid"]
    assert d.atasan_penilai is not None and d.atasan_penilai.pegawai_id == k.ids["kadis"]
    assert d.pegawai.pegawai_id == k.ids["kasi"] and not d.is_kepala_organisasi
    with k.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Outbox)
                        .where(Outbox.entity == "evaluasi_periode")) == 10
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "nilai_evaluasi")) == 9


def test_override_needs_a_reason_that_is_kept(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"menurut matriks adalah Baik.*tuliskan alasannya"):
        nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
              predikat_override=Predikat.SANGAT_BAIK, alasan_override="bagus",
              today=SETELAH_TW1)
    assert keadaan(k.db) == before
    alasan = "Menyelesaikan kurikulum darurat di luar rencana kerja"
    d = nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
              predikat_override=Predikat.SANGAT_BAIK, alasan_override=f"  {alasan} ",
              catatan="Diusulkan ikut diklat kepemimpinan", today=SETELAH_TW1)
    assert (d.predikat, d.predikat_matriks) == (Predikat.SANGAT_BAIK, Predikat.BAIK)
    assert d.di_override and d.alasan_override == alasan and d.predikat_label == "Sangat Baik"
    assert d.catatan == "Diusulkan ikut diklat kepemimpinan"
    again = get_penilaian(k.db, k.akun("kasi"), skp["kasi"].id, TW1)
    # the pegawai reads the same penilaian but may not rate it; his penilai may
    assert d.boleh_nilai and not again.boleh_nilai
    assert dataclasses.replace(again, boleh_nilai=True) == d
    # Back to the matrix: the old reason goes.
    d2 = nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
               today=SETELAH_TW1, expected_version=d.version)
    assert not d2.di_override and d2.alasan_override == "" and d2.predikat is Predikat.BAIK


def test_rating_someone_you_do_not_assess_is_refused(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    before = keadaan(k.db)
    # The atasan penilai, a colleague and the pegawai himself do not rate.
    for who, role in (("kadis", Role.PENILAI), ("kabid2", Role.PENILAI), ("kasi", Role.PEGAWAI)):
        with pytest.raises(PermissionDenied,
                           match=f"'{who}' tidak boleh menilai Budi Santoso.*penilainya"):
            nilai(k.db, k.akun(who, role), skp["kasi"].id, TW1, rating_hasil_kerja=A,
                  rating_perilaku=A, today=SETELAH_TW1)
    assert keadaan(k.db) == before


def test_a_period_that_has_not_ended_is_refused(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"TRIWULAN I baru berakhir 31-03-2025.*01-04-2025"):
        nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=A, rating_perilaku=A,
              today=dt.date(TAHUN, 3, 31))
    with pytest.raises(ValidationError, match="TAHUNAN baru berakhir 31-12-2025"):
        nilai(k.db, kabid, skp["kasi"].id, TAHUNAN, rating_hasil_kerja=A, rating_perilaku=A,
              today=dt.date(TAHUN, 12, 31))
    with pytest.raises(ValidationError, match="Periode '2025-TW9' tidak ada"):
        nilai(k.db, kabid, skp["kasi"].id, f"{TAHUN}-TW9", rating_hasil_kerja=A,
              rating_perilaku=A, today=SETELAH_TW1)
    assert keadaan(k.db) == before
    d = nilai(k.db, kabid, skp["kasi"].id, TAHUNAN, rating_hasil_kerja=A, rating_perilaku=S,
              today=dt.date(TAHUN + 1, 1, 5))
    assert d.periode_label == "TAHUNAN" and d.predikat is Predikat.BAIK


def test_a_plt_rates_and_is_printed_as_penilai(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    # Dewi (head of the other bidang) is Plt of the kabid over the end of March.
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLT, k.ids["kabid2"], k.ids["kabid"], dt.date(TAHUN, 3, 1),
        dt.date(TAHUN, 4, 30)))
    d = nilai(k.db, k.akun("kabid2", Role.PENILAI), skp["kasi"].id, TW1,
              rating_hasil_kerja=B, rating_perilaku=S, today=SETELAH_TW1)
    assert d.predikat is Predikat.BUTUH_PERBAIKAN
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kabid2"]
    # Not for the second quarter: the Plt ended in April.
    with pytest.raises(PermissionDenied, match="penilainya pada 30-06-2025"):
        nilai(k.db, k.akun("kabid2", Role.PENILAI), skp["kasi"].id, f"{TAHUN}-TW2",
              rating_hasil_kerja=B, rating_perilaku=S, today=dt.date(TAHUN, 7, 1))
    assert [r.pegawai_id for r in daftar_penilaian(
        k.db, k.akun("kabid2", Role.PENILAI), TAHUN, TW1)] == [k.ids["kasi"]]


def test_head_of_organisation_rated_from_capaian(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    before = keadaan(k.db)
    # His penilai is the Sekda outside this database: only the admin enters the rating.
    with pytest.raises(PermissionDenied, match="'kabid' tidak boleh menilai Ahmad Fauzi"):
        nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kadis"].id, TW1,
              rating_hasil_kerja=A, rating_perilaku=A, today=SETELAH_TW1)
    assert keadaan(k.db) == before
    d = nilai(k.db, k.admin, skp["kadis"].id, TW1, rating_hasil_kerja=B, rating_perilaku=A,
              capaian_organisasi=PredikatOrganisasi.ISTIMEWA, today=SETELAH_TW1)
    assert d.is_kepala_organisasi and d.capaian_organisasi is PredikatOrganisasi.ISTIMEWA
    assert d.rating_hasil_kerja is A and d.predikat is Predikat.SANGAT_BAIK
    assert d.penilai is not None and d.penilai.nama.startswith("Drs. H. Sekda")
    d = nilai(k.db, k.admin, skp["kadis"].id, TW1, rating_hasil_kerja=A, rating_perilaku=A,
              capaian_organisasi=PredikatOrganisasi.KURANG, today=SETELAH_TW1)
    assert d.rating_hasil_kerja is B and d.predikat is Predikat.BUTUH_PERBAIKAN
    # For anyone else the capaian is recorded but his own rating counts.
    d = nilai(k.db, k.akun("kadis", Role.PENILAI), skp["kabid"].id, TW1, rating_hasil_kerja=A,
              rating_perilaku=A, capaian_organisasi=PredikatOrganisasi.KURANG,
              today=SETELAH_TW1)
    assert not d.is_kepala_organisasi and d.rating_hasil_kerja is A
    assert d.capaian_organisasi is PredikatOrganisasi.KURANG


def test_close_a_rated_period(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    d = nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
              today=SETELAH_TW1)
    assert d.evaluasi_id is not None
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied, match="'kasi' tidak boleh menutup penilaian"):
        tutup_periode(k.db, k.akun("kasi"), d.evaluasi_id)
    assert keadaan(k.db) == before
    closed = tutup_periode(k.db, kabid, d.evaluasi_id)
    assert closed.status is StatusEvaluasi.DITUTUP and closed.predikat is Predikat.BAIK
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="berstatus ditutup tidak dapat menilai"):
        nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=A, rating_perilaku=A,
              today=SETELAH_TW1)
    with pytest.raises(ValidationError, match="berstatus ditutup tidak dapat menutup"):
        tutup_periode(k.db, k.admin, d.evaluasi_id)
    assert keadaan(k.db) == before


def test_daftar_penilaian_lists_the_penilai_people_only(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    kadis = k.akun("kadis", Role.PENILAI)
    nilai(k.db, kabid, skp["kasi"].id, TW1, rating_hasil_kerja=A, rating_perilaku=A,
          today=SETELAH_TW1)
    [row] = daftar_penilaian(k.db, kabid, TAHUN, TW1)
    assert (row.pegawai_id, row.nama, row.status, row.predikat_label) == (
        k.ids["kasi"], "Budi Santoso", StatusEvaluasi.DINILAI, "Sangat Baik")
    assert (row.rating_hasil_kerja, row.rating_perilaku) == (A, A)
    [row] = daftar_penilaian(k.db, kadis, TAHUN, TW1)
    assert (row.pegawai_id, row.status, row.evaluasi_id, row.predikat) == (
        k.ids["kabid"], StatusEvaluasi.BELUM_DIISI, None, None)
    assert daftar_penilaian(k.db, k.akun("staf"), TAHUN, TW1) == []
    semua = daftar_penilaian(k.db, k.admin, TAHUN, TW1)
    assert [r.nama for r in semua] == ["Ahmad Fauzi", "Budi Santoso", "Rina Marlina"]
    assert [r.pegawai_id for r in daftar_penilaian(
        k.db, k.admin, TAHUN, TW1, penilai_id=k.ids["kabid"])] == [k.ids["kasi"]]
    assert [r.pegawai_id for r in daftar_penilaian(
        k.db, k.admin, TAHUN, TW1, unit_id=k.units["1.1"])] == [k.ids["kabid"]]
    # Another period of the same year: nobody rated yet.
    assert [r.status for r in daftar_penilaian(k.db, kabid, TAHUN, f"{TAHUN}-TW2")] == [
        StatusEvaluasi.BELUM_DIISI]
