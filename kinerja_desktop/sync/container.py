"""The ZIP around a package: written deterministically, read defensively.

The reader trusts nothing in the file: names, sizes and compression ratios are
checked from the central directory first and again while reading, because a
hostile ZIP can lie in its headers.
"""

from __future__ import annotations

import io
import os
import re
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from kinerja_desktop.sync.errors import PackageRejected, Reason

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.bin"
MEMBERS = (MANIFEST, SIGNATURE, PAYLOAD)  # also the order they are written in
SIGNATURE_SIZE = 64  # raw Ed25519
# Read cap for manifest.sig: a wrong length then reads as a bad signature, not a bomb.
_SIGNATURE_CAP = 1024
_MAGIC = b"PK\x03\x04"
# Whatever zipfile raises on a malformed archive; anything else is our bug.
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
    NotImplementedError, RuntimeError, IndexError, KeyError, struct.error,
)


@dataclass(frozen=True, slots=True)
class Caps:
    """Limits the receiver applies before trusting anything in a package."""

    max_file: int = 256 << 20
    max_manifest: int = 64 << 10
    max_payload: int = 256 << 20  # payload.bin as stored (sealed zstd)
    max_total: int = 300 << 20  # all members uncompressed together
    max_plain: int = 1 << 30  # NDJSON after zstd: the hard cap whatever the manifest says
    max_ratio: int = 100  # uncompressed/compressed per member in the ZIP


@dataclass(frozen=True, slots=True)
class Members:
    manifest: bytes
    signature: bytes
    payload: bytes


def write_zip(target: Path, members: Members, date_time: tuple[int, int, int, int, int, int]
              ) -> None:
    """Temp file in the same folder, fsync, then rename: a reader (or a USB
    stick pulled out) never sees half a package under the final name."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".kinerja.tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as zf:
                for name, data in zip(
                    MEMBERS, (members.manifest, members.signature, members.payload), strict=True
                ):
                    info = zipfile.ZipInfo(name, date_time=date_time)
                    info.compress_type = zipfile.ZIP_STORED
                    info.external_attr = 0o644 << 16
                    info.create_system = 3  # unix: the same bytes whichever OS wrote them
                    zf.writestr(info, data)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _bad_name(name: str) -> str | None:
    if name.endswith("/"):
        return "berisi folder"
    if "\\" in name:
        return "berisi garis miring terbalik"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "berupa jalur absolut"
    if ".." in name.split("/"):
        return "berisi '..'"
    if "\x00" in name:
        return "berisi karakter nol"
    return None


def read_members(data: bytes, caps: Caps) -> Members:
    if not data.startswith(_MAGIC):
        raise PackageRejected(Reason.BUKAN_ZIP, "bukan berkas paket Kinerja (bukan ZIP).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_directory(infos, caps)
            by_name = {info.filename: info for info in infos}
            read = {name: _read(zf, by_name[name], caps) for name in MEMBERS}
    except PackageRejected:
        raise
    except _ZIP_ERRORS as exc:
        raise PackageRejected(Reason.BUKAN_ZIP, _zip_rusak(exc)) from None
    if len(read[SIGNATURE]) != SIGNATURE_SIZE:
        raise PackageRejected(
            Reason.TANDA_TANGAN,
            f"{SIGNATURE} harus {SIGNATURE_SIZE} bita, berisi {len(read[SIGNATURE])} bita.",
        )
    return Members(read[MANIFEST], read[SIGNATURE], read[PAYLOAD])


def _limit(name: str, caps: Caps) -> int:
    return {MANIFEST: caps.max_manifest, SIGNATURE: _SIGNATURE_CAP, PAYLOAD: caps.max_payload}[
        name
    ]


def _check_directory(infos: list[zipfile.ZipInfo], caps: Caps) -> None:
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        problem = _bad_name(name)
        if problem:
            raise PackageRejected(Reason.ANGGOTA, f"nama anggota '{name}' {problem}.")
        if name in seen:
            raise PackageRejected(Reason.ANGGOTA, f"anggota '{name}' muncul dua kali.")
        seen.add(name)
        if name not in MEMBERS:
            raise PackageRejected(Reason.ANGGOTA, f"anggota tak dikenal '{name}'.")
        if info.flag_bits & 0x1:
            raise PackageRejected(Reason.ANGGOTA, f"anggota '{name}' terenkripsi ZIP.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRejected(
                Reason.ANGGOTA, f"anggota '{name}' memakai kompresi tak didukung."
            )
    missing = [name for name in MEMBERS if name not in seen]
    if missing:
        raise PackageRejected(Reason.ANGGOTA, f"anggota '{missing[0]}' tidak ada.")
    total = 0
    for info in infos:
        _check_sizes(info.filename, info.file_size, info.compress_size, caps)
        total += info.file_size
    if total > caps.max_total:
        raise PackageRejected(
            Reason.BOM, f"isi ZIP {total} bita setelah diurai, melebihi batas {caps.max_total}."
        )


def _check_sizes(name: str, size: int, compressed: int, caps: Caps) -> None:
    limit = _limit(name, caps)
    if size > limit:
        raise PackageRejected(
            Reason.BOM, f"anggota '{name}' {size} bita setelah diurai, melebihi batas {limit}."
        )
    if size > 1024 and size > caps.max_ratio * max(compressed, 1):
        raise PackageRejected(
            Reason.BOM,
            f"anggota '{name}' mengembang {size // max(compressed, 1)}× (bom ZIP).",
        )


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, caps: Caps) -> bytes:
    # Bounded by the (already checked) header size + 1: a member whose data is
    # longer than its header says is caught here, not after filling memory.
    bound = min(info.file_size, _limit(info.filename, caps)) + 1
    with zf.open(info) as member:
        data = member.read(bound)
    if len(data) != info.file_size:
        raise PackageRejected(
            Reason.BOM,
            f"anggota '{info.filename}' berisi {len(data)} bita, header menyebut "
            f"{info.file_size}.",
        )
    _check_sizes(info.filename, len(data), info.compress_size, caps)
    return data


def _zip_rusak(exc: BaseException) -> str:
    """The operator's words; zipfile's English detail only as the member it names."""
    text = str(exc)
    member = re.search(r"'([^']+)'", text)
    if "CRC" in text:
        where = f" (isi {member.group(1)} tidak cocok dengan CRC-nya)" if member else ""
        return f"berkas ZIP rusak: ada bagian yang berubah{where}."
    return "berkas ZIP rusak atau terpotong (salinan tidak lengkap)."
