"""Reading our PDFs back in tests: text (poppler's pdftotext), page sizes, fonts, QR codes.

Real tools only: pdftotext for the text as a reader sees it, pypdf for the structure,
pypdfium2 to render a page and zxing-cpp to decode the QR code from the pixels.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

PDFTOTEXT = "/usr/bin/pdftotext"
MM = 72 / 25.4

Sumber = Path | bytes | str


def _bytes(source: Sumber) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


def _pdftotext(source: Sumber, *args: str) -> str:
    out = subprocess.run([PDFTOTEXT, *args, "-enc", "UTF-8", "-", "-"], input=_bytes(source),
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def teks_pdf(source: Sumber) -> str:
    """The whole document as ``pdftotext -layout`` prints it (pages separated by \\f)."""
    return _pdftotext(source, "-layout")


def teks_mentah(source: Sumber) -> str:
    """``pdftotext -raw``: content-stream order, so rotated text (the DRAF watermark) reads
    as one word, which ``-layout`` breaks into letters."""
    return _pdftotext(source, "-raw")


def teks_halaman(source: Sumber) -> list[str]:
    """The text of each page (``-layout``)."""
    pages = teks_pdf(source).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends the last page with \f too
    return pages


def ukuran_halaman_mm(source: Sumber) -> list[tuple[float, float]]:
    """Width and height of every page in mm (MediaBox, rotation ignored: we never rotate)."""
    reader = PdfReader(io.BytesIO(_bytes(source)))
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
            for p in reader.pages]


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def font_tertanam(source: Sumber) -> set[str]:
    """Names of the fonts used WITHOUT an embedded font file (empty set = all embedded)."""
    reader = PdfReader(io.BytesIO(_bytes(source)))
    missing: set[str] = set()
    seen: set[int] = set()

    def check(font: DictionaryObject) -> None:
        name = str(font.get("/BaseFont", "?"))
        if font.get("/Subtype") == "/Type0":
            for desc in font.get("/DescendantFonts", []):
                check(_resolve(desc))
            return
        if font.get("/Subtype") == "/Type3":
            return  # glyphs drawn in the PDF itself
        descriptor = _resolve(font.get("/FontDescriptor"))
        if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(name)

    def walk(resources: Any) -> None:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        fonts = _resolve(resources.get("/Font"))
        if isinstance(fonts, DictionaryObject):
            for ref in fonts.values():
                key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
                if key not in seen:
                    seen.add(key)
                    check(_resolve(ref))
        xobjects = _resolve(resources.get("/XObject"))
        if isinstance(xobjects, DictionaryObject):
            for ref in xobjects.values():
                xo = _resolve(ref)
                key = ref.idnum if isinstance(ref, IndirectObject) else id(xo)
                if key in seen or "/Resources" not in xo:
                    continue
                seen.add(key)
                walk(xo["/Resources"])

    for page in reader.pages:
        walk(page.get("/Resources"))
    return missing


def nama_font(source: Sumber) -> set[str]:
    """Base names of every font the document uses (e.g. ``AAAAAA+DejaVuSansCondensed``)."""
    reader = PdfReader(io.BytesIO(_bytes(source)))
    names: set[str] = set()
    for page in reader.pages:
        res = _resolve(page.get("/Resources"))
        fonts = _resolve(res.get("/Font")) if isinstance(res, DictionaryObject) else None
        if isinstance(fonts, DictionaryObject):
            names.update(str(_resolve(f).get("/BaseFont")) for f in fonts.values())
    return names


def baca_qr(source: Sumber, halaman: int = 0, dpi: int = 200) -> list[str]:
    """The texts of the QR codes found on a page rendered at ``dpi``."""
    pdf = pdfium.PdfDocument(_bytes(source))
    try:
        page = pdf[halaman]
        image = page.render(scale=dpi / 72).to_pil()
        page.close()
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image)
            if r.format == zxingcpp.BarcodeFormat.QRCode]


def urutan(teks: str, *potongan: str) -> bool:
    """True when the pieces occur in ``teks`` in this order (each after the previous)."""
    pos = 0
    for p in potongan:
        i = teks.find(p, pos)
        if i < 0:
            return False
        pos = i + len(p)
    return True


def rapat(teks: str) -> str:
    """Whitespace squashed to single spaces: a text wrapped over lines compares as one."""
    return " ".join(teks.split())


def tinta_mm(source: Sumber, halaman: int = 0, dpi: int = 100) -> tuple[float, float, float, float]:
    """Bounding box of everything drawn on a page (left, top, right, bottom; mm from the
    top-left corner), found on the rendered pixels so lines and images count too."""
    pdf = pdfium.PdfDocument(_bytes(source))
    try:
        page = pdf[halaman]
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        page.close()
    finally:
        pdf.close()
    box = image.point(lambda v: 255 if v < 250 else 0).getbbox()
    assert box is not None, "halaman kosong"
    per_mm = dpi / 25.4
    left, top, right, bottom = box
    return left / per_mm, top / per_mm, right / per_mm, bottom / per_mm
