"""The xlsx reader on real files: layout rules, cell values, and every file-level fault."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from kinerja_desktop.documents.xlsx_reader import (
    Column,
    RowError,
    SheetSpec,
    WorkbookError,
    cell_text,
    read_sheet,
    read_sheets,
)

COLUMNS = (
    Column("no", "No", "Petunjuk", "Contoh", header_optional=True),
    Column("nip", "NIP", "Wajib, 18 digit sebagai teks.", "199001152015032002",
           required=True, text=True),
    Column("nama", "Nama", "Wajib, tanpa gelar.", "Siti Aminah", required=True),
    Column("tanggal", "Tanggal Lahir", "Tanggal lahir.", "1990-01-15"),
    Column("jumlah", "Jumlah", "Angka.", "3"),
)
HEADERS = ["No", "NIP", "Nama", "Tanggal Lahir", "Jumlah"]
HELP = ["Petunjuk", *(c.help for c in COLUMNS[1:])]
EXAMPLE = ["Contoh", "199001152015032002", "Siti Aminah", "1990-01-15", "3"]
NIP1 = "199001152015032002"
NIP2 = "197805122003121001"


def write_xlsx(path: Path, rows: list[list[Any]], title: str = "Data",
               extra: dict[str, list[list[Any]]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    for name, sheet_rows in (extra or {}).items():
        other = wb.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
    wb.save(path)
    return path


def standard(path: Path, *data: list[Any]) -> Path:
    return write_xlsx(path, [HEADERS, HELP, EXAMPLE, *data])


def test_reads_data_skipping_help_example_and_empty_rows(tmp_path: Path) -> None:
    path = standard(
        tmp_path / "data.xlsx",
        [1, NIP1, "  Siti Aminah ", dt.datetime(1990, 1, 15), 3],
        [None, None, None, None, None],
        [7, None, None, None, None],  # only "No" filled in: an empty row
        [2, NIP2, "Budi", dt.date(1978, 5, 12), 2.0],
        [3, 12345, "Angka Pendek", None, None],  # a short whole number is read as its digits
        ["contoh", "x", "y", None, None],  # another example row, any case
        # (an 18-digit number cannot survive: Excel, and openpyxl, keep 15 digits)
    )
    result = read_sheet(path, COLUMNS)
    assert result.errors == []
    assert result.sheet == "Data"
    assert [r.row_number for r in result.rows] == [4, 7, 8]
    assert result.rows[0].values == {"no": "1", "nip": NIP1, "nama": "Siti Aminah",
                                     "tanggal": "1990-01-15", "jumlah": "3"}
    assert result.rows[2].values["nip"] == "12345"
    assert result.rows[1].values["tanggal"] == "1978-05-12"
    assert result.rows[1].values["jumlah"] == "2"
    assert result.letters == {"no": "A", "nip": "B", "nama": "C", "tanggal": "D", "jumlah": "E"}


def test_row_2_is_data_when_it_is_not_the_help_row(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tanpa-petunjuk.xlsx",
                      [HEADERS, [1, NIP1, "Siti", None, None], [2, NIP2, "Budi", None, None]])
    result = read_sheet(path, COLUMNS)
    assert [r.row_number for r in result.rows] == [2, 3]


def test_headers_match_ignoring_case_spaces_and_order(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "urutan.xlsx", [
        ["  nama ", "TANGGAL   LAHIR", "nip", "jumlah"],  # no "No" column, another order
        ["Siti", None, NIP1, 4],
    ])
    result = read_sheet(path, COLUMNS)
    assert result.rows[0].values == {"nama": "Siti", "tanggal": "", "nip": NIP1, "jumlah": "4",
                                     "no": ""}
    assert result.letters["nip"] == "C"


def test_missing_and_unexpected_headers_are_named_with_their_letters(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "salah-judul.xlsx",
                      [["No", "NIP", "Nama Lengkap", "Tanggal Lahir", "Jumlah"],
                       [1, NIP1, "Siti", None, None]])
    with pytest.raises(WorkbookError) as err:
        read_sheet(path, COLUMNS)
    text = str(err.value)
    assert "salah-judul.xlsx" in text
    assert "'Nama' tidak ditemukan" in text
    assert "kolom C berjudul 'Nama Lengkap' tidak dikenal" in text
    assert err.value.problems


def test_extra_columns_are_ignored_when_nothing_is_missing(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tambahan.xlsx",
                      [[*HEADERS, "Catatan"], [1, NIP1, "Siti", None, None, "boleh"]])
    assert read_sheet(path, COLUMNS).rows[0].values["nama"] == "Siti"


def test_a_header_twice_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kembar.xlsx", [[*HEADERS, "nip"], [1, NIP1, "Siti"]])
    with pytest.raises(WorkbookError, match=r"muncul dua kali \(kolom B dan F\)"):
        read_sheet(path, COLUMNS)


def test_empty_header_row_and_empty_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tanpa-judul.xlsx", [[None, None], [1, NIP1, "Siti"]])
    with pytest.raises(WorkbookError, match=r"baris 1 \(judul kolom\) kosong"):
        read_sheet(path, COLUMNS)
    blank = write_xlsx(tmp_path / "kosong.xlsx", [])
    with pytest.raises(WorkbookError, match="kosong"):
        read_sheet(blank, COLUMNS)


def test_no_data_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "templat.xlsx", [HEADERS, HELP, EXAMPLE])
    with pytest.raises(WorkbookError, match=r"templat\.xlsx.*tidak berisi data"):
        read_sheet(path, COLUMNS)
    assert read_sheet(path, COLUMNS, allow_empty=True).rows == []


def test_nip_typed_as_a_number_is_an_error_naming_the_cell(tmp_path: Path) -> None:
    path = standard(tmp_path / "angka.xlsx", [1, 1.99001152015032e17, "Siti", None, None])
    result = read_sheet(path, COLUMNS)
    assert len(result.errors) == 1
    err = result.errors[0]
    assert (err.row, err.column, err.header) == (4, "B", "NIP")
    assert "NIP harus diketik sebagai teks" in err.message
    assert str(err).startswith("Baris 4, kolom B (NIP): NIP harus diketik sebagai teks")
    assert result.rows[0].values["nip"] == ""


def test_required_cells(tmp_path: Path) -> None:
    path = standard(tmp_path / "wajib.xlsx", [1, NIP1, "", None, 5])
    result = read_sheet(path, COLUMNS)
    assert [(e.row, e.column) for e in result.errors] == [(4, "C")]
    assert "Nama wajib diisi (contoh: Siti Aminah)" in result.errors[0].message


def test_merged_cells_are_read_as_their_top_left_value(tmp_path: Path) -> None:
    path = tmp_path / "gabung.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in ([*HEADERS], [1, NIP1, "Siti", None, None], [2, NIP2, "Budi", None, None]):
        ws.append(row)
    ws.merge_cells("D2:E3")
    ws["D2"] = "1990-01-15"
    wb.save(path)
    result = read_sheet(path, COLUMNS)
    assert [r.values["tanggal"] for r in result.rows] == ["1990-01-15", ""]


def test_missing_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = standard(tmp_path / "lembar.xlsx", [1, NIP1, "Siti", None, None])
    with pytest.raises(WorkbookError, match=r"tidak memiliki lembar 'Pegawai'.*'Data'"):
        read_sheet(path, COLUMNS, "Pegawai")
    assert read_sheet(path, COLUMNS, " data ").rows  # sheet names: case and spaces ignored


def test_read_sheets_opens_once_and_handles_optional_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dua.xlsx", [HEADERS, [1, NIP1, "Siti", None, None]],
                      extra={"Lain": [["No", "NIP", "Nama", "Tanggal Lahir", "Jumlah"],
                                      [1, 123.5, "X", None, None]]})
    first, other, missing = read_sheets(path, [
        SheetSpec(COLUMNS),
        SheetSpec(COLUMNS, "Lain", label="Lain"),
        SheetSpec(COLUMNS, "Tidak Ada", optional=True),
    ])
    assert first is not None and first.rows[0].values["nip"] == NIP1
    assert other is not None and other.errors[0].sheet == "Lain"
    assert str(other.errors[0]).startswith("Lembar Lain, baris 2, kolom B (NIP):")
    assert "1.10 menjadi 1.1" in other.errors[0].message
    assert missing is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "kosong (0 byte)"),
        (b"NIP;Nama\n199001152015032002;Siti\n", "file teks"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Excel lama (.xls)"),
        (b"<html><body>bukan excel</body></html>", "HTML/XML"),
        (b"%PDF-1.7\n...", "PDF"),
        (bytes(range(256)) * 4, "bukan file Excel .xlsx yang valid"),
    ],
    ids=["kosong", "csv", "xls", "html", "pdf", "biner"],
)
def test_files_that_are_not_xlsx(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as err:
        read_sheet(path, COLUMNS)
    assert expected in str(err.value)
    assert "pegawai.xlsx" in str(err.value)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("catatan.txt", "bukan buku kerja")
    with pytest.raises(WorkbookError, match=r"arsip\.xlsx bukan buku kerja Excel"):
        read_sheet(path, COLUMNS)


def test_a_damaged_sheet(tmp_path: Path) -> None:
    good = standard(tmp_path / "baik.xlsx", [1, NIP1, "Siti", None, None])
    damaged = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            dst.writestr(item, data)
    with pytest.raises(WorkbookError, match=r"rusak\.xlsx"):
        read_sheet(damaged, COLUMNS)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="tidak ditemukan"):
        read_sheet(tmp_path / "tidak-ada.xlsx", COLUMNS)
    with pytest.raises(WorkbookError, match="folder"):
        read_sheet(tmp_path, COLUMNS)


def test_the_extension_does_not_matter_only_the_content(tmp_path: Path) -> None:
    path = standard(tmp_path / "data.xlsx", [1, NIP1, "Siti", None, None])
    renamed = path.rename(tmp_path / "data.bin")
    assert read_sheet(renamed, COLUMNS).rows[0].values["nama"] == "Siti"


def test_row_error_text() -> None:
    assert str(RowError(7, "B", "NIP", "NIP harus 18 digit angka.")) == (
        "Baris 7, kolom B (NIP): NIP harus 18 digit angka.")
    assert str(RowError(3, "", "", "Baris ganda.")) == "Baris 3: Baris ganda."
    assert str(RowError(5, "C", "Nama Unit", "Wajib.", "Unit Kerja")) == (
        "Lembar Unit Kerja, baris 5, kolom C (Nama Unit): Wajib.")


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), ("  a b ", "a b"), (True, "Ya"), (False, "Tidak"), (42, "42"), (2.0, "2"),
     (2.5, "2.5"), (dt.datetime(2024, 1, 31), "2024-01-31"),
     (dt.datetime(2024, 1, 31, 8, 30), "2024-01-31 08:30:00"), (dt.date(2024, 2, 1), "2024-02-01"),
     (dt.time(7, 15), "07:15:00")],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text
