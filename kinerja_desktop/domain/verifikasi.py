"""Verification codes of printed documents (issue 5, ARCHITECTURE §7).

A printed SKP or evaluation carries two things:

- a **QR code** holding everything needed to check it offline with only the signing
  site's public key: ``KD1:<site>:<document id>:<sha256 of the canonical data>:<signature>``
  (upper-case base32 throughout so the QR uses the compact alphanumeric mode);
- a **short printed code** a person can type, ``<site>/XXXXX-XXXXX-CC``: ten base32
  characters derived from the document id and two check characters. An Ed25519
  signature (64 bytes) cannot be made short, so the short code is a key into the
  register of printed documents, which holds the id, the hash, the site and the
  signature; the check characters catch a mistyped code before any lookup.

The check is a weighted sum modulo the prime 1021 (< 32²): it detects every single
changed character and every swap of two neighbours, which a plain hash truncated to
two characters would miss once in a thousand.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from kinerja_desktop.domain import canonical_json
from kinerja_desktop.domain.errors import ValidationError

# Crockford's base32: no I, L, O, U, so a printed code is hard to misread.
ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_NILAI = {c: i for i, c in enumerate(ALFABET)}
_MIRIP = {"O": "0", "I": "1", "L": "1", "U": "V"}
_MOD = 1021
PREFIX_QR = "KD1"
_DOMAIN_TAG = b"KINERJA-DOKUMEN-1\n"
BODY_LEN = 10


def b32(data: bytes) -> str:
    """RFC 4648 base32 without padding, upper case (QR alphanumeric mode)."""
    return base64.b32encode(data).decode("ascii").rstrip("=")


def unb32(text: str) -> bytes:
    pad = "=" * (-len(text) % 8)
    try:
        return base64.b32decode(text + pad)
    except ValueError as exc:
        raise ValidationError(f"Bagian kode '{text[:16]}…' bukan base32 yang sah.") from exc


# ---------------------------------------------------------------------------
# Canonical data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral() else str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()  # images count by content, not by bytes
    if isinstance(value, float):
        # Floats print differently across platforms; the documents never need them.
        raise TypeError("Data dokumen tidak boleh memuat float; gunakan Decimal.")
    return value


def canonical_bytes(data: Any) -> bytes:
    """Canonical JSON of dataclasses, enums, dates, Decimals: same data, same bytes."""
    return canonical_json.dumps(_plain(data), "data dokumen")


def sha256_data(data: Any) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def pesan_tanda_tangan(situs: str, dokumen_id: uuid.UUID, sha256: str) -> bytes:
    """The exact bytes the site signs: a tag, so no other signed thing can pass as a document."""
    return _DOMAIN_TAG + f"{situs}\n{dokumen_id}\n{sha256}".encode()


# ---------------------------------------------------------------------------
# The QR payload


@dataclass(frozen=True, slots=True)
class IsiQr:
    situs: str
    dokumen_id: uuid.UUID
    sha256: str  # hex
    tanda_tangan: bytes  # 64 bytes Ed25519

    def teks(self) -> str:
        return ":".join((PREFIX_QR, self.situs, b32(self.dokumen_id.bytes),
                         b32(bytes.fromhex(self.sha256)), b32(self.tanda_tangan)))


def baca_qr(teks: str) -> IsiQr:
    """Parses a QR payload; anything else is a ValidationError naming what is wrong."""
    parts = teks.strip().upper().split(":")
    if len(parts) != 5 or parts[0] != PREFIX_QR:
        raise ValidationError("Teks QR bukan kode verifikasi Kinerja Desktop.")
    _, situs, docid, sha, sig = parts
    raw_id, raw_sha, raw_sig = unb32(docid), unb32(sha), unb32(sig)
    if len(raw_id) != 16 or len(raw_sha) != 32 or len(raw_sig) != 64:
        raise ValidationError("Teks QR terpotong atau diubah: panjang bagiannya tidak sesuai.")
    return IsiQr(situs, uuid.UUID(bytes=raw_id), raw_sha.hex(), raw_sig)


def is_qr(teks: str) -> bool:
    return teks.strip().upper().startswith(PREFIX_QR + ":")


# ---------------------------------------------------------------------------
# The short printed code


def _check(situs: str, body: str) -> str:
    total = 0
    for i, ch in enumerate(situs + "/" + body, start=1):
        total = (total + i * (ord(ch) if ch not in _NILAI else _NILAI[ch] + 1)) % _MOD
    return ALFABET[total // 32] + ALFABET[total % 32]


def kode_pendek(situs: str, dokumen_id: uuid.UUID) -> str:
    """``SITUS/XXXXX-XXXXX-CC`` from the document id: the same document, the same code."""
    n = int.from_bytes(hashlib.sha256(b"kode:" + dokumen_id.bytes).digest()[:8], "big")
    body = "".join(ALFABET[(n >> (5 * i)) & 31] for i in range(BODY_LEN))
    return f"{situs}/{body[:5]}-{body[5:]}-{_check(situs, body)}"


@dataclass(frozen=True, slots=True)
class KodePendek:
    situs: str
    body: str  # ten characters, no separators

    def teks(self) -> str:
        return f"{self.situs}/{self.body[:5]}-{self.body[5:]}-{_check(self.situs, self.body)}"


def baca_kode_pendek(teks: str) -> KodePendek:
    """Normalises a typed code (case, spaces, O for 0, I/L for 1) and checks its check characters.

    Raises ValidationError saying which part is wrong; a one-character typo always fails here.
    """
    raw = "".join(teks.split()).upper()
    if "/" not in raw:
        raise ValidationError(
            f"Kode '{teks.strip()}' tidak berbentuk SITUS/XXXXX-XXXXX-CC (garis miring hilang).")
    situs, _, rest = raw.rpartition("/")
    chars = "".join(_MIRIP.get(c, c) for c in rest.replace("-", ""))
    if not situs or len(chars) != BODY_LEN + 2:
        raise ValidationError(
            f"Kode '{teks.strip()}' harus berisi 12 huruf/angka sesudah garis miring "
            f"(tertulis {len(chars)}).")
    bad = sorted({c for c in chars if c not in _NILAI})
    if bad:
        raise ValidationError(f"Kode '{teks.strip()}' memuat karakter yang tidak dipakai: "
                              f"{', '.join(bad)}.")
    body, check = chars[:BODY_LEN], chars[BODY_LEN:]
    if _check(situs, body) != check:
        raise ValidationError(
            f"Kode '{teks.strip()}' salah ketik: karakter periksa tidak cocok. "
            "Periksa kembali setiap huruf dan angka pada dokumen.")
    return KodePendek(situs, body)
