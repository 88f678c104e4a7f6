"""Two offices that both call a unit "SEKR", both with their own period rules and
tunjangan table for the same year: the province takes both packages whole (unit codes,
years and predikat are unique per owning site), and the province's own lookups and
checks work per office. Every site on SQLite, then every site on PostgreSQL."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kinerja_desktop.domain.errors import ConflictError, ValidationError
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.periode import AturanPeriode, SkemaPeriode
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.aturan_periode import get_aturan, simpan_aturan
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import FieldErrors, get_pegawai, save_pegawai
from kinerja_desktop.services.realisasi import periode_of
from kinerja_desktop.services.rekap import unit_by_kode
from kinerja_desktop.services.tunjangan import get_tabel_tunjangan, simpan_tabel_tunjangan
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AturanPeriodeTahun,
    Pegawai,
    Skp,
    TunjanganPersen,
    UnitKerja,
)
from tests.conftest import another_db, make_site
from tests.services.sync_net import Situs, baris_sinkron, kenalkan

PROV = "BKD-PROV"
TAHUN = 2026
KATALOG = ("jabatan", "frasa_umpan_balik")  # shared rows, the same id at every site


@pytest.fixture
def third_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with another_db(request, tmp_path / "situs-ketiga") as db:
        yield db


def _kantor(db: Database, kode: str, nips: tuple[str, str], skema: SkemaPeriode,
            persen: str, folder: Path) -> tuple[Situs, dict[str, uuid.UUID]]:
    """An office with units SEKR and SEKR.1, a head and a staff member, its rules and
    its tunjangan table for TAHUN."""
    admin = make_site(db, kode, parent=PROV, name=f"Dinas {kode}")
    sekr = save_unit(db, admin, UnitInput("SEKR", f"Sekretariat {kode}"))
    sub = save_unit(db, admin, UnitInput("SEKR.1", f"Subbag Umum {kode}", sekr.id))
    ids = {"SEKR": sekr.id, "SEKR.1": sub.id}
    for who, nip, unit, atasan in (("kepala", nips[0], "SEKR", ""),
                                   ("staf", nips[1], "SEKR.1", nips[0])):
        ids[who] = save_pegawai(db, admin, PegawaiInput(
            nip=nip, nama=f"{who.title()} {kode}", golongan="III/b",
            jabatan="Analis Kepegawaian", kategori_jabatan="Fungsional",
            jenjang="Ahli Pertama", unit_kode=unit, atasan_nip=atasan)).id
    simpan_aturan(db, admin, AturanPeriode(TAHUN, skema))
    simpan_tabel_tunjangan(db, admin, TAHUN, dict.fromkeys(Predikat, persen))
    return Situs(kode, db, admin, folder), ids


def _milik(rows: dict[str, dict[str, dict[str, object]]], origin: str,
           ) -> dict[str, dict[str, dict[str, object]]]:
    return {t: {i: r for i, r in by.items() if r.get("origin_site") == origin}
            for t, by in rows.items() if t not in KATALOG}


def test_two_offices_with_the_same_unit_code_both_import_fully(
        any_db: Database, other_db: Database, third_db: Database, tmp_path: Path) -> None:
    folders = [tmp_path / n for n in ("prov", "a", "b")]
    for f in folders:
        f.mkdir()
    prov = Situs(PROV, any_db, make_site(any_db, PROV, role=SiteRole.PROVINCE,
                                         name="BKD Provinsi"), folders[0])
    a, a_ids = _kantor(other_db, "KAB-A", ("197001011995031001", "199001012015052001"),
                       SkemaPeriode.TRIWULANAN, "100", folders[1])
    b, b_ids = _kantor(third_db, "KAB-B", ("197102021996031002", "199102022016052002"),
                       SkemaPeriode.SEMESTERAN, "90", folders[2])
    kenalkan(a, prov)
    kenalkan(b, prov)

    for office in (a, b):
        hasil = prov.terima(office.kirim().file)
        assert hasil.status == "diterapkan", hasil.pesan
        refused = {t: per for t, per in hasil.hitung.items() if per.get("ditolak")}
        assert refused == {}, hasil.hitung
        # every row the office wrote is at the province, unchanged
        mine = _milik(baris_sinkron(office.db), office.kode)
        assert mine == _milik(baris_sinkron(prov.db), office.kode)
        assert sum(len(v) for v in mine.values()) == 10  # 2 units, 2 pegawai, 1 + 5 rules

    with prov.db.read() as s:
        sekr = dict(s.execute(select(UnitKerja.origin_site, UnitKerja.id).where(
            UnitKerja.kode == "SEKR")).all())
        units_of = dict(s.execute(select(Pegawai.id, Pegawai.unit_kerja_id)).all())
        aturan = dict(s.execute(select(AturanPeriodeTahun.origin_site, AturanPeriodeTahun.skema)
                                .where(AturanPeriodeTahun.tahun == TAHUN)).all())
        tunjangan = {(o, p) for o, p in s.execute(select(
            TunjanganPersen.origin_site, TunjanganPersen.persen).where(
                TunjanganPersen.tahun == TAHUN))}
    assert sekr == {"KAB-A": a_ids["SEKR"], "KAB-B": b_ids["SEKR"]}
    for ids in (a_ids, b_ids):  # each office's pegawai in its own office's units
        assert units_of[ids["kepala"]] == ids["SEKR"]
        assert units_of[ids["staf"]] == ids["SEKR.1"]
    assert aturan == {"KAB-A": SkemaPeriode.TRIWULANAN, "KAB-B": SkemaPeriode.SEMESTERAN}
    assert tunjangan == {("KAB-A", "100.00"), ("KAB-B", "90.00")}
    # An office sees its own rules and table (not another office's, which it never gets).
    assert get_aturan(b.db, b.admin, TAHUN).skema is SkemaPeriode.SEMESTERAN
    assert set(get_tabel_tunjangan(b.db, b.admin, TAHUN).persen.values()) == {
        get_tabel_tunjangan(b.db, b.admin, TAHUN).persen[Predikat.BAIK]}

    _province_works_per_office(prov.db, prov.admin, a_ids, b_ids)


def _province_works_per_office(db: Database, admin: Actor, a_ids: dict[str, uuid.UUID],
                               b_ids: dict[str, uuid.UUID]) -> None:
    # A code two offices share is named with its office.
    with pytest.raises(ValidationError, match=r"\(KAB-A, KAB-B\).*KAB-A:SEKR"):
        unit_by_kode(db, "SEKR")
    assert unit_by_kode(db, "KAB-B:SEKR") == b_ids["SEKR"]
    assert unit_by_kode(db, "kab-a:SEKR.1") == a_ids["SEKR.1"]
    # An office's pegawai edited at the province stays in that office's unit.
    p = get_pegawai(db, admin, b_ids["staf"])
    saved = save_pegawai(db, admin, dataclasses.replace(p.to_input(), nama="Staf Baru"),
                         p.id, p.version)
    assert saved.unit_id == b_ids["SEKR.1"]
    # A new pegawai of the province with a shared code that is not the province's own.
    with pytest.raises(FieldErrors, match="beberapa kantor"):
        save_pegawai(db, admin, dataclasses.replace(p.to_input(), nip="199505052020011001",
                                                    unit_kode="SEKR", atasan_nip=""))
    # The province's own "SEKR" is a third one; then it is the province's code.
    own = save_unit(db, admin, UnitInput("SEKR", "Sekretariat BKD"))
    assert unit_by_kode(db, "SEKR") == own.id
    with pytest.raises(ConflictError, match="sudah dipakai unit lain"):
        save_unit(db, admin, UnitInput("SEKR", "Sekretariat lagi"))
    # Renaming an office's unit is checked against that office's codes only.
    with db.read() as s:
        sub = s.get(UnitKerja, a_ids["SEKR.1"])
        assert sub is not None
        version, parent = sub.version, sub.parent_id
    with pytest.raises(ConflictError, match="situs KAB-A"):
        save_unit(db, admin, UnitInput("SEKR", "Subbag Umum", parent), a_ids["SEKR.1"],
                  version)
    # The province has no rules or table of its own: the defaults, not an office's.
    assert get_aturan(db, admin, TAHUN) == AturanPeriode(TAHUN)
    assert not get_tabel_tunjangan(db, admin, TAHUN).terisi
    # An office's SKP read at the province has that office's periods (KAB-B: semesters).
    with db.read() as s:
        assert periode_of(s, Skp(tahun=TAHUN, origin_site="KAB-B"), f"{TAHUN}-S1").key == (
            f"{TAHUN}-S1")
        assert periode_of(s, Skp(tahun=TAHUN, origin_site="KAB-A"), f"{TAHUN}-TW3").key == (
            f"{TAHUN}-TW3")
        with pytest.raises(ValidationError, match=f"{TAHUN}-TW3"):
            periode_of(s, Skp(tahun=TAHUN, origin_site="KAB-B"), f"{TAHUN}-TW3")


def test_a_laptop_uses_its_offices_rules_table_and_units(any_db: Database) -> None:
    """A penilai's laptop holds its office's rows (owner: the office), not rows of its own."""
    admin = make_site(any_db, "LAPTOP-A1", role=SiteRole.LAPTOP, parent="KAB-A")
    asal = {"version": 1, "origin_site": "KAB-A"}
    with any_db.write() as s:  # as a package from the office would have written them
        s.add(AturanPeriodeTahun(tahun=TAHUN, skema=SkemaPeriode.BULANAN, **asal))
        s.add_all(TunjanganPersen(tahun=TAHUN, predikat=p, persen="80", **asal)
                  for p in Predikat)
        s.add(UnitKerja(kode="SEKR", nama="Sekretariat KAB-A", **asal))
    assert get_aturan(any_db, admin, TAHUN).skema is SkemaPeriode.BULANAN
    assert set(get_tabel_tunjangan(any_db, admin, TAHUN).persen.values()) == {Decimal(80)}
    with any_db.read() as s:
        sekr = s.scalars(select(UnitKerja.id)).one()
    assert unit_by_kode(any_db, "SEKR") == sekr
