"""manifest.json: canonical bytes, strict validation naming the field."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from kinerja_desktop.domain import canonical_json as canonical
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.sync.errors import ManifestError, UnsupportedVersion
from kinerja_desktop.sync.manifest import (
    FORMAT_VERSION,
    ChangeRange,
    Manifest,
    PackageHeader,
    PackageKind,
    PayloadInfo,
    RecipientRef,
    SenderRef,
)

HEADER = PackageHeader(
    package_id=uuid.UUID("0b6f2c1e-5d7a-4c1b-9e3f-2a4b6c8d0e1f"),
    kind=PackageKind.DATA,
    sender=SenderRef("KANTOR-A", "AB12 CD34", uuid.UUID("11111111-2222-4333-8444-555555555555")),
    recipient=RecipientRef("PROV", "EF56 7890"),
    app_version="0.1.0",
    schema_revision="0005",
    channel_seq=3,
    changes=ChangeRange(10, 25, 15),
    peer_seq_through=7,
    created_at=dt.datetime(2026, 11, 26, 7, 0, 5, tzinfo=dt.UTC),
)
MANIFEST = Manifest(HEADER, PayloadInfo("ab" * 32, 120, 400, 2))


def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(MANIFEST.to_bytes())
    return raw


def _bytes(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def test_round_trip_and_canonical_form() -> None:
    data = MANIFEST.to_bytes()
    assert Manifest.from_bytes(data) == MANIFEST
    assert data == _bytes(_raw())
    assert b", " not in data and b": " not in data
    assert b'"created_at":"2026-11-26T07:00:05Z"' in data
    assert _raw()["format_version"] == FORMAT_VERSION


def test_created_at_in_another_zone_is_written_as_utc() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    header = HEADER.__class__(**{
        **{f: getattr(HEADER, f) for f in HEADER.__dataclass_fields__},
        "created_at": dt.datetime(2026, 11, 26, 14, 0, 5, tzinfo=wib),
    })
    assert header.to_json()["created_at"] == "2026-11-26T07:00:05Z"


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def apply(raw: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for p in parents:
            raw = raw[p]
        raw[last] = value
    return apply


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def apply(raw: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for p in parents:
            raw = raw[p]
        del raw[last]
    return apply


BAD: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing top", _drop("channel_seq"), "channel_seq"),
    ("missing nested", _drop("sender.incarnation"), "sender.incarnation"),
    ("unknown top", _set("extra", 1), "extra"),
    ("unknown nested", _set("payload.extra", 1), "payload.extra"),
    ("bool for int", _set("channel_seq", True), "channel_seq"),
    ("string for int", _set("payload.records", "2"), "payload.records"),
    ("zero seq", _set("channel_seq", 0), "channel_seq"),
    ("negative", _set("peer_seq_through", -1), "peer_seq_through"),
    ("negative nested", _set("changes.from_exclusive", -5), "changes.from_exclusive"),
    ("huge int", _set("payload.size_plain", 2**64), "payload.size_plain"),
    ("range reversed", _set("changes.to_inclusive", 5), "changes.to_inclusive"),
    ("count beyond range", _set("changes.count", 16), "changes.count"),
    ("kind unknown", _set("kind", "hapus"), "kind"),
    ("site lower case", _set("sender.site", "kantor-a"), "sender.site"),
    ("site too long", _set("recipient.site", "A" * 33), "recipient.site"),
    ("key id too long", _set("sender.key_id", "A" * 81), "sender.key_id"),
    ("app version too long", _set("app_version", "1" * 33), "app_version"),
    ("schema not digits", _set("schema_revision", "head"), "schema_revision"),
    ("uuid upper case", _set("package_id", str(HEADER.package_id).upper()), "package_id"),
    ("uuid garbage", _set("sender.incarnation", "x" * 36), "sender.incarnation"),
    ("sha256 short", _set("payload.sha256", "ab" * 31), "payload.sha256"),
    ("size zero", _set("payload.size_compressed", 0), "payload.size_compressed"),
    ("created local", _set("created_at", "2026-11-26T07:00:05+07:00"), "created_at"),
    ("created impossible", _set("created_at", "2026-02-30T07:00:05Z"), "created_at"),
    ("created too early", _set("created_at", "1979-12-31T23:59:59Z"), "created_at"),
    ("object for text", _set("app_version", {"a": 1}), "app_version"),
    ("text for object", _set("changes", "semua"), "changes"),
    ("null", _set("recipient.key_id", None), "recipient.key_id"),
    ("format zero", _set("format_version", 0), "format_version"),
]


@pytest.mark.parametrize(("mutate", "field"), [(m, f) for _, m, f in BAD],
                         ids=[name for name, _, _ in BAD])
def test_bad_field_is_named(mutate: Callable[[dict[str, Any]], None], field: str) -> None:
    raw = _raw()
    mutate(raw)
    with pytest.raises(ManifestError) as info:
        Manifest.from_bytes(_bytes(raw))
    assert info.value.field == field
    assert f"'{field}'" in info.value.message
    assert isinstance(info.value, ValidationError)


@pytest.mark.parametrize("data", [
    b"",
    b"[]",
    b"\xff\xfe",
    b'{"a":1,"a":2}',
    b'{"channel_seq":1.0}',
    b'{"x":NaN}',
    b"[" * 100_000,
], ids=["empty", "array", "not utf8", "duplicate key", "float", "nan", "deep nesting"])
def test_not_a_manifest(data: bytes) -> None:
    with pytest.raises(ManifestError):
        Manifest.from_bytes(data)


def test_float_anywhere_is_refused() -> None:
    data = MANIFEST.to_bytes().replace(b'"channel_seq":3', b'"channel_seq":3.0')
    with pytest.raises(ManifestError, match="pecahan"):
        Manifest.from_bytes(data)


def test_non_canonical_bytes_are_refused() -> None:
    pretty = json.dumps(_raw(), sort_keys=True, indent=1).encode()
    with pytest.raises(ManifestError, match="kanonis"):
        Manifest.from_bytes(pretty)


def test_newer_format_version_asks_for_an_update() -> None:
    raw = _raw()
    raw["format_version"] = FORMAT_VERSION + 1
    raw["field_of_the_future"] = True  # a newer format may add keys: still "versi"
    with pytest.raises(UnsupportedVersion, match="versi") as info:
        Manifest.from_bytes(_bytes(raw))
    assert info.value.field == "format_version"


def test_writer_refuses_what_the_reader_would_refuse() -> None:
    bad = Manifest(HEADER, PayloadInfo("AB" * 32, 120, 400, 2))
    with pytest.raises(ManifestError, match=r"payload\.sha256"):
        bad.to_bytes()
    naive = HEADER.__class__(**{
        **{f: getattr(HEADER, f) for f in HEADER.__dataclass_fields__},
        "created_at": dt.datetime(2026, 11, 26, 7, 0, 5),
    })
    with pytest.raises(ManifestError, match="created_at"):
        naive.binding()


@pytest.mark.parametrize(("value", "where"), [
    ({"a": [1, {"b": 0.5}]}, "a[1].b"),
    ({"a": (1, 2)}, "a"),
    ({1: "x"}, "nilai"),
    ({"a": b"x"}, "a"),
])
def test_canonical_dumps_refuses_what_would_not_round_trip(value: object, where: str) -> None:
    with pytest.raises(ValidationError, match=where.replace("[", r"\[").replace("]", r"\]")):
        canonical.dumps(value)


def test_canonical_dumps_is_sorted_compact_utf8() -> None:
    assert canonical.dumps({"b": 1, "a": "é", "c": [None, True]}) == (
        '{"a":"é","b":1,"c":[null,true]}'.encode()
    )
