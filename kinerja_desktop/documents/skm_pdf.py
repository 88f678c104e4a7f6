"""The report of one Survei Kepuasan Masyarakat of a unit and period (DOMAIN §12, §14; issue 5
point 1).

PermenPANRB 14/2017 as units still publish it: the survey's identity (unit, period,
layanan, respondents, where the numbers came from), the nine unsur with NRR and NRR
tertimbang (the weakest marked: it is where the unit should improve first), IKM, nilai
SKM (IKM × 25), the mutu pelayanan with its words, and the table of bands the mutu is read
from. The weight used is always printed: the guideline's own example rounds 1/9 to 0,111,
which understates the IKM, so a reader must be able to tell which one was applied.

Every number comes from ``domain.skm.HasilSkm`` (never recomputed here) and is printed
half-up with a decimal comma, as ``services.skm.format_desimal`` shows it on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kinerja_desktop.documents.pdf_kit import (
    WARNA_KEPALA,
    TandaTangan,
    TataHalaman,
    bangun_pdf,
    blok_tanda_tangan,
    gaya,
    lebar_isi,
    markup,
    tabel,
    teks,
)
from kinerja_desktop.documents.rekap_pdf import KOSONG, identitas_dokumen
from kinerja_desktop.domain.skm import (
    UNSUR,
    HasilSkm,
    MutuPelayanan,
    SumberSkm,
    format_desimal,
)

__all__ = [
    "JUDUL_SKM",
    "KOLOM_UNSUR",
    "DokumenSkm",
    "tulis_skm_pdf",
]

JUDUL_SKM = "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT"
SUBJUDUL_SKM = "INDEKS KEPUASAN MASYARAKAT (IKM)"
KOLOM_UNSUR: tuple[str, ...] = ("NO", "UNSUR PELAYANAN", "NRR", "NRR TERTIMBANG")
_TEMPAT_NRR = 3  # NRR and NRR tertimbang: three places, as the published tables
_TEMPAT_IKM = 3  # the IKM is the sum of the printed column, so the same places
_TEMPAT_KONVERSI = 2  # the mutu band is read off the two-place konversi (domain.skm)
_WARNA_TERLEMAH = "#FCE4D6"
_WARNA_HASIL = "#E2EFDA"

# PermenPANRB 14/2017's table of bands, worst first as the regulation prints it. The NRR
# intervals are the konversi bands divided by 25 (DOMAIN §14).
_PITA: tuple[tuple[int, str, MutuPelayanan], ...] = (
    (1, "1,00–2,5996", MutuPelayanan.D),
    (2, "2,60–3,064", MutuPelayanan.C),
    (3, "3,0644–3,532", MutuPelayanan.B),
    (4, "3,5324–4,00", MutuPelayanan.A),
)
_SUMBER: dict[SumberSkm, str] = {
    SumberSkm.RESPONS: "Jawaban responden (diimpor dari berkas xlsx)",
    SumberSkm.NRR: "NRR per unsur dari laporan yang sudah diterbitkan",
}


@dataclass(frozen=True, slots=True)
class DokumenSkm:
    """One survey as printed; ``services.skm.SurveiSkmDTO`` maps onto it field for field."""

    unit_nama: str
    periode: str  # "TRIWULAN I 2026" (SurveiSkmDTO.periode_label)
    hasil: HasilSkm
    layanan: str = ""  # "" = every service of the unit
    sumber: SumberSkm | None = None
    keterangan: str = ""
    penandatangan: TandaTangan | None = None  # e.g. the unit head, with place and date


def _bobot_teks(dok: DokumenSkm) -> str:
    return dok.hasil.bobot.label


def _tabel_unsur(hasil: HasilSkm, lebar: float) -> Flowable:
    g = gaya()
    terlemah = {u.no for u in hasil.unsur_terlemah}
    data: list[list[Any]] = [[teks(k, g.kepala) for k in KOLOM_UNSUR]]
    gaya_tambahan: list[tuple[Any, ...]] = []
    for u, nrr, tertimbang in zip(UNSUR, hasil.nrr, hasil.nrr_tertimbang, strict=True):
        lemah = u.no in terlemah
        nama = f"{u.kode} {u.nama}" + (" *" if lemah else "")
        gaya_sel = g.sel_tebal if lemah else g.sel
        data.append([teks(str(u.no), g.sel_tengah), teks(nama, gaya_sel),
                     teks(format_desimal(nrr, _TEMPAT_NRR), g.sel_tengah),
                     teks(format_desimal(tertimbang, _TEMPAT_NRR), g.sel_tengah)])
        if lemah:
            gaya_tambahan.append(("BACKGROUND", (0, u.no), (-1, u.no), _WARNA_TERLEMAH))
    akhir = len(data)
    data.append([teks("JUMLAH NRR TERTIMBANG (IKM)", g.sel_tebal), "", "",
                 teks(format_desimal(hasil.ikm, _TEMPAT_IKM), g.sel_tebal.clone(
                     "sel_tebal_tengah_skm", alignment=TA_CENTER))])
    gaya_tambahan += [("SPAN", (0, akhir), (2, akhir)),
                      ("BACKGROUND", (0, akhir), (-1, akhir), WARNA_KEPALA)]
    return tabel(data, [lebar * f for f in (0.07, 0.57, 0.16, 0.20)], style=gaya_tambahan)


def _tabel_hasil(dok: DokumenSkm, lebar: float) -> Flowable:
    g = gaya()
    h = dok.hasil
    terlemah = "; ".join(
        f"{u.kode} {u.nama} (NRR {format_desimal(h.nrr[u.no - 1], _TEMPAT_NRR)})"
        for u in h.unsur_terlemah)
    baris = [
        ("Indeks Kepuasan Masyarakat (IKM)", format_desimal(h.ikm, _TEMPAT_IKM)),
        ("Nilai SKM (konversi = IKM × 25)", format_desimal(h.konversi, _TEMPAT_KONVERSI)),
        ("Mutu pelayanan", f"{h.mutu.value} ({h.mutu.kinerja})"),
        ("Unsur terlemah", terlemah or KOSONG),
        ("Bobot NRR tertimbang", _bobot_teks(dok)),
    ]
    data = [[teks(k, g.sel_tebal), teks(v, g.sel)] for k, v in baris]
    t = tabel(data, [lebar * 0.45, lebar * 0.55], header_rows=0,
              style=[("BACKGROUND", (0, 0), (0, -1), WARNA_KEPALA),
                     ("BACKGROUND", (1, 2), (1, 2), _WARNA_HASIL)])
    return t


def _tabel_pita(mutu: MutuPelayanan, lebar: float) -> Flowable:
    g = gaya()
    kepala = ["NILAI PERSEPSI", "NILAI INTERVAL (NRR)", "NILAI INTERVAL KONVERSI",
              "MUTU PELAYANAN", "KINERJA UNIT PELAYANAN"]
    data: list[list[Any]] = [[teks(k, g.kepala) for k in kepala]]
    gaya_tambahan: list[tuple[Any, ...]] = []
    for i, (persepsi, interval, m) in enumerate(_PITA, start=1):
        data.append([teks(str(persepsi), g.sel_tengah), teks(interval, g.sel_tengah),
                     teks(m.rentang_konversi, g.sel_tengah), teks(m.value, g.sel_tengah),
                     teks(m.kinerja, g.sel_tengah)])
        if m is mutu:
            # The band this survey falls in, so the reader finds it without searching.
            gaya_tambahan.append(("BACKGROUND", (0, i), (-1, i), _WARNA_HASIL))
    return tabel(data, [lebar * 0.2] * 5, style=gaya_tambahan)


def _cerita(dok: DokumenSkm, lebar: float) -> list[Flowable]:
    g = gaya()
    h = dok.hasil
    responden = (str(h.jumlah_responden) if h.jumlah_responden is not None
                 else f"{KOSONG} (NRR dimasukkan langsung)")
    identitas = [
        ("UNIT KERJA", dok.unit_nama),
        ("PERIODE", dok.periode),
        ("JENIS LAYANAN", dok.layanan.strip() or "Seluruh layanan unit kerja"),
        ("JUMLAH RESPONDEN", responden),
    ]
    if dok.sumber is not None:
        identitas.append(("SUMBER DATA", _SUMBER[dok.sumber]))
    identitas.append(("BOBOT", _bobot_teks(dok)))
    if dok.keterangan.strip():
        # In the identity block rather than at the end: the report then still fits one
        # A4 page with the kop and the signature.
        identitas.append(("KETERANGAN", dok.keterangan.strip()))
    cerita: list[Flowable] = [
        teks(JUDUL_SKM, g.judul),
        teks(SUBJUDUL_SKM, g.subjudul),
        Spacer(1, 3 * mm),
        identitas_dokumen(identitas, lebar),
        Spacer(1, 3 * mm),
        teks("A. NILAI PER UNSUR PELAYANAN", g.tebal),
        Spacer(1, 1.5 * mm),
        _tabel_unsur(h, lebar),
        Spacer(1, 1 * mm),
        Paragraph("* " + markup("Unsur dengan NRR terendah: prioritas perbaikan pelayanan."),
                  g.kecil),
        Paragraph(markup(
            f"NRR = jumlah nilai jawaban ÷ jumlah responden yang menjawab unsur itu; "
            f"NRR tertimbang = NRR × bobot ({_bobot_teks(dok)}); "
            "IKM = jumlah NRR tertimbang; nilai SKM = IKM × 25."), g.kecil),
        Spacer(1, 3 * mm),
        KeepTogether([teks("B. HASIL", g.tebal), Spacer(1, 1.5 * mm), _tabel_hasil(dok, lebar)]),
        Spacer(1, 3 * mm),
        KeepTogether([teks("C. MUTU PELAYANAN (PermenPANRB Nomor 14 Tahun 2017)", g.tebal),
                      Spacer(1, 1.5 * mm), _tabel_pita(h.mutu, lebar)]),
    ]
    if dok.penandatangan is not None:
        cerita.append(blok_tanda_tangan(None, dok.penandatangan, lebar))
    return cerita


def tulis_skm_pdf(target: Path | BinaryIO, dok: DokumenSkm, tata: TataHalaman) -> int:
    """Writes the survey report (paper, orientation and margins of ``tata``); returns the
    page count."""
    judul = f"Laporan SKM {dok.unit_nama}" + (f" – {dok.layanan}" if dok.layanan else "")
    return bangun_pdf(
        target, _cerita(dok, lebar_isi(tata)), tata, judul=f"{judul} {dok.periode}",
        subjek="Survei Kepuasan Masyarakat: NRR per unsur, IKM, nilai SKM dan mutu pelayanan",
    )
