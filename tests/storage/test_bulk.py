"""storage.bulk: insert_rows stores exactly what a Core INSERT of the same rows stores;
paused_gc turns the cyclic collector back on exactly when the last block ends."""

from __future__ import annotations

import datetime as dt
import gc
import threading
import uuid
from typing import Any, cast

import pytest
from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from kinerja_desktop.domain.periode import SkemaPeriode
from kinerja_desktop.storage.bulk import insert_rows, paused_gc
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AturanPeriodeTahun, AuditLog, Outbox

OUTBOX = cast(Table, Outbox.__table__)
ATURAN = cast(Table, AturanPeriodeTahun.__table__)
AUDIT = cast(Table, AuditLog.__table__)


def _rows(n: int, base: int) -> list[dict[str, Any]]:
    return [{"entity": "uji", "entity_id": uuid.UUID(int=base + i), "version": i + 1,
             "op": "upsert",
             "payload": {"n": i, "teks": "ä€", "daftar": [1, None]}}
            for i in range(n)]


def _read(db: Database, where_from: int) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(Outbox.entity, Outbox.entity_id, Outbox.version, Outbox.op, Outbox.payload,
                   Outbox.created_at.is_not(None))
            .where(Outbox.seq > where_from).order_by(Outbox.seq))]


def _last_seq(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1)) or 0


def test_same_values_as_core_insert_and_defaults_filled(any_db: Database) -> None:
    start = _last_seq(any_db)
    with any_db.write() as s:
        rows = _rows(7, 0)
        s.execute(OUTBOX.insert(), rows)
    core = _read(any_db, start)
    middle = _last_seq(any_db)
    with any_db.write() as s:
        insert_rows(s, OUTBOX, _rows(7, 0))
    mine = _read(any_db, middle)
    assert mine == core  # ids, versions, JSON text and the created_at default
    assert len(mine) == 7


def test_json_none_is_sql_null_and_rows_keep_their_order(any_db: Database) -> None:
    rows = [{"user_id": uuid.UUID(int=i), "username": "uji", "action": "bulk", "entity": "x",
             "entity_id": str(i), "detail": None if i % 3 == 0 else {"n": i, "teks": "ä€"}}
            for i in range(5)]
    with any_db.write() as s:
        insert_rows(s, AUDIT, rows)
    with any_db.read() as s:
        got = s.execute(select(AuditLog.user_id, AuditLog.detail, AuditLog.detail.is_(None))
                        .where(AuditLog.action == "bulk").order_by(AuditLog.id)).all()
    assert [r[0] for r in got] == [uuid.UUID(int=i) for i in range(5)]
    assert [r[2] for r in got] == [True, False, False, True, False]  # SQL NULL, not 'null'
    assert got[1][1] == {"n": 1, "teks": "ä€"}


def test_enums_dates_and_python_defaults(any_db: Database) -> None:
    rid = uuid.uuid4()
    row = {"id": rid, "tahun": 2031, "skema": SkemaPeriode.SEMESTERAN,
           "batas_penetapan_skp": dt.date(2031, 1, 31), "origin_site": "UJI"}
    missing = {c.key for c in ATURAN.columns} - set(row)
    with any_db.write() as s:
        insert_rows(s, ATURAN, [row])
    with any_db.read() as stored:
        got = stored.get(AturanPeriodeTahun, rid)
        assert got is not None
        assert (got.tahun, got.skema, got.batas_penetapan_skp) == (
            2031, SkemaPeriode.SEMESTERAN, dt.date(2031, 1, 31))
        # the Python-side defaults of the columns the row left out
        assert (got.version, got.hari_realisasi, got.hari_penilaian) == (1, 5, 10)
        assert got.updated_at is not None
    assert {"version", "updated_at", "hari_realisasi"} <= missing


def test_paused_gc_restores_the_collector_after_nested_and_threaded_blocks() -> None:
    """An import pauses the cyclic collector; blocks nest and overlap across threads
    (two offices' packages at once), and only the last one out turns it back on."""
    assert gc.isenabled()
    masuk, keluar = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with paused_gc():
            masuk.set()
            keluar.wait(timeout=30)
            seen.append(gc.isenabled())

    t = threading.Thread(target=other)
    with paused_gc():
        t.start()
        assert masuk.wait(timeout=30)
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled(), "the other thread's block still runs"
    keluar.set()
    t.join(timeout=30)
    assert seen == [False]
    assert gc.isenabled()


def test_paused_gc_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_paused_gc_turns_the_collector_back_on_after_an_error() -> None:
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("gagal")
    assert gc.isenabled()


def test_a_taken_key_raises_integrity_error_and_writes_nothing(any_db: Database) -> None:
    """On PostgreSQL the rows go through COPY; a taken key still surfaces as SQLAlchemy's
    IntegrityError (the sync import retries row by row on it), and none of the rows stay."""
    rid = uuid.uuid4()
    row = {"id": rid, "tahun": 2032, "skema": SkemaPeriode.TRIWULANAN, "origin_site": "UJI"}
    with any_db.write() as s:
        insert_rows(s, ATURAN, [row])
    other = dict(row, id=uuid.uuid4(), tahun=2033)
    with pytest.raises(IntegrityError), any_db.write() as s:
        insert_rows(s, ATURAN, [other, row])
    with any_db.read() as s:
        assert s.scalars(select(AturanPeriodeTahun.tahun).where(
            AturanPeriodeTahun.origin_site == "UJI")).all() == [2032]
