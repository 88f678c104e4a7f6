"""DOKUMEN EVALUASI KINERJA PEGAWAI as a PDF (DOMAIN §8.4, §14), portrait.

As the regulation's format: the emblem on top, ``DOKUMEN EVALUASI KINERJA PEGAWAI``, the
``PERIODE:`` line with every option printed and the ones not meant struck through
(``TRIWULAN I/II/III/IV-AKHIR``; ``SEMESTER I/II-AKHIR``; ``BULAN MARET``; ``TAHUN 2026``
for the annual evaluation), the instansi and ``PERIODE PENILAIAN:``, then the numbered
blocks

1. PEGAWAI YANG DINILAI, 2. PEJABAT PENILAI KINERJA, 3. ATASAN PEJABAT PENILAI KINERJA
   (each NAMA, NIP, PANGKAT/GOL RUANG, JABATAN, UNIT KERJA; NIP and pangkat stay empty for
   a non-ASN: the caller passes them empty),
4. EVALUASI KINERJA (CAPAIAN KINERJA ORGANISASI, PREDIKAT KINERJA PEGAWAI),
5. CATATAN/REKOMENDASI,

and the two signatures, each with place and date: ``Pegawai yang Dinilai`` and ``Pejabat
Penilai Kinerja``.

The form asks for the Garuda emblem. The app ships no image of the national emblem (its
use is regulated); the caller passes the image to print there (the unit's logo, or an
emblem file the office supplies) or nothing, and the space stays free for a stamp.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kinerja_desktop.documents.evaluasi_pdf import (
    BarisPeriode,
    label_capaian,
    label_predikat,
)
from kinerja_desktop.documents.pdf_kit import (
    FONT_BOLD,
    TANPA_GARIS,
    WARNA_KEPALA,
    Pengesahan,
    TandaTangan,
    TataHalaman,
    bangun_pdf,
    blok_tanda_tangan,
    gambar,
    gaya,
    lebar_isi,
    markup,
    tabel,
    teks,
    tempat_tanggal,
)
from kinerja_desktop.documents.skp_workbook import IDENT_PEGAWAI, IDENT_PENILAI, Orang, periode_text
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi

__all__ = [
    "BLOK",
    "IDENT_ATASAN",
    "JUDUL",
    "LABEL_ORANG",
    "LembarDokumenEvaluasi",
    "tulis_dokumen_evaluasi_pdf",
]

JUDUL = "DOKUMEN EVALUASI KINERJA PEGAWAI"
IDENT_ATASAN = "ATASAN PEJABAT PENILAI KINERJA"
# The format writes "PANGKAT/GOL RUANG" without the dot of the SKP's identity table.
LABEL_ORANG = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")
BLOK = (IDENT_PEGAWAI, IDENT_PENILAI, IDENT_ATASAN, "EVALUASI KINERJA", "CATATAN/REKOMENDASI")
LABEL_CAPAIAN = "CAPAIAN KINERJA ORGANISASI"
LABEL_PREDIKAT = "PREDIKAT KINERJA PEGAWAI"
PERAN_PEGAWAI = "Pegawai yang Dinilai"
PERAN_PENILAI = "Pejabat Penilai Kinerja"
_LAMBANG_MM = 24.0
_RUANG_CATATAN = 22 * mm
_PAD_SEL = 6.0  # left + right padding of a ruled cell (pdf_kit's grid)


@dataclass(frozen=True, slots=True)
class LembarDokumenEvaluasi:
    """Everything one DOKUMEN EVALUASI KINERJA PEGAWAI shows (identity as snapshotted).

    For a non-ASN pass ``nip`` and ``pangkat_gol`` of that Orang empty: the form prints
    them empty and the signature has no NIP line."""

    periode: BarisPeriode
    periode_mulai: dt.date
    periode_selesai: dt.date
    instansi: str
    pegawai: Orang
    penilai: Orang | None
    atasan_penilai: Orang | None = None
    capaian_organisasi: PredikatOrganisasi | None = None
    predikat: Predikat | None = None
    catatan: str = ""  # catatan/rekomendasi of the penilai
    tempat: str = ""
    tanggal: dt.date | None = None  # the same place and date under both signatures
    lambang: bytes | None = None  # image printed where the form has the emblem (PNG/JPEG)
    spesimen_pegawai: bytes | None = None
    spesimen_penilai: bytes | None = None




@lru_cache(maxsize=1)
def _kanan_tebal() -> ParagraphStyle:
    return ParagraphStyle("kanan_tebal", parent=gaya().kanan, fontName=FONT_BOLD)


def _kepala(data: LembarDokumenEvaluasi, lebar: float) -> list[Flowable]:
    g = gaya()
    out: list[Flowable] = []
    if data.lambang is not None:
        img = gambar(data.lambang, "Gambar lambang", _LAMBANG_MM * mm, _LAMBANG_MM * mm)
        img.hAlign = "CENTER"
        out.append(img)
    else:
        out.append(Spacer(1, _LAMBANG_MM * mm))
    out += [
        Spacer(1, 2 * mm),
        teks(JUDUL, g.judul),
        Paragraph(f"PERIODE: {data.periode.markup()}", g.subjudul),
        Spacer(1, 5 * mm),
        Table([[teks(data.instansi.upper(), g.tebal),
                teks(periode_text(data.periode_mulai, data.periode_selesai), _kanan_tebal())]],
              colWidths=[lebar * 0.45, lebar * 0.55], style=list(TANPA_GARIS)),
        Spacer(1, 2 * mm),
    ]
    return out


def _catatan(catatan: str, lebar: float, tinggi_maks: float) -> list[Paragraph]:
    """The catatan in pieces no taller than ``tinggi_maks``, one per table row, so that a
    long catatan continues on the next page between rows (ReportLab cuts a tall row
    inside badly when it does not start a page); a short one gets room below to write
    by hand."""
    g = gaya()
    isi = markup(catatan.strip())
    p = Paragraph(isi, g.sel)
    _w, tinggi = p.wrap(lebar - _PAD_SEL, 10**6)
    if tinggi < _RUANG_CATATAN:
        kosong = math.ceil((_RUANG_CATATAN - tinggi) / g.sel.leading)
        return [Paragraph(isi + "<br/>\u00a0" * kosong, g.sel)]
    potongan: list[Paragraph] = []
    while True:
        _w, tinggi = p.wrap(lebar - _PAD_SEL, 10**6)
        bagian = p.split(lebar - _PAD_SEL, tinggi_maks) if tinggi > tinggi_maks else []
        if len(bagian) != 2:
            potongan.append(p)
            return potongan
        potongan.append(bagian[0])
        p = bagian[1]


def _isi(data: LembarDokumenEvaluasi, lebar: float, tinggi_maks: float) -> Table:
    g = gaya()
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = []

    def blok(no: int, judul: str, isi: list[tuple[str, str]]) -> None:
        first = len(rows)
        rows.append([teks(str(no), g.sel_tengah), teks(judul, g.sel_tebal), ""])
        style.extend([("SPAN", (1, first), (2, first)),
                      ("BACKGROUND", (1, first), (2, first), WARNA_KEPALA)])
        for label, nilai in isi:
            rows.append(["", teks(label, g.sel), teks(nilai, g.sel)])
        style.append(("SPAN", (0, first), (0, len(rows) - 1)))

    for no, (judul, orang) in enumerate(
            ((IDENT_PEGAWAI, data.pegawai), (IDENT_PENILAI, data.penilai),
             (IDENT_ATASAN, data.atasan_penilai)), start=1):
        o = orang or Orang("", "")
        blok(no, judul, list(zip(LABEL_ORANG, (o.nama, o.nip, o.pangkat_gol, o.jabatan,
                                               o.unit_kerja), strict=True)))
    blok(4, BLOK[3], [(LABEL_CAPAIAN, label_capaian(data.capaian_organisasi)),
                      (LABEL_PREDIKAT, label_predikat(data.predikat))])
    # The two results are what the document is for: in bold.
    rows[-2][2] = teks(label_capaian(data.capaian_organisasi), g.sel_tebal)
    rows[-1][2] = teks(label_predikat(data.predikat), g.sel_tebal)
    first = len(rows)
    rows.append([teks("5", g.sel_tengah), teks(BLOK[4], g.sel_tebal), ""])
    style.extend([("SPAN", (1, first), (2, first)),
                  ("BACKGROUND", (1, first), (2, first), WARNA_KEPALA)])
    widths = [lebar * 0.06, lebar * 0.34, lebar * 0.60]
    for i, bagian in enumerate(_catatan(data.catatan, widths[1] + widths[2], tinggi_maks)):
        r = len(rows)
        rows.append(["", bagian, ""])
        style.append(("SPAN", (1, r), (2, r)))
        if i:  # pieces of one text: no rule between them
            style.append(("LINEABOVE", (1, r), (2, r), 0.5, colors.white))
    # The NO cell is not spanned down: spanned rows cannot be cut between them.
    style.append(("LINEBELOW", (0, first), (0, len(rows) - 2), 0.5, colors.white))
    t = tabel(rows, widths, header_rows=0, style=style)
    # Every row is at most a quarter page (the catatan comes in pieces): cut between rows
    # only, ReportLab's cut inside a row that does not start the page misplaces text.
    t.splitInRow = 0
    return t


def _tinggi_potongan(tata: TataHalaman) -> float:
    """A quarter of the text frame: pieces of a long text that fill pages well."""
    _w, h = tata.ukuran()
    return float(h - (tata.margin_mm[0] + tata.margin_mm[2]) * mm) / 4


def _cerita(data: LembarDokumenEvaluasi, tata: TataHalaman) -> list[Flowable]:
    lebar = lebar_isi(tata)
    tt = tempat_tanggal(data.tempat, data.tanggal)
    p = data.pegawai
    q = data.penilai or Orang("", "")
    return [
        *_kepala(data, lebar),
        _isi(data, lebar, _tinggi_potongan(tata)),
        blok_tanda_tangan(
            TandaTangan(PERAN_PEGAWAI, p.nama, p.nip, tt, data.spesimen_pegawai),
            TandaTangan(PERAN_PENILAI, q.nama, q.nip, tt, data.spesimen_penilai),
            lebar),
    ]


def tulis_dokumen_evaluasi_pdf(target: Path | BinaryIO, data: LembarDokumenEvaluasi,
                               tata: TataHalaman, pengesahan: Pengesahan | None, *,
                               draf: bool = False) -> int:
    """Writes the DOKUMEN EVALUASI KINERJA PEGAWAI (always portrait); returns the page
    count. ``draf=True`` (without pengesahan) marks a preview of an evaluation that is not
    final yet; without a Pejabat Penilai Kinerja only such a draft can be printed."""
    if data.penilai is None and not draf:
        nip = f" (NIP {data.pegawai.nip})" if data.pegawai.nip.strip() else ""
        raise ValidationError(
            f"Dokumen evaluasi kinerja {data.pegawai.nama}{nip} belum dapat dicetak: pegawai "
            "ini belum memiliki Pejabat Penilai Kinerja. Tetapkan penilainya pada data "
            "pegawai atau SKP, lalu cetak ulang.")
    tata = dataclasses.replace(tata, mendatar=False)
    judul = f"Dokumen Evaluasi Kinerja Pegawai - {data.pegawai.nama} - {data.periode.teks}"
    return bangun_pdf(target, _cerita(data, tata), tata, judul=judul, pengesahan=pengesahan,
                      draf=draf, subjek=f"{JUDUL} {data.periode.teks} "
                                        f"{data.periode_selesai.year}")
