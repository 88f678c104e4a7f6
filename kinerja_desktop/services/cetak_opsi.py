"""Print options and the printed result, shared by every document (issue 5)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kinerja_desktop.documents.pdf_kit import Kop, TataHalaman
from kinerja_desktop.domain.errors import ValidationError

KERTAS = ("A4", "F4")


@dataclass(frozen=True, slots=True)
class OpsiCetak:
    kertas: str = "A4"
    margin_mm: tuple[float, float, float, float] = (15, 15, 15, 15)  # atas, kanan, bawah, kiri
    tempat: str = ""  # place in the date line; "" = the place recorded at penetapan
    tanggal: dt.date | None = None  # None = the date of penetapan/penilaian, else today
    lampiran: bool = True  # SKP: add the LAMPIRAN pages

    def tata(self, *, mendatar: bool, kop: Kop | None = None) -> TataHalaman:
        if self.kertas not in KERTAS:
            raise ValidationError(f"Ukuran kertas '{self.kertas}' tidak dikenal; pilih A4 atau F4.")
        return TataHalaman(kertas=self.kertas, mendatar=mendatar, margin_mm=self.margin_mm,
                           kop=kop)


@dataclass(frozen=True, slots=True)
class DokumenPdf:
    data: bytes
    nama_file: str
    kode: str | None  # the verification code printed on it; None for drafts and recaps
    halaman: int
    draf: bool


def nama_file(*bagian: str) -> str:
    """``SKP_2026_198501012010011003_Siti_Nuraini.pdf``: safe on every file system."""
    teks = "_".join(b for b in bagian if b)
    teks = re.sub(r"[^\w.-]+", "_", teks, flags=re.ASCII).strip("_")
    return f"{teks[:120]}.pdf"
