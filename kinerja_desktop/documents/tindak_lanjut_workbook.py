"""Workbooks of the follow-up lists (training needs, award candidates, angka kredit,
tunjangan): a title, a note, a header row, widths, frozen panes, one sheet per list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kinerja_desktop.documents.output_files import check_target, save_atomic

_TITLE_FONT = Font(bold=True, size=13)
_NOTE_FONT = Font(italic=True, color="555555", size=9)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_ROW = 4


@dataclass(frozen=True, slots=True)
class Kolom:
    judul: str
    lebar: float
    format: str = ""  # openpyxl number format, e.g. "0.00"


@dataclass(frozen=True, slots=True)
class Lembar:
    judul: str
    keterangan: str
    kolom: Sequence[Kolom]
    baris: Sequence[Sequence[Any]] = field(default_factory=list)
    nama_sheet: str = ""


def _cell_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value == value.quantize(Decimal("0.01")) else str(value)
    return value


def _sheet_name(text: str, used: set[str]) -> str:
    base = "".join(c for c in text if c not in "[]:*?/\\")[:28] or "Daftar"
    name, n = base, 2
    while name in used:
        name = f"{base[:26]} {n}"
        n += 1
    used.add(name)
    return name


def tulis_lembar(path: Path | str, lembar: Sequence[Lembar]) -> Path:
    """Writes one sheet per list (rows 1–2 title and note, row 4 header, data from row 5)."""
    target = check_target(path)
    wb = Workbook()
    default = wb.active
    used: set[str] = set()
    for item in lembar:
        ws = wb.create_sheet(_sheet_name(item.nama_sheet or item.judul.title(), used))
        ws["A1"] = item.judul
        ws["A1"].font = _TITLE_FONT
        ws["A2"] = item.keterangan
        ws["A2"].font = _NOTE_FONT
        for c, kolom in enumerate(item.kolom, start=1):
            cell = ws.cell(row=HEADER_ROW, column=c, value=kolom.judul)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            ws.column_dimensions[get_column_letter(c)].width = kolom.lebar
        for r, row in enumerate(item.baris, start=HEADER_ROW + 1):
            for c, (kolom, value) in enumerate(zip(item.kolom, row, strict=True), start=1):
                cell = ws.cell(row=r, column=c, value=_cell_value(value))
                cell.border = _BORDER
                cell.alignment = _WRAP
                if kolom.format and isinstance(cell.value, int | float):
                    cell.number_format = kolom.format
        ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=min(3, len(item.kolom)))
        if item.kolom:
            last = get_column_letter(len(item.kolom))
            ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(item.baris), 1)}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if default is not None and lembar:
        wb.remove(default)
    return save_atomic(wb, target)
