"""The penilai's rating grid as a workbook to fill in offline, and its reader.

Sheet "Penilaian" (the layout of every import sheet, ARCHITECTURE §8): row 1 headers,
row 2 help text, data from row 3, one row per pegawai as the grid shows them:

``No | NIP | Nama | Jabatan | Kode Unit | Periode | Status | Rating Hasil Kerja |
Rating Perilaku | Predikat Menurut Matriks | Predikat Ditetapkan |
Alasan Perubahan Predikat | Catatan/Rekomendasi``

Only the ratings, the predikat ditetapkan, its reason and the catatan/rekomendasi are
unlocked (sheet protection without a password, so nobody changes a NIP by accident).
The ratings carry a drop-down list (Di Atas / Sesuai / Di Bawah Ekspektasi; 1/2/3 as
the grid's keys are accepted too), the predikat ditetapkan one of the five predikat
(empty: the predikat follows the matrix; another one needs the written reason). The
predikat menurut matriks is an Excel formula, so it follows what the penilai types.
Files of the first layout (headers "Predikat", "Catatan", without the override
columns) are still read: a column left out means "not given".

The hidden sheet "_kinerja" remembers what the file was made for: the period, the unit
and the penilai asked for, when and by whom, and the rows handed out (row, NIP, SKP id,
the evaluation's version). The import checks the file against it and the database.

Reading goes through :mod:`xlsx_reader`, the one xlsx reader of the project.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kinerja_desktop.documents.output_files import check_target, save_atomic
from kinerja_desktop.documents.xlsx_reader import (
    Column,
    RowError,
    SheetRead,
    SheetSpec,
    cell_text,
    read_sheets,
)
from kinerja_desktop.domain.predikat import Predikat, parse_predikat, predikat_kinerja
from kinerja_desktop.domain.rating import Rating, parse_rating

__all__ = [
    "COLUMNS",
    "FORMAT_ID",
    "META_SHEET",
    "PREDIKAT_CHOICES",
    "SHEET",
    "LembarMeta",
    "LembarPenilaian",
    "MetaBaris",
    "PenilaianSheetRow",
    "predikat_from_cell",
    "rating_from_cell",
    "read_lembar_penilaian",
    "row_error",
    "timestamp",
    "write_lembar_penilaian",
]

SHEET = "Penilaian"
META_SHEET = "_kinerja"
FORMAT_ID = "kinerja-lembar-penilaian"
FORMAT_VERSION = "2"  # 2: predikat ditetapkan, its reason and the catatan are filled in
EXPLANATION_LABEL = "Petunjuk"
_ROWS_MARKER = "#baris"

# The grid's keys 1/2/3 (gui/penilaian_grid_model.RATING_BY_KEY) are the SIASN codes.
RATING_CHOICES: tuple[str, ...] = tuple(r.label for r in Rating)
PREDIKAT_CHOICES: tuple[str, ...] = tuple(p.label for p in Predikat)
_KODE_HELP = "1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi"

COLUMNS: tuple[Column, ...] = (
    Column("no", "No", EXPLANATION_LABEL, width=6, header_optional=True),
    Column("nip", "NIP", "Jangan diubah. NIP pegawai yang dinilai (teks 18 digit).",
           required=True, text=True, width=21),
    Column("nama", "Nama", "Jangan diubah.", width=30),
    Column("jabatan", "Jabatan", "Jangan diubah.", width=28),
    Column("unit_kode", "Kode Unit", "Jangan diubah. Kode unit kerja pada SKP.", text=True,
           width=11),
    Column("periode", "Periode", "Jangan diubah. Kode periode, contoh 2026-TW2.", text=True,
           width=12),
    Column("status", "Status", "Status evaluasi saat diekspor.", width=14),
    Column("rating_hasil_kerja", "Rating Hasil Kerja",
           f"Pilih dari daftar atau ketik {_KODE_HELP}. Kosongkan kedua rating bila pegawai "
           "belum dinilai.", width=21),
    Column("rating_perilaku", "Rating Perilaku",
           f"Rating perilaku kerja (BerAKHLAK). Pilih dari daftar atau ketik {_KODE_HELP}.",
           width=21),
    Column("predikat", "Predikat Menurut Matriks",
           "Dihitung otomatis dari kedua rating menurut matriks.", width=18,
           aliases=("Predikat",)),
    Column("predikat_override", "Predikat Ditetapkan",
           "Kosongkan agar predikat mengikuti matriks. Pilih predikat lain hanya dengan "
           "alasan tertulis di kolom berikutnya.", width=20, header_optional=True,
           aliases=("Predikat Override", "Override Predikat", "Predikat Diubah")),
    Column("alasan_override", "Alasan Perubahan Predikat",
           "Wajib bila Predikat Ditetapkan berbeda dari matriks (paling sedikit 10 huruf), "
           "contoh: Menyelesaikan kurikulum darurat di luar rencana kerja.", width=34,
           header_optional=True, aliases=("Alasan Override", "Alasan", "Alasan Predikat")),
    Column("catatan", "Catatan/Rekomendasi",
           "Catatan dan rekomendasi penilai, contoh: Diusulkan ikut diklat kepemimpinan. "
           "Kosongkan untuk menghapusnya.", width=40,
           aliases=("Catatan", "Catatan Rekomendasi", "Rekomendasi")),
)
READ_COLUMNS: tuple[Column, ...] = COLUMNS
_LETTER = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, start=1)}
_EDITABLE = frozenset({"rating_hasil_kerja", "rating_perilaku", "predikat_override",
                       "alasan_override", "catatan"})
_FREE_TEXT = frozenset({"nama", "jabatan", "alasan_override", "catatan"})


@dataclass(frozen=True, slots=True)
class PenilaianSheetRow:
    """One row written to the sheet."""

    nip: str
    nama: str
    jabatan: str
    unit_kode: str
    status: str  # label, e.g. "Dinilai"
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: str  # label as saved (an override from the form shows here)
    catatan: str
    skp_id: uuid.UUID
    version: int | None  # the evaluation's version; None: no evaluation yet
    predikat_override: Predikat | None = None  # None: the predikat follows the matrix
    alasan_override: str = ""


@dataclass(frozen=True, slots=True)
class MetaBaris:
    """A row as exported: where it was, whose it was."""

    row: int
    nip: str
    skp_id: str
    version: int | None


@dataclass(frozen=True, slots=True)
class LembarMeta:
    """What the file was made for (hidden sheet "_kinerja")."""

    periode_key: str
    periode_label: str
    tahun: int
    unit_id: str  # "" when not narrowed to a unit
    unit_kode: str
    unit_nama: str
    penilai_id: str  # "" when not narrowed to a penilai
    penilai_nip: str
    penilai_nama: str
    dibuat: str  # ISO timestamp (UTC)
    dibuat_oleh: str
    rows: tuple[MetaBaris, ...] = ()


@dataclass(slots=True)
class LembarPenilaian:
    sheet: SheetRead
    meta: LembarMeta | None  # None: the hidden sheet is missing or damaged
    meta_problem: str = ""


# -- writing -------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
_HELP_FONT = Font(italic=True, color="666666", size=9)
_HELP_FILL = PatternFill("solid", fgColor="F2F2F2")
_LOCKED_FILL = PatternFill("solid", fgColor="F7F7F7")
_INPUT_FILL = PatternFill("solid", fgColor="FFF8D6")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)
_UNLOCKED = Protection(locked=False)


def _matrix_constant() -> str:
    """The predikat matrix as an Excel array constant: rows hasil kerja, columns perilaku."""
    order = list(Rating)  # DI ATAS, SESUAI, DI BAWAH = codes 1, 2, 3
    return "{" + ";".join(
        ",".join(f'"{predikat_kinerja(hk, pk).label}"' for pk in order) for hk in order) + "}"


def _code_formula(ref: str) -> str:
    """1–3 for a rating cell: the label (any case) or the code typed as text or number."""
    labels = ",".join(f'"{r.value}"' for r in Rating)
    return (f"IFERROR(MATCH(UPPER(TRIM({ref})),{{{labels}}},0),"
            f'MATCH(VALUE({ref}&""),{{1,2,3}},0))')


def predikat_formula(row: int) -> str:
    hk = f"{_LETTER['rating_hasil_kerja']}{row}"
    pk = f"{_LETTER['rating_perilaku']}{row}"
    return (f"=IFERROR(INDEX({_matrix_constant()},{_code_formula(hk)},"
            f'{_code_formula(pk)}),"")')


def _meta_sheet(wb: Workbook, meta: LembarMeta) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    pairs = [
        ("format", FORMAT_ID), ("versi_format", FORMAT_VERSION),
        ("periode", meta.periode_key), ("periode_label", meta.periode_label),
        ("tahun", str(meta.tahun)), ("unit_id", meta.unit_id), ("unit_kode", meta.unit_kode),
        ("unit_nama", meta.unit_nama), ("penilai_id", meta.penilai_id),
        ("penilai_nip", meta.penilai_nip), ("penilai_nama", meta.penilai_nama),
        ("dibuat", meta.dibuat), ("dibuat_oleh", meta.dibuat_oleh),
    ]
    for key, value in pairs:
        ws.append([key, value])
    ws.append([_ROWS_MARKER, "nip", "skp_id", "versi"])
    for r in meta.rows:
        ws.append([r.row, r.nip, r.skp_id, "" if r.version is None else str(r.version)])
    for cell in ws["B"]:
        cell.number_format = "@"
    ws.protection.sheet = True


def write_lembar_penilaian(
    path: Path | str, rows: Sequence[PenilaianSheetRow], meta: LembarMeta
) -> Path:
    """Writes the sheet and the hidden meta sheet; ``meta.rows`` is filled here."""
    path = check_target(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for i, col in enumerate(COLUMNS, start=1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width
        if col.text:
            dim.number_format = "@"
    ws.freeze_panes = "D3"
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 84
    for i, col in enumerate(COLUMNS, start=1):
        for row, value, font, fill, align in ((1, col.header, _HEADER_FONT, _HEADER_FILL,
                                               _WRAP_CENTER),
                                              (2, col.help, _HELP_FONT, _HELP_FILL, _WRAP_TOP)):
            cell = ws.cell(row=row, column=i, value=value)
            cell.font, cell.fill, cell.alignment, cell.border = font, fill, align, _BORDER
    meta_rows: list[MetaBaris] = []
    for no, r in enumerate(rows, start=1):
        rn = no + 2
        values: dict[str, Any] = {
            "no": no, "nip": r.nip, "nama": r.nama, "jabatan": r.jabatan or None,
            "unit_kode": r.unit_kode or None, "periode": meta.periode_key,
            "status": r.status,
            "rating_hasil_kerja": r.rating_hasil_kerja.label if r.rating_hasil_kerja else None,
            "rating_perilaku": r.rating_perilaku.label if r.rating_perilaku else None,
            "predikat": predikat_formula(rn),
            "predikat_override": r.predikat_override.label if r.predikat_override else None,
            "alasan_override": r.alasan_override or None, "catatan": r.catatan or None,
        }
        for i, col in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=rn, column=i, value=values[col.key])
            cell.border = _BORDER
            if col.text:
                cell.number_format = "@"
            if col.key in _FREE_TEXT and isinstance(cell.value, str):
                cell.data_type = "s"  # typed text starting with "=" is not a formula
            if col.key in ("alasan_override", "catatan"):
                cell.alignment = _WRAP_TOP
            if col.key in _EDITABLE:
                cell.protection = _UNLOCKED
                cell.fill = _INPUT_FILL
            else:
                cell.fill = _LOCKED_FILL
        meta_rows.append(MetaBaris(rn, r.nip, str(r.skp_id), r.version))
    last = max(len(rows) + 2, 3)
    dv = DataValidation(
        type="list", formula1='"' + ",".join(RATING_CHOICES) + '"', allow_blank=True,
        showErrorMessage=True, errorStyle="warning", errorTitle="Rating tidak dikenal",
        error=f"Pilih salah satu: {', '.join(RATING_CHOICES)}; atau ketik {_KODE_HELP}.",
        showInputMessage=True, promptTitle="Rating",
        prompt=f"Pilih dari daftar, atau {_KODE_HELP}.",
    )
    for key in ("rating_hasil_kerja", "rating_perilaku"):
        dv.add(f"{_LETTER[key]}3:{_LETTER[key]}{last}")
    ws.data_validations.append(dv)
    predikat_dv = DataValidation(
        type="list", formula1='"' + ",".join(PREDIKAT_CHOICES) + '"', allow_blank=True,
        showErrorMessage=True, errorStyle="warning", errorTitle="Predikat tidak dikenal",
        error=f"Pilih salah satu: {', '.join(PREDIKAT_CHOICES)}; atau kosongkan agar "
              "predikat mengikuti matriks.",
        showInputMessage=True, promptTitle="Predikat ditetapkan",
        prompt="Kosong: mengikuti matriks. Predikat lain wajib disertai alasan.",
    )
    letter = _LETTER["predikat_override"]
    predikat_dv.add(f"{letter}3:{letter}{last}")
    ws.data_validations.append(predikat_dv)
    # Without a password: it guards against accidents, not against the owner of the file.
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    _meta_sheet(wb, _with_rows(meta, meta_rows))
    return save_atomic(wb, path)


def _with_rows(meta: LembarMeta, rows: list[MetaBaris]) -> LembarMeta:
    return LembarMeta(meta.periode_key, meta.periode_label, meta.tahun, meta.unit_id,
                      meta.unit_kode, meta.unit_nama, meta.penilai_id, meta.penilai_nip,
                      meta.penilai_nama, meta.dibuat, meta.dibuat_oleh, tuple(rows))


def timestamp(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).replace(microsecond=0).isoformat()


# -- reading -------------------------------------------------------------------------------


def _parse_meta(raw: list[tuple[int, tuple[Any, ...]]]) -> tuple[LembarMeta | None, str]:
    pairs: dict[str, str] = {}
    rows: list[MetaBaris] = []
    in_rows = False
    for _n, values in raw:
        texts = [cell_text(v) for v in values]
        if not texts or not texts[0]:
            continue
        if texts[0] == _ROWS_MARKER:
            in_rows = True
            continue
        if in_rows:
            texts += [""] * (4 - len(texts))
            try:
                rows.append(MetaBaris(int(texts[0]), texts[1], texts[2],
                                      int(texts[3]) if texts[3] else None))
            except ValueError:
                return None, "daftar baris yang diekspor rusak"
        else:
            pairs[texts[0]] = texts[1] if len(texts) > 1 else ""
    if pairs.get("format") != FORMAT_ID:
        return None, "bukan lembar penilaian yang diekspor aplikasi"
    try:
        tahun = int(pairs.get("tahun", ""))
    except ValueError:
        return None, "tahun tidak terbaca"
    return LembarMeta(
        pairs.get("periode", ""), pairs.get("periode_label", ""), tahun,
        pairs.get("unit_id", ""), pairs.get("unit_kode", ""), pairs.get("unit_nama", ""),
        pairs.get("penilai_id", ""), pairs.get("penilai_nip", ""),
        pairs.get("penilai_nama", ""), pairs.get("dibuat", ""), pairs.get("dibuat_oleh", ""),
        tuple(rows)), ""


def read_lembar_penilaian(path: Path | str) -> LembarPenilaian:
    """The sheet's rows (errors by row and column) and what the file was made for."""
    sheet, meta_sheet = read_sheets(path, [
        SheetSpec(READ_COLUMNS, SHEET, fallback_first=True, allow_empty=True),
        SheetSpec((), META_SHEET, optional=True, raw=True),
    ])
    assert sheet is not None
    if meta_sheet is None:
        return LembarPenilaian(sheet, None, f"lembar tersembunyi '{META_SHEET}' tidak ada")
    meta, problem = _parse_meta(meta_sheet.raw_rows)
    return LembarPenilaian(sheet, meta, problem)


def rating_from_cell(text: str) -> Rating | None:
    """None for an empty cell; raises ValidationError for an unknown text."""
    return parse_rating(text) if text.strip() else None


def predikat_from_cell(text: str) -> Predikat | None:
    """None for an empty cell (follow the matrix); raises ValidationError for an unknown
    text (the label, the SIASN name and the kuadran 1–5 are accepted)."""
    return parse_predikat(text) if text.strip() else None


def row_error(sheet: SheetRead, row: int, key: str, message: str) -> RowError:
    """A RowError on the main sheet, naming it ("Lembar Penilaian, baris 4, kolom B (NIP)")."""
    return RowError(row, sheet.letters.get(key, _LETTER.get(key, "")),
                    sheet.headers.get(key, ""), message, sheet.sheet)
