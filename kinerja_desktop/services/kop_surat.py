"""The letterhead of printed documents and the images they carry (issue 5 points 2–3).

A unit's logo and a pegawai's signature specimen are stored like attachments
(content-addressed in ``berkas``) and checked when stored, so a print never meets a
corrupt image; should one be damaged later, printing stops with a message naming it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.pdf_kit import Kop, periksa_gambar
from kinerja_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.berkas import simpan_berkas
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Berkas, Pegawai, Site, UnitKerja

_MAKS_GAMBAR = 2 * 1024 * 1024  # a logo or a scanned signature is a few hundred KB at most
_MIME = {"PNG": "image/png", "JPEG": "image/jpeg"}


def baca_gambar_file(path: Path, apa: str) -> bytes:
    """Reads and checks an image file; a missing, unreadable or corrupt file is refused."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"{apa}: berkas {path} tidak ditemukan.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"{apa}: berkas {path} tidak dapat dibaca ({exc.strerror}).") from None
    _periksa(data, f"{apa} ({path.name})")
    return data


def _periksa(data: bytes, apa: str) -> str:
    if len(data) > _MAKS_GAMBAR:
        raise ValidationError(f"{apa} terlalu besar ({len(data) // 1024} KB); maksimal "
                              f"{_MAKS_GAMBAR // 1024 // 1024} MB.")
    periksa_gambar(data, apa)
    return "image/png" if data[:4] == b"\x89PNG" else "image/jpeg"


def _simpan(s: Session, data: bytes | None, apa: str, nama: str) -> str | None:
    """Checks and stores an image; None (removing it) stores nothing."""
    if data is None:
        return None
    return simpan_berkas(s, data, _periksa(data, apa), nama)


def _gambar(s: Session, sha256: str | None, apa: str) -> bytes | None:
    if sha256 is None:
        return None
    row = s.get(Berkas, sha256)
    if row is None:
        raise ValidationError(f"{apa} tidak ada lagi di basis data; pasang ulang gambarnya.")
    periksa_gambar(row.data, f"{apa} yang tersimpan")
    return row.data


def set_logo_unit(db: Database, actor: Actor, unit_id: uuid.UUID, data: bytes | None) -> None:
    """Sets (or with None removes) the logo printed in the kop of the unit's documents."""
    require_role(actor, "mengubah logo unit kerja", Role.ADMIN)
    with db.write() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        sha = _simpan(s, data, f"Logo unit {unit.nama} ({unit.kode})", f"logo {unit.kode}")
        stamp(s, unit, new=False)
        unit.logo_sha256 = sha
        record(s, actor, "ubah_logo_unit", unit, {"sha256": sha})


def set_spesimen_ttd(db: Database, actor: Actor, pegawai_id: uuid.UUID,
                     data: bytes | None) -> None:
    """The pegawai's own scanned signature, printed above the name; admin or the pegawai."""
    if actor.role is not Role.ADMIN and actor.pegawai_id != pegawai_id:
        raise PermissionDenied(
            f"Akun '{actor.username}' hanya boleh memasang spesimen tanda tangannya sendiri.")
    with db.write() as s:
        p = s.get(Pegawai, pegawai_id)
        if p is None or p.deleted_at is not None:
            raise NotFoundError("Pegawai tidak ditemukan.")
        sha = _simpan(s, data, f"Spesimen tanda tangan {p.nama}", f"spesimen {p.nip}")
        stamp(s, p, new=False)
        p.spesimen_ttd_sha256 = sha
        record(s, actor, "ubah_spesimen_ttd", p, {"sha256": sha})


def spesimen(s: Session, pegawai_id: uuid.UUID | None) -> bytes | None:
    if pegawai_id is None:
        return None
    p = s.get(Pegawai, pegawai_id)
    if p is None:
        return None
    return _gambar(s, p.spesimen_ttd_sha256, f"Spesimen tanda tangan {p.nama}")


def _rantai(s: Session, unit_id: uuid.UUID | None) -> list[UnitKerja]:
    """The unit and its parents up to the instansi (the root), nearest first."""
    out: list[UnitKerja] = []
    seen: set[uuid.UUID] = set()
    while unit_id is not None and unit_id not in seen:
        seen.add(unit_id)
        unit = s.get(UnitKerja, unit_id)
        if unit is None:
            break
        out.append(unit)
        unit_id = unit.parent_id
    return out


def kop_unit(s: Session, unit_id: uuid.UUID | None) -> Kop:
    """The kop of the instansi the unit belongs to: its name, address and the nearest logo.

    Kept for the rest of the session (one read transaction): a batch of a unit's
    documents reads it once, not once per pegawai."""
    cache: dict[uuid.UUID | None, Kop] = s.info.setdefault("kop_unit", {})
    if unit_id not in cache:
        cache[unit_id] = _kop_unit(s, unit_id)
    return cache[unit_id]


def _kop_unit(s: Session, unit_id: uuid.UUID | None) -> Kop:
    rantai = _rantai(s, unit_id)
    site = s.scalar(select(Site).where(Site.is_local.is_(True)))
    if not rantai:
        return Kop(baris=((site.name if site else "").upper(),), alamat=(site.alamat or "")
                   if site else "")
    root = rantai[-1]
    alamat = next((u.alamat for u in rantai if u.alamat), None) or (site.alamat if site else "")
    logo_unit = next((u for u in rantai if u.logo_sha256), None)
    logo = None
    if logo_unit is not None:
        logo = _gambar(s, logo_unit.logo_sha256,
                       f"Logo unit {logo_unit.nama} ({logo_unit.kode})")
    baris: tuple[str, ...] = (root.nama.upper(),)
    if site is not None and site.name.strip() and site.name.strip().upper() != root.nama.upper():
        baris = (site.name.upper(), root.nama.upper())
    return Kop(baris=baris, alamat=alamat or "", logo=logo)
