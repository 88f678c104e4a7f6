"""payload.bin: records as NDJSON, zstd-compressed, sealed to the recipient with HPKE.

HPKE base mode, X25519 / HKDF-SHA256 / AES-256-GCM (RFC 9180). The `info`
is the manifest header, so the payload only opens inside its own package.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kinerja_desktop.domain import canonical_json as canonical
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.sync.errors import PackageRejected, Reason

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# Encapsulated key (32) + GCM tag (16): payload.bin is exactly this much larger
# than the zstd frame it seals.
SEAL_OVERHEAD = 48
ZSTD_LEVEL = 10
# A window above this is refused before allocating it (zstd's own default limit).
MAX_WINDOW = 1 << 27
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Sealed:
    blob: bytes  # payload.bin as stored in the ZIP
    size_compressed: int
    size_plain: int
    records: int


def encode_records(records: Iterable[Mapping[str, object]]) -> tuple[bytes, int]:
    """NDJSON: one canonical JSON object per line, each line ending in '\\n'."""
    out = io.BytesIO()
    count = 0
    for i, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            raise ValidationError(f"Rekaman ke-{i} harus berupa objek (dict).")
        out.write(canonical.dumps(dict(record), f"rekaman ke-{i}"))
        out.write(b"\n")
        count += 1
    return out.getvalue(), count


def seal(
    records: Iterable[Mapping[str, object]], recipient: X25519PublicKey, info: bytes
) -> Sealed:
    plain, count = encode_records(records)
    compressed = zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_content_size=True).compress(
        plain
    )
    blob = SUITE.encrypt(compressed, recipient, info=info)
    return Sealed(blob, len(compressed), len(plain), count)


def unseal(blob: bytes, private: X25519PrivateKey, info: bytes) -> bytes:
    try:
        return SUITE.decrypt(blob, private, info=info)
    except (InvalidTag, ValueError):
        raise PackageRejected(
            Reason.DEKRIPSI,
            "isi paket tidak dapat dibuka dengan kunci situs ini (bukan untuk situs ini, "
            "atau isinya tertukar/diubah).",
        ) from None


def decompress(compressed: bytes, size_plain: int, hard_cap: int) -> bytes:
    """Streams at most the declared size (and never more than ``hard_cap``): a
    small frame that expands to gigabytes stops here, not in memory."""
    if size_plain > hard_cap:
        raise PackageRejected(
            Reason.BOM,
            f"isi paket mengaku {size_plain} bita setelah diurai, melebihi batas "
            f"{hard_cap} bita.",
        )
    out = bytearray()
    try:
        reader = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW).stream_reader(
            io.BytesIO(compressed), read_across_frames=True
        )
        with reader:
            while True:
                chunk = reader.read(_CHUNK)
                if not chunk:
                    break
                out += chunk
                if len(out) > size_plain:
                    raise PackageRejected(
                        Reason.BOM,
                        f"isi paket terurai melebihi {size_plain} bita yang tertulis di "
                        "manifest (bom zstd).",
                    )
    except zstandard.ZstdError as exc:
        raise PackageRejected(Reason.PAYLOAD, f"kompresi isi paket rusak ({exc}).") from None
    if len(out) != size_plain:
        raise PackageRejected(
            Reason.PAYLOAD,
            f"isi paket terurai {len(out)} bita, manifest menyebut {size_plain} bita.",
        )
    return bytes(out)


def decode_records(plain: bytes, expected: int) -> list[dict[str, Any]]:
    if plain and not plain.endswith(b"\n"):
        raise PackageRejected(Reason.REKAMAN, "baris rekaman terakhir tidak diakhiri baris baru.")
    # Decoded once, not line by line; with a bad byte, line by line to name the line.
    parse: Callable[[Any], Any] = canonical.loads_text
    lines: Sequence[str | bytes]
    try:
        lines = plain.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        lines, parse = plain.split(b"\n"), canonical.loads
    lines = lines[:-1] if plain else []
    if len(lines) != expected:
        raise PackageRejected(
            Reason.REKAMAN,
            f"berisi {len(lines)} rekaman, manifest menyebut {expected}.",
        )
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        try:
            value = parse(line)
        except ValueError as exc:
            raise PackageRejected(Reason.REKAMAN, f"rekaman baris {number}: {exc}.") from None
        if not isinstance(value, dict):
            raise PackageRejected(
                Reason.REKAMAN, f"rekaman baris {number} harus berupa objek JSON."
            )
        records.append(value)
    return records
