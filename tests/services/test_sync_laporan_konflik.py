"""Conflicts an office decides itself reach the province (issue 6 point 8: "status per
office: open conflicts"): the count in the province's status per office, and the newest
of them in the province's conflict report."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services import sync_ekspor, sync_laporan
from kinerja_desktop.services.sync_laporan import konflik_tercatat
from kinerja_desktop.services.sync_provinsi import status_kantor
from kinerja_desktop.services.sync_status import daftar_konflik, status_kanal
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.sync.records import Laporan
from tests.conftest import ADMIN_PASSWORD, make_site
from tests.services.sync_net import Situs, kenalkan

PROV = "BKD-PROV"


@pytest.fixture
def jaringan(any_db: Database, other_db: Database, tmp_path: Path,
             ) -> Iterator[tuple[Situs, Situs]]:
    usb = tmp_path / "usb"
    usb.mkdir()
    kantor = Situs("LPG-DINAS1", any_db, make_site(any_db, parent=PROV), usb)
    prov = Situs(PROV, other_db, make_site(other_db, PROV, role=SiteRole.PROVINCE), usb)
    kenalkan(kantor, prov)
    yield kantor, prov


def _rename_both(kantor: Situs, prov: Situs, unit: uuid.UUID, n: int) -> None:
    save_unit(kantor.db, kantor.admin, UnitInput("9", f"Nama Kantor {n}"), unit)
    save_unit(prov.db, prov.admin, UnitInput("9", f"Nama Provinsi {n}"), unit)


def test_conflicts_decided_at_the_office_show_in_the_provinces_status(
        jaringan: tuple[Situs, Situs]) -> None:
    kantor, prov = jaringan
    unit = save_unit(kantor.db, kantor.admin, UnitInput("9", "Dinas Contoh")).id
    assert prov.terima(kantor.kirim().file).ok
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    [awal] = status_kantor(prov.db, prov.admin)
    assert awal.konflik_di_kantor == 0
    # Both rename the unit; the office hears from the province first and decides.
    _rename_both(kantor, prov, unit, 1)
    down = kantor.terima(prov.kirim("LPG-DINAS1").file)
    assert down.ok and down.konflik_baru == 1
    old = kantor.kirim()  # carries the report: one conflict decided at the office
    assert prov.terima(old.file).ok
    [st] = status_kantor(prov.db, prov.admin)
    di_kantor = len(daftar_konflik(kantor.db, kantor.admin))
    assert st.konflik_di_kantor == di_kantor == 1
    assert st.konflik == len([k for k in daftar_konflik(prov.db, prov.admin)
                              if not k.dilaporkan])  # the province's own
    [kanal] = status_kanal(prov.db, prov.admin)
    assert kanal.konflik_di_situs == 1
    # A second conflict decided at the office raises the count with its next package.
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    _rename_both(kantor, prov, unit, 2)
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).konflik_baru == 1
    earlier = kantor.kirim()  # reports two; carried in late, below
    kantor.kirim()
    newest = kantor.kirim()
    assert prov.terima(newest.file).ok
    [st] = status_kantor(prov.db, prov.admin)
    assert st.konflik_di_kantor == len(daftar_konflik(kantor.db, kantor.admin)) == 2
    # An older package carried in late does not take the count back: after one more
    # conflict at the office, its package arrives after a still newer one.
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    _rename_both(kantor, prov, unit, 3)
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).konflik_baru == 1
    tiga = kantor.kirim()
    save_unit(kantor.db, kantor.admin, UnitInput("9", "Nama Kantor 4"), unit)
    assert prov.terima(kantor.kirim().file).ok
    assert status_kantor(prov.db, prov.admin)[0].konflik_di_kantor == 3
    assert prov.terima(tiga.file).ok
    assert prov.terima(earlier.file).ok
    assert status_kantor(prov.db, prov.admin)[0].konflik_di_kantor == 3
    # The list came with the count: the province's conflict report shows the office's
    # three, as the office keeps them, and the late old package did not replace it.
    assert _dilaporkan(prov) == _sendiri(kantor) and len(_sendiri(kantor)) == 3


def _sendiri(x: Situs) -> list[tuple[object, ...]]:
    return [(x.kode, k.entitas_id, k.situs_menang, k.situs_kalah, k.versi_kalah, k.dasar,
             k.data_kalah) for k in daftar_konflik(x.db, x.admin) if not k.dilaporkan]


def _dilaporkan(x: Situs) -> list[tuple[object, ...]]:
    return [(k.diputuskan_di, k.entitas_id, k.situs_menang, k.situs_kalah, k.versi_kalah,
             k.dasar, k.data_kalah) for k in daftar_konflik(x.db, x.admin) if k.dilaporkan]


def test_the_list_keeps_the_newest_conflicts_and_an_older_sender_keeps_the_old_list(
        jaringan: tuple[Situs, Situs], monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the newest conflicts travel (the count covers all of them), and a package
    from an app older than the list (a count only) leaves the list as it was."""
    kantor, prov = jaringan
    monkeypatch.setattr(sync_laporan, "MAKS_KONFLIK_DILAPORKAN", 2)
    unit = save_unit(kantor.db, kantor.admin, UnitInput("9", "Dinas Contoh")).id
    assert prov.terima(kantor.kirim().file).ok

    def konflik_di_kantor(n: int) -> None:
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
        _rename_both(kantor, prov, unit, n)
        assert kantor.terima(prov.kirim("LPG-DINAS1").file).konflik_baru == 1

    for n in range(3):
        konflik_di_kantor(n)
    assert prov.terima(kantor.kirim().file).ok
    assert status_kantor(prov.db, prov.admin)[0].konflik_di_kantor == 3
    newest_two = _sendiri(kantor)[1:]
    assert _dilaporkan(prov) == newest_two
    # An office on an older app sends the count only.
    monkeypatch.setattr(sync_ekspor, "laporan_untuk_induk",
                        lambda s, _lokal: Laporan(konflik_tercatat(s)))
    konflik_di_kantor(3)
    assert prov.terima(kantor.kirim().file).ok
    assert status_kantor(prov.db, prov.admin)[0].konflik_di_kantor == 4
    assert _dilaporkan(prov) == newest_two


def test_the_cli_lists_the_conflicts_an_office_reported(
        jaringan: tuple[Situs, Situs], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    kantor, prov = jaringan
    unit = save_unit(kantor.db, kantor.admin, UnitInput("9", "Dinas Contoh")).id
    assert prov.terima(kantor.kirim().file).ok
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).ok
    _rename_both(kantor, prov, unit, 1)
    assert kantor.terima(prov.kirim("LPG-DINAS1").file).konflik_baru == 1
    assert prov.terima(kantor.kirim().file).ok
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert main(["--db-url", prov.db.url.render_as_string(hide_password=False),
                 "sync", "conflicts"]) == 0
    out = capsys.readouterr().out
    [baris] = [line for line in out.splitlines() if line.startswith("di LPG-DINAS1 ")]
    assert f"unit_kerja {unit}: menang BKD-PROV" in baris and "kalah LPG-DINAS1" in baris
