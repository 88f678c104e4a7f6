"""Site keys: Ed25519 to sign packages, X25519 to receive encrypted ones.

Private keys are stored as PKCS#8 encrypted with the admin's passphrase, so a
copied database file alone cannot sign or read packages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kinerja_desktop.domain.errors import UserError, ValidationError

MIN_PASSPHRASE = 8


@dataclass(frozen=True, slots=True)
class SiteKeyPair:
    purpose: str  # "sign" | "encrypt"
    public_key: bytes  # raw 32 bytes
    private_key_enc: bytes  # encrypted PKCS#8 PEM
    fingerprint: str


def fingerprint(public_key: bytes) -> str:
    """Eight groups of four hex digits: short enough to read aloud on the phone."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def site_fingerprint(sign_public: bytes, encrypt_public: bytes) -> str:
    return fingerprint(sign_public + encrypt_public)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Frasa sandi kunci minimal {MIN_PASSPHRASE} karakter; yang diberikan "
            f"{len(passphrase)} karakter."
        )


def generate_site_keys(passphrase: str) -> tuple[SiteKeyPair, SiteKeyPair]:
    check_passphrase(passphrase)
    enc = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    sign = Ed25519PrivateKey.generate()
    box = X25519PrivateKey.generate()
    sign_pub = sign.public_key().public_bytes(*raw)
    box_pub = box.public_key().public_bytes(*raw)
    pem = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8
    return (
        SiteKeyPair("sign", sign_pub, sign.private_bytes(*pem, enc), fingerprint(sign_pub)),
        SiteKeyPair("encrypt", box_pub, box.private_bytes(*pem, enc), fingerprint(box_pub)),
    )


def load_signing_key(private_key_enc: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(private_key_enc, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise UserError("Frasa sandi kunci situs salah.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError("Kunci tanda tangan situs rusak (bukan Ed25519).")
    return key


def load_encryption_key(private_key_enc: bytes, passphrase: str) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(private_key_enc, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise UserError("Frasa sandi kunci situs salah.") from None
    if not isinstance(key, X25519PrivateKey):
        raise UserError("Kunci enkripsi situs rusak (bukan X25519).")
    return key
