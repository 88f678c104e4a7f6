"""The conflict rule: one total order, the same winner whichever site decides."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.sync_konflik import (
    Dasar,
    Versi,
    dalam_cabang,
    lebih_baru,
    masuk_menang,
    tahap_alur,
    waktu_utc,
)

T0 = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


def _v(versi: int = 2, detik: int = 0, situs: str = "A", tahap: int | None = None,
       isi: bytes = b"x") -> Versi:
    return Versi(versi, T0 + dt.timedelta(seconds=detik), situs, tahap, isi)


def test_each_rule_decides_in_its_turn() -> None:
    assert masuk_menang(_v(versi=5, tahap=1), _v(versi=2, tahap=3)) == (True, Dasar.STATUS)
    assert masuk_menang(_v(versi=3), _v(versi=2, detik=9)) == (False, Dasar.VERSI)
    assert masuk_menang(_v(detik=1), _v(detik=2)) == (True, Dasar.WAKTU)
    assert masuk_menang(_v(situs="B"), _v(situs="A")) == (False, Dasar.SITUS)
    assert masuk_menang(_v(isi=b"a"), _v(isi=b"b")) == (True, Dasar.ISI)
    # Without a workflow state on one side, the versions decide.
    assert masuk_menang(_v(versi=3, tahap=None), _v(versi=2, tahap=4)) == (False, Dasar.VERSI)


def _pair(draw: st.DrawFn) -> tuple[Versi, Versi]:
    # Both versions are of one row, so both have a workflow state or neither has.
    tahap = st.integers(0, 3) if draw(st.booleans()) else st.none()
    one = st.builds(_v, st.integers(1, 4), st.integers(0, 3), st.sampled_from("AB"), tahap,
                    st.binary(max_size=2))
    return draw(one), draw(one)


pairs = st.composite(_pair)()


@given(pairs)
def test_both_sites_keep_the_same_winner(pair: tuple[Versi, Versi]) -> None:
    a, b = pair
    if a == b:
        return
    a_wins_at_b, _ = masuk_menang(b, a)  # at site B, A's version comes in
    b_wins_at_a, _ = masuk_menang(a, b)
    assert a_wins_at_b != b_wins_at_a


def test_newer_and_workflow_helpers() -> None:
    assert lebih_baru(_v(versi=2), _v(versi=3)) and not lebih_baru(_v(versi=3), _v(versi=2))
    assert lebih_baru(_v(detik=0), _v(detik=1))
    assert tahap_alur("skp", {"status": "DITETAPKAN"}) == 2
    assert tahap_alur("evaluasi_periode", {"status": "DINILAI"}) == 3
    assert tahap_alur("pegawai", {"status": "DINILAI"}) is None
    naive = waktu_utc("2026-11-26T08:00:00")
    assert naive == T0 == waktu_utc("2026-11-26T15:00:00+07:00")


def test_branches_of_the_site_tree() -> None:
    induk = {"PROV": None, "KAB1": "PROV", "KAB2": "PROV", "LAP1": "KAB1"}
    assert dalam_cabang("LAP1", "KAB1", induk) is True
    assert dalam_cabang("KAB1", "KAB1", induk) is True
    assert dalam_cabang("KAB2", "KAB1", induk) is False
    assert dalam_cabang("PROV", "KAB1", induk) is False
    assert dalam_cabang("LAP9", "KAB1", induk) is None  # unknown here
    assert dalam_cabang("X", "KAB1", {"X": "Y", "Y": "X"}) is False  # a loop ends
