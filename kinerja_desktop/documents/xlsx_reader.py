"""The one reader of user-filled xlsx sheets, with errors by row and column.

Layout of every import sheet the app hands out (ARCHITECTURE §8):

- row 1: column headers (matched by name, ignoring case and spaces, in any order);
- row 2: an explanation row (help text per column), skipped when present;
- data from row 3; a row whose "No" cell says ``Contoh`` is the template's example
  and is skipped, as are completely empty rows.

Printed-form sheets (the SKP workbook) put a header block above the table: a
:class:`SheetSpec` may search the header row further down (``header_search``),
end the table at a marker row (``end_markers``), keep the rows outside the table
as raw values (``keep_raw``), read a sheet without a table at all (``raw``), and
report the sheet's merged cells (``merged``).

File-level problems (not an xlsx file, empty file, missing sheet, wrong headers,
no data) raise :class:`WorkbookError` naming the file. Cell-level problems are
collected as :class:`RowError` so an import can show every one of them at once.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.xml.functions import iterparse

from kinerja_desktop.domain.errors import UserError, ValidationError

HEADER_ROW = 1
EXPLANATION_ROW = 2
FIRST_DATA_ROW = 3
EXAMPLE_MARKER = "contoh"
NO_KEY = "no"
_EXPLANATION_MARKERS = frozenset({"petunjuk", "keterangan", "penjelasan", "petunjuk pengisian"})


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an import sheet, with what the template tells the user about it."""

    key: str
    header: str
    help: str = ""  # Indonesian explanation shown in row 2 of the template
    example: str = ""  # value of the template's example row
    required: bool = False  # an empty cell is an error
    text: bool = False  # must be typed as text (NIP): a number cell is an error
    width: float = 14.0  # column width when written
    header_optional: bool = False  # the column itself may be left out of the file
    aliases: tuple[str, ...] = ()  # other header texts accepted for this column


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem in one cell (or one row when ``column`` is empty)."""

    row: int
    column: str  # letter, e.g. "B"; "" when the problem is the whole row
    header: str
    message: str
    sheet: str = ""  # named only for secondary sheets, e.g. "Unit Kerja"

    def __str__(self) -> str:
        where = f"Lembar {self.sheet}, baris {self.row}" if self.sheet else f"Baris {self.row}"
        if self.column:
            where += f", kolom {self.column}"
            if self.header:
                where += f" ({self.header})"
        elif self.header:
            where += f" ({self.header})"
        return f"{where}: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.sheet, self.row, len(self.column), self.column)


class WorkbookError(UserError):
    """The file as a whole cannot be read as the expected sheet; nothing was imported."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class ImportRejected(ValidationError):
    """Rows of an import have errors; nothing was written. ``errors`` lists every one."""

    def __init__(self, message: str, errors: Sequence[RowError]) -> None:
        super().__init__(message)
        self.errors = list(errors)


def rejection_message(file_name: str, errors: Sequence[RowError], *, shown: int = 15) -> str:
    """Summary for an ImportRejected: count, the first errors, and that nothing changed."""
    lines = [f"Impor {file_name} dibatalkan: {len(errors)} kesalahan. Tidak ada data yang diubah."]
    lines.extend(f"- {e}" for e in errors[:shown])
    if len(errors) > shown:
        lines.append(f"- ... dan {len(errors) - shown} kesalahan lain.")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class SheetRow:
    row_number: int
    values: dict[str, str]  # column key -> cell text ("" when empty or absent)


@dataclass(frozen=True, slots=True)
class MergedRange:
    """One merged cell range of a sheet (1-based, inclusive)."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @property
    def ref(self) -> str:
        return (f"{get_column_letter(self.min_col)}{self.min_row}:"
                f"{get_column_letter(self.max_col)}{self.max_row}")

    def contains(self, row: int, col: int) -> bool:
        return self.min_row <= row <= self.max_row and self.min_col <= col <= self.max_col


@dataclass(slots=True)
class SheetRead:
    sheet: str  # the worksheet's title
    rows: list[SheetRow]
    errors: list[RowError]
    letters: dict[str, str] = field(default_factory=dict)  # key -> column letter in the file
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text
    label: str = ""  # RowError.sheet for this sheet's errors ("" for the main sheet)
    header_row: int = HEADER_ROW  # row number of the column headers (0: a raw sheet)
    end_row: int | None = None  # row of the end marker, when one was found
    # Rows outside the table with their values as read (``keep_raw``; every row when ``raw``).
    raw_rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)  # with ``merged``

    def error(self, row: int, key: str, message: str) -> RowError:
        """A RowError for column ``key`` of this sheet, at its letter in this file."""
        return RowError(row, self.letters.get(key, ""), self.headers.get(key, ""), message,
                        self.label)


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """What to read from one workbook sheet (see :func:`read_sheets`)."""

    columns: Sequence[Column]
    name: str | None = None  # None: the first sheet
    optional: bool = False  # a missing sheet gives None instead of an error
    allow_empty: bool = False  # a sheet without data rows is not an error
    fallback_first: bool = False  # missing ``name``: read the first sheet instead
    label: str = ""  # names the sheet in this sheet's RowErrors; "" for the main sheet
    # The header row is the first of the first ``header_search`` rows that has every
    # required header (1: row 1, as in the import templates).
    header_search: int = 1
    # A row whose first non-empty cell says one of these (any case and spacing) ends the
    # table; it and the rest of the sheet are not data rows.
    end_markers: tuple[str, ...] = ()
    keep_raw: bool = False  # rows before the header and from the end marker -> raw_rows
    raw: bool = False  # no table: every non-empty row -> raw_rows (``columns`` unused)
    merged: bool = False  # list the merged cell ranges in SheetRead.merged
    # The row right below the headers numbers the columns ("(1)", "(2)", …): skip it.
    numbered_columns: bool = False


def norm_header(text: object) -> str:
    """``"Kode  Unit "`` and ``"kode unit"`` compare equal: case and spaces are ignored."""
    return "".join(str(text).split()).casefold().rstrip("*:")


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def squash(text: str) -> str:
    """Text compared the way a user means it: spacing and case ignored."""
    return _squash(text)


def cell_text(value: Any) -> str:
    """A cell value as the text the user sees (numbers without ``.0``, dates ISO)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def _describe_bad_file(path: Path, head: bytes) -> str:
    name = path.name
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return (f"File {name} berformat Excel lama (.xls) atau dilindungi kata sandi. "
                "Buka di Excel, hapus kata sandinya bila ada, lalu simpan ulang sebagai "
                "\"Excel Workbook (*.xlsx)\".")
    if head.startswith(b"PK"):
        return (f"File {name} bukan buku kerja Excel .xlsx (arsip ZIP lain, atau file .xlsx "
                "yang rusak). Simpan ulang dari Excel sebagai \"Excel Workbook (*.xlsx)\".")
    if head.startswith(b"%PDF"):
        return f"File {name} adalah PDF, bukan file Excel .xlsx."
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return (f"File {name} berisi HTML/XML, bukan file Excel .xlsx (mungkin hasil unduhan "
                "yang diberi nama .xlsx). Buka di Excel lalu simpan sebagai .xlsx.")
    try:
        head.decode("utf-8")
        is_text = b"\x00" not in head
    except UnicodeDecodeError:
        is_text = False
    if is_text:
        return (f"File {name} adalah file teks (misalnya CSV), bukan file Excel .xlsx. "
                "Buka di Excel lalu simpan sebagai \"Excel Workbook (*.xlsx)\".")
    return f"File {name} bukan file Excel .xlsx yang valid."


# Errors openpyxl and the zip/xml layers raise on a damaged or foreign file.
_BAD_FILE_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, IndexError,
    AttributeError, ParseError, zlib.error, EOFError, NotImplementedError,
)


class _Workbook:
    """An open read-only workbook; closes the file handle with it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        name = path.name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise WorkbookError(f"File {name} tidak ditemukan ({path}).") from None
        except OSError as exc:
            raise WorkbookError(f"File {name} tidak dapat dibuka: {exc.strerror or exc}.") from None
        if path.is_dir():
            raise WorkbookError(f"{path} adalah folder, bukan file Excel .xlsx.")
        if size == 0:
            raise WorkbookError(f"File {name} kosong (0 byte). Pilih file .xlsx yang berisi data.")
        try:
            self._fh = path.open("rb")
        except PermissionError:
            raise WorkbookError(
                f"File {name} tidak dapat dibaca (izin ditolak, atau sedang dikunci program "
                "lain). Tutup file itu di Excel lalu coba lagi."
            ) from None
        except OSError as exc:
            raise WorkbookError(f"File {name} tidak dapat dibuka: {exc.strerror or exc}.") from None
        head = self._fh.read(512)
        self._fh.seek(0)
        try:
            # A file object, so the content decides and not the file's extension.
            self.wb = load_workbook(self._fh, read_only=True, data_only=True)
        except _BAD_FILE_ERRORS:
            self._fh.close()
            raise WorkbookError(_describe_bad_file(path, head)) from None
        except BaseException:
            self._fh.close()
            raise

    def close(self) -> None:
        try:
            self.wb.close()
        finally:
            self._fh.close()

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def sheet_names(self) -> list[str]:
        return [ws.title for ws in self.wb.worksheets]

    def worksheet(self, name: str | None) -> Any | None:
        sheets = self.wb.worksheets
        if name is None:
            return sheets[0] if sheets else None
        wanted = norm_header(name)
        for ws in sheets:
            if norm_header(ws.title) == wanted:
                return ws
        return None

    def raw_rows(self, ws: Any) -> Iterator[tuple[Any, ...]]:
        """Rows of values; a damaged sheet becomes a WorkbookError."""
        try:
            # Some programs write a wrong <dimension>; reading without it sees every row.
            ws.reset_dimensions()
            yield from ws.iter_rows(min_row=1, values_only=True)
        except _BAD_FILE_ERRORS as exc:
            raise WorkbookError(
                f"File {self.path.name}, lembar '{ws.title}' rusak dan tidak dapat dibaca "
                f"({type(exc).__name__}). Buka di Excel lalu simpan ulang sebagai .xlsx."
            ) from None

    def merged_ranges(self, ws: Any) -> list[MergedRange]:
        """The sheet's merged cells by row and column; a read-only sheet has them only in
        its XML, read here in a second pass over the sheet."""
        ranges = getattr(ws, "merged_cells", None)
        if ranges is not None:
            return sorted((MergedRange(r.min_row, r.min_col, r.max_row, r.max_col)
                           for r in ranges.ranges), key=lambda m: (m.min_row, m.min_col))
        get_source = getattr(ws, "_get_source", None)
        if get_source is None:  # pragma: no cover - every openpyxl 3.1 sheet has one
            return []
        out: list[MergedRange] = []
        try:
            with get_source() as src:
                for _event, element in iterparse(src):
                    tag = element.tag
                    if tag == _MERGE_CELL_TAG:
                        min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                        if (min_row, min_col) != (max_row, max_col):
                            out.append(MergedRange(min_row, min_col, max_row, max_col))
                        element.clear()
                    elif tag == _ROW_TAG:
                        element.clear()
        except _BAD_FILE_ERRORS as exc:
            raise WorkbookError(
                f"File {self.path.name}, lembar '{ws.title}' rusak dan tidak dapat dibaca "
                f"({type(exc).__name__}). Buka di Excel lalu simpan ulang sebagai .xlsx."
            ) from None
        return sorted(out, key=lambda m: (m.min_row, m.min_col))


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_MERGE_CELL_TAG = f"{{{_SHEET_NS}}}mergeCell"
_ROW_TAG = f"{{{_SHEET_NS}}}row"


def _wanted_headers(columns: Sequence[Column]) -> dict[str, Column]:
    wanted: dict[str, Column] = {}
    for c in columns:
        for text in (*c.aliases, c.header):
            wanted[norm_header(text)] = c
    return wanted


def _match_headers(
    file_name: str, sheet: str, header_row: tuple[Any, ...], columns: Sequence[Column],
    row_number: int = HEADER_ROW,
) -> dict[str, int]:
    """Column key -> index in the row; raises WorkbookError listing every header problem."""
    wanted = _wanted_headers(columns)
    found: dict[str, int] = {}
    unexpected: list[tuple[str, str]] = []
    duplicate: list[str] = []
    for idx, value in enumerate(header_row):
        text = cell_text(value)
        if not text:
            continue
        col = wanted.get(norm_header(text))
        letter = get_column_letter(idx + 1)
        if col is None:
            unexpected.append((letter, text))
        elif col.key in found:
            duplicate.append(f"judul '{col.header}' muncul dua kali (kolom "
                             f"{get_column_letter(found[col.key] + 1)} dan {letter})")
        else:
            found[col.key] = idx
    missing = [c for c in columns if c.key not in found and not c.header_optional]
    where = f"File {file_name}, lembar '{sheet}'"
    if not any(cell_text(v) for v in header_row):
        raise WorkbookError(
            f"{where}: baris {row_number} (judul kolom) kosong. Judul yang diharapkan: "
            + ", ".join(c.header for c in columns) + ". Gunakan templat dari aplikasi.",
            [f"baris {row_number} kosong"],
        )
    problems: list[str] = []
    if missing:
        problems.extend(f"judul kolom '{c.header}' tidak ditemukan" for c in missing)
        # Unknown headers matter only when something is missing: they are likely typos.
        problems.extend(f"kolom {letter} berjudul '{text}' tidak dikenal"
                        for letter, text in unexpected)
    problems.extend(duplicate)
    if problems:
        expected = ", ".join(f"{get_column_letter(i + 1)}: {c.header}"
                             for i, c in enumerate(columns))
        raise WorkbookError(
            f"{where}: judul kolom di baris {row_number} tidak sesuai templat: "
            + "; ".join(problems)
            + f". Susunan yang diharapkan: {expected}. Perbaiki judulnya atau unduh templat baru.",
            problems,
        )
    return found


def _number_in_text_column(header: str, value: float) -> str:
    if abs(value) >= 1e15:
        why = (f"Excel menyimpan angka sepanjang itu tanpa ketelitian (terbaca {value:.15g}), "
               "sehingga digit terakhir hilang")
    else:
        why = (f"sebagai angka Excel mengubah isinya (terbaca {value:.15g}; misalnya 1.10 "
               "menjadi 1.1)")
    return (f"{header} harus diketik sebagai teks, bukan angka: {why}. Format kolom sebagai "
            "Teks lalu ketik ulang, atau awali isinya dengan tanda petik (').")


def _is_explanation(values: tuple[Any, ...], layout: list[tuple[Column, int]]) -> bool:
    for col, idx in layout:
        text = cell_text(values[idx]) if idx < len(values) else ""
        if not text:
            continue
        if col.key == NO_KEY and _squash(text) in _EXPLANATION_MARKERS:
            return True
        if col.help and _squash(text) == _squash(col.help):
            return True
    return False


_NUMBERING_CELL = re.compile(r"^\((\d{1,2})\)$|^(\d{1,2})$")


def _is_numbering(values: tuple[Any, ...]) -> bool:
    """A row like ``(1) | (2) | (3)`` (or ``1 | 2 | 3``) under the headers of a printed form."""
    texts = [cell_text(v) for v in values if v is not None and cell_text(v)]
    matches = [_NUMBERING_CELL.match(t) for t in texts]
    if len(texts) < 3 or not all(matches):
        return False
    numbers = [int(m.group(1) or m.group(2)) for m in matches if m]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _is_end(values: tuple[Any, ...], markers: frozenset[str]) -> bool:
    for v in values:
        if v is None:
            continue
        text = cell_text(v)
        if text:
            return norm_header(text) in markers
    return False


def _find_header(
    file_name: str, ws: Any, rows_iter: Iterator[tuple[Any, ...]], spec: SheetSpec,
    before: list[tuple[int, tuple[Any, ...]]],
) -> tuple[int, tuple[Any, ...]] | None:
    """(row number, values) of the header row within the first ``header_search`` rows.

    Rows above it go to ``before``. Without a full match the row with the most known
    headers is returned, so that :func:`_match_headers` names what is missing."""
    wanted = _wanted_headers(spec.columns)
    needed = {c.key for c in spec.columns if not c.header_optional}
    best: tuple[int, int, tuple[Any, ...]] | None = None  # (matches, row, values)
    seen: list[tuple[int, tuple[Any, ...]]] = []
    for row_number, values in enumerate(rows_iter, start=1):
        keys = set()
        for v in values:
            if v is not None:
                col = wanted.get(norm_header(cell_text(v)))
                if col is not None:
                    keys.add(col.key)
        if needed <= keys:
            before.extend((n, v) for n, v in seen if any(x is not None for x in v))
            return row_number, values
        if len(keys) >= 2 and (best is None or len(keys) > best[0]):
            best = (len(keys), row_number, values)
        seen.append((row_number, values))
        if row_number >= spec.header_search:
            break
    if best is None:
        if not seen:
            return None
        names = ", ".join(c.header for c in spec.columns if not c.header_optional)
        raise WorkbookError(
            f"File {file_name}, lembar '{ws.title}': baris judul kolom tabel ({names}) tidak "
            f"ditemukan di {spec.header_search} baris pertama. Gunakan file hasil ekspor "
            "aplikasi atau salin judul kolomnya persis.",
            ["judul kolom tidak ditemukan"],
        )
    before.extend((n, v) for n, v in seen if n < best[1] and any(x is not None for x in v))
    return best[1], best[2]


def _read_raw(book: _Workbook, ws: Any, spec: SheetSpec) -> SheetRead:
    raw = [(n, values) for n, values in enumerate(book.raw_rows(ws), start=1)
           if any(v is not None for v in values)]
    merged = book.merged_ranges(ws) if spec.merged else []
    return SheetRead(ws.title, [], [], label=spec.label, header_row=0, raw_rows=raw,
                     merged=merged)


def _read_ws(book: _Workbook, ws: Any, spec: SheetSpec) -> SheetRead:
    if spec.raw:
        return _read_raw(book, ws, spec)
    file_name = book.path.name
    rows_iter = book.raw_rows(ws)
    raw: list[tuple[int, tuple[Any, ...]]] = []
    header_number = HEADER_ROW
    if spec.header_search > 1:
        found_header = _find_header(file_name, ws, rows_iter, spec, raw)
        if found_header is None:
            header_row = None
        else:
            header_number, header_row = found_header
    else:
        header_row = next(rows_iter, None)
    if header_row is None:
        if spec.allow_empty:
            return SheetRead(ws.title, [], [], label=spec.label)
        raise WorkbookError(
            f"File {file_name}, lembar '{ws.title}' kosong: tidak ada judul kolom maupun data. "
            "Gunakan templat dari aplikasi."
        )
    if not spec.keep_raw:
        raw.clear()
    index = _match_headers(file_name, ws.title, header_row, spec.columns, header_number)
    layout = [(c, index[c.key]) for c in spec.columns if c.key in index]
    absent = [c.key for c in spec.columns if c.key not in index]
    letters = {c.key: get_column_letter(i + 1) for c, i in layout}
    headers = {c.key: c.header for c in spec.columns}
    no_idx = index.get(NO_KEY)
    # Per-column plan: (key, index in the row, letter, header, must be text, counts as data);
    # a row with only its "No" filled in is an empty row.
    plan = [(c.key, i, letters[c.key], c.header, c.text, c.key != NO_KEY) for c, i in layout]
    required = [
        (c.key, letters[c.key], c.header, f" (contoh: {c.example})" if c.example else "")
        for c, _i in layout if c.required
    ]
    rows: list[SheetRow] = []
    errors: list[RowError] = []
    label = spec.label
    markers = frozenset(norm_header(m) for m in spec.end_markers)
    end_row: int | None = None
    for row_number, values in enumerate(rows_iter, start=header_number + 1):
        if end_row is not None:
            if spec.keep_raw and any(v is not None for v in values):
                raw.append((row_number, values))
            continue
        if not values:
            continue
        width = len(values)
        if markers and _is_end(values, markers):
            end_row = row_number
            if spec.keep_raw:
                raw.append((row_number, values))
            continue
        if row_number == header_number + 1 and (
            _is_explanation(values, layout) or (spec.numbered_columns and _is_numbering(values))
        ):
            continue
        if no_idx is not None and no_idx < width:
            marker = values[no_idx]
            if isinstance(marker, str) and marker.strip().casefold() == EXAMPLE_MARKER:
                continue
        out: dict[str, str] = {}
        empty = True
        flagged: set[str] | None = None
        for key, idx, letter, header, text_only, is_data in plan:
            value = values[idx] if idx < width else None
            if value is None:
                out[key] = ""
                continue
            if type(value) is str:
                text = value.strip()
            elif text_only and isinstance(value, float):
                errors.append(RowError(row_number, letter, header,
                                       _number_in_text_column(header, value), label))
                flagged = {key} if flagged is None else flagged | {key}
                empty = False
                text = ""
            else:
                text = cell_text(value)
            if text and is_data:
                empty = False
            out[key] = text
        if empty:
            continue
        for key, letter, header, hint in required:
            if not out[key] and (flagged is None or key not in flagged):
                errors.append(RowError(row_number, letter, header,
                                       f"{header} wajib diisi{hint}.", label))
        for key in absent:
            out[key] = ""
        rows.append(SheetRow(row_number, out))
    if not rows and not errors and not spec.allow_empty:
        raise WorkbookError(
            f"File {file_name}, lembar '{ws.title}' tidak berisi data: isi data mulai baris "
            f"{FIRST_DATA_ROW} (baris 1 judul kolom, baris 2 petunjuk; baris 'Contoh' "
            "dilewati)."
        )
    merged = book.merged_ranges(ws) if spec.merged else []
    return SheetRead(ws.title, rows, errors, letters, headers, spec.label, header_number,
                     end_row, raw, merged)


def read_sheets(path: Path | str, specs: Sequence[SheetSpec]) -> list[SheetRead | None]:
    """Reads several sheets of one file, opening it once; None for a missing optional sheet."""
    path = Path(path)
    out: list[SheetRead | None] = []
    with _Workbook(path) as book:
        for spec in specs:
            ws = book.worksheet(spec.name)
            if ws is None and spec.fallback_first:
                ws = book.worksheet(None)
            if ws is None:
                if spec.optional:
                    out.append(None)
                    continue
                names = ", ".join(f"'{n}'" for n in book.sheet_names) or "(tidak ada)"
                wanted = f"'{spec.name}'" if spec.name else "lembar kerja"
                raise WorkbookError(
                    f"File {path.name} tidak memiliki lembar {wanted}. Lembar yang ada: {names}."
                )
            out.append(_read_ws(book, ws, spec))
    return out


def read_sheet(
    path: Path | str,
    columns: Sequence[Column],
    sheet_name: str | None = None,
    *,
    allow_empty: bool = False,
) -> SheetRead:
    """Reads one sheet (the first when ``sheet_name`` is None); see the module docstring."""
    result = read_sheets(path, [SheetSpec(columns, sheet_name, allow_empty=allow_empty)])[0]
    assert result is not None
    return result
