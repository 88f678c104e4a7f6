"""Survei Kepuasan Masyarakat workbooks (DOMAIN §12): the respons template and reader,
and the one-page summary attached as bukti dukung.

Sheet "Respons": No | Responden | U1 Persyaratan | … | U9 Sarana dan Prasarana.
Row 1 headers, row 2 help text, data from row 3 (the template's example row is
marked "Contoh"). One row per respondent; each answer a whole number 1–4; an
empty cell means the respondent did not answer that unsur. Sheet "Petunjuk"
explains it in Indonesian. Reading goes through THE reader, documents/xlsx_reader.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kinerja_desktop.documents.output_files import check_target, save_atomic
from kinerja_desktop.documents.xlsx_reader import (
    EXAMPLE_MARKER,
    Column,
    RowError,
    SheetSpec,
    read_sheets,
)
from kinerja_desktop.domain.skm import NILAI_MAX, NILAI_MIN, UNSUR, HasilSkm, Unsur

RESPONS_SHEET = "Respons"
PETUNJUK_SHEET = "Petunjuk"
RINGKASAN_SHEET = "Ringkasan SKM"
VALIDATION_ROWS = 5000  # the 1–4 rule covers the data rows up to this one
_FIRST_UNSUR_COL = 3  # column C

_SKALA = (
    (1, "Tidak baik / tidak sesuai / sangat lambat / sangat mahal"),
    (2, "Kurang baik / kurang sesuai / lambat / mahal"),
    (3, "Baik / sesuai / cepat / murah"),
    (4, "Sangat baik / sangat sesuai / sangat cepat / sangat murah (atau gratis)"),
)


def unsur_key(unsur: Unsur) -> str:
    return unsur.kode.lower()


def unsur_header(unsur: Unsur) -> str:
    return f"{unsur.kode} {unsur.nama}"


_EXAMPLE = (4, 3, 3, 4, 3, 4, 4, 3, 3)

RESPONS_COLUMNS: tuple[Column, ...] = (
    Column("no", "No", "Petunjuk", "Contoh", width=7, header_optional=True),
    Column("responden", "Responden",
           "Boleh kosong. Nomor kuesioner atau inisial responden, contoh: K-001.",
           "K-001", width=14, header_optional=True),
    *(
        Column(unsur_key(u), unsur_header(u),
               f"Jawaban 1–4 untuk unsur {u.nama}. Kosongkan bila responden tidak menjawab.",
               str(_EXAMPLE[u.no - 1]), width=15, aliases=(u.kode,))
        for u in UNSUR
    ),
)


@dataclass(slots=True)
class ResponsRead:
    """The answers of a respons sheet, or the errors that stop its import."""

    sheet: str
    jawaban: list[list[int | None]] = field(default_factory=list)
    label: list[str] = field(default_factory=list)  # "baris 12" per respondent
    errors: list[RowError] = field(default_factory=list)


_BULAT = re.compile(r"^[+-]?\d+$")


def _tampil(text: str) -> str:
    return text.replace(".", ",") if re.fullmatch(r"[+-]?\d+\.\d+", text) else text


def parse_jawaban(text: str) -> tuple[int | None, str]:
    """(answer, "") or (None, what is wrong); empty text → (None, "")."""
    text = text.strip()
    if not text:
        return None, ""
    if _BULAT.match(text):
        nilai = int(text)
    else:
        try:
            angka = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return None, f"nilai '{text}' bukan angka; isi {NILAI_MIN}, 2, 3, atau {NILAI_MAX}."
        if not angka.is_finite() or angka != angka.to_integral_value():
            return None, (f"nilai {_tampil(text)} bukan bilangan bulat; isi {NILAI_MIN}, 2, 3, "
                          f"atau {NILAI_MAX}.")
        nilai = int(angka)
    if not NILAI_MIN <= nilai <= NILAI_MAX:
        return None, f"nilai {nilai} di luar {NILAI_MIN}–{NILAI_MAX}."
    return nilai, ""


def read_respons(path: Path | str) -> ResponsRead:
    """Every respondent's answers; every bad cell as a RowError ("Baris 12, kolom U3
    (Waktu Penyelesaian): nilai 5 di luar 1–4."). File-level problems raise WorkbookError."""
    sheet = read_sheets(path, [SheetSpec(RESPONS_COLUMNS, RESPONS_SHEET, fallback_first=True)])[0]
    assert sheet is not None
    out = ResponsRead(sheet.sheet, errors=list(sheet.errors))
    for row in sheet.rows:
        answers: list[int | None] = []
        bad = False
        for u in UNSUR:
            nilai, salah = parse_jawaban(row.values.get(unsur_key(u), ""))
            if salah:
                out.errors.append(RowError(row.row_number, u.kode, u.nama, salah))
                bad = True
            answers.append(nilai)
        if not bad and all(a is None for a in answers):
            out.errors.append(RowError(
                row.row_number, "", "",
                "responden belum menjawab satu unsur pun; isi jawaban 1–4 atau hapus "
                "baris ini."))
            continue
        out.jawaban.append(answers)
        out.label.append(f"baris {row.row_number}")
    out.errors.sort(key=lambda e: e.sort_key)
    return out


# -- writing ---------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HELP_FONT = Font(italic=True, color="666666", size=9)
_HELP_FILL = PatternFill("solid", fgColor="F2F2F2")
_EXAMPLE_FONT = Font(italic=True, color="7F7F7F")
_TITLE_FONT = Font(bold=True, size=13)
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)


def petunjuk_lines(unit: str = "", periode: str = "") -> list[str]:
    lines = ["PETUNJUK PENGISIAN RESPONS SURVEI KEPUASAN MASYARAKAT (SKM)"]
    if unit:
        lines.append(f"Unit kerja: {unit}")
    if periode:
        lines.append(f"Periode: {periode}")
    lines += [
        "",
        f"1. Isi lembar '{RESPONS_SHEET}': satu baris untuk setiap responden (kuesioner), "
        "mulai baris 3. Baris 'Contoh' tidak ikut dihitung; boleh dihapus.",
        "2. Kolom U1 sampai U9 adalah sembilan unsur pelayanan (PermenPANRB 14/2017). "
        "Isi setiap kolom dengan jawaban responden: angka bulat 1, 2, 3, atau 4.",
        "3. Bila responden tidak menjawab suatu unsur, kosongkan selnya. NRR unsur itu "
        "dihitung dari responden yang menjawab saja.",
        "4. Kolom Responden boleh diisi nomor kuesioner agar mudah dicocokkan; boleh kosong.",
        "5. Simpan sebagai .xlsx lalu impor di aplikasi (menu SKM, tombol "
        "'Impor respons (xlsx)…'). Bila ada satu sel yang salah, tidak ada yang disimpan; "
        "aplikasi menyebut baris dan kolomnya.",
        "",
        "Arti nilai jawaban:",
        *(f"   {n} = {arti}" for n, arti in _SKALA),
        "",
        "Unsur pelayanan:",
        *(f"   {u.kode} = {u.nama}" for u in UNSUR),
        "",
        "Cara hitung: NRR per unsur = jumlah nilai ÷ jumlah responden yang menjawab; "
        "IKM = jumlah (NRR × 1/9); nilai SKM (konversi) = IKM × 25.",
        "Mutu pelayanan: A (Sangat Baik) 88,31–100,00; B (Baik) 76,61–88,30; "
        "C (Kurang Baik) 65,00–76,60; D (Tidak Baik) 25,00–64,99.",
    ]
    return lines


def write_template(path: Path | str, *, unit: str = "", periode: str = "") -> Path:
    """An empty respons workbook: headers, help row, one example row, 1–4 validation."""
    path = check_target(path)
    wb = Workbook()
    ws = wb.active
    ws.title = RESPONS_SHEET
    for i, col in enumerate(RESPONS_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
        for row, value, font, fill, align in (
            (1, col.header, _HEADER_FONT, _HEADER_FILL, _WRAP_CENTER),
            (2, col.help, _HELP_FONT, _HELP_FILL, _WRAP_TOP),
        ):
            cell = ws.cell(row=row, column=i, value=value)
            cell.font, cell.fill, cell.alignment, cell.border = font, fill, align, _BORDER
        example: str | int | None = col.example or None
        if col.key.startswith("u") and col.example:
            example = int(col.example)
        cell = ws.cell(row=3, column=i, value=example)
        cell.font = _EXAMPLE_FONT
    ws.cell(row=3, column=1).value = EXAMPLE_MARKER.title()
    ws.row_dimensions[1].height = 45
    ws.row_dimensions[2].height = 75
    ws.freeze_panes = "C3"
    first = get_column_letter(_FIRST_UNSUR_COL)
    last = get_column_letter(_FIRST_UNSUR_COL + len(UNSUR) - 1)
    dv = DataValidation(
        type="whole", operator="between", formula1=str(NILAI_MIN), formula2=str(NILAI_MAX),
        allow_blank=True, showErrorMessage=True, errorTitle="Jawaban di luar 1–4",
        error="Isi angka bulat 1, 2, 3, atau 4; kosongkan bila responden tidak menjawab.",
        showInputMessage=True, promptTitle="Jawaban 1–4",
        prompt="1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik. Kosong: tidak menjawab.",
    )
    dv.add(f"{first}3:{last}{VALIDATION_ROWS}")
    ws.data_validations.append(dv)
    ps = wb.create_sheet(PETUNJUK_SHEET)
    ps.column_dimensions["A"].width = 120
    for n, line in enumerate(petunjuk_lines(unit, periode), start=1):
        cell = ps.cell(row=n, column=1, value=line or None)
        cell.alignment = _WRAP_TOP
        if n == 1:
            cell.font = _TITLE_FONT
    return save_atomic(wb, Path(path))


def write_respons(path: Path | str, rows: Sequence[Sequence[object]],
                  labels: Sequence[str] | None = None) -> Path:
    """A filled respons workbook (the template's layout): tests, demo data, benchmarks."""
    path = check_target(path)
    wb = Workbook()
    ws = wb.active
    ws.title = RESPONS_SHEET
    ws.append([c.header for c in RESPONS_COLUMNS])
    ws.append([c.help for c in RESPONS_COLUMNS])
    for no, answers in enumerate(rows, start=1):
        label = labels[no - 1] if labels is not None else f"K-{no:03d}"
        ws.append([no, label, *answers])
    return save_atomic(wb, Path(path))


def _dua(nilai: Decimal) -> Decimal:
    return nilai.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _tiga(nilai: Decimal) -> Decimal:
    return nilai.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def ringkasan_bytes(hasil: HasilSkm, *, unit: str, periode: str, layanan: str = "",
                    sumber: str = "") -> bytes:
    """A one-sheet summary of a survey (NRR per unsur and the result) as xlsx bytes."""
    wb = Workbook()
    ws = wb.active
    ws.title = RINGKASAN_SHEET
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 44
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["E"].width = 16
    ws.append(["HASIL SURVEI KEPUASAN MASYARAKAT (SKM)"])
    ws["A1"].font = _TITLE_FONT
    ws.append(["Unit kerja", None, unit])
    ws.append(["Periode", None, periode])
    if layanan:
        ws.append(["Layanan", None, layanan])
    if sumber:
        ws.append(["Sumber data", None, sumber])
    if hasil.jumlah_responden is not None:
        ws.append(["Jumlah responden", None, hasil.jumlah_responden])
    ws.append([])
    header = ["No", "Kode", "Unsur Pelayanan", "NRR", "NRR Tertimbang"]
    ws.append(header)
    head_row = ws.max_row
    for i in range(1, len(header) + 1):
        cell = ws.cell(row=head_row, column=i)
        cell.font, cell.fill, cell.alignment, cell.border = (
            _HEADER_FONT, _HEADER_FILL, _WRAP_CENTER, _BORDER)
    for u, nrr, bobot in zip(UNSUR, hasil.nrr, hasil.nrr_tertimbang, strict=True):
        ws.append([u.no, u.kode, u.nama, _tiga(nrr), _tiga(bobot)])
        r = ws.max_row
        ws.cell(row=r, column=4).number_format = "0.000"
        ws.cell(row=r, column=5).number_format = "0.000"
        for i in range(1, 6):
            ws.cell(row=r, column=i).border = _BORDER
    ws.append([])
    for label, value, fmt in (
        ("IKM", _dua(hasil.ikm), "0.00"),
        ("Nilai SKM (konversi)", hasil.konversi, "0.00"),
        ("Mutu pelayanan", f"{hasil.mutu.value} ({hasil.mutu.kinerja})", None),
        ("Unsur terlemah", "; ".join(f"{u.kode} {u.nama}" for u in hasil.unsur_terlemah), None),
        ("Bobot", hasil.bobot.label, None),
    ):
        ws.append([label, None, value])
        r = ws.max_row
        ws.cell(row=r, column=1).font = _BOLD
        if fmt:
            ws.cell(row=r, column=3).number_format = fmt
            ws.cell(row=r, column=3).alignment = Alignment(horizontal="left")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
