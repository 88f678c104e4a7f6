"""The key card: how two sites first learn each other's public keys (enrollment).

A package is encrypted to its recipient, so the very first exchange cannot be a
package: the office does not know the province's key yet. Each side therefore
writes a small signed card (site code, name, role, both public keys), carried
like a package. The card is self-signed, which proves the sender holds the key;
it does not prove *who* the sender is: that is what the fingerprint read aloud on
the phone (or printed on paper) is for, and accepting a card requires typing it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kinerja_desktop.domain import canonical_json
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.sync.keys import site_fingerprint

FORMAT = "kinerja-kartu-kunci"
VERSI = 1
SUFFIX = ".kinerja-kunci"
_MAKS = 16 * 1024  # a card is a few hundred bytes
_KARTU_KEYS = {"situs", "nama", "peran", "induk", "kunci_tanda_tangan", "kunci_enkripsi",
               "dibuat"}


@dataclass(frozen=True, slots=True)
class KartuKunci:
    situs: str
    nama: str
    peran: str  # domain.roles.SiteRole value
    induk: str | None
    kunci_tanda_tangan: bytes  # Ed25519, raw 32 bytes
    kunci_enkripsi: bytes  # X25519, raw 32 bytes
    dibuat: str  # UTC, ISO 8601

    @property
    def sidik_jari(self) -> str:
        return site_fingerprint(self.kunci_tanda_tangan, self.kunci_enkripsi)

    def _isi(self) -> dict[str, object]:
        return {"situs": self.situs, "nama": self.nama, "peran": self.peran,
                "induk": self.induk, "dibuat": self.dibuat,
                "kunci_tanda_tangan": base64.b64encode(self.kunci_tanda_tangan).decode(),
                "kunci_enkripsi": base64.b64encode(self.kunci_enkripsi).decode()}

    def tulis(self, signing_key: Ed25519PrivateKey) -> bytes:
        isi = self._isi()
        sig = signing_key.sign(canonical_json.dumps(isi, "kartu kunci"))
        return canonical_json.dumps({"format": FORMAT, "versi": VERSI, "kartu": isi,
                                     "tanda_tangan": base64.b64encode(sig).decode()})


def sekarang() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _teks(isi: dict[str, object], key: str, nama: str, *, boleh_kosong: bool = False,
          maks: int = 200) -> str | None:
    value = isi.get(key)
    if value is None and boleh_kosong:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > maks:
        raise ValidationError(f"Kartu kunci {nama}: isian '{key}' tidak sah.")
    return value


def _kunci(isi: dict[str, object], key: str, nama: str) -> bytes:
    value = _teks(isi, key, nama)
    assert value is not None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ValidationError(f"Kartu kunci {nama}: kunci '{key}' rusak.")
    return raw


def baca_kartu(data: bytes, nama: str) -> KartuKunci:
    """Parses and checks a card (strict JSON, fields, self-signature); ``nama`` names the
    file in messages."""
    if len(data) > _MAKS:
        raise ValidationError(f"Berkas {nama} terlalu besar untuk kartu kunci.")
    try:
        root = canonical_json.loads(data)
    except ValueError as exc:
        raise ValidationError(f"Berkas {nama} bukan kartu kunci Kinerja Desktop ({exc}).") from None
    if not isinstance(root, dict) or root.get("format") != FORMAT:
        raise ValidationError(f"Berkas {nama} bukan kartu kunci Kinerja Desktop.")
    if root.get("versi") != VERSI:
        raise ValidationError(f"Kartu kunci {nama} memakai versi {root.get('versi')!r} yang "
                              "tidak dikenal aplikasi ini; perbarui aplikasi.")
    isi = root.get("kartu")
    if set(root) != {"format", "versi", "kartu", "tanda_tangan"} or not isinstance(isi, dict) \
            or set(isi) != _KARTU_KEYS:
        raise ValidationError(f"Kartu kunci {nama}: susunan isinya tidak sah.")
    kartu = KartuKunci(
        situs=_teks(isi, "situs", nama, maks=32) or "", nama=_teks(isi, "nama", nama) or "",
        peran=_teks(isi, "peran", nama, maks=16) or "",
        induk=_teks(isi, "induk", nama, boleh_kosong=True, maks=32),
        kunci_tanda_tangan=_kunci(isi, "kunci_tanda_tangan", nama),
        kunci_enkripsi=_kunci(isi, "kunci_enkripsi", nama),
        dibuat=_teks(isi, "dibuat", nama, maks=32) or "")
    sig_text = root.get("tanda_tangan")
    try:
        sig = base64.b64decode(sig_text, validate=True) if isinstance(sig_text, str) else b""
    except (binascii.Error, ValueError):
        sig = b""
    try:
        Ed25519PublicKey.from_public_bytes(kartu.kunci_tanda_tangan).verify(
            sig, canonical_json.dumps(isi, "kartu kunci"))
    except (InvalidSignature, ValueError):
        raise ValidationError(f"Kartu kunci {nama}: tanda tangannya tidak sah; berkas telah "
                              "diubah atau rusak. Minta kartu baru.") from None
    return kartu
