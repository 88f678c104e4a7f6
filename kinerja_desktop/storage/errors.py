"""Database errors the user can act on, told apart from bugs."""

from __future__ import annotations

from kinerja_desktop.domain.errors import UserError


class StorageError(UserError):
    """The database or its folder cannot be used as asked."""


class DatabaseLocked(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class DiskFull(StorageError):
    pass


def translate_operational_error(exc: BaseException, where: str) -> StorageError | None:
    """Maps a driver error to a message for the user, or None when it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(
            f"Basis data {where} sedang dipakai proses lain (terkunci). Tutup aplikasi "
            "Kinerja Desktop lain yang membuka file ini, lalu coba lagi. Tidak ada yang diubah."
        )
    if "database or disk is full" in text or "no space left" in text or "diskfull" in text:
        return DiskFull(
            f"Disk penuh saat menulis basis data {where}. Kosongkan ruang disk lalu coba lagi. "
            "Tidak ada yang diubah."
        )
    if "readonly database" in text or "read-only" in text:
        return StorageError(
            f"Basis data {where} hanya bisa dibaca (read-only). Periksa izin file dan folder."
        )
    if "file is not a database" in text or "file is encrypted" in text:
        return StorageError(f"File {where} bukan basis data Kinerja Desktop (bukan SQLite).")
    if "unable to open database" in text:
        return StorageError(f"Basis data {where} tidak dapat dibuka. Periksa folder dan izinnya.")
    if "could not connect" in text or "connection refused" in text:
        return StorageError(f"Server basis data {where} tidak dapat dihubungi.")
    return None
