"""The records of a payload are validated one by one; the first bad one refuses the
package with its line number."""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

import pytest

from kinerja_desktop.sync.errors import PackageRejected, Reason
from kinerja_desktop.sync.manifest import ChangeRange
from kinerja_desktop.sync.records import (
    Ack,
    BerkasIsi,
    IsiPaket,
    Perubahan,
    StatusUbah,
    susun,
    urai,
)

ID = uuid.UUID(int=5)
ENTITAS = {"pegawai", "unit_kerja"}


def _ubah(seq: int = 3, **extra: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {"t": "ubah", "seq": seq, "entitas": "pegawai", "id": str(ID),
                           "versi": 2, "situs": "KAB-01",
                           "baris": {"id": str(ID), "version": 2, "nama": "A"}}
    rec.update(extra)
    return rec


def test_a_package_round_trips_through_its_records() -> None:
    data = b"logo"
    isi = IsiPaket(
        perubahan=[Perubahan(3, "pegawai", ID, 2, "KAB-01", {"id": str(ID), "version": 2})],
        berkas=[BerkasIsi(hashlib.sha256(data).hexdigest(), "image/png", data)],
        status=[StatusUbah(7, "unit_kerja", ID, "ditolak", "bukan haknya")],
        ack=Ack(12, None, uuid.UUID(int=9)))
    back = urai(list(susun(isi)), entitas=ENTITAS, rentang=ChangeRange(0, 5, 1))
    assert back == isi


SHA = hashlib.sha256(b"x").hexdigest()


@pytest.mark.parametrize(("records", "rentang", "problem"), [
    ([{"t": "hapus"}], ChangeRange(0, 5, 0), "rekaman baris 1: jenis 'hapus'"),
    ([{k: v for k, v in _ubah().items() if k != "situs"}], ChangeRange(0, 5, 1),
     "kolom 'situs' tidak ada"),
    ([_ubah(extra=1)], ChangeRange(0, 5, 1), "kolom 'extra' tidak dikenal"),
    ([_ubah(seq=9)], ChangeRange(0, 5, 1), "seq 9 di luar rentang"),
    ([_ubah(), _ubah()], ChangeRange(0, 5, 2), "rekaman baris 2: seq 3 muncul dua kali"),
    ([_ubah()], ChangeRange(0, 5, 2), "manifest menyebut 2 perubahan, isi paket 1"),
    ([_ubah(entitas="user_account")], ChangeRange(0, 5, 1), "tidak disinkronkan"),
    ([_ubah(versi=True)], ChangeRange(0, 5, 1), "'versi' harus bilangan bulat"),
    ([_ubah(id="bukan-uuid")], ChangeRange(0, 5, 1), "'id' bukan UUID"),
    ([_ubah(versi=3)], ChangeRange(0, 5, 1), "id/versi di dalam baris"),
    ([_ubah(situs="kab kecil")], ChangeRange(0, 5, 1), "'situs' tidak sah"),
    ([_ubah(baris=[])], ChangeRange(0, 5, 1), "'baris' harus objek"),
    ([{"t": "ack", "sampai": 1, "minta_ulang_dari": None, "inkarnasi": None}] * 2,
     ChangeRange(0, 5, 0), "lebih dari satu rekaman ack"),
    ([{"t": "status", "seq": 1, "entitas": "pegawai", "id": str(ID), "status": "hilang",
       "alasan": ""}], ChangeRange(0, 5, 0), "status 'hilang' tidak dikenal"),
    ([{"t": "berkas", "sha256": SHA, "mime": None, "data": "###"}], ChangeRange(0, 5, 0),
     "'data' bukan base64"),
    ([{"t": "berkas", "sha256": SHA, "mime": None,
       "data": base64.b64encode(b"y").decode()}], ChangeRange(0, 5, 0),
     "isi berkas tidak cocok"),
])
def test_a_bad_record_refuses_the_package(records: list[dict[str, Any]],
                                          rentang: ChangeRange, problem: str) -> None:
    with pytest.raises(PackageRejected) as err:
        urai(records, entitas=ENTITAS, rentang=rentang)
    assert err.value.reason is Reason.REKAMAN
    assert problem in str(err.value)
