"""The one reader of user-filled xlsx sheets, with errors by row and column.

Layout of every import sheet the app hands out (ARCHITECTURE §8):

- row 1: column headers (matched by name, ignoring case and spaces, in any order);
- row 2: an explanation row (help text per column), skipped when present;
- data from row 3; a row whose "No" cell says ``Contoh`` is the template's example
  and is skipped, as are completely empty rows.

File-level problems (not an xlsx file, empty file, missing sheet, wrong headers,
no data) raise :class:`WorkbookError` naming the file. Cell-level problems are
collected as :class:`RowError` so an import can show every one of them at once.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

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


@dataclass(slots=True)
class SheetRead:
    sheet: str  # the worksheet's title
    rows: list[SheetRow]
    errors: list[RowError]
    letters: dict[str, str] = field(default_factory=dict)  # key -> column letter in the file
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text
    label: str = ""  # RowError.sheet for this sheet's errors ("" for the main sheet)

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


def norm_header(text: object) -> str:
    """``"Kode  Unit "`` and ``"kode unit"`` compare equal: case and spaces are ignored."""
    return "".join(str(text).split()).casefold().rstrip("*:")


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


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


def _match_headers(
    file_name: str, sheet: str, header_row: tuple[Any, ...], columns: Sequence[Column]
) -> dict[str, int]:
    """Column key -> index in the row; raises WorkbookError listing every header problem."""
    wanted = {norm_header(c.header): c for c in columns}
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
            f"{where}: baris 1 (judul kolom) kosong. Judul yang diharapkan: "
            + ", ".join(c.header for c in columns) + ". Gunakan templat dari aplikasi.",
            ["baris 1 kosong"],
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
            f"{where}: judul kolom di baris 1 tidak sesuai templat: " + "; ".join(problems)
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


def _read_ws(book: _Workbook, ws: Any, spec: SheetSpec) -> SheetRead:
    file_name = book.path.name
    rows_iter = book.raw_rows(ws)
    header_row = next(rows_iter, None)
    if header_row is None:
        if spec.allow_empty:
            return SheetRead(ws.title, [], [], label=spec.label)
        raise WorkbookError(
            f"File {file_name}, lembar '{ws.title}' kosong: tidak ada judul kolom maupun data. "
            "Gunakan templat dari aplikasi."
        )
    index = _match_headers(file_name, ws.title, header_row, spec.columns)
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
    for row_number, values in enumerate(rows_iter, start=HEADER_ROW + 1):
        if not values:
            continue
        width = len(values)
        if row_number == EXPLANATION_ROW and _is_explanation(values, layout):
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
    return SheetRead(ws.title, rows, errors, letters, headers, spec.label)


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
