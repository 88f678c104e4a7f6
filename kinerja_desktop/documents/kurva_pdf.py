"""The kurva distribusi predikat kinerja pegawai as a ReportLab drawing (DOMAIN §7.2, §14).

Printed like the e-Kinerja curve: the title names the unit's capaian kinerja
organisasi, the x-axis runs from Sangat Kurang (left) to Sangat Baik (right)
and the y-axis is "Frekuensi Pegawai". Bars are the pegawai actually rated
per predikat; the line is the pattern the capaian asks for.

The SE MenPANRB 3/2023 gives the pattern as rules (a maximum here, a minimum
there), not as one set of numbers. The line therefore draws an *illustration*
that meets every rule (:data:`POLA_PERSEN`, checked against
``domain.kurva_distribusi`` by the tests) and the legend says so; the rules
themselves are printed in words by :func:`ketentuan_pola` for the
distribution tables of the recap and the Format Penetapan.

The drawing is a Flowable: put it in a platypus story, or draw it with
``reportlab.graphics.renderPDF``. Its texts stay text in the PDF, so the
title can be read back.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.documents.pdf_kit import FONT, FONT_BOLD, daftarkan_font
from kinerja_desktop.domain.kurva_distribusi import (
    URUTAN_SUMBU_X,
    batas_maksimum,
    batas_minimum,
    judul_kurva,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi

__all__ = [
    "JUDUL_TANPA_CAPAIAN",
    "KETENTUAN",
    "POLA_PERSEN",
    "SUMBU_Y",
    "JenisKetentuan",
    "Ketentuan",
    "judul_kurva_teks",
    "ketentuan_pola",
    "kurva_drawing",
]

SUMBU_Y = "Frekuensi Pegawai"
JUDUL_TANPA_CAPAIAN = "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI"
_TANPA_CAPAIAN = "(capaian kinerja organisasi belum ditetapkan)"
_BELUM_ADA_POLA = ("Pola distribusi tampil setelah capaian kinerja organisasi ditetapkan "
                   "oleh pimpinan di atas unit ini.")

_SB = Predikat.SANGAT_BAIK
_BK = Predikat.BAIK
_BP = Predikat.BUTUH_PERBAIKAN
_KR = Predikat.KURANG
_SK = Predikat.SANGAT_KURANG

# One illustration per capaian, in percent, that meets every rule of §7.2 (the
# tests run it through periksa_distribusi): a bell over the expected predikat,
# the shape of the e-Kinerja picture. Sangat Kurang forbids Sangat Baik, hence 0.
POLA_PERSEN: dict[PredikatOrganisasi, dict[Predikat, int]] = {
    PredikatOrganisasi.ISTIMEWA: {_SK: 5, _KR: 5, _BP: 10, _BK: 20, _SB: 60},
    PredikatOrganisasi.BAIK: {_SK: 5, _KR: 10, _BP: 15, _BK: 60, _SB: 10},
    PredikatOrganisasi.BUTUH_PERBAIKAN: {_SK: 5, _KR: 10, _BP: 65, _BK: 15, _SB: 5},
    PredikatOrganisasi.KURANG: {_SK: 10, _KR: 65, _BP: 15, _BK: 5, _SB: 5},
    PredikatOrganisasi.SANGAT_KURANG: {_SK: 65, _KR: 15, _BP: 10, _BK: 10, _SB: 0},
}


class JenisKetentuan(StrEnum):
    TERBANYAK = "TERBANYAK"
    MAKSIMUM = "MAKSIMUM"
    MINIMUM = "MINIMUM"
    WAJIB_ADA = "WAJIB_ADA"
    TIDAK_BOLEH_ADA = "TIDAK_BOLEH_ADA"


@dataclass(frozen=True, slots=True)
class Ketentuan:
    """One rule of the pattern; a group of predikat is counted together."""

    jenis: JenisKetentuan
    predikat: tuple[Predikat, ...]
    persen: int = 0


_K = JenisKetentuan
# The table of DOMAIN §7.2 as words to print. domain/kurva_distribusi.py holds
# the same table as checks; the tests keep the two in step.
KETENTUAN: dict[PredikatOrganisasi, tuple[Ketentuan, ...]] = {
    PredikatOrganisasi.ISTIMEWA: (
        Ketentuan(_K.TERBANYAK, (_SB,)), Ketentuan(_K.MAKSIMUM, (_SB,), 70)),
    PredikatOrganisasi.BAIK: (
        Ketentuan(_K.TERBANYAK, (_BK,)), Ketentuan(_K.MAKSIMUM, (_BK,), 70),
        Ketentuan(_K.WAJIB_ADA, (_BP, _KR))),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (
        Ketentuan(_K.MINIMUM, (_BP,), 60), Ketentuan(_K.MAKSIMUM, (_SB,), 10)),
    PredikatOrganisasi.KURANG: (
        Ketentuan(_K.MINIMUM, (_KR,), 60), Ketentuan(_K.MINIMUM, (_BP,), 10),
        Ketentuan(_K.MAKSIMUM, (_SB,), 10)),
    PredikatOrganisasi.SANGAT_KURANG: (
        Ketentuan(_K.MINIMUM, (_SK,), 60), Ketentuan(_K.MINIMUM, (_KR, _BP), 10),
        Ketentuan(_K.TIDAK_BOLEH_ADA, (_SB,))),
}


def _kalimat(k: Ketentuan, predikat: Predikat, total: int | None) -> str:
    lain = [p.label for p in k.predikat if p is not predikat]
    bersama = f" (bersama {' dan/atau '.join(lain)})" if lain else ""
    if k.jenis is _K.TERBANYAK:
        return "terbanyak"
    if k.jenis is _K.WAJIB_ADA:
        return "harus ada" + bersama
    if k.jenis is _K.TIDAK_BOLEH_ADA:
        return "tidak boleh ada"
    # The whole-pegawai limit is what a unit head compares with, so it is
    # printed next to the percentage whenever the number rated is known.
    if k.jenis is _K.MAKSIMUM:
        batas = f" (≤ {batas_maksimum(k.persen, total)})" if total else ""
        return f"paling banyak {k.persen}%{batas}{bersama}"
    batas = f" (≥ {batas_minimum(k.persen, total)})" if total else ""
    return f"paling sedikit {k.persen}%{batas}{bersama}"


def ketentuan_pola(capaian: PredikatOrganisasi, total: int | None = None) -> dict[Predikat, str]:
    """The pattern's rule for each predikat in words, best predikat first.

    ``total`` is the number of pegawai rated; with it the limits are also given
    in pegawai ("paling banyak 70% (≤ 7)"). A predikat without a rule reads
    "boleh ada".
    """
    out: dict[Predikat, list[str]] = {p: [] for p in Predikat}
    for k in KETENTUAN[capaian]:
        for p in k.predikat:
            out[p].append(_kalimat(k, p, total))
    return {p: "; ".join(v) if v else "boleh ada" for p, v in out.items()}


def judul_kurva_teks(capaian: PredikatOrganisasi | None) -> str:
    """The printed title; without a capaian the generic title."""
    return judul_kurva(capaian) if capaian is not None else JUDUL_TANPA_CAPAIAN


# -- drawing -----------------------------------------------------------------------------------

_WARNA_BATANG = colors.HexColor("#5B9BD5")
_WARNA_GARIS_BATANG = colors.HexColor("#2E75B6")
_WARNA_POLA = colors.HexColor("#C00000")
_WARNA_GRID = colors.HexColor("#D9D9D9")
_UKURAN_JUDUL = 8.0
_UKURAN_TEKS = 7.0
_JARAK_BARIS = 1.25  # line height as a multiple of the font size


def _bungkus(teks: str, font: str, ukuran: float, lebar: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is left whole (never cut mid-word)."""
    baris: list[str] = []
    kini = ""
    for kata in teks.split():
        coba = f"{kata}" if not kini else f"{kini} {kata}"
        if kini and stringWidth(coba, font, ukuran) > lebar:
            baris.append(kini)
            kini = kata
        else:
            kini = coba
    if kini:
        baris.append(kini)
    return baris or [""]


def _label_sumbu_x(p: Predikat, font: str, ukuran: float, lebar: float) -> list[str]:
    # "Kurang/Misconduct" has no space: break after the slash when it is too wide.
    teks = p.label
    if stringWidth(teks, font, ukuran) > lebar and "/" in teks:
        kepala, ekor = teks.split("/", 1)
        return [kepala + "/", *_bungkus(ekor, font, ukuran, lebar)]
    return _bungkus(teks, font, ukuran, lebar)


def _langkah(maks: float) -> int:
    """A whole tick step giving at most about six ticks: 1, 2, 5, 10, 20, 50, …"""
    if maks <= 6:
        return 1
    basis: int = 10 ** math.floor(math.log10(maks / 6))
    for kali in (1, 2, 5, 10):
        if maks / (kali * basis) <= 6:
            return kali * basis
    return 10 * basis


def _kurva_halus(titik: Sequence[tuple[float, float]], y_min: float, y_max: float) -> Path:
    """A smooth line through the points (Catmull-Rom as cubic Béziers).

    The control points are kept inside [y_min, y_max]: a Bézier stays within
    the hull of its points, so the line never dips below the x-axis (a 0% next
    to a 65% would overshoot otherwise).
    """
    path = Path(strokeColor=_WARNA_POLA, strokeWidth=1.4, fillColor=None)
    path.moveTo(*titik[0])
    for i in range(len(titik) - 1):
        p0 = titik[i - 1] if i > 0 else titik[i]
        p1, p2 = titik[i], titik[i + 1]
        p3 = titik[i + 2] if i + 2 < len(titik) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        c1 = (c1[0], min(max(c1[1], y_min), y_max))
        c2 = (c2[0], min(max(c2[1], y_min), y_max))
        path.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])
    return path


def _angka(x: float) -> str:
    """Axis and bar labels: whole numbers plain, others with a decimal comma."""
    if abs(x - round(x)) < 1e-9:
        return str(round(x))
    return f"{x:.1f}".replace(".", ",")


def kurva_drawing(
    jumlah: Mapping[Predikat, int] | None,
    capaian: PredikatOrganisasi | None,
    lebar: float,
    tinggi: float,
    *,
    font: str = FONT,
    font_tebal: str = FONT_BOLD,
) -> Drawing:
    """The curve chart, ``lebar`` × ``tinggi`` points.

    ``jumlah``: pegawai rated per predikat (missing = 0), drawn as bars; None
    draws the pattern alone, in percent (the POLA DISTRIBUSI of one pegawai's
    evaluation). ``capaian``: the unit's capaian kinerja organisasi; None
    draws the bars alone under a title saying it is not set. The fonts default
    to the shipped TTFs of pdf_kit (registered here), so they are embedded.
    """
    daftarkan_font()
    # The renderer starts every drawing in Helvetica unless told otherwise, which would
    # put a non-embedded font into the PDF.
    # A chart across a landscape page gets larger type (up to 1.4×), one in a table
    # cell keeps the base size: 7 pt is the smallest that prints legibly.
    skala_huruf: float = max(1.0, min(1.4, lebar / (180 * mm), tinggi / (70 * mm)))
    uj = _UKURAN_JUDUL * skala_huruf
    ut = _UKURAN_TEKS * skala_huruf
    d = Drawing(lebar, tinggi, initialFontName=font, initialFontSize=ut)
    pad = 4.0
    tj = uj * _JARAK_BARIS
    tt = ut * _JARAK_BARIS

    # Title, wrapped to the width, from the top.
    y = tinggi - pad - uj
    judul = _bungkus(judul_kurva_teks(capaian), font_tebal, uj, lebar - 2 * pad)
    if capaian is None:
        judul.append(_TANPA_CAPAIAN)
    for baris in judul:
        d.add(String(lebar / 2, y, baris, fontName=font_tebal, fontSize=uj,
                     textAnchor="middle"))
        y -= tj

    counts = {p: max(0, (jumlah or {}).get(p, 0)) for p in URUTAN_SUMBU_X}
    total = sum(counts.values())
    # Without pegawai rated (none given, or none yet) there is nothing to count:
    # the pattern alone is drawn, in percent, as on one pegawai's evaluation.
    persen_mode = total == 0 and capaian is not None
    ada_batang = jumlah is not None and not persen_mode
    persen_pola = POLA_PERSEN[capaian] if capaian is not None else {}
    pola: dict[Predikat, float] | None = None
    if capaian is not None:
        skala = 1.0 if persen_mode else total / 100
        pola = {p: persen_pola[p] * skala for p in URUTAN_SUMBU_X}

    # Legend under the title, centred.
    items: list[tuple[str, str]] = []
    if jumlah is not None and persen_mode:
        items.append(("", "Belum ada pegawai yang dinilai."))
    if ada_batang or (jumlah is not None and capaian is None):
        items.append(("batang", f"Jumlah pegawai per predikat (dinilai: {total})"))
    if pola is not None and capaian is not None:
        items.append(("garis", f"Pola kurva capaian {capaian.label} (ilustrasi)"))
    y -= 2
    if items:
        # A swatch (bar or line) takes 14 pt before its text; a plain note none.
        lebar_item = [(14 if jenis else 0) + stringWidth(t, font, ut)
                      for jenis, t in items]
        x = max(pad, (lebar - sum(lebar_item) - 12 * (len(items) - 1)) / 2)
        for (jenis, teks), w in zip(items, lebar_item, strict=True):
            if jenis == "batang":
                d.add(Rect(x, y - 1, 9, 6, fillColor=_WARNA_BATANG,
                           strokeColor=_WARNA_GARIS_BATANG, strokeWidth=0.5))
            elif jenis == "garis":
                d.add(Line(x, y + 2, x + 10, y + 2, strokeColor=_WARNA_POLA, strokeWidth=1.4))
                d.add(Circle(x + 5, y + 2, 1.8, fillColor=_WARNA_POLA, strokeColor=None))
            d.add(String(x + (14 if jenis else 0), y, teks, fontName=font,
                         fontSize=ut))
            x += w + 12
        y -= tt
    plot_atas = y - 8

    # Plot area: y tick labels and the rotated axis title on the left, the
    # (possibly two-line) predikat names under the x-axis.
    nilai_maks = max([*counts.values(), *(pola.values() if pola else [])], default=0.0)
    langkah = _langkah(nilai_maks) if not persen_mode else 10
    # Headroom of about a tenth, so the label over the highest bar stays clear of the legend.
    y_maks = max(langkah, math.ceil(nilai_maks * 1.1 / langkah) * langkah)
    if persen_mode:
        y_maks = max(y_maks, 70)
    lebar_tick = max(stringWidth(_angka(v) + ("%" if persen_mode else ""), font, ut)
                     for v in range(0, int(y_maks) + 1, langkah))
    kiri = pad + ut + 4 + lebar_tick + 3
    kanan = lebar - pad
    lebar_kolom = (kanan - kiri) / len(URUTAN_SUMBU_X)
    label_x = [_label_sumbu_x(p, font, ut, lebar_kolom - 2) for p in URUTAN_SUMBU_X]
    bawah = pad + tt * max(len(b) for b in label_x) + 3
    tinggi_plot = plot_atas - bawah
    if tinggi_plot < 20 or lebar_kolom < 12:
        # Too small to read; still a valid drawing (title only) rather than an error.
        return d

    def ke_y(v: float) -> float:
        return bawah + tinggi_plot * v / y_maks

    kosong = not ada_batang and pola is None
    if kosong:
        # Nothing to plot (no counts, no capaian): say why instead of an empty grid.
        for i, baris in enumerate(_bungkus(_BELUM_ADA_POLA, font, ut, kanan - kiri - 8)):
            d.add(String((kiri + kanan) / 2, (bawah + plot_atas) / 2 - i * tt, baris,
                         fontName=font, fontSize=ut, textAnchor="middle",
                         fillColor=colors.grey))
    for v in ([] if kosong else range(0, int(y_maks) + 1, langkah)):
        yy = ke_y(v)
        if v:
            d.add(Line(kiri, yy, kanan, yy, strokeColor=_WARNA_GRID, strokeWidth=0.4))
        d.add(String(kiri - 3, yy - ut / 3, _angka(v) + ("%" if persen_mode else ""),
                     fontName=font, fontSize=ut, textAnchor="end"))
    sumbu_y = Group(String(0, 0, SUMBU_Y + (" (%)" if persen_mode else ""), fontName=font,
                           fontSize=ut, textAnchor="middle"))
    sumbu_y.rotate(90)
    sumbu_y.translate((bawah + plot_atas) / 2, -(pad + ut - 1))
    d.add(sumbu_y)

    tengah = [kiri + lebar_kolom * (i + 0.5) for i in range(len(URUTAN_SUMBU_X))]
    if ada_batang:
        lebar_batang = lebar_kolom * 0.55
        for p, xc in zip(URUTAN_SUMBU_X, tengah, strict=True):
            n = counts[p]
            if n:
                d.add(Rect(xc - lebar_batang / 2, bawah, lebar_batang, ke_y(n) - bawah,
                           fillColor=_WARNA_BATANG, strokeColor=_WARNA_GARIS_BATANG,
                           strokeWidth=0.5))
            # Inside the top of a tall bar (white), above a short one: the pattern's
            # marker sits near the top of the bar and would cover a label above it.
            dalam = ke_y(n) - bawah >= ut * 2.2
            d.add(String(xc, ke_y(n) - ut - 2 if dalam else ke_y(n) + 2, str(n),
                         fontName=font_tebal, fontSize=ut, textAnchor="middle",
                         fillColor=colors.white if dalam else colors.black))
    if pola is not None:
        titik = [(xc, ke_y(pola[p])) for p, xc in zip(URUTAN_SUMBU_X, tengah, strict=True)]
        d.add(_kurva_halus(titik, bawah, ke_y(y_maks)))
        for xx, yy in titik:
            d.add(Circle(xx, yy, 1.8, fillColor=_WARNA_POLA, strokeColor=None))
        if persen_mode:
            for p, (xx, yy) in zip(URUTAN_SUMBU_X, titik, strict=True):
                d.add(String(xx, yy + 4, f"{persen_pola[p]}%", fontName=font,
                             fontSize=ut - 1, fillColor=_WARNA_POLA,
                             textAnchor="middle"))

    # Axes over the bars, then the predikat names, worst on the left (§14).
    d.add(Line(kiri, bawah, kanan, bawah, strokeColor=colors.black, strokeWidth=0.8))
    d.add(Line(kiri, bawah, kiri, plot_atas, strokeColor=colors.black, strokeWidth=0.8))
    for potongan, xc in zip(label_x, tengah, strict=True):
        yy = bawah - 3 - ut
        for teks in potongan:
            d.add(String(xc, yy, teks, fontName=font, fontSize=ut,
                         textAnchor="middle"))
            yy -= tt
    return d
