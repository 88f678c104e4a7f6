"""The unit recap of a period as a PDF: who was rated how, and the distribution against the
kurva (DOMAIN §7.2, §13, §14; issue 5 point 1).

What the unit head brings to the rapat evaluasi: the title block (unit, period, capaian
kinerja organisasi), one row per active pegawai (also those without a ditetapkan SKP, so
the recap shows who is missing), the count and percentage per predikat next to the rule
of the unit's curve, the curve check in words (warnings are only "pertimbangan", never a
refusal), the chart of kurva_pdf and the signature of the unit head. Always landscape:
eight columns do not fit upright.

The input is :class:`DokumenRekap`, field for field the ``services.rekap.RekapUnit`` the
workbook export uses, so the PDF and the xlsx recap never disagree. The distribution
block is shared with the Format Penetapan (documents/penetapan_pdf.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kinerja_desktop.documents.kurva_pdf import ketentuan_pola, kurva_drawing
from kinerja_desktop.documents.pdf_kit import (
    FONT,
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
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating

__all__ = [
    "JUDUL_REKAP",
    "KOLOM_REKAP",
    "KOSONG",
    "BarisRekap",
    "DistribusiBaris",
    "DokumenRekap",
    "blok_distribusi",
    "identitas_dokumen",
    "periode_teks",
    "persen_teks",
    "tulis_rekap_pdf",
]

JUDUL_REKAP = "REKAPITULASI PREDIKAT KINERJA PEGAWAI"
KOLOM_REKAP: tuple[str, ...] = (
    "NO", "NAMA / NIP", "JABATAN", "UNIT", "RATING HASIL KERJA", "RATING PERILAKU KERJA",
    "PREDIKAT KINERJA", "STATUS",
)
# Shares of the text width; NAMA/NIP and JABATAN wrap the most.
_LEBAR_REKAP = (0.04, 0.21, 0.19, 0.15, 0.105, 0.105, 0.10, 0.10)
KOSONG = "–"  # an empty cell, printed so that a blank is visibly "not yet"
_TINGGI_KURVA = 80 * mm


@dataclass(frozen=True, slots=True)
class BarisRekap:
    """One pegawai; the fields of ``services.rekap.RekapBaris`` that are printed."""

    nama: str  # with gelar
    nip_teks: str  # printed form "19850101 201001 1 003"; "" for a non-ASN (no NIP line)
    jabatan: str
    unit_nama: str
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    status: str  # RekapBaris.status: "Dinilai", "Belum diisi", …, "SKP belum ditetapkan"


@dataclass(frozen=True, slots=True)
class DistribusiBaris:
    """Pegawai per predikat (``services.rekap.DistribusiPredikat``)."""

    predikat: Predikat
    jumlah: int
    persen: Decimal  # of the pegawai rated, two places


@dataclass(frozen=True, slots=True)
class DokumenRekap:
    """The recap as printed; ``services.rekap.RekapUnit`` maps onto it field for field."""

    unit_nama: str
    periode: str  # "TRIWULAN I 2026" (RekapUnit.periode_label + tahun)
    mulai: dt.date | None
    selesai: dt.date | None
    baris: tuple[BarisRekap, ...]
    distribusi: tuple[DistribusiBaris, ...]  # every predikat, best first
    dinilai: int
    belum_dinilai: int
    tanpa_skp: int
    predikat_organisasi: PredikatOrganisasi | None  # None: not set for the period
    kurva_teks: tuple[str, ...]  # RekapUnit.kurva_teks
    sub_unit: bool = True  # the rows include the sub-units of the unit
    pimpinan: TandaTangan | None = None  # the unit head, with place and date


def persen_teks(persen: Decimal) -> str:
    """12.5 -> "12,50%": two places, half-up, decimal comma (as the recap workbook)."""
    q = persen.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:f}".replace(".", ",") + "%"


def periode_teks(periode: str, mulai: dt.date | None, selesai: dt.date | None) -> str:
    """``TRIWULAN I 2026 (1 Januari 2026 s.d. 31 Maret 2026)``; the label alone without dates."""
    if mulai is None or selesai is None:
        return periode
    return f"{periode} ({tanggal_indonesia(mulai)} s.d. {tanggal_indonesia(selesai)})"


def identitas_dokumen(pasangan: Sequence[tuple[str, str]], lebar: float) -> Table:
    """The "LABEL : value" lines under a title, without rules."""
    g = gaya()
    label = max(38 * mm, min(70 * mm, lebar * 0.22))
    return Table(
        [[teks(k, g.tebal), teks(":", g.teks), teks(v, g.teks)] for k, v in pasangan],
        colWidths=[label, 4 * mm, lebar - label - 4 * mm],
        hAlign="LEFT",
        style=TableStyle([
            # Every cell sets its font, even around a Paragraph: ReportLab's default is a
            # Helvetica that the PDF would reference without embedding.
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]),
    )


def _sel(nilai: str | None) -> Paragraph:
    return teks(nilai or KOSONG, gaya().sel_tengah)


def _nama_nip(nama: str, nip_teks: str) -> Paragraph:
    isi = f"<b>{markup(nama)}</b>"
    if nip_teks.strip():
        isi += f"<br/>NIP. {markup(nip_teks.strip())}"
    return Paragraph(isi, gaya().sel)


def _tabel_rekap(baris: Sequence[BarisRekap], lebar: float) -> Flowable:
    g = gaya()
    data: list[list[Any]] = [[teks(k, g.kepala) for k in KOLOM_REKAP]]
    for no, b in enumerate(baris, start=1):
        data.append([
            teks(str(no), g.sel_tengah),
            _nama_nip(b.nama, b.nip_teks),
            teks(b.jabatan or KOSONG, g.sel),
            teks(b.unit_nama or KOSONG, g.sel),
            _sel(b.rating_hasil_kerja.label if b.rating_hasil_kerja else None),
            _sel(b.rating_perilaku.label if b.rating_perilaku else None),
            _sel(b.predikat.label if b.predikat else None),
            _sel(b.status),
        ])
    if not baris:
        data.append([teks("Tidak ada pegawai aktif di unit ini.", g.sel_tengah),
                     *[""] * (len(KOLOM_REKAP) - 1)])
    gaya_tambahan: list[tuple[Any, ...]] = []
    if not baris:
        gaya_tambahan.append(("SPAN", (0, 1), (-1, 1)))
    return tabel(data, [lebar * f for f in _LEBAR_REKAP], style=gaya_tambahan)


def blok_distribusi(
    distribusi: Sequence[DistribusiBaris],
    dinilai: int,
    capaian: PredikatOrganisasi | None,
    kurva_teks: Sequence[str],
    lebar: float,
    *,
    judul: str = "DISTRIBUSI PREDIKAT KINERJA PEGAWAI",
    kurva: bool = True,
) -> list[Flowable]:
    """The distribution table (with the curve's rule per predikat when the capaian is set),
    the curve check in words and (``kurva``) the chart."""
    g = gaya()
    kepala = ["NO", "PREDIKAT KINERJA", "JUMLAH PEGAWAI", "PERSENTASE"]
    lebar_kolom = [0.06, 0.30, 0.16, 0.16]
    pola = ketentuan_pola(capaian, dinilai) if capaian is not None else None
    if pola is not None and capaian is not None:
        kepala.append(f"POLA KURVA CAPAIAN KINERJA ORGANISASI {capaian.value}")
        lebar_kolom.append(0.32)
    skala = lebar * (0.9 if pola is not None else 0.6) / sum(lebar_kolom)
    lebar_kolom = [f * skala for f in lebar_kolom]
    data: list[list[Any]] = [[teks(k, g.kepala) for k in kepala]]
    for no, d in enumerate(distribusi, start=1):
        sel = [teks(str(no), g.sel_tengah), teks(d.predikat.label, g.sel),
               teks(str(d.jumlah), g.sel_tengah), teks(persen_teks(d.persen), g.sel_tengah)]
        if pola is not None:
            sel.append(teks(pola[d.predikat], g.sel))
        data.append(sel)
    # The label sits in the first cell: a SPAN shows the content of its top-left cell.
    total = [teks("JUMLAH PEGAWAI DINILAI", g.sel_tebal), "",
             teks(str(dinilai), g.sel_tengah),
             teks(persen_teks(Decimal(100) if dinilai else Decimal(0)), g.sel_tengah)]
    if pola is not None:
        total.append(teks("", g.sel))
    data.append(total)
    t = tabel(data, lebar_kolom, style=[("SPAN", (0, len(data) - 1), (1, len(data) - 1))])
    t.hAlign = "LEFT"

    keterangan: list[Flowable] = []
    for baris in kurva_teks:
        # The warning lines come as "- text" from the service; print them as a list.
        if baris.startswith("- "):
            keterangan.append(Paragraph("•\u00a0" + markup(baris[2:]), _gaya_butir()))
        else:
            keterangan.append(teks(baris, g.teks))
    blok: list[Flowable] = [
        KeepTogether([teks(judul, g.tebal), Spacer(1, 1.5 * mm), t, Spacer(1, 2 * mm),
                      *keterangan]),
    ]
    if kurva:
        jumlah = {d.predikat: d.jumlah for d in distribusi}
        grafik = kurva_drawing(jumlah, capaian, min(lebar, 250 * mm), _TINGGI_KURVA)
        grafik.hAlign = "CENTER"
        blok += [Spacer(1, 4 * mm), grafik]
    return blok


@lru_cache(maxsize=1)
def _gaya_butir() -> ParagraphStyle:
    """A hanging indent, so a wrapped warning lines up under its own first word."""
    return gaya().teks.clone("butir", leftIndent=4 * mm, firstLineIndent=-3 * mm)


def _cerita(dok: DokumenRekap, lebar: float) -> list[Flowable]:
    g = gaya()
    unit = dok.unit_nama + (" (beserta sub-unit)" if dok.sub_unit else "")
    capaian = (dok.predikat_organisasi.value if dok.predikat_organisasi is not None
               else "belum ditetapkan")
    ringkas = (f"Jumlah pegawai: {len(dok.baris)}; sudah dinilai: {dok.dinilai}; "
               f"belum dinilai: {dok.belum_dinilai}; SKP belum ditetapkan: {dok.tanpa_skp}.")
    cerita: list[Flowable] = [
        teks(JUDUL_REKAP, g.judul),
        Spacer(1, 4 * mm),
        identitas_dokumen([
            ("UNIT KERJA", unit),
            ("PERIODE", periode_teks(dok.periode, dok.mulai, dok.selesai)),
            ("CAPAIAN KINERJA ORGANISASI", capaian),
        ], lebar),
        Spacer(1, 3 * mm),
        _tabel_rekap(dok.baris, lebar),
        Spacer(1, 2 * mm),
        teks(ringkas, g.teks),
        Spacer(1, 5 * mm),
        *blok_distribusi(dok.distribusi, dok.dinilai, dok.predikat_organisasi, dok.kurva_teks,
                         lebar),
    ]
    if dok.pimpinan is not None:
        cerita.append(blok_tanda_tangan(None, dok.pimpinan, lebar))
    return cerita


def tulis_rekap_pdf(target: Path | BinaryIO, dok: DokumenRekap, tata: TataHalaman) -> int:
    """Writes the recap (always landscape, on the paper and margins of ``tata``); returns
    the page count."""
    tata = dataclasses.replace(tata, mendatar=True)
    return bangun_pdf(
        target, _cerita(dok, lebar_isi(tata)), tata,
        judul=f"Rekapitulasi Predikat Kinerja Pegawai {dok.unit_nama} {dok.periode}",
        subjek="Rekapitulasi predikat kinerja pegawai dan distribusinya terhadap kurva",
    )
