"""manifest.json of a package: what it holds, who sent it, for whom.

Validation is strict and total (unknown or missing keys, wrong types, bools
for ints, out-of-range numbers, overlong text) because the manifest is read
before the signature is checked and everything after trusts its numbers.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kinerja_desktop.domain import canonical_json as canonical
from kinerja_desktop.sync.errors import ManifestError, UnsupportedVersion

FORMAT_VERSION = 1
# Bytes prepended to the HPKE `info`, so a key used elsewhere never opens a payload.
BINDING_LABEL = b"kinerja-paket/payload\n"

# The same rule as services/site.py applies to site codes at set-up.
_SITE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}")
_KEY_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z :._-]{0,79}")
_APP_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,31}")
_SCHEMA = re.compile(r"[0-9]{4}")  # alembic revision ids: '0001', '0002', ...
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Far above any real package, far below what could exhaust memory or overflow SQL BIGINT.
MAX_COUNT = 2**53
MIN_YEAR, MAX_YEAR = 2000, 2107


class PackageKind(StrEnum):
    DATA = "data"
    ACK = "ack"
    REFERENCE = "reference"
    SNAPSHOT = "snapshot"
    ENROLL = "enroll"


@dataclass(frozen=True, slots=True)
class SenderRef:
    site: str
    key_id: str
    incarnation: uuid.UUID


@dataclass(frozen=True, slots=True)
class RecipientRef:
    site: str
    key_id: str


@dataclass(frozen=True, slots=True)
class ChangeRange:
    """Outbox seqs carried: (from_exclusive, to_inclusive], ``count`` changes."""

    from_exclusive: int
    to_inclusive: int
    count: int


@dataclass(frozen=True, slots=True)
class PayloadInfo:
    """Describes payload.bin: ``sha256`` of the file member as stored,
    ``size_compressed`` of the zstd frame inside the HPKE envelope,
    ``size_plain`` of the NDJSON, ``records`` lines in it."""

    sha256: str
    size_compressed: int
    size_plain: int
    records: int


@dataclass(frozen=True, slots=True)
class PackageHeader:
    """Everything the exporter decides; the payload description is added on writing."""

    package_id: uuid.UUID
    kind: PackageKind
    sender: SenderRef
    recipient: RecipientRef
    app_version: str
    schema_revision: str
    channel_seq: int
    changes: ChangeRange
    peer_seq_through: int
    created_at: dt.datetime
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "package_id": str(self.package_id),
            "kind": self.kind.value,
            "sender": {
                "site": self.sender.site,
                "key_id": self.sender.key_id,
                "incarnation": str(self.sender.incarnation),
            },
            "recipient": {"site": self.recipient.site, "key_id": self.recipient.key_id},
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "channel_seq": self.channel_seq,
            "changes": {
                "from_exclusive": self.changes.from_exclusive,
                "to_inclusive": self.changes.to_inclusive,
                "count": self.changes.count,
            },
            "peer_seq_through": self.peer_seq_through,
            "created_at": format_utc(self.created_at),
        }

    def binding(self) -> bytes:
        """HPKE `info`: ties the payload to this package, so one swapped in from
        another package (even with a matching hash) cannot be decrypted."""
        return BINDING_LABEL + canonical.dumps(self.to_json(), "manifest")


@dataclass(frozen=True, slots=True)
class Manifest:
    header: PackageHeader
    payload: PayloadInfo

    def to_json(self) -> dict[str, Any]:
        p = self.payload
        return {
            **self.header.to_json(),
            "payload": {
                "sha256": p.sha256,
                "size_compressed": p.size_compressed,
                "size_plain": p.size_plain,
                "records": p.records,
            },
        }

    def to_bytes(self) -> bytes:
        """Canonical bytes, validated by the same parser the receiver uses."""
        data = canonical.dumps(self.to_json(), "manifest")
        from_bytes(data)
        return data

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        return from_bytes(data)


def format_utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ManifestError("created_at", "waktu harus bertanda zona waktu (UTC).")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Obj:
    """A JSON object whose keys must be exactly ``keys``; getters name the field."""

    def __init__(self, value: object, where: str, keys: frozenset[str]) -> None:
        if not isinstance(value, dict):
            raise ManifestError(where or "(akar)", "harus berupa objek JSON.")
        missing = sorted(keys - value.keys())
        if missing:
            raise ManifestError(_join(where, missing[0]), "tidak ada (wajib diisi).")
        unknown = sorted(value.keys() - keys)
        if unknown:
            raise ManifestError(_join(where, unknown[0]), "kolom tidak dikenal.")
        self.value: dict[str, object] = value
        self.where = where

    def integer(self, key: str, minimum: int) -> int:
        v = self.value[key]
        # bool is an int subclass in Python; `true` must not pass for 1.
        if not isinstance(v, int) or isinstance(v, bool):
            raise ManifestError(_join(self.where, key), "harus bilangan bulat.")
        if v < minimum:
            raise ManifestError(_join(self.where, key), f"minimal {minimum}, tertulis {v}.")
        if v > MAX_COUNT:
            raise ManifestError(_join(self.where, key), "terlalu besar.")
        return v

    def string(self, key: str, pattern: re.Pattern[str], max_len: int, example: str) -> str:
        v = self.value[key]
        name = _join(self.where, key)
        if not isinstance(v, str):
            raise ManifestError(name, "harus teks.")
        if len(v) > max_len:
            raise ManifestError(name, f"terlalu panjang ({len(v)} karakter, maks {max_len}).")
        if not pattern.fullmatch(v):
            raise ManifestError(name, f"bentuk tidak sah; contoh: {example}.")
        return v

    def obj(self, key: str, keys: frozenset[str]) -> _Obj:
        return _Obj(self.value[key], _join(self.where, key), keys)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


_TOP = frozenset({
    "format_version", "package_id", "kind", "sender", "recipient", "app_version",
    "schema_revision", "channel_seq", "changes", "peer_seq_through", "payload", "created_at",
})
_SENDER = frozenset({"site", "key_id", "incarnation"})
_RECIPIENT = frozenset({"site", "key_id"})
_CHANGES = frozenset({"from_exclusive", "to_inclusive", "count"})
_PAYLOAD = frozenset({"sha256", "size_compressed", "size_plain", "records"})


def from_bytes(data: bytes) -> Manifest:
    """Parses and validates; raises ManifestError naming the first bad field."""
    try:
        raw = canonical.loads(data)
    except ValueError as exc:
        raise ManifestError("(berkas)", str(exc)) from None
    # The version goes first: a newer format may legitimately have other keys,
    # and "update the app" is the useful message then, not "unknown key".
    if isinstance(raw, dict) and "format_version" in raw:
        version = raw["format_version"]
        if isinstance(version, int) and not isinstance(version, bool) and (
            version > FORMAT_VERSION
        ):
            raise UnsupportedVersion(
                "format_version",
                f"versi format paket {version} lebih baru daripada yang didukung aplikasi "
                f"ini ({FORMAT_VERSION}); perbarui aplikasi Kinerja Desktop terlebih dahulu.",
            )
    top = _Obj(raw, "", _TOP)
    version = top.integer("format_version", 1)
    if version != FORMAT_VERSION:
        raise ManifestError("format_version", f"versi {version} tidak didukung.")
    if canonical.dumps(raw) != data:
        # Only one byte string per manifest, so what was signed is what was read.
        raise ManifestError("(berkas)", "bukan JSON kanonis (urutan kunci/spasi/escape).")
    s = top.obj("sender", _SENDER)
    r = top.obj("recipient", _RECIPIENT)
    c = top.obj("changes", _CHANGES)
    p = top.obj("payload", _PAYLOAD)
    kind_text = top.string("kind", re.compile("|".join(k.value for k in PackageKind)), 16, "data")
    changes = ChangeRange(
        c.integer("from_exclusive", 0), c.integer("to_inclusive", 0), c.integer("count", 0)
    )
    if changes.to_inclusive < changes.from_exclusive:
        raise ManifestError("changes.to_inclusive", "lebih kecil daripada from_exclusive.")
    if changes.count > changes.to_inclusive - changes.from_exclusive:
        raise ManifestError("changes.count", "lebih besar daripada rentang perubahan.")
    header = PackageHeader(
        format_version=version,
        package_id=_uuid(top, "package_id"),
        kind=PackageKind(kind_text),
        sender=SenderRef(
            s.string("site", _SITE, 32, "BKD-LPG01"),
            s.string("key_id", _KEY_ID, 80, "3F2A 9C01 ..."),
            _uuid(s, "incarnation"),
        ),
        recipient=RecipientRef(
            r.string("site", _SITE, 32, "BKD-PROV"),
            r.string("key_id", _KEY_ID, 80, "3F2A 9C01 ..."),
        ),
        app_version=top.string("app_version", _APP_VERSION, 32, "0.1.0"),
        schema_revision=top.string("schema_revision", _SCHEMA, 4, "0005"),
        channel_seq=top.integer("channel_seq", 1),
        changes=changes,
        peer_seq_through=top.integer("peer_seq_through", 0),
        created_at=_created(top),
    )
    payload = PayloadInfo(
        sha256=p.string("sha256", _SHA256, 64, "64 digit heksadesimal huruf kecil"),
        size_compressed=p.integer("size_compressed", 1),
        size_plain=p.integer("size_plain", 0),
        records=p.integer("records", 0),
    )
    return Manifest(header, payload)


def _uuid(obj: _Obj, key: str) -> uuid.UUID:
    text = obj.string(key, _UUID, 36, "0b6f2c1e-5d7a-4c1b-9e3f-2a4b6c8d0e1f")
    return uuid.UUID(text)


def _created(obj: _Obj) -> dt.datetime:
    text = obj.string("created_at", _CREATED, 20, "2026-11-26T07:00:00Z")
    try:
        moment = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise ManifestError("created_at", "tanggal/jam tidak ada di kalender.") from None
    # ZIP timestamps only span 1980-2107; the package's own date must fit in them.
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ManifestError("created_at", f"tahun harus antara {MIN_YEAR} dan {MAX_YEAR}.")
    return moment.replace(tzinfo=dt.UTC)
