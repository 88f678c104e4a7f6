"""The pegawai workbook: template, export and reader share one layout.

Sheet "Pegawai": No | NIP | Jenis Pegawai | Gelar Depan | Nama | Gelar Belakang |
Golongan | Jabatan | Kategori Jabatan | Jenjang | Kode Unit | NIP Atasan | Aktif.
Optional sheet "Unit Kerja": No | Kode Unit | Nama Unit | Kode Unit Induk.
Row 1 headers, row 2 help text, data from row 3 (the template has one example row
marked "Contoh"). An export uses the same layout, so it can be imported again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kinerja_desktop.documents.output_files import check_target, save_atomic
from kinerja_desktop.documents.xlsx_reader import (
    EXAMPLE_MARKER,
    Column,
    SheetRead,
    SheetSpec,
    read_sheets,
)
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisPegawai
from kinerja_desktop.domain.pegawai import PegawaiInput

PEGAWAI_SHEET = "Pegawai"
UNIT_SHEET = "Unit Kerja"
EXPLANATION_LABEL = "Petunjuk"
VALIDATION_ROWS = 20000  # drop-down lists cover the data rows up to this one
AKTIF_YA = "Ya"
AKTIF_TIDAK = "Tidak"

_NO = Column("no", "No", EXPLANATION_LABEL, "Contoh", width=7, header_optional=True)

PEGAWAI_COLUMNS: tuple[Column, ...] = (
    _NO,
    Column("nip", "NIP",
           "Wajib. 18 digit angka, diketik sebagai teks (kolom ini sudah berformat Teks). "
           "PNS: tanggal lahir (8), TMT CPNS (6), jenis kelamin 1/2, nomor urut (3). "
           "PPPK: NI PPPK 18 digit.",
           "199001152015032002", required=True, text=True, width=22),
    Column("jenis_pegawai", "Jenis Pegawai",
           "PNS atau PPPK. Boleh kosong: NIP dengan digit 13–14 bernilai 13 ke atas "
           "dianggap PPPK, selain itu PNS.",
           "PNS", width=11),
    Column("gelar_depan", "Gelar Depan", "Boleh kosong. Contoh: Dr., Ir., drg.", "", width=11),
    Column("nama", "Nama", "Wajib. Nama tanpa gelar, contoh: Siti Aminah.", "Siti Aminah",
           required=True, width=28),
    Column("gelar_belakang", "Gelar Belakang", "Boleh kosong. Contoh: S.Kom., M.Si.",
           "S.Kom.", width=16),
    Column("golongan", "Golongan",
           "Wajib. PNS: I/a sampai IV/e (contoh III/a). PPPK: I sampai XVII (contoh IX).",
           "III/b", required=True, width=10),
    Column("jabatan", "Jabatan",
           "Wajib. Nama jabatan tanpa jenjang, contoh: Pranata Komputer, Kepala Seksi "
           "Kurikulum, Pengadministrasi Perkantoran.",
           "Pranata Komputer", required=True, width=34),
    Column("kategori_jabatan", "Kategori Jabatan",
           "Wajib. Pilih: " + ", ".join(k.value for k in KategoriJabatan) + ".",
           KategoriJabatan.FUNGSIONAL.value, required=True, width=17),
    Column("jenjang", "Jenjang",
           "Wajib untuk Fungsional, kosong untuk yang lain. Pilih: "
           + ", ".join(j.value for j in JenjangFungsional) + ".",
           JenjangFungsional.AHLI_PERTAMA.value, width=14),
    Column("unit_kode", "Kode Unit",
           "Kode unit kerja yang sudah terdaftar di aplikasi atau ada di lembar "
           f"'{UNIT_SHEET}' file ini. Contoh: 1.02.01.",
           "1.02.01", text=True, width=14),
    Column("atasan_nip", "NIP Atasan",
           "NIP atasan langsung (pejabat penilai), sebagai teks. Atasan harus ada di file ini "
           "atau sudah terdaftar. Kosongkan untuk pimpinan tertinggi.",
           "197805122003121001", text=True, width=22),
    Column("aktif", "Aktif", f"{AKTIF_YA} atau {AKTIF_TIDAK}. Kosong berarti {AKTIF_YA}.",
           AKTIF_YA, width=8),
)

UNIT_COLUMNS: tuple[Column, ...] = (
    _NO,
    Column("kode", "Kode Unit", "Wajib, tidak boleh kembar; maksimal 32 karakter.", "1.02.01",
           required=True, text=True, width=16),
    Column("nama", "Nama Unit", "Wajib. Nama lengkap unit kerja.", "Seksi Kurikulum",
           required=True, width=44),
    Column("induk", "Kode Unit Induk",
           "Kode unit di atasnya (di lembar ini atau yang sudah terdaftar); kosongkan untuk "
           "unit tertinggi.",
           "1.02", text=True, width=18),
)

_LISTS: dict[str, tuple[str, ...]] = {
    "jenis_pegawai": tuple(j.value for j in JenisPegawai),
    "kategori_jabatan": tuple(k.value for k in KategoriJabatan),
    "jenjang": tuple(j.value for j in JenjangFungsional),
    "aktif": (AKTIF_YA, AKTIF_TIDAK),
}

_YA = frozenset({"ya", "y", "aktif", "1", "true", "benar", "yes"})
_TIDAK = frozenset({"tidak", "t", "tdk", "n", "no", "tidak aktif", "nonaktif", "non aktif",
                    "non-aktif", "0", "false", "salah"})


def parse_aktif(text: str) -> bool | None:
    """``Ya``/``Tidak`` (and common variants) to a bool; empty means active; None: unknown."""
    key = " ".join(text.split()).casefold()
    if not key or key in _YA:
        return True
    if key in _TIDAK:
        return False
    return None


@dataclass(frozen=True, slots=True)
class UnitSheetRow:
    kode: str
    nama: str
    induk_kode: str = ""


@dataclass(slots=True)
class PegawaiWorkbookRead:
    pegawai: SheetRead
    units: SheetRead | None  # None when the file has no "Unit Kerja" sheet


def read_pegawai_workbook(path: Path | str) -> PegawaiWorkbookRead:
    """Both sheets; the pegawai sheet is "Pegawai", or the first sheet when none is so named."""
    pegawai, units = read_sheets(path, [
        SheetSpec(PEGAWAI_COLUMNS, PEGAWAI_SHEET, fallback_first=True),
        SheetSpec(UNIT_COLUMNS, UNIT_SHEET, optional=True, allow_empty=True, label=UNIT_SHEET),
    ])
    assert pegawai is not None
    return PegawaiWorkbookRead(pegawai, units)


# -- writing ---------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HELP_FONT = Font(italic=True, color="666666", size=9)
_HELP_FILL = PatternFill("solid", fgColor="F2F2F2")
_EXAMPLE_FONT = Font(italic=True, color="7F7F7F")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)


def _setup_columns(ws: Any, columns: Sequence[Column]) -> None:
    for i, col in enumerate(columns, start=1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width
        if col.text:
            dim.number_format = "@"  # new cells typed here are text: NIPs keep all 18 digits


def _add_validations(ws: Any, columns: Sequence[Column], last_row: int) -> None:
    for i, col in enumerate(columns, start=1):
        choices = _LISTS.get(col.key)
        if not choices:
            continue
        letter = get_column_letter(i)
        dv = DataValidation(
            type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
            showErrorMessage=True, errorTitle=f"{col.header} tidak dikenal",
            error=f"Pilih salah satu: {', '.join(choices)}.",
            showInputMessage=True, promptTitle=col.header, prompt=col.help[:255],
        )
        dv.add(f"{letter}3:{letter}{max(last_row, VALIDATION_ROWS)}")
        ws.data_validations.append(dv)


def _styled(ws: Any, value: str, font: Font, fill: PatternFill, align: Alignment) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    cell.fill = fill
    cell.alignment = align
    cell.border = _BORDER
    return cell


def _prepare_sheet(ws: Any, columns: Sequence[Column], write_only: bool, last_row: int) -> None:
    _setup_columns(ws, columns)
    ws.freeze_panes = "C3"
    ws.row_dimensions[1].height = 20
    ws.row_dimensions[2].height = 75
    _add_validations(ws, columns, last_row)
    headers = [(c.header, _HEADER_FONT, _HEADER_FILL, _WRAP_CENTER) for c in columns]
    helps = [(c.help, _HELP_FONT, _HELP_FILL, _WRAP_TOP) for c in columns]
    if write_only:
        ws.append([_styled(ws, *h) for h in headers])
        ws.append([_styled(ws, *h) for h in helps])
        return
    for row, specs in ((1, headers), (2, helps)):
        for i, (value, font, fill, align) in enumerate(specs, start=1):
            cell = ws.cell(row=row, column=i, value=value)
            cell.font, cell.fill, cell.alignment, cell.border = font, fill, align, _BORDER


def write_template(path: Path | str) -> Path:
    """An empty pegawai workbook with help texts, one example row and drop-down lists."""
    path = check_target(path)
    wb = Workbook()
    ws = wb.active
    ws.title = PEGAWAI_SHEET
    _prepare_sheet(ws, PEGAWAI_COLUMNS, False, 0)
    for i, col in enumerate(PEGAWAI_COLUMNS, start=1):
        cell = ws.cell(row=3, column=i, value=col.example or None)
        cell.font = _EXAMPLE_FONT
        if col.text:
            cell.number_format = "@"
    ws.cell(row=3, column=1).value = EXAMPLE_MARKER.title()
    us = wb.create_sheet(UNIT_SHEET)
    _prepare_sheet(us, UNIT_COLUMNS, False, 0)
    for i, col in enumerate(UNIT_COLUMNS, start=1):
        cell = us.cell(row=3, column=i, value=col.example or None)
        cell.font = _EXAMPLE_FONT
        if col.text:
            cell.number_format = "@"
    us.cell(row=3, column=1).value = EXAMPLE_MARKER.title()
    return save_atomic(wb, Path(path))


def pegawai_row_values(no: int, p: PegawaiInput) -> list[Any]:
    return [no, p.nip, p.jenis_pegawai, p.gelar_depan or None, p.nama, p.gelar_belakang or None,
            p.golongan, p.jabatan, p.kategori_jabatan, p.jenjang or None, p.unit_kode or None,
            p.atasan_nip or None, AKTIF_YA if p.aktif else AKTIF_TIDAK]


def write_workbook(
    path: Path | str, pegawai: Iterable[PegawaiInput], units: Iterable[UnitSheetRow]
) -> int:
    """Exports in the import layout (streamed, fine for 100,000 rows); returns the pegawai count.

    NIPs are written as text, so they survive opening and saving in Excel.
    """
    path = check_target(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(PEGAWAI_SHEET)
    _prepare_sheet(ws, PEGAWAI_COLUMNS, True, 0)
    count = 0
    append = ws.append
    for count, p in enumerate(pegawai, start=1):
        append(pegawai_row_values(count, p))
    us = wb.create_sheet(UNIT_SHEET)
    _prepare_sheet(us, UNIT_COLUMNS, True, 0)
    for no, u in enumerate(units, start=1):
        us.append([no, u.kode, u.nama, u.induk_kode or None])
    save_atomic(wb, Path(path))
    return count
