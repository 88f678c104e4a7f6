"""Row ids: version 7 for new rows (time-ordered), version 8 for ids derived from a key."""

from __future__ import annotations

import datetime as dt
import itertools
import time
import uuid

import pytest

from kinerja_desktop.domain import ids
from kinerja_desktop.domain.evaluasi import evaluasi_id, realisasi_id
from kinerja_desktop.domain.ids import new_id, turunan


def _ms(value: uuid.UUID) -> int:
    return value.int >> 80


def test_new_ids_are_version_7_and_carry_the_time_of_creation() -> None:
    before = time.time_ns() // 1_000_000
    value = new_id()
    after = time.time_ns() // 1_000_000
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert before <= _ms(value) <= after


def test_new_ids_increase_strictly_even_within_one_millisecond() -> None:
    values = [new_id() for _ in range(20_000)]
    assert all(a < b for a, b in itertools.pairwise(values))
    # Ordered as text too: SQLite stores them as 32 hex digits.
    assert [v.hex for v in values] == sorted(v.hex for v in values)
    assert len({_ms(v) for v in values}) < len(values)  # many shared a millisecond


def test_a_clock_that_steps_back_does_not_break_the_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = new_id()
    monkeypatch.setattr(ids.time, "time_ns", lambda: (_ms(first) - 60_000) * 1_000_000)
    later = [new_id() for _ in range(100)]
    assert first < later[0] and later == sorted(later)
    assert all(_ms(v) >= _ms(first) for v in later)


def test_derived_ids_are_the_same_everywhere_and_start_with_the_date() -> None:
    skp = new_id()
    tw2 = dt.date(2026, 4, 1)
    a = evaluasi_id(skp, "2026-TW2", tw2)
    assert a == evaluasi_id(skp, "2026-TW2", tw2)
    assert a.version == 8 and a.variant == uuid.RFC_4122
    assert _ms(a) == int(dt.datetime(2026, 4, 1, tzinfo=dt.UTC).timestamp()) * 1000
    assert a != evaluasi_id(skp, "2026-TW3", tw2)
    assert a != evaluasi_id(new_id(), "2026-TW2", tw2)
    iki = new_id()
    assert realisasi_id(a, iki, tw2) != realisasi_id(a, new_id(), tw2)
    assert realisasi_id(a, iki, tw2) != turunan(tw2, "evaluasi", a, iki)
    # A later period's rows come after an earlier one's, whatever the SKP.
    tw1 = [evaluasi_id(new_id(), "2026-TW1", dt.date(2026, 1, 1)) for _ in range(50)]
    assert max(tw1) < min(evaluasi_id(new_id(), "2026-TW2", tw2) for _ in range(50))
