"""The records inside a package's payload, and their strict validation.

One NDJSON line per record, told apart by ``t``:
- ``ubah``: one changed row (the newest version of it since the last acknowledgement);
- ``berkas``: attachment bytes a changed row refers to (logo, bukti dukung, …);
- ``ack``: how far this site has applied the recipient's changes, and a resend request;
- ``status``: a change of the recipient that was not simply applied here, with why;
- ``referensi``: what a parent hands down besides rows (minimum app version, revoked keys);
- ``laporan``: a child's count of the conflicts it recorded itself, and the newest of them.

Everything is checked before the database is touched; the first bad record refuses
the whole package with its line number.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NoReturn

from kinerja_desktop.domain.sync_konflik import Dasar
from kinerja_desktop.sync.errors import PackageRejected, Reason
from kinerja_desktop.sync.manifest import MAX_COUNT, ChangeRange

STATUS_KONFLIK = "konflik"
STATUS_DITOLAK = "ditolak"
STATUS_NILAI = (STATUS_KONFLIK, STATUS_DITOLAK)
_SITE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}")
_SHA = re.compile(r"[0-9a-f]{64}")
_MAX_ALASAN = 2000
_DASAR = frozenset(d.value for d in Dasar)


@dataclass(frozen=True, slots=True)
class Perubahan:
    seq: int  # the sender's outbox seq
    entitas: str
    id: uuid.UUID
    versi: int
    situs: str  # the site where this version was written
    baris: dict[str, Any]  # column key → JSON value


@dataclass(frozen=True, slots=True)
class BerkasIsi:
    sha256: str
    mime: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class StatusUbah:
    seq: int
    entitas: str
    id: uuid.UUID
    status: str  # STATUS_KONFLIK | STATUS_DITOLAK
    alasan: str


@dataclass(frozen=True, slots=True)
class Ack:
    sampai: int  # the recipient's outbox seq applied by the sender, inclusive
    minta_ulang_dari: int | None
    # The recipient's database incarnation those seqs belong to: after a restore the
    # recipient numbers its changes anew and ignores acknowledgements of the old ones.
    inkarnasi: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class KunciDicabut:
    situs: str
    sidik: str  # the key's fingerprint (its key id in manifests)
    pada: str  # ISO date-time of the revocation


@dataclass(frozen=True, slots=True)
class Referensi:
    """What a parent hands down besides rows: the minimum app version of packages it
    accepts, and keys it knows to be revoked."""

    versi_minimal: str | None
    kunci_dicabut: tuple[KunciDicabut, ...]


#: The newest conflicts a child lists for its parent (the count covers all of them).
MAKS_KONFLIK_DILAPORKAN = 200
PEMENANG = ("lokal", "masuk")


@dataclass(frozen=True, slots=True)
class KonflikDilaporkan:
    """One conflict decided at a child site (or below it), as its parent is told."""

    situs: str  # the site that decided it
    peer: str  # the site whose package brought the other version there
    entitas: str
    id: uuid.UUID
    dasar: str  # domain.sync_konflik.Dasar value
    pemenang: str  # "lokal" (the deciding site's version) | "masuk"
    situs_menang: str
    situs_kalah: str
    versi_menang: int
    versi_kalah: int
    pada: str  # ISO date-time it was recorded
    data_kalah: dict[str, Any]  # the losing version, column key → JSON value


@dataclass(frozen=True, slots=True)
class Laporan:
    """What a child tells its parent about itself: the conflicts recorded there (with
    those its own children reported), which the parent never sees as conflicts: how
    many, and the newest of them. ``daftar`` is None from a sender older than the list."""

    konflik: int
    daftar: tuple[KonflikDilaporkan, ...] | None = None


@dataclass(slots=True)
class IsiPaket:
    perubahan: list[Perubahan] = field(default_factory=list)
    berkas: list[BerkasIsi] = field(default_factory=list)
    status: list[StatusUbah] = field(default_factory=list)
    ack: Ack | None = None
    referensi: Referensi | None = None
    laporan: Laporan | None = None


def rekaman_ubah(p: Perubahan) -> dict[str, object]:
    return {"t": "ubah", "seq": p.seq, "entitas": p.entitas, "id": str(p.id),
            "versi": p.versi, "situs": p.situs, "baris": p.baris}


def rekaman_berkas(b: BerkasIsi) -> dict[str, object]:
    return {"t": "berkas", "sha256": b.sha256, "mime": b.mime,
            "data": base64.b64encode(b.data).decode("ascii")}


def rekaman_ack(a: Ack) -> dict[str, object]:
    return {"t": "ack", "sampai": a.sampai, "minta_ulang_dari": a.minta_ulang_dari,
            "inkarnasi": None if a.inkarnasi is None else str(a.inkarnasi)}


def rekaman_status(s: StatusUbah) -> dict[str, object]:
    return {"t": "status", "seq": s.seq, "entitas": s.entitas, "id": str(s.id),
            "status": s.status, "alasan": s.alasan}


def rekaman_referensi(r: Referensi) -> dict[str, object]:
    return {"t": "referensi", "versi_minimal": r.versi_minimal,
            "kunci_dicabut": [{"situs": k.situs, "sidik": k.sidik, "pada": k.pada}
                              for k in r.kunci_dicabut]}


def rekaman_laporan(r: Laporan) -> dict[str, object]:
    out: dict[str, object] = {"t": "laporan", "konflik": r.konflik}
    if r.daftar is not None:
        out["daftar"] = [
            {"situs": k.situs, "peer": k.peer, "entitas": k.entitas, "id": str(k.id),
             "dasar": k.dasar, "pemenang": k.pemenang, "situs_menang": k.situs_menang,
             "situs_kalah": k.situs_kalah, "versi_menang": k.versi_menang,
             "versi_kalah": k.versi_kalah, "pada": k.pada, "data_kalah": k.data_kalah}
            for k in r.daftar]
    return out


def susun(isi: IsiPaket) -> Iterable[dict[str, object]]:
    """Acks first, then attachments, then changes in the order they are to be applied."""
    if isi.referensi is not None:
        yield rekaman_referensi(isi.referensi)
    if isi.ack is not None:
        yield rekaman_ack(isi.ack)
    if isi.laporan is not None:
        yield rekaman_laporan(isi.laporan)
    yield from (rekaman_status(s) for s in isi.status)
    yield from (rekaman_berkas(b) for b in isi.berkas)
    yield from (rekaman_ubah(p) for p in isi.perubahan)


class _Rek:
    def __init__(self, raw: Mapping[str, Any], line: int, keys: frozenset[str]) -> None:
        self.raw, self.line = raw, line
        if raw.keys() == keys:  # the usual case, checked first: one per record
            return
        missing = sorted(keys - raw.keys())
        if missing:
            self.fail(f"kolom '{missing[0]}' tidak ada")
        unknown = sorted(raw.keys() - keys)
        if unknown:
            self.fail(f"kolom '{unknown[0]}' tidak dikenal")

    def fail(self, problem: str) -> NoReturn:
        raise PackageRejected(Reason.REKAMAN, f"rekaman baris {self.line}: {problem}.")

    def integer(self, key: str, minimum: int = 0) -> int:
        v = self.raw[key]
        if not isinstance(v, int) or isinstance(v, bool) or not minimum <= v <= MAX_COUNT:
            self.fail(f"'{key}' harus bilangan bulat ≥ {minimum}")
        return int(v)

    def text(self, key: str, pattern: re.Pattern[str] | None = None,
             max_len: int = 64) -> str:
        v = self.raw[key]
        if not isinstance(v, str) or len(v) > max_len or (
                pattern is not None and not pattern.fullmatch(v)):
            self.fail(f"'{key}' tidak sah")
        return str(v)

    def uuid(self, key: str) -> uuid.UUID:
        v = self.raw[key]
        try:
            if not isinstance(v, str) or len(v) != 36:
                raise ValueError
            return uuid.UUID(v)
        except ValueError:
            self.fail(f"'{key}' bukan UUID")


_KEYS = {
    "ubah": frozenset({"t", "seq", "entitas", "id", "versi", "situs", "baris"}),
    "berkas": frozenset({"t", "sha256", "mime", "data"}),
    "ack": frozenset({"t", "sampai", "minta_ulang_dari", "inkarnasi"}),
    "status": frozenset({"t", "seq", "entitas", "id", "status", "alasan"}),
    "referensi": frozenset({"t", "versi_minimal", "kunci_dicabut"}),
    "laporan": frozenset({"t", "konflik", "daftar"}),
}
_LAPORAN_LAMA = frozenset({"t", "konflik"})  # from a sender older than the list
_KONFLIK_KEYS = frozenset({"situs", "peer", "entitas", "id", "dasar", "pemenang",
                           "situs_menang", "situs_kalah", "versi_menang", "versi_kalah",
                           "pada", "data_kalah"})
_VERSI = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4}){0,3}")
_SIDIK = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){7}")
_PADA = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{2,26}")


def urai(records: Iterable[Mapping[str, Any]], *, entitas: Collection[str],
         rentang: ChangeRange) -> IsiPaket:
    """Validates every record against the manifest's change range; raises PackageRejected."""
    isi = IsiPaket()
    seqs: set[int] = set()
    for line, raw in enumerate(records, start=1):
        kind = raw.get("t")
        if kind not in _KEYS:
            raise PackageRejected(Reason.REKAMAN, f"rekaman baris {line}: jenis '{kind}' "
                                                  "tidak dikenal.")
        r = _Rek(raw, line, _LAPORAN_LAMA if kind == "laporan" and "daftar" not in raw
                 else _KEYS[str(kind)])
        if kind == "ubah":
            p = _ubah(r, entitas)
            if not rentang.from_exclusive < p.seq <= rentang.to_inclusive:
                r.fail(f"seq {p.seq} di luar rentang manifest ({rentang.from_exclusive}, "
                       f"{rentang.to_inclusive}]")
            if p.seq in seqs:
                r.fail(f"seq {p.seq} muncul dua kali")
            seqs.add(p.seq)
            isi.perubahan.append(p)
        elif kind == "berkas":
            isi.berkas.append(_berkas(r))
        elif kind == "ack":
            if isi.ack is not None:
                r.fail("lebih dari satu rekaman ack")
            ulang = raw["minta_ulang_dari"]
            isi.ack = Ack(r.integer("sampai"),
                          None if ulang is None else r.integer("minta_ulang_dari", 1),
                          None if raw["inkarnasi"] is None else r.uuid("inkarnasi"))
        elif kind == "referensi":
            if isi.referensi is not None:
                r.fail("lebih dari satu rekaman referensi")
            isi.referensi = _referensi(r)
        elif kind == "laporan":
            if isi.laporan is not None:
                r.fail("lebih dari satu rekaman laporan")
            isi.laporan = _laporan(r, entitas)
        else:
            status = r.text("status")
            if status not in STATUS_NILAI:
                r.fail(f"status '{status}' tidak dikenal")
            isi.status.append(StatusUbah(r.integer("seq", 1), r.text("entitas"), r.uuid("id"),
                                         status, r.text("alasan", max_len=_MAX_ALASAN)))
    if len(isi.perubahan) != rentang.count:
        raise PackageRejected(Reason.REKAMAN, f"manifest menyebut {rentang.count} perubahan, "
                                              f"isi paket {len(isi.perubahan)}.")
    return isi


def _ubah(r: _Rek, entitas: Collection[str]) -> Perubahan:
    name = r.text("entitas")
    if name not in entitas:
        r.fail(f"tabel '{name}' tidak disinkronkan")
    baris = r.raw["baris"]
    if not isinstance(baris, dict):
        r.fail("'baris' harus objek")
    p = Perubahan(r.integer("seq", 1), name, r.uuid("id"), r.integer("versi", 1),
                  _situs(r), baris)
    if baris.get("id") != r.raw["id"] or baris.get("version") != p.versi:
        r.fail("id/versi di dalam baris tidak sama dengan rekaman")
    return p


def _situs(r: _Rek) -> str:
    v = r.raw["situs"]
    if isinstance(v, str) and _situs_sah(v):
        return v
    r.fail("'situs' tidak sah")


@lru_cache(maxsize=256)
def _situs_sah(v: str) -> bool:
    return len(v) <= 32 and _SITE.fullmatch(v) is not None


def _berkas(r: _Rek) -> BerkasIsi:
    sha = r.text("sha256", _SHA)
    mime = r.raw["mime"]
    if mime is not None and (not isinstance(mime, str) or len(mime) > 120):
        r.fail("'mime' tidak sah")
    encoded = r.raw["data"]
    if not isinstance(encoded, str):
        r.fail("'data' harus teks base64")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        r.fail("'data' bukan base64")
    if hashlib.sha256(data).hexdigest() != sha:
        r.fail(f"isi berkas tidak cocok dengan sidik {sha[:12]}…")
    return BerkasIsi(sha, mime, data)


def _referensi(r: _Rek) -> Referensi:
    versi = r.raw["versi_minimal"]
    if versi is not None:
        versi = r.text("versi_minimal", _VERSI, 24)
    daftar = r.raw["kunci_dicabut"]
    if not isinstance(daftar, list) or len(daftar) > 10_000:
        r.fail("'kunci_dicabut' harus daftar")
    keys = []
    for item in daftar:
        if not isinstance(item, dict) or set(item) != {"situs", "sidik", "pada"}:
            r.fail("isi 'kunci_dicabut' tidak sah")
        k = _Rek(item, r.line, frozenset({"situs", "sidik", "pada"}))
        keys.append(KunciDicabut(k.text("situs", _SITE, 32), k.text("sidik", _SIDIK, 39),
                                 k.text("pada", _PADA, 40)))
    return Referensi(versi, tuple(keys))


def _laporan(r: _Rek, entitas: Collection[str]) -> Laporan:
    jumlah = r.integer("konflik")
    if "daftar" not in r.raw:
        return Laporan(jumlah)
    daftar = r.raw["daftar"]
    if not isinstance(daftar, list):
        r.fail("'daftar' harus daftar")
    if len(daftar) > MAKS_KONFLIK_DILAPORKAN:
        r.fail(f"'daftar' berisi {len(daftar)} konflik, paling banyak "
               f"{MAKS_KONFLIK_DILAPORKAN}")
    out = []
    for i, item in enumerate(daftar, start=1):
        if not isinstance(item, dict):
            r.fail(f"konflik ke-{i} dalam 'daftar' harus objek")
        k = _Rek(item, r.line, _KONFLIK_KEYS)
        nama = k.text("entitas")
        if nama not in entitas:
            k.fail(f"konflik ke-{i}: tabel '{nama}' tidak disinkronkan")
        dasar = k.text("dasar", max_len=16)
        if dasar not in _DASAR:
            k.fail(f"konflik ke-{i}: dasar '{dasar}' tidak dikenal")
        pemenang = k.text("pemenang", max_len=8)
        if pemenang not in PEMENANG:
            k.fail(f"konflik ke-{i}: pemenang '{pemenang}' tidak dikenal")
        data = item["data_kalah"]
        if not isinstance(data, dict):
            k.fail(f"konflik ke-{i}: 'data_kalah' harus objek")
        out.append(KonflikDilaporkan(
            k.text("situs", _SITE, 32), k.text("peer", _SITE, 32), nama, k.uuid("id"),
            dasar, pemenang, k.text("situs_menang", _SITE, 32),
            k.text("situs_kalah", _SITE, 32), k.integer("versi_menang", 1),
            k.integer("versi_kalah", 1), k.text("pada", _PADA, 40), data))
    return Laporan(jumlah, tuple(out))
