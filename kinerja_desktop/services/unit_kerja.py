"""Unit kerja tree: list with head counts, create, rename, move, delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.tree import subtree
from kinerja_desktop.services.changes import data_owners, local_site_code, record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, UnitKerja


@dataclass(frozen=True, slots=True)
class UnitDTO:
    id: uuid.UUID
    kode: str
    nama: str
    parent_id: uuid.UUID | None
    alamat: str | None
    jumlah_pegawai: int  # active pegawai placed directly in this unit
    version: int
    ada_logo: bool = False  # a logo for the kop surat is set (services.kop_surat)


@dataclass(frozen=True, slots=True)
class UnitInput:
    kode: str
    nama: str
    parent_id: uuid.UUID | None = None
    alamat: str | None = None


def list_units(db: Database, actor: Actor) -> list[UnitDTO]:
    """Every unit (the tree is not secret); order: parents before children, then by kode."""
    del actor  # any logged-in role may see the unit tree
    with db.read() as s:
        counts = dict(
            s.execute(
                select(Pegawai.unit_kerja_id, func.count())
                .where(Pegawai.deleted_at.is_(None), Pegawai.aktif.is_(True))
                .group_by(Pegawai.unit_kerja_id)
            ).all()
        )
        units = s.scalars(
            select(UnitKerja).where(UnitKerja.deleted_at.is_(None)).order_by(UnitKerja.kode)
        ).all()
        dtos = [UnitDTO(u.id, u.kode, u.nama, u.parent_id, u.alamat, counts.get(u.id, 0),
                        u.version, u.logo_sha256 is not None) for u in units]
    return _tree_order(dtos)


def _tree_order(units: list[UnitDTO]) -> list[UnitDTO]:
    children: dict[uuid.UUID | None, list[UnitDTO]] = {}
    ids = {u.id for u in units}
    for u in units:
        parent = u.parent_id if u.parent_id in ids else None
        children.setdefault(parent, []).append(u)
    out: list[UnitDTO] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        u = stack.pop()
        out.append(u)
        stack.extend(reversed(children.get(u.id, [])))
    return out


def descendants(units: list[UnitDTO], root: uuid.UUID) -> set[uuid.UUID]:
    """``root`` and every unit below it."""
    return set(subtree({u.id: u.parent_id for u in units}, root))


def _validate(s: Session, data: UnitInput, unit_id: uuid.UUID | None) -> None:
    kode = data.kode.strip()
    if not kode:
        raise ValidationError("Kode unit wajib diisi (contoh: 1.02.03).")
    if len(kode) > 32:
        raise ValidationError(f"Kode unit '{kode}' terlalu panjang (maksimal 32 karakter).")
    if not data.nama.strip():
        raise ValidationError(f"Nama unit dengan kode {kode} wajib diisi.")
    # Unique per owner, as the database has it: the province holds every office's units,
    # and two offices may both have a "SEKR".
    lokal = local_site_code(s)
    found = s.get(UnitKerja, unit_id) if unit_id is not None else None
    pemilik = found.origin_site if found is not None else lokal
    other = s.scalar(select(UnitKerja.id).where(UnitKerja.kode == kode,
                                                UnitKerja.origin_site == pemilik))
    if other is not None and other != unit_id:
        di = "" if pemilik == lokal else f" situs {pemilik}"
        raise ConflictError(f"Kode unit {kode} sudah dipakai unit lain{di}.")
    if data.parent_id is not None:
        parent = s.get(UnitKerja, data.parent_id)
        if parent is None or parent.deleted_at is not None:
            raise NotFoundError("Unit induk tidak ditemukan.")
        # Walking up from the new parent must never reach the unit itself.
        node: UnitKerja | None = parent
        while node is not None and unit_id is not None:
            if node.id == unit_id:
                raise ValidationError(
                    f"Unit {kode} tidak dapat dipindah ke bawah unit turunannya sendiri."
                )
            node = s.get(UnitKerja, node.parent_id) if node.parent_id else None


def cari_unit(s: Session, kode: str, pemilik: str | None = None) -> UnitKerja:
    """The live unit with code ``kode``, or ``SITUS:KODE`` for another office's unit.

    A code is unique per owning site only; when several offices use it (at the province)
    the one of ``pemilik`` (e.g. the office of the pegawai being edited) is taken, then
    this site's own (services.changes.data_owners); otherwise the user must name the
    office."""
    kode = kode.strip()
    units = list(s.scalars(select(UnitKerja).where(UnitKerja.kode == kode,
                                                   UnitKerja.deleted_at.is_(None))))
    if not units and ":" in kode:
        situs, _, bagian = kode.partition(":")
        units = list(s.scalars(select(UnitKerja).where(
            UnitKerja.kode == bagian.strip(), UnitKerja.origin_site == situs.strip().upper(),
            UnitKerja.deleted_at.is_(None))))
    if len(units) == 1:
        return units[0]
    if not units:
        raise NotFoundError(f"Unit kerja dengan kode {kode} tidak terdaftar.")
    by_owner = {u.origin_site: u for u in units}
    for owner in (pemilik, *data_owners(s)):
        if owner in by_owner:
            return by_owner[owner]
    owners = sorted(by_owner)
    raise ValidationError(
        f"Kode unit {kode} dipakai oleh beberapa kantor ({', '.join(owners)}); tulis kode "
        f"situsnya di depan, contoh: {owners[0]}:{kode}.")


def save_unit(
    db: Database,
    actor: Actor,
    data: UnitInput,
    unit_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> UnitDTO:
    require_role(actor, "mengubah unit kerja", Role.ADMIN)
    with db.write() as s:
        _validate(s, data, unit_id)
        if unit_id is None:
            unit = UnitKerja(id=new_id())
            s.add(unit)
            stamp(s, unit, new=True)
            action = "buat_unit"
        else:
            found = s.get(UnitKerja, unit_id)
            if found is None or found.deleted_at is not None:
                raise NotFoundError("Unit kerja tidak ditemukan (mungkin sudah dihapus).")
            if expected_version is not None and found.version != expected_version:
                raise ConflictError(
                    f"Unit {found.kode} sudah diubah orang lain; muat ulang (F5) lalu ulangi."
                )
            unit = found
            stamp(s, unit, new=False)
            action = "ubah_unit"
        unit.kode = data.kode.strip()
        unit.nama = " ".join(data.nama.split())
        unit.parent_id = data.parent_id
        unit.alamat = data.alamat
        record(s, actor, action, unit)
        count = s.scalar(select(func.count()).select_from(Pegawai).where(
            Pegawai.unit_kerja_id == unit.id, Pegawai.deleted_at.is_(None),
            Pegawai.aktif.is_(True))) or 0
        return UnitDTO(unit.id, unit.kode, unit.nama, unit.parent_id, unit.alamat, count,
                       unit.version, unit.logo_sha256 is not None)


def delete_unit(db: Database, actor: Actor, unit_id: uuid.UUID) -> None:
    """Tombstones an empty unit; refuses one that still has sub-units or pegawai."""
    require_role(actor, "menghapus unit kerja", Role.ADMIN)
    with db.write() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        sub = s.scalar(select(func.count()).select_from(UnitKerja).where(
            UnitKerja.parent_id == unit_id, UnitKerja.deleted_at.is_(None))) or 0
        staff = s.scalar(select(func.count()).select_from(Pegawai).where(
            Pegawai.unit_kerja_id == unit_id, Pegawai.deleted_at.is_(None))) or 0
        if sub or staff:
            raise ConflictError(
                f"Unit {unit.kode} masih memiliki {sub} sub-unit dan {staff} pegawai; "
                "pindahkan dulu sebelum menghapus."
            )
        stamp(s, unit, new=False)
        unit.deleted_at = utcnow()
        record(s, actor, "hapus_unit", unit)
