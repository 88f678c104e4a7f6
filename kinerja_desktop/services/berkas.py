"""Attachment store: bytes content-addressed by SHA-256 and stored once (ARCHITECTURE §3).

The ``berkas`` table is not synced row by row; a bukti dukung refers to its bytes by
hash, so the same scan attached twice (or by two pegawai) is kept once.
"""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import may_see
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    Berkas,
    BuktiDukung,
    EvaluasiPeriode,
    RealisasiIki,
    Skp,
)

MAKS_UKURAN = 20 * 1024 * 1024  # 20 MB per file
_MAKS_MIME = 120  # column size of berkas.mime


def format_ukuran(ukuran: int) -> str:
    """1536 → "1,5 KB", 21_500_000 → "20,5 MB" (Indonesian decimal comma)."""
    if ukuran < 1024:
        return f"{ukuran} byte"
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if ukuran >= size:
            text = f"{ukuran / size:.1f}".replace(".", ",")
            return f"{text.removesuffix(',0')} {unit}"
    raise AssertionError("unreachable")


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _check_ukuran(ukuran: int, nama: str) -> None:
    if ukuran > MAKS_UKURAN:
        raise ValidationError(
            f"Berkas {nama} berukuran {format_ukuran(ukuran)} ({_ribuan(ukuran)} byte), "
            f"melebihi batas {format_ukuran(MAKS_UKURAN)} ({_ribuan(MAKS_UKURAN)} byte). "
            "Perkecil berkasnya (mis. simpan ulang PDF dengan resolusi lebih rendah) atau "
            "unggah ke penyimpanan daring lalu lampirkan tautannya."
        )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def simpan_berkas(s: Session, data: bytes, mime: str | None, nama: str = "bukti") -> str:
    """Stores the bytes once and returns their SHA-256 (hex); session level, no audit.

    ``nama`` only names the file in messages.
    """
    if not data:
        raise ValidationError(f"Berkas {nama} kosong (0 byte); pilih berkas yang berisi.")
    _check_ukuran(len(data), nama)
    digest = sha256_hex(data)
    if s.get(Berkas, digest) is None:
        if mime is not None:
            mime = mime.strip()[:_MAKS_MIME] or None
        s.add(Berkas(sha256=digest, ukuran=len(data), mime=mime, data=data))
        s.flush()
    return digest


def ukuran_berkas(s: Session, sha256: str) -> int | None:
    return s.scalar(select(Berkas.ukuran).where(Berkas.sha256 == sha256))


def baca_berkas(db: Database, actor: Actor, sha256: str) -> bytes:
    """The bytes of a stored file, for whoever may see an SKP whose evidence it is."""
    with db.read() as s:
        row = s.get(Berkas, sha256)
        if row is None:
            raise NotFoundError(
                f"Berkas {sha256[:12]}… tidak ada di basis data ini (mungkin belum "
                "tersinkron dari situs lain)."
            )
        if not actor.is_admin:
            skp_ids = s.scalars(
                select(EvaluasiPeriode.skp_id).distinct()
                .join(RealisasiIki, RealisasiIki.evaluasi_id == EvaluasiPeriode.id)
                .join(BuktiDukung, BuktiDukung.realisasi_id == RealisasiIki.id)
                .where(BuktiDukung.sha256 == sha256, BuktiDukung.deleted_at.is_(None))
            ).all()
            if not any(_may_see_skp(s, actor, sid) for sid in skp_ids):
                raise PermissionDenied(
                    f"Akun '{actor.username}' tidak berhak membuka berkas bukti ini."
                )
        return bytes(row.data)


def _may_see_skp(s: Session, actor: Actor, skp_id: uuid.UUID) -> bool:
    row = s.get(Skp, skp_id)
    return row is not None and may_see(s, actor, row)


def _alasan(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "berkas tidak ditemukan"
    if isinstance(exc, IsADirectoryError):
        return "yang dipilih adalah folder, bukan berkas"
    if isinstance(exc, PermissionError):
        return "tidak ada izin membaca berkas ini"
    if exc.errno == errno.EIO:
        return "kesalahan baca pada media penyimpanan"
    return exc.strerror or str(exc) or type(exc).__name__


def berkas_dari_file(path: Path) -> tuple[bytes, str | None]:
    """Reads an evidence file: its bytes and guessed MIME type.

    Anything that prevents reading it (missing, a folder, no permission, I/O error,
    empty, too large) is a UserError naming the file.
    """
    nama = path.name or str(path)

    def gagal(alasan: str) -> UserError:
        return UserError(f"Berkas bukti {nama} tidak dapat dibaca: {alasan} ({path}).")

    try:
        if path.is_dir():
            raise gagal("yang dipilih adalah folder, bukan berkas")
        ukuran = path.stat().st_size
        _check_ukuran(ukuran, nama)
        with path.open("rb") as fh:
            data = fh.read(MAKS_UKURAN + 1)
    except OSError as exc:
        raise gagal(_alasan(exc)) from exc
    if not data:
        raise gagal("berkas kosong (0 byte)")
    _check_ukuran(len(data), nama)  # grew since stat, or a device file
    mime, _ = mimetypes.guess_type(nama)
    return data, mime
