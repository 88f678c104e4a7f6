"""The package file: round trip, and every format-level bad input of issue 6.

Real files in tmp_path and real keys (made and loaded through sync/keys.py);
tampered packages are built with the real ZIP writer, signer and HPKE so each
one gets exactly as far through the receiver's chain as a real attacker would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zstandard
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_desktop.sync import envelope
from kinerja_desktop.sync.container import MEMBERS, Caps
from kinerja_desktop.sync.errors import PackageRejected, SenderKeyRevoked
from kinerja_desktop.sync.keys import (
    fingerprint,
    generate_site_keys,
    load_encryption_key,
    load_signing_key,
)
from kinerja_desktop.sync.manifest import (
    ChangeRange,
    Manifest,
    PackageHeader,
    PackageKind,
    PayloadInfo,
    RecipientRef,
    SenderRef,
)
from kinerja_desktop.sync.package import (
    OpenedPackage,
    read_package,
    sha256_file,
    write_package,
)

PASSPHRASE = "frasa-sandi-kunci"
SCHEMA = "0005"
RECORDS: list[dict[str, Any]] = [
    {"entity": "pegawai", "seq": 1, "data": {"nip": "199001012015031001", "nama": "Siti"}},
    {"entity": "skp", "seq": 2, "data": {"tahun": 2026, "catatan": "baris\nbaru é", "x": None}},
]


@dataclass(frozen=True)
class Site:
    code: str
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_id(self) -> str:
        return fingerprint(_raw(self.sign.public_key()))

    @property
    def box_id(self) -> str:
        return fingerprint(_raw(self.box.public_key()))


def _raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _site(code: str) -> Site:
    sign, box = generate_site_keys(PASSPHRASE)
    return Site(
        code,
        load_signing_key(sign.private_key_enc, PASSPHRASE),
        load_encryption_key(box.private_key_enc, PASSPHRASE),
    )


@pytest.fixture(scope="module")
def sites() -> dict[str, Site]:
    return {code: _site(code) for code in ("KANTOR-A", "KANTOR-B", "PROV")}


def header(sites: dict[str, Site], sender: str = "KANTOR-A", recipient: str = "PROV",
           **changes: Any) -> PackageHeader:
    s, r = sites[sender], sites[recipient]
    base = PackageHeader(
        package_id=uuid.uuid4(),
        kind=PackageKind.DATA,
        sender=SenderRef(s.code, s.sign_id, uuid.UUID("11111111-2222-4333-8444-555555555555")),
        recipient=RecipientRef(r.code, r.box_id),
        app_version="0.1.0",
        schema_revision=SCHEMA,
        channel_seq=1,
        changes=ChangeRange(0, 2, 2),
        peer_seq_through=0,
        created_at=dt.datetime(2026, 11, 26, 7, 0, 5, tzinfo=dt.UTC),
    )
    return dataclasses.replace(base, **changes)


def write(folder: Path, sites: dict[str, Site], records: list[dict[str, Any]] = RECORDS,
          sender: str = "KANTOR-A", recipient: str = "PROV", **changes: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_package(
        folder, header(sites, sender, recipient, **changes), records,
        signing_key=sites[sender].sign, recipient_public=sites[recipient].box.public_key(),
    )


def lookup(sites: dict[str, Site], revoked: frozenset[str] = frozenset()
           ) -> Callable[[str, str], Ed25519PublicKey | None]:
    """The receiver's enrolled keys, keyed by (site, key id), as the import will pass it."""
    known = {(s.code, s.sign_id): s.sign.public_key() for s in sites.values()}

    def find(site: str, key_id: str) -> Ed25519PublicKey | None:
        if site in revoked and (site, key_id) in known:
            raise SenderKeyRevoked(site, key_id, "2026-11-20")
        return known.get((site, key_id))
    return find


def read(path: Path, sites: dict[str, Site], recipient: str = "PROV",
         caps: Caps | None = None, revoked: frozenset[str] = frozenset(),
         **kw: Any) -> OpenedPackage:
    return read_package(
        path, expected_recipient=kw.get("expected", recipient),
        sender_key=kw.get("sender_key", lookup(sites, revoked)),
        recipient_private=sites[recipient].box, supported_schema=SCHEMA, caps=caps,
    )


def rejected(path: Path, sites: dict[str, Site], **kw: Any) -> PackageRejected:
    with pytest.raises(PackageRejected) as info:
        read(path, sites, **kw)
    assert info.value.message.startswith(f"Paket {path.name} ditolak: ")
    return info.value


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rezip(path: Path, entries: list[tuple[str, bytes]],
          compression: int = zipfile.ZIP_STORED) -> Path:
    """A valid ZIP (CRCs right) with whatever entries a tamperer chooses."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on the duplicate names we want
        with zipfile.ZipFile(path, "w", compression=compression) as zf:
            for name, data in entries:
                zf.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, compression)
    return path


def forge(path: Path, signer: Ed25519PrivateKey, manifest: Manifest, payload: bytes) -> Path:
    """What a holder of ``signer`` could make: any manifest, signed, any payload."""
    data = manifest.to_bytes()
    return rezip(path, [("manifest.json", data), ("manifest.sig", signer.sign(data)),
                        ("payload.bin", payload)])


def sealed_manifest(hdr: PackageHeader, blob: bytes, size_compressed: int, size_plain: int,
                    records: int) -> Manifest:
    info = PayloadInfo(hashlib.sha256(blob).hexdigest(), size_compressed, size_plain, records)
    return Manifest(hdr, info)


# --- round trip -------------------------------------------------------------------------


def test_round_trip(tmp_path: Path, sites: dict[str, Site]) -> None:
    hdr = header(sites, channel_seq=42)
    path = write_package(tmp_path, hdr, iter(RECORDS), signing_key=sites["KANTOR-A"].sign,
                         recipient_public=sites["PROV"].box.public_key())
    assert path.name == "KANTOR-A_PROV_000042_20261126T070005Z.kinerja"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist() == list(MEMBERS)
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
        assert len(zf.read("manifest.sig")) == 64
    opened = read(path, sites)
    assert opened.records == RECORDS
    assert opened.manifest.header == hdr
    assert opened.manifest.payload.records == 2
    assert opened.sha256 == sha256_file(path)
    assert opened.path == path


def test_empty_package_round_trips(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites, [], kind=PackageKind.ACK, changes=ChangeRange(0, 0, 0))
    opened = read(path, sites)
    assert opened.records == []
    assert opened.manifest.payload.size_plain == 0


def test_writer_refuses_floats(tmp_path: Path, sites: dict[str, Site]) -> None:
    with pytest.raises(Exception, match=r"rekaman ke-2\.data\.nilai: bilangan pecahan"):
        write(tmp_path, sites, [{"a": 1}, {"data": {"nilai": 87.5}}])
    assert list(tmp_path.iterdir()) == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


# tmp_path is shared by the examples on purpose: each writes or overwrites its own file.
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(records=st.lists(st.dictionaries(st.text(), JSON, max_size=5), max_size=6))
def test_any_json_records_round_trip(
    tmp_path: Path, sites: dict[str, Site], records: list[dict[str, Any]]
) -> None:
    path = write(tmp_path, sites, records, changes=ChangeRange(0, 10, len(records)))
    assert read(path, sites).records == records


# --- not a package at all --------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.binary(max_size=2000) | st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b))
def test_random_bytes(tmp_path: Path, sites: dict[str, Site], data: bytes) -> None:
    path = tmp_path / "acak.kinerja"
    path.write_bytes(data)
    assert rejected(path, sites).reason in {"bukan_zip", "anggota"}


def test_truncated_at_every_point(tmp_path: Path, sites: dict[str, Site]) -> None:
    data = write(tmp_path / "asli", sites).read_bytes()
    path = tmp_path / "potong.kinerja"
    for cut in range(len(data)):
        path.write_bytes(data[:cut])
        with pytest.raises(PackageRejected):
            read(path, sites)


def test_file_over_the_size_cap(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites)
    caps = Caps(max_file=path.stat().st_size - 1)
    assert rejected(path, sites, caps=caps).reason == "ukuran"


def test_missing_file(tmp_path: Path, sites: dict[str, Site]) -> None:
    assert rejected(tmp_path / "hilang.kinerja", sites).reason == "bukan_zip"


# --- flipped bytes ---------------------------------------------------------------------


def _member_span(path: Path, name: str) -> range:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    data = path.read_bytes()
    start = info.header_offset + 30 + int.from_bytes(data[info.header_offset + 26:
                                                          info.header_offset + 28], "little")
    return range(start, start + info.compress_size)


@pytest.mark.parametrize("name", MEMBERS)
def test_flipped_byte_in_the_file_is_rejected(tmp_path: Path, sites: dict[str, Site],
                                              name: str) -> None:
    original = write(tmp_path / "asli", sites)
    data = bytearray(original.read_bytes())
    span = _member_span(original, name)
    path = tmp_path / "balik.kinerja"
    for at in range(span.start, span.stop, max(1, len(span) // 64)):
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        path.write_bytes(flipped)
        with pytest.raises(PackageRejected):  # the ZIP CRC is the first to notice
            read(path, sites)


def test_flipped_byte_in_manifest_with_a_valid_zip(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    manifest = parts["manifest.json"]
    reasons = set()
    for at in range(len(manifest)):
        flipped = bytearray(manifest)
        flipped[at] ^= 0x01
        path = rezip(tmp_path / "balik.kinerja", [("manifest.json", bytes(flipped)),
                                                 ("manifest.sig", parts["manifest.sig"]),
                                                 ("payload.bin", parts["payload.bin"])])
        reasons.add(rejected(path, sites).reason)
    assert reasons <= {"manifest", "tanda_tangan", "pengirim_tidak_dikenal"}
    assert "tanda_tangan" in reasons


def test_flipped_channel_seq_fails_the_signature(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    manifest = parts["manifest.json"].replace(b'"channel_seq":1,', b'"channel_seq":3,')
    path = rezip(tmp_path / "balik.kinerja", [("manifest.json", manifest),
                                             ("manifest.sig", parts["manifest.sig"]),
                                             ("payload.bin", parts["payload.bin"])])
    assert rejected(path, sites).reason == "tanda_tangan"


@pytest.mark.parametrize(("name", "reason"), [
    ("manifest.sig", "tanda_tangan"),
    ("payload.bin", "payload"),
])
def test_flipped_byte_in_signature_or_payload(tmp_path: Path, sites: dict[str, Site],
                                              name: str, reason: str) -> None:
    parts = members(write(tmp_path / "asli", sites))
    for at in (0, len(parts[name]) // 2, len(parts[name]) - 1):
        flipped = bytearray(parts[name])
        flipped[at] ^= 0x80
        entries = [(n, bytes(flipped) if n == name else parts[n]) for n in MEMBERS]
        path = rezip(tmp_path / "balik.kinerja", entries)
        assert rejected(path, sites).reason == reason


def test_sender_cannot_alter_a_sealed_payload(tmp_path: Path, sites: dict[str, Site]) -> None:
    """Even with a re-signed manifest that matches the altered bytes, AES-GCM refuses."""
    a = sites["KANTOR-A"]
    original = write(tmp_path / "asli", sites)
    opened = read(original, sites)
    blob = bytearray(members(original)["payload.bin"])
    blob[-1] ^= 0x01
    p = opened.manifest.payload
    manifest = sealed_manifest(opened.manifest.header, bytes(blob), p.size_compressed,
                               p.size_plain, p.records)
    path = forge(tmp_path / "ubah.kinerja", a.sign, manifest, bytes(blob))
    assert rejected(path, sites).reason == "dekripsi"


# --- swapped payload -------------------------------------------------------------------


def test_payload_swapped_from_another_package(tmp_path: Path, sites: dict[str, Site]) -> None:
    one = members(write(tmp_path / "satu", sites, channel_seq=1))
    two = members(write(tmp_path / "dua", sites, [{"lain": 1}], channel_seq=2,
                        changes=ChangeRange(2, 3, 1)))
    path = rezip(tmp_path / "tukar.kinerja", [("manifest.json", one["manifest.json"]),
                                             ("manifest.sig", one["manifest.sig"]),
                                             ("payload.bin", two["payload.bin"])])
    assert rejected(path, sites).reason == "payload"


def test_swapped_payload_does_not_decrypt_even_with_matching_hash(
    tmp_path: Path, sites: dict[str, Site]
) -> None:
    """The HPKE info binds the payload to its manifest header: a sender's manifest
    re-signed around another package's payload still does not open."""
    a = sites["KANTOR-A"]
    other = write(tmp_path / "lain", sites, channel_seq=1)
    blob = members(other)["payload.bin"]
    p = read(other, sites).manifest.payload
    manifest = sealed_manifest(header(sites, channel_seq=2, changes=ChangeRange(2, 4, 2)),
                               blob, p.size_compressed, p.size_plain, p.records)
    path = forge(tmp_path / "tukar.kinerja", a.sign, manifest, blob)
    assert rejected(path, sites).reason == "dekripsi"


# --- members ---------------------------------------------------------------------------


def _entries_with(parts: dict[str, bytes], *extra: tuple[str, bytes],
                  drop: str | None = None) -> list[tuple[str, bytes]]:
    return [(n, parts[n]) for n in MEMBERS if n != drop] + list(extra)


@pytest.mark.parametrize(("change", "words"), [
    ({"extra": ("catatan.txt", b"halo")}, "catatan.txt"),
    ({"drop": "manifest.sig"}, "manifest.sig"),
    ({"drop": "payload.bin"}, "payload.bin"),
    ({"extra": ("../x", b"x")}, "'..'"),
    ({"extra": ("/etc/passwd", b"x")}, "absolut"),
    ({"extra": ("C:/x", b"x")}, "absolut"),
    ({"extra": ("a\\..\\x", b"x")}, "terbalik"),
    ({"extra": ("folder/", b"")}, "folder"),
    ({"extra": ("manifest.json", b"{}")}, "dua kali"),
    ({"extra": ("payload.bin", b"x")}, "dua kali"),
], ids=["extra", "missing sig", "missing payload", "dotdot", "absolute", "drive",
        "backslash", "directory", "duplicate manifest", "duplicate payload"])
def test_bad_members(tmp_path: Path, sites: dict[str, Site], change: dict[str, Any],
                     words: str) -> None:
    parts = members(write(tmp_path / "asli", sites))
    extra = (change["extra"],) if "extra" in change else ()
    path = rezip(tmp_path / "anggota.kinerja",
                 _entries_with(parts, *extra, drop=change.get("drop")))
    error = rejected(path, sites)
    assert error.reason == "anggota"
    assert words in error.message


def test_deflated_members_are_accepted(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    path = rezip(tmp_path / "deflate.kinerja", _entries_with(parts), zipfile.ZIP_DEFLATED)
    assert read(path, sites).records == RECORDS


def test_wrong_signature_length(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    parts["manifest.sig"] += b"\x00"
    path = rezip(tmp_path / "sig.kinerja", _entries_with(parts))
    assert rejected(path, sites).reason == "tanda_tangan"


# --- bombs -----------------------------------------------------------------------------


def test_zip_bomb(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    parts["payload.bin"] = bytes(20 << 20)  # 20 MiB of zeros deflate to ~20 KiB
    path = rezip(tmp_path / "bom.kinerja", _entries_with(parts), zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 100_000
    error = rejected(path, sites)
    assert error.reason == "bom"
    assert "payload.bin" in error.message


def test_zip_member_over_the_size_cap(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    parts["manifest.json"] = bytes(70 << 10)
    path = rezip(tmp_path / "besar.kinerja", _entries_with(parts))
    error = rejected(path, sites)
    assert error.reason == "bom"
    assert "manifest.json" in error.message


def _patch_declared_size(data: bytearray, new_size: int) -> None:
    """Makes every local and central header claim ``new_size`` uncompressed bytes."""
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            data[at + offset:at + offset + 4] = new_size.to_bytes(4, "little")
            at = data.find(signature, at + 4)


def test_zip_headers_that_understate_the_size(tmp_path: Path, sites: dict[str, Site]) -> None:
    """Headers say 100 bytes, the deflate stream holds megabytes: reading stops at the
    declared size (the CRC no longer matches), nothing expands into memory."""
    parts = members(write(tmp_path / "asli", sites))
    parts["payload.bin"] = bytes(8 << 20)
    path = rezip(tmp_path / "bohong.kinerja", _entries_with(parts), zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    _patch_declared_size(data, 100)
    path.write_bytes(data)
    assert rejected(path, sites).reason in {"bukan_zip", "bom", "tanda_tangan"}


def test_zstd_bomb_with_an_honest_manifest(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites, [{"isi": "a" * (3 << 20)}], changes=ChangeRange(0, 1, 1))
    assert path.stat().st_size < 10_000
    error = rejected(path, sites, caps=Caps(max_plain=1 << 20))
    assert error.reason == "bom"


def test_zstd_bomb_under_a_lying_manifest(tmp_path: Path, sites: dict[str, Site]) -> None:
    """Signed by an enrolled sender and sealed to us, so it passes the signature and
    decryption; the manifest says 100 bytes, the frame expands to 32 MiB."""
    a = sites["KANTOR-A"]
    hdr = header(sites, changes=ChangeRange(0, 1, 1))
    plain = b'{"isi":"' + b"a" * (32 << 20) + b'"}\n'
    compressed = zstandard.ZstdCompressor(level=3).compress(plain)
    blob = envelope.SUITE.encrypt(compressed, sites["PROV"].box.public_key(),
                                  info=hdr.binding())
    manifest = sealed_manifest(hdr, blob, len(compressed), 100, 1)
    path = forge(tmp_path / "bom.kinerja", a.sign, manifest, blob)
    assert path.stat().st_size < 100_000
    error = rejected(path, sites)
    assert error.reason == "bom"
    assert "zstd" in error.message


@pytest.mark.parametrize(("plain", "declared", "count", "reason"), [
    (b'{"a":1}\n', 20, 1, "payload"),  # shorter than declared
    (b'{"a":1}\n{"b":2}\n', 16, 1, "rekaman"),  # more records than declared
    (b'{"a":1.5}\n', 10, 1, "rekaman"),
    (b"[1,2]\n", 6, 1, "rekaman"),
    (b'{"a":1}', 7, 1, "rekaman"),  # no final newline
    (b"\xff\n", 2, 1, "rekaman"),
    (b'{"a":1,"a":2}\n', 14, 1, "rekaman"),
])
def test_bad_records_from_an_enrolled_sender(tmp_path: Path, sites: dict[str, Site],
                                             plain: bytes, declared: int, count: int,
                                             reason: str) -> None:
    hdr = header(sites, changes=ChangeRange(0, 5, count))
    compressed = zstandard.ZstdCompressor().compress(plain)
    blob = envelope.SUITE.encrypt(compressed, sites["PROV"].box.public_key(),
                                  info=hdr.binding())
    manifest = sealed_manifest(hdr, blob, len(compressed), declared, count)
    path = forge(tmp_path / "rekaman.kinerja", sites["KANTOR-A"].sign, manifest, blob)
    assert rejected(path, sites).reason == reason


# --- who sent it, for whom ---------------------------------------------------------------


def test_unknown_sender(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites)
    error = rejected(path, sites, sender_key=lambda site, key_id: None)
    assert error.reason == "pengirim_tidak_dikenal"
    assert "KANTOR-A" in error.message


def test_revoked_key(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites)
    error = rejected(path, sites, revoked=frozenset({"KANTOR-A"}))
    assert error.reason == "kunci_dicabut"
    assert "2026-11-20" in error.message


def test_site_a_signing_as_site_b(tmp_path: Path, sites: dict[str, Site]) -> None:
    a, b = sites["KANTOR-A"], sites["KANTOR-B"]
    # Claims B with B's key id, signed with A's key: the signature does not verify.
    hdr = header(sites, sender="KANTOR-B")
    sealed = envelope.seal(RECORDS, sites["PROV"].box.public_key(), hdr.binding())
    manifest = sealed_manifest(hdr, sealed.blob, sealed.size_compressed, sealed.size_plain,
                               sealed.records)
    path = forge(tmp_path / "palsu.kinerja", a.sign, manifest, sealed.blob)
    assert rejected(path, sites).reason == "tanda_tangan"
    # Claims B but names A's key id: no such key is enrolled for B.
    hdr = dataclasses.replace(hdr, sender=SenderRef(b.code, a.sign_id, hdr.sender.incarnation))
    manifest = sealed_manifest(hdr, sealed.blob, sealed.size_compressed, sealed.size_plain,
                               sealed.records)
    path = forge(tmp_path / "palsu2.kinerja", a.sign, manifest, sealed.blob)
    assert rejected(path, sites).reason == "pengirim_tidak_dikenal"


def test_wrong_recipient(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites, recipient="KANTOR-B")
    error = rejected(path, sites, expected="PROV")
    assert error.reason == "penerima"
    assert "KANTOR-B" in error.message


def test_sealed_to_another_key(tmp_path: Path, sites: dict[str, Site]) -> None:
    """Addressed to PROV in the manifest, encrypted to KANTOR-B's key."""
    hdr = header(sites)
    path = write_package(tmp_path, hdr, RECORDS, signing_key=sites["KANTOR-A"].sign,
                         recipient_public=sites["KANTOR-B"].box.public_key())
    assert rejected(path, sites).reason == "dekripsi"


# --- versions ----------------------------------------------------------------------------


def test_schema_newer_than_this_app(tmp_path: Path, sites: dict[str, Site]) -> None:
    path = write(tmp_path, sites, schema_revision="0099")
    error = rejected(path, sites)
    assert error.reason == "versi"
    assert "versi" in error.message and "0099" in error.message


def test_format_newer_than_this_app(tmp_path: Path, sites: dict[str, Site]) -> None:
    parts = members(write(tmp_path / "asli", sites))
    manifest = parts["manifest.json"].replace(b'"format_version":1', b'"format_version":2')
    path = rezip(tmp_path / "baru.kinerja", [
        ("manifest.json", manifest), ("manifest.sig", sites["KANTOR-A"].sign.sign(manifest)),
        ("payload.bin", parts["payload.bin"])])
    error = rejected(path, sites)
    assert error.reason == "versi"
    assert "versi" in error.message


def test_sha256_file_matches_hashlib(tmp_path: Path) -> None:
    path = tmp_path / "berkas.bin"
    data = bytes(range(256)) * 5000
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()

