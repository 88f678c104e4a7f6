"""Pegawai and unit services: validation, audit + outbox, roles, scope, Plt/Plh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import (
    FieldErrors,
    count_pegawai,
    delete_pegawai,
    get_pegawai,
    list_pegawai,
    penilai_on,
    restore_pegawai,
    save_pegawai,
)
from kinerja_desktop.services.penugasan import (
    PenugasanInput,
    delete_penugasan,
    list_penugasan,
    save_penugasan,
)
from kinerja_desktop.services.unit_kerja import (
    UnitInput,
    delete_unit,
    descendants,
    list_units,
    save_unit,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Outbox, Pegawai

KEPALA = "197001011995031001"
KABID = "198001012005011002"
STAF = "199001012015052001"
STAF2 = "199202022018012003"


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Pegawai)) or 0,
            s.scalar(select(func.count()).select_from(Outbox)) or 0,
            s.scalar(select(func.count()).select_from(AuditLog)) or 0,
        )


def add(db: Database, admin: Actor, nip: str, nama: str, atasan: str = "",
        unit: str = "1", **extra: str) -> uuid.UUID:
    data = PegawaiInput(nip=nip, nama=nama, golongan="III/b", jabatan="Analis Kepegawaian",
                        kategori_jabatan="Fungsional", jenjang="Ahli Pertama",
                        unit_kode=unit, atasan_nip=atasan)
    return save_pegawai(db, admin, dataclasses.replace(data, **extra)).id


@pytest.fixture
def office(site_db: Database, admin: Actor) -> dict[str, uuid.UUID]:
    dinas = save_unit(site_db, admin, UnitInput("1", "Dinas Pendidikan"))
    bidang = save_unit(site_db, admin, UnitInput("1.1", "Bidang Pembinaan", dinas.id))
    save_unit(site_db, admin, UnitInput("1.1.1", "Seksi Kurikulum", bidang.id))
    return {
        "kepala": add(site_db, admin, KEPALA, "Ahmad Fauzi", kategori_jabatan="JPT Pratama",
                      jenjang="", jabatan="Kepala Dinas", golongan="IV/c"),
        "kabid": add(site_db, admin, KABID, "Rina Marlina", KEPALA, "1.1",
                     kategori_jabatan="Administrator", jenjang="", jabatan="Kepala Bidang"),
        "staf": add(site_db, admin, STAF, "Siti Aminah", KABID, "1.1.1", gelar_belakang="S.Kom."),
        "staf2": add(site_db, admin, STAF2, "Yusuf Hasibuan", KABID, "1.1.1"),
    }


def test_save_writes_row_audit_and_outbox_together(site_db: Database, admin: Actor,
                                                    office: dict[str, uuid.UUID]) -> None:
    detail = get_pegawai(site_db, admin, office["staf"])
    assert detail.nama_lengkap == "Siti Aminah, S.Kom."
    assert detail.nip_tercetak == "19900101 201505 2 001"
    assert detail.atasan_nip == KABID and detail.unit_kode == "1.1.1"
    with site_db.read() as s:
        out = s.scalars(select(Outbox).where(Outbox.entity_id == office["staf"])).all()
        audit = s.scalars(select(AuditLog).where(AuditLog.entity_id == str(office["staf"]))).all()
    assert [o.op for o in out] == ["upsert"] and out[0].payload["nip"] == STAF
    assert out[0].payload["origin_site"] == "LPG-DINAS1"
    assert [a.action for a in audit] == ["buat_pegawai"] and audit[0].username == "admin"

    changed = save_pegawai(site_db, admin, dataclasses.replace(detail.to_input(), nama="Siti A."),
                           detail.id, expected_version=detail.version)
    assert changed.version == detail.version + 1
    with site_db.read() as s:
        versions = s.scalars(select(Outbox.version).where(Outbox.entity_id == detail.id)
                             .order_by(Outbox.seq)).all()
    assert versions == [1, 2]


def test_list_is_sorted_by_name_and_pages(site_db: Database, admin: Actor,
                                          office: dict[str, uuid.UUID]) -> None:
    rows = list_pegawai(site_db, admin)
    assert [r.nama for r in rows] == ["Ahmad Fauzi", "Rina Marlina", "Siti Aminah, S.Kom.",
                                      "Yusuf Hasibuan"]
    assert rows[2].atasan == "Rina Marlina" and rows[2].unit == "Seksi Kurikulum"
    assert list_pegawai(site_db, admin, offset=1, limit=2) == rows[1:3]
    assert count_pegawai(site_db, admin) == 4


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"nip": "19900101201505200"}, "nip", "18 digit"),
        ({"nip": STAF2}, "nip", "sudah terdaftar"),
        ({"golongan": "V/a"}, "golongan", "tidak dikenal"),
        ({"unit_kode": "9.9"}, "unit_kode", "tidak ada"),
        ({"atasan_nip": "198501012010011009"}, "atasan_nip", "tidak terdaftar"),
        ({"kategori_jabatan": "Fungsional", "jenjang": ""}, "jenjang", "wajib memiliki jenjang"),
    ],
)
def test_invalid_edit_names_the_field_and_changes_nothing(
    site_db: Database, admin: Actor, office: dict[str, uuid.UUID],
    change: dict[str, str], field: str, message: str,
) -> None:
    before = counts(site_db)
    detail = get_pegawai(site_db, admin, office["staf"])
    with pytest.raises(FieldErrors) as err:
        save_pegawai(site_db, admin, dataclasses.replace(detail.to_input(), **change), detail.id)
    assert any(e.field == field and message in e.message for e in err.value.errors), err.value
    assert counts(site_db) == before
    assert get_pegawai(site_db, admin, office["staf"]) == detail


def test_atasan_cycle_is_refused(site_db: Database, admin: Actor,
                                 office: dict[str, uuid.UUID]) -> None:
    before = counts(site_db)
    kepala = get_pegawai(site_db, admin, office["kepala"])
    with pytest.raises(FieldErrors, match="lingkaran"):
        save_pegawai(site_db, admin, dataclasses.replace(kepala.to_input(), atasan_nip=STAF),
                     kepala.id)
    assert counts(site_db) == before


def test_stale_version_is_a_conflict(site_db: Database, admin: Actor,
                                     office: dict[str, uuid.UUID]) -> None:
    detail = get_pegawai(site_db, admin, office["staf2"])
    save_pegawai(site_db, admin, dataclasses.replace(detail.to_input(), nama="Yusuf H."),
                 detail.id, expected_version=detail.version)
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        save_pegawai(site_db, admin, dataclasses.replace(detail.to_input(), nama="Yusuf"),
                     detail.id, expected_version=detail.version)


def test_delete_tombstones_and_restore_undoes(site_db: Database, admin: Actor,
                                              office: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ConflictError, match="masih menjadi atasan"):
        delete_pegawai(site_db, admin, office["kabid"])
    delete_pegawai(site_db, admin, office["staf2"])
    assert STAF2 not in {r.nip for r in list_pegawai(site_db, admin)}
    with pytest.raises(NotFoundError):
        get_pegawai(site_db, admin, office["staf2"])
    with site_db.read() as s:
        last = s.scalars(select(Outbox).order_by(Outbox.seq.desc())).first()
    assert last is not None and last.op == "delete"
    restore_pegawai(site_db, admin, office["staf2"])
    assert STAF2 in {r.nip for r in list_pegawai(site_db, admin)}


def test_roles_and_data_scope(site_db: Database, admin: Actor,
                              office: dict[str, uuid.UUID]) -> None:
    create_account(site_db, admin, "rina", "sandi-rina-123", Role.PENILAI, KABID)
    create_account(site_db, admin, "siti", "sandi-siti-123", Role.PEGAWAI, STAF)
    rina = login(site_db, "rina", "sandi-rina-123")
    siti = login(site_db, "siti", "sandi-siti-123")
    assert {r.nip for r in list_pegawai(site_db, rina)} == {KABID, STAF, STAF2}
    assert [r.nip for r in list_pegawai(site_db, siti)] == [STAF]
    with pytest.raises(PermissionDenied, match="tidak berhak"):
        get_pegawai(site_db, siti, office["kabid"])
    before = counts(site_db)
    detail = get_pegawai(site_db, siti, office["staf"])
    with pytest.raises(PermissionDenied, match="tidak boleh mengubah data pegawai"):
        save_pegawai(site_db, siti, dataclasses.replace(detail.to_input(), nama="X"), detail.id)
    with pytest.raises(PermissionDenied):
        save_unit(site_db, rina, UnitInput("2", "Unit Liar"))
    with pytest.raises(PermissionDenied):
        save_penugasan(site_db, rina, PenugasanInput(JenisPenugasan.PLT, office["staf"],
                                                     office["kabid"], dt.date(2026, 1, 1)))
    assert counts(site_db) == before


def test_plt_and_plh_decide_who_assesses_on_a_date(site_db: Database, admin: Actor,
                                                    office: dict[str, uuid.UUID]) -> None:
    staf, kabid, kepala, staf2 = (office[k] for k in ("staf", "kabid", "kepala", "staf2"))
    save_penugasan(site_db, admin, PenugasanInput(
        JenisPenugasan.PLT, kepala, kabid, dt.date(2026, 3, 1), dt.date(2026, 6, 30), "SK 800/12"))
    save_penugasan(site_db, admin, PenugasanInput(
        JenisPenugasan.PLH, staf2, kabid, dt.date(2026, 5, 4), dt.date(2026, 5, 8)))
    assert penilai_on(site_db, admin, staf, dt.date(2026, 2, 1)).sebagai == "definitif"
    on_plt = penilai_on(site_db, admin, staf, dt.date(2026, 4, 1))
    assert (on_plt.penilai_nip, on_plt.sebagai) == (KEPALA, "Plt")
    assert penilai_on(site_db, admin, staf, dt.date(2026, 5, 5)).penilai_nip == STAF2
    # Yusuf is Plh of his own atasan that week: the atasan's atasan assesses him.
    own = penilai_on(site_db, admin, staf2, dt.date(2026, 5, 5))
    assert (own.penilai_nip, own.sebagai) == (KEPALA, "atasan dari atasan")
    with pytest.raises(ValidationError, match="tumpang tindih"):
        save_penugasan(site_db, admin, PenugasanInput(
            JenisPenugasan.PLT, staf2, kabid, dt.date(2026, 6, 1)))
    assert len(list_penugasan(site_db, admin, kabid)) == 2
    plh = next(p for p in list_penugasan(site_db, admin) if p.jenis is JenisPenugasan.PLH)
    delete_penugasan(site_db, admin, plh.id)
    assert penilai_on(site_db, admin, staf, dt.date(2026, 5, 5)).penilai_nip == KEPALA


def test_unit_tree_rules(site_db: Database, admin: Actor,
                         office: dict[str, uuid.UUID]) -> None:
    units = list_units(site_db, admin)
    assert [u.kode for u in units] == ["1", "1.1", "1.1.1"]
    assert {u.kode: u.jumlah_pegawai for u in units} == {"1": 1, "1.1": 1, "1.1.1": 2}
    root, bidang, seksi = units
    assert descendants(units, bidang.id) == {bidang.id, seksi.id}
    with pytest.raises(ValidationError, match="turunannya sendiri"):
        save_unit(site_db, admin, UnitInput("1", "Dinas", seksi.id), root.id)
    with pytest.raises(ConflictError, match="sudah dipakai"):
        save_unit(site_db, admin, UnitInput("1.1", "Duplikat", root.id))
    with pytest.raises(ConflictError, match="masih memiliki"):
        delete_unit(site_db, admin, seksi.id)
    empty = save_unit(site_db, admin, UnitInput("1.2", "Bidang Baru", root.id))
    delete_unit(site_db, admin, empty.id)
    assert "1.2" not in {u.kode for u in list_units(site_db, admin)}


def test_count_of_active_pegawai_matches_the_unit_tree(site_db: Database, admin: Actor,
                                                       office: dict[str, uuid.UUID]) -> None:
    detail = get_pegawai(site_db, admin, office["staf2"])
    save_pegawai(site_db, admin, dataclasses.replace(detail.to_input(), aktif=False), detail.id)
    assert count_pegawai(site_db, admin) == 4
    assert count_pegawai(site_db, admin, aktif_only=True) == 3
    assert sum(u.jumlah_pegawai for u in list_units(site_db, admin)) == 3
