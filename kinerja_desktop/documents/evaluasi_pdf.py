"""EVALUASI KINERJA PEGAWAI as a PDF (DOMAIN §8.3, §14), landscape.

The layout of the e-Kinerja print, word for word:

- title lines ``EVALUASI KINERJA PEGAWAI`` / ``PENDEKATAN HASIL KERJA KUANTITATIF`` (or
  ``KUALITATIF``) / ``BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL`` (or the JPT line)
  / ``PERIODE: TRIWULAN I/II/III/IV-AKHIR`` with every option printed and the ones not
  meant struck through (``SEMESTER I/II-AKHIR`` likewise; ``BULAN MARET`` or
  ``TAHUN 2026`` plain);
- the instansi and ``PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026``, the identity
  table of the SKP, ``CAPAIAN KINERJA ORGANISASI*`` with its value and ``POLA DISTRIBUSI:``
  with the curve of that capaian (documents/kurva_pdf.py);
- the table ``NO | RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI | RENCANA HASIL KERJA |
  ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET | REALISASI BERDASARKAN BUKTI DUKUNG |
  UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG`` (JPT: ``NO | RENCANA HASIL KERJA |
  INDIKATOR KINERJA INDIVIDU | TARGET | PERSPEKTIF | REALISASI … | UMPAN BALIK …``), section
  rows ``A. UTAMA`` / ``B. TAMBAHAN`` (B left out when empty), each RHK's cells spanning its
  IKI rows, then ``RATING HASIL KERJA*``;
- ``PERILAKU KERJA`` rows 1–7 (core value and panduan, ekspektasi khusus pimpinan, umpan
  balik), ``RATING PERILAKU KERJA*`` and ``PREDIKAT KINERJA PEGAWAI*``;
- the signature of the Pejabat Penilai Kinerja with place and date;
- on request a last page ``REKAMAN INFORMASI UMPAN BALIK BERKELANJUTAN``.

The texts shared with the SKP (identity labels, column headers, section names) come from
:mod:`skp_workbook`, so the Excel look-alike and the PDF say the same thing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kinerja_desktop.documents.kurva_pdf import kurva_drawing
from kinerja_desktop.documents.pdf_kit import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    TANPA_GARIS,
    WARNA_KEPALA,
    Pengesahan,
    TandaTangan,
    TataHalaman,
    bangun_pdf,
    blok_tanda_tangan,
    gaya,
    lebar_isi,
    markup,
    tabel,
    tanggal_indonesia,
    teks,
    tempat_tanggal,
)
from kinerja_desktop.documents.skp_workbook import (
    BAGI,
    EKSPEKTASI_LABEL,
    HASIL_KERJA,
    HEADER_ATASAN,
    HEADER_PIMPINAN,
    IDENT_LABELS,
    IDENT_PEGAWAI,
    IDENT_PENILAI,
    PENDEKATAN_PREFIX,
    PERILAKU_KERJA,
    SECTION,
    SECTION_KINERJA,
    Orang,
    periode_text,
)
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.periode import BULAN, Periode, SkemaPeriode
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.skp import Aspek, FormFamily, JenisRHK, Pendekatan, Perspektif

__all__ = [
    "CAPAIAN_ORGANISASI",
    "JUDUL",
    "JUDUL_REKAMAN",
    "KOLOM_REALISASI",
    "KOLOM_UMPAN_BALIK",
    "POLA_DISTRIBUSI",
    "PREDIKAT_PEGAWAI",
    "RATING_HASIL_KERJA",
    "RATING_PERILAKU",
    "BarisPeriode",
    "IkiEvaluasi",
    "LembarEvaluasi",
    "RekamanUmpanBalik",
    "RhkEvaluasi",
    "baris_periode",
    "label_capaian",
    "label_predikat",
    "label_rating",
    "tulis_evaluasi_pdf",
]

JUDUL = "EVALUASI KINERJA PEGAWAI"
JUDUL_REKAMAN = "REKAMAN INFORMASI UMPAN BALIK BERKELANJUTAN"
KOLOM_REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
KOLOM_UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
CAPAIAN_ORGANISASI = "CAPAIAN KINERJA ORGANISASI*"
POLA_DISTRIBUSI = "POLA DISTRIBUSI:"
RATING_HASIL_KERJA = "RATING HASIL KERJA*"
RATING_PERILAKU = "RATING PERILAKU KERJA*"
PREDIKAT_PEGAWAI = "PREDIKAT KINERJA PEGAWAI*"
UKURAN_KEBERHASILAN = "Ukuran keberhasilan/ Indikator Kinerja Individu, dan Target"
UKURAN_KEBERHASILAN_JPT = "Ukuran keberhasilan/ Indikator Kinerja Individu, Target, dan Perspektif"
PENILAI_TTD = "Pejabat Penilai Kinerja"
_ROMAWI = ("I", "II", "III", "IV")


# ---------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True, slots=True)
class BarisPeriode:
    """The ``PERIODE:`` line of the evaluation forms.

    Every option is printed and the ones not meant are struck through, as on the paper
    form: ``TRIWULAN I/II/III/IV-AKHIR`` with ``aktif=1`` strikes I, III and IV-AKHIR. One
    option prints plain (``BULAN MARET``, ``TAHUN 2026``); ``aktif=None`` strikes nothing
    (a blank form)."""

    awalan: str  # "TRIWULAN", "SEMESTER", "BULAN", "TAHUN"
    pilihan: tuple[str, ...]  # ("I", "II", "III", "IV-AKHIR")
    aktif: int | None = 0  # index into pilihan of the period meant

    def __post_init__(self) -> None:
        if not self.pilihan:
            raise ValueError("BarisPeriode tanpa pilihan")
        if self.aktif is not None and not 0 <= self.aktif < len(self.pilihan):
            raise ValueError(f"aktif {self.aktif} di luar pilihan {self.pilihan}")

    @property
    def teks(self) -> str:
        """As plain text, without the strike: ``TRIWULAN I/II/III/IV-AKHIR``."""
        return f"{self.awalan} {'/'.join(self.pilihan)}".strip()

    def markup(self) -> str:
        """Paragraph markup with ``<strike>`` around the options not meant."""
        bagian = [
            markup(p) if self.aktif is None or i == self.aktif or len(self.pilihan) == 1
            else f"<strike>{markup(p)}</strike>"
            for i, p in enumerate(self.pilihan)
        ]
        return f"{markup(self.awalan)} {'/'.join(bagian)}".strip()


def baris_periode(periode: Periode) -> BarisPeriode:
    """The period line for one evaluation period of the scheme (DOMAIN §14)."""
    if periode.skema is None:
        return BarisPeriode("TAHUN", (str(periode.tahun),))
    if periode.skema is SkemaPeriode.BULANAN:
        return BarisPeriode("BULAN", (BULAN[periode.ke - 1].upper(),))
    if periode.skema is SkemaPeriode.SEMESTERAN:
        return BarisPeriode("SEMESTER", ("I", "II-AKHIR"), periode.ke - 1)
    return BarisPeriode("TRIWULAN", (*_ROMAWI[:3], f"{_ROMAWI[3]}-AKHIR"), periode.ke - 1)


@dataclass(frozen=True, slots=True)
class IkiEvaluasi:
    """One IKI row: the plan and what was achieved in the period."""

    uraian: str
    aspek: Aspek | None = None
    target: str = ""  # as printed: "12 laporan" (Iki.target_label()) or the kualitatif text
    realisasi: str = ""  # as printed: "3 laporan" and/or the realisasi text
    bukti: tuple[str, ...] = ()  # names of the bukti dukung (files or links), printed small
    perspektif: Perspektif | None = None  # JPT only


@dataclass(frozen=True, slots=True)
class RhkEvaluasi:
    """One RHK with its IKI rows and the penilai's feedback on it."""

    uraian: str
    jenis: JenisRHK = JenisRHK.UTAMA
    intervensi: str = ""  # column (2): the leader's RHK (or unit goal) it intervenes
    iki: tuple[IkiEvaluasi, ...] = ()
    umpan_balik: tuple[str, ...] = ()  # each feedback text given on this RHK, oldest first


@dataclass(frozen=True, slots=True)
class RekamanUmpanBalik:
    """One line of the REKAMAN INFORMASI UMPAN BALIK BERKELANJUTAN page."""

    tanggal: dt.date
    sasaran: str  # the RHK's uraian or the core value's name
    umpan_balik: str
    oleh: str  # who gave it, as printed (name)


@dataclass(frozen=True, slots=True)
class LembarEvaluasi:
    """Everything one EVALUASI KINERJA PEGAWAI shows (identity as snapshotted)."""

    periode: BarisPeriode
    periode_mulai: dt.date
    periode_selesai: dt.date
    instansi: str
    pegawai: Orang
    penilai: Orang | None
    rhk: tuple[RhkEvaluasi, ...] = ()  # utama first, then tambahan, in SKP order
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF
    form_family: FormFamily = FormFamily.JA_JF
    # Per core value number 1–7 (DOMAIN §5.4): IsiSKP.ekspektasi and the feedback texts.
    ekspektasi: Mapping[int, str] = field(default_factory=dict)
    umpan_balik_perilaku: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    capaian_organisasi: PredikatOrganisasi | None = None
    rating_hasil_kerja: Rating | None = None
    rating_perilaku: Rating | None = None
    predikat: Predikat | None = None
    tempat: str = ""
    tanggal: dt.date | None = None
    spesimen_penilai: bytes | None = None  # signature specimen image (PNG/JPEG)
    # None: no REKAMAN page; a tuple (even empty) adds it as the last page.
    rekaman: tuple[RekamanUmpanBalik, ...] | None = None
    kolom_atasan: bool = False  # column (2) says ATASAN (e-Kinerja print) instead of PIMPINAN
    bagian_kinerja: bool = False  # sections "A. KINERJA UTAMA" instead of "A. UTAMA"


# ---------------------------------------------------------------------------
# Printed values


def label_rating(rating: Rating | None) -> str:
    """``DI ATAS EKSPEKTASI``; empty when not rated yet."""
    return rating.value if rating is not None else ""


def label_predikat(predikat: Predikat | None) -> str:
    """``SANGAT BAIK`` … ``KURANG/MISCONDUCT`` (the form's label, not SIASN's code)."""
    return predikat.label.upper() if predikat is not None else ""


def label_capaian(capaian: PredikatOrganisasi | None) -> str:
    """``ISTIMEWA`` … ``SANGAT KURANG``; empty when not set."""
    return capaian.value if capaian is not None else ""


def _daftar(items: Sequence[str]) -> str:
    """Several feedback texts as a dash list; one stays plain."""
    texts = [t.strip() for t in items if t.strip()]
    if len(texts) == 1:
        return texts[0]
    return "\n".join(f"- {t}" for t in texts)


# ---------------------------------------------------------------------------
# Layout

# Share of the frame width per column (they add up to 1).
_LEBAR_JA = (0.035, 0.14, 0.14, 0.07, 0.15, 0.085, 0.17, 0.21)
_LEBAR_JPT = (0.035, 0.19, 0.19, 0.09, 0.085, 0.19, 0.22)
_LEBAR_IDENT = (0.035, 0.13, 0.335, 0.035, 0.13, 0.335)
_PAD_SEL = 6.0  # left + right padding of a ruled cell (pdf_kit's grid)


def _judul(data: LembarEvaluasi, lebar: float) -> list[Flowable]:
    g = gaya()
    out: list[Flowable] = [
        teks(JUDUL, g.judul),
        teks(f"{PENDEKATAN_PREFIX} {data.pendekatan.value}", g.subjudul),
        teks(BAGI[data.form_family], g.subjudul),
        Paragraph(f"PERIODE: {data.periode.markup()}", g.subjudul),
        Spacer(1, 3 * mm),
    ]
    kepala = Table(
        [[teks(data.instansi.upper(), g.tebal),
          teks(periode_text(data.periode_mulai, data.periode_selesai), _kanan_tebal())]],
        colWidths=[lebar * 0.5, lebar * 0.5], style=list(TANPA_GARIS))
    return [*out, kepala, Spacer(1, 2 * mm)]


@lru_cache(maxsize=1)
def _kanan_tebal() -> ParagraphStyle:
    return ParagraphStyle("kanan_tebal", parent=gaya().kanan, fontName=FONT_BOLD)


@lru_cache(maxsize=1)
def _miring() -> ParagraphStyle:
    return ParagraphStyle("sel_miring", parent=gaya().sel, fontName=FONT_ITALIC)


@lru_cache(maxsize=1)
def _nilai_besar() -> ParagraphStyle:
    return ParagraphStyle("nilai_besar", parent=gaya().tengah, fontName=FONT_BOLD,
                          fontSize=11, leading=14)


def _identitas(pegawai: Orang, penilai: Orang | None, lebar: float) -> Table:
    """``NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA`` with NAMA … UNIT KERJA."""
    g = gaya()
    q = penilai or Orang("", "")
    rows: list[list[Any]] = [[
        teks("NO", g.kepala), teks(IDENT_PEGAWAI, g.kepala), "",
        teks("NO", g.kepala), teks(IDENT_PENILAI, g.kepala), "",
    ]]
    kiri = (pegawai.nama, pegawai.nip, pegawai.pangkat_gol, pegawai.jabatan, pegawai.unit_kerja)
    kanan = (q.nama, q.nip, q.pangkat_gol, q.jabatan, q.unit_kerja)
    for no, (label, a, b) in enumerate(zip(IDENT_LABELS, kiri, kanan, strict=True), start=1):
        rows.append([teks(str(no), g.sel_tengah), teks(label, g.sel), teks(a, g.sel),
                     teks(str(no), g.sel_tengah), teks(label, g.sel), teks(b, g.sel)])
    return tabel(rows, [lebar * f for f in _LEBAR_IDENT], header_rows=1,
                 style=[("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0))])


def _capaian(data: LembarEvaluasi, lebar: float) -> Flowable:
    g = gaya()
    kiri = lebar * 0.45
    kanan = lebar - kiri
    kurva = kurva_drawing(None, data.capaian_organisasi, min(kanan - _PAD_SEL, 125 * mm),
                          42 * mm, font=FONT, font_tebal=FONT_BOLD)
    kurva.hAlign = "CENTER"
    rows = [
        [teks(CAPAIAN_ORGANISASI, g.kepala), teks(POLA_DISTRIBUSI, g.kepala)],
        [teks(label_capaian(data.capaian_organisasi) or "-", _nilai_besar()), kurva],
    ]
    return tabel(rows, [kiri, kanan], header_rows=1,
                 style=[("VALIGN", (0, 1), (0, 1), "MIDDLE")])


def _realisasi_sel(iki: IkiEvaluasi) -> Paragraph:
    g = gaya()
    isi = markup(iki.realisasi.strip())
    bukti = [b.strip() for b in iki.bukti if b.strip()]
    if bukti:
        daftar = markup("; ".join(bukti))
        isi += ("<br/>" if isi else "") + (
            f'<font size="7"><i>Bukti dukung: {daftar}</i></font>')
    return Paragraph(isi, g.sel)


def _tinggi(p: Flowable, lebar: float) -> float:
    _w, h = p.wrap(lebar - _PAD_SEL, 10**6)
    return float(h)


class _Baris:
    """Rows of one ruled table and the style commands that go with them."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.style: list[tuple[Any, ...]] = []

    def add(self, row: list[Any]) -> int:
        self.rows.append(row)
        return len(self.rows) - 1


def _hasil_kerja(data: LembarEvaluasi, lebar: float, tinggi_frame: float) -> Table:
    g = gaya()
    jpt = data.form_family is FormFamily.JPT
    widths = [lebar * f for f in (_LEBAR_JPT if jpt else _LEBAR_JA)]
    n = len(widths)
    if jpt:
        heads = ["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                 "PERSPEKTIF", KOLOM_REALISASI, KOLOM_UMPAN_BALIK]
    else:
        heads = ["NO", HEADER_ATASAN if data.kolom_atasan else HEADER_PIMPINAN,
                 "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                 KOLOM_REALISASI, KOLOM_UMPAN_BALIK]
    t = _Baris()
    t.add([teks(HASIL_KERJA, g.sel_tebal)] + [""] * (n - 1))
    t.style.append(("SPAN", (0, 0), (-1, 0)))
    t.add([teks(h, g.kepala) for h in heads])
    t.add([teks(f"({i})", g.kepala) for i in range(1, n + 1)])
    sections = SECTION_KINERJA if data.bagian_kinerja else SECTION
    # Cells spanning an RHK's rows cannot be cut by a page break; one taller than this
    # share of the page is written into the RHK's first row instead, which can.
    batas = tinggi_frame * 0.55
    kualitatif = data.pendekatan is Pendekatan.KUALITATIF
    for jenis in JenisRHK:
        items = [r for r in data.rhk if r.jenis is jenis]
        if not items and jenis is JenisRHK.TAMBAHAN:
            continue  # B omitted when empty, as e-Kinerja prints it (§14)
        r = t.add([teks(sections[jenis], g.sel_tebal)] + [""] * (n - 1))
        t.style.append(("SPAN", (0, r), (-1, r)))
        if not items:
            t.add([""] * n)
            continue
        for no, rhk in enumerate(items, start=1):
            dibagi = _rhk_rows(t, no, rhk, widths, jpt, kualitatif, batas)
            if no == 1 and not dibagi:
                # The section title never stays alone at the foot of a page.
                t.style.append(("NOSPLIT", (0, r), (-1, r + 1)))
    r = t.add([teks(RATING_HASIL_KERJA, g.sel_tebal)] + [""] * (n - 3)
              + [teks(label_rating(data.rating_hasil_kerja), g.sel_tebal), ""])
    t.style += [("NOSPLIT", (0, r - 1), (-1, r)), ("SPAN", (0, r), (n - 3, r)),
                ("SPAN", (n - 2, r), (n - 1, r)), ("BACKGROUND", (0, r), (n - 3, r), WARNA_KEPALA)]
    return tabel(t.rows, widths, header_rows=3, style=t.style)


def _rhk_rows(t: _Baris, no: int, rhk: RhkEvaluasi, widths: list[float], jpt: bool,
              kualitatif: bool, batas: float) -> bool:
    """Adds the rows of one RHK; True when its texts are too tall to span its rows."""
    g = gaya()
    n = len(widths)
    # Columns holding the RHK (spanning its rows) and the IKI columns.
    rhk_cols = [0, 1, 6] if jpt else [0, 1, 2, 7]
    iki_cols = [2, 3, 4, 5] if jpt else [3, 4, 5, 6]
    first = len(t.rows)
    rhk_cells: dict[int, Flowable] = {0: teks(str(no), g.sel_tengah)}
    if jpt:
        rhk_cells[1] = teks(rhk.uraian, g.sel)
    else:
        rhk_cells[1] = teks(rhk.intervensi, g.sel)
        rhk_cells[2] = teks(rhk.uraian, g.sel)
    rhk_cells[rhk_cols[-1]] = teks(_daftar(rhk.umpan_balik), g.sel)
    ikis: list[IkiEvaluasi | None] = list(rhk.iki) or [None]
    lines: list[list[Any]] = []
    span_iki: list[int] = []  # row offsets of a "Ukuran keberhasilan" row
    if kualitatif and rhk.iki:
        label = UKURAN_KEBERHASILAN_JPT if jpt else UKURAN_KEBERHASILAN
        lines.append([""] * n)
        lines[-1][iki_cols[0]] = teks(label, _miring())
        span_iki.append(0)
    for iki in ikis:
        row: list[Any] = [""] * n
        if iki is not None:
            if jpt:
                row[2] = teks(iki.uraian, g.sel)
                row[3] = teks(iki.target, g.sel_tengah)
                row[4] = teks(iki.perspektif.label if iki.perspektif else "", g.sel_tengah)
                row[5] = _realisasi_sel(iki)
            else:
                row[3] = teks(iki.aspek.label if iki.aspek else "", g.sel_tengah)
                row[4] = teks(iki.uraian, g.sel)
                row[5] = teks(iki.target, g.sel_tengah)
                row[6] = _realisasi_sel(iki)
        lines.append(row)
    for c, cell in rhk_cells.items():
        lines[0][c] = cell
    last = first + len(lines) - 1
    for off in span_iki:
        t.style.append(("SPAN", (iki_cols[0], first + off), (iki_cols[-1], first + off)))
    for line in lines:
        t.add(line)
    tall = any(_tinggi(cell, widths[c]) > batas for c, cell in rhk_cells.items())
    if last == first or tall:
        # Too tall to keep whole on one page: no span, the texts stay in the first row,
        # which a page break may cut (splitInRow); the IKI rows follow below it.
        return tall
    for c in rhk_cols:
        t.style.append(("SPAN", (c, first), (c, last)))
    return False


def _perilaku(data: LembarEvaluasi, lebar: float) -> Table:
    g = gaya()
    jpt = data.form_family is FormFamily.JPT
    fr = _LEBAR_JPT if jpt else _LEBAR_JA
    # The same column lines as the hasil kerja table above: NO, the plan columns, the
    # ekspektasi over the last two of them and the realisasi, the umpan balik; the rating
    # rows then split where the rating hasil kerja row does.
    n = len(fr)
    widths = [lebar * f for f in (fr[0], sum(fr[1:n - 3]), fr[n - 3], fr[n - 2], fr[n - 1])]
    t = _Baris()
    t.add([teks("NO", g.kepala), teks(PERILAKU_KERJA, g.kepala),
           teks("EKSPEKTASI KHUSUS PIMPINAN", g.kepala), "", teks(KOLOM_UMPAN_BALIK, g.kepala)])
    t.style.append(("SPAN", (2, 0), (3, 0)))
    for cv in CORE_VALUES:
        panduan = f"<b>{markup(cv.nama)}</b>" + "".join(
            f"<br/>- {markup(p)}" for p in cv.panduan)
        ekspektasi = data.ekspektasi.get(cv.no, "").strip()
        r = t.add([
            teks(str(cv.no), g.sel_tengah),
            Paragraph(panduan, g.sel),
            Paragraph(f"{markup(EKSPEKTASI_LABEL)}<br/>{markup(ekspektasi)}".removesuffix(
                "<br/>"), g.sel),
            "",
            teks(_daftar(data.umpan_balik_perilaku.get(cv.no, ())), g.sel),
        ])
        t.style.append(("SPAN", (2, r), (3, r)))
    for label, nilai in ((RATING_PERILAKU, label_rating(data.rating_perilaku)),
                         (PREDIKAT_PEGAWAI, label_predikat(data.predikat))):
        r = t.add([teks(label, g.sel_tebal), "", "", teks(nilai, g.sel_tebal), ""])
        t.style += [("SPAN", (0, r), (2, r)), ("SPAN", (3, r), (4, r)),
                    ("BACKGROUND", (0, r), (2, r), WARNA_KEPALA)]
    return tabel(t.rows, widths, header_rows=1, style=t.style)


def _rekaman(data: LembarEvaluasi, rekaman: Sequence[RekamanUmpanBalik],
             lebar: float) -> list[Flowable]:
    g = gaya()
    p = data.pegawai
    kepala = f"{p.nama}" + (f" (NIP {p.nip})" if p.nip.strip() else "")
    out: list[Flowable] = [
        PageBreak(),
        teks(JUDUL_REKAMAN, g.judul),
        Paragraph(f"PERIODE: {data.periode.markup()}", g.subjudul),
        Spacer(1, 3 * mm),
        teks(f"{IDENT_PEGAWAI}: {kepala}", g.tebal),
        teks(periode_text(data.periode_mulai, data.periode_selesai), g.teks),
        Spacer(1, 2 * mm),
    ]
    widths = [lebar * f for f in (0.04, 0.12, 0.28, 0.40, 0.16)]
    rows: list[list[Any]] = [[teks(h, g.kepala) for h in (
        "NO", "TANGGAL", "SASARAN", "UMPAN BALIK", "OLEH")]]
    for no, r in enumerate(sorted(rekaman, key=lambda x: x.tanggal), start=1):
        rows.append([teks(str(no), g.sel_tengah), teks(tanggal_indonesia(r.tanggal), g.sel),
                     teks(r.sasaran, g.sel), teks(r.umpan_balik, g.sel), teks(r.oleh, g.sel)])
    style: list[tuple[Any, ...]] = []
    if not rekaman:
        rows.append([teks("Belum ada umpan balik yang direkam pada periode ini.", g.sel),
                     "", "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    out.append(tabel(rows, widths, header_rows=1, style=style))
    return out


def _cerita(data: LembarEvaluasi, tata: TataHalaman, tinggi_frame: float) -> list[Flowable]:
    lebar = lebar_isi(tata)
    penilai = data.penilai or Orang("", "")
    ttd = TandaTangan(PENILAI_TTD, penilai.nama, penilai.nip,
                      tempat_tanggal(data.tempat, data.tanggal), data.spesimen_penilai)
    cerita: list[Flowable] = [
        *_judul(data, lebar),
        _identitas(data.pegawai, data.penilai, lebar),
        Spacer(1, 3 * mm),
        KeepTogether([_capaian(data, lebar)]),
        Spacer(1, 3 * mm),
        _hasil_kerja(data, lebar, tinggi_frame),
        Spacer(1, 3 * mm),
        _perilaku(data, lebar),
        blok_tanda_tangan(None, ttd, lebar),
    ]
    if data.rekaman is not None:
        cerita += _rekaman(data, data.rekaman, lebar)
    return cerita


def tulis_evaluasi_pdf(target: Path | BinaryIO, data: LembarEvaluasi, tata: TataHalaman,
                       pengesahan: Pengesahan | None, *, draf: bool = False) -> int:
    """Writes the EVALUASI KINERJA PEGAWAI (always landscape); returns the page count.

    ``pengesahan`` carries the verification code of a final evaluation; a preview before
    the evaluation is final passes ``draf=True`` (and no pengesahan) for the DRAF mark.
    Without a Pejabat Penilai Kinerja only a draft can be printed."""
    if data.penilai is None and not draf:
        nip = f" (NIP {data.pegawai.nip})" if data.pegawai.nip.strip() else ""
        raise ValidationError(
            f"Evaluasi kinerja {data.pegawai.nama}{nip} belum dapat dicetak: pegawai ini "
            "belum memiliki Pejabat Penilai Kinerja. Tetapkan penilainya pada data pegawai "
            "atau SKP, lalu cetak ulang.")
    tata = dataclasses.replace(tata, mendatar=True)
    _w, h = tata.ukuran()
    tinggi_frame = h - (tata.margin_mm[0] + tata.margin_mm[2]) * mm - 25 * mm
    judul = f"Evaluasi Kinerja Pegawai - {data.pegawai.nama} - {data.periode.teks}"
    return bangun_pdf(target, _cerita(data, tata, tinggi_frame), tata, judul=judul,
                      pengesahan=pengesahan, draf=draf,
                      subjek=f"{JUDUL} {data.periode.teks} {data.periode_selesai.year}")
