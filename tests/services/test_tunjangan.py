"""Tabel tunjangan per predikat and year (issue 4 point 6): admin only, 0–100 with at most two
decimals, none until configured, copy from last year, and the % per pegawai."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.tunjangan import (
    daftar_tunjangan,
    ekspor_tunjangan,
    format_persen,
    get_tabel_tunjangan,
    salin_tahun_lalu,
    simpan_tabel_tunjangan,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Outbox, TunjanganPersen
from tests.services.test_skp_service import TAHUN, build_kantor
from tests.services.tindak_lanjut_fixtures import Dinilai, nilai_tahunan

HARI = dt.date(TAHUN + 1, 1, 5)
TABEL: dict[Predikat, object] = {
    Predikat.SANGAT_BAIK: "100", Predikat.BAIK: "100", Predikat.BUTUH_PERBAIKAN: "87,5",
    Predikat.KURANG: Decimal("75.25"), Predikat.SANGAT_KURANG: 50,
}


def keadaan(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (TunjanganPersen, Outbox, AuditLog))
        rows = sorted((r.tahun, r.predikat.value, r.persen, r.version)
                      for r in s.scalars(select(TunjanganPersen)))
    return counts, tuple(map(str, rows))


def test_none_until_configured_then_saved_and_versioned(site_db: Database,
                                                         admin: Actor) -> None:
    kosong = get_tabel_tunjangan(site_db, admin, TAHUN)
    assert not kosong.terisi and kosong.persen == {} and kosong.versi == {}
    t = simpan_tabel_tunjangan(site_db, admin, TAHUN, TABEL, expected_versi=kosong.versi)
    assert t.persen[Predikat.BUTUH_PERBAIKAN] == Decimal("87.50")
    assert format_persen(t.persen[Predikat.BUTUH_PERBAIKAN]) == "87,50"
    assert set(t.versi.values()) == {1}
    # Saving the same values again writes nothing; one change bumps one row.
    before = keadaan(site_db)
    t2 = simpan_tabel_tunjangan(site_db, admin, TAHUN, t.persen, expected_versi=t.versi)
    assert keadaan(site_db) == before and t2 == t
    t3 = simpan_tabel_tunjangan(site_db, admin, TAHUN, {**t.persen, Predikat.KURANG: "70"},
                                expected_versi=t.versi)
    assert t3.versi[Predikat.KURANG] == 2 and t3.versi[Predikat.BAIK] == 1
    before = keadaan(site_db)
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        simpan_tabel_tunjangan(site_db, admin, TAHUN, TABEL, expected_versi=t.versi)
    assert keadaan(site_db) == before


@pytest.mark.parametrize(("nilai", "pesan"), [
    ("120", r"predikat Butuh Perbaikan harus 0–100; tertulis 120"),
    ("-1", r"harus 0–100; tertulis -1"),
    ("delapan puluh", r"harus angka 0–100 \(contoh: 100 atau 87,5\); tertulis 'delapan puluh'"),
    ("87,555", r"paling banyak dua angka di belakang koma; tertulis 87,555"),
    ("", r"Butuh Perbaikan wajib diisi"),
    (None, r"Butuh Perbaikan wajib diisi"),
    (True, r"harus angka 0–100; tertulis True"),
    ("NaN", r"harus 0–100"),
])
def test_bad_percentages_change_nothing(site_db: Database, admin: Actor, nilai: object,
                                        pesan: str) -> None:
    simpan_tabel_tunjangan(site_db, admin, TAHUN, TABEL)
    before = keadaan(site_db)
    with pytest.raises(ValidationError, match=pesan):
        simpan_tabel_tunjangan(site_db, admin, TAHUN,
                               {**TABEL, Predikat.BUTUH_PERBAIKAN: nilai})
    assert keadaan(site_db) == before


@pytest.mark.parametrize("role", [Role.PEGAWAI, Role.PENILAI])
def test_only_the_admin_writes(site_db: Database, admin: Actor, role: Role) -> None:
    k = build_kantor(site_db, admin)
    simpan_tabel_tunjangan(site_db, admin, TAHUN - 1, TABEL)
    who = k.akun("kasi", role)
    before = keadaan(site_db)
    with pytest.raises(PermissionDenied, match=r"tidak boleh mengubah tabel tunjangan"):
        simpan_tabel_tunjangan(site_db, who, TAHUN, TABEL)
    with pytest.raises(PermissionDenied, match=r"tidak boleh menyalin tabel tunjangan"):
        salin_tahun_lalu(site_db, who, TAHUN)
    assert keadaan(site_db) == before
    assert get_tabel_tunjangan(site_db, who, TAHUN - 1).terisi  # reading is for everyone


def test_copy_from_last_year(site_db: Database, admin: Actor) -> None:
    before = keadaan(site_db)
    with pytest.raises(ValidationError, match=f"tahun {TAHUN - 1} belum diisi"):
        salin_tahun_lalu(site_db, admin, TAHUN)
    assert keadaan(site_db) == before
    lalu = simpan_tabel_tunjangan(site_db, admin, TAHUN - 1, TABEL)
    t = salin_tahun_lalu(site_db, admin, TAHUN)
    assert t.persen == lalu.persen and t.tahun == TAHUN
    simpan_tabel_tunjangan(site_db, admin, TAHUN, {**TABEL, Predikat.BAIK: "95"})
    before = keadaan(site_db)
    with pytest.raises(ConflictError, match=f"tahun {TAHUN} sudah diisi"):
        salin_tahun_lalu(site_db, admin, TAHUN)
    assert keadaan(site_db) == before
    assert salin_tahun_lalu(site_db, admin, TAHUN, timpa=True).persen == lalu.persen


@pytest.fixture
def dinilai(site_db: Database, admin: Actor) -> Dinilai:
    return nilai_tahunan(build_kantor(site_db, admin))


def test_percent_per_pegawai_from_the_annual_predikat(dinilai: Dinilai, tmp_path: Path) -> None:
    k = dinilai.kantor
    tabel, rows = daftar_tunjangan(k.db, k.admin, TAHUN, today=HARI)
    assert not tabel.terisi
    assert [(r.nama, r.predikat, r.persen) for r in rows] == [
        ("Budi Santoso", Predikat.BUTUH_PERBAIKAN, None),
        ("Siti Aminah, S.Kom.", Predikat.SANGAT_BAIK, None),
        ("Yusuf Hasibuan", Predikat.BAIK, None)]
    simpan_tabel_tunjangan(k.db, k.admin, TAHUN, TABEL)
    _, rows = daftar_tunjangan(k.db, k.admin, TAHUN, today=HARI)
    assert [r.persen for r in rows] == [Decimal("87.50"), Decimal(100), Decimal(100)]
    _, mine = daftar_tunjangan(k.db, k.akun("staf2"), TAHUN, today=HARI)
    assert [r.nama for r in mine] == ["Yusuf Hasibuan"]
    path = ekspor_tunjangan(k.db, k.admin, TAHUN, tmp_path / "tunjangan.xlsx")
    ws = load_workbook(path).active
    assert ws is not None
    assert [ws.cell(r, 7).value for r in range(5, 8)] == [87.5, 100, 100]
    assert ws.cell(4, 7).value == "Tunjangan (%)"
