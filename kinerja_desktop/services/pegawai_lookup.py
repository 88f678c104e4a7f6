"""Small read-only look-ups behind the pegawai form (completers, name hints)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import normalize_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import visible_pegawai
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Jabatan, Pegawai


@dataclass(frozen=True, slots=True)
class JabatanOption:
    nama: str
    kategori: KategoriJabatan
    jenjang: JenjangFungsional | None


def list_jabatan(db: Database, actor: Actor) -> list[JabatanOption]:
    """Every known jabatan (the reference list is not secret), by name."""
    del actor
    with db.read() as s:
        rows = s.execute(
            select(Jabatan.nama, Jabatan.kategori, Jabatan.jenjang)
            .where(Jabatan.deleted_at.is_(None))
            .order_by(Jabatan.nama)
        ).all()
    return [JabatanOption(n, k, j) for n, k, j in rows]


def nama_by_nip(db: Database, actor: Actor, nip: str) -> str | None:
    """Full name (with gelar) of the pegawai with this NIP the actor may see, else None."""
    key = normalize_nip(nip)
    if not key:
        return None
    try:
        with db.read() as s:
            row = s.execute(
                select(Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang)
                .where(Pegawai.nip == key, Pegawai.deleted_at.is_(None))
            ).first()
            if row is None:
                return None
            scope = visible_pegawai(s, actor)
            if scope is not None and row[0] not in scope:
                return None
    except UserError:
        return None
    return nama_lengkap(row[1], row[2], row[3])
