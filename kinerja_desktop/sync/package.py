"""Writing and opening a `.kinerja` package file (no database here).

The receiver's chain runs in a fixed order and stops at the first failure:
size → ZIP → manifest → sender key → signature → recipient → schema →
payload hash and size → decrypt → decompress → records. Nothing is
decrypted before the signature is verified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kinerja_desktop.sync import container, envelope
from kinerja_desktop.sync.container import Caps
from kinerja_desktop.sync.errors import (
    ManifestError,
    PackageRejected,
    Reason,
    SenderKeyRevoked,
    UnsupportedVersion,
)
from kinerja_desktop.sync.manifest import Manifest, PackageHeader, PayloadInfo

SUFFIX = ".kinerja"
SenderKeyLookup = Callable[[str, str], Ed25519PublicKey | None]

__all__ = [
    "Caps",
    "OpenedPackage",
    "SenderKeyLookup",
    "package_file_name",
    "read_package",
    "sha256_file",
    "write_package",
]


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    path: Path
    sha256: str  # of the whole file, as read: the receiver's "already seen" key
    manifest: Manifest
    records: list[dict[str, Any]]


def package_file_name(header: PackageHeader) -> str:
    """Informational only: the receiver trusts the manifest, never the name."""
    stamp = header.created_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return (
        f"{header.sender.site}_{header.recipient.site}_{header.channel_seq:06d}_{stamp}{SUFFIX}"
    )


def write_package(
    directory: Path,
    header: PackageHeader,
    records: Iterable[Mapping[str, object]],
    *,
    signing_key: Ed25519PrivateKey,
    recipient_public: X25519PublicKey,
) -> Path:
    """Writes the package atomically into ``directory`` and returns its path."""
    sealed = envelope.seal(records, recipient_public, header.binding())
    payload = PayloadInfo(
        sha256=hashlib.sha256(sealed.blob).hexdigest(),
        size_compressed=sealed.size_compressed,
        size_plain=sealed.size_plain,
        records=sealed.records,
    )
    manifest_bytes = Manifest(header, payload).to_bytes()
    signature = signing_key.sign(manifest_bytes)
    target = Path(directory) / package_file_name(header)
    created = header.created_at.astimezone(dt.UTC).timetuple()[:6]
    container.write_zip(
        target,
        container.Members(manifest_bytes, signature, sealed.blob),
        (created[0], created[1], created[2], created[3], created[4], created[5]),
    )
    return target


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_package(
    path: Path,
    *,
    expected_recipient: str,
    sender_key: SenderKeyLookup,
    recipient_private: X25519PrivateKey,
    supported_schema: str,
    caps: Caps | None = None,
) -> OpenedPackage:
    """Verifies and opens a package; raises PackageRejected naming the file and reason.

    ``sender_key(site, key_id)`` returns the enrolled signing key, None when
    unknown, or raises SenderKeyRevoked. ``supported_schema`` is this
    database's alembic head: a package from a newer schema is refused.
    """
    path = Path(path)
    try:
        return _open(path, expected_recipient, sender_key, recipient_private,
                     supported_schema, caps or Caps())
    except PackageRejected as exc:
        raise PackageRejected(exc.reason, exc.detail, file_name=path.name) from None


def _open(
    path: Path,
    expected_recipient: str,
    sender_key: SenderKeyLookup,
    recipient_private: X25519PrivateKey,
    supported_schema: str,
    caps: Caps,
) -> OpenedPackage:
    # One read into memory: every later check sees the same bytes, even if the
    # file on the stick changes meanwhile.
    try:
        with path.open("rb") as f:
            data = f.read(caps.max_file + 1)
    except OSError as exc:
        raise PackageRejected(Reason.BUKAN_ZIP, f"berkas tidak dapat dibaca ({exc}).") from None
    if len(data) > caps.max_file:
        raise PackageRejected(
            Reason.UKURAN, f"berkas lebih besar daripada batas {caps.max_file} bita."
        )
    members = container.read_members(data, caps)
    manifest = _parse_manifest(members.manifest)
    header = manifest.header
    _verify_signature(header, members, sender_key)
    if header.recipient.site != expected_recipient:
        raise PackageRejected(
            Reason.PENERIMA,
            f"paket ini untuk situs {header.recipient.site}, bukan untuk situs ini "
            f"({expected_recipient}).",
        )
    if int(header.schema_revision) > int(supported_schema):
        raise PackageRejected(
            Reason.VERSI,
            f"dibuat dengan versi skema basis data {header.schema_revision}, lebih baru "
            f"daripada versi {supported_schema} di sini; perbarui aplikasi terlebih dahulu.",
        )
    _check_payload(manifest.payload, members.payload)
    compressed = envelope.unseal(members.payload, recipient_private, header.binding())
    if len(compressed) != manifest.payload.size_compressed:
        raise PackageRejected(Reason.PAYLOAD, "ukuran isi terkompresi tidak sesuai manifest.")
    plain = envelope.decompress(compressed, manifest.payload.size_plain, caps.max_plain)
    records = envelope.decode_records(plain, manifest.payload.records)
    return OpenedPackage(path, hashlib.sha256(data).hexdigest(), manifest, records)


def _parse_manifest(data: bytes) -> Manifest:
    try:
        return Manifest.from_bytes(data)
    except UnsupportedVersion as exc:
        raise PackageRejected(Reason.VERSI, exc.message) from None
    except ManifestError as exc:
        raise PackageRejected(Reason.MANIFEST, exc.message) from None


def _verify_signature(
    header: PackageHeader, members: container.Members, sender_key: SenderKeyLookup
) -> None:
    site, key_id = header.sender.site, header.sender.key_id
    try:
        key = sender_key(site, key_id)
    except SenderKeyRevoked as exc:
        when = f" pada {exc.revoked_at}" if exc.revoked_at else ""
        raise PackageRejected(
            Reason.KUNCI_DICABUT,
            f"kunci tanda tangan {key_id} milik situs {site} telah dicabut{when}; minta "
            "situs itu mengirim ulang dengan kunci barunya.",
        ) from None
    if key is None:
        raise PackageRejected(
            Reason.PENGIRIM_TIDAK_DIKENAL,
            f"pengirim {site} dengan kunci {key_id} belum terdaftar di situs ini.",
        )
    try:
        key.verify(members.signature, members.manifest)
    except InvalidSignature:
        raise PackageRejected(
            Reason.TANDA_TANGAN,
            f"tanda tangan tidak cocok dengan kunci situs {site}: paket diubah atau palsu.",
        ) from None


def _check_payload(info: PayloadInfo, blob: bytes) -> None:
    expected = info.size_compressed + envelope.SEAL_OVERHEAD
    if len(blob) != expected:
        raise PackageRejected(
            Reason.PAYLOAD,
            f"payload.bin {len(blob)} bita, manifest menyebut {expected} bita.",
        )
    if hashlib.sha256(blob).hexdigest() != info.sha256:
        raise PackageRejected(
            Reason.PAYLOAD, "sidik SHA-256 payload.bin tidak cocok dengan manifest."
        )
