"""FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI: the signed record of the decisions (DOMAIN §7.2
stage 3, §14; issue 5 point 1).

SE MenPANRB 3/2023: the leader above sets the capaian kinerja organisasi, which fixes the
distribution pattern "sebagai pertimbangan"; the penilai then set each predikat, and both
are recorded in a Format Penetapan signed by the authorised leader. So the form shows, per
pegawai, the two ratings, the predikat the matrix gives, the predikat set and the written
reason where they differ (the reason kept by domain/evaluasi.tetapkan_predikat), then the
distribution against the curve, "Ditetapkan di … pada tanggal …" and the signatures.

The matrix column is computed here from the two ratings (domain/predikat.py): it is what
the matrix gives by definition, so a stored copy could only disagree with it. Landscape
always: nine columns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kinerja_desktop.documents.pdf_kit import (
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
from kinerja_desktop.documents.rekap_pdf import (
    KOSONG,
    DistribusiBaris,
    blok_distribusi,
    identitas_dokumen,
    periode_teks,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi, predikat_kinerja
from kinerja_desktop.domain.rating import Rating

__all__ = [
    "JUDUL_PENETAPAN",
    "KOLOM_PENETAPAN",
    "BarisPenetapan",
    "DokumenPenetapan",
    "ditetapkan_teks",
    "tulis_penetapan_pdf",
]

JUDUL_PENETAPAN = "FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI"
KOLOM_PENETAPAN: tuple[str, ...] = (
    "NO", "NAMA", "NIP", "JABATAN", "RATING HASIL KERJA", "RATING PERILAKU KERJA",
    "PREDIKAT (MATRIKS)", "PREDIKAT DITETAPKAN", "ALASAN PERUBAHAN",
)
_LEBAR = (0.035, 0.16, 0.125, 0.15, 0.095, 0.095, 0.09, 0.09, 0.16)
_TITIK = "\u2026" * 12  # room to write by hand when place or date are not given


@dataclass(frozen=True, slots=True)
class BarisPenetapan:
    """One pegawai of the unit for the period."""

    nama: str  # with gelar
    nip_teks: str  # printed form; "" for a non-ASN
    jabatan: str
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None  # the predikat ditetapkan (EvaluasiPeriode.predikat)
    alasan_override: str = ""  # why it differs from the matrix
    status: str = ""  # shown when no predikat is set yet: "Belum diisi", "SKP belum ditetapkan"


@dataclass(frozen=True, slots=True)
class DokumenPenetapan:
    """The form as printed. ``distribusi``, ``dinilai`` and ``kurva_teks`` are those of
    ``services.rekap.RekapUnit`` for the same unit and period."""

    unit_nama: str
    periode: str  # "TRIWULAN I 2026"
    mulai: dt.date | None
    selesai: dt.date | None
    predikat_organisasi: PredikatOrganisasi | None
    baris: tuple[BarisPenetapan, ...]
    distribusi: tuple[DistribusiBaris, ...]  # every predikat, best first
    dinilai: int
    kurva_teks: tuple[str, ...]
    tempat: str  # "Bandar Lampung"; "" leaves room to write it
    tanggal: dt.date | None  # None leaves room to write it
    pimpinan: TandaTangan  # the authorised leader (pimpinan unit); its tempat_tanggal is
    # replaced by the "Ditetapkan di … pada tanggal …" lines
    penilai: TandaTangan | None = None  # optional, left: pejabat penilai / ketua rapat (its
    # tempat_tanggal is not printed: the form has one date, the penetapan's)
    sub_unit: bool = True
    capaian_keterangan: str = ""  # e.g. "ditetapkan oleh Kepala Dinas pada 6 April 2026"
    dengan_kurva: bool = True  # print the chart under the distribution


def ditetapkan_teks(tempat: str, tanggal: dt.date | None) -> str:
    """``Ditetapkan di Bandar Lampung`` / ``pada tanggal 25 November 2026`` (two lines)."""
    di = tempat.strip() or _TITIK
    pada = tanggal_indonesia(tanggal) if tanggal is not None else _TITIK
    return f"Ditetapkan di {di}\npada tanggal {pada}"


@lru_cache(maxsize=1)
def _tebal_tengah() -> ParagraphStyle:
    return gaya().sel_tebal.clone("sel_tebal_tengah", alignment=TA_CENTER)


def _label(nilai: Rating | Predikat | None) -> str:
    return nilai.label if nilai is not None else KOSONG


def _baris_tabel(no: int, b: BarisPenetapan) -> tuple[list[Any], bool]:
    """The cells of one row and whether the predikat set differs from the matrix."""
    g = gaya()
    matriks = (predikat_kinerja(b.rating_hasil_kerja, b.rating_perilaku)
               if b.rating_hasil_kerja is not None and b.rating_perilaku is not None else None)
    berubah = b.predikat is not None and matriks is not None and b.predikat is not matriks
    if b.predikat is None:
        alasan: Paragraph = Paragraph(
            f"<i>Belum ditetapkan{': ' + markup(b.status) if b.status.strip() else ''}</i>",
            g.sel)
    elif berubah:
        alasan = teks(b.alasan_override.strip() or "(alasan tidak tercatat)", g.sel)
    else:
        alasan = teks(KOSONG, g.sel_tengah)
    return [
        teks(str(no), g.sel_tengah),
        teks(b.nama, g.sel),
        teks(b.nip_teks.strip() or KOSONG, g.sel_tengah),
        teks(b.jabatan or KOSONG, g.sel),
        teks(_label(b.rating_hasil_kerja), g.sel_tengah),
        teks(_label(b.rating_perilaku), g.sel_tengah),
        teks(_label(matriks), g.sel_tengah),
        # The decision is the point of the form: bold, so it reads at a glance.
        teks(_label(b.predikat), _tebal_tengah()),
        alasan,
    ], berubah


def _tabel(baris: Sequence[BarisPenetapan], lebar: float) -> Flowable:
    g = gaya()
    data: list[list[Any]] = [[teks(k, g.kepala) for k in KOLOM_PENETAPAN]]
    gaya_tambahan: list[tuple[Any, ...]] = []
    for no, b in enumerate(baris, start=1):
        sel, berubah = _baris_tabel(no, b)
        if berubah:
            # A changed predikat is what the signing leader must look at.
            gaya_tambahan.append(("BACKGROUND", (7, no), (8, no), "#FFF2CC"))
        data.append(sel)
    if not baris:
        data.append([teks("Tidak ada pegawai aktif di unit ini.", g.sel_tengah),
                     *[""] * (len(KOLOM_PENETAPAN) - 1)])
        gaya_tambahan.append(("SPAN", (0, 1), (-1, 1)))
    return tabel(data, [lebar * f for f in _LEBAR], style=gaya_tambahan)


def _cerita(dok: DokumenPenetapan, lebar: float) -> list[Flowable]:
    g = gaya()
    unit = dok.unit_nama + (" (beserta sub-unit)" if dok.sub_unit else "")
    capaian = (dok.predikat_organisasi.value if dok.predikat_organisasi is not None
               else "belum ditetapkan")
    if dok.capaian_keterangan.strip():
        capaian += f" ({dok.capaian_keterangan.strip()})"
    berubah = sum(1 for no, b in enumerate(dok.baris, start=1) if _baris_tabel(no, b)[1])
    pimpinan = dataclasses.replace(dok.pimpinan,
                                   tempat_tanggal=ditetapkan_teks(dok.tempat, dok.tanggal))
    # Two blank lines beside the two "Ditetapkan" lines keep both roles on one level.
    penilai = (dataclasses.replace(dok.penilai, tempat_tanggal="\u00a0\n\u00a0")
               if dok.penilai is not None else None)
    cerita: list[Flowable] = [
        teks(JUDUL_PENETAPAN, g.judul),
        Spacer(1, 4 * mm),
        identitas_dokumen([
            ("UNIT KERJA", unit),
            ("PERIODE", periode_teks(dok.periode, dok.mulai, dok.selesai)),
            ("CAPAIAN KINERJA ORGANISASI", capaian),
        ], lebar),
        Spacer(1, 3 * mm),
        teks("Berdasarkan capaian kinerja organisasi dan pola kurva distribusi sebagai "
             "pertimbangan, predikat kinerja pegawai ditetapkan sebagai berikut:", g.teks),
        Spacer(1, 2 * mm),
        _tabel(dok.baris, lebar),
        Spacer(1, 2 * mm),
        teks(f"Jumlah pegawai: {len(dok.baris)}; predikat ditetapkan: {dok.dinilai}; "
             f"berbeda dari matriks: {berubah}.", g.teks),
        Spacer(1, 5 * mm),
        *blok_distribusi(dok.distribusi, dok.dinilai, dok.predikat_organisasi, dok.kurva_teks,
                         lebar, judul="DISTRIBUSI PREDIKAT DITETAPKAN TERHADAP KURVA",
                         kurva=dok.dengan_kurva),
        blok_tanda_tangan(penilai, pimpinan, lebar),
    ]
    return cerita


def tulis_penetapan_pdf(target: Path | BinaryIO, dok: DokumenPenetapan,
                        tata: TataHalaman) -> int:
    """Writes the form (always landscape, on the paper and margins of ``tata``); returns the
    page count."""
    tata = dataclasses.replace(tata, mendatar=True)
    return bangun_pdf(
        target, _cerita(dok, lebar_isi(tata)), tata,
        judul=f"Format Penetapan Predikat Kinerja Pegawai {dok.unit_nama} {dok.periode}",
        subjek="Penetapan predikat kinerja pegawai berdasarkan kurva distribusi",
    )
