"""Capaian kinerja organisasi per unit and period, set by the leader above (issue 4 point 7)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.predikat_organisasi import (
    PENJELASAN,
    boleh_tetapkan,
    get_capaian,
    list_capaian,
    set_capaian,
)
from kinerja_desktop.services.skm import simpan_survei_nrr
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Outbox, PredikatOrganisasiUnit
from tests.services.test_skp_service import TAHUN, Kantor, kantor  # noqa: F401

TW1 = f"{TAHUN}-TW1"
SEKSI = "1.1.1"


def keadaan(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (PredikatOrganisasiUnit, Outbox, AuditLog))
        rows = sorted((str(r.id), r.version, r.predikat.value, r.survei_skm_id)
                      for r in s.scalars(select(PredikatOrganisasiUnit)))
    return counts, tuple(map(str, rows))


def test_not_set_is_none_then_the_leader_above_sets_it(kantor: Kantor) -> None:  # noqa: F811
    k = kantor
    seksi = k.units[SEKSI]
    kabid = k.akun("kabid", Role.PENILAI)
    assert get_capaian(k.db, kabid, seksi, TW1) is None
    assert boleh_tetapkan(k.db, kabid, seksi)
    assert not boleh_tetapkan(k.db, k.akun("kasi"), seksi)

    dto = set_capaian(k.db, kabid, seksi, " 2025-tw1 ", PredikatOrganisasi.BAIK,
                      tanggal=dt.date(TAHUN, 4, 5), catatan="  Target layanan tercapai ")
    assert (dto.unit_nama, dto.periode_key, dto.periode_label) == (
        "Seksi Kurikulum", TW1, "TRIWULAN I 2025")
    assert (dto.predikat, dto.ditetapkan_oleh, dto.tanggal, dto.catatan, dto.version) == (
        PredikatOrganisasi.BAIK, "kabid", dt.date(TAHUN, 4, 5), "Target layanan tercapai", 1)
    assert get_capaian(k.db, k.akun("staf"), seksi, TW1) == dto
    with k.db.read() as s:
        outbox = s.execute(select(Outbox.entity, Outbox.version)
                           .where(Outbox.entity_id == dto.id)).all()
        audit = s.scalar(select(AuditLog.action).where(AuditLog.entity_id == str(dto.id)))
    assert [tuple(r) for r in outbox] == [("predikat_organisasi", 1)]
    assert audit == "tetapkan_capaian_organisasi"

    # changed later with the version read: the same row, version 2
    dto2 = set_capaian(k.db, kabid, seksi, TW1, PredikatOrganisasi.ISTIMEWA,
                       expected_version=1)
    assert (dto2.id, dto2.version, dto2.predikat) == (dto.id, 2, PredikatOrganisasi.ISTIMEWA)
    assert dto2.catatan == ""
    assert [c.periode_key for c in list_capaian(k.db, kabid, tahun=TAHUN)] == [TW1]
    assert list_capaian(k.db, kabid, tahun=TAHUN + 1) == []
    assert list_capaian(k.db, kabid, unit_id=k.units["1.2"]) == []


def test_who_may_set_it(kantor: Kantor) -> None:  # noqa: F811
    k = kantor
    before = keadaan(k.db)
    for who, role, unit in (
        ("kasi", Role.PENILAI, SEKSI),  # the unit's own head
        ("staf", Role.PEGAWAI, SEKSI),
        ("kabid2", Role.PENILAI, SEKSI),  # the head of a sibling unit
        ("kabid", Role.PENILAI, "1"),  # the top unit: nobody above in this office
    ):
        with pytest.raises(PermissionDenied, match="pimpinan unit di atasnya atau admin"):
            set_capaian(k.db, k.akun(who, role), k.units[unit], TW1, PredikatOrganisasi.BAIK)
    assert keadaan(k.db) == before
    # the head of the Dinas sets the Bidang's; the admin the Dinas' own
    assert set_capaian(k.db, k.akun("kadis", Role.PENILAI), k.units["1.1"], TW1,
                       PredikatOrganisasi.BAIK).ditetapkan_oleh == "kadis"
    assert set_capaian(k.db, k.admin, k.units["1"], f"{TAHUN}-TAHUNAN",
                       PredikatOrganisasi.BUTUH_PERBAIKAN).periode_label == f"TAHUNAN {TAHUN}"


def test_bad_input_changes_nothing(kantor: Kantor) -> None:  # noqa: F811
    k = kantor
    seksi = k.units[SEKSI]
    set_capaian(k.db, k.admin, seksi, TW1, PredikatOrganisasi.BAIK)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"Periode '2025-TW5' tidak ada pada tahun 2025; "
                                              r"pilih: 2025-TW1, 2025-TW2"):
        set_capaian(k.db, k.admin, seksi, "2025-TW5", PredikatOrganisasi.BAIK)
    with pytest.raises(ValidationError, match=r"mis\. 2026-TW1"):
        set_capaian(k.db, k.admin, seksi, "TW1", PredikatOrganisasi.BAIK)
    with pytest.raises(ValidationError, match="Pilih capaian"):
        set_capaian(k.db, k.admin, seksi, TW1, "BAIK")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Catatan terlalu panjang"):
        set_capaian(k.db, k.admin, seksi, TW1, PredikatOrganisasi.BAIK, catatan="x" * 4001)
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        set_capaian(k.db, k.admin, seksi, TW1, PredikatOrganisasi.KURANG, expected_version=7)
    with pytest.raises(NotFoundError, match="Unit kerja tidak ditemukan"):
        set_capaian(k.db, k.admin, uuid.uuid4(), TW1, PredikatOrganisasi.BAIK)
    # a survey of another unit cannot back this one
    lain = simpan_survei_nrr(k.db, k.admin, k.units["1.2"], TW1, [Decimal("3.5")] * 9)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="milik unit atau periode lain"):
        set_capaian(k.db, k.admin, seksi, TW1, PredikatOrganisasi.BAIK, survei_skm_id=lain.id)
    assert keadaan(k.db) == before


def test_every_choice_has_help_text() -> None:
    assert set(PENJELASAN) == set(PredikatOrganisasi)
    assert "tidak boleh ada Sangat Baik" in PENJELASAN[PredikatOrganisasi.SANGAT_KURANG]
