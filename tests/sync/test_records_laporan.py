"""The ``laporan`` record: a child's count of the conflicts it decided itself."""

from __future__ import annotations

from typing import Any

import pytest

from kinerja_desktop.sync.errors import PackageRejected
from kinerja_desktop.sync.manifest import ChangeRange
from kinerja_desktop.sync.records import IsiPaket, Laporan, susun, urai

ENTITAS = {"pegawai"}
KOSONG = ChangeRange(0, 0, 0)


def test_the_report_round_trips() -> None:
    isi = IsiPaket(laporan=Laporan(4))
    assert urai(list(susun(isi)), entitas=ENTITAS, rentang=KOSONG) == isi


@pytest.mark.parametrize(("records", "pesan"), [
    ([{"t": "laporan", "konflik": -1}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan", "konflik": "3"}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan", "konflik": True}], "'konflik' harus bilangan bulat"),
    ([{"t": "laporan"}], "kolom 'konflik' tidak ada"),
    ([{"t": "laporan", "konflik": 1, "lain": 2}], "kolom 'lain' tidak dikenal"),
    ([{"t": "laporan", "konflik": 1}, {"t": "laporan", "konflik": 2}],
     "rekaman baris 2: lebih dari satu rekaman laporan"),
])
def test_a_bad_report_refuses_the_package(records: list[dict[str, Any]], pesan: str) -> None:
    with pytest.raises(PackageRejected) as exc:
        urai(records, entitas=ENTITAS, rentang=KOSONG)
    assert pesan in str(exc.value)
