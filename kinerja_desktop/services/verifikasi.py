"""Checking a printed document's verification code or PDF (issue 5 point 4).

The answer is "asli" with the document's key data, or exactly why not: a mistyped
code, an unknown signing site, altered data, a newer version, or not our document.
Everything is offline: the site's public key and the register of printed documents
(``dokumen_cetak``, which travels to the province) are in the local database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.pdf_kit import baca_pengesahan_pdf, tanggal_indonesia
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.verifikasi import IsiQr, baca_kode_pendek, baca_qr, is_qr
from kinerja_desktop.services.cetak_data import keadaan_subjek
from kinerja_desktop.services.pengesahan import kunci_publik, tanda_tangan_sah
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import DokumenCetak, Site


class StatusVerifikasi(StrEnum):
    ASLI = "asli"
    DIUBAH = "diubah"
    DIGANTIKAN = "digantikan"
    SITUS_TIDAK_DIKENAL = "situs_tidak_dikenal"
    TIDAK_DIKENAL = "tidak_dikenal"
    BUKAN_DOKUMEN = "bukan_dokumen"
    KODE_SALAH = "kode_salah"

    @property
    def label(self) -> str:
        return {
            StatusVerifikasi.ASLI: "Asli",
            StatusVerifikasi.DIUBAH: "Data diubah",
            StatusVerifikasi.DIGANTIKAN: "Sudah digantikan versi yang lebih baru",
            StatusVerifikasi.SITUS_TIDAK_DIKENAL: "Situs penanda tangan tidak dikenal",
            StatusVerifikasi.TIDAK_DIKENAL: "Kode tidak terdaftar",
            StatusVerifikasi.BUKAN_DOKUMEN: "Bukan dokumen Kinerja Desktop",
            StatusVerifikasi.KODE_SALAH: "Kode salah ketik",
        }[self]


@dataclass(frozen=True, slots=True)
class HasilVerifikasi:
    status: StatusVerifikasi
    pesan: str
    kode: str = ""
    rincian: tuple[tuple[str, str], ...] = ()

    @property
    def asli(self) -> bool:
        return self.status is StatusVerifikasi.ASLI


def _waktu(at: dt.datetime) -> str:
    local = at.astimezone() if at.tzinfo else at
    return f"{tanggal_indonesia(local.date())} pukul {local:%H.%M}"


def _rincian(row: DokumenCetak) -> tuple[tuple[str, str], ...]:
    return (("Kode", row.kode), *((str(k), str(v)) for k, v in row.ringkasan),
            ("Situs penanda tangan", row.situs), ("Dicetak", _waktu(row.dicetak_pada)),
            ("Dicetak oleh", row.dicetak_oleh))


def _situs_dikenal(s: Session, situs: str) -> bool:
    return s.scalar(select(Site.code).where(Site.code == situs)) is not None


def _tidak_dikenal_situs(situs: str, kode: str) -> HasilVerifikasi:
    return HasilVerifikasi(
        StatusVerifikasi.SITUS_TIDAK_DIKENAL,
        f"Dokumen ini ditandatangani oleh situs {situs}, yang kuncinya tidak dikenal di "
        "basis data ini. Situs itu harus terdaftar (enrolment) lebih dahulu, atau dokumen "
        "ini bukan dari kantor yang disebut.", kode)


def _periksa(s: Session, row: DokumenCetak, qr: IsiQr | None) -> HasilVerifikasi:
    rincian = _rincian(row)
    keys = kunci_publik(s, row.situs)
    if not keys:
        return _tidak_dikenal_situs(row.situs, row.kode)
    if qr is not None and (qr.sha256 != row.sha256 or qr.situs != row.situs):
        return HasilVerifikasi(
            StatusVerifikasi.DIUBAH,
            "Isi kode QR tidak sama dengan catatan dokumen yang ditandatangani: data pada "
            "kertas ini telah diubah.", row.kode, rincian)
    if not tanda_tangan_sah(keys, row.situs, row.id, row.sha256, bytes.fromhex(row.tanda_tangan)):
        return HasilVerifikasi(
            StatusVerifikasi.DIUBAH,
            "Tanda tangan elektronik catatan dokumen ini tidak sah: datanya telah diubah "
            "sesudah ditandatangani.", row.kode, rincian)
    newer = s.scalar(select(DokumenCetak).where(
        DokumenCetak.jenis == row.jenis, DokumenCetak.subjek_id == row.subjek_id,
        DokumenCetak.dicetak_pada > row.dicetak_pada, DokumenCetak.sha256 != row.sha256,
        DokumenCetak.deleted_at.is_(None)).order_by(DokumenCetak.dicetak_pada.desc()).limit(1))
    if newer is not None:
        return HasilVerifikasi(
            StatusVerifikasi.DIGANTIKAN,
            f"Dokumen ini sudah digantikan oleh versi yang lebih baru dengan kode "
            f"{newer.kode} (dicetak {_waktu(newer.dicetak_pada)}). Gunakan versi itu.",
            row.kode, rincian)
    keadaan = keadaan_subjek(s, row.jenis, row.subjek_id)
    if keadaan is None:
        return HasilVerifikasi(
            StatusVerifikasi.ASLI,
            f"Tanda tangan situs {row.situs} sah. Data dokumen ini tidak ada di basis data "
            "ini, sehingga isinya tidak dapat dibandingkan; bandingkan rincian di bawah ini "
            "dengan kertasnya.", row.kode, rincian)
    if keadaan.digantikan:
        return HasilVerifikasi(StatusVerifikasi.DIGANTIKAN, keadaan.digantikan, row.kode, rincian)
    if keadaan.sha256 != row.sha256:
        return HasilVerifikasi(
            StatusVerifikasi.DIGANTIKAN,
            "Data dokumen ini sudah berubah sesudah dicetak (misalnya identitas, rencana, "
            "atau penilaian diperbarui): kertas ini bukan versi terakhir. Cetak ulang untuk "
            "mendapat versi dan kode yang berlaku.", row.kode, rincian)
    return HasilVerifikasi(
        StatusVerifikasi.ASLI,
        "Dokumen asli: tanda tangan situs sah dan datanya sama dengan data yang tercatat. "
        "Cocokkan rincian di bawah ini dengan kertasnya.", row.kode, rincian)


def _periksa_qr(s: Session, isi: IsiQr) -> HasilVerifikasi:
    keys = kunci_publik(s, isi.situs)
    if not keys:
        return _tidak_dikenal_situs(isi.situs, "")
    if not tanda_tangan_sah(keys, isi.situs, isi.dokumen_id, isi.sha256, isi.tanda_tangan):
        return HasilVerifikasi(
            StatusVerifikasi.DIUBAH,
            f"Tanda tangan dalam kode QR tidak cocok dengan isinya untuk kunci situs "
            f"{isi.situs}: kode atau data dokumen telah diubah.")
    row = s.get(DokumenCetak, isi.dokumen_id)
    if row is None or row.deleted_at is not None:
        return HasilVerifikasi(
            StatusVerifikasi.TIDAK_DIKENAL,
            f"Tanda tangan situs {isi.situs} sah, tetapi dokumen ini belum tercatat di basis "
            "data ini (belum disinkronkan), sehingga datanya tidak dapat dibandingkan.")
    return _periksa(s, row, isi)


def verifikasi_kode(db: Database, teks: str) -> HasilVerifikasi:
    """Checks a printed short code (``SITUS/XXXXX-XXXXX-CC``) or the text of the QR code."""
    teks = teks.strip()
    if not teks:
        return HasilVerifikasi(StatusVerifikasi.KODE_SALAH,
                               "Ketik kode verifikasi yang tercetak di dokumen.")
    try:
        if is_qr(teks):
            isi = baca_qr(teks)
            with db.read() as s:
                return _periksa_qr(s, isi)
        kode = baca_kode_pendek(teks)
    except ValidationError as exc:
        return HasilVerifikasi(StatusVerifikasi.KODE_SALAH, exc.message, teks)
    with db.read() as s:
        row = s.scalar(select(DokumenCetak).where(DokumenCetak.kode == kode.teks(),
                                                  DokumenCetak.deleted_at.is_(None)))
        if row is not None:
            return _periksa(s, row, None)
        if not _situs_dikenal(s, kode.situs):
            return _tidak_dikenal_situs(kode.situs, kode.teks())
        return HasilVerifikasi(
            StatusVerifikasi.TIDAK_DIKENAL,
            f"Kode {kode.teks()} tidak terdaftar di basis data ini. Dokumen itu tidak dicetak "
            f"oleh Kinerja Desktop, atau datanya dari situs {kode.situs} belum disinkronkan.",
            kode.teks())


def verifikasi_pdf(db: Database, path: Path) -> HasilVerifikasi:
    """Reads the verification data a printed PDF carries and checks it."""
    try:
        payload = baca_pengesahan_pdf(Path(path))
    except ValidationError as exc:
        return HasilVerifikasi(StatusVerifikasi.BUKAN_DOKUMEN, exc.message)
    if payload is None:
        return HasilVerifikasi(
            StatusVerifikasi.BUKAN_DOKUMEN,
            f"Berkas {Path(path).name} tidak memuat kode verifikasi Kinerja Desktop: bukan "
            "dokumen resmi dari aplikasi ini (atau dokumen draf, yang tidak diberi kode).")
    return verifikasi_kode(db, payload)
