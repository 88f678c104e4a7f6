"""Sync packages (issue 6): the province's import of a year of data, an office's export.

``sync_import_province_sqlite`` / ``sync_import_province_pg``: the province imports one
package from each of K offices of N pegawai (K x N = 100,000: 10 offices of 10,000;
``--quick``: 4 of 1,000). Each package carries a year of the office's data, everything
its outbox holds: the units (one root unit with a Kepala Dinas, units of one head and 19
staff), the pegawai (valid unique NIPs, an atasan chain), per pegawai one DITETAPKAN SKP
with 3 RHK (cascaded: each RHK intervenes the atasan's RHK of the same number) of 1-2
IKI each (4.5 IKI per SKP on average), and the four quarterly evaluasi_periode
(DINILAI, ratings and predikat) with one realisasi_iki per IKI each. About 31.5 rows
per pegawai, 3.15 million rows in all. Timed: ``services.sync_impor.impor`` of every
package file, one after the other in this process, into a fresh copy of the province
database (offices enrolled, no data); each package must be applied in full (status
"diterapkan", no row refused or in conflict). Target: < 3 minutes for 100,000 pegawai
(scaled with the number of pegawai) and ratio <= 4.

Baseline (same run): the same rows (read back from the imported database, so the stored
values are identical) inserted into a fresh copy of the same province database, one
transaction per office and one ``executemany`` per table in the import's table order:
raw ``sqlite3`` with the app's pragmas (WAL, synchronous=FULL, foreign_keys=ON) and
``BEGIN IMMEDIATE``, or psycopg ``executemany`` (no COPY). Columns that refer to their
own or a later table (unit head, atasan, parent unit, cascaded RHK) are inserted NULL and
set by an ``executemany`` UPDATE at the end - the two steps the import takes, needed on
PostgreSQL (constraints not deferrable) and on SQLite too: with ``defer_foreign_keys``
every pegawai INSERT while a unit's head is pending scans the tables whose pegawai
columns have no index (skp.atasan_penilai_id, evaluasi_periode.penilai_id, ...), which
grows with each office already imported (measured: 6.5 s for the 4th office's 1,000
pegawai). The log also gives the CPU seconds of both SQLite paths (this process), whose
ratio moves much less than wall time when the machine is shared.

The PostgreSQL variant uses the server of ``KINERJA_TEST_PG_URL`` when set (one fresh
database per run, dropped afterwards); otherwise it runs itself again under
``run.sh with-pg``, the function that starts the tests' throwaway server.

The office databases and their packages are made once and kept, with the empty province
database they are encrypted to, under ``.bench/sync_paket/`` in the repository (git
ignores ``.bench/``; ``KINERJA_BENCH_CACHE=DIR`` puts them elsewhere, ``=off`` keeps them
in the run's temp folder). The cache key covers the scale, the schema revision and the
source of the code that writes the data and the packages (not of the code that reads
them). Rows are generated directly and written with ``storage.bulk.insert_rows`` plus
outbox rows through ``services.changes.record_many``; the packages with
``services.sync_ekspor.ekspor``.

``sync_export_office_quarter``: an office of 1,000 pegawai (``--quick``: 200) whose year
of SKPs and first quarter were exported, imported by the province and acknowledged (a
real round trip). In the second quarter each evaluasi_periode is created with its
realisasi, submitted and rated (three outbox entries per evaluation, realisasi revised
once for a third of the IKI), and 1-3 umpan balik are written per evaluation. Timed:
``ekspor`` of the quarter's package (the newest version of each changed row, signed,
compressed and encrypted); the median of 5 runs (the acknowledgement does not move, so
every run writes the same changes). Target: < 5 s (scaled with the pegawai). Baseline:
raw ``sqlite3`` reading the same newest outbox payloads, wrapping them as change records,
``json.dumps`` per line and zstd at the package's level (no signature, encryption or ZIP).
``sync_export_office_quarter_size``: the package file in bytes (target < 2 MB, scaled);
baseline: the zstd-compressed (same level) plain NDJSON of the same rows' payloads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_desktop.domain.evaluasi import evaluasi_id, realisasi_id
from kinerja_desktop.domain.ids import new_id
from tests.bench._core import (
    ADMIN,
    PASSPHRASE,
    PASSWORD,
    REPO,
    Result,
    SiteDb,
    Workspace,
    copy_sqlite,
    log,
    measure,
    median,
    remove_sqlite,
    result,
    spread,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kinerja_desktop.domain.roles import SiteRole
    from kinerja_desktop.services.sync_impor import HasilImpor

TAHUN = 2026
PROV = "BENCH-PROV"
PROV_NAMA = "BKD Provinsi Bench"
RHK_PER_SKP = 3
STAF_PER_UNIT = 19  # plus the head: units of 20
#: Targets: per 100,000 pegawai for the import, per 1,000 for the quarterly export.
IMPORT_SECONDS_PER_100K = 180.0
IMPORT_MAX_RATIO = 4.0
EXPORT_SECONDS_PER_1K = 5.0
EXPORT_BYTES_PER_1K = 2_000_000
#: Bump when the generated data changes: the cached packages are then made again.
DATA_VERSION = 2  # 2: time-ordered ids (domain.ids)
#: The code that writes the cached databases and packages (its source is part of the
#: cache key; the reading side may change freely without making the packages again).
_CACHE_SOURCES = (
    "kinerja_desktop.services.changes", "kinerja_desktop.services.site:init_site",
    "kinerja_desktop.services.sync_ekspor", "kinerja_desktop.services.sync_kunci",
    "kinerja_desktop.storage.bulk", "kinerja_desktop.sync.container:write_zip",
    "kinerja_desktop.sync.envelope:encode_records", "kinerja_desktop.sync.envelope:seal",
    "kinerja_desktop.sync.keys", "kinerja_desktop.sync.key_card",
    "kinerja_desktop.sync.manifest", "kinerja_desktop.sync.package:write_package",
    "kinerja_desktop.sync.records:rekaman_ubah", "kinerja_desktop.sync.records:rekaman_ack",
    "kinerja_desktop.sync.records:rekaman_berkas", "kinerja_desktop.sync.records:rekaman_status",
    "kinerja_desktop.sync.records:susun", "kinerja_desktop.sync.records:Ack",
    "kinerja_desktop.storage.models", "kinerja_desktop.domain.ids", "alembic/versions",
)
#: Refusals that mean the cached packages no longer fit the reader: they are made again.
_STALE = frozenset({"rekaman", "versi", "manifest", "payload", "anggota"})
_CHUNK = 20_000
_PG_CHILD = "KINERJA_BENCH_SYNC_PG_CHILD"

_DEPAN = ("Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Indah",
          "Joko", "Kartika", "Lestari", "Made", "Nur", "Oktavia", "Putu", "Rina", "Slamet",
          "Tri", "Wahyu", "Yuni", "Zainal")
_BELAKANG = ("Saputra", "Wijaya", "Lestari", "Hidayat", "Pratama", "Susanti", "Nugroho",
             "Rahmawati", "Setiawan", "Kurniawan", "Handayani", "Siregar", "Nasution",
             "Harahap", "Simanjuntak", "Gunawan", "Purnomo", "Maharani")
_RHK = ("Terlaksananya layanan administrasi {u} yang tertib dan tepat waktu",
        "Tersusunnya laporan kinerja {u} yang akurat dan dapat dipertanggungjawabkan",
        "Meningkatnya kualitas pelayanan publik pada {u} sesuai standar pelayanan")
_IKI = (("Jumlah dokumen yang diselesaikan", "KUANTITAS", "dokumen", 24),
        ("Persentase dokumen tanpa revisi", "KUALITAS", "persen", 90),
        ("Ketepatan waktu penyelesaian", "WAKTU", "bulan", 12))
_UMPAN = ("Pertahankan ketepatan waktu pelaporan.", "Perlu meningkatkan ketelitian data.",
          "Koordinasi dengan unit lain sudah baik.", "Dokumentasi bukti dukung dilengkapi.",
          "Inisiatif perbaikan layanan sangat membantu.")


def _table(name: str) -> Any:
    from kinerja_desktop.services.sync_terap import sync_table

    return sync_table(name)


# -- generated rows -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Skp:
    id: uuid.UUID
    pegawai_id: uuid.UUID
    penilai_id: uuid.UUID | None
    atasan_penilai_id: uuid.UUID | None
    rhk: tuple[uuid.UUID, ...]
    iki: tuple[tuple[uuid.UUID, int], ...]  # (id, target)


@dataclass
class _Rows:
    """Rows of one office by table, in the order the foreign keys need."""

    by_table: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.by_table.setdefault(table, []).append(row)

    def count(self) -> int:
        return sum(len(v) for v in self.by_table.values())


def _nip(g: int) -> str:
    """A valid NIP, unique for g < 144,000 (birth day and TMT month vary)."""
    born = dt.date(1965, 1, 1) + dt.timedelta(days=g % 12_000)
    month = 1 + (g // 12_000) % 12
    return f"{born:%Y%m%d}{born.year + 24}{month:02d}{1 + g % 2}{1 + g % 997:03d}"


def _triwulan(q: int) -> tuple[str, dt.date, dt.date]:
    end_month = 3 * q
    last = (dt.date(TAHUN + (end_month == 12), end_month % 12 + 1, 1) - dt.timedelta(days=1))
    return f"{TAHUN}-TW{q}", dt.date(TAHUN, end_month - 2, 1), last


class _Kantor:
    """One office's rows: units, pegawai, SKPs and evaluations, generated directly."""

    def __init__(self, kode: str, no: int, pegawai: int, now: dt.datetime) -> None:
        self.kode, self.no, self.n, self.now = kode, no, pegawai, now
        self.rng = random.Random(no)
        self.skps: list[_Skp] = []

    def base(self, version: int = 1) -> dict[str, Any]:
        return {"id": new_id(), "version": version, "updated_at": self.now,
                "origin_site": self.kode, "deleted_at": None}

    def tahun(self, triwulan: Sequence[int], *, umpan_balik: bool) -> _Rows:
        """The organisation, one SKP per pegawai and the evaluations of ``triwulan``."""
        rows = _Rows()
        root = self.base()
        kadis = self.base()
        root.update({"kode": self.kode, "nama": f"Dinas Bench {self.no}", "parent_id": None,
                     "alamat": f"Jl. Bench No. {self.no}, Bandar Lampung",
                     "logo_sha256": None, "kepala_id": kadis["id"]})
        rows.add("unit_kerja", root)
        g = self.no * 20_000  # global pegawai number: NIPs unique over the province
        members: list[tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]] = []
        kadis.update(self._pegawai(g, root["id"], None, "IV/c"))
        members.append((kadis, None, root))
        left, u = self.n - 1, 0
        while left > 0:
            u += 1
            unit, head = self.base(), self.base()
            unit.update({"kode": f"{self.kode}.{u:04d}", "nama": f"Seksi Bench {self.no}-{u}",
                         "parent_id": root["id"], "alamat": None, "logo_sha256": None,
                         "kepala_id": head["id"]})
            rows.add("unit_kerja", unit)
            g += 1
            head.update(self._pegawai(g, unit["id"], kadis["id"], "III/d"))
            members.append((head, kadis, unit))
            left -= 1
            for _ in range(min(STAF_PER_UNIT, left)):
                staf = self.base()
                g += 1
                staf.update(self._pegawai(g, unit["id"], head["id"], "III/b"))
                members.append((staf, head, unit))
                left -= 1
        atasan_of = {p["id"]: a["id"] if a else None for p, a, _u in members}
        rhk_of: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
        for p, atasan, unit in members:
            rows.add("pegawai", p)
            skp = self._skp(rows, p, atasan, unit, atasan_of, rhk_of)
            self.skps.append(skp)
        for q in triwulan:
            self.triwulan(rows, q, umpan_balik=umpan_balik)
        return rows

    def _pegawai(self, g: int, unit_id: uuid.UUID, atasan_id: uuid.UUID | None,
                 golongan: str) -> dict[str, Any]:
        nama = f"{_DEPAN[g % len(_DEPAN)]} {_BELAKANG[(g // len(_DEPAN)) % len(_BELAKANG)]}"
        return {"nip": _nip(g), "jenis_pegawai": "PNS", "gelar_depan": None, "nama": nama,
                "gelar_belakang": "S.E." if g % 3 == 0 else None, "golongan": golongan,
                "jabatan_id": None, "unit_kerja_id": unit_id, "atasan_id": atasan_id,
                "aktif": True, "spesimen_ttd_sha256": None}

    def _skp(self, rows: _Rows, p: dict[str, Any], atasan: dict[str, Any] | None,
             unit: dict[str, Any], atasan_of: dict[uuid.UUID, uuid.UUID | None],
             rhk_of: dict[uuid.UUID, tuple[uuid.UUID, ...]]) -> _Skp:
        skp = self.base(3)
        penilai = atasan["id"] if atasan else None
        atasan_penilai = atasan_of.get(penilai) if penilai else None
        ident = {"nama": p["nama"], "nip": p["nip"], "pangkat_gol": p["golongan"],
                 "jabatan": "Kepala Dinas" if atasan is None else "Pelaksana",
                 "unit_kerja": unit["nama"]}
        snapshot: dict[str, Any] = {"pegawai": ident}
        if atasan is not None:
            snapshot["penilai"] = {"nama": atasan["nama"], "nip": atasan["nip"],
                                   "pangkat_gol": atasan["golongan"], "jabatan": "Kepala"}
        skp.update({
            "pegawai_id": p["id"], "tahun": TAHUN, "periode_mulai": dt.date(TAHUN, 1, 1),
            "periode_selesai": dt.date(TAHUN, 12, 31), "unit_kerja_id": unit["id"],
            "form_family": "JPT" if atasan is None else "JA_JF", "pendekatan": "KUANTITATIF",
            "status": "DITETAPKAN", "penilai_id": penilai, "atasan_penilai_id": atasan_penilai,
            "penilai_luar": None if atasan else {"nama": "Sekretaris Daerah", "nip": None},
            "atasan_penilai_luar": None, "penilai_sebagai": "definitif",
            "penilai_alasan": None, "alasan_dikembalikan": None,
            "ekspektasi": {"1": "Responsif terhadap keluhan", "2": "Tertib administrasi"},
            "lampiran": {"dukungan_sumber_daya": ["Laptop", "Aplikasi"],
                         "skema_pertanggungjawaban": ["Laporan triwulanan"],
                         "konsekuensi": ["Catatan evaluasi"]},
            "snapshot": snapshot, "tempat_penetapan": "Bandar Lampung",
            "tanggal_penetapan": dt.date(TAHUN, 1, 15), "revisi_ke": 0,
            "parent_skp_id": None, "ditutup_pada": None})
        rows.add("skp", skp)
        up = rhk_of.get(penilai) if penilai else None
        rhk_ids: list[uuid.UUID] = []
        ikis: list[tuple[uuid.UUID, int]] = []
        for r in range(RHK_PER_SKP):
            rhk = self.base()
            rhk.update({"skp_id": skp["id"], "jenis": "UTAMA", "no_urut": r + 1,
                        "uraian": _RHK[r].format(u=unit["nama"]),
                        "intervensi_rhk_id": up[r] if up else None,
                        "intervensi_sasaran_id": None,
                        "intervensi_teks": None if up else "Sasaran strategis dinas",
                        "asal_rhk_id": None})
            rows.add("rhk", rhk)
            rhk_ids.append(rhk["id"])
            for i in range(1 + (r + len(self.skps)) % 2):
                uraian, aspek, satuan, target = _IKI[(r + i) % len(_IKI)]
                iki = self.base()
                iki.update({"rhk_id": rhk["id"], "no_urut": i + 1, "uraian": uraian,
                            "aspek": aspek, "target_nilai": str(target),
                            "target_satuan": satuan, "target_teks": None, "perspektif": None})
                rows.add("iki", iki)
                ikis.append((iki["id"], target))
        rhk_of[p["id"]] = tuple(rhk_ids)
        return _Skp(skp["id"], p["id"], penilai, atasan_penilai, tuple(rhk_ids), tuple(ikis))

    def triwulan(self, rows: _Rows, q: int, *, umpan_balik: bool,
                 versi: int = 4) -> None:
        """Every SKP's evaluation of quarter ``q``, DINILAI, with realisasi."""
        from kinerja_desktop.domain.predikat import predikat_kinerja
        from kinerja_desktop.domain.rating import Rating

        key, mulai, selesai = _triwulan(q)
        ratings = (Rating.SESUAI_EKSPEKTASI,) * 7 + (Rating.DI_ATAS_EKSPEKTASI,) * 2 + (
            Rating.DI_BAWAH_EKSPEKTASI,)
        rng = self.rng
        for k in self.skps:
            hk, pk = rng.choice(ratings), rng.choice(ratings)
            ev = self.base(versi)
            ev.update({
                "id": evaluasi_id(k.id, key, mulai), "skp_id": k.id, "periode_key": key,
                "mulai": mulai, "selesai": selesai,
                "status": "DINILAI", "rating_hasil_kerja": hk.value, "rating_perilaku": pk.value,
                "predikat_matriks": predikat_kinerja(hk, pk).value,
                "predikat": predikat_kinerja(hk, pk).value, "alasan_override": None,
                "capaian_organisasi": None,
                "catatan_rekomendasi": None if hk is Rating.SESUAI_EKSPEKTASI
                else "Perlu pendampingan pada triwulan berikutnya.",
                "penilai_id": k.penilai_id, "atasan_penilai_id": k.atasan_penilai_id,
                "tanggal_penilaian": selesai + dt.timedelta(days=5),
                "alasan_dikembalikan": None})
            rows.add("evaluasi_periode", ev)
            for iki_id, target in k.iki:
                r = self.base()
                r["id"] = realisasi_id(ev["id"], iki_id, mulai)
                nilai = max(0, round(target / 4 * rng.uniform(0.9, 1.1))) if target != 90 \
                    else rng.randint(85, 100)
                r.update({"evaluasi_id": ev["id"], "iki_id": iki_id,
                          "realisasi_nilai": str(nilai), "realisasi_teks": None})
                rows.add("realisasi_iki", r)
            if umpan_balik:
                for j in range(1 + rng.randrange(3)):
                    ub = self.base()
                    on_rhk = j == 0 or rng.random() < 0.5
                    ub.update({"evaluasi_id": ev["id"],
                               "rhk_id": rng.choice(k.rhk) if on_rhk else None,
                               "core_value": None if on_rhk else 1 + rng.randrange(7),
                               "teks": rng.choice(_UMPAN), "oleh_pegawai_id": k.penilai_id,
                               "username": ADMIN,
                               "at": dt.datetime.combine(mulai + dt.timedelta(
                                   days=rng.randrange(80)), dt.time(3, 30), dt.UTC)})
                    rows.add("umpan_balik", ub)


def _tulis(site: SiteDb, rows: _Rows) -> None:
    """Bulk INSERT plus the outbox rows, in one transaction (foreign keys at commit)."""
    from sqlalchemy import text

    from kinerja_desktop.services.changes import record_many
    from kinerja_desktop.services.sync_terap import urutan_tabel
    from kinerja_desktop.storage.bulk import insert_rows, roomy_sqlite_cache

    with site.db.write() as s:
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        with roomy_sqlite_cache(s):
            for name in urutan_tabel():
                batch = rows.by_table.get(name, [])
                for start in range(0, len(batch), _CHUNK):
                    chunk = batch[start:start + _CHUNK]
                    insert_rows(s, _table(name), chunk)
                    record_many(s, site.actor, "bench_sinkron", name, chunk)


# -- sites --------------------------------------------------------------------------------


def _situs(path: Path | None, kode: str, role: SiteRole, parent: str | None, nama: str,
           url: str | None = None) -> SiteDb:
    from kinerja_desktop.services.auth import login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services.site import init_site

    db, _ = open_database(path, url)
    site = init_site(db, code=kode, name=nama, role=role, admin_username=ADMIN,
                     admin_password=PASSWORD, passphrase=PASSPHRASE, parent_code=parent)
    return SiteDb(path or Path(kode), db, login(db, ADMIN, PASSWORD), site)


def _buka(path: Path | None = None, url: str | None = None) -> SiteDb:
    from kinerja_desktop.services.auth import login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services.site import get_site

    db, _ = open_database(path, url)
    return SiteDb(path or Path("pg"), db, login(db, ADMIN, PASSWORD), get_site(db))


def _kenalkan(a: SiteDb, b: SiteDb, folder: Path) -> None:
    """Both key cards written and accepted with the right fingerprints."""
    from kinerja_desktop.services.sync_kunci import daftar_kunci, terima_kartu, tulis_kartu

    for x, y in ((a, b), (b, a)):
        kartu = tulis_kartu(x.db, x.actor, PASSPHRASE, folder)
        sidik = next(r.sidik_jari for r in daftar_kunci(x.db, x.actor) if r.lokal)
        terima_kartu(y.db, y.actor, kartu, sidik)
        kartu.unlink()


def _kode(no: int) -> str:
    return f"BENCH-K{no:02d}"


# -- the cached province data -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Skala:
    kantor: int
    pegawai: int  # per office
    triwulan_pegawai: int  # the office of the quarterly export

    @property
    def total(self) -> int:
        return self.kantor * self.pegawai


def _skala(ws: Workspace) -> _Skala:
    return _Skala(4, 1_000, 200) if ws.quick else _Skala(10, 10_000, 1_000)


@dataclass(frozen=True, slots=True)
class _Provinsi:
    """The empty province database (offices enrolled) and one package per office."""

    template: Path
    paket: list[Path]
    kantor: list[str]
    baris: dict[str, int]  # rows per table over all packages


def _cache_base(ws: Workspace) -> Path:
    env = os.environ.get("KINERJA_BENCH_CACHE", "")
    if env.lower() in ("0", "off", "no"):
        return ws.root / "cache"
    return Path(env) if env else REPO / ".bench"


def _cache_key(skala: _Skala) -> str:
    import importlib
    import inspect

    from kinerja_desktop.storage.migrations import head_revision

    digest = hashlib.sha256()
    for source in _CACHE_SOURCES:
        digest.update(source.encode())
        if "/" in source:
            for f in sorted((REPO / source).glob("*.py")):
                digest.update(f.name.encode() + f.read_bytes())
            continue
        module_name, _, attr = source.partition(":")
        obj = importlib.import_module(module_name)
        digest.update(inspect.getsource(getattr(obj, attr) if attr else obj).encode())
    return (f"v{DATA_VERSION}-{skala.kantor}x{skala.pegawai}-r{head_revision()}-"
            f"{digest.hexdigest()[:12]}")


class _Basi(Exception):
    """The cached packages were refused as malformed: made with older code."""


def _provinsi(ws: Workspace, skala: _Skala, *, baru: bool = False) -> _Provinsi:
    """The cached packages, made first when missing (several minutes at full scale)."""
    # Import the reading side now too: the whole run uses the code as it is at its start.
    import kinerja_desktop.services.sync_impor  # noqa: F401

    base = _cache_base(ws) / "sync_paket"
    folder = base / _cache_key(skala)
    done = folder / "selesai.json"
    if baru:
        done.unlink(missing_ok=True)
    if not done.exists():
        base.mkdir(parents=True, exist_ok=True)
        for old in base.iterdir():  # an older key (other code or scale) is of no more use
            if old.is_dir() and old.name.startswith(f"v{DATA_VERSION}-{skala.kantor}x"):
                shutil.rmtree(old, ignore_errors=True)
        work = base / f"tmp-{uuid.uuid4().hex[:8]}"
        work.mkdir()
        try:
            _buat_provinsi(work, skala)
            shutil.rmtree(folder, ignore_errors=True)
            work.rename(folder)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    else:
        log(f"using the cached packages in {folder}")
    meta = json.loads(done.read_text())
    return _Provinsi(folder / "prov.sqlite", [folder / "paket" / f for f in meta["paket"]],
                     meta["kantor"], meta["baris"])


def _buat_provinsi(folder: Path, skala: _Skala) -> None:
    from kinerja_desktop.domain.roles import SiteRole
    from kinerja_desktop.services.sync_ekspor import ekspor

    log(f"making {skala.kantor} office packages of {skala.pegawai:,} pegawai into {folder}")
    paket_dir = folder / "paket"
    paket_dir.mkdir()
    prov = _situs(folder / "prov.sqlite", PROV, SiteRole.PROVINCE, None, PROV_NAMA)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    baris: dict[str, int] = {}
    files, kantor = [], []
    try:
        for no in range(1, skala.kantor + 1):
            t0 = time.perf_counter()
            kode = _kode(no)
            path = folder / f"{kode}.sqlite"
            site = _situs(path, kode, SiteRole.OFFICE, PROV, f"Dinas Bench {no}")
            try:
                _kenalkan(site, prov, folder)
                rows = _Kantor(kode, no, skala.pegawai, now).tahun((1, 2, 3, 4),
                                                                   umpan_balik=False)
                t1 = time.perf_counter()
                _tulis(site, rows)
                t2 = time.perf_counter()
                sent = ekspor(site.db, site.actor, PASSPHRASE, paket_dir)
                t3 = time.perf_counter()
            finally:
                site.dispose()
                remove_sqlite(path)
            for name, table_rows in rows.by_table.items():
                baris[name] = baris.get(name, 0) + len(table_rows)
            if sent.perubahan != rows.count():
                raise RuntimeError(f"{kode}: package of {sent.perubahan} changes, "
                                   f"{rows.count()} rows written")
            files.append(sent.file.name)
            kantor.append(kode)
            log(f"  {kode}: {rows.count():,} rows; generated {t1 - t0:.1f} s, written "
                f"{t2 - t1:.1f} s, exported {t3 - t2:.1f} s ({sent.ukuran / 1e6:.1f} MB)")
    finally:
        prov.dispose()
    (folder / "selesai.json").write_text(json.dumps(
        {"paket": files, "kantor": kantor, "baris": baris}, indent=1))


# -- the province import ----------------------------------------------------------------


def _impor_semua(site: SiteDb, files: Sequence[Path], karantina: Path,
                 baris: dict[str, int]) -> tuple[list[float], float]:
    """Imports every package; checks each applied in full. Returns the seconds per package
    and the CPU seconds of this process for all of them."""
    from kinerja_desktop.services.sync_impor import impor

    times: list[float] = []
    hasil: list[HasilImpor] = []
    cpu = time.process_time()
    for f in files:
        t0 = time.perf_counter()
        h = impor(site.db, site.actor, PASSPHRASE, f, karantina)
        times.append(time.perf_counter() - t0)
        if not hasil and h.alasan in _STALE:
            raise _Basi(h.pesan)
        hasil.append(h)
    cpu = time.process_time() - cpu
    applied: dict[str, int] = {}
    for h in hasil:
        other = {(e, st): n for e, per in h.hitung.items() for st, n in per.items()
                 if st != "diterapkan"}
        if h.status != "diterapkan" or other:
            raise RuntimeError(f"{h.file}: {h.status}, {h.pesan} {other}")
        for e, per in h.hitung.items():
            applied[e] = applied.get(e, 0) + per.get("diterapkan", 0)
    if applied != baris:
        raise RuntimeError(f"applied {applied}, expected {baris}")
    return times, cpu


def _impor_cache(ws: Workspace, skala: _Skala, prov: _Provinsi, karantina: Path,
                 siapkan: Callable[[_Provinsi], SiteDb],
                 ) -> tuple[_Provinsi, list[float], float]:
    """``_impor_semua`` into the province ``siapkan`` makes; when the cached packages no
    longer fit the code, they are made again once and the import repeated."""
    for attempt in (1, 2):
        site = siapkan(prov)
        try:
            per, cpu = _impor_semua(site, prov.paket, karantina, prov.baris)
            return prov, per, cpu
        except _Basi as exc:
            if attempt == 2:
                raise
            log(f"  the cached packages do not fit the code any more ({exc}): made again")
        finally:
            site.dispose()
        prov = _provinsi(ws, skala, baru=True)
    raise AssertionError("unreachable")


def _columns(name: str) -> list[str]:
    return [c.name for c in _table(name).columns]


Statements = list[tuple[str, list[Any]]]


def _statements(name: str, rows: list[Any], mark: str) -> tuple[Statements, Statements]:
    """The INSERT of ``rows`` (tuples in ``_columns`` order) with the columns that refer to
    their own or a later table left NULL, and the UPDATEs that set those afterwards."""
    cols = _columns(name)
    later = [cols.index(c) for c in _later_columns(name)]
    key = cols.index("id")
    first = [tuple(None if i in later else v for i, v in enumerate(r)) for r in rows] \
        if later else rows
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join(mark for _ in cols)
    updates: Statements = []
    for i in later:
        values = [(r[i], r[key]) for r in rows if r[i] is not None]
        if values:
            updates.append((f'UPDATE "{name}" SET "{cols[i]}" = {mark} WHERE "id" = {mark}',
                            values))
    return [(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', first)], updates


def _bare_sqlite(imported: Path, fresh: Path, kantor: Sequence[str],
                 baris: dict[str, int]) -> tuple[float, float]:
    """Seconds (wall, CPU) of raw sqlite3 inserting the imported rows again, one transaction
    per office."""
    from kinerja_desktop.services.sync_terap import urutan_tabel

    tables = [n for n in urutan_tabel() if n in baris]
    src = sqlite3.connect(imported)
    dst = sqlite3.connect(fresh, isolation_level=None)
    total, cpu, written = 0.0, 0.0, dict.fromkeys(tables, 0)
    try:
        dst.execute("PRAGMA busy_timeout = 5000")
        dst.execute("PRAGMA foreign_keys = ON")
        dst.execute("PRAGMA journal_mode = WAL")
        dst.execute("PRAGMA synchronous = FULL")
        for kode in kantor:
            inserts: Statements = []
            updates: Statements = []
            for name in tables:
                cols = ", ".join(f'"{c}"' for c in _columns(name))
                rows = src.execute(f'SELECT {cols} FROM "{name}" WHERE origin_site = ?',
                                   (kode,)).fetchall()
                written[name] += len(rows)
                ins, upd = _statements(name, rows, "?")
                inserts += ins
                updates += upd
            t0, c0 = time.perf_counter(), time.process_time()
            dst.execute("BEGIN IMMEDIATE")
            for sql, params in inserts + updates:
                dst.executemany(sql, params)
            dst.execute("COMMIT")
            total += time.perf_counter() - t0
            cpu += time.process_time() - c0
            del inserts, updates
    finally:
        dst.close()
        src.close()
    if written != {n: baris[n] for n in tables}:
        raise RuntimeError(f"baseline read back {written}, expected {baris}")
    return total, cpu


def bench_import_sqlite(ws: Workspace) -> list[Result]:
    skala = _skala(ws)
    prov = _provinsi(ws, skala)
    rows = sum(prov.baris.values())
    log(f"sync_import_province_sqlite: {len(prov.paket)} packages, {skala.total:,} pegawai, "
        f"{rows:,} rows ({', '.join(f'{k} {v:,}' for k, v in prov.baris.items())})")
    run = ws.root / "sync-prov.sqlite"
    karantina = ws.root / "karantina"

    def siapkan(prov: _Provinsi) -> SiteDb:
        copy_sqlite(prov.template, run)
        return _buka(run)

    prov, per, cpu = _impor_cache(ws, skala, prov, karantina, siapkan)
    value = sum(per)
    log(f"  import {value:.1f} s ({rows / value:,.0f} rows/s), CPU {cpu:.1f} s; per package "
        + spread(per, 1.0, "s"))
    fresh = ws.root / "sync-bare.sqlite"
    copy_sqlite(prov.template, fresh)
    bare, bare_cpu = _bare_sqlite(run, fresh, prov.kantor, prov.baris)
    log(f"  baseline raw sqlite3 executemany {bare:.1f} s ({rows / bare:,.0f} rows/s), "
        f"CPU {bare_cpu:.1f} s; CPU ratio {cpu / max(bare_cpu, 1e-9):.2f} (steadier than "
        "wall time on a shared machine)")
    remove_sqlite(fresh)
    if ws.profile_dir is not None:
        copy_sqlite(prov.template, run)
        site = _buka(run)
        try:
            ws.profile("sync_import_province_sqlite",
                       lambda: _impor_semua(site, prov.paket, karantina, prov.baris))
        finally:
            site.dispose()
    remove_sqlite(run)
    return [result("sync_import_province_sqlite", value, "s", bare,
                   max_value=IMPORT_SECONDS_PER_100K * skala.total / 100_000,
                   max_ratio=IMPORT_MAX_RATIO,
                   target=f"{len(prov.paket)} packages, {skala.total:,} pegawai, "
                          f"{rows:,} rows; baseline raw sqlite3 executemany")]


# -- PostgreSQL ---------------------------------------------------------------------------


def _psycopg_dsn(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def _pg_databases(base_url: str) -> Iterator[Callable[[str | None], str]]:
    """``make(template)`` creates a database (a copy of ``template``); all dropped at the end."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = _psycopg_dsn(base_url)
    made: list[str] = []

    def make(template: str | None) -> str:
        name = f"bench_sync_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"'
                         + (f' TEMPLATE "{template}"' if template else ""))
        made.append(name)
        return make_url(base_url).set(database=name).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in reversed(made):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    assert name is not None
    return name


def _salin_lokal(template: Path, url: str) -> None:
    """The province's own rows (site, keys, account) from the SQLite template, so the
    cached packages, encrypted to its key, open here too."""
    from sqlalchemy import Integer, insert, select, text

    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.storage.base import Base

    src, _ = open_database(template)
    dst, _ = open_database(url=url)
    try:
        with src.read() as a, dst.write() as b:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r) for r in a.execute(select(table)).mappings()]
                if not rows:
                    continue
                b.execute(insert(table), rows)
                for col in table.primary_key.columns:
                    if isinstance(col.type, Integer) and col.autoincrement in (True, "auto"):
                        b.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                            f"'{col.name}'), (SELECT max(\"{col.name}\") FROM "
                            f"\"{table.name}\"))"))
    finally:
        dst.dispose()
        src.dispose()


def _later_columns(name: str) -> list[str]:
    """Columns referring to their own or a later table in the import's order."""
    from kinerja_desktop.services.sync_terap import urutan_tabel

    order = {n: i for i, n in enumerate(urutan_tabel())}
    return [fk.parent.name for fk in _table(name).foreign_keys
            if fk.column.table.name in order and order[fk.column.table.name] >= order[name]]


def _bare_pg(imported: str, fresh: str, kantor: Sequence[str], baris: dict[str, int]) -> float:
    """Seconds of psycopg executemany inserting the imported rows again."""
    import psycopg

    from kinerja_desktop.services.sync_terap import urutan_tabel

    tables = [n for n in urutan_tabel() if n in baris]
    total, written = 0.0, dict.fromkeys(tables, 0)
    with psycopg.connect(_psycopg_dsn(imported)) as src, \
            psycopg.connect(_psycopg_dsn(fresh)) as dst:
        for kode in kantor:
            inserts: Statements = []
            updates: Statements = []
            for name in tables:
                json_cols = {c.name for c in _table(name).columns
                             if type(c.type).__name__ == "JSON"}
                select_cols = ", ".join(f'"{c}"::text' if c in json_cols else f'"{c}"'
                                        for c in _columns(name))
                rows = src.execute(f'SELECT {select_cols} FROM "{name}" WHERE origin_site = %s',
                                   (kode,)).fetchall()
                written[name] += len(rows)
                ins, upd = _statements(name, rows, "%s")
                inserts += ins
                updates += upd
            src.commit()
            t0 = time.perf_counter()
            with dst.transaction(), dst.cursor() as cur:
                for sql, params in inserts + updates:
                    cur.executemany(sql, params)
            total += time.perf_counter() - t0
    if written != {n: baris[n] for n in tables}:
        raise RuntimeError(f"baseline read back {written}, expected {baris}")
    return total


def bench_import_pg(ws: Workspace) -> list[Result]:
    base_url = os.environ.get("KINERJA_TEST_PG_URL")
    if not base_url:
        if os.environ.get(_PG_CHILD):
            raise RuntimeError("run.sh with-pg did not set KINERJA_TEST_PG_URL")
        return _under_run_sh(ws)
    skala = _skala(ws)
    prov = _provinsi(ws, skala)
    rows = sum(prov.baris.values())
    log(f"sync_import_province_pg: {len(prov.paket)} packages, {skala.total:,} pegawai, "
        f"{rows:,} rows")
    karantina = ws.root / "karantina-pg"
    with _pg_databases(base_url) as make:
        template = run = ""

        def siapkan(prov: _Provinsi) -> SiteDb:
            nonlocal template, run
            template = make(None)
            _salin_lokal(copy_sqlite(prov.template, ws.root / "sync-prov-lokal.sqlite"),
                         template)
            run = make(_pg_name(template))
            return _buka(url=run)

        prov, per, cpu = _impor_cache(ws, skala, prov, karantina, siapkan)
        value = sum(per)
        log(f"  import {value:.1f} s ({rows / value:,.0f} rows/s), CPU of this process "
            f"{cpu:.1f} s; per package "
            + spread(per, 1.0, "s"))
        bare = _bare_pg(run, make(_pg_name(template)), prov.kantor, prov.baris)
        log(f"  baseline psycopg executemany {bare:.1f} s ({rows / bare:,.0f} rows/s)")
        if ws.profile_dir is not None:
            site = _buka(url=make(_pg_name(template)))
            try:
                ws.profile("sync_import_province_pg",
                           lambda: _impor_semua(site, prov.paket, karantina, prov.baris))
            finally:
                site.dispose()
    return [result("sync_import_province_pg", value, "s", bare,
                   max_value=IMPORT_SECONDS_PER_100K * skala.total / 100_000,
                   max_ratio=IMPORT_MAX_RATIO,
                   target=f"{len(prov.paket)} packages, {skala.total:,} pegawai, "
                          f"{rows:,} rows; PostgreSQL; baseline psycopg executemany")]


def _under_run_sh(ws: Workspace) -> list[Result]:
    """This benchmark again, in a child under ``run.sh with-pg`` (a throwaway server)."""
    log("KINERJA_TEST_PG_URL is not set: running under `run.sh with-pg` (throwaway server)")
    cmd = ["bash", str(REPO / "run.sh"), "with-pg", sys.executable, "-m", "tests.bench",
           "sync_import_province_pg"]
    if ws.quick:
        cmd.append("--quick")
    if ws.profile_dir is not None:
        cmd += ["--profile", str(ws.profile_dir)]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False, cwd=REPO,
                          env=ws.child_env(**{_PG_CHILD: "1"}), stdin=subprocess.DEVNULL)
    out = []
    for line in done.stdout.splitlines():
        d = json.loads(line)
        out.append(Result(d["name"], float(d["value"]), d["unit"], float(d["baseline"]),
                          d["target"], bool(d["ok"])))
    if done.returncode != 0 or not out:
        raise RuntimeError(f"run.sh with-pg exited with {done.returncode}")
    return out


# -- the quarterly export of an office ------------------------------------------------------


def _triwulan_dua(site: SiteDb, kantor: _Kantor) -> int:
    """The second quarter at the office, as the services leave it in the outbox: each
    evaluation created with its realisasi, submitted, then rated; a third of the realisasi
    revised; umpan balik written. Returns the rows changed."""
    from kinerja_desktop.services.changes import record_many
    from kinerja_desktop.storage.bulk import insert_rows

    rows = _Rows()
    kantor.triwulan(rows, 2, umpan_balik=True, versi=4)
    evs = rows.by_table["evaluasi_periode"]
    real = rows.by_table["realisasi_iki"]
    dinilai = [dict(e) for e in evs]
    kosong = {"rating_hasil_kerja": None, "rating_perilaku": None, "predikat_matriks": None,
              "predikat": None, "catatan_rekomendasi": None, "tanggal_penilaian": None}
    diisi = [{**e, **kosong, "status": "REALISASI_DIISI", "version": 2} for e in evs]
    diajukan = [{**e, "status": "DIAJUKAN", "version": 3} for e in diisi]
    direvisi = [{**r, "version": 2, "realisasi_nilai": str(int(r["realisasi_nilai"]) + 1)}
                for r in real[::3]]
    ev_t, real_t = _table("evaluasi_periode"), _table("realisasi_iki")
    with site.db.write() as s:
        insert_rows(s, ev_t, diisi)
        record_many(s, site.actor, "isi_realisasi", "evaluasi_periode", diisi)
        insert_rows(s, real_t, real)
        record_many(s, site.actor, "isi_realisasi", "realisasi_iki", real)
        _ubah(s, ev_t, diajukan, ("status", "version"))
        record_many(s, site.actor, "ajukan_evaluasi", "evaluasi_periode", diajukan)
        _ubah(s, real_t, direvisi, ("realisasi_nilai", "version"))
        record_many(s, site.actor, "isi_realisasi", "realisasi_iki", direvisi)
        insert_rows(s, _table("umpan_balik"), rows.by_table["umpan_balik"])
        record_many(s, site.actor, "umpan_balik", "umpan_balik", rows.by_table["umpan_balik"])
        _ubah(s, ev_t, dinilai, (*kosong, "status", "version"))
        record_many(s, site.actor, "nilai_evaluasi", "evaluasi_periode", dinilai)
    return rows.count()


def _ubah(s: Session, table: Any, rows: list[dict[str, Any]], cols: Sequence[str]) -> None:
    from sqlalchemy import bindparam, update

    stmt = update(table).where(table.c.id == bindparam("_id")).values(
        {c: bindparam(f"_{c}") for c in cols})
    s.execute(stmt, [{"_id": r["id"], **{f"_{c}": r[c] for c in cols}} for r in rows])


def _newest_payloads(path: Path, sejak: int) -> list[tuple[int, str, str, int, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT seq, entity, entity_id, version, payload FROM outbox WHERE seq IN ("
            "SELECT max(seq) FROM outbox WHERE seq > ? GROUP BY entity, entity_id) "
            "ORDER BY seq", (sejak,)).fetchall()
    finally:
        con.close()


def bench_export_quarter(ws: Workspace) -> list[Result]:
    import zstandard

    from kinerja_desktop.domain.roles import SiteRole
    from kinerja_desktop.services.sync_ekspor import HasilEkspor, ekspor
    from kinerja_desktop.services.sync_impor import impor
    from kinerja_desktop.storage.models import SyncChannel
    from kinerja_desktop.sync.envelope import ZSTD_LEVEL

    n = _skala(ws).triwulan_pegawai
    folder = ws.root / "sync-kuartal"
    usb = folder / "usb"
    usb.mkdir(parents=True)
    kode = "BENCH-KTW"
    office = _situs(folder / "kantor.sqlite", kode, SiteRole.OFFICE, PROV, "Dinas Bench TW")
    prov = _situs(folder / "prov.sqlite", PROV, SiteRole.PROVINCE, None, PROV_NAMA)
    try:
        _kenalkan(office, prov, folder)
        kantor = _Kantor(kode, 90, n, dt.datetime.now(dt.UTC).replace(microsecond=0))
        rows = kantor.tahun((1,), umpan_balik=True)
        _tulis(office, rows)
        # The year so far travels, is applied and acknowledged: a real round trip.
        first = ekspor(office.db, office.actor, PASSPHRASE, usb)
        got = impor(prov.db, prov.actor, PASSPHRASE, first.file, folder / "karantina")
        ack = ekspor(prov.db, prov.actor, PASSPHRASE, usb, kode)
        back = impor(office.db, office.actor, PASSPHRASE, ack.file, folder / "karantina")
        if not (got.status == back.status == "diterapkan"):
            raise RuntimeError(f"round trip failed: {got.pesan} / {back.pesan}")
        with office.db.read() as s:
            ch = s.get(SyncChannel, PROV)
            assert ch is not None
            acked = ch.out_acked_through
        if acked != first.sampai:
            raise RuntimeError(f"acknowledged through {acked}, sent through {first.sampai}")
        log(f"sync_export_office_quarter: {n:,} pegawai; year + TW1 ({first.perubahan:,} "
            f"changes) acknowledged through seq {acked}")
        changed = _triwulan_dua(office, kantor)
        prov.dispose()
        out = folder / "out"
        out.mkdir()
        sizes: list[int] = []

        def run() -> HasilEkspor:
            return ekspor(office.db, office.actor, PASSPHRASE, out)

        def check(h: HasilEkspor) -> None:
            if h.perubahan != changed:
                raise RuntimeError(f"quarterly package of {h.perubahan} changes, "
                                   f"{changed} rows changed")
            sizes.append(h.ukuran)
            h.file.unlink()

        reps = ws.reps(5, 3)
        times = measure(run, repeat=reps, warmup=1, teardown=check)
        payloads = _newest_payloads(office.path, acked)
        if len(payloads) != changed:
            raise RuntimeError(f"baseline found {len(payloads)} newest changes, {changed} "
                               "expected")

        def bare() -> int:
            lines = []
            for seq, entity, eid, version, payload in _newest_payloads(office.path, acked):
                lines.append(json.dumps(
                    {"t": "ubah", "seq": seq, "entitas": entity, "id": str(uuid.UUID(eid)),
                     "versi": version, "situs": kode, "baris": json.loads(payload)},
                    sort_keys=True, ensure_ascii=False, separators=(",", ":")))
            blob = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(
                ("\n".join(lines) + "\n").encode())
            (out / "bare.ndjson.zst").write_bytes(blob)
            return len(blob)

        bare_times = measure(bare, repeat=reps, warmup=1)
        plain = "".join(json.dumps(json.loads(p[4]), sort_keys=True, ensure_ascii=False,
                                   separators=(",", ":")) + "\n" for p in payloads).encode()
        bare_size = len(zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(plain))
        if ws.profile_dir is not None:
            ws.profile("sync_export_office_quarter", lambda: check(run()))
    finally:
        office.dispose()
        prov.dispose()
    size = sizes[-1]
    log(f"  {changed:,} changes in TW2; export {spread(times)}; baseline {spread(bare_times)}")
    log(f"  package {size:,} bytes; plain NDJSON {len(plain):,} bytes, zstd {bare_size:,}")
    scale = n / 1000
    return [
        result("sync_export_office_quarter", median(times), "s", median(bare_times),
               max_value=EXPORT_SECONDS_PER_1K * scale,
               target=f"{n:,} pegawai, {changed:,} changes; baseline raw sqlite3 read + "
                      "json.dumps + zstd"),
        result("sync_export_office_quarter_size", float(size), "B", float(bare_size),
               max_value=EXPORT_BYTES_PER_1K * scale,
               target=f"{n:,} pegawai, {changed:,} changes; baseline zstd of the rows' "
                      "plain NDJSON"),
    ]
