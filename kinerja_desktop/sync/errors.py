"""Why a package was refused, in words an operator can act on.

One class for every refusal, with a short ``reason`` code that the quarantine
list and the acknowledgement can store; the message is for people.
"""

from __future__ import annotations

from enum import StrEnum

from kinerja_desktop.domain.errors import UserError, ValidationError


class Reason(StrEnum):
    UKURAN = "ukuran"  # the file is larger than this site accepts
    BUKAN_ZIP = "bukan_zip"  # not a ZIP, or a damaged one
    ANGGOTA = "anggota"  # wrong, missing, extra or dangerous member names
    BOM = "bom"  # decompresses far beyond what it claims or what we accept
    MANIFEST = "manifest"  # manifest.json is not a valid manifest
    VERSI = "versi"  # made by a newer app (format or database schema)
    PENGIRIM_TIDAK_DIKENAL = "pengirim_tidak_dikenal"
    KUNCI_DICABUT = "kunci_dicabut"
    TANDA_TANGAN = "tanda_tangan"
    PENERIMA = "penerima"
    PAYLOAD = "payload"  # payload.bin differs from what the manifest describes
    DEKRIPSI = "dekripsi"
    REKAMAN = "rekaman"  # the decrypted records are not valid NDJSON objects


class PackageRejected(UserError):
    """The package file was refused; nothing from it was used."""

    def __init__(self, reason: Reason, detail: str, *, file_name: str | None = None) -> None:
        where = f"Paket {file_name}" if file_name else "Paket"
        super().__init__(f"{where} ditolak: {detail}")
        self.reason = reason
        self.detail = detail
        self.file_name = file_name


class ManifestError(ValidationError):
    """manifest.json breaks the format; ``field`` names the offending key path."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"Manifest paket, kolom '{field}': {problem}")
        self.field = field
        self.problem = problem


class UnsupportedVersion(ManifestError):
    """Written by a newer app than this one; the operator must update first."""


class SenderKeyRevoked(Exception):
    """Raised by a ``sender_key`` look-up when the key exists but was revoked.

    A separate signal from "unknown" because the operator's next step differs:
    a revoked key means the office must send again with its new key.
    """

    def __init__(self, site: str, key_id: str, revoked_at: str | None = None) -> None:
        super().__init__(f"kunci {key_id} milik situs {site} telah dicabut")
        self.site = site
        self.key_id = key_id
        self.revoked_at = revoked_at
