from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.atasan import (
    JenisPenugasan,
    Penugasan,
    check_penugasan,
    find_atasan_cycle,
    resolve_penilai,
)
from kinerja_desktop.domain.errors import ValidationError


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


STAF, KASI, KABID, KADIS, LAIN, LAIN2 = (_id(n) for n in range(1, 7))
# staf -> kasi -> kabid -> kadis
ATASAN = {STAF: KASI, KASI: KABID, KABID: KADIS, KADIS: None, LAIN: KABID, LAIN2: KABID}
SEMUA_AKTIF = dict.fromkeys(ATASAN, True)
HARI = dt.date(2025, 3, 10)


def _tugas(
    jenis: JenisPenugasan,
    pelaksana: uuid.UUID,
    digantikan: uuid.UUID,
    mulai: dt.date,
    selesai: dt.date | None,
    n: int = 100,
) -> Penugasan:
    return Penugasan(_id(n), jenis, pelaksana, digantikan, mulai, selesai)


def test_definitif() -> None:
    r = resolve_penilai(STAF, HARI, ATASAN, SEMUA_AKTIF, [])
    assert (r.penilai_id, r.sebagai, r.penugasan_id) == (KASI, "definitif", None)


def test_no_atasan() -> None:
    r = resolve_penilai(KADIS, HARI, ATASAN, SEMUA_AKTIF, [])
    assert r.penilai_id is None
    assert "belum ada atasan" in r.sebagai


def test_plt_acts_for_the_atasan() -> None:
    plt = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), None)
    r = resolve_penilai(STAF, HARI, ATASAN, SEMUA_AKTIF, [plt])
    assert (r.penilai_id, r.sebagai, r.penugasan_id) == (LAIN, "Plt", plt.id)


def test_plh_beats_plt() -> None:
    plt = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), None, n=100)
    plh = _tugas(JenisPenugasan.PLH, LAIN2, KASI, dt.date(2025, 3, 9), dt.date(2025, 3, 11), n=101)
    for order in ([plt, plh], [plh, plt]):
        r = resolve_penilai(STAF, HARI, ATASAN, SEMUA_AKTIF, order)
        assert (r.penilai_id, r.sebagai, r.penugasan_id) == (LAIN2, "Plh", plh.id)


def test_plh_range_is_inclusive_and_ends() -> None:
    plh = _tugas(JenisPenugasan.PLH, LAIN, KASI, dt.date(2025, 3, 1), dt.date(2025, 3, 10))
    for day in (dt.date(2025, 3, 1), dt.date(2025, 3, 10)):
        assert resolve_penilai(STAF, day, ATASAN, SEMUA_AKTIF, [plh]).penilai_id == LAIN
    after = resolve_penilai(STAF, dt.date(2025, 3, 11), ATASAN, SEMUA_AKTIF, [plh])
    assert (after.penilai_id, after.sebagai) == (KASI, "definitif")
    before = resolve_penilai(STAF, dt.date(2025, 2, 28), ATASAN, SEMUA_AKTIF, [plh])
    assert before.penilai_id == KASI


def test_assignment_for_someone_else_is_ignored() -> None:
    plt = _tugas(JenisPenugasan.PLT, LAIN, KABID, dt.date(2025, 1, 1), None)
    assert resolve_penilai(STAF, HARI, ATASAN, SEMUA_AKTIF, [plt]).penilai_id == KASI


def test_inactive_atasan_without_plt_gives_nobody() -> None:
    aktif = {**SEMUA_AKTIF, KASI: False}
    r = resolve_penilai(STAF, HARI, ATASAN, aktif, [])
    assert r.penilai_id is None
    assert "tidak aktif" in r.sebagai


def test_inactive_atasan_with_plt() -> None:
    aktif = {**SEMUA_AKTIF, KASI: False}
    plt = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), None)
    assert resolve_penilai(STAF, HARI, ATASAN, aktif, [plt]).penilai_id == LAIN


def test_self_plt_goes_to_the_atasan_of_the_atasan() -> None:
    plt = _tugas(JenisPenugasan.PLT, STAF, KASI, dt.date(2025, 1, 1), None)
    r = resolve_penilai(STAF, HARI, ATASAN, SEMUA_AKTIF, [plt])
    assert (r.penilai_id, r.sebagai, r.penugasan_id) == (KABID, "atasan dari atasan", plt.id)


def test_self_plt_of_the_top_gives_nobody() -> None:
    atasan = {STAF: KADIS, KADIS: None}
    plt = _tugas(JenisPenugasan.PLT, STAF, KADIS, dt.date(2025, 1, 1), None)
    r = resolve_penilai(STAF, HARI, atasan, dict.fromkeys(atasan, True), [plt])
    assert r.penilai_id is None
    assert "atasannya sendiri" in r.sebagai


def test_check_penugasan_refuses_overlap() -> None:
    a = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), dt.date(2025, 6, 30), n=1)
    b = _tugas(JenisPenugasan.PLT, LAIN2, KASI, dt.date(2025, 6, 30), None, n=2)
    with pytest.raises(ValidationError, match="tumpang tindih"):
        check_penugasan(b, [a])


def test_check_penugasan_refuses_overlap_with_open_ended() -> None:
    a = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), None, n=1)
    b = _tugas(JenisPenugasan.PLT, LAIN2, KASI, dt.date(2030, 1, 1), dt.date(2030, 2, 1), n=2)
    with pytest.raises(ValidationError, match="seterusnya"):
        check_penugasan(b, [a])


def test_check_penugasan_allows_adjacent_other_kind_other_official_and_itself() -> None:
    a = _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), dt.date(2025, 6, 30), n=1)
    check_penugasan(_tugas(JenisPenugasan.PLT, LAIN2, KASI, dt.date(2025, 7, 1), None, n=2), [a])
    check_penugasan(
        _tugas(JenisPenugasan.PLH, LAIN2, KASI, dt.date(2025, 2, 1), dt.date(2025, 2, 3), n=3),
        [a],
    )
    check_penugasan(_tugas(JenisPenugasan.PLT, LAIN2, KABID, dt.date(2025, 2, 1), None, n=4), [a])
    # Editing an assignment compares it with the others, not with its old self.
    check_penugasan(
        _tugas(JenisPenugasan.PLT, LAIN, KASI, dt.date(2025, 1, 1), dt.date(2025, 8, 1), n=1), [a]
    )


def test_check_penugasan_refuses_self_and_reversed_dates() -> None:
    with pytest.raises(ValidationError, match="dirinya sendiri"):
        check_penugasan(_tugas(JenisPenugasan.PLH, KASI, KASI, HARI, HARI), [])
    with pytest.raises(ValidationError, match="sebelum tanggal mulai"):
        check_penugasan(
            _tugas(JenisPenugasan.PLH, LAIN, KASI, HARI, HARI - dt.timedelta(days=1)), []
        )


def test_cycle_found() -> None:
    graph = {STAF: KASI, KASI: KABID, KABID: STAF, LAIN: KASI}
    cycle = find_atasan_cycle(graph)
    assert cycle is not None
    assert set(cycle) == {STAF, KASI, KABID}


def test_self_loop_is_a_cycle() -> None:
    assert find_atasan_cycle({STAF: STAF}) == [STAF]


def test_no_cycle() -> None:
    assert find_atasan_cycle(ATASAN) is None
    assert find_atasan_cycle({}) is None
    # an atasan outside the mapping (another office) ends the chain
    assert find_atasan_cycle({STAF: KASI, KASI: _id(99)}) is None


def _has_cycle(graph: dict[uuid.UUID, uuid.UUID | None]) -> bool:
    """Reference: walking up from any node for more steps than there are nodes repeats one."""
    for start in graph:
        node: uuid.UUID | None = start
        for _ in range(len(graph) + 1):
            if node is None:
                break
            node = graph.get(node)
        if node is not None:
            return True
    return False


@st.composite
def _graphs(draw: st.DrawFn) -> dict[uuid.UUID, uuid.UUID | None]:
    n = draw(st.integers(0, 9))
    # targets up to n + 2 so some atasan lie outside the mapping
    targets = st.one_of(st.none(), st.integers(1, n + 2).map(_id))
    return {_id(i): draw(targets) for i in range(1, n + 1)}


@given(_graphs())
def test_cycle_found_iff_one_exists(graph: dict[uuid.UUID, uuid.UUID | None]) -> None:
    cycle = find_atasan_cycle(graph)
    assert (cycle is not None) == _has_cycle(graph)
    if cycle is not None:
        assert len(set(cycle)) == len(cycle)
        for here, up in zip(cycle, cycle[1:] + cycle[:1], strict=True):
            assert graph[here] == up
