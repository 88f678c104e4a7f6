"""``skp_xlsx``: export and import of N SKP workbooks (10 RHK / 20 IKI each), per SKP.

Data: N staff SKPs (DRAFT, kuantitatif, 10 RHK utama with 2 IKI each, ekspektasi and
lampiran), spread over units of 20 staff and one head each; every staff RHK intervenes
an RHK of the head's SKP, so each import matches column (2) against a leader's SKP.
N = 1,000 (``--quick``: 100). The rows are inserted with Core statements (set-up only).

Timed, at N/4 and at N SKPs, against the same database of N SKPs:

- export: ``export_skp_many`` into an empty folder (the styled printed layout);
  baseline: openpyxl writing the same cell values bare (``write_only``, no styles or
  merges), one file per SKP;
- import: ``preview_skp_import`` + ``apply_skp_import`` of each exported file into a
  copy of the database whose staff SKPs are empty drafts (so every RHK and IKI row is
  written again); baseline: openpyxl ``read_only`` iterating every cell of each file.

Reported: milliseconds per SKP at both sizes with their baselines, and the linearity
ratio (per-SKP time at N divided by per-SKP time at N/4; 1.0 is perfectly linear).
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.bench._core import (
    Result,
    SiteDb,
    Workspace,
    copy_sqlite,
    init_site_db,
    log,
    open_site_db,
    remove_sqlite,
    result,
)

TAHUN = 2026
RHK_PER_SKP = 10
IKI_PER_RHK = 2
STAFF_PER_UNIT = 20
MAX_LINEARITY = 1.35  # per-SKP time at N may be this much above the time at N/4


def _nip(i: int, gender: int) -> str:
    born = dt.date(1975, 1, 1) + dt.timedelta(days=i)
    return f"{born:%Y%m%d}200{1 + i % 9}0{1 + i % 9}{gender}{1 + i % 999:03d}"


def _build(site: SiteDb, n: int) -> list[uuid.UUID]:
    """Units, heads, staff and their SKPs; returns the staff SKP ids (by name order)."""
    from sqlalchemy import Table, insert
    from sqlalchemy.orm import Session

    from kinerja_desktop.domain.nip import is_valid_nip
    from kinerja_desktop.services.changes import local_site_code
    from kinerja_desktop.storage.models import IkiRow, Pegawai, RhkRow, Skp, UnitKerja

    def table(model: Any) -> Table:
        t: Table = model.__table__
        return t

    now = dt.datetime.now(dt.UTC)
    heads = max(1, -(-n // STAFF_PER_UNIT))
    with site.db.write() as s:
        assert isinstance(s, Session)
        origin = local_site_code(s)
        base = {"version": 1, "updated_at": now, "origin_site": origin, "deleted_at": None}
        units, pegawai, skps, rhks, ikis = [], [], [], [], []
        staff_skp: list[tuple[str, uuid.UUID]] = []
        seq = 0
        for h in range(heads):
            unit_id, head_id = uuid.uuid4(), uuid.uuid4()
            units.append({**base, "id": unit_id, "kode": f"B.{h + 1:03d}",
                          "nama": f"Seksi Bench {h + 1}", "parent_id": None, "alamat": None,
                          "kepala_id": None})
            members: list[tuple[uuid.UUID, uuid.UUID | None, str]] = [(head_id, None,
                                                                      f"Kepala Seksi {h + 1}")]
            for k in range(min(STAFF_PER_UNIT, n - h * STAFF_PER_UNIT)):
                members.append((uuid.uuid4(), head_id, f"Staf {h + 1:03d}-{k + 1:02d}"))
            head_rhk: list[uuid.UUID] = []
            for pid, atasan, nama in members:
                seq += 1
                nip = _nip(seq, 1 + seq % 2)
                assert is_valid_nip(nip), nip
                pegawai.append({**base, "id": pid, "nip": nip, "jenis_pegawai": "PNS",
                                "gelar_depan": None, "nama": nama, "gelar_belakang": None,
                                "golongan": "III/b", "jabatan_id": None, "unit_kerja_id": unit_id,
                                "atasan_id": atasan, "aktif": True})
                skp_id = uuid.uuid4()
                skps.append({**base, "id": skp_id, "pegawai_id": pid, "tahun": TAHUN,
                             "periode_mulai": dt.date(TAHUN, 1, 1),
                             "periode_selesai": dt.date(TAHUN, 12, 31), "unit_kerja_id": unit_id,
                             "form_family": "JA_JF", "pendekatan": "KUANTITATIF",
                             "status": "DRAFT", "penilai_id": atasan, "atasan_penilai_id": None,
                             "penilai_luar": None, "atasan_penilai_luar": None,
                             "penilai_sebagai": "definitif", "penilai_alasan": None,
                             "alasan_dikembalikan": None,
                             "ekspektasi": {"2": "Tertib administrasi", "6": "Cepat belajar"},
                             "lampiran": {"dukungan_sumber_daya": ["Laptop", "Aplikasi"],
                                          "skema_pertanggungjawaban": ["Laporan bulanan"],
                                          "konsekuensi": ["Catatan evaluasi"]},
                             "snapshot": None, "tempat_penetapan": None,
                             "tanggal_penetapan": None, "revisi_ke": 0, "parent_skp_id": None,
                             "ditutup_pada": None})
                if atasan is not None:
                    staff_skp.append((nama, skp_id))
                for r in range(RHK_PER_SKP):
                    rid = uuid.uuid4()
                    if atasan is None:
                        head_rhk.append(rid)
                    rhks.append({**base, "id": rid, "skp_id": skp_id, "jenis": "UTAMA",
                                 "no_urut": r + 1,
                                 "uraian": f"Rencana hasil kerja {r + 1} {nama} yang cukup "
                                           "panjang agar teksnya terbungkus di sel Excel",
                                 "intervensi_rhk_id": head_rhk[r] if atasan else None,
                                 "intervensi_sasaran_id": None,
                                 "intervensi_teks": None if atasan else "RHK Kepala Dinas",
                                 "asal_rhk_id": None})
                    for i in range(IKI_PER_RHK):
                        ikis.append({**base, "id": uuid.uuid4(), "rhk_id": rid,
                                     "no_urut": i + 1,
                                     "uraian": f"Indikator {i + 1} dari RHK {r + 1}",
                                     "aspek": ("KUANTITAS", "WAKTU")[i],
                                     "target_nilai": str(Decimal(r + 1) + Decimal("0.5") * i),
                                     "target_satuan": ("laporan", "bulan")[i],
                                     "target_teks": None, "perspektif": None})
        s.execute(insert(table(UnitKerja)), units)
        s.execute(insert(table(Pegawai)), pegawai)
        for start in range(0, len(skps), 2000):
            s.execute(insert(table(Skp)), skps[start:start + 2000])
        for start in range(0, len(rhks), 5000):
            s.execute(insert(table(RhkRow)), rhks[start:start + 5000])
        for start in range(0, len(ikis), 5000):
            s.execute(insert(table(IkiRow)), ikis[start:start + 5000])
    staff_skp.sort()
    return [sid for _nama, sid in staff_skp]


def _empty_staff_drafts(path: Path, staff: list[uuid.UUID]) -> None:
    """The same database with the staff SKPs' RHK and IKI removed (the import target)."""
    from sqlalchemy import delete, select

    from kinerja_desktop.storage.models import IkiRow, RhkRow

    site = open_site_db(path)
    try:
        with site.db.write() as s:
            for start in range(0, len(staff), 500):
                part = staff[start:start + 500]
                rhk_ids = select(RhkRow.id).where(RhkRow.skp_id.in_(part))
                s.execute(delete(IkiRow).where(IkiRow.rhk_id.in_(rhk_ids)))
                s.execute(delete(RhkRow).where(RhkRow.skp_id.in_(part)))
    finally:
        site.dispose()


def _values(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)])
                for ws in wb.worksheets]
    finally:
        wb.close()


def _bare_write(folder: Path, books: list[list[tuple[str, list[tuple[Any, ...]]]]]) -> None:
    from openpyxl import Workbook

    for no, sheets in enumerate(books):
        wb = Workbook(write_only=True)
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(folder / f"bare-{no}.xlsx")


def _bare_read(files: list[Path]) -> int:
    from openpyxl import load_workbook

    cells = 0
    for f in files:
        wb = load_workbook(f, read_only=True, data_only=True)
        try:
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    cells += len(row)
        finally:
            wb.close()
    return cells


def bench_skp_xlsx(ws: Workspace) -> list[Result]:
    from kinerja_desktop.services.skp_excel import (
        apply_skp_import,
        export_skp_many,
        preview_skp_import,
    )

    n = ws.reps(1000, 100)
    repeat = 2
    sizes = (n // 4, n)
    log(f"skp_xlsx: {n} SKP workbooks of {RHK_PER_SKP} RHK / "
        f"{RHK_PER_SKP * IKI_PER_RHK} IKI; timed at {sizes[0]} and {sizes[1]}, best of {repeat}")
    full = init_site_db(ws.root / f"skp-{n}.sqlite")
    export_ms: dict[int, float] = {}
    files: list[Path] = []
    try:
        start = time.perf_counter()
        staff = _build(full, n)
        log(f"  set-up: {len(staff)} staff SKPs in {time.perf_counter() - start:.1f} s")
        export_skp_many(full.db, full.actor, staff[:3], _fresh(ws.root / "warm"))  # warm-up
        for size in sizes:
            times = []
            for _ in range(repeat):
                folder = _fresh(ws.root / f"export-{size}")
                t0 = time.perf_counter()
                files = export_skp_many(full.db, full.actor, staff[:size], folder)
                times.append((time.perf_counter() - t0) * 1000 / size)
            export_ms[size] = min(times)
            log(f"  export {size}: {', '.join(f'{t:.1f}' for t in times)} ms per SKP")
    finally:
        full.dispose()
    books = [_values(f) for f in files]
    cells = sum(len(r) for b in books for _t, rows in b for r in rows)
    bare_write_ms: dict[int, float] = {}
    bare_read_ms: dict[int, float] = {}
    for size in sizes:
        writes, reads = [], []
        for _ in range(repeat):
            folder = _fresh(ws.root / f"bare-{size}")
            t0 = time.perf_counter()
            _bare_write(folder, books[:size])
            writes.append((time.perf_counter() - t0) * 1000 / size)
            t0 = time.perf_counter()
            _bare_read(files[:size])
            reads.append((time.perf_counter() - t0) * 1000 / size)
        bare_write_ms[size], bare_read_ms[size] = min(writes), min(reads)
        log(f"  baseline {size}: bare write {bare_write_ms[size]:.1f} ms, bare read "
            f"{bare_read_ms[size]:.1f} ms per file ({cells // len(books)} cells per file)")

    template = ws.root / "skp-empty.sqlite"
    copy_sqlite(full.path, template)
    _empty_staff_drafts(template, staff)
    import_ms: dict[int, float] = {}
    for size in sizes:
        times = []
        for _ in range(repeat):
            target = ws.root / f"skp-import-{size}.sqlite"
            copy_sqlite(template, target)
            site = open_site_db(target)
            try:
                preview_skp_import(site.db, site.actor, files[0])  # warm-up, writes nothing
                t0 = time.perf_counter()
                for f in files[:size]:
                    preview = preview_skp_import(site.db, site.actor, f)
                    if preview.errors:
                        raise RuntimeError(f"{f.name}: {preview.errors[:3]}")
                    apply_skp_import(site.db, site.actor, preview)
                times.append((time.perf_counter() - t0) * 1000 / size)
            finally:
                site.dispose()
                remove_sqlite(target)
        import_ms[size] = min(times)
        log(f"  import {size}: {', '.join(f'{t:.1f}' for t in times)} ms per SKP")
    if ws.profile_dir is not None:
        target = ws.root / "skp-import-profile.sqlite"
        copy_sqlite(template, target)
        site = open_site_db(target)
        try:
            def one_pass() -> None:
                for f in files[:20]:
                    apply_skp_import(site.db, site.actor,
                                     preview_skp_import(site.db, site.actor, f))
            ws.profile("skp_xlsx_import", one_pass)
        finally:
            site.dispose()
    remove_sqlite(full.path)
    remove_sqlite(template)

    small, big = sizes
    out: list[Result] = []
    for what, per, base in (("export", export_ms, bare_write_ms),
                            ("import", import_ms, bare_read_ms)):
        for size in sizes:
            out.append(result(f"skp_xlsx_{what}_per_skp_{size}", per[size], "ms", base[size],
                              target=f"{what} of {size} SKP workbooks, ms per SKP; baseline: "
                                     f"bare openpyxl {'write' if what == 'export' else 'read'}"))
        ratio = per[big] / per[small]
        base_ratio = base[big] / base[small]
        out.append(result(f"skp_xlsx_{what}_linearity", ratio, "x", base_ratio,
                          max_value=MAX_LINEARITY,
                          target=f"per-SKP time at {big} / at {small}; baseline: the same "
                                 "ratio of the bare openpyxl path"))
    return out


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
