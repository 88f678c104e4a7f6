"""The shared PDF kit: paper, fonts, styles, tables, kop, signatures, footer, QR and files.

Every printed document (SKP, evaluasi, recaps) is a list of ReportLab flowables handed to
:func:`bangun_pdf`, which adds what all of them share:

- the kop surat (logo, centred lines, alamat, thick and thin rule) on the first page;
- a footer on every page: ``Halaman X dari Y`` and, for a signed document, the QR code with
  the short verification code; the total page count is only known at the end, so the
  canvas keeps each finished page and draws the footers when the document is saved
  (one build, no second pass);
- a light-grey diagonal ``DRAF`` on every page of a draft (never with a QR);
- the metadata (Title, Author, Subject and the QR payload in Keywords, which
  ``kinerja verify FILE.pdf`` reads back with :func:`baca_pengesahan_pdf`);
- the shipped DejaVu Sans Condensed TTFs, embedded (ReportLab subsets them), so names with
  diacritics print the same on every computer.

Files are written atomically: a failed build (bad logo, full disk) leaves no file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, BinaryIO
from xml.sax.saxutils import escape

import segno
from PIL import Image as PilImage
from PIL import UnidentifiedImageError
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.paths import resources_dir

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "KERTAS",
    "KEYWORDS_PREFIX",
    "Gaya",
    "Kop",
    "Pengesahan",
    "TandaTangan",
    "TataHalaman",
    "baca_pengesahan_pdf",
    "bangun_pdf",
    "baris_kiri_kanan",
    "blok_tanda_tangan",
    "daftarkan_font",
    "gabung_pdf",
    "gambar",
    "gaya",
    "lebar_isi",
    "tabel",
    "tanggal_indonesia",
    "tanggal_indonesia_besar",
    "teks",
    "tempat_tanggal",
    "tinggi_isi",
]

KERTAS: dict[str, tuple[float, float]] = {
    "A4": A4,
    "F4": (215 * mm, 330 * mm),  # "folio" as Indonesian offices buy it
}

FONT = "DejaVuSansCondensed"
FONT_BOLD = "DejaVuSansCondensed-Bold"
FONT_ITALIC = "DejaVuSansCondensed-Oblique"
FONT_BOLD_ITALIC = "DejaVuSansCondensed-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}

KEYWORDS_PREFIX = "kinerja-verifikasi:"
PEMBUAT = "Kinerja Desktop"
WARNA_KEPALA = colors.HexColor("#DDEBF7")  # light blue of the header cells in common prints
WARNA_DRAF = colors.Color(0.55, 0.55, 0.55, alpha=0.28)
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")

QR_MM = 22.0
_FOOTER_BIASA = 7 * mm  # room for "Halaman X dari Y"
_FOOTER_QR = (QR_MM + 3) * mm
_LOGO_MAX_H = 22 * mm
_LOGO_KOLOM = 26 * mm
_SPESIMEN_H = 16 * mm  # room for a wet signature when there is no specimen image
_PERIKSA = ("Periksa keaslian: menu Verifikasi Dokumen di Kinerja Desktop atau "
            "kinerja verify {kode}")


# ---------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True, slots=True)
class Kop:
    """The letterhead: the unit's lines (bold, centred), its address and logo."""

    baris: tuple[str, ...]
    alamat: str = ""
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class TataHalaman:
    """Paper, orientation, margins (mm: top, right, bottom, left) and the kop."""

    kertas: str = "A4"
    mendatar: bool = False  # landscape
    margin_mm: tuple[float, float, float, float] = (15, 15, 15, 15)
    kop: Kop | None = None

    def ukuran(self) -> tuple[float, float]:
        """The page size in points; ValidationError for a paper the app does not know."""
        try:
            size = KERTAS[self.kertas]
        except KeyError:
            raise ValidationError(
                f"Ukuran kertas '{self.kertas}' tidak dikenal; pilih "
                f"{' atau '.join(KERTAS)}.") from None
        w, h = landscape(size) if self.mendatar else portrait(size)
        return float(w), float(h)


@dataclass(frozen=True, slots=True)
class Pengesahan:
    """The verification of a signed document: the printed short code and the QR payload."""

    kode: str
    qr: str


@dataclass(frozen=True, slots=True)
class TandaTangan:
    """One signature: role, name, NIP (printed as given; empty for non-ASN: no NIP line)."""

    peran: str
    nama: str
    nip: str = ""
    tempat_tanggal: str = ""  # "Bandar Lampung, 25 November 2026"; "" keeps a blank line
    spesimen: bytes | None = None  # signature specimen image (PNG/JPEG)


# ---------------------------------------------------------------------------
# Fonts, dates, styles

_font_lock = threading.Lock()
_fonts_done = False


def daftarkan_font() -> None:
    """Registers the shipped TTFs once per process (ReportLab keeps them globally)."""
    global _fonts_done
    if _fonts_done:
        return
    with _font_lock:
        if _fonts_done:
            return
        folder = resources_dir() / "fonts"
        for name, file in _FONT_FILES.items():
            path = folder / file
            if not path.is_file():
                raise UserError(f"Berkas huruf {path} tidak ditemukan; pasang ulang aplikasi.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Binary streams stay binary: ASCII85 only makes the file larger and, without
        # ReportLab's optional C accelerator, costs several ms per document in batches.
        rl_config.useA85 = 0
        # <b> and <i> inside paragraphs pick the matching TTF.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD_ITALIC)
        _fonts_done = True


def tanggal_indonesia(d: dt.date) -> str:
    """``25 November 2026``."""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def tanggal_indonesia_besar(d: dt.date) -> str:
    """``01 JANUARI 2026``: the two-digit day of the PERIODE lines of the forms."""
    return f"{d.day:02d} {BULAN[d.month - 1].upper()} {d.year}"


def tempat_tanggal(tempat: str, d: dt.date | None) -> str:
    """``Bandar Lampung, 25 November 2026``; a missing part stays blank to be handwritten."""
    tempat = tempat.strip()
    tanggal = tanggal_indonesia(d) if d is not None else ""
    if tempat and tanggal:
        return f"{tempat}, {tanggal}"
    if tempat:
        return f"{tempat}, " + "\u00a0" * 30  # room for a handwritten date
    return tanggal


@dataclass(frozen=True, slots=True)
class Gaya:
    """The paragraph styles all documents share."""

    judul: ParagraphStyle
    subjudul: ParagraphStyle
    teks: ParagraphStyle
    tebal: ParagraphStyle
    kecil: ParagraphStyle
    sel: ParagraphStyle
    sel_tengah: ParagraphStyle
    sel_tebal: ParagraphStyle
    kepala: ParagraphStyle
    kanan: ParagraphStyle
    kanan_tebal: ParagraphStyle
    tengah: ParagraphStyle
    kop: ParagraphStyle
    kop_utama: ParagraphStyle
    alamat: ParagraphStyle


@lru_cache(maxsize=1)
def gaya() -> Gaya:
    """The shared styles (one instance: ParagraphStyle objects must not be changed)."""
    daftarkan_font()

    def s(name: str, font: str = FONT, size: float = 9, align: int = TA_LEFT,
          lead: float | None = None, after: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=lead if lead is not None else size * 1.22,
                              alignment=align, spaceAfter=after)

    return Gaya(
        judul=s("judul", FONT_BOLD, 11, TA_CENTER),
        subjudul=s("subjudul", FONT_BOLD, 10, TA_CENTER),
        teks=s("teks"),
        tebal=s("tebal", FONT_BOLD),
        kecil=s("kecil", size=7.5),
        sel=s("sel", size=8.5),
        sel_tengah=s("sel_tengah", size=8.5, align=TA_CENTER),
        sel_tebal=s("sel_tebal", FONT_BOLD, 8.5),
        kepala=s("kepala", FONT_BOLD, 8, TA_CENTER),
        kanan=s("kanan", align=TA_RIGHT),
        kanan_tebal=s("kanan_tebal", FONT_BOLD, align=TA_RIGHT),
        tengah=s("tengah", align=TA_CENTER),
        kop=s("kop", FONT_BOLD, 12, TA_CENTER, 14.5),
        kop_utama=s("kop_utama", FONT_BOLD, 14, TA_CENTER, 17),
        alamat=s("alamat", size=8.5, align=TA_CENTER),
    )


_ENTITAS = {"'": "&#39;", '"': "&quot;"}


def teks(s: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    return Paragraph(markup(s), style)


def markup(s: str) -> str:
    """Plain text as ReportLab paragraph markup (for callers that add <b> around it)."""
    return escape(s.replace("\r\n", "\n"), _ENTITAS).replace("\n", "<br/>")


# ---------------------------------------------------------------------------
# Tables, images, signatures

_GRID_GARIS: tuple[Any, ...] = ("GRID", (0, 0), (-1, -1), 0.5, colors.black)
_GRID: list[tuple[Any, ...]] = [
    # Plain-string cells would otherwise use Helvetica, which is not embedded.
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    _GRID_GARIS,
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


# A borderless layout table: every table sets its font, or ReportLab falls back to a
# Helvetica the PDF would reference without embedding.
TANPA_GARIS: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)


class TabelBersambung(Table):  # type: ignore[misc]  # ReportLab is untyped
    """A table whose continuation always starts on the next page.

    Table.split first cuts between rows; the rest (with the repeated header rows) is then
    tried again in the space left on the same page, where a tall row can be cut inside
    (splitInRow), which printed the header a second time in the middle of the page. A
    frame break between the parts sends the rest to the next page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], FrameBreak(), parts[1]]
        return parts


def tabel(data: Sequence[Sequence[Any]], col_widths: Sequence[float], *,
          header_rows: int = 1, style: Sequence[tuple[Any, ...]] = (),
          tanpa_garis: Sequence[tuple[int, int, int]] = ()) -> Table:
    """A ruled table that splits across pages, repeating its header rows.

    ``splitInRow`` lets a single row taller than a page (a very long RHK) continue on the
    next page instead of making the build fail. ReportLab cannot split such a row inside a
    SPAN or NOSPLIT range, so for content that may be that tall use ``tanpa_garis``
    instead of SPAN: ``(row, first_col, last_col)`` leaves out the line below ``row`` in
    those columns, which looks like a merged cell and still splits anywhere."""
    perintah = list(_GRID)
    if tanpa_garis:
        perintah[perintah.index(_GRID_GARIS)] = ("BOX", (0, 0), (-1, -1), 0.5, colors.black)
        perintah += _garis_kecuali(len(data), len(col_widths), tanpa_garis)
    if header_rows:
        perintah += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), WARNA_KEPALA),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    perintah += list(style)
    return TabelBersambung([list(r) for r in data], colWidths=list(col_widths),
                           repeatRows=header_rows, splitByRow=1, splitInRow=1,
                           style=TableStyle(perintah))


def _garis_kecuali(nrows: int, ncols: int,
                   tanpa: Sequence[tuple[int, int, int]]) -> list[tuple[Any, ...]]:
    """The inner grid as line commands, without the given horizontal segments."""
    out: list[tuple[Any, ...]] = [("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black)]
    kosong: dict[int, set[int]] = {}
    for row, c0, c1 in tanpa:
        kosong.setdefault(row, set()).update(range(c0, c1 + 1))
    for r in range(nrows - 1):
        skip = kosong.get(r)
        if not skip:
            out.append(("LINEBELOW", (0, r), (-1, r), 0.5, colors.black))
            continue
        c = 0
        while c < ncols:  # runs of columns that keep their line
            if c in skip:
                c += 1
                continue
            start = c
            while c < ncols and c not in skip:
                c += 1
            out.append(("LINEBELOW", (start, r), (c - 1, r), 0.5, colors.black))
    # A page break inside an open cell still closes the table at the foot of the page.
    out.append(("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, colors.black))
    return out


def baris_kiri_kanan(kiri: Flowable, kanan: Flowable, lebar: float,
                     bagi: float = 0.5) -> Table:
    """Two cells on one line without borders (e.g. instansi left, periode right)."""
    return Table([[kiri, kanan]], colWidths=[lebar * bagi, lebar * (1 - bagi)],
                 style=TableStyle([
                     ("FONTNAME", (0, 0), (-1, -1), FONT),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                 ]))


def _baca_gambar(data: bytes, apa: str) -> tuple[int, int]:
    """Checks that ``data`` is a whole PNG/JPEG; returns its pixel size."""
    masalah = ""
    try:
        with PilImage.open(io.BytesIO(data)) as img:
            fmt = img.format
            size = img.size
            if fmt not in ("PNG", "JPEG"):
                masalah = f"formatnya {fmt or 'tidak dikenal'}"
            else:
                img.load()  # decodes every pixel: a truncated file fails here
    except UnidentifiedImageError:
        masalah = "isinya bukan gambar atau formatnya tidak dikenal"
    except (OSError, SyntaxError, ValueError, PilImage.DecompressionBombError) as exc:
        # Pillow speaks English; the common case gets an Indonesian reason.
        masalah = ("berkasnya terpotong (tidak utuh)" if "truncated" in str(exc)
                   else str(exc) or type(exc).__name__)
    if masalah:
        raise ValidationError(f"{apa} bukan gambar PNG/JPEG yang dapat dibaca: {masalah}.")
    return size


def gambar(data: bytes, apa: str, max_w: float, max_h: float) -> Flowable:
    """The image scaled into ``max_w`` x ``max_h`` (aspect kept), after checking it."""
    w, h = _baca_gambar(data, apa)
    skala = min(max_w / w, max_h / h)
    return Image(io.BytesIO(data), width=w * skala, height=h * skala)


def _sel_ttd(t: TandaTangan | None, lebar: float) -> list[Flowable]:
    g = gaya()
    if t is None:
        return []
    isi: list[Flowable] = [
        teks(t.tempat_tanggal or "\u00a0", g.tengah),
        teks(t.peran, g.tengah),
    ]
    if t.spesimen is not None:
        img = gambar(t.spesimen, f"Spesimen tanda tangan {t.nama}", lebar - 6 * mm,
                     _SPESIMEN_H)
        img.hAlign = "CENTER"
        isi += [Spacer(1, 1 * mm), img, Spacer(1, _SPESIMEN_H - img.drawHeight + 1 * mm)]
    else:
        isi.append(Spacer(1, _SPESIMEN_H + 2 * mm))
    isi.append(Paragraph(f"<u><b>{markup(t.nama)}</b></u>", g.tengah))
    if t.nip.strip():
        isi.append(teks(f"NIP. {t.nip.strip()}", g.tengah))
    return isi


def blok_tanda_tangan(kiri: TandaTangan | None, kanan: TandaTangan | None, lebar: float, *,
                      tengah: TandaTangan | None = None) -> Flowable:
    """Signatures side by side (left, right); ``tengah`` goes centred below them
    (e.g. Atasan Pejabat Penilai Kinerja). Kept together on one page."""
    kolom = lebar / 2
    baris: list[list[Any]] = [[_sel_ttd(kiri, kolom * 0.9), _sel_ttd(kanan, kolom * 0.9)]]
    gaya_tabel: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    if tengah is not None:
        baris += [[_sel_ttd(tengah, kolom * 0.9), ""]]
        gaya_tabel += [("SPAN", (0, 1), (1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 4 * mm)]
    t = Table(baris, colWidths=[kolom, kolom], style=TableStyle(gaya_tabel))
    return KeepTogether([Spacer(1, 4 * mm), t])


class _GarisKop(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The thick and thin rule under the kop."""

    def __init__(self, lebar: float) -> None:
        super().__init__()
        self.lebar = lebar

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.lebar, 4.5

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(2)
        c.line(0, 3.5, self.lebar, 3.5)
        c.setLineWidth(0.6)
        c.line(0, 0.3, self.lebar, 0.3)


def _kop(kop: Kop, lebar: float) -> list[Flowable]:
    g = gaya()
    baris = [b for b in kop.baris if b.strip()]
    paragraf: list[Flowable] = [
        teks(b, g.kop_utama if i == len(baris) - 1 and len(baris) > 1 else g.kop)
        for i, b in enumerate(baris)
    ]
    if kop.alamat.strip():
        paragraf.append(teks(kop.alamat, g.alamat))
    logo: Flowable | str = ""
    if kop.logo is not None:
        logo = gambar(kop.logo, "Logo kop surat", _LOGO_KOLOM - 2 * mm, _LOGO_MAX_H)
    # An empty column on the right as wide as the logo column keeps the lines centred on
    # the page, as on a printed letterhead.
    t = Table([[logo, paragraf, ""]], colWidths=[_LOGO_KOLOM, lebar - 2 * _LOGO_KOLOM,
                                                 _LOGO_KOLOM],
              style=TableStyle([
                  ("FONTNAME", (0, 0), (-1, -1), FONT),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("ALIGN", (0, 0), (0, 0), "LEFT"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
              ]))
    return [t, _GarisKop(lebar), Spacer(1, 4 * mm)]


# ---------------------------------------------------------------------------
# Building


def lebar_isi(tata: TataHalaman) -> float:
    """Width of the text frame in points (for column widths)."""
    w, _h = tata.ukuran()
    return float(w - (tata.margin_mm[1] + tata.margin_mm[3]) * mm)


def tinggi_isi(tata: TataHalaman, *, pengesahan: bool = False) -> float:
    """Height of the text frame in points (the footer with the QR code takes more)."""
    _w, h = tata.ukuran()
    kaki = _FOOTER_QR if pengesahan else _FOOTER_BIASA
    return float(h - (tata.margin_mm[0] + tata.margin_mm[2]) * mm - kaki)


def _periksa_tata(tata: TataHalaman) -> tuple[float, float]:
    w, h = tata.ukuran()
    atas, kanan, bawah, kiri = tata.margin_mm
    if min(tata.margin_mm) < 0 or max(tata.margin_mm) > 60:
        raise ValidationError("Margin halaman harus antara 0 dan 60 mm.")
    if w - (kanan + kiri) * mm < 100 * mm or h - (atas + bawah) * mm < 120 * mm:
        raise ValidationError("Margin halaman terlalu besar untuk ukuran kertas ini.")
    return w, h


@lru_cache(maxsize=64)
def _qr_operator(payload: str) -> tuple[int, str]:
    """(modules per side, PDF path operators) of the QR code in module units, one row per
    line. Written as raw operators: thousands of ``rect`` calls through ReportLab's number
    formatting cost more than the rest of the footer (batch printing draws one per
    document)."""
    # A fixed mask: any mask is valid QR, and searching for the "best" one was 13% of the
    # render time of an SKP.
    qr = segno.make(payload, error="m", micro=False, boost_error=False, mask=0)
    matrix = qr.matrix
    n = len(matrix)
    parts: list[str] = []
    for r, baris in enumerate(matrix):
        col = 0
        while col < n:
            if baris[col] & 1:
                awal = col
                while col < n and baris[col] & 1:
                    col += 1
                parts.append(f"{awal} {r} {col - awal} 1 re")
            else:
                col += 1
    parts.append("f")
    return n, "\n".join(parts)


def _gambar_qr(c: Any, payload: str, x: float, y: float, sisi: float) -> None:
    """Draws the QR code (error level M) as one filled path on a white square."""
    n, ops = _qr_operator(payload)
    tepi = 2  # quiet zone, in modules; the page margin around adds to it
    modul = sisi / (n + 2 * tepi)
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, sisi, sisi, stroke=0, fill=1)
    c.setFillColor(colors.black)
    # Module (col, row) -> page: origin at the top-left module, rows going down.
    c.translate(x + tepi * modul, y + sisi - tepi * modul)
    c.scale(modul, -modul)
    c.addLiteral(ops)
    c.restoreState()


def _canvas_kelas(tata: TataHalaman, pengesahan: Pengesahan | None,
                  halaman: list[int]) -> type[Any]:
    """A canvas that keeps finished pages and draws the footers at ``save`` time, when
    the total page count is known."""
    w, _h = tata.ukuran()
    _atas, kanan, bawah, kiri = (m * mm for m in tata.margin_mm)

    class _Kanvas(rl_canvas.Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page starts in Helvetica, a font the PDF would reference
            # without embedding it.
            kwargs["initialFontName"] = FONT
            kwargs["initialFontSize"] = 9
            super().__init__(*args, **kwargs)
            self._halaman: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._halaman.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._halaman)
            halaman.append(total)
            for nomor, state in enumerate(self._halaman, start=1):
                self.__dict__.update(state)
                self._kaki(nomor, total)
                super().showPage()
            super().save()

        def _kaki(self, nomor: int, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.black)
            self.drawRightString(w - kanan, bawah + 1 * mm, f"Halaman {nomor} dari {total}")
            if pengesahan is not None:
                if nomor == 1:
                    # The same QR on every page: drawn once as a form, placed per page.
                    self.beginForm("kinerja_qr")
                    _gambar_qr(self, pengesahan.qr, 0, 0, QR_MM * mm)
                    self.endForm()
                self.saveState()
                self.translate(kiri, bawah)
                self.doForm("kinerja_qr")
                self.restoreState()
                tx = kiri + (QR_MM + 2) * mm
                self.setFont(FONT_BOLD, 8.5)
                self.drawString(tx, bawah + 13 * mm, f"Kode verifikasi: {pengesahan.kode}")
                self.setFont(FONT, 7.5)
                self.drawString(tx, bawah + 9 * mm, _PERIKSA.format(kode=pengesahan.kode))
            self.restoreState()

    return _Kanvas


def _draf(c: Any, _doc: Any) -> None:
    """The diagonal DRAF watermark, drawn first so the content stays on top."""
    w, h = c._pagesize
    c.saveState()
    c.setFillColor(WARNA_DRAF)
    c.setFont(FONT_BOLD, min(w, h) * 0.32)
    c.translate(w / 2, h / 2)
    c.rotate(35 if w < h else 25)
    c.drawCentredString(0, -min(w, h) * 0.1, "DRAF")
    c.restoreState()


def bangun_pdf(target: Path | BinaryIO, cerita: list[Flowable], tata: TataHalaman, *,
               judul: str, pengesahan: Pengesahan | None = None, draf: bool = False,
               subjek: str = "") -> int:
    """Lays out ``cerita`` on the pages of ``tata`` and writes the PDF; returns the page
    count. A Path is written atomically (no file at all when anything fails)."""
    if draf and pengesahan is not None:
        raise ValueError("dokumen DRAF tidak boleh membawa kode verifikasi")
    daftarkan_font()
    w, h = _periksa_tata(tata)
    atas, kanan, bawah, kiri = (m * mm for m in tata.margin_mm)
    kaki = _FOOTER_QR if pengesahan is not None else _FOOTER_BIASA
    frame = Frame(kiri, bawah + kaki, w - kiri - kanan, h - atas - bawah - kaki,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="isi")
    isi = list(cerita)
    if tata.kop is not None:
        isi = _kop(tata.kop, frame._width) + isi
    on_page: Callable[[Any, Any], None] | None = _draf if draf else None
    template = (PageTemplate(id="halaman", frames=[frame], onPage=on_page) if on_page
                else PageTemplate(id="halaman", frames=[frame]))
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=(w, h), leftMargin=kiri, rightMargin=kanan, topMargin=atas,
        bottomMargin=bawah, title=judul, author=PEMBUAT, creator=PEMBUAT, subject=subjek,
        keywords=(KEYWORDS_PREFIX + pengesahan.qr) if pengesahan is not None else "",
        producer=PEMBUAT, pageTemplates=[template], initialFontName=FONT,
    )
    halaman: list[int] = []
    doc.build(isi, canvasmaker=_canvas_kelas(tata, pengesahan, halaman))
    data = buf.getvalue()
    if isinstance(target, Path):
        _tulis_atomik(target, data)
    else:
        target.write(data)
    return halaman[0]


def _tulis_atomik(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise UserError(f"Folder {path.parent} tidak ditemukan.")
    if path.is_dir():
        raise UserError(f"{path} adalah folder; pilih nama berkas .pdf.")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"Berkas {path.name} tidak dapat ditulis: izin ditolak, atau berkas itu sedang "
            "dibuka di aplikasi lain. Tutup berkas tersebut lalu coba lagi.") from None
    except OSError as exc:
        raise UserError(f"Berkas {path.name} tidak dapat ditulis: "
                        f"{exc.strerror or exc}.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------------------
# Reading back and merging


def _nama_sumber(source: Path | bytes) -> str:
    return source.name if isinstance(source, Path) else "yang diberikan"


def _buka_pdf(source: Path | bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    nama = _nama_sumber(source)
    try:
        data = source.read_bytes() if isinstance(source, Path) else source
    except OSError as exc:
        raise ValidationError(
            f"Berkas {nama} bukan PDF yang dapat dibaca: {exc.strerror or exc}.") from None
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise ValidationError(f"Berkas {nama} bukan PDF yang dapat dibaca: bukan berkas PDF.")
    stream: IO[bytes] = io.BytesIO(data)
    try:
        reader = PdfReader(stream)
        _ = len(reader.pages)  # forces the cross-reference table to be read
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"Berkas {nama} bukan PDF yang dapat dibaca: {exc}.") from None
    return reader


def baca_pengesahan_pdf(source: Path | bytes) -> str | None:
    """The QR payload stored in the PDF's Keywords; None when the PDF carries none."""
    reader = _buka_pdf(source)
    try:
        meta = reader.metadata
        kata = str(meta.get("/Keywords") or "") if meta is not None else ""
    except Exception as exc:  # a damaged Info dictionary: say so, do not crash
        raise ValidationError(
            f"Berkas {_nama_sumber(source)} bukan PDF yang dapat dibaca: {exc}.") from None
    kata = kata.strip()
    if not kata.startswith(KEYWORDS_PREFIX):
        return None
    return kata[len(KEYWORDS_PREFIX):] or None


def gabung_pdf(sources: Sequence[Path | bytes], target: Path) -> None:
    """Merges the PDFs in order into ``target`` (written atomically)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for s in sources:
        writer.append(_buka_pdf(s))
    buf = io.BytesIO()
    writer.write(buf)
    _tulis_atomik(target, buf.getvalue())


def periksa_gambar(data: bytes, apa: str) -> tuple[int, int]:
    """Public check of an image before it is stored (logo, specimen): its pixel size."""
    return _baca_gambar(data, apa)
