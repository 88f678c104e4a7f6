"""The SASARAN KINERJA PEGAWAI and its LAMPIRAN as a PDF (DOMAIN §8.1, §8.2, §14).

The layout of the official print, word for word:

- title lines ``SASARAN KINERJA PEGAWAI`` / ``PENDEKATAN HASIL KERJA KUANTITATIF`` (or
  ``KUALITATIF``) / ``BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL`` (or the JPT line);
  the instansi on the left, ``PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026`` on
  the right;
- the identity table ``NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA`` (NAMA,
  NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA);
- ``HASIL KERJA``:

  - JA/JF kuantitatif: ``NO | RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI (or ATASAN,
    §14) | RENCANA HASIL KERJA | ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET``, numbered
    (1)–(6), one RHK spanning its IKI rows;
  - JPT kuantitatif: ``NO | RENCANA HASIL KERJA | INDIKATOR KINERJA INDIVIDU | TARGET |
    PERSPEKTIF``, numbered (1)–(5);
  - kualitatif: the RHK row, then the row ``Ukuran keberhasilan/ Indikator Kinerja
    Individu, dan Target`` (JPT: ``…, Target, dan Perspektif``) listing the IKI;

  section rows ``A. UTAMA`` / ``B. TAMBAHAN`` (or ``A. KINERJA UTAMA`` …), B left out when
  it has no RHK;
- ``PERILAKU KERJA`` rows 1–7: the core value with its three panduan, and
  ``Ekspektasi Khusus Pimpinan:`` with the text;
- the signatures (left Pegawai yang Dinilai; right place and date, Pejabat Penilai
  Kinerja) and the two footnotes;
- on a new page, ``LAMPIRAN SASARAN KINERJA PEGAWAI``: the same header, the numbered lists
  DUKUNGAN SUMBER DAYA, SKEMA PERTANGGUNGJAWABAN, KONSEKUENSI and the same signatures.

The texts come from :mod:`skp_workbook`, so the Excel look-alike and the PDF say the
same thing. Tables split across pages with their headers repeated, and a single RHK text
longer than a page continues on the next page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from kinerja_desktop.documents.pdf_kit import (
    FONT_BOLD,
    Pengesahan,
    TandaTangan,
    TataHalaman,
    bangun_pdf,
    baris_kiri_kanan,
    blok_tanda_tangan,
    gaya,
    lebar_isi,
    markup,
    tabel,
    teks,
    tempat_tanggal,
    tinggi_isi,
)
from kinerja_desktop.documents.skp_workbook import (
    BAGI,
    EKSPEKTASI_LABEL,
    FOOTNOTES,
    HASIL_KERJA,
    HEADER_ATASAN,
    HEADER_PIMPINAN,
    IDENT_LABELS,
    IDENT_PEGAWAI,
    IDENT_PENILAI,
    LAMPIRAN_SECTIONS,
    PENDEKATAN_PREFIX,
    PERILAKU_KERJA,
    SECTION,
    SECTION_KINERJA,
    TITLE,
    TITLE_LAMPIRAN,
    Orang,
    SkpSheet,
    periode_text,
)
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.skp import FormFamily, Iki, JenisRHK, Pendekatan, Rhk

__all__ = [
    "PERAN_PEGAWAI",
    "PERAN_PENILAI",
    "UKURAN_KEBERHASILAN",
    "UKURAN_KEBERHASILAN_JPT",
    "identitas",
    "judul_skp",
    "ttd_bawaan",
    "tulis_skp_pdf",
]

PERAN_PEGAWAI = "Pegawai yang Dinilai"
PERAN_PENILAI = "Pejabat Penilai Kinerja"
UKURAN_KEBERHASILAN = "Ukuran keberhasilan/ Indikator Kinerja Individu, dan Target"
UKURAN_KEBERHASILAN_JPT = (
    "Ukuran keberhasilan/ Indikator Kinerja Individu, Target, dan Perspektif")
_KOSONG = "\u00a0"  # keeps an empty cell one line high
_NAMA_KOSONG = "." * 40  # no penilai yet: a line to write the name on
_LEADING = 8.5 * 1.22  # gaya().sel
_LEBAR_HURUF = 8.5 * 0.5  # average glyph width of DejaVu Sans Condensed, rounded up


# ---------------------------------------------------------------------------
# Shared parts (the evaluation documents reuse the header and identity table)


def judul_skp(data: SkpSheet, lebar: float, judul: str = TITLE) -> list[Flowable]:
    """The three title lines, then instansi (left) and PERIODE PENILAIAN (right)."""
    g = gaya()
    isi = data.isi
    baris: list[Flowable] = [
        teks(judul, g.judul),
        teks(f"{PENDEKATAN_PREFIX} {isi.pendekatan.value}", g.judul),
        teks(BAGI[isi.form_family], g.judul),
        Spacer(1, 4 * mm),
    ]
    instansi = data.instansi.upper()
    periode = periode_text(data.periode_mulai, data.periode_selesai)
    muat = (stringWidth(instansi, FONT_BOLD, g.tebal.fontSize)
            + stringWidth(periode, FONT_BOLD, g.kanan_tebal.fontSize) + 12) <= lebar
    if muat:
        kepala: list[Flowable] = [baris_kiri_kanan(teks(instansi, g.tebal),
                                                   teks(periode, g.kanan_tebal), lebar)]
    else:  # portrait with a long instansi name: periode on its own line, still right
        kepala = [teks(instansi, g.tebal), teks(periode, g.kanan_tebal)]
    return [*baris, *kepala, Spacer(1, 2 * mm)]


def identitas(data: SkpSheet, lebar: float) -> Flowable:
    """``NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA`` with five rows each."""
    g = gaya()
    p = data.pegawai
    q = data.penilai or Orang("", "")
    rows: list[list[Any]] = [["NO", teks(IDENT_PEGAWAI, g.kepala), "", "NO",
                              teks(IDENT_PENILAI, g.kepala), ""]]
    for no, (label, kiri, kanan) in enumerate(zip(IDENT_LABELS, (
            p.nama, p.nip, p.pangkat_gol, p.jabatan, p.unit_kerja), (
            q.nama, q.nip, q.pangkat_gol, q.jabatan, q.unit_kerja), strict=True), start=1):
        rows.append([str(no), teks(label, g.sel), teks(kiri or _KOSONG, g.sel), str(no),
                     teks(label, g.sel), teks(kanan or _KOSONG, g.sel)])
    no_w, label_w = 9 * mm, 34 * mm
    isi_w = (lebar - 2 * (no_w + label_w)) / 2
    return tabel(rows, [no_w, label_w, isi_w, no_w, label_w, isi_w], style=[
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0)),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER"),
    ])


def ttd_bawaan(data: SkpSheet, ttd_pegawai: TandaTangan | None = None,
               ttd_penilai: TandaTangan | None = None) -> tuple[TandaTangan, TandaTangan]:
    """The two signatures, from the SKP when the caller gives none (no specimen then)."""
    kiri = ttd_pegawai or TandaTangan(PERAN_PEGAWAI, data.pegawai.nama, data.pegawai.nip)
    if ttd_penilai is not None:
        return kiri, ttd_penilai
    q = data.penilai
    tt = tempat_tanggal(data.tempat, data.tanggal)
    if q is None:
        return kiri, TandaTangan(PERAN_PENILAI, _NAMA_KOSONG, tempat_tanggal=tt)
    return kiri, TandaTangan(PERAN_PENILAI, q.nama, q.nip, tempat_tanggal=tt)


# ---------------------------------------------------------------------------
# HASIL KERJA


def _bagian(ordered: list[Rhk]) -> list[tuple[JenisRHK, list[tuple[int, Rhk]]]]:
    """(section, [(index in ordered, rhk)]); B left out when empty, A always shown."""
    out = []
    for jenis in JenisRHK:
        items = [(i, r) for i, r in enumerate(ordered) if r.jenis is jenis]
        if items or jenis is JenisRHK.UTAMA:
            out.append((jenis, items))
    return out


def _kepala_hasil(heads: Sequence[str]) -> list[list[Any]]:
    g = gaya()
    n = len(heads)
    return [
        [teks(HASIL_KERJA, g.sel_tebal)] + [""] * (n - 1),
        [teks(h, g.kepala) for h in heads],
        [f"({i})" for i in range(1, n + 1)],
    ]


_GAYA_KEPALA_HASIL: list[tuple[Any, ...]] = [
    ("SPAN", (0, 0), (-1, 0)),
    ("FONTNAME", (0, 2), (-1, 2), FONT_BOLD),
    ("FONTSIZE", (0, 2), (-1, 2), 8),
    ("ALIGN", (0, 1), (-1, 2), "CENTER"),
    ("TOPPADDING", (0, 2), (-1, 2), 1),
    ("BOTTOMPADDING", (0, 2), (-1, 2), 2),
]


def _target(iki: Iki) -> str:
    return iki.target_label()


def _tinggi(text: str, lebar: float) -> float:
    """A generous guess of a cell's height (points) without laying the text out: only
    used to tell a group that may not fit on a page from the usual ones."""
    per_baris = max((lebar - 6) / _LEBAR_HURUF, 1.0)
    baris = sum(max(1, math.ceil(len(part) / per_baris)) for part in text.split("\n"))
    return baris * _LEADING + 6


def _hasil_kuantitatif(data: SkpSheet, lebar: float, batas: float) -> Flowable:
    """The HASIL KERJA table; ``batas`` is the height above which an RHK group is laid out
    without SPAN so it can split across pages (see :func:`pdf_kit.tabel`)."""
    g = gaya()
    jpt = data.isi.form_family is FormFamily.JPT
    fr: tuple[float, ...]
    if jpt:
        heads = ["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                 "PERSPEKTIF"]
        fr = (0.04, 0.34, 0.34, 0.15, 0.13)
    else:
        heads = ["NO", HEADER_ATASAN if data.kolom_atasan else HEADER_PIMPINAN,
                 "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        fr = (0.04, 0.22, 0.24, 0.085, 0.27, 0.145)
    widths = [lebar * f for f in fr]
    n = len(heads)
    lead_n = 2 if jpt else 3  # NO, (2), (3): the cells of the RHK over its IKI rows
    iki_col = lead_n if jpt else lead_n + 1
    rows = _kepala_hasil(heads)
    style = list(_GAYA_KEPALA_HASIL)
    terbuka: list[tuple[int, int, int]] = []
    sections = SECTION_KINERJA if data.bagian_kinerja else SECTION
    ordered = data.isi.ordered_rhk()
    intervensi = list(data.intervensi) + [""] * (len(ordered) - len(data.intervensi))
    for jenis, items in _bagian(ordered):
        r = len(rows)
        rows.append([teks(sections[jenis], g.sel_tebal)] + [""] * (n - 1))
        style.append(("SPAN", (0, r), (-1, r)))
        if not items:
            rows.append([_KOSONG] + [""] * (n - 1))
            continue
        for no, (idx, rhk) in enumerate(items, start=1):
            first = len(rows)
            lead = [str(no), teks(rhk.uraian, g.sel)] if jpt else [
                str(no), teks(intervensi[idx] or _KOSONG, g.sel), teks(rhk.uraian, g.sel)]
            tinggi_rhk = max(_tinggi(rhk.uraian, widths[lead_n - 1]),
                             0 if jpt else _tinggi(intervensi[idx], widths[1]))
            tinggi_iki = 0.0
            ikis: list[Iki | None] = list(rhk.iki) or [None]
            for k, iki in enumerate(ikis):
                rest: list[Any]
                if iki is None:
                    rest = [""] * (n - lead_n)
                elif jpt:
                    rest = [teks(iki.uraian, g.sel), teks(_target(iki), g.sel_tengah),
                            teks(iki.perspektif.label if iki.perspektif else "", g.sel_tengah)]
                else:
                    rest = [iki.aspek.label if iki.aspek else "", teks(iki.uraian, g.sel),
                            teks(_target(iki), g.sel_tengah)]
                if iki is not None:
                    tinggi_iki += _tinggi(iki.uraian, widths[iki_col])
                rows.append((lead if k == 0 else [""] * lead_n) + rest)
            last = len(rows) - 1
            if max(tinggi_rhk, tinggi_iki) > batas:
                # Too tall to keep on one page: open cells instead of SPAN.
                terbuka += [(row, 0, lead_n - 1) for row in range(first, last)]
                continue
            if last > first:
                for c in range(lead_n):
                    style.append(("SPAN", (c, first), (c, last)))
            if no == 1:  # a section row never stands alone at the foot of a page
                style.append(("NOSPLIT", (0, r), (-1, last)))
    style += [("ALIGN", (0, 3), (0, -1), "CENTER")]
    if not jpt:
        style.append(("ALIGN", (3, 3), (3, -1), "CENTER"))
    return tabel(rows, widths, header_rows=3, style=style, tanpa_garis=terbuka)


def _hasil_kualitatif(data: SkpSheet, lebar: float, batas: float) -> Flowable:
    """HASIL KERJA of the kualitatif form: the RHK row, then below the RHK the row
    ``Ukuran keberhasilan/ Indikator Kinerja Individu, dan Target`` listing its IKI."""
    g = gaya()
    jpt = data.isi.form_family is FormFamily.JPT
    if jpt:
        heads = ["NO", "RENCANA HASIL KERJA"]
        widths = [lebar * 0.04, lebar * 0.96]
    else:
        heads = ["NO", HEADER_ATASAN if data.kolom_atasan else HEADER_PIMPINAN,
                 "RENCANA HASIL KERJA"]
        widths = [lebar * 0.04, lebar * 0.38, lebar * 0.58]
    n = len(heads)
    rows = _kepala_hasil(heads)
    style = list(_GAYA_KEPALA_HASIL)
    terbuka: list[tuple[int, int, int]] = []
    sections = SECTION_KINERJA if data.bagian_kinerja else SECTION
    ordered = data.isi.ordered_rhk()
    intervensi = list(data.intervensi) + [""] * (len(ordered) - len(data.intervensi))
    label = UKURAN_KEBERHASILAN_JPT if jpt else UKURAN_KEBERHASILAN
    for jenis, items in _bagian(ordered):
        r = len(rows)
        rows.append([teks(sections[jenis], g.sel_tebal)] + [""] * (n - 1))
        style.append(("SPAN", (0, r), (-1, r)))
        if not items:
            rows.append([_KOSONG] + [""] * (n - 1))
            continue
        for no, (idx, rhk) in enumerate(items, start=1):
            first = len(rows)
            rows.append([str(no), teks(rhk.uraian, g.sel)] if jpt else
                        [str(no), teks(intervensi[idx] or _KOSONG, g.sel),
                         teks(rhk.uraian, g.sel)])
            ukuran, teks_ukuran = _ukuran(rhk, label, jpt)
            rows.append([""] * (n - 1) + [ukuran])
            second = first + 1
            tinggi = max(_tinggi(rhk.uraian, widths[-1]) + _tinggi(teks_ukuran, widths[-1]),
                         0 if jpt else _tinggi(intervensi[idx], widths[1]))
            if tinggi > batas:
                terbuka.append((first, 0, n - 2))
                continue
            style += [("SPAN", (c, first), (c, second)) for c in range(n - 1)]
            if no == 1:  # a section row never stands alone at the foot of a page
                style.append(("NOSPLIT", (0, r), (-1, second)))
    style.append(("ALIGN", (0, 3), (0, -1), "CENTER"))
    return tabel(rows, widths, header_rows=3, style=style, tanpa_garis=terbuka)


def _ukuran(rhk: Rhk, label: str, jpt: bool) -> tuple[Paragraph, str]:
    """The measure cell and its plain text (for the height guess)."""
    g = gaya()
    baris = [f"<b>{markup(label)}:</b>"]
    polos = [label]
    for iki in rhk.iki:
        bagian = [iki.uraian]
        target = _target(iki)
        if target:
            bagian.append(f"Target: {target}")
        if jpt and iki.perspektif is not None:
            bagian.append(f"Perspektif: {iki.perspektif.label}")
        polos.append("- " + "; ".join(bagian))
        baris.append(markup(polos[-1]))
    return Paragraph("<br/>".join(baris), g.sel), "\n".join(polos)


# ---------------------------------------------------------------------------
# PERILAKU KERJA, signatures, footnotes, lampiran


def _perilaku(data: SkpSheet, lebar: float) -> Flowable:
    g = gaya()
    rows: list[list[Any]] = [[teks(PERILAKU_KERJA, g.sel_tebal), "", ""]]
    for cv in CORE_VALUES:
        kiri = Paragraph(markup(cv.nama) + "".join(f"<br/>- {markup(p)}" for p in cv.panduan),
                         g.sel)
        harapan = data.isi.ekspektasi.get(cv.no, "").strip()
        kanan = Paragraph(markup(EKSPEKTASI_LABEL) + (f"<br/>{markup(harapan)}" if harapan
                                                       else ""), g.sel)
        rows.append([str(cv.no), kiri, kanan])
    no_w = lebar * 0.04
    return tabel(rows, [no_w, (lebar - no_w) * 0.55, (lebar - no_w) * 0.45], style=[
        ("SPAN", (0, 0), (-1, 0)),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
    ])


def _catatan_kaki() -> list[Flowable]:
    g = gaya()
    return [Spacer(1, 3 * mm), *(teks(note, g.kecil) for note in FOOTNOTES)]


def _lampiran(data: SkpSheet, lebar: float) -> list[Flowable]:
    g = gaya()
    lamp = data.isi.lampiran
    out: list[Flowable] = []
    for judul, items in zip(LAMPIRAN_SECTIONS, (
            lamp.dukungan_sumber_daya, lamp.skema_pertanggungjawaban, lamp.konsekuensi),
            strict=True):
        rows: list[list[Any]] = [[teks(judul, g.sel_tebal), ""]]
        isi = [x.strip() for x in items if x.strip()]
        rows += [[f"{no}.", teks(x, g.sel)] for no, x in enumerate(isi, start=1)]
        if not isi:
            rows.append(["", teks("-", g.sel)])
        out += [tabel(rows, [lebar * 0.04, lebar * 0.96], style=[
            ("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 1), (0, -1), "CENTER")]),
            Spacer(1, 4 * mm)]
    return out


def tulis_skp_pdf(target: Path | BinaryIO, data: SkpSheet, tata: TataHalaman, *,
                  pengesahan: Pengesahan | None = None, draf: bool = False,
                  ttd_pegawai: TandaTangan | None = None,
                  ttd_penilai: TandaTangan | None = None, lampiran: bool = True) -> int:
    """Writes the SKP (and its LAMPIRAN on a new page) as PDF; returns the page count.

    ``tata`` decides paper, orientation (the SKP is printed landscape: the caller passes
    ``mendatar=True``), margins and kop. The signatures default to the names in ``data``
    with ``data.tempat``/``data.tanggal`` above the penilai; pass them to add specimens."""
    lebar = lebar_isi(tata)
    # Groups taller than this are laid out so that they can split across pages; the
    # header rows and a section row take the rest of the page.
    batas = tinggi_isi(tata, pengesahan=pengesahan is not None) * 0.55
    kiri, kanan = ttd_bawaan(data, ttd_pegawai, ttd_penilai)
    # Checked (specimen images) before any layout work.
    tanda_tangan = blok_tanda_tangan(kiri, kanan, lebar)
    hasil = (_hasil_kuantitatif(data, lebar, batas)
             if data.isi.pendekatan is Pendekatan.KUANTITATIF
             else _hasil_kualitatif(data, lebar, batas))
    cerita: list[Flowable] = [
        *judul_skp(data, lebar),
        identitas(data, lebar),
        Spacer(1, 4 * mm),
        hasil,
        Spacer(1, 4 * mm),
        # The PERILAKU KERJA heading must not be left alone at the foot of a page.
        CondPageBreak(40 * mm),
        _perilaku(data, lebar),
        tanda_tangan,
        *_catatan_kaki(),
    ]
    if lampiran:
        cerita += [
            PageBreak(),
            *judul_skp(data, lebar, TITLE_LAMPIRAN),
            *_lampiran(data, lebar),
            blok_tanda_tangan(kiri, kanan, lebar),
        ]
    nama = data.pegawai.nama
    return bangun_pdf(target, cerita, tata, judul=f"{TITLE} {data.tahun} - {nama}",
                      pengesahan=pengesahan, draf=draf,
                      subjek=f"SKP {nama} NIP {data.pegawai.nip} tahun {data.tahun}")
