"""Pegawai Excel import/export on real xlsx files and real databases.

Every bad input must give a message naming the row and column (or the file) and
leave the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kinerja_desktop.domain.errors import PermissionDenied, UserError
from kinerja_desktop.domain.nip import JenisPegawai
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services import pegawai_excel as px
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Jabatan, Outbox, Pegawai, UnitKerja
from tests.conftest import make_site

KEPALA = "197001011995031001"
KABID = "198001012005011002"
STAF = "199001012015052001"
GURU_PPPK = "199505052021212001"  # digits 13–14 = 21: NI PPPK
BARU = "199203032019031004"

HEADERS = ["No", "NIP", "Jenis Pegawai", "Gelar Depan", "Nama", "Gelar Belakang", "Golongan",
           "Jabatan", "Kategori Jabatan", "Jenjang", "Kode Unit", "NIP Atasan", "Aktif"]
UNITS = [["1", "Dinas Pendidikan", ""], ["1.1", "Bidang Pembinaan", "1"],
         ["1.1.1", "Seksi Kurikulum", "1.1"]]


def person(nip: str, nama: str, atasan: str = "", unit: str = "1.1.1", **kw: str) -> list[Any]:
    row = {"nip": nip, "jenis": "", "gd": "", "nama": nama, "gb": "", "gol": "III/b",
           "jabatan": "Pranata Komputer", "kategori": "Fungsional", "jenjang": "Ahli Pertama",
           "unit": unit, "atasan": atasan, "aktif": "Ya"}
    row.update(kw)
    return [None, *row.values()]


PEOPLE = [
    person(KEPALA, "Ahmad Fauzi", "", "1", gd="Dr.", gb="M.Si.", gol="IV/c",
           jabatan="Kepala Dinas", kategori="JPT Pratama", jenjang=""),
    person(KABID, "Rina Marlina", KEPALA, "1.1", gol="IV/a", jabatan="Kepala Bidang Pembinaan",
           kategori="Administrator", jenjang=""),
    person(STAF, "Siti Aminah", KABID, gb="S.Kom."),
    person(GURU_PPPK, "Dewi Lestari", KABID, gol="IX", jabatan="Guru", gb="S.Pd."),
]


def fill(path: Path, people: list[list[Any]], units: list[list[str]] | None = None,
         *, template: bool = True) -> Path:
    """A pegawai workbook as a user fills it: from the app's template, or from scratch."""
    if template:
        px.export_template(path)
        wb = load_workbook(path)
    else:
        wb = Workbook()
        assert wb.active is not None
        wb.active.title = "Pegawai"
        wb.active.append(HEADERS)
        wb.create_sheet("Unit Kerja").append(["No", "Kode Unit", "Nama Unit", "Kode Unit Induk"])
    ws = wb["Pegawai"]
    for i, row in enumerate(people, start=1):
        ws.append([i, *row[1:]])
    us = wb["Unit Kerja"]
    for i, unit in enumerate(units or [], start=1):
        us.append([i, *unit])
    wb.save(path)
    return path


Snapshot = tuple[tuple[int, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def snapshot(db: Database) -> Snapshot:
    """Counts and the full content of the synced tables, to prove that nothing changed."""
    with db.read() as s:
        counts = tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Pegawai, UnitKerja, Jabatan, Outbox, AuditLog)
        )
        pegawai = [tuple(r) for r in s.execute(select(
            Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang,
            Pegawai.golongan, Pegawai.jabatan_id, Pegawai.unit_kerja_id, Pegawai.atasan_id,
            Pegawai.aktif, Pegawai.version).order_by(Pegawai.nip))]
        units = [tuple(r) for r in s.execute(select(
            UnitKerja.id, UnitKerja.kode, UnitKerja.nama, UnitKerja.parent_id,
            UnitKerja.version).order_by(UnitKerja.kode))]
    return counts, pegawai, units


def people_view(db: Database) -> list[tuple[Any, ...]]:
    """What a pegawai is, by NIP and codes only (ids differ between databases)."""
    atasan = aliased(Pegawai)
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(Pegawai.nip, Pegawai.jenis_pegawai, Pegawai.gelar_depan, Pegawai.nama,
                   Pegawai.gelar_belakang, Pegawai.golongan, Jabatan.nama, Jabatan.kategori,
                   Jabatan.jenjang, UnitKerja.kode, atasan.nip, Pegawai.aktif)
            .join(Jabatan, Jabatan.id == Pegawai.jabatan_id)
            .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
            .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
            .order_by(Pegawai.nip))]


def units_view(db: Database) -> list[tuple[Any, ...]]:
    induk = aliased(UnitKerja)
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(UnitKerja.kode, UnitKerja.nama, induk.kode)
            .outerjoin(induk, induk.id == UnitKerja.parent_id).order_by(UnitKerja.kode))]


@pytest.fixture(scope="module")
def golden(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Actor]:
    """Set up once (argon2 and key generation are slow): an empty site and the office."""
    base = tmp_path_factory.mktemp("pegawai-excel")
    empty, office = base / "kosong.sqlite", base / "kantor.sqlite"
    db, _ = open_database(empty)
    actor = make_site(db)
    db.dispose()  # the last connection closing folds the WAL into the file
    shutil.copyfile(empty, office)
    db, _ = open_database(office)
    px.apply_import(db, actor, fill(base / "awal.xlsx", PEOPLE, UNITS))
    db.dispose()
    assert not empty.with_name(empty.name + "-wal").exists()
    return empty, office, actor


def _copy_of(source: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "k.sqlite"
    shutil.copyfile(source, target)
    db, _ = open_database(target)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def xdb(golden: tuple[Path, Path, Actor], tmp_path: Path) -> Iterator[Database]:
    """A real SQLite database with the site set up and no pegawai."""
    yield from _copy_of(golden[0], tmp_path)


@pytest.fixture
def office(golden: tuple[Path, Path, Actor], tmp_path: Path) -> Iterator[Database]:
    """A real SQLite database holding the four people and three units of PEOPLE/UNITS."""
    yield from _copy_of(golden[1], tmp_path)


@pytest.fixture
def xadmin(golden: tuple[Path, Path, Actor]) -> Actor:
    """The admin, as ``login`` returned it (the copies hold the same account)."""
    return golden[2]


# -- the good paths ------------------------------------------------------------------------


def test_template_is_an_empty_guided_form(xdb: Database, xadmin: Actor,
                                          tmp_path: Path) -> None:
    path = px.export_template(tmp_path / "templat.xlsx")
    wb = load_workbook(path)
    ws = wb["Pegawai"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F4E78")
    assert ws["B2"].font.i and "18 digit" in str(ws["B2"].value)
    assert ws["A3"].value == "Contoh" and ws["B3"].data_type == "s"
    assert ws.column_dimensions["B"].number_format == "@"
    assert ws.freeze_panes == "C3"
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["C3"] == '"PNS,PPPK"' and lists["M3"] == '"Ya,Tidak"'
    assert "Fungsional" in lists["I3"] and "Ahli Pertama" in lists["J3"]
    assert [c.value for c in wb["Unit Kerja"][1]] == ["No", "Kode Unit", "Nama Unit",
                                                      "Kode Unit Induk"]
    with pytest.raises(px.WorkbookError, match="tidak berisi data"):
        px.apply_import(xdb, xadmin, path)


def test_template_filled_in_imports_everything(xdb: Database, xadmin: Actor,
                                               tmp_path: Path) -> None:
    path = fill(tmp_path / "isi.xlsx", PEOPLE, UNITS)
    preview = px.preview_import(xdb, xadmin, path)
    assert preview.ok and preview.errors == ()
    assert [(r.row, r.action, r.nip) for r in preview.rows] == [
        (4, "baru", KEPALA), (5, "baru", KABID), (6, "baru", STAF), (7, "baru", GURU_PPPK)]
    assert [(u.kode, u.action) for u in preview.unit_rows] == [
        ("1", "baru"), ("1.1", "baru"), ("1.1.1", "baru")]
    assert (preview.jumlah_baru, preview.unit_baru) == (4, 3)
    assert snapshot(xdb)[0][:3] == (0, 0, 0)  # a preview writes nothing

    progress: list[tuple[int, int]] = []
    result = px.apply_import(xdb, xadmin, preview, progress=lambda d, t: progress.append((d, t)))
    assert (result.dibuat, result.unit_dibuat, result.jabatan_dibuat) == (4, 3, 4)
    assert progress[0] == (0, 7) and progress[-1] == (7, 7)
    view = {row[0]: row for row in people_view(xdb)}
    assert view[KEPALA][2:6] == ("Dr.", "Ahmad Fauzi", "M.Si.", "IV/c")
    assert view[KABID][10] == KEPALA and view[STAF][10] == KABID
    assert view[GURU_PPPK][1] is JenisPegawai.PPPK and view[GURU_PPPK][5] == "IX"
    assert view[STAF][9] == "1.1.1"
    assert units_view(xdb) == [("1", "Dinas Pendidikan", None), ("1.1", "Bidang Pembinaan", "1"),
                               ("1.1.1", "Seksi Kurikulum", "1.1")]
    with xdb.read() as s:
        outbox = {entity: n for entity, n in s.execute(
            select(Outbox.entity, func.count()).group_by(Outbox.entity))}
        actions = set(s.scalars(select(AuditLog.action)))
    assert outbox == {"pegawai": 4, "unit_kerja": 3, "jabatan": 4}
    assert {"impor_pegawai", "impor_unit", "buat_jabatan"} <= actions


def test_a_sheet_without_the_template_rows_imports_too(xdb: Database, xadmin: Actor,
                                                       tmp_path: Path) -> None:
    path = fill(tmp_path / "polos.xlsx", PEOPLE, UNITS, template=False)
    assert px.apply_import(xdb, xadmin, path).dibuat == 4


def test_export_then_import_gives_the_same_data(office: Database, xadmin: Actor,
                                                tmp_path: Path) -> None:
    before_view, before_units = people_view(office), units_view(office)
    before = snapshot(office)
    path = tmp_path / "ekspor.xlsx"
    assert px.export_pegawai(office, xadmin, path) == 4
    wb = load_workbook(path)
    assert wb["Pegawai"]["B4"].data_type == "s"  # NIPs are text

    # Back into the same database: nothing changes, nothing is queued for sync.
    same = px.apply_import(office, xadmin, path, update_existing=True)
    assert (same.dibuat, same.diperbarui, same.tetap, same.unit_dibuat) == (0, 0, 4, 0)
    assert snapshot(office)[1:] == before[1:]

    # Into an empty database: the same people, units and relations.
    other, _ = open_database(tmp_path / "lain.sqlite")
    try:
        other_admin = make_site(other, "KANTOR-LAIN")
        assert px.apply_import(other, other_admin, path).dibuat == 4
        assert people_view(other) == before_view
        assert units_view(other) == before_units
    finally:
        other.dispose()


def test_update_existing_changes_only_what_differs(office: Database, xadmin: Actor,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "ekspor.xlsx"
    px.export_pegawai(office, xadmin, path)
    wb = load_workbook(path)
    ws = wb["Pegawai"]
    row = next(r for r in ws.iter_rows(min_row=3) if r[1].value == STAF)
    row[4].value = "Siti Aminah Putri"
    row[12].value = "Tidak"
    unit_row = next(r for r in wb["Unit Kerja"].iter_rows(min_row=3) if r[1].value == "1.1")
    unit_row[2].value = "Bidang Pembinaan Ketenagaan"
    ws.append([None, BARU, "PNS", None, "Yusuf Hasibuan", None, "III/a", "Pranata Komputer",
               "Fungsional", "Ahli Pertama", "1.1.1", KABID, "Ya"])
    wb.save(path)

    with pytest.raises(px.ImportRejected, match="sudah terdaftar"):
        px.apply_import(office, xadmin, path)
    preview = px.preview_import(office, xadmin, path, update_existing=True)
    assert preview.ok, preview.errors
    actions = {r.nip: r.action for r in preview.rows}
    assert actions == {KEPALA: "tetap", KABID: "tetap", STAF: "diperbarui",
                       GURU_PPPK: "tetap", BARU: "baru"}
    assert {u.kode: u.action for u in preview.unit_rows}["1.1"] == "diperbarui"
    old = {p[1]: p for p in snapshot(office)[1]}

    result = px.apply_import(office, xadmin, preview)
    assert (result.dibuat, result.diperbarui, result.tetap, result.unit_diperbarui) == (1, 1, 3, 1)
    new = {p[1]: p for p in snapshot(office)[1]}
    assert new[STAF][2] == "Siti Aminah Putri" and new[STAF][9] is False
    assert new[STAF][10] == old[STAF][10] + 1 and new[STAF][0] == old[STAF][0]
    assert new[KEPALA] == old[KEPALA]
    assert units_view(office)[1] == ("1.1", "Bidang Pembinaan Ketenagaan", "1")
    with office.read() as s:
        staf_versions = s.scalars(select(Outbox.version).join(
            Pegawai, Pegawai.id == Outbox.entity_id).where(Pegawai.nip == STAF)
            .order_by(Outbox.seq)).all()
        payload = s.scalars(select(Outbox.payload).where(Outbox.entity == "pegawai")
                            .order_by(Outbox.seq.desc()).limit(2)).all()
    assert staf_versions == [1, 2]
    assert {p["nip"] for p in payload} == {STAF, BARU}
    assert all(p["origin_site"] == "LPG-DINAS1" for p in payload)


# -- bad input: a clear message and no change ----------------------------------------------


def _replace_header(path: Path, old: str, new: str | None) -> None:
    wb = load_workbook(path)
    ws = wb["Pegawai"]
    for cell in ws[1]:
        if cell.value == old:
            if new is None:
                ws.delete_cols(cell.column)
            else:
                cell.value = new
            break
    wb.save(path)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: _replace_header(fill(p, [person(BARU, "Yusuf")]), "Nama", "Nama Lengkap"),
         ["'Nama' tidak ditemukan", "kolom E berjudul 'Nama Lengkap' tidak dikenal"]),
        (lambda p: _replace_header(fill(p, [person(BARU, "Yusuf")]), "Golongan", None),
         ["'Golongan' tidak ditemukan"]),
        (lambda p: p.write_bytes(b""), ["kosong (0 byte)"]),
        (lambda p: p.write_text("NIP;Nama\n199203032019031004;Yusuf\n", encoding="utf-8"),
         ["file teks", "simpan sebagai"]),
        (lambda p: px.export_template(p), ["tidak berisi data"]),
    ],
    ids=["judul-salah", "judul-hilang", "file-kosong", "csv-berganti-nama", "templat-kosong"],
)
def test_unreadable_files_change_nothing(office: Database, xadmin: Actor, tmp_path: Path,
                                         make: Callable[[Path], object],
                                         expected: list[str]) -> None:
    before = snapshot(office)
    path = tmp_path / "impor.xlsx"
    make(path)
    with pytest.raises(px.WorkbookError) as err:
        px.preview_import(office, xadmin, path)
    for text in [*expected, "impor.xlsx"]:
        assert text.lower() in str(err.value).lower()
    with pytest.raises(px.WorkbookError):
        px.apply_import(office, xadmin, path)
    assert snapshot(office) == before


CASES: dict[str, tuple[list[list[Any]], list[list[str]], bool, list[tuple[int, str, str]]]] = {
    # name: (pegawai rows, unit rows, update_existing, [(row, column, text in message)])
    "nip-17-digit": ([person("19920303201903100", "Yusuf", KABID)], [], False,
                     [(4, "B", "18 digit"), (4, "B", "17 digit")]),
    "nip-huruf": ([person("1992030320190310O4", "Yusuf", KABID)], [], False,
                  [(4, "B", "harus berupa angka")]),
    "nip-ganda-di-file": ([person(BARU, "Yusuf", KABID), person("199404042020121003", "Andi"),
                           person(BARU, "Yusuf Lagi", KABID)], [], False,
                          [(4, "B", "baris 4, 6"), (6, "B", "baris 4, 6")]),
    "nip-sudah-ada": ([person(STAF, "Siti Aminah", KABID)], [], False,
                      [(4, "B", "sudah terdaftar atas nama Siti Aminah")]),
    "unit-tidak-ada": ([person(BARU, "Yusuf", KABID, "9.9")], [], False,
                       [(4, "K", "Kode unit 9.9 tidak terdaftar")]),
    "golongan-tidak-ada": ([person(BARU, "Yusuf", KABID, gol="V/a")], [], False,
                           [(4, "G", "Golongan 'V/a' tidak dikenal")]),
    "golongan-pppk-untuk-pns": ([person(BARU, "Yusuf", KABID, gol="IX")], [], False,
                                [(4, "G", "tidak dikenal untuk PNS")]),
    "atasan-tidak-ada": ([person(BARU, "Yusuf", "198501012010011009")], [], False,
                         [(4, "L", "Atasan dengan NIP 198501012010011009 tidak ada")]),
    "atasan-lingkaran-di-file": (
        [person(BARU, "Yusuf", "199404042020121003"),
         person("199404042020121003", "Andi", BARU)], [], False,
        [(4, "L", "lingkaran"), (5, "L", "lingkaran")]),
    "atasan-lingkaran-dengan-db": (
        [person(KEPALA, "Ahmad Fauzi", KABID, "1", gd="Dr.", gb="M.Si.", gol="IV/c",
                jabatan="Kepala Dinas", kategori="JPT Pratama", jenjang="")], [], True,
        [(4, "L", "Hubungan atasan membentuk lingkaran"), (4, "L", KABID)]),
    "jenjang-hilang": ([person(BARU, "Yusuf", KABID, jenjang="")], [], False,
                       [(4, "J", "wajib memiliki jenjang")]),
    "kategori-salah": ([person(BARU, "Yusuf", KABID, kategori="Eselon")], [], False,
                       [(4, "I", "Kategori jabatan 'Eselon' tidak dikenal")]),
    "nama-kosong": ([person(BARU, "", KABID)], [], False, [(4, "E", "Nama wajib diisi")]),
    "aktif-salah": ([person(BARU, "Yusuf", KABID, aktif="Mungkin")], [], False,
                    [(4, "M", "Ya atau Tidak")]),
    "nip-sebagai-angka": ([person(1.99203032019031e17, "Yusuf", KABID)], [],  # type: ignore[arg-type]
                          False, [(4, "B", "harus diketik sebagai teks")]),
    "unit-ganda": ([person(BARU, "Yusuf", KABID, "2")],
                   [["2", "UPT A", "1"], ["2", "UPT B", "1"]], False,
                   [(4, "B", "baris 4, 5")]),
    "unit-induk-tidak-ada": ([person(BARU, "Yusuf", KABID, "2")], [["2", "UPT A", "7"]], False,
                             [(4, "D", "induk 7 tidak ada")]),
    "unit-induk-lingkaran": ([person(BARU, "Yusuf", KABID, "2")],
                             [["2", "UPT A", "3"], ["3", "UPT B", "2"]], False,
                             [(4, "D", "lingkaran"), (5, "D", "lingkaran")]),
    "unit-sudah-ada-berbeda": ([person(BARU, "Yusuf", KABID)],
                               [["1.1.1", "Seksi Lain", "1.1"]], False,
                               [(4, "C", "sudah terdaftar sebagai 'Seksi Kurikulum'")]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_rows_are_named_and_change_nothing(office: Database, xadmin: Actor,
                                               tmp_path: Path, case: str) -> None:
    people, units, update_existing, expected = CASES[case]
    before = snapshot(office)
    path = fill(tmp_path / f"{case}.xlsx", people, units)
    preview = px.preview_import(office, xadmin, path, update_existing=update_existing)
    assert not preview.ok
    unit_case = case.startswith("unit-")
    for row, column, text in expected:
        hits = [e for e in preview.errors
                if e.row == row and e.column == column and text in e.message
                and bool(e.sheet) == (unit_case and case != "unit-tidak-ada")]
        assert hits, (row, column, text, [str(e) for e in preview.errors])
    with pytest.raises(px.ImportRejected) as err:
        px.apply_import(office, xadmin, path, update_existing=update_existing)
    assert err.value.errors == list(preview.errors)
    assert f"{case}.xlsx" in str(err.value) and "Tidak ada data yang diubah" in str(err.value)
    assert snapshot(office) == before


def test_row_error_text_names_row_column_and_digits(office: Database, xadmin: Actor,
                                                    tmp_path: Path) -> None:
    path = fill(tmp_path / "nip.xlsx", [person(BARU, "Yusuf", KABID),
                                        person("1992030320190310", "Andi", KABID)])
    preview = px.preview_import(office, xadmin, path)
    assert [str(e) for e in preview.errors] == [
        "Baris 5, kolom B (NIP): NIP harus 18 digit angka; '1992030320190310' berisi 16 digit."]
    assert preview.errors_by_row() == {5: list(preview.errors)}
    assert [r.action for r in preview.rows] == ["baru", "salah"]


def test_all_errors_are_reported_at_once(office: Database, xadmin: Actor,
                                         tmp_path: Path) -> None:
    path = fill(tmp_path / "banyak.xlsx", [
        person("123", "A", KABID), person(BARU, "B", KABID, gol="X/z"),
        person("199404042020121003", "C", "198501012010011009", "8.8"),
    ])
    preview = px.preview_import(office, xadmin, path)
    assert [(e.row, e.column) for e in preview.errors] == [
        (4, "B"), (5, "G"), (6, "K"), (6, "L")]


# -- excluding rows --------------------------------------------------------------------------


def test_excluded_rows_are_skipped(office: Database, xadmin: Actor, tmp_path: Path) -> None:
    path = fill(tmp_path / "kecuali.xlsx", [person(BARU, "Yusuf", KABID),
                                            person("123", "Salah", KABID)])
    with pytest.raises(px.ImportRejected):
        px.apply_import(office, xadmin, path)
    preview = px.preview_import(office, xadmin, path, exclude_rows=frozenset({5}))
    assert preview.ok and [r.action for r in preview.rows] == ["baru", "dilewati"]
    result = px.apply_import(office, xadmin, path, exclude_rows=frozenset({5}))
    assert (result.dibuat, result.dilewati) == (1, 1)
    assert BARU in {p[0] for p in people_view(office)}


def test_excluding_an_atasan_makes_its_bawahan_an_error(office: Database, xadmin: Actor,
                                                        tmp_path: Path) -> None:
    andi = "199404042020121003"
    path = fill(tmp_path / "atasan.xlsx", [person(BARU, "Yusuf", KABID),
                                           person(andi, "Andi", BARU)])
    before = snapshot(office)
    preview = px.preview_import(office, xadmin, path)
    assert preview.ok
    with pytest.raises(px.ImportRejected) as err:
        px.apply_import(office, xadmin, preview, exclude_rows=frozenset({4}))
    assert [(e.row, e.column) for e in err.value.errors] == [(5, "L")]
    assert "dikecualikan" in err.value.errors[0].message
    assert snapshot(office) == before


# -- roles, dry run, re-validation, cancel ---------------------------------------------------


def test_only_admin_may_import_or_export(office: Database, xadmin: Actor,
                                         tmp_path: Path) -> None:
    create_account(office, xadmin, "siti", "sandi-siti-1", Role.PEGAWAI, STAF)
    siti = login(office, "siti", "sandi-siti-1")
    path = fill(tmp_path / "siti.xlsx", [person(BARU, "Yusuf", KABID)])
    before = snapshot(office)
    with pytest.raises(PermissionDenied, match="siti"):
        px.preview_import(office, siti, path)
    with pytest.raises(PermissionDenied):
        px.apply_import(office, siti, path)
    with pytest.raises(PermissionDenied):
        px.export_pegawai(office, siti, tmp_path / "keluar.xlsx")
    assert not (tmp_path / "keluar.xlsx").exists()
    assert snapshot(office) == before


def test_dry_run_checks_and_writes_nothing(office: Database, xadmin: Actor,
                                           tmp_path: Path) -> None:
    path = fill(tmp_path / "coba.xlsx", [person(BARU, "Yusuf", KABID, "2")],
                [["2", "UPT Baru", "1"]])
    before = snapshot(office)
    result = px.apply_import(office, xadmin, path, dry_run=True)
    assert result.dry_run and (result.dibuat, result.unit_dibuat, result.jabatan_dibuat) == (
        1, 1, 0)
    assert snapshot(office) == before
    bad = fill(tmp_path / "coba-salah.xlsx", [person(BARU, "Yusuf", "198501012010011009")])
    with pytest.raises(px.ImportRejected):
        px.apply_import(office, xadmin, bad, dry_run=True)
    assert snapshot(office) == before


def test_apply_checks_again_against_the_current_database(office: Database, xadmin: Actor,
                                                         tmp_path: Path) -> None:
    path = fill(tmp_path / "dulu.xlsx", [person(BARU, "Yusuf", KABID)])
    preview = px.preview_import(office, xadmin, path)
    assert preview.ok
    path.unlink()  # the preview holds the rows: the file is not read again
    save_pegawai(office, xadmin, PegawaiInput(
        nip=BARU, nama="Yusuf Dari Form", golongan="III/a", jabatan="Pranata Komputer",
        kategori_jabatan="Fungsional", jenjang="Ahli Pertama"))
    before = snapshot(office)
    with pytest.raises(px.ImportRejected, match="sudah terdaftar atas nama Yusuf Dari Form"):
        px.apply_import(office, xadmin, preview)
    assert snapshot(office) == before
    assert px.apply_import(office, xadmin, preview, update_existing=True).diperbarui == 1


def test_cancel_rolls_everything_back(xdb: Database, xadmin: Actor, tmp_path: Path) -> None:
    path = fill(tmp_path / "batal.xlsx", PEOPLE, UNITS)
    before = snapshot(xdb)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the units are written

    with pytest.raises(px.ImportCancelled):
        px.apply_import(xdb, xadmin, path, should_cancel=cancel)
    assert snapshot(xdb) == before


def test_warnings_do_not_block(xdb: Database, xadmin: Actor, tmp_path: Path) -> None:
    young = "200001012015011001"  # appointed at 15: allowed, but worth a look
    path = fill(tmp_path / "muda.xlsx", [person(young, "Rizki", "", "", gol="II/a",
                                                jabatan="Pengadministrasi Perkantoran",
                                                kategori="Pelaksana", jenjang="")])
    result = px.apply_import(xdb, xadmin, path)
    assert result.dibuat == 1
    assert [(w.row, w.column) for w in result.warnings] == [(4, "B")]
    assert "17 tahun" in result.warnings[0].message


def test_export_refuses_a_path_it_cannot_write(office: Database, xadmin: Actor,
                                               tmp_path: Path) -> None:
    with pytest.raises(UserError, match="xlsx"):
        px.export_pegawai(office, xadmin, tmp_path / "pegawai.csv")
    with pytest.raises(UserError, match="tidak ditemukan"):
        px.export_pegawai(office, xadmin, tmp_path / "tidak-ada" / "pegawai.xlsx")


# -- both database kinds ---------------------------------------------------------------------


@pytest.fixture
def any_office(site_db: Database, admin: Actor, tmp_path: Path) -> Iterator[Database]:
    px.apply_import(site_db, admin, fill(tmp_path / "awal.xlsx", PEOPLE, UNITS))
    yield site_db


def test_import_update_and_rejection_on_each_database(any_office: Database, admin: Actor,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "ekspor.xlsx"
    px.export_pegawai(any_office, admin, path)
    wb = load_workbook(path)
    wb["Pegawai"].append([None, BARU, "", None, "Yusuf", None, "III/a", "Pranata Komputer",
                          "Fungsional", "Ahli Pertama", "1.1.1", STAF, "Ya"])
    wb["Pegawai"]["E4"] = "Nama Diubah"
    wb.save(path)
    result = px.apply_import(any_office, admin, path, update_existing=True)
    assert (result.dibuat, result.diperbarui, result.tetap) == (1, 1, 3)
    before = snapshot(any_office)
    with pytest.raises(px.ImportRejected):
        px.apply_import(any_office, admin, path)
    assert snapshot(any_office) == before
    assert dataclasses.asdict(px.apply_import(any_office, admin, path, update_existing=True,
                                              dry_run=True))["tetap"] == 5
