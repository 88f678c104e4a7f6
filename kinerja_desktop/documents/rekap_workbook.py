"""The unit recap of a period as a workbook (streamed: 10,000 rows in well under a second).

Sheet "Rekap": a title block (unit, period, when), then the table
``No | NIP | Nama | Jabatan | Kode Unit | Rating Hasil Kerja | Rating Perilaku |
Predikat | Status``. Sheet "Distribusi": count and percentage per predikat, the pegawai
not yet rated, and the check against the kurva distribusi of the unit's capaian kinerja
organisasi (or a line saying why there is none). A report, not an import template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from kinerja_desktop.documents.output_files import check_target, save_atomic

REKAP_SHEET = "Rekap"
DISTRIBUSI_SHEET = "Distribusi"
HEADERS: tuple[str, ...] = ("No", "NIP", "Nama", "Jabatan", "Kode Unit", "Rating Hasil Kerja",
                            "Rating Perilaku", "Predikat", "Status")
WIDTHS: tuple[float, ...] = (6, 21, 32, 34, 11, 21, 21, 18, 22)
DISTRIBUSI_HEADERS: tuple[str, ...] = ("Predikat", "Jumlah", "Persentase")
TITLE_ROWS = 4  # title, unit, period, generated; the table header is row TITLE_ROWS + 2

RekapRow = Sequence[str | None]  # the table's cells after "No", as text


@dataclass(frozen=True, slots=True)
class RekapHeader:
    judul: str  # "REKAPITULASI PENILAIAN KINERJA PEGAWAI"
    unit: str  # "1.1 Bidang Pembinaan (beserta sub-unit)"
    periode: str  # "TRIWULAN I 2026 (2026-TW1)"
    dibuat: str  # "Dibuat 26 November 2026 10.15 oleh admin"


@dataclass(frozen=True, slots=True)
class DistribusiRow:
    predikat: str  # label
    jumlah: int
    persen: str  # "12,50%"


_TITLE_FONT = Font(bold=True, size=13)
_BOLD = Font(bold=True)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WARN_FONT = Font(color="9C5700")


def _cell(ws: Any, value: Any, font: Font | None = None, fill: PatternFill | None = None,
          align: Alignment | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    return cell


def _header(ws: Any, texts: Sequence[str]) -> list[WriteOnlyCell]:
    return [_cell(ws, t, _HEADER_FONT, _HEADER_FILL, _CENTER) for t in texts]


def write_rekap(
    path: Path | str, header: RekapHeader, rows: Iterable[RekapRow],
    distribusi: Sequence[DistribusiRow], ringkasan: Sequence[tuple[str, str]],
    kurva: Sequence[str],
) -> Path:
    """Writes the recap with openpyxl's write-only mode; returns the path.

    ``ringkasan``: label/value lines under the distribution table (pegawai, dinilai,
    belum dinilai, capaian organisasi); ``kurva``: the curve check's lines."""
    path = check_target(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(REKAP_SHEET)
    for letter, width in zip("ABCDEFGHI", WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"C{TITLE_ROWS + 3}"
    ws.append([_cell(ws, header.judul, _TITLE_FONT)])
    ws.append([_cell(ws, "Unit kerja", _BOLD), header.unit])
    ws.append([_cell(ws, "Periode", _BOLD), header.periode])
    ws.append([_cell(ws, header.dibuat)])
    ws.append([])
    ws.append(_header(ws, HEADERS))
    append = ws.append
    for no, row in enumerate(rows, start=1):
        append((no, *row))

    ds = wb.create_sheet(DISTRIBUSI_SHEET)
    for letter, width in zip("ABC", (26, 12, 14), strict=True):
        ds.column_dimensions[letter].width = width
    ds.append([_cell(ds, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI", _TITLE_FONT)])
    ds.append([_cell(ds, "Unit kerja", _BOLD), header.unit])
    ds.append([_cell(ds, "Periode", _BOLD), header.periode])
    ds.append([])
    ds.append(_header(ds, DISTRIBUSI_HEADERS))
    total = 0
    for d in distribusi:
        ds.append([d.predikat, d.jumlah, d.persen])
        total += d.jumlah
    ds.append([_cell(ds, "Jumlah dinilai", _BOLD), _cell(ds, total, _BOLD),
               _cell(ds, "100%" if total else "–", _BOLD)])
    ds.append([])
    for label, value in ringkasan:
        ds.append([_cell(ds, label, _BOLD), value])
    ds.append([])
    ds.append([_cell(ds, "Kurva distribusi", _BOLD)])
    for line in kurva:
        ds.append([_cell(ds, line, _WARN_FONT if line.startswith("- ") else None)])
    return save_atomic(wb, path)
