"""The rapat evaluasi workbook: the meeting record and its agenda (issue 4 point 8).

Sheet "Notulen": title, Unit Kerja, Periode, Hari/Tanggal, Tempat, Pimpinan Rapat, the
numbered participants, the conclusions and the follow-up table (No | Uraian Tindak
Lanjut | Penanggung Jawab | Batas Waktu | Status). Sheet "Agenda (rekap unit)": the
unit recap (No | Nama | NIP | Jabatan | Unit | Status Periode | Rating Hasil Kerja |
Rating Perilaku Kerja | Predikat) and the predikat distribution below it. Both sheets
print on A4 (Notulen portrait, agenda landscape with repeated header rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_desktop.documents.output_files import check_target, save_atomic

NOTULEN_SHEET = "Notulen"
AGENDA_SHEET = "Agenda (rekap unit)"
NOTULEN_TITLE = "NOTULEN RAPAT EVALUASI KINERJA"
AGENDA_TITLE = "REKAP PENILAIAN KINERJA UNIT (AGENDA RAPAT EVALUASI)"
TINDAK_LANJUT_HEADERS = ("No", "Uraian Tindak Lanjut", "Penanggung Jawab", "Batas Waktu",
                         "Status")
AGENDA_HEADERS = ("No", "Nama", "NIP", "Jabatan", "Unit", "Status Periode",
                  "Rating Hasil Kerja", "Rating Perilaku Kerja", "Predikat")


@dataclass(frozen=True, slots=True)
class TindakLanjutRow:
    uraian: str
    penanggung_jawab: str
    batas_waktu: str  # "31 Desember 2026" or ""
    status: str  # "Selesai" | "Belum"


@dataclass(frozen=True, slots=True)
class AgendaRow:
    nama: str
    nip: str
    jabatan: str
    unit: str
    status: str
    rating_hasil_kerja: str
    rating_perilaku: str
    predikat: str


@dataclass(frozen=True, slots=True)
class Notulen:
    """Everything on both sheets, as text (blank fields: a form to fill in by hand)."""

    unit: str
    periode: str  # "TRIWULAN I 2026"
    tanggal: str  # "25 November 2026"
    tempat: str
    pimpinan: str
    peserta: Sequence[str]
    kesimpulan: str
    tindak_lanjut: Sequence[TindakLanjutRow]
    agenda: Sequence[AgendaRow]
    jumlah_predikat: Sequence[tuple[str, int]]  # (label, count), best first
    belum_dinilai: int = 0
    tanpa_skp: int = 0


_FONT = "Arial"
_F_BODY = Font(name=_FONT, size=10)
_F_BOLD = Font(name=_FONT, size=10, bold=True)
_F_TITLE = Font(name=_FONT, size=12, bold=True)
_BLUE = PatternFill("solid", fgColor="DDEBF7")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_LINE_PT = 13.0


def _lines(text: str, width: float) -> int:
    per_line = max(int(width * 1.1), 4)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _cell(ws: Worksheet, row: int, col: int, value: object, *, bold: bool = False,
          box: bool = False, fill: bool = False, center: bool = False) -> None:
    c = ws.cell(row=row, column=col, value=value)
    c.font = _F_BOLD if bold else _F_BODY
    c.alignment = _CENTER if center else _TOP
    if box:
        c.border = _BOX
    if fill:
        c.fill = _BLUE


def _page(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _write_notulen(ws: Worksheet, n: Notulen) -> None:
    widths = {"A": 6, "B": 48, "C": 26, "D": 20, "E": 12}
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w
    _page(ws, landscape=False)
    ws.merge_cells("A1:E1")
    _cell(ws, 1, 1, NOTULEN_TITLE, center=True)
    ws.cell(row=1, column=1).font = _F_TITLE
    row = 3
    for label, isi in (("Unit Kerja", n.unit), ("Periode", n.periode),
                       ("Hari/Tanggal", n.tanggal), ("Tempat", n.tempat),
                       ("Pimpinan Rapat", n.pimpinan)):
        _cell(ws, row, 1, label, bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        _cell(ws, row, 3, f": {isi}")
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
        row += 1
    row += 1
    _cell(ws, row, 1, "Peserta Rapat", bold=True)
    row += 1
    peserta = list(n.peserta) or [""] * 5  # blank numbered lines for a form
    for no, name in enumerate(peserta, 1):
        _cell(ws, row, 1, no, center=True)
        _cell(ws, row, 2, name)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        row += 1
    row += 1
    _cell(ws, row, 1, "Kesimpulan", bold=True)
    row += 1
    _cell(ws, row, 1, n.kesimpulan)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    ws.row_dimensions[row].height = _LINE_PT * max(4, _lines(n.kesimpulan, sum(
        widths.values())))
    row += 2
    _cell(ws, row, 1, "Tindak Lanjut", bold=True)
    row += 1
    for col, title in enumerate(TINDAK_LANJUT_HEADERS, 1):
        _cell(ws, row, col, title, bold=True, box=True, fill=True, center=True)
    row += 1
    items = list(n.tindak_lanjut) or [TindakLanjutRow("", "", "", "")] * 3
    for no, t in enumerate(items, 1):
        values = (no, t.uraian, t.penanggung_jawab, t.batas_waktu, t.status)
        for col, value in enumerate(values, 1):
            _cell(ws, row, col, value, box=True, center=col in (1, 4, 5))
        ws.row_dimensions[row].height = _LINE_PT * max(
            _lines(t.uraian, widths["B"]), _lines(t.penanggung_jawab, widths["C"]))
        row += 1


def _write_agenda(ws: Worksheet, n: Notulen) -> None:
    widths = (5, 30, 22, 30, 24, 20, 20, 20, 18)
    for col, w in enumerate(widths, 1):
        ws.column_dimensions[chr(ord("A") + col - 1)].width = w
    _page(ws, landscape=True)
    last = chr(ord("A") + len(widths) - 1)
    ws.merge_cells(f"A1:{last}1")
    _cell(ws, 1, 1, AGENDA_TITLE, center=True)
    ws.cell(row=1, column=1).font = _F_TITLE
    _cell(ws, 2, 1, f"Unit Kerja: {n.unit}    Periode: {n.periode}")
    ws.merge_cells(f"A2:{last}2")
    header = 4
    for col, title in enumerate(AGENDA_HEADERS, 1):
        _cell(ws, header, col, title, bold=True, box=True, fill=True, center=True)
    ws.print_title_rows = f"{header}:{header}"
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    row = header + 1
    for no, a in enumerate(n.agenda, 1):
        values = (no, a.nama, a.nip, a.jabatan, a.unit, a.status, a.rating_hasil_kerja,
                  a.rating_perilaku, a.predikat)
        for col, value in enumerate(values, 1):
            _cell(ws, row, col, value, box=True, center=col in (1, 3, 6, 7, 8, 9))
        row += 1
    if not n.agenda:
        _cell(ws, row, 1, "Belum ada pegawai aktif di unit ini.")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        row += 1
    row += 1
    _cell(ws, row, 2, "Distribusi Predikat", bold=True)
    row += 1
    _cell(ws, row, 2, "Predikat", bold=True, box=True, fill=True, center=True)
    _cell(ws, row, 3, "Jumlah Pegawai", bold=True, box=True, fill=True, center=True)
    row += 1
    total = 0
    for label, count in n.jumlah_predikat:
        _cell(ws, row, 2, label, box=True)
        _cell(ws, row, 3, count, box=True, center=True)
        total += count
        row += 1
    for label, count in (("Jumlah dinilai", total), ("Belum dinilai", n.belum_dinilai),
                         ("SKP belum ditetapkan", n.tanpa_skp)):
        _cell(ws, row, 2, label, bold=True, box=True)
        _cell(ws, row, 3, count, bold=True, box=True, center=True)
        row += 1


def build_rapat_workbook(n: Notulen) -> Workbook:
    book = Workbook()
    notulen = book.active
    assert notulen is not None
    notulen.title = NOTULEN_SHEET
    _write_notulen(notulen, n)
    _write_agenda(book.create_sheet(AGENDA_SHEET), n)
    return book


def write_rapat_workbook(path: Path | str, n: Notulen) -> Path:
    target = check_target(path)
    return save_atomic(build_rapat_workbook(n), target)
