"""Rapat evaluasi (issue 4 point 8): the unit's meeting record per period, who may write
it, bad input that changes nothing, and the unit recap that is its agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kinerja_desktop.documents.rapat_workbook import (
    AGENDA_HEADERS,
    AGENDA_SHEET,
    NOTULEN_SHEET,
    NOTULEN_TITLE,
    TINDAK_LANJUT_HEADERS,
)
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import daftar_penilaian, nilai
from kinerja_desktop.services.rapat_evaluasi import (
    RapatInput,
    TindakLanjut,
    boleh_ubah,
    ekspor_notulen,
    get_rapat,
    hapus_rapat,
    kandidat_peserta,
    list_rapat,
    parse_tanggal,
    simpan_rapat,
    tanggal_teks,
)
from kinerja_desktop.services.rekap import TANPA_SKP, rekap_unit
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Outbox, RapatEvaluasi
from tests.services.test_skp_service import TAHUN, Kantor, build_kantor, tetapkan_rantai

TW1 = f"{TAHUN}-TW1"
TW2 = f"{TAHUN}-TW2"
SETELAH_TW1 = dt.date(TAHUN, 4, 1)
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


@pytest.fixture
def rantai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    k = build_kantor(site_db, admin)
    return k, tetapkan_rantai(k)


def rapat(**extra: object) -> RapatInput:
    data = RapatInput(
        tanggal=dt.date(TAHUN, 4, 8), tempat="Ruang Rapat Bidang", pimpinan="Rina Marlina",
        peserta=("Rina Marlina — Kepala Bidang Pembinaan", "  Budi Santoso  ", "",
                 "budi santoso"),
        kesimpulan="Capaian bidang triwulan I Baik.\nDua pegawai belum mengisi realisasi.",
        tindak_lanjut=(
            TindakLanjut("Lengkapi realisasi triwulan I", "Siti Aminah", "30-04-2025"),
            TindakLanjut("Pendampingan penyusunan bukti dukung", "Budi Santoso", None, True),
        ),
    )
    return dataclasses.replace(data, **extra)  # type: ignore[arg-type]


def keadaan(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (RapatEvaluasi, Outbox, AuditLog))
        rows = sorted((str(r.id), r.version, r.deleted_at is None, r.kesimpulan, r.tanggal)
                      for r in s.scalars(select(RapatEvaluasi)))
    return counts, tuple(map(str, rows))


def test_record_update_conflict_and_soft_delete(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _skp = rantai
    bidang = k.units["1.1"]
    kabid = k.akun("kabid", Role.PENILAI)  # head of Bidang Pembinaan
    assert get_rapat(k.db, kabid, bidang, TAHUN, TW1) is None
    assert boleh_ubah(k.db, kabid, bidang) and not boleh_ubah(k.db, k.akun("staf"), bidang)

    d = simpan_rapat(k.db, kabid, bidang, TAHUN, TW1, rapat())
    assert d.version == 1 and d.boleh_ubah and d.periode_label == "TRIWULAN I"
    assert d.unit_nama == "Bidang Pembinaan" and d.tempat == "Ruang Rapat Bidang"
    # blank lines go, spaces are trimmed, the same name twice is kept once
    assert d.peserta == ("Rina Marlina — Kepala Bidang Pembinaan", "Budi Santoso")
    assert d.tindak_lanjut == (
        TindakLanjut("Lengkapi realisasi triwulan I", "Siti Aminah", dt.date(TAHUN, 4, 30)),
        TindakLanjut("Pendampingan penyusunan bukti dukung", "Budi Santoso", None, True),
    )
    assert d.jumlah_tindak_lanjut_terbuka == 1
    assert get_rapat(k.db, k.admin, bidang, TAHUN, TW1) == dataclasses.replace(d)
    with k.db.read() as s:
        row = s.get(RapatEvaluasi, d.id)
        assert row is not None and row.tindak_lanjut[0]["batas_waktu"] == "2025-04-30"
        assert s.scalar(select(func.count()).select_from(Outbox)
                        .where(Outbox.entity_id == d.id)) == 1

    # The admin changes it with the version he read.
    d2 = simpan_rapat(k.db, k.admin, bidang, TAHUN, TW1,
                      rapat(kesimpulan="Capaian Baik.", tindak_lanjut=()),
                      expected_version=d.version)
    assert (d2.id, d2.version, d2.kesimpulan, d2.tindak_lanjut) == (d.id, 2, "Capaian Baik.", ())

    # The head still holds version 1: a conflict, nothing changes. So does a second "new" one.
    before = keadaan(k.db)
    with pytest.raises(ConflictError, match=r"versi 1 → versi 2.*Muat ulang"):
        simpan_rapat(k.db, kabid, bidang, TAHUN, TW1, rapat(), expected_version=1)
    with pytest.raises(ConflictError, match=r"sudah dicatat orang lain \(versi 2\)"):
        simpan_rapat(k.db, kabid, bidang, TAHUN, TW1, rapat())
    with pytest.raises(ConflictError, match="versi 1 → 2"):
        hapus_rapat(k.db, kabid, d.id, 1)
    assert keadaan(k.db) == before

    assert [r.periode_key for r in list_rapat(k.db, k.admin, TAHUN)] == [TW1]
    hapus_rapat(k.db, kabid, d.id, d2.version)
    assert get_rapat(k.db, kabid, bidang, TAHUN, TW1) is None
    assert list_rapat(k.db, k.admin, TAHUN) == []
    with k.db.read() as s:
        row = s.get(RapatEvaluasi, d.id)
        assert row is not None and row.deleted_at is not None and row.version == 3
        assert s.scalar(select(Outbox.op).where(Outbox.entity_id == d.id)
                        .order_by(Outbox.seq.desc()).limit(1)) == "delete"
        assert s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "hapus_rapat_evaluasi")) == 1
    with pytest.raises(NotFoundError, match="sudah dihapus"):
        hapus_rapat(k.db, kabid, d.id, 3)
    # Saving with the version of the deleted record is a conflict; a new one revives the row.
    with pytest.raises(ConflictError, match="versi 2 → sudah dihapus"):
        simpan_rapat(k.db, kabid, bidang, TAHUN, TW1, rapat(), expected_version=2)
    d3 = simpan_rapat(k.db, kabid, bidang, TAHUN, TW1, rapat())
    assert (d3.id, d3.version) == (d.id, 4)
    assert get_rapat(k.db, kabid, bidang, TAHUN, TW1) == d3


def test_list_per_year_in_period_order(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, _skp = rantai
    for unit, key, day in (("1.1.1", TW2, dt.date(TAHUN, 7, 3)),
                           ("1.1", TW2, dt.date(TAHUN, 7, 2)),
                           ("1.1", TW1, dt.date(TAHUN, 4, 2))):
        simpan_rapat(k.db, k.admin, k.units[unit], TAHUN, key, rapat(tanggal=day))
    rows = list_rapat(k.db, k.admin, TAHUN)
    assert [(r.unit_kode, r.periode_key) for r in rows] == [
        ("1.1", TW1), ("1.1", TW2), ("1.1.1", TW2)]
    assert list_rapat(k.db, k.admin, TAHUN + 1) == []
    assert [r.unit_kode for r in list_rapat(k.db, k.admin, TAHUN, k.units["1.1.1"])] == ["1.1.1"]
    # The records of a unit are read by everyone in it (sub-units included), not by others.
    assert {r.unit_kode for r in list_rapat(k.db, k.akun("staf"), TAHUN)} == {"1.1", "1.1.1"}
    assert [r.boleh_ubah for r in list_rapat(k.db, k.akun("kasi", Role.PENILAI), TAHUN)] == [
        False, False, True]
    assert list_rapat(k.db, k.akun("kabid2", Role.PENILAI), TAHUN) == []


@pytest.mark.parametrize(("periode", "data", "message"), [
    (f"{TAHUN - 1}-TW1", {}, rf"Periode '{TAHUN - 1}-TW1' tidak ada pada tahun {TAHUN}; "
                            rf"pilih: {TAHUN}-TW1"),
    (TW2, {"tanggal": dt.date(TAHUN, 3, 28)},
     r"Tanggal rapat 28 Maret 2025 sebelum periode TRIWULAN II dimulai \(1 April 2025\)"),
    (TW1, {"tanggal": dt.date(TAHUN + 2, 1, 5)}, "terlalu jauh setelah periode"),
    (TW1, {"peserta": ("", "   ")}, "Isi paling sedikit satu peserta rapat"),
    (TW1, {"kesimpulan": "  \n "}, "Kesimpulan rapat masih kosong"),
    (TW1, {"tindak_lanjut": (TindakLanjut("Lengkapi realisasi"), TindakLanjut("  ", "Budi"))},
     "Tindak lanjut baris 2: uraian masih kosong"),
    (TW1, {"tindak_lanjut": (TindakLanjut("Lengkapi realisasi", "", "31-02-2025"),)},
     r"Tindak lanjut baris 1, batas waktu: '31-02-2025' bukan tanggal yang sah; tulis "
     r"seperti 31-12-2026"),
    (TW1, {"tindak_lanjut": (TindakLanjut("Lengkapi realisasi", "", "besok"),)},
     "'besok' bukan tanggal yang sah"),
    (TW1, {"tempat": "x" * 201}, r"Tempat rapat terlalu panjang \(201 karakter\)"),
])
def test_bad_input_is_refused_and_changes_nothing(
    rantai: tuple[Kantor, dict[str, SkpDetail]], periode: str, data: dict[str, object],
    message: str,
) -> None:
    k, _skp = rantai
    existing = simpan_rapat(k.db, k.admin, k.units["1.1"], TAHUN, TW2,
                            rapat(tanggal=dt.date(TAHUN, 7, 2)))
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=message):
        simpan_rapat(k.db, k.admin, k.units["1.1"], TAHUN, periode, rapat(**data),
                     expected_version=existing.version if periode == TW2 else None)
    assert keadaan(k.db) == before


@pytest.mark.parametrize(("who", "role"), [
    ("staf", Role.PEGAWAI),  # a pegawai of the unit
    ("kasi", Role.PENILAI),  # head of a sub-unit, not of the Bidang
    ("kabid2", Role.PENILAI),  # head of another Bidang
])
def test_only_the_admin_and_the_head_of_the_unit_write(
    rantai: tuple[Kantor, dict[str, SkpDetail]], who: str, role: Role,
) -> None:
    k, _skp = rantai
    bidang = k.units["1.1"]
    d = simpan_rapat(k.db, k.admin, bidang, TAHUN, TW1, rapat())
    before = keadaan(k.db)
    actor = k.akun(who, role)
    with pytest.raises(PermissionDenied,
                       match=f"'{who}' tidak boleh mencatat rapat evaluasi unit Bidang "
                             "Pembinaan: hanya kepala unit tersebut dan admin"):
        simpan_rapat(k.db, actor, bidang, TAHUN, TW1, rapat(kesimpulan="Diubah"),
                     expected_version=d.version)
    with pytest.raises(PermissionDenied, match=f"'{who}' tidak boleh menghapus"):
        hapus_rapat(k.db, actor, d.id, d.version)
    with pytest.raises(PermissionDenied, match=f"'{who}' tidak boleh mencatat"):
        simpan_rapat(k.db, actor, bidang, TAHUN, TW2, rapat(tanggal=dt.date(TAHUN, 7, 1)))
    assert keadaan(k.db) == before


def test_the_agenda_is_the_unit_recap(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1, rating_hasil_kerja=A,
          rating_perilaku=A, today=SETELAH_TW1)
    nilai(k.db, k.admin, skp["kabid"].id, TW1, rating_hasil_kerja=S, rating_perilaku=S,
          today=SETELAH_TW1)
    kabid = k.akun("kabid", Role.PENILAI)
    # The agenda is THE unit recap (services/rekap.py).
    ag = rekap_unit(k.db, kabid, k.units["1.1"], TW1)
    assert (ag.unit_nama, ag.periode_label, ag.mulai, ag.selesai) == (
        "Bidang Pembinaan", "TRIWULAN I", dt.date(TAHUN, 1, 1), dt.date(TAHUN, 3, 31))
    # The head first, then the sub-unit's pegawai by name.
    assert [(b.nama, b.unit_nama, b.status, b.predikat_label) for b in ag.baris] == [
        ("Rina Marlina", "Bidang Pembinaan", "Dinilai", "Baik"),
        ("Budi Santoso", "Seksi Kurikulum", "Dinilai", "Sangat Baik"),
        ("Siti Aminah, S.Kom.", "Seksi Kurikulum", TANPA_SKP, ""),
        ("Yusuf Hasibuan", "Seksi Kurikulum", TANPA_SKP, ""),
    ]
    budi = ag.baris[1]
    assert budi.nip_teks == "19850101 201001 1 003" and budi.jabatan == "Kepala Seksi Kurikulum"
    assert (budi.rating_hasil_kerja, budi.rating_perilaku) == (A, A)
    assert [(d.predikat, d.jumlah) for d in ag.distribusi] == [
        (Predikat.SANGAT_BAIK, 1), (Predikat.BAIK, 1), (Predikat.BUTUH_PERBAIKAN, 0),
        (Predikat.KURANG, 0), (Predikat.SANGAT_KURANG, 0)]
    assert (ag.dinilai, ag.belum_dinilai, ag.tanpa_skp) == (2, 0, 2)
    # Rows match the evaluations the penilaian service lists (same SKPs, same predikat).
    rated = {r.skp_id: (r.status, r.predikat)
             for r in daftar_penilaian(k.db, k.admin, TAHUN, TW1)}
    for b in ag.baris:
        if b.skp_id is not None:
            assert rated[b.skp_id] == (b.status_evaluasi, b.predikat)
    # TW2: SKPs cover it but nothing is filled yet.
    ag2 = rekap_unit(k.db, k.admin, k.units["1.1"], TW2)
    assert [b.status_evaluasi for b in ag2.baris[:2]] == [StatusEvaluasi.BELUM_DIISI] * 2
    assert (ag2.dinilai, ag2.belum_dinilai) == (0, 2)
    # The head of the Dinas sees the Bidang's recap, and so does an operator; a pegawai and
    # another Bidang do not.
    assert rekap_unit(k.db, k.akun("kadis", Role.PENILAI), k.units["1.1"], TW1) == ag
    assert rekap_unit(k.db, k.akun("staf", Role.OPERATOR), k.units["1.1"], TW1) == ag
    for who, role in (("staf", Role.PEGAWAI), ("kabid2", Role.PENILAI)):
        with pytest.raises(PermissionDenied, match=f"'{who}' tidak boleh melihat rekap"):
            rekap_unit(k.db, k.akun(who, role), k.units["1.1"], TW1)
    with pytest.raises(ValidationError, match="tidak ada pada tahun"):
        rekap_unit(k.db, k.admin, k.units["1.1"], f"{TAHUN}-TW9")


def test_participant_candidates(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, _skp = rantai
    kandidat = kandidat_peserta(k.db, k.akun("kabid", Role.PENILAI), k.units["1.1"])
    assert [c.teks for c in kandidat] == [
        "Rina Marlina — Kepala Bidang Pembinaan",
        "Budi Santoso — Kepala Seksi Kurikulum",
        "Siti Aminah, S.Kom. — Analis Kurikulum",
        "Yusuf Hasibuan — Analis Kurikulum",
    ]
    with pytest.raises(PermissionDenied):
        kandidat_peserta(k.db, k.akun("kabid2", Role.PENILAI), k.units["1.1"])


def test_dates() -> None:
    assert tanggal_teks(dt.date(2026, 11, 25)) == "25 November 2026"
    assert parse_tanggal("5/1/2026", "x") == dt.date(2026, 1, 5)
    assert parse_tanggal("2026-01-05", "x") == dt.date(2026, 1, 5)
    assert parse_tanggal("  ", "x") is None
    with pytest.raises(ValidationError, match="x: '2026-13-01' bukan tanggal"):
        parse_tanggal("2026-13-01", "x")


def test_notulen_workbook_reads_back(
    rantai: tuple[Kantor, dict[str, SkpDetail]], tmp_path: Path,
) -> None:
    k, skp = rantai
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1, rating_hasil_kerja=B,
          rating_perilaku=S, today=SETELAH_TW1)
    bidang = k.units["1.1"]
    simpan_rapat(k.db, k.admin, bidang, TAHUN, TW1, rapat(tanggal=dt.date(TAHUN, 4, 25)))
    path = ekspor_notulen(k.db, k.admin, bidang, TAHUN, TW1, tmp_path / "notulen.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [NOTULEN_SHEET, AGENDA_SHEET]
    ws = book[NOTULEN_SHEET]
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    flat = [v for row in cells for v in row if v not in (None, "")]
    assert flat[0] == NOTULEN_TITLE
    assert ": 1.1 Bidang Pembinaan" in flat and ": TRIWULAN I 2025" in flat
    assert ": 25 April 2025" in flat and ": Ruang Rapat Bidang" in flat
    assert ": Rina Marlina" in flat
    i = flat.index("Peserta Rapat")
    assert flat[i + 1:i + 5] == [1, "Rina Marlina — Kepala Bidang Pembinaan", 2, "Budi Santoso"]
    assert rapat().kesimpulan.strip() in flat
    j = flat.index("Tindak Lanjut")
    assert tuple(flat[j + 1:j + 6]) == TINDAK_LANJUT_HEADERS
    assert flat[j + 6:j + 15] == [
        1, "Lengkapi realisasi triwulan I", "Siti Aminah", "30 April 2025", "Belum",
        2, "Pendampingan penyusunan bukti dukung", "Budi Santoso", "Selesai"]

    ag = book[AGENDA_SHEET]
    rows = list(ag.iter_rows(values_only=True))
    assert rows[3] == AGENDA_HEADERS
    assert ag.print_title_rows == "$4:$4"
    data = [r for r in rows[4:8]]
    assert [r[1] for r in data] == ["Rina Marlina", "Budi Santoso", "Siti Aminah, S.Kom.",
                                    "Yusuf Hasibuan"]
    assert data[1][2:] == ("19850101 201001 1 003", "Kepala Seksi Kurikulum",
                           "Seksi Kurikulum", "Dinilai", "Di Bawah Ekspektasi",
                           "Sesuai Ekspektasi", "Butuh Perbaikan")
    assert data[0][5] == "Belum diisi" and data[2][5] == TANPA_SKP
    tail = {r[1]: r[2] for r in rows[8:] if r[1] is not None}
    assert tail["Butuh Perbaikan"] == 1 and tail["Baik"] == 0
    assert (tail["Jumlah dinilai"], tail["Belum dinilai"],
            tail[TANPA_SKP]) == (1, 1, 2)


def test_export_without_a_record_is_a_blank_form_and_a_bad_target_is_refused(
    rantai: tuple[Kantor, dict[str, SkpDetail]], tmp_path: Path,
) -> None:
    k, _skp = rantai
    path = ekspor_notulen(k.db, k.admin, k.units["1.1.1"], TAHUN, TW1, tmp_path / "kosong.xlsx")
    ws = load_workbook(path)[NOTULEN_SHEET]
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert ": " in values and [v for v in values if isinstance(v, int)][:5] == [1, 2, 3, 4, 5]
    with pytest.raises(UserError, match=r"harus berakhiran \.xlsx"):
        ekspor_notulen(k.db, k.admin, k.units["1.1"], TAHUN, TW1, tmp_path / "notulen.pdf")
    with pytest.raises(PermissionDenied):
        ekspor_notulen(k.db, k.akun("staf"), k.units["1.1"], TAHUN, TW1, tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()
