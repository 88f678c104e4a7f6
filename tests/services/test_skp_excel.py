"""SKP Excel round trip on real xlsx files and real databases (SQLite and PostgreSQL).

Export -> import gives back the same SKP; every bad workbook gets a message naming
the row and column (or the file) and leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import (
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
    StatusSKP,
    comparable,
)
from kinerja_desktop.services import skp_excel as sx
from kinerja_desktop.services import skp_workflow as wf
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.services.sasaran_unit import (
    Indikator,
    Sasaran,
    set_kepala_unit,
    simpan_sasaran_unit,
)
from kinerja_desktop.services.skp import Identitas, buat_skp, get_skp, simpan_isi
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, IkiRow, Outbox, RhkRow, Skp
from tests import cetakan
from tests.conftest import make_site

TAHUN = 2026
TODAY = dt.date(2026, 3, 2)
KEPALA = "197001011995031001"
KABID = "198001012005011002"
STAF = "199001012015052001"
STAF2 = "199203032019031004"
TANPA_SKP = "198502022010012003"  # no SKP, and neither has her atasan (Budi)


@dataclass
class Office:
    db: Database
    admin: Actor
    ids: dict[str, uuid.UUID]  # NIP -> pegawai id
    skp: dict[str, uuid.UUID]  # NIP -> SKP id
    goals: list[uuid.UUID]


def kepala_isi(goals: list[uuid.UUID]) -> IsiSKP:
    """JPT: perspektif per IKI, a unit goal, an RHK of a leader outside the app, tambahan."""
    return IsiSKP(
        pendekatan=Pendekatan.KUANTITATIF, form_family=FormFamily.JPT,
        rhk=[
            Rhk("Meningkatnya mutu layanan pendidikan dasar", iki=[
                Iki("Indeks kepuasan masyarakat", None, Decimal("85.5"), "indeks",
                    perspektif=Perspektif.PENERIMA_LAYANAN),
                Iki("Persentase sekolah terakreditasi A", None, Decimal("60"), "%",
                    perspektif=Perspektif.PROSES_BISNIS),
            ], intervensi_sasaran_id=goals[0]),
            Rhk("Terkelolanya anggaran dinas secara akuntabel", iki=[
                Iki("Opini laporan keuangan", None, None, "", "WTP",
                    perspektif=Perspektif.ANGGARAN),
            ], intervensi_teks="Meningkatnya kualitas SDM daerah (RHK Bupati)"),
            Rhk("Terlaksananya koordinasi lintas sektor", JenisRHK.TAMBAHAN, iki=[
                Iki("Jumlah rapat koordinasi", None, Decimal(4), "kali",
                    perspektif=Perspektif.PENGUATAN_INTERNAL),
            ], intervensi_sasaran_id=goals[1]),
        ],
        ekspektasi={1: "Responsif terhadap pengaduan sekolah"},
        lampiran=Lampiran(["Anggaran APBD"], ["Laporan triwulanan kepada Bupati"],
                          ["Sanksi sesuai PP 94/2021"]),
    )


def kabid_isi(kepala_rhk: list[uuid.UUID]) -> IsiSKP:
    return IsiSKP(rhk=[
        Rhk("Tersusunnya kurikulum muatan lokal", iki=[
            Iki("Jumlah dokumen kurikulum", Aspek.KUANTITAS, Decimal(3), "dokumen"),
            Iki("Dokumen disahkan tepat waktu", Aspek.WAKTU, Decimal(12), "bulan"),
        ], intervensi_rhk_id=kepala_rhk[0]),
        Rhk("Terbinanya sekolah dasar", iki=[
            Iki("Jumlah sekolah dibina", Aspek.KUANTITAS, Decimal(1500), "sekolah"),
        ], intervensi_rhk_id=kepala_rhk[1]),
    ])


def staf_isi(kabid_rhk: list[uuid.UUID]) -> IsiSKP:
    """JA/JF kuantitatif: Indonesian decimals, a range target, tambahan, ekspektasi, lampiran."""
    return IsiSKP(
        rhk=[
            Rhk("Tersusunnya draf kurikulum kelas 1–3", iki=[
                Iki("Jumlah draf kurikulum", Aspek.KUANTITAS, Decimal("2.5"), "draf"),
                Iki("Draf diterima tanpa revisi besar", Aspek.KUALITAS, None, "", "80–90 %"),
                Iki("Draf selesai", Aspek.WAKTU, Decimal(6), "bulan"),
                Iki("Biaya penyusunan", Aspek.BIAYA, Decimal("12500000"), "rupiah"),
            ], intervensi_rhk_id=kabid_rhk[0]),
            Rhk("Terlaksananya pendampingan sekolah", iki=[
                Iki("Jumlah sekolah didampingi", Aspek.KUANTITAS, Decimal(24), "sekolah"),
            ], intervensi_rhk_id=kabid_rhk[1]),
            Rhk("Terlaksananya piket layanan informasi", JenisRHK.TAMBAHAN, iki=[
                Iki("Jumlah hari piket", Aspek.KUANTITAS, Decimal("0.75"), "hari/minggu"),
            ], intervensi_rhk_id=kabid_rhk[1]),
        ],
        ekspektasi={2: "Laporan selalu disertai bukti dukung", 6: "Cepat belajar aplikasi baru"},
        lampiran=Lampiran(["Akses aplikasi Dapodik", "Laptop kantor"],
                          ["Laporan bulanan kepada Kepala Bidang"],
                          ["Dicatat dalam evaluasi kinerja triwulan"]),
    )


def person(nip: str, nama: str, unit: str, atasan: str = "", **kw: str) -> PegawaiInput:
    values = {"golongan": "III/b", "jabatan": "Pranata Komputer",
              "kategori_jabatan": "Fungsional", "jenjang": "Ahli Pertama"} | kw
    return PegawaiInput(nip=nip, nama=nama, unit_kode=unit, atasan_nip=atasan, **values)


@cetakan.bersama
def build_office(db: Database, admin: Actor) -> Office:
    """(Copied from a template when ``db`` is in a known state: see tests.cetakan.)"""
    u1 = save_unit(db, admin, UnitInput("1", "Dinas Pendidikan"))
    u2 = save_unit(db, admin, UnitInput("1.1", "Bidang Pembinaan", u1.id))
    save_unit(db, admin, UnitInput("1.1.1", "Seksi Kurikulum", u2.id))
    ids: dict[str, uuid.UUID] = {}
    for data in (
        person(KEPALA, "Ahmad Fauzi", "1", gelar_depan="Dr.", golongan="IV/c",
               jabatan="Kepala Dinas", kategori_jabatan="JPT Pratama", jenjang=""),
        person(KABID, "Rina Marlina", "1.1", KEPALA, golongan="IV/a",
               jabatan="Kepala Bidang Pembinaan", kategori_jabatan="Administrator", jenjang=""),
        person(STAF, "Siti Aminah", "1.1.1", KABID, gelar_belakang="S.Kom."),
        person(STAF2, "Budi Santoso", "1.1.1", KABID),
        person(TANPA_SKP, "Dewi Lestari", "1.1", STAF2),
    ):
        ids[data.nip] = save_pegawai(db, admin, data).id
    set_kepala_unit(db, admin, u1.id, ids[KEPALA])
    goals = [g.id for g in simpan_sasaran_unit(db, admin, u1.id, TAHUN, [
        Sasaran("Meningkatnya mutu pendidikan dasar", (Indikator("Angka partisipasi", "98 %"),)),
        Sasaran("Meningkatnya tata kelola dinas", (Indikator("Nilai SAKIP", "B"),)),
    ]).sasaran]
    assert all(g is not None for g in goals)
    goal_ids = [g for g in goals if g is not None]
    skp: dict[str, uuid.UUID] = {}
    skp[KEPALA] = buat_skp(db, admin, ids[KEPALA], TAHUN, isi=kepala_isi(goal_ids), today=TODAY)
    kepala_rhk = [r.id for r in get_skp(db, admin, skp[KEPALA]).isi.rhk if r.id]
    skp[KABID] = buat_skp(db, admin, ids[KABID], TAHUN, isi=kabid_isi(kepala_rhk), today=TODAY)
    kabid_rhk = [r.id for r in get_skp(db, admin, skp[KABID]).isi.rhk if r.id]
    skp[STAF] = buat_skp(db, admin, ids[STAF], TAHUN, isi=staf_isi(kabid_rhk), today=TODAY)
    return Office(db, admin, ids, skp, goal_ids)


@pytest.fixture
def office(site_db: Database, admin: Actor) -> Office:
    """The office on SQLite and on PostgreSQL."""
    return build_office(site_db, admin)


@pytest.fixture
def file_office(sqlite_db: Database) -> Office:
    """The office on SQLite only: for faults of the file itself, found before any query."""
    return build_office(sqlite_db, make_site(sqlite_db))


def state(db: Database) -> tuple[Any, ...]:
    """Everything an import could change."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Outbox)),
            s.scalar(select(func.count()).select_from(AuditLog)),
            tuple(s.execute(select(Skp.id, Skp.version, Skp.status).order_by(Skp.id))),
            s.scalar(select(func.count()).select_from(RhkRow)),
            s.scalar(select(func.count()).select_from(IkiRow)),
        )


def export(office: Office, nip: str, tmp_path: Path, name: str = "") -> Path:
    return sx.export_skp(office.db, office.admin, office.skp[nip],
                         tmp_path / (name or f"skp-{nip}.xlsx"))


def find(ws: Any, text: str, column: int | None = None) -> tuple[int, int]:
    """(row, column) of the first cell whose text starts with ``text``."""
    for row in ws.iter_rows():
        for cell in row:
            if column is not None and cell.column != column:
                continue
            if isinstance(cell.value, str) and cell.value.startswith(text):
                return cell.row, cell.column
    raise AssertionError(f"{text!r} not in sheet")


def edit(path: Path, change: Any) -> Path:
    wb = load_workbook(path)
    change(wb["SKP"])
    wb.save(path)
    return path


def rejected_unchanged(office: Office, preview: sx.SkpImportPreview) -> None:
    """Applying a preview with errors raises and changes nothing."""
    before = state(office.db)
    with pytest.raises(sx.ImportRejected) as exc:
        sx.apply_skp_import(office.db, office.admin, preview)
    assert exc.value.errors == preview.errors
    assert "Tidak ada data yang diubah" in exc.value.message
    assert state(office.db) == before


# -- round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("nip", [STAF, KABID, KEPALA], ids=["ja-jf", "atasan", "jpt"])
def test_export_then_import_gives_back_the_same_skp(office: Office, tmp_path: Path,
                                                    nip: str) -> None:
    db, admin = office.db, office.admin
    original = get_skp(db, admin, office.skp[nip])
    path = export(office, nip, tmp_path)

    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == []
    assert (preview.nip, preview.tahun, preview.pegawai_id) == (nip, TAHUN, office.ids[nip])
    assert preview.target_skp_id == original.id and not preview.creates_new
    assert comparable(preview.isi) == comparable(original.isi)

    # Into an emptied draft: every row is written again from the workbook.
    emptied = simpan_isi(db, admin, original.id, IsiSKP(
        pendekatan=original.isi.pendekatan, form_family=original.isi.form_family),
        original.version)
    assert comparable(emptied.isi) != comparable(original.isi)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == [] and preview.target_version == emptied.version
    assert sx.apply_skp_import(db, admin, preview, today=TODAY) == original.id
    back = get_skp(db, admin, original.id)
    assert comparable(back.isi) == comparable(original.isi)
    assert back.status is StatusSKP.DRAFT


def test_kualitatif_round_trip_keeps_text_targets_that_look_like_numbers(
    office: Office, tmp_path: Path
) -> None:
    db, admin = office.db, office.admin
    current = get_skp(db, admin, office.skp[KABID])
    kepala_rhk = [r.intervensi_rhk_id for r in current.isi.rhk]
    isi = IsiSKP(pendekatan=Pendekatan.KUALITATIF, rhk=[
        Rhk("Terwujudnya pembinaan sekolah yang bermutu", iki=[
            Iki("Sekolah binaan menerapkan kurikulum", Aspek.KUALITAS, None, "",
                "Seluruh sekolah binaan menerapkan kurikulum merdeka"),
            Iki("Dokumen pembinaan", Aspek.KUANTITAS, None, "", "100 % dokumen lengkap"),
            Iki("Laporan", Aspek.WAKTU, Decimal(4), "laporan"),
        ], intervensi_rhk_id=kepala_rhk[0]),
    ], ekspektasi={3: "Membimbing pengawas baru", 7: "Melibatkan komite sekolah"},
        lampiran=Lampiran([], ["Rapat evaluasi bulanan"], []))
    saved = simpan_isi(db, admin, current.id, isi, current.version)
    path = export(office, KABID, tmp_path)
    ws = load_workbook(path)["SKP"]
    assert ws["A2"].value == "PENDEKATAN HASIL KERJA KUALITATIF"
    simpan_isi(db, admin, current.id, IsiSKP(), saved.version)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == []
    sx.apply_skp_import(db, admin, preview, today=TODAY)
    back = get_skp(db, admin, current.id)
    assert back.isi.pendekatan is Pendekatan.KUALITATIF
    assert comparable(back.isi) == comparable(saved.isi)


def test_reimport_keeps_row_ids_so_staff_links_survive(office: Office, tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    before = get_skp(db, admin, office.skp[KABID])
    path = export(office, KABID, tmp_path)

    def retarget(ws: Any) -> None:
        row, col = find(ws, "3 dokumen")
        ws.cell(row=row, column=col).value = "4 dokumen"
    edit(path, retarget)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == []
    sx.apply_skp_import(db, admin, preview, today=TODAY)
    after = get_skp(db, admin, office.skp[KABID])
    assert [r.id for r in after.isi.rhk] == [r.id for r in before.isi.rhk]
    assert [i.id for r in after.isi.rhk for i in r.iki] == [
        i.id for r in before.isi.rhk for i in r.iki]
    assert after.isi.rhk[0].iki[0].target_nilai == Decimal(4)
    # The staff SKP that intervenes these RHK can still be saved as it is.
    staf = get_skp(db, admin, office.skp[STAF])
    simpan_isi(db, admin, staf.id, staf.isi, staf.version)


def test_hand_edited_workbook_for_a_pegawai_without_skp_creates_a_draft(
    office: Office, tmp_path: Path
) -> None:
    """The visible sheet is enough: the hidden sheet of another pegawai is ignored."""
    db, admin = office.db, office.admin
    path = export(office, STAF, tmp_path)

    def other_pegawai(ws: Any) -> None:
        row, col = find(ws, "NIP", 2)
        ws.cell(row=row, column=col + 1).value = STAF2
    edit(path, other_pegawai)
    preview = sx.preview_skp_import(db, admin, path, tahun=TAHUN, today=TODAY)
    assert preview.errors == []
    assert preview.creates_new and preview.target_skp_id is None
    assert preview.pegawai_id == office.ids[STAF2] and preview.pegawai_nama == "Budi Santoso"
    new_id = sx.apply_skp_import(db, admin, preview, today=TODAY)
    made = get_skp(db, admin, new_id)
    assert made.status is StatusSKP.DRAFT and made.pegawai.nama == "Budi Santoso"
    assert comparable(made.isi) == comparable(get_skp(db, admin, office.skp[STAF]).isi)


def test_leader_outside_the_app_keeps_the_text(office: Office, tmp_path: Path) -> None:
    """The penilai has no SKP here: column (2) is kept as text (intervensi_teks)."""
    db, admin = office.db, office.admin
    path = export(office, STAF, tmp_path)

    def for_dewi(ws: Any) -> None:
        row, col = find(ws, "NIP", 2)
        ws.cell(row=row, column=col + 1).value = TANPA_SKP
    edit(path, for_dewi)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == [] and preview.creates_new
    assert [r.intervensi_teks for r in preview.isi.rhk] == [
        "Tersusunnya kurikulum muatan lokal", "Terbinanya sekolah dasar",
        "Terbinanya sekolah dasar"]
    assert all(r.intervensi_rhk_id is None for r in preview.isi.rhk)


# -- bad workbooks: a clear message, nothing changed -----------------------------------------


def test_missing_column_names_the_header_row(file_office: Office, tmp_path: Path) -> None:
    path = export(file_office, STAF, tmp_path)

    def drop_target(ws: Any) -> None:
        row, col = find(ws, "TARGET")
        ws.cell(row=row, column=col).value = None
    edit(path, drop_target)
    before = state(file_office.db)
    with pytest.raises(sx.WorkbookError) as exc:
        sx.preview_skp_import(file_office.db, file_office.admin, path)
    assert "baris 15" in exc.value.message and "'TARGET' tidak ditemukan" in exc.value.message
    assert state(file_office.db) == before


@pytest.mark.parametrize("merge, cell, words", [
    ("D18:D19", "D", "ASPEK"),
    ("D18:E18", "D", "mendatar"),
    ("E18:F19", "E", "ke samping"),
], ids=["aspek-down", "aspek-across", "block"])
def test_merged_cells_in_unexpected_places(file_office: Office, tmp_path: Path, merge: str,
                                           cell: str, words: str) -> None:
    path = export(file_office, STAF, tmp_path)
    edit(path, lambda ws: ws.merge_cells(merge))
    preview = sx.preview_skp_import(file_office.db, file_office.admin, path, today=TODAY)
    [err] = preview.errors
    assert (err.row, err.column) == (18, cell)
    assert merge in err.message and "Unmerge" in err.message and words in err.message
    assert f"Baris 18, kolom {cell}" in str(err)
    rejected_unchanged(file_office, preview)


def test_text_where_a_number_belongs(file_office: Office, tmp_path: Path) -> None:
    path = export(file_office, STAF, tmp_path)

    def words(ws: Any) -> None:
        row, col = find(ws, "2,5 draf")
        ws.cell(row=row, column=col).value = "dua belas laporan"
    edit(path, words)
    preview = sx.preview_skp_import(file_office.db, file_office.admin, path, today=TODAY)
    [err] = preview.errors
    assert (err.row, err.column, err.header) == (18, "F", "TARGET")
    assert "harus memuat angka" in err.message and "dua belas laporan" in err.message
    rejected_unchanged(file_office, preview)


def test_unknown_nip(office: Office, tmp_path: Path) -> None:
    path = export(office, STAF, tmp_path)
    edit(path, lambda ws: ws.cell(row=9, column=3, value="199912312020121001"))
    preview = sx.preview_skp_import(office.db, office.admin, path, today=TODAY)
    [err] = preview.errors
    assert (err.row, err.column) == (9, "C")
    assert "199912312020121001 tidak terdaftar" in err.message
    assert preview.pegawai_id is None and not preview.creates_new
    rejected_unchanged(office, preview)


def test_skp_of_another_year(office: Office, tmp_path: Path) -> None:
    path = export(office, STAF, tmp_path)
    preview = sx.preview_skp_import(office.db, office.admin, path, tahun=2027, today=TODAY)
    [err] = preview.errors
    assert (err.row, err.column) == (5, "D")
    assert "SKP tahun 2026, bukan tahun 2027" in err.message
    rejected_unchanged(office, preview)


def test_rhk_pimpinan_not_in_the_penilai_skp(office: Office, tmp_path: Path) -> None:
    path = export(office, STAF, tmp_path)

    def other_text(ws: Any) -> None:
        ws.cell(row=22, column=2).value = "Meningkatnya kesejahteraan guru honorer"
    edit(path, other_text)
    preview = sx.preview_skp_import(office.db, office.admin, path, today=TODAY)
    [err] = preview.errors
    assert (err.row, err.column) == (22, "B")
    assert "'Meningkatnya kesejahteraan guru honorer' tidak ada di SKP Rina Marlina" in (
        err.message)
    assert "Tersusunnya kurikulum muatan lokal" in err.message  # what exists is listed
    rejected_unchanged(office, preview)


def test_whitespace_and_case_do_not_matter_for_the_rhk_pimpinan(
    file_office: Office, tmp_path: Path
) -> None:
    path = export(file_office, STAF, tmp_path)
    edit(path, lambda ws: ws.cell(row=22, column=2,
                                  value="  TERBINANYA   sekolah\ndasar "))
    preview = sx.preview_skp_import(file_office.db, file_office.admin, path, today=TODAY)
    assert preview.errors == []
    kabid = get_skp(file_office.db, file_office.admin, file_office.skp[KABID])
    assert preview.isi.rhk[1].intervensi_rhk_id == kabid.isi.rhk[1].id


def test_ditetapkan_skp_needs_a_revision_first(office: Office, tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    path = export(office, KABID, tmp_path)
    wf.ajukan(db, admin, office.skp[KABID])
    wf.tetapkan(db, admin, office.skp[KABID], tempat="Kalianda", tanggal=TODAY)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    [err] = preview.errors
    assert preview.status is StatusSKP.DITETAPKAN and preview.target_skp_id is None
    assert "sudah ditetapkan" in err.message and "Buat revisi dulu" in err.message
    assert (err.row, err.column) == (9, "C")
    rejected_unchanged(office, preview)
    # After a revision the same file goes into the new draft version.
    rev = wf.buat_revisi(db, admin, office.skp[KABID], "Perubahan target")
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == [] and preview.target_skp_id == rev
    assert any("versi SKP lain" in w for w in preview.warnings)
    assert sx.apply_skp_import(db, admin, preview, today=TODAY) == rev


def test_diajukan_skp_must_be_returned_first(office: Office, tmp_path: Path) -> None:
    path = export(office, KABID, tmp_path)
    wf.ajukan(office.db, office.admin, office.skp[KABID])
    preview = sx.preview_skp_import(office.db, office.admin, path, today=TODAY)
    [err] = preview.errors
    assert "sedang diajukan" in err.message and "mengembalikannya" in err.message
    rejected_unchanged(office, preview)


@pytest.mark.parametrize("content, words", [
    (b"NIP;Nama\n199001012015052001;Siti\n", "file teks"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Excel lama"),
], ids=["csv", "pdf", "xls"])
def test_a_file_that_is_not_xlsx(file_office: Office, tmp_path: Path, content: bytes,
                                 words: str) -> None:
    path = tmp_path / "skp.xlsx"
    path.write_bytes(content)
    before = state(file_office.db)
    with pytest.raises(sx.WorkbookError) as exc:
        sx.preview_skp_import(file_office.db, file_office.admin, path)
    assert words in exc.value.message and "skp.xlsx" in exc.value.message
    assert state(file_office.db) == before


def test_changed_since_preview_is_a_conflict(office: Office, tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    path = export(office, STAF, tmp_path)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    current = get_skp(db, admin, office.skp[STAF])
    simpan_isi(db, admin, current.id, current.isi, current.version)  # someone saved meanwhile
    before = state(db)
    with pytest.raises(ConflictError):
        sx.apply_skp_import(db, admin, preview, today=TODAY)
    assert state(db) == before


def test_pegawai_may_import_only_their_own_skp(office: Office, tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    create_account(db, admin, "budi", "sandi-budi-123", Role.PEGAWAI, STAF2)
    budi = login(db, "budi", "sandi-budi-123")
    path = export(office, STAF, tmp_path)
    with pytest.raises(PermissionDenied, match="tidak boleh mengubah SKP Siti Aminah"):
        sx.preview_skp_import(db, budi, path, today=TODAY)
    with pytest.raises(PermissionDenied):
        sx.export_skp(db, budi, office.skp[STAF], tmp_path / "lain.xlsx")


def test_pegawai_import_keeps_the_penilai_ekspektasi(office: Office, tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    create_account(db, admin, "siti", "sandi-siti-123", Role.PEGAWAI, STAF)
    siti = login(db, "siti", "sandi-siti-123")
    path = export(office, STAF, tmp_path)
    edit(path, lambda ws: ws.cell(row=find(ws, "Ekspektasi")[0] + 1, column=5,
                                  value="Ekspektasi Khusus Pimpinan:\nTulisan saya sendiri"))
    preview = sx.preview_skp_import(db, siti, path, today=TODAY)
    assert preview.errors == []
    assert any("hanya diisi pejabat penilai" in w for w in preview.warnings)
    sx.apply_skp_import(db, siti, preview, today=TODAY)
    assert get_skp(db, admin, office.skp[STAF]).isi.ekspektasi == {
        2: "Laporan selalu disertai bukti dukung", 6: "Cepat belajar aplikasi baru"}


# -- many -----------------------------------------------------------------------------------


def test_export_many_names_files_and_reports_progress(file_office: Office,
                                                     tmp_path: Path) -> None:
    office = file_office
    ids = [office.skp[STAF], office.skp[KABID], office.skp[KEPALA]]
    seen: list[tuple[int, int]] = []
    files = sx.export_skp_many(office.db, office.admin, ids, tmp_path,
                               progress=lambda d, t: seen.append((d, t)))
    assert [f.name for f in files] == [
        f"SKP_2026_{STAF}_Siti_Aminah_S.Kom.xlsx", f"SKP_2026_{KABID}_Rina_Marlina.xlsx",
        f"SKP_2026_{KEPALA}_Dr._Ahmad_Fauzi.xlsx"]
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    for f in files:
        assert sx.preview_skp_import(office.db, office.admin, f, today=TODAY).errors == []

    (tmp_path / "batal").mkdir()
    calls = iter([False, True])
    part = sx.export_skp_many(office.db, office.admin, ids, tmp_path / "batal",
                              cancelled=lambda: next(calls))
    assert [f.name for f in part] == [files[0].name]
    assert [f.name for f in (tmp_path / "batal").iterdir()] == [files[0].name]


def test_export_ids_follow_unit_and_newest_version(office: Office) -> None:
    ids = sx.skp_ids_for_export(office.db, office.admin, TAHUN)
    assert set(ids) == {office.skp[STAF], office.skp[KABID], office.skp[KEPALA]}
    assert sx.find_skp_for_export(office.db, office.admin, STAF, TAHUN) == office.skp[STAF]


def test_head_assessed_from_outside_round_trips_without_warnings(
    office: Office, tmp_path: Path
) -> None:
    db, admin = office.db, office.admin
    wf.ganti_penilai(db, admin, office.skp[KEPALA], "Kepala dinas dinilai Sekda",
                     penilai_luar=Identitas(None, "Drs. Sekda", "196501011990031001",
                                            "Pembina Utama Madya", "Sekretaris Daerah",
                                            "Pemerintah Kabupaten"))
    path = export(office, KEPALA, tmp_path)
    assert load_workbook(path)["SKP"]["F9"].value == "196501011990031001"
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == []
    # Only the RHK of the Bupati (outside the app) is reported, as a text kept as is.
    assert [w for w in preview.warnings if "Belum lengkap" not in w] == [
        "Baris 20: 'Meningkatnya kualitas SDM daerah (RHK Bupati)' tidak cocok dengan sasaran "
        "unit; disimpan sebagai teks RHK pimpinan di luar aplikasi."]


def test_workbook_without_lampiran_and_perilaku_keeps_them(office: Office,
                                                           tmp_path: Path) -> None:
    db, admin = office.db, office.admin
    before = get_skp(db, admin, office.skp[STAF])
    path = export(office, STAF, tmp_path)
    wb = load_workbook(path)
    del wb["LAMPIRAN"]
    ws = wb["SKP"]
    ws.delete_rows(find(ws, "PERILAKU KERJA")[0], ws.max_row)
    wb.save(path)
    preview = sx.preview_skp_import(db, admin, path, today=TODAY)
    assert preview.errors == []
    assert any("LAMPIRAN tidak ada" in w for w in preview.warnings)
    assert any("PERILAKU KERJA tidak ada" in w for w in preview.warnings)
    sx.apply_skp_import(db, admin, preview, today=TODAY)
    assert comparable(get_skp(db, admin, office.skp[STAF]).isi) == comparable(before.isi)
