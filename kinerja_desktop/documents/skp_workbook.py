"""The SKP workbook: one SKP per file, laid out like the printed SKP, and read back.

Sheet "SKP" follows DOMAIN §8.1 so an office recognises it and can fill it offline:

- title lines ``SASARAN KINERJA PEGAWAI`` / ``PENDEKATAN HASIL KERJA KUANTITATIF`` (or
  ``KUALITATIF``) / ``BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL`` (or the JPT line);
  the instansi on the left, ``PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026``
  on the right;
- the identity table ``NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA`` with
  NAMA, NIP (text), PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA;
- ``HASIL KERJA``: columns ``NO (1) | RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI (2) |
  RENCANA HASIL KERJA (3) | ASPEK (4) | INDIKATOR KINERJA INDIVIDU (5) | TARGET (6)``
  (JPT adds ``PERSPEKTIF (7)``), section rows ``A. UTAMA`` / ``B. TAMBAHAN``, each RHK's
  cells (1)–(3) merged down over its IKI rows; TARGET reads ``12 laporan`` or a text;
- ``PERILAKU KERJA`` rows 1–7 (core value and panduan, ``Ekspektasi Khusus Pimpinan:``),
  the signature block and the footnotes.

Sheet "LAMPIRAN" (DOMAIN §8.2) holds the numbered lists DUKUNGAN SUMBER DAYA, SKEMA
PERTANGGUNGJAWABAN and KONSEKUENSI. A hidden sheet "_kinerja" remembers the SKP id and
version and the few things text cannot say unambiguously (which of two identical leader
RHK texts was meant); the visible sheets alone are enough to import a hand-filled file.

Reading goes through :mod:`xlsx_reader` (one xlsx reader in the project) and checks
everything that needs no database; the services match NIP, year and leader RHK.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.properties import PageSetupProperties

from kinerja_desktop.documents.output_files import check_target, save_atomic
from kinerja_desktop.documents.xlsx_reader import (
    Column,
    RowError,
    SheetRead,
    SheetSpec,
    WorkbookError,
    cell_text,
    norm_header,
    read_sheets,
    squash,
)
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.nip import normalize_nip
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
    enum_by_label,
    split_target,
)

__all__ = [
    "COLUMNS",
    "LAMPIRAN_SHEET",
    "META_SHEET",
    "SKP_SHEET",
    "Orang",
    "RhkRead",
    "SkpSheet",
    "SkpWorkbookRead",
    "read_skp_workbook",
    "write_skp_workbook",
]

SKP_SHEET = "SKP"
LAMPIRAN_SHEET = "LAMPIRAN"
META_SHEET = "_kinerja"
FORMAT_ID = "kinerja-skp"
FORMAT_VERSION = "1"
HEADER_SEARCH = 40  # the table header is searched in the first rows of the sheet

TITLE = "SASARAN KINERJA PEGAWAI"
TITLE_LAMPIRAN = "LAMPIRAN SASARAN KINERJA PEGAWAI"
PENDEKATAN_PREFIX = "PENDEKATAN HASIL KERJA"
BAGI = {
    FormFamily.JA_JF: "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
    FormFamily.JPT: "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
}
PERIODE_LABEL = "PERIODE PENILAIAN"
IDENT_PEGAWAI = "PEGAWAI YANG DINILAI"
IDENT_PENILAI = "PEJABAT PENILAI KINERJA"
IDENT_LABELS = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA")
HASIL_KERJA = "HASIL KERJA"
PERILAKU_KERJA = "PERILAKU KERJA"
EKSPEKTASI_LABEL = "Ekspektasi Khusus Pimpinan:"
HEADER_PIMPINAN = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
HEADER_ATASAN = "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI"  # e-Kinerja print (§14)
SECTION = {JenisRHK.UTAMA: "A. UTAMA", JenisRHK.TAMBAHAN: "B. TAMBAHAN"}
SECTION_KINERJA = {JenisRHK.UTAMA: "A. KINERJA UTAMA", JenisRHK.TAMBAHAN: "B. KINERJA TAMBAHAN"}
LAMPIRAN_SECTIONS = ("DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI")
FOOTNOTES = (
    "* Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat "
    "pimpinan tinggi dan Pimpinan unit kerja mandiri/ organisasi maka dituliskan rencana "
    "hasil kerja beserta indikator kinerja individu pejabat pimpinan tinggi dan Pimpinan unit "
    "kerja mandiri atau sasaran dan indikator kinerja organisasi yang diintervensi",
    "** Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku "
    "kerja Pegawai",
)
BULAN = ("JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS",
         "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER")

COLUMNS: tuple[Column, ...] = (
    # A header may also carry its number, "TARGET (6)", as some offices type it.
    Column("nomor", "NO", width=5, aliases=("NO (1)",)),
    Column("pimpinan", HEADER_PIMPINAN, width=28, aliases=(
        HEADER_ATASAN, f"{HEADER_PIMPINAN} (2)", f"{HEADER_ATASAN} (2)")),
    Column("rhk", "RENCANA HASIL KERJA", width=30, aliases=("RENCANA HASIL KERJA (3)",)),
    Column("aspek", "ASPEK", width=12, aliases=("ASPEK (4)",)),
    Column("iki", "INDIKATOR KINERJA INDIVIDU", width=30,
           aliases=("INDIKATOR KINERJA INDIVIDU (5)",)),
    # Also the value column of the penilai in the identity table: not too narrow.
    Column("target", "TARGET", width=22, aliases=("TARGET (6)",)),
    Column("perspektif", "PERSPEKTIF", width=17, header_optional=True,
           aliases=("PERSPEKTIF (7)",)),
)
_COL = {c.key: i for i, c in enumerate(COLUMNS, start=1)}  # where the export puts them
_IKI_KEYS = ("aspek", "iki", "target", "perspektif")


# ---------------------------------------------------------------------------
# What is written


@dataclass(frozen=True, slots=True)
class Orang:
    """A person as printed in the identity table."""

    nama: str
    nip: str  # printed form (with spaces) is fine: it is written as text
    pangkat_gol: str = ""
    jabatan: str = ""
    unit_kerja: str = ""


@dataclass(frozen=True, slots=True)
class SkpSheet:
    """Everything one SKP workbook shows."""

    tahun: int
    periode_mulai: dt.date
    periode_selesai: dt.date
    instansi: str
    pegawai: Orang
    penilai: Orang | None
    isi: IsiSKP
    intervensi: Sequence[str]  # column (2), one text per RHK of ``isi.ordered_rhk()``
    tempat: str = ""
    tanggal: dt.date | None = None
    skp_id: uuid.UUID | None = None
    skp_version: int | None = None
    status: str = ""
    # Hidden hints: squashed column (2) text -> "rhk:<uuid>" | "sasaran:<uuid>".
    intervensi_ref: dict[str, str] = field(default_factory=dict)
    kolom_atasan: bool = False  # column (2) says ATASAN (e-Kinerja print) instead of PIMPINAN
    bagian_kinerja: bool = False  # sections "A. KINERJA UTAMA" instead of "A. UTAMA"


# ---------------------------------------------------------------------------
# Writing

_FONT = "Arial"
_F_BODY = Font(name=_FONT, size=9)
_F_BOLD = Font(name=_FONT, size=9, bold=True)
_F_TITLE = Font(name=_FONT, size=11, bold=True)
_F_NOTE = Font(name=_FONT, size=8, italic=True)
_F_SIGN = Font(name=_FONT, size=9, bold=True, underline="single")
_BLUE = PatternFill("solid", fgColor="DDEBF7")  # light blue of the common prints
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_NONE = Border()
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_CENTER_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
_LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=False)
_RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=False)
_LINE_PT = 12.0  # row height per text line at 9 pt


def _tanggal(day: dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1].title()} {day.year}"


def periode_text(mulai: dt.date, selesai: dt.date) -> str:
    """``PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026``."""
    return (f"{PERIODE_LABEL}: {mulai.day:02d} {BULAN[mulai.month - 1]} SD "
            f"{selesai.day:02d} {BULAN[selesai.month - 1]} TAHUN {selesai.year}")


def _lines(text: str, width: float) -> int:
    per_line = max(int(width * 1.2), 4)  # Arial 9 fits about 1.2 characters per width unit
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


_FONT_TAG = {id(_F_BODY): "isi", id(_F_BOLD): "tebal", id(_F_TITLE): "judul",
             id(_F_NOTE): "catatan", id(_F_SIGN): "ttd"}
_ALIGN_TAG = {id(_CENTER): "tengah", id(_CENTER_TOP): "tengah-atas", id(_LEFT_TOP): "kiri",
              id(_LEFT): "kiri-sebaris", id(_RIGHT): "kanan"}


class _Sheet:
    """A worksheet written top to bottom; ``ncols`` columns of the printed form.

    Every cell gets a named style of the workbook ("SKP isi bingkai", …): assigning a
    named style is a copy of a few ids, where assigning font, border and fill one by
    one makes openpyxl hash each of them again (measured: most of the export time)."""

    def __init__(self, ws: Any, widths: Sequence[float]) -> None:
        self.ws = ws
        self.ncols = len(widths)
        self.widths = list(widths)
        self.row = 0
        self.heights: dict[int, float] = {}
        self.styles: set[str] = set()  # named styles known to be in the workbook
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def next(self, n: int = 1) -> int:
        self.row += n
        return self.row

    def _style(self, font: Font, align: Alignment, fill: PatternFill | None, border: bool,
               text: bool) -> str:
        parts = [_FONT_TAG[id(font)], _ALIGN_TAG[id(align)]]
        if fill is not None:
            parts.append("biru")
        if border:
            parts.append("bingkai")
        if text:
            parts.append("teks")
        name = "SKP " + " ".join(parts)
        if name in self.styles:
            return name
        self.styles.add(name)
        wb = self.ws.parent
        if name not in wb.named_styles:
            style = NamedStyle(name=name, font=font, alignment=align,
                               border=_BOX if border else _NONE,
                               number_format="@" if text else "General")
            if fill is not None:
                style.fill = fill
            wb.add_named_style(style)
        return name

    def put(self, row: int, col: int, value: Any, *, font: Font = _F_BODY,
            align: Alignment = _LEFT_TOP, fill: PatternFill | None = None,
            border: bool = True, text: bool = False, to_col: int | None = None,
            to_row: int | None = None) -> None:
        """One cell (or a merged block up to ``to_col``/``to_row``) with its style."""
        ws = self.ws
        last_col = to_col or col
        last_row = to_row or row
        if last_col > col or last_row > row:
            # Registered directly: ws.merge_cells() would also restyle every cell of the
            # block one attribute at a time. The cells inside keep the block's named style
            # (with its borders) and no value, as Excel itself saves a merged block.
            ws.merged_cells.add(MergedCellRange(
                ws, f"{get_column_letter(col)}{row}:{get_column_letter(last_col)}{last_row}"))
        style = self._style(font, align, fill, border, text)
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                ws.cell(row=r, column=c).style = style
        if value is not None and value != "":
            ws.cell(row=row, column=col).value = value

    def need(self, row: int, text: str, first_col: int, last_col: int, rows: int = 1) -> None:
        """Makes rows ``row``.. tall enough for ``text`` in columns first..last (merged)."""
        width = sum(self.widths[first_col - 1:last_col])
        height = _lines(str(text), width) * _LINE_PT / rows + 3
        for r in range(row, row + rows):
            self.heights[r] = max(self.heights.get(r, 0.0), height)

    def finish_heights(self) -> None:
        for r, h in self.heights.items():
            self.ws.row_dimensions[r].height = max(h, 15.0)

    def print_setup(self, title_rows: str | None) -> None:
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5
        ws.print_area = f"A1:{get_column_letter(self.ncols)}{self.row}"
        if title_rows:
            ws.print_title_rows = title_rows
        ws.sheet_view.showGridLines = False


def _header_block(sh: _Sheet, title: str, data: SkpSheet) -> None:
    n = sh.ncols
    isi = data.isi
    for text in (title, f"{PENDEKATAN_PREFIX} {isi.pendekatan.value}", BAGI[isi.form_family]):
        r = sh.next()
        sh.put(r, 1, text, font=_F_TITLE, align=_CENTER, border=False, to_col=n)
    sh.next()
    r = sh.next()
    sh.put(r, 1, data.instansi.upper(), font=_F_BOLD, align=_LEFT, border=False, to_col=3)
    sh.put(r, 4, periode_text(data.periode_mulai, data.periode_selesai), font=_F_BOLD,
           align=_RIGHT, border=False, to_col=n)
    sh.next()


def _identity(sh: _Sheet, data: SkpSheet) -> None:
    n = sh.ncols
    r = sh.next()
    sh.put(r, 1, "NO", font=_F_BOLD, align=_CENTER, fill=_BLUE)
    sh.put(r, 2, IDENT_PEGAWAI, font=_F_BOLD, align=_CENTER, fill=_BLUE, to_col=3)
    sh.put(r, 4, "NO", font=_F_BOLD, align=_CENTER, fill=_BLUE)
    sh.put(r, 5, IDENT_PENILAI, font=_F_BOLD, align=_CENTER, fill=_BLUE, to_col=n)
    p = data.pegawai
    q = data.penilai or Orang("", "")
    for no, (label, left, right) in enumerate(zip(IDENT_LABELS, (
            p.nama, p.nip, p.pangkat_gol, p.jabatan, p.unit_kerja), (
            q.nama, q.nip, q.pangkat_gol, q.jabatan, q.unit_kerja), strict=True), start=1):
        r = sh.next()
        is_nip = label == "NIP"
        sh.put(r, 1, no, align=_CENTER_TOP)
        sh.put(r, 2, label)
        sh.put(r, 3, left, text=is_nip)
        sh.put(r, 4, no, align=_CENTER_TOP)
        sh.put(r, 5, label)
        sh.put(r, 6, right, text=is_nip, to_col=n if n > 6 else None)
        sh.need(r, left, 3, 3)
        sh.need(r, right, 6, n)
    sh.next()


def _hasil_kerja(sh: _Sheet, data: SkpSheet, jpt: bool) -> tuple[int, int]:
    """The RHK table; returns (header row, numbering row) for the repeated print titles."""
    n = sh.ncols
    r = sh.next()
    sh.put(r, 1, HASIL_KERJA, font=_F_BOLD, align=_LEFT, fill=_BLUE, to_col=n)
    header = sh.next()
    heads = [c.header for c in COLUMNS[:n]]
    if data.kolom_atasan:
        heads[1] = HEADER_ATASAN
    for col, text in enumerate(heads, start=1):
        sh.put(header, col, text, font=_F_BOLD, align=_CENTER, fill=_BLUE)
    sh.heights[header] = 39.0
    numbers = sh.next()
    for col in range(1, n + 1):
        sh.put(numbers, col, f"({col})", font=_F_BOLD, align=_CENTER, fill=_BLUE)
    sections = SECTION_KINERJA if data.bagian_kinerja else SECTION
    ordered = data.isi.ordered_rhk()
    texts = list(data.intervensi) + [""] * (len(ordered) - len(data.intervensi))
    for jenis in JenisRHK:
        r = sh.next()
        sh.put(r, 1, sections[jenis], font=_F_BOLD, align=_LEFT, to_col=n)
        items = [(rhk, texts[i]) for i, rhk in enumerate(ordered) if rhk.jenis is jenis]
        if not items:  # an empty bordered row shows where to type
            r = sh.next()
            for col in range(1, n + 1):
                sh.put(r, col, None)
            continue
        for no, (rhk, pimpinan) in enumerate(items, start=1):
            first = sh.row + 1
            ikis: list[Iki | None] = list(rhk.iki) or [None]
            for iki in ikis:
                r = sh.next()
                if iki is None:
                    for col in range(4, n + 1):
                        sh.put(r, col, None)
                    continue
                sh.put(r, 4, iki.aspek.label if iki.aspek else "", align=_CENTER_TOP)
                sh.put(r, 5, iki.uraian)
                sh.put(r, 6, iki.target_label(), align=_CENTER_TOP, text=True)
                sh.need(r, iki.uraian, 5, 5)
                sh.need(r, iki.target_label(), 6, 6)
                if jpt:
                    sh.put(r, 7, iki.perspektif.label if iki.perspektif else "",
                           align=_CENTER_TOP)
            last = sh.row
            span = last if last > first else None
            sh.put(first, 1, no, align=_CENTER_TOP, to_row=span)
            sh.put(first, 2, pimpinan, to_row=span)
            sh.put(first, 3, rhk.uraian, to_row=span)
            rows = last - first + 1
            sh.need(first, pimpinan, 2, 2, rows)
            sh.need(first, rhk.uraian, 3, 3, rows)
    return header, numbers


def _perilaku(sh: _Sheet, data: SkpSheet) -> None:
    n = sh.ncols
    sh.next()
    r = sh.next()
    sh.put(r, 1, PERILAKU_KERJA, font=_F_BOLD, align=_LEFT, fill=_BLUE, to_col=n)
    for cv in CORE_VALUES:
        r = sh.next()
        left = cv.nama + "".join(f"\n- {p}" for p in cv.panduan)
        right = EKSPEKTASI_LABEL + "\n" + data.isi.ekspektasi.get(cv.no, "").strip()
        sh.put(r, 1, cv.no, align=_CENTER_TOP)
        sh.put(r, 2, left, to_col=4)
        sh.put(r, 5, right.rstrip(), to_col=n)
        sh.need(r, left, 2, 4)
        sh.need(r, right, 5, n)


def _signatures(sh: _Sheet, data: SkpSheet) -> None:
    n = sh.ncols
    sh.next()
    r = sh.next()
    tempat = data.tempat or "...................."
    tanggal = _tanggal(data.tanggal) if data.tanggal else "...................."
    sh.put(r, 5, f"{tempat}, {tanggal}", border=False, align=_LEFT, to_col=n)
    r = sh.next()
    sh.put(r, 2, "Pegawai yang Dinilai", border=False, align=_LEFT)
    sh.put(r, 5, IDENT_PENILAI.title(), border=False, align=_LEFT, to_col=n)
    sh.next(3)
    r = sh.next()
    penilai = data.penilai or Orang("", "")
    sh.put(r, 2, data.pegawai.nama, font=_F_SIGN, border=False, align=_LEFT)
    sh.put(r, 5, penilai.nama, font=_F_SIGN, border=False, align=_LEFT, to_col=n)
    r = sh.next()
    sh.put(r, 2, f"NIP. {data.pegawai.nip}", border=False, align=_LEFT, text=True)
    sh.put(r, 5, f"NIP. {penilai.nip}" if penilai.nip else "NIP.", border=False, align=_LEFT,
           text=True, to_col=n)


def _lampiran_sheet(sh: _Sheet, data: SkpSheet) -> None:
    n = sh.ncols
    _header_block(sh, TITLE_LAMPIRAN, data)
    lamp = data.isi.lampiran
    for title, items in zip(LAMPIRAN_SECTIONS, (
            lamp.dukungan_sumber_daya, lamp.skema_pertanggungjawaban, lamp.konsekuensi),
            strict=True):
        r = sh.next()
        sh.put(r, 1, title, font=_F_BOLD, align=_LEFT, fill=_BLUE, to_col=n)
        for no, text in enumerate((x for x in items if x.strip()), start=1):
            r = sh.next()
            sh.put(r, 1, no, align=_CENTER_TOP)
            sh.put(r, 2, text.strip(), to_col=n)
            sh.need(r, text, 2, n)
        sh.next()
    _signatures(sh, data)


def _target_hints(isi: IsiSKP) -> dict[str, list[str | None]]:
    """Targets whose printed text would not read back as the same value."""
    out: dict[str, list[str | None]] = {}
    kuantitatif = isi.pendekatan is Pendekatan.KUANTITATIF
    for rhk in isi.rhk:
        for iki in rhk.iki:
            label = iki.target_label().strip()
            if not label:
                continue
            try:
                back = _read_target(label, kuantitatif)
            except ValidationError:
                back = None
            mine = (iki.target_nilai, iki.target_satuan.strip(), iki.target_teks.strip())
            if back is None or back != mine:
                out[label] = [None if iki.target_nilai is None else str(iki.target_nilai),
                              iki.target_satuan.strip(), iki.target_teks.strip()]
    return out


def _meta_sheet(wb: Workbook, data: SkpSheet) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    rows: list[tuple[str, str]] = [
        ("format", FORMAT_ID), ("versi_format", FORMAT_VERSION),
        ("skp_id", str(data.skp_id) if data.skp_id else ""),
        ("skp_version", str(data.skp_version) if data.skp_version is not None else ""),
        ("status", data.status), ("nip", normalize_nip(data.pegawai.nip)),
        ("tahun", str(data.tahun)),
        ("pendekatan", data.isi.pendekatan.value), ("form_family", data.isi.form_family.value),
        ("target_khusus", json.dumps(_target_hints(data.isi), ensure_ascii=False)),
        ("intervensi", json.dumps(data.intervensi_ref, ensure_ascii=False)),
    ]
    for key, value in rows:
        if len(value) > 32000:  # an Excel cell holds 32,767 characters; hints are optional
            value = ""
        ws.append([key, value])
        ws.cell(row=ws.max_row, column=2).number_format = "@"


def write_skp_workbook(path: Path | str, data: SkpSheet) -> Path:
    """Writes the SKP, LAMPIRAN and hidden sheets; returns the path."""
    path = check_target(path)
    jpt = data.isi.form_family is FormFamily.JPT
    widths = [c.width for c in COLUMNS[: 7 if jpt else 6]]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SKP_SHEET
    sh = _Sheet(ws, widths)
    _header_block(sh, TITLE, data)
    _identity(sh, data)
    header, numbers = _hasil_kerja(sh, data, jpt)
    _perilaku(sh, data)
    _signatures(sh, data)
    sh.next()
    for note in FOOTNOTES:
        r = sh.next()
        sh.put(r, 1, note, font=_F_NOTE, border=False, to_col=sh.ncols)
        sh.need(r, note, 1, sh.ncols)
    sh.finish_heights()
    sh.print_setup(f"{header}:{numbers}")
    ls = _Sheet(wb.create_sheet(LAMPIRAN_SHEET), widths)
    _lampiran_sheet(ls, data)
    ls.finish_heights()
    ls.print_setup(None)
    _meta_sheet(wb, data)
    return save_atomic(wb, path)


# ---------------------------------------------------------------------------
# Reading


@dataclass(slots=True)
class RhkRead:
    """One RHK as read, with where its column (2) text is (for the services' errors)."""

    rhk: Rhk
    row: int  # first row of the RHK
    pimpinan: str  # column (2): the leader's RHK (or unit goal) it intervenes, as typed
    pimpinan_row: int
    pimpinan_col: str  # letter


@dataclass(slots=True)
class SkpWorkbookRead:
    """What an SKP workbook says; ``errors`` are the problems found in the file alone."""

    path: Path
    sheet: str
    nip: str  # normalised; "" when missing
    nip_cell: tuple[int, str]  # (row, letter) of the NIP of the pegawai
    penilai_nip: str
    tahun: int | None
    periode_mulai: dt.date | None
    periode_selesai: dt.date | None
    periode_cell: tuple[int, str]
    isi: IsiSKP  # intervensi not resolved yet (see ``rhk``)
    rhk: list[RhkRead]
    meta: dict[str, str]  # the hidden sheet, when it belongs to this NIP and year
    errors: list[RowError]
    warnings: list[str]
    has_lampiran: bool = True  # False: no LAMPIRAN sheet, keep what is stored
    has_perilaku: bool = True  # False: no PERILAKU KERJA rows, keep the stored ekspektasi

    def meta_json(self, key: str) -> dict[str, Any]:
        try:
            value = json.loads(self.meta.get(key) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


_SECTION_RE = re.compile(r"^(?:([ab])\s*[.)]?\s+)?(?:kinerja\s+)?(utama|tambahan)$")
_EKSPEKTASI_RE = re.compile(r"^\s*ekspektasi\s+khusus\s+pimpinan\s*\**\s*:?\s*", re.I)
_PERIODE_RE = re.compile(
    r"(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?\s*(?:s\.?\s*/?\s*d\.?|sampai\s+dengan|sampai|hingga|"
    r"-|–|—)\s*(\d{1,2})\s+([a-z]+)\s+(?:tahun\s+)?(\d{4})")
_YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")
_ITEM_NO = re.compile(r"^(?:\d{1,3}[.)]?|[-•*])$")


def _letter(col: int) -> str:
    return str(get_column_letter(col))


def _read_target(text: str, kuantitatif: bool) -> tuple[Decimal | None, str, str]:
    nilai, satuan, teks = split_target(text)
    if kuantitatif and nilai is None and not re.search(r"\d", teks):
        raise ValidationError(
            f"TARGET untuk pendekatan kuantitatif harus memuat angka yang diketik sebagai "
            f"angka, diikuti satuannya (contoh: 12 laporan, 100 %); terbaca '{text}'."
        )
    return nilai, satuan.strip(), teks.strip()


@dataclass(slots=True)
class _Head:
    nip: str = ""
    nip_raw: Any = None
    nip_cell: tuple[int, str] = (0, "")
    penilai_nip: str = ""
    periode: str = ""
    periode_cell: tuple[int, str] = (0, "")
    pendekatan: str = ""
    pendekatan_cell: tuple[int, str] = (0, "")
    bagi: str = ""
    bagi_cell: tuple[int, str] = (0, "")


def _texts(values: tuple[Any, ...]) -> list[tuple[int, str]]:
    out = []
    for i, v in enumerate(values):
        if v is not None:
            t = cell_text(v)
            if t:
                out.append((i, t))
    return out


def _scan_head(rows: list[tuple[int, tuple[Any, ...]]]) -> _Head:
    head = _Head()
    left = right = -1
    ident_row = 0
    for rn, values in rows:
        texts = _texts(values)
        for pos, (ci, t) in enumerate(texts):
            u = squash(t)
            if u.startswith("pendekatan hasil kerja") and not head.pendekatan:
                head.pendekatan, head.pendekatan_cell = t, (rn, _letter(ci + 1))
            elif u.startswith("bagi pejabat") and not head.bagi:
                head.bagi, head.bagi_cell = t, (rn, _letter(ci + 1))
            elif u.startswith("periode penilaian") and not head.periode:
                rest = t.split(":", 1)[1].strip() if ":" in t else ""
                if not rest and pos + 1 < len(texts):
                    rest = texts[pos + 1][1]
                head.periode, head.periode_cell = rest or t, (rn, _letter(ci + 1))
            elif u == squash(IDENT_PEGAWAI) and not ident_row:
                left, ident_row = ci, rn
            elif u == squash(IDENT_PENILAI) and rn == ident_row:
                right = ci
    if ident_row:
        for rn, values in rows:
            if rn <= ident_row:
                continue
            for side in (left, right):
                if side < 0 or side + 1 >= len(values):
                    continue
                if norm_header(cell_text(values[side])).replace(".", "") != "nip":
                    continue
                raw = values[side + 1]
                if side == left and not head.nip_cell[0]:
                    head.nip_raw, head.nip_cell = raw, (rn, _letter(side + 2))
                elif side == right and not head.penilai_nip:
                    head.penilai_nip = normalize_nip(cell_text(raw))
    if not head.nip_cell[0]:  # no identity table: the first "NIP" label with a value after it
        for rn, values in rows:
            texts = _texts(values)
            for pos, (_ci, t) in enumerate(texts):
                if norm_header(t).replace(".", "") == "nip" and pos + 1 < len(texts):
                    ni = texts[pos + 1][0]
                    head.nip_raw, head.nip_cell = values[ni], (rn, _letter(ni + 1))
                    break
            if head.nip_cell[0]:
                break
    return head


class _Reader:
    """Turns the sheets read by xlsx_reader into an IsiSKP and cell-level errors."""

    def __init__(self, path: Path, skp: SheetRead, lampiran: SheetRead | None,
                 meta: SheetRead | None) -> None:
        self.path = path
        self.skp = skp
        self.lampiran = lampiran
        self.meta_sheet = meta
        self.errors: list[RowError] = list(skp.errors)
        self.warnings: list[str] = []
        self.flagged: set[tuple[str, int, str]] = set()
        self._meta: dict[str, str] = {}
        self.merge_rows: set[int] = set()  # rows of a refused merge: no more errors there

    def bad(self, row: int, letter: str, header: str, message: str, sheet: str = "") -> None:
        if (sheet, row, letter) in self.flagged:
            return
        self.flagged.add((sheet, row, letter))
        self.errors.append(RowError(row, letter, header, message, sheet))

    def bad_key(self, row: int, key: str, message: str) -> None:
        if row in self.merge_rows:
            return
        self.bad(row, self.skp.letters.get(key, ""), self.skp.headers.get(key, ""), message)

    # -- header block --------------------------------------------------------------------

    def head(self) -> tuple[_Head, int | None, dt.date | None, dt.date | None, Pendekatan,
                            FormFamily | None]:
        sheet = self.skp
        head = _scan_head([(n, v) for n, v in sheet.raw_rows if n < sheet.header_row])
        name = self.path.name
        if not head.nip_cell[0]:
            raise WorkbookError(
                f"File {name}, lembar '{sheet.sheet}': tabel identitas tidak ditemukan (sel "
                f"berlabel NIP di bawah '{IDENT_PEGAWAI}'). Gunakan file hasil ekspor SKP dari "
                "aplikasi."
            )
        row, letter = head.nip_cell
        raw = head.nip_raw
        if isinstance(raw, float):
            self.bad(row, letter, "NIP", (
                f"NIP harus diketik sebagai teks, bukan angka: Excel menyimpan angka 18 digit "
                f"tanpa ketelitian (terbaca {raw:.15g}). Format sel sebagai Teks lalu ketik "
                "ulang, atau awali dengan tanda petik (')."))
        else:
            head.nip = normalize_nip(cell_text(raw))
            if not head.nip:
                self.bad(row, letter, "NIP", "NIP pegawai yang dinilai wajib diisi.")
        tahun: int | None = None
        mulai = selesai = None
        if head.periode_cell[0]:
            tahun, mulai, selesai = self._periode(head)
        pendekatan = Pendekatan.KUANTITATIF
        if head.pendekatan:
            rest = squash(head.pendekatan)[len("pendekatan hasil kerja"):]
            found = [p for p in Pendekatan if p.value.casefold() in rest]
            if len(found) == 1:
                pendekatan = found[0]
            else:
                self.bad(*head.pendekatan_cell, PENDEKATAN_PREFIX,
                         "Tulis salah satu: 'PENDEKATAN HASIL KERJA KUANTITATIF' atau "
                         f"'PENDEKATAN HASIL KERJA KUALITATIF' (terbaca '{head.pendekatan}').")
        else:
            self.warnings.append("Baris 'PENDEKATAN HASIL KERJA …' tidak ditemukan; SKP dianggap "
                                 "berpendekatan kuantitatif.")
        family: FormFamily | None = None
        if head.bagi:
            u = squash(head.bagi)
            if "pimpinan tinggi" in u:
                family = FormFamily.JPT
            elif "administrasi" in u or "fungsional" in u:
                family = FormFamily.JA_JF
            else:
                self.bad(*head.bagi_cell, "BAGI PEJABAT",
                         f"Tulis '{BAGI[FormFamily.JA_JF]}' atau '{BAGI[FormFamily.JPT]}' "
                         f"(terbaca '{head.bagi}').")
        return head, tahun, mulai, selesai, pendekatan, family

    def _periode(self, head: _Head) -> tuple[int | None, dt.date | None, dt.date | None]:
        text = squash(head.periode)
        m = _PERIODE_RE.search(text)
        months = [b.casefold() for b in BULAN]
        if m:
            d1, b1, y1, d2, b2, y2 = m.groups()
            if b1 in months and b2 in months:
                try:
                    selesai = dt.date(int(y2), months.index(b2) + 1, int(d2))
                    mulai = dt.date(int(y1 or y2), months.index(b1) + 1, int(d1))
                except ValueError:
                    pass
                else:
                    if mulai <= selesai and mulai.year == selesai.year:
                        return selesai.year, mulai, selesai
        years = _YEAR_RE.findall(text)
        if years:
            return int(years[-1]), None, None
        self.bad(*head.periode_cell, PERIODE_LABEL,
                 "Periode penilaian tidak terbaca; tulis seperti "
                 f"'{PERIODE_LABEL}: 01 JANUARI SD 31 DESEMBER TAHUN 2026'.")
        return None, None, None

    # -- HASIL KERJA table ---------------------------------------------------------------

    def table(self, pendekatan: Pendekatan, family: FormFamily) -> list[RhkRead]:
        sheet = self.skp
        col_of = {k: column_index_from_string(v) for k, v in sheet.letters.items()}
        rows = {r.row_number: dict(r.values) for r in sheet.rows}
        sections: dict[int, JenisRHK] = {}
        for rn, values in rows.items():
            texts = [v for v in values.values() if v]
            if len(texts) == 1:
                m = _SECTION_RE.match(squash(texts[0]))
                if m:
                    sections[rn] = JenisRHK.UTAMA if m.group(2) == "utama" else JenisRHK.TAMBAHAN
        continued = self._check_merges(rows, sections, col_of)
        jpt = family is FormFamily.JPT
        has_persp = "perspektif" in col_of
        if jpt and not has_persp:
            self.bad(sheet.header_row, "", "PERSPEKTIF",
                     "Formulir JPT memerlukan kolom PERSPEKTIF (7) di kanan kolom TARGET.")
        kuantitatif = pendekatan is Pendekatan.KUANTITATIF
        hints = self._target_hints()
        jenis = JenisRHK.UTAMA
        out: list[RhkRead] = []
        current: RhkRead | None = None
        current_no = ""
        ignored_persp = False
        for rn in sorted(rows):
            if rn in sections:
                jenis = sections[rn]
                current = None
                continue
            v = rows[rn]
            no, pim, rhk_text = v["nomor"], v["pimpinan"], v["rhk"]
            if current is not None and (
                rn in continued or (not no and not rhk_text) or (
                    (not no or no == current_no)
                    and (not rhk_text or squash(rhk_text) == squash(current.rhk.uraian)))
            ):
                if pim and squash(pim) != squash(current.pimpinan):
                    if current.pimpinan:
                        self.bad_key(rn, "pimpinan", (
                            "Satu rencana hasil kerja hanya mengintervensi satu RHK pimpinan; "
                            f"baris ini berbeda dengan baris {current.pimpinan_row}. Kosongkan "
                            "sel ini atau gabungkan (merge) dengan sel di atasnya."))
                    else:
                        current.pimpinan, current.pimpinan_row = pim, rn
            else:
                if not no and not rhk_text:
                    self.bad_key(rn, "rhk", (
                        "IKI ini tidak berada di bawah rencana hasil kerja mana pun: isi "
                        "RENCANA HASIL KERJA (3) pada baris ini atau di atasnya."))
                    continue
                if not rhk_text:
                    self.bad_key(rn, "rhk", f"RENCANA HASIL KERJA wajib diisi (baris bernomor "
                                            f"{no}).")
                current = RhkRead(Rhk(rhk_text, jenis), rn, pim, rn,
                                  sheet.letters.get("pimpinan", ""))
                current_no = no
                out.append(current)
            if not any(v.get(k) for k in _IKI_KEYS):
                continue
            iki = Iki(v["iki"])
            if not iki.uraian:
                self.bad_key(rn, "iki", "INDIKATOR KINERJA INDIVIDU wajib diisi bila ASPEK atau "
                                        "TARGET baris ini diisi.")
            if v["aspek"]:
                aspek = enum_by_label(Aspek, v["aspek"])
                if aspek is None:
                    self.bad_key(rn, "aspek", f"ASPEK '{v['aspek']}' tidak dikenal; isi "
                                              "Kuantitas, Kualitas, Waktu atau Biaya.")
                iki.aspek = aspek
            target = v["target"]
            if target:
                if target in hints:
                    nilai, satuan, teks = hints[target]
                    iki.target_nilai = Decimal(nilai) if nilai is not None else None
                    iki.target_satuan, iki.target_teks = satuan or "", teks or ""
                else:
                    try:
                        iki.target_nilai, iki.target_satuan, iki.target_teks = _read_target(
                            target, kuantitatif)
                    except ValidationError as exc:
                        self.bad_key(rn, "target", exc.message)
            if v.get("perspektif"):
                if jpt:
                    persp = enum_by_label(Perspektif, v["perspektif"])
                    if persp is None:
                        self.bad_key(rn, "perspektif", (
                            f"PERSPEKTIF '{v['perspektif']}' tidak dikenal; isi Penerima "
                            "Layanan, Proses Bisnis, Penguatan Internal atau Anggaran."))
                    iki.perspektif = persp
                else:
                    ignored_persp = True
            assert current is not None
            current.rhk.iki.append(iki)
        if ignored_persp:
            self.warnings.append("Kolom PERSPEKTIF hanya dipakai formulir JPT; isinya diabaikan.")
        return out

    def _check_merges(self, rows: dict[int, dict[str, str]], sections: dict[int, JenisRHK],
                      col_of: dict[str, int]) -> set[int]:
        """Refuses merges the layout does not have; returns rows that continue an RHK.

        Allowed in the table: a section row merged across, and cells (1)–(3) merged down
        (one RHK over its IKI rows; column (2) may also span several RHK). The merged-down
        value is copied to every row of the merge."""
        sheet = self.skp
        first = sheet.header_row + 1
        last = (sheet.end_row - 1) if sheet.end_row else 10**9
        key_at = {c: k for k, c in col_of.items()}
        headers = sheet.headers
        rhk_cols = {col_of.get("nomor"), col_of.get("rhk")}
        down_cols = rhk_cols | {col_of.get("pimpinan")}
        continued: set[int] = set()
        for m in sorted(sheet.merged, key=lambda m: (m.min_row, m.min_col)):
            if m.max_row < first or m.min_row > last:
                continue
            key = key_at.get(m.min_col, "")
            header = headers.get(key, "")
            names = ", ".join(headers[key_at[c]] for c in range(m.min_col, m.max_col + 1)
                              if c in key_at)
            inside = [r for r in sections if m.min_row <= r <= m.max_row]
            problem = ""
            if m.min_row < first or m.max_row > last:
                problem = (f"Sel {m.ref} digabung (merge) melewati batas tabel HASIL KERJA; "
                           "pisahkan sel itu (Unmerge).")
            elif m.min_row == m.max_row:
                if m.min_row in sections or m.min_row not in rows:
                    continue
                problem = (f"Sel {m.ref} digabung (merge) mendatar ({names}); di tabel HASIL "
                           "KERJA hanya baris A. UTAMA / B. TAMBAHAN yang boleh digabung "
                           "mendatar. Pisahkan sel itu (Unmerge) dan isi setiap kolom "
                           "sendiri-sendiri.")
            elif m.min_col != m.max_col:
                problem = (f"Sel {m.ref} digabung (merge) ke bawah dan ke samping sekaligus "
                           f"({names}); pisahkan sel itu (Unmerge).")
            elif m.min_col not in down_cols:
                problem = (f"Sel {m.ref} ({header}) digabung (merge) untuk beberapa baris; "
                           f"setiap IKI berada di barisnya sendiri dengan {header} sendiri. "
                           "Pisahkan sel itu (Unmerge) dan isi setiap baris.")
            elif inside:
                problem = (f"Sel {m.ref} digabung (merge) melewati baris bagian {inside[0]} "
                           "(A. UTAMA / B. TAMBAHAN); pisahkan sel itu (Unmerge).")
            if problem:
                self.bad(m.min_row, _letter(m.min_col), header, problem)
                self.merge_rows.update(range(m.min_row, m.max_row + 1))
                continue
            top = rows.get(m.min_row, {}).get(key, "")
            for r in range(m.min_row + 1, m.max_row + 1):
                if r in rows:
                    rows[r][key] = top
                    if m.min_col in rhk_cols:
                        continued.add(r)
        return continued

    def _target_hints(self) -> dict[str, tuple[str | None, str, str]]:
        out: dict[str, tuple[str | None, str, str]] = {}
        raw = self.meta_json("target_khusus")
        for label, value in raw.items():
            if (isinstance(value, list) and len(value) == 3
                    and all(x is None or isinstance(x, str) for x in value)):
                nilai = value[0]
                with contextlib.suppress(ArithmeticError, ValueError):
                    if nilai is not None:
                        Decimal(nilai)
                    out[label] = (nilai, value[1] or "", value[2] or "")
        return out

    # -- PERILAKU KERJA ------------------------------------------------------------------

    def perilaku(self) -> dict[int, str]:
        sheet = self.skp
        if sheet.end_row is None:
            return {}
        out: dict[int, str] = {}
        row_of: dict[int, int] = {}
        ekspektasi_col = 4  # column E of the layout
        for rn, values in sheet.raw_rows:
            if rn <= sheet.end_row or not values:
                continue
            first = cell_text(values[0])
            if not re.fullmatch(r"[1-7][.)]?", first):
                continue
            no = int(first[0])
            if no in row_of:
                self.bad(rn, "A", PERILAKU_KERJA, (
                    f"Perilaku kerja nomor {no} muncul dua kali (baris {row_of[no]} dan {rn})."))
                continue
            row_of[no] = rn
            text = ""
            for ci, t in _texts(values)[1:]:
                if _EKSPEKTASI_RE.match(t):
                    text = _EKSPEKTASI_RE.sub("", t, count=1)
                    break
                if ci == ekspektasi_col:
                    text = t
            if text.strip():
                out[no] = text.strip()
        for m in sheet.merged:
            if m.min_row <= sheet.end_row or m.max_row == m.min_row:
                continue
            spanned = sorted(r for r in row_of.values() if m.min_row <= r <= m.max_row)
            if len(spanned) > 1:
                self.bad(m.min_row, _letter(m.min_col), PERILAKU_KERJA, (
                    f"Sel {m.ref} menggabungkan (merge) baris perilaku kerja "
                    f"{', '.join(map(str, spanned))}; setiap perilaku punya ekspektasinya "
                    "sendiri. Pisahkan sel itu (Unmerge)."))
        return out

    # -- LAMPIRAN ------------------------------------------------------------------------

    def lampiran_lists(self) -> Lampiran:
        lamp = Lampiran()
        if self.lampiran is None:
            return lamp
        targets = dict(zip((squash(t) for t in LAMPIRAN_SECTIONS), (
            lamp.dukungan_sumber_daya, lamp.skema_pertanggungjawaban, lamp.konsekuensi),
            strict=True))
        targets["skema pertanggung jawaban"] = lamp.skema_pertanggungjawaban
        current: list[str] | None = None
        prev = 0
        for rn, values in self.lampiran.raw_rows:
            texts = _texts(values)
            if not texts:
                continue
            title = re.sub(r"^(?:[a-c1-3]\s*[.)]\s*)", "", squash(texts[0][1])).rstrip(":")
            if len(texts) == 1 and title in targets:
                current, prev = targets[title], rn
                continue
            if current is None:
                continue
            if rn != prev + 1:  # an empty row ends the list
                current = None
                continue
            prev = rn
            if texts and texts[0][0] == 0 and _ITEM_NO.match(texts[0][1]) and len(texts) > 1:
                texts = texts[1:]
            item = " ".join(t for _ci, t in texts).strip()
            if item:
                current.append(item)
        return lamp

    # -- hidden sheet --------------------------------------------------------------------

    def meta(self, nip: str, tahun: int | None) -> dict[str, str]:
        if self.meta_sheet is None:
            return {}
        values: dict[str, str] = {}
        for _rn, row in self.meta_sheet.raw_rows:
            if len(row) >= 2 and row[0] is not None:
                values[cell_text(row[0])] = cell_text(row[1])
        if values.get("format") != FORMAT_ID:
            return {}
        if values.get("nip") != nip or (tahun is not None and values.get("tahun") != str(tahun)):
            return {}  # copied from another pegawai's workbook: the hints do not apply
        return values

    def meta_json(self, key: str) -> dict[str, Any]:
        try:
            value = json.loads(self._meta.get(key) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def read_skp_workbook(path: Path | str) -> SkpWorkbookRead:
    """Reads and checks one SKP workbook; WorkbookError when it is not one."""
    path = Path(path)
    skp, lampiran, meta = read_sheets(path, [
        SheetSpec(COLUMNS, SKP_SHEET, fallback_first=True, header_search=HEADER_SEARCH,
                  end_markers=(PERILAKU_KERJA,), keep_raw=True, merged=True,
                  numbered_columns=True, allow_empty=True),
        SheetSpec((), LAMPIRAN_SHEET, optional=True, raw=True, label=LAMPIRAN_SHEET),
        SheetSpec((), META_SHEET, optional=True, raw=True),
    ])
    assert skp is not None
    if not skp.letters:
        raise WorkbookError(
            f"File {path.name}, lembar '{skp.sheet}' kosong: bukan buku kerja SKP. Gunakan file "
            "hasil ekspor SKP dari aplikasi."
        )
    reader = _Reader(path, skp, lampiran, meta)
    head, tahun, mulai, selesai, pendekatan, family = reader.head()
    reader._meta = reader.meta(head.nip, tahun)
    if family is None:
        family = FormFamily.JPT if "perspektif" in skp.letters else FormFamily.JA_JF
        if not head.bagi:
            reader.warnings.append(
                f"Baris 'BAGI PEJABAT …' tidak ditemukan; formulir dianggap {family.label}.")
    rhk = reader.table(pendekatan, family)
    ekspektasi = reader.perilaku()
    lamp = reader.lampiran_lists()
    if lampiran is None:
        reader.warnings.append(
            f"Lembar {LAMPIRAN_SHEET} tidak ada; lampiran SKP (dukungan sumber daya, skema "
            "pertanggungjawaban, konsekuensi) tidak diubah oleh impor.")
    if skp.end_row is None:
        reader.warnings.append(
            f"Bagian {PERILAKU_KERJA} tidak ada; ekspektasi khusus pimpinan tidak diubah oleh "
            "impor.")
    isi = IsiSKP(pendekatan=pendekatan, form_family=family, rhk=[r.rhk for r in rhk],
                 ekspektasi=ekspektasi, lampiran=lamp)
    reader.errors.sort(key=lambda e: e.sort_key)
    return SkpWorkbookRead(
        path=path, sheet=skp.sheet, nip=head.nip, nip_cell=head.nip_cell,
        penilai_nip=head.penilai_nip, tahun=tahun, periode_mulai=mulai,
        periode_selesai=selesai, periode_cell=head.periode_cell, isi=isi, rhk=rhk,
        meta=reader._meta, errors=reader.errors, warnings=reader.warnings,
        has_lampiran=lampiran is not None, has_perilaku=skp.end_row is not None,
    )
