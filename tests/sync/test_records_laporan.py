"""The ``laporan`` record: a child's count of the conflicts it decided itself, and the
newest of them."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kinerja_desktop.sync.errors import PackageRejected
from kinerja_desktop.sync.manifest import ChangeRange
from kinerja_desktop.sync.records import (
    MAKS_KONFLIK_DILAPORKAN,
    IsiPaket,
    KonflikDilaporkan,
    Laporan,
    susun,
    urai,
)

ENTITAS = {"pegawai"}
KOSONG = ChangeRange(0, 0, 0)
KONFLIK = KonflikDilaporkan(
    "LPG-DINAS1", "BKD-PROV", "pegawai", uuid.UUID(int=5), "versi", "lokal", "LPG-DINAS1",
    "BKD-PROV", 4, 3, "2026-11-26T08:00:00.123456+00:00", {"nama": "Ani", "version": 3})


def test_the_report_round_trips() -> None:
    for isi in (IsiPaket(laporan=Laporan(4)), IsiPaket(laporan=Laporan(4, ())),
                IsiPaket(laporan=Laporan(7, (KONFLIK, KONFLIK)))):
        assert urai(list(susun(isi)), entitas=ENTITAS, rentang=KOSONG) == isi


def _daftar(**ganti: Any) -> dict[str, Any]:
    [rec] = [r for r in susun(IsiPaket(laporan=Laporan(1, (KONFLIK,))))]
    daftar = rec["daftar"]
    assert isinstance(daftar, list)
    item = dict(daftar[0])
    item.update(ganti)
    return {"t": "laporan", "konflik": 1, "daftar": [item]}


@pytest.mark.parametrize(("records", "pesan"), [
    ([{"t": "laporan", "konflik": -1}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan", "konflik": "3"}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan", "konflik": True}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan"}], "kolom 'konflik' tidak ada"),
    ([{"t": "laporan", "konflik": 1, "lain": 2}], "kolom 'lain' tidak dikenal"),
    ([{"t": "laporan", "konflik": 1}, {"t": "laporan", "konflik": 2}],
     "rekaman baris 2: lebih dari satu rekaman laporan"),
    ([{"t": "laporan", "konflik": 1, "daftar": {}}], "'daftar' harus daftar"),
    ([{"t": "laporan", "konflik": 1, "daftar": [3]}], "konflik ke-1 dalam 'daftar' harus objek"),
    ([_daftar(entitas="user_account")], "konflik ke-1: tabel 'user_account' tidak disinkronkan"),
    ([_daftar(dasar="undian")], "konflik ke-1: dasar 'undian' tidak dikenal"),
    ([_daftar(pemenang="keduanya")], "konflik ke-1: pemenang 'keduanya' tidak dikenal"),
    ([_daftar(id="bukan-uuid")], "'id' bukan UUID"),
    ([_daftar(situs="kantor kecil")], "'situs' tidak sah"),
    ([_daftar(versi_kalah=0)], "'versi_kalah' harus bilangan bulat ≥ 1"),
    ([_daftar(pada="kemarin")], "'pada' tidak sah"),
    ([_daftar(data_kalah=[1])], "konflik ke-1: 'data_kalah' harus objek"),
    ([_daftar(tambahan=1)], "kolom 'tambahan' tidak dikenal"),
    ([{"t": "laporan", "konflik": 1,
       "daftar": _daftar()["daftar"] * (MAKS_KONFLIK_DILAPORKAN + 1)}],
     f"paling banyak {MAKS_KONFLIK_DILAPORKAN}"),
])
def test_a_bad_report_refuses_the_package(records: list[dict[str, Any]], pesan: str) -> None:
    with pytest.raises(PackageRejected) as exc:
        urai(records, entitas=ENTITAS, rentang=KOSONG)
    assert pesan in str(exc.value)
