"""Pegawai: the list behind the main table, details, create and edit."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session, aliased

from kinerja_desktop.domain.atasan import find_atasan_cycle, resolve_penilai
from kinerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kinerja_desktop.domain.golongan import find_golongan
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisPegawai, format_nip
from kinerja_desktop.domain.pegawai import (
    CleanPegawai,
    FieldError,
    PegawaiInput,
    check_pegawai,
    jabatan_id,
    jabatan_key,
    nama_lengkap,
)
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import local_site_code, record, record_many, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.scope import (
    load_atasan_graph,
    load_penugasan,
    require_visible,
    visible_pegawai,
)
from kinerja_desktop.services.unit_kerja import cari_unit
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Jabatan, Pegawai, UnitKerja


class FieldErrors(ValidationError):
    """Several invalid fields; ``errors`` says which field each message belongs to."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class PegawaiRow(NamedTuple):
    """One line of the pegawai table: plain values, cheap for 100,000 rows."""

    id: uuid.UUID
    nip: str
    nama: str  # with gelar
    jabatan: str
    golongan: str
    unit_id: uuid.UUID | None
    unit: str
    atasan: str
    aktif: bool
    jenis: str


@dataclass(frozen=True, slots=True)
class PegawaiDetail:
    id: uuid.UUID
    nip: str
    nip_tercetak: str
    jenis_pegawai: JenisPegawai
    gelar_depan: str | None
    nama: str
    gelar_belakang: str | None
    nama_lengkap: str
    golongan: str
    golongan_label: str
    jabatan: str
    kategori_jabatan: KategoriJabatan
    jenjang: JenjangFungsional | None
    unit_id: uuid.UUID | None
    unit_kode: str | None
    unit_nama: str | None
    atasan_id: uuid.UUID | None
    atasan_nip: str | None
    atasan_nama: str | None
    aktif: bool
    version: int
    warnings: tuple[str, ...] = ()
    ada_spesimen: bool = False  # a signature specimen is set (services.kop_surat)

    def to_input(self) -> PegawaiInput:
        return PegawaiInput(
            nip=self.nip, nama=self.nama, jenis_pegawai=self.jenis_pegawai.value,
            gelar_depan=self.gelar_depan or "", gelar_belakang=self.gelar_belakang or "",
            golongan=self.golongan, jabatan=self.jabatan,
            kategori_jabatan=self.kategori_jabatan.value,
            jenjang=self.jenjang.value if self.jenjang else "",
            unit_kode=self.unit_kode or "", atasan_nip=self.atasan_nip or "", aktif=self.aktif,
        )


@dataclass(frozen=True, slots=True)
class PenilaiInfo:
    pegawai_id: uuid.UUID
    tanggal: dt.date
    penilai_id: uuid.UUID | None
    penilai_nip: str | None
    penilai_nama: str | None
    sebagai: str


def _list_stmt() -> Select[*tuple[Any, ...]]:
    atasan = aliased(Pegawai)
    return (
        select(
            Pegawai.id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
            Jabatan.nama, Pegawai.golongan, Pegawai.unit_kerja_id, UnitKerja.nama,
            atasan.nama, Pegawai.aktif, Pegawai.jenis_pegawai,
        )
        .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
        .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
        .outerjoin(atasan, atasan.id == Pegawai.atasan_id)
        .where(Pegawai.deleted_at.is_(None))
        .order_by(Pegawai.nama, Pegawai.id)
    )


def list_pegawai(
    db: Database, actor: Actor, *, offset: int = 0, limit: int | None = None
) -> list[PegawaiRow]:
    """Pegawai the actor may see, by name; page with ``offset``/``limit``."""
    with db.read() as s:
        stmt = _list_stmt()
        scope = visible_pegawai(s, actor)
        if scope is not None:
            stmt = stmt.where(Pegawai.id.in_(scope))
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = s.execute(stmt).all()
    make = PegawaiRow
    return [
        make(pid, nip, (f"{gd} {nama}" if gd else nama) + (f", {gb}" if gb else ""),
             jab or "", gol or "", unit_id, unit or "", atasan or "", bool(aktif),
             str(jenis))
        for pid, nip, gd, nama, gb, jab, gol, unit_id, unit, atasan, aktif, jenis in rows
    ]


def count_pegawai(db: Database, actor: Actor, *, aktif_only: bool = False) -> int:
    """How many the actor may see; ``aktif_only`` counts as the unit tree does."""
    with db.read() as s:
        scope = visible_pegawai(s, actor)
        stmt = select(func.count()).select_from(Pegawai).where(Pegawai.deleted_at.is_(None))
        if aktif_only:
            stmt = stmt.where(Pegawai.aktif.is_(True))
        if scope is not None:
            stmt = stmt.where(Pegawai.id.in_(scope))
        return int(s.scalar(stmt) or 0)


def _detail(s: Session, p: Pegawai, warnings: tuple[str, ...] = ()) -> PegawaiDetail:
    jab = s.get(Jabatan, p.jabatan_id) if p.jabatan_id else None
    unit = s.get(UnitKerja, p.unit_kerja_id) if p.unit_kerja_id else None
    atasan = s.get(Pegawai, p.atasan_id) if p.atasan_id else None
    gol_label = p.golongan or ""
    if p.golongan:
        with contextlib.suppress(ValidationError):  # an old code still shows as stored
            gol_label = find_golongan(p.jenis_pegawai, p.golongan).label
    return PegawaiDetail(
        id=p.id, nip=p.nip, nip_tercetak=format_nip(p.nip, p.jenis_pegawai),
        jenis_pegawai=p.jenis_pegawai, gelar_depan=p.gelar_depan, nama=p.nama,
        gelar_belakang=p.gelar_belakang,
        nama_lengkap=nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang),
        golongan=p.golongan or "", golongan_label=gol_label,
        jabatan=jab.nama if jab else "",
        kategori_jabatan=jab.kategori if jab else KategoriJabatan.PELAKSANA,
        jenjang=jab.jenjang if jab else None,
        unit_id=p.unit_kerja_id, unit_kode=unit.kode if unit else None,
        unit_nama=unit.nama if unit else None,
        atasan_id=p.atasan_id, atasan_nip=atasan.nip if atasan else None,
        atasan_nama=nama_lengkap(atasan.gelar_depan, atasan.nama, atasan.gelar_belakang)
        if atasan else None,
        aktif=p.aktif, version=p.version, warnings=warnings,
        ada_spesimen=p.spesimen_ttd_sha256 is not None,
    )


def get_pegawai(db: Database, actor: Actor, pegawai_id: uuid.UUID) -> PegawaiDetail:
    with db.read() as s:
        p = s.get(Pegawai, pegawai_id)
        if p is None or p.deleted_at is not None:
            raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dihapus).")
        require_visible(s, actor, pegawai_id)
        return _detail(s, p)


def find_pegawai_by_nip(db: Database, actor: Actor, nip: str) -> PegawaiDetail:
    from kinerja_desktop.domain.nip import normalize_nip

    with db.read() as s:
        p = s.scalar(select(Pegawai).where(Pegawai.nip == normalize_nip(nip),
                                           Pegawai.deleted_at.is_(None)))
        if p is None:
            raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan.")
        require_visible(s, actor, p.id)
        return _detail(s, p)


def ensure_jabatan(
    s: Session, actor: Actor, wanted: list[tuple[str, KategoriJabatan, JenjangFungsional | None]]
) -> dict[str, uuid.UUID]:
    """Ids of the jabatan by key, creating the missing ones (with outbox rows)."""
    keys = {jabatan_key(n, k, j): (n, k, j) for n, k, j in wanted}
    existing = dict(s.execute(select(Jabatan.kunci, Jabatan.id).where(
        Jabatan.kunci.in_(list(keys)))).all()) if keys else {}
    new_rows: list[dict[str, Any]] = []
    now = utcnow()
    site = local_site_code(s) if len(existing) < len(keys) else ""
    for key, (nama, kategori, jenjang) in keys.items():
        if key in existing:
            continue
        new_id = jabatan_id(key)
        row = {"id": new_id, "kunci": key, "nama": nama, "kategori": kategori,
               "jenjang": jenjang, "version": 1, "updated_at": now, "origin_site": site,
               "deleted_at": None}
        new_rows.append(row)
        existing[key] = new_id
    if new_rows:
        s.execute(insert(Jabatan), new_rows)
        record_many(s, actor, "buat_jabatan", "jabatan", new_rows)
    return existing


def check_atasan_cycle(
    atasan_of: dict[uuid.UUID, uuid.UUID | None], nip_of: dict[uuid.UUID, str]
) -> str | None:
    cycle = find_atasan_cycle(atasan_of)
    if cycle is None:
        return None
    names = " → ".join(nip_of.get(p, str(p)) for p in [*cycle, cycle[0]])
    return f"Hubungan atasan membentuk lingkaran: {names}."


def save_pegawai(
    db: Database,
    actor: Actor,
    data: PegawaiInput,
    pegawai_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> PegawaiDetail:
    """Creates or updates one pegawai; raises FieldErrors naming each bad field."""
    require_role(actor, "mengubah data pegawai", Role.ADMIN)
    clean, errors = check_pegawai(data)
    if clean is None:
        raise FieldErrors(errors)
    with db.write() as s:
        p = _resolve_and_apply(s, actor, clean, pegawai_id, expected_version)
        return _detail(s, p, clean.warnings)


def _resolve_and_apply(
    s: Session, actor: Actor, clean: CleanPegawai, pegawai_id: uuid.UUID | None,
    expected_version: int | None,
) -> Pegawai:
    errors: list[FieldError] = []
    other = s.scalar(select(Pegawai).where(Pegawai.nip == clean.nip))
    if other is not None and other.id != pegawai_id:
        if other.deleted_at is None:
            errors.append(FieldError("nip", f"NIP {clean.nip} sudah terdaftar atas nama "
                                            f"{other.nama}."))
        else:
            errors.append(FieldError("nip", f"NIP {clean.nip} milik pegawai yang sudah dihapus; "
                                            "pulihkan data itu alih-alih membuat baru."))
    unit_id = None
    if clean.unit_kode:
        # Codes are unique per office: an office's pegawai (edited at the province) is
        # placed in a unit of that office.
        sebelumnya = s.get(Pegawai, pegawai_id) if pegawai_id is not None else None
        try:
            unit_id = cari_unit(s, clean.unit_kode,
                                sebelumnya.origin_site if sebelumnya is not None else None).id
        except NotFoundError:
            errors.append(FieldError("unit_kode", f"Unit kerja dengan kode {clean.unit_kode} "
                                                  "tidak ada."))
        except ValidationError as exc:
            errors.append(FieldError("unit_kode", str(exc)))
    atasan_id = None
    if clean.atasan_nip:
        atasan_id = s.scalar(select(Pegawai.id).where(Pegawai.nip == clean.atasan_nip,
                                                      Pegawai.deleted_at.is_(None)))
        if atasan_id is None:
            errors.append(FieldError("atasan_nip", f"Atasan dengan NIP {clean.atasan_nip} "
                                                   "tidak terdaftar di kantor ini."))
    if pegawai_id is None:
        p = Pegawai(id=new_id())
    else:
        found = s.get(Pegawai, pegawai_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dihapus).")
        if expected_version is not None and found.version != expected_version:
            raise ConflictError(
                f"Data {found.nama} sudah diubah orang lain; muat ulang (F5) lalu ulangi."
            )
        p = found
    if atasan_id is not None:
        atasan_of, _ = load_atasan_graph(s)
        atasan_of[p.id] = atasan_id
        nips = dict(s.execute(select(Pegawai.id, Pegawai.nip)).all())
        nips[p.id] = clean.nip
        message = check_atasan_cycle(atasan_of, nips)
        if message:
            errors.append(FieldError("atasan_nip", message))
    if errors:
        raise FieldErrors(errors)
    jab_ids = ensure_jabatan(s, actor, [(clean.jabatan, clean.kategori_jabatan, clean.jenjang)])
    if pegawai_id is None:
        s.add(p)
    stamp(s, p, new=pegawai_id is None)
    p.nip = clean.nip
    p.jenis_pegawai = clean.jenis_pegawai
    p.nama = clean.nama
    p.gelar_depan = clean.gelar_depan
    p.gelar_belakang = clean.gelar_belakang
    p.golongan = clean.golongan
    p.jabatan_id = jab_ids[jabatan_key(clean.jabatan, clean.kategori_jabatan, clean.jenjang)]
    p.unit_kerja_id = unit_id
    p.atasan_id = atasan_id
    p.aktif = clean.aktif
    record(s, actor, "buat_pegawai" if pegawai_id is None else "ubah_pegawai", p)
    return p


def delete_pegawai(db: Database, actor: Actor, pegawai_id: uuid.UUID) -> None:
    """Tombstones a pegawai entered by mistake; one who is someone's atasan stays."""
    require_role(actor, "menghapus pegawai", Role.ADMIN)
    with db.write() as s:
        p = s.get(Pegawai, pegawai_id)
        if p is None or p.deleted_at is not None:
            raise NotFoundError("Pegawai tidak ditemukan.")
        bawahan = s.scalar(select(func.count()).select_from(Pegawai).where(
            Pegawai.atasan_id == pegawai_id, Pegawai.deleted_at.is_(None))) or 0
        if bawahan:
            raise ConflictError(
                f"{p.nama} masih menjadi atasan {bawahan} pegawai; ganti atasan mereka dulu "
                "atau nonaktifkan saja pegawai ini."
            )
        stamp(s, p, new=False)
        p.deleted_at = utcnow()
        record(s, actor, "hapus_pegawai", p)


def restore_pegawai(db: Database, actor: Actor, pegawai_id: uuid.UUID) -> PegawaiDetail:
    """Undo of delete: brings the tombstoned row back."""
    require_role(actor, "memulihkan pegawai", Role.ADMIN)
    with db.write() as s:
        p = s.get(Pegawai, pegawai_id)
        if p is None:
            raise NotFoundError("Pegawai tidak ditemukan.")
        stamp(s, p, new=False)
        p.deleted_at = None
        record(s, actor, "pulihkan_pegawai", p)
        return _detail(s, p)


def penilai_on(db: Database, actor: Actor, pegawai_id: uuid.UUID, day: dt.date) -> PenilaiInfo:
    """The one answer to "who assesses this pegawai on this date"."""
    with db.read() as s:
        require_visible(s, actor, pegawai_id)
        atasan_of, aktif = load_atasan_graph(s)
        if pegawai_id not in atasan_of:
            raise NotFoundError("Pegawai tidak ditemukan.")
        res = resolve_penilai(pegawai_id, day, atasan_of, aktif, load_penugasan(s, day))
        penilai = s.get(Pegawai, res.penilai_id) if res.penilai_id else None
        return PenilaiInfo(
            pegawai_id, day, res.penilai_id, penilai.nip if penilai else None,
            nama_lengkap(penilai.gelar_depan, penilai.nama, penilai.gelar_belakang)
            if penilai else None, res.sebagai,
        )
