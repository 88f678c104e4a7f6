"""SKP workflow: ajukan, tetapkan, kembalikan, revisi, ganti penilai, mutasi (DOMAIN §6).

Every step is one transaction that writes the SKP, one SkpTransisi row (who,
when, from, to, why; "atas nama" when an admin acts for someone) and their
audit/outbox rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import (
    AksiSKP,
    StatusSKP,
    copy_isi,
    kelengkapan,
    next_status,
)
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import load_atasan_graph, load_penugasan
from kinerja_desktop.services.skp import (
    SEBAGAI_ADMIN,
    SEBAGAI_LUAR,
    Identitas,
    SkpDetail,
    SkpRingkas,
    _atas_nama,
    _create,
    _open_revision,
    _ringkas,
    approvers,
    approvers_with,
    check_version,
    detail,
    has_penilai,
    identitas,
    load_isi,
    pegawai_or_404,
    require_see,
    resolve_on,
    skp_or_404,
    transisi,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, Skp, SkpTransisi

MIN_ALASAN = 5


@dataclass(frozen=True, slots=True)
class TransisiDTO:
    aksi: AksiSKP
    dari: StatusSKP | None
    ke: StatusSKP
    at: dt.datetime
    username: str
    oleh_nama: str
    atas_nama: str
    alasan: str


def _alasan(alasan: str | None, what: str) -> str:
    text = (alasan or "").strip()
    if len(text) < MIN_ALASAN:
        raise ValidationError(f"Tuliskan alasan {what} (paling sedikit {MIN_ALASAN} huruf).")
    return text


def _require_approver(s: Session, actor: Actor, row: Skp, what: str) -> str | None:
    """Admin (recorded as acting for the penilai) or the penilai of the date."""
    if actor.role is Role.ADMIN:
        if row.penilai_id is None and row.penilai_luar:
            # The penilai sits outside this database: the admin acts for him.
            return str(row.penilai_luar.get("nama") or "") or None
        return _atas_nama(s, actor, row.penilai_id)
    if actor.pegawai_id is None or actor.pegawai_id not in approvers(s, row):
        raise PermissionDenied(
            f"Hanya pejabat penilai kinerja pegawai ini (atau Plt/Plh-nya) yang dapat {what} "
            "SKP ini."
        )
    return None


def _require_owner(s: Session, actor: Actor, row: Skp, what: str) -> str | None:
    if actor.role is Role.ADMIN:
        return _atas_nama(s, actor, row.pegawai_id)
    if actor.pegawai_id != row.pegawai_id:
        raise PermissionDenied(f"Hanya pegawai pemilik SKP (atau admin) yang dapat {what} SKP.")
    return None


def ajukan(
    db: Database, actor: Actor, skp_id: uuid.UUID, expected_version: int | None = None
) -> SkpDetail:
    """DRAFT → DIAJUKAN, only when nothing is missing (the Kelengkapan list)."""
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        atas_nama = _require_owner(s, actor, row, "mengajukan")
        if expected_version is not None:
            check_version(row, expected_version)
        dari = row.status
        row.status = next_status(row.status, AksiSKP.AJUKAN)
        missing = kelengkapan(load_isi(s, row), ada_penilai=has_penilai(row))
        if missing:
            shown = "\n".join(f"• {m.pesan}" for m in missing[:12])
            more = f"\n… dan {len(missing) - 12} lagi." if len(missing) > 12 else ""
            raise ValidationError(f"SKP belum lengkap, belum dapat diajukan:\n{shown}{more}")
        row.alasan_dikembalikan = None
        stamp(s, row, new=False)
        record(s, actor, "ajukan_skp", row)
        transisi(s, actor, row, AksiSKP.AJUKAN, dari, atas_nama=atas_nama)
        return detail(s, actor, row)


def tetapkan(
    db: Database, actor: Actor, skp_id: uuid.UUID, *, tempat: str,
    tanggal: dt.date | None = None, expected_version: int | None = None,
) -> SkpDetail:
    """DIAJUKAN → DITETAPKAN by the penilai; takes the identity snapshots that get printed."""
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        atas_nama = _require_approver(s, actor, row, "menetapkan")
        if expected_version is not None:
            check_version(row, expected_version)
        if not tempat.strip():
            raise ValidationError("Tempat penetapan (nama kota) harus diisi, mis. Bandar Lampung.")
        if len(tempat.strip()) > 120:
            raise ValidationError("Tempat penetapan terlalu panjang (paling banyak 120 karakter).")
        dari = row.status
        row.status = next_status(row.status, AksiSKP.TETAPKAN)
        missing = kelengkapan(load_isi(s, row), ada_penilai=has_penilai(row))
        if missing:
            raise ValidationError(f"SKP belum lengkap: {missing[0].pesan}")
        owner = identitas(s, pegawai_or_404(s, row.pegawai_id))
        snapshot: dict[str, dict[str, str | None] | None] = {"pegawai": owner.to_json()}
        for key, pid in (("penilai", row.penilai_id), ("atasan_penilai", row.atasan_penilai_id)):
            p = s.get(Pegawai, pid) if pid else None
            luar = getattr(row, f"{key}_luar")
            snapshot[key] = identitas(s, p).to_json() if p is not None else luar
        row.snapshot = snapshot
        row.tempat_penetapan = tempat.strip()
        row.tanggal_penetapan = tanggal or dt.date.today()
        stamp(s, row, new=False)
        record(s, actor, "tetapkan_skp", row)
        transisi(s, actor, row, AksiSKP.TETAPKAN, dari, atas_nama=atas_nama)
        if row.parent_skp_id is not None:
            parent = skp_or_404(s, row.parent_skp_id)
            if parent.status is StatusSKP.DITETAPKAN:
                old = parent.status
                parent.status = next_status(parent.status, AksiSKP.GANTIKAN)
                stamp(s, parent, new=False)
                record(s, actor, "gantikan_skp", parent)
                transisi(s, actor, parent, AksiSKP.GANTIKAN, old,
                         alasan=f"Digantikan revisi ke-{row.revisi_ke}")
        return detail(s, actor, row)


def kembalikan(
    db: Database, actor: Actor, skp_id: uuid.UUID, alasan: str,
    expected_version: int | None = None,
) -> SkpDetail:
    """DIAJUKAN → DRAFT with the penilai's reason, shown to the pegawai."""
    text = _alasan(alasan, "pengembalian")
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        atas_nama = _require_approver(s, actor, row, "mengembalikan")
        if expected_version is not None:
            check_version(row, expected_version)
        dari = row.status
        row.status = next_status(row.status, AksiSKP.KEMBALIKAN)
        row.alasan_dikembalikan = text
        stamp(s, row, new=False)
        record(s, actor, "kembalikan_skp", row)
        transisi(s, actor, row, AksiSKP.KEMBALIKAN, dari, alasan=text, atas_nama=atas_nama)
        return detail(s, actor, row)


def buat_revisi(db: Database, actor: Actor, skp_id: uuid.UUID, alasan: str) -> uuid.UUID:
    """A new DRAFT version of a DITETAPKAN SKP; the old one stays until the new is ditetapkan."""
    text = _alasan(alasan, "revisi")
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        me = actor.pegawai_id
        if not (actor.role is Role.ADMIN or (me is not None and me in (row.pegawai_id,
                                                                        row.penilai_id))):
            raise PermissionDenied("Revisi SKP dibuat oleh pegawai, pejabat penilai, atau admin.")
        next_status(row.status, AksiSKP.REVISI)
        if row.ditutup_pada is not None:
            raise ValidationError("SKP ini sudah ditutup karena mutasi; revisi tidak dapat dibuat.")
        if _open_revision(s, row) is not None:
            raise ConflictError("Sudah ada revisi SKP ini yang belum ditetapkan; buka revisi itu.")
        p = pegawai_or_404(s, row.pegawai_id)
        isi = copy_isi(load_isi(s, row), revisi=True)
        # The revision keeps the unit and penilai of the version it revises (see _create).
        new = _create(s, actor, p, row.tahun, mulai=row.periode_mulai,
                      pendekatan=row.pendekatan, isi=isi, today=None, parent=row, alasan=text)
        return new.id


def ganti_penilai(
    db: Database, actor: Actor, skp_id: uuid.UUID, alasan: str, *,
    penilai_id: uuid.UUID | None = None, penilai_luar: Identitas | None = None,
    atasan_penilai_id: uuid.UUID | None = None, atasan_penilai_luar: Identitas | None = None,
) -> SkpDetail:
    """The admin overrides the penilai resolved from the hierarchy, with a kept reason.

    ``penilai_luar`` names an official outside this database (the Sekda or Bupati
    who assesses a head of office); the admin then approves on his behalf.
    """
    text = _alasan(alasan, "penggantian pejabat penilai")
    if actor.role is not Role.ADMIN:
        raise PermissionDenied("Hanya admin yang dapat mengganti pejabat penilai pada SKP.")
    if (penilai_id is None) == (penilai_luar is None):
        raise ValidationError("Pilih satu pejabat penilai: pegawai kantor ini atau pejabat luar.")
    for who in (penilai_luar, atasan_penilai_luar):
        if who is not None and not who.nama.strip():
            raise ValidationError("Nama pejabat dari luar kantor harus diisi.")
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        if row.status not in (StatusSKP.DRAFT, StatusSKP.DIAJUKAN):
            raise ValidationError(
                "Pejabat penilai hanya dapat diganti sebelum SKP ditetapkan; buat revisi."
            )
        if penilai_id == row.pegawai_id:
            raise ValidationError("Pegawai tidak dapat menjadi pejabat penilai SKP-nya sendiri.")
        if penilai_id is not None:
            pegawai_or_404(s, penilai_id)
        if atasan_penilai_id is None and atasan_penilai_luar is None and penilai_id is not None:
            day = min(max(dt.date.today(), row.periode_mulai), row.periode_selesai)
            atasan_penilai_id = resolve_on(s, penilai_id, day).penilai_id
        elif atasan_penilai_id is not None:
            if atasan_penilai_id in (penilai_id, row.pegawai_id):
                raise ValidationError("Atasan pejabat penilai harus orang lain.")
            pegawai_or_404(s, atasan_penilai_id)
        row.penilai_id = penilai_id
        row.penilai_luar = penilai_luar.to_json() if penilai_luar else None
        row.atasan_penilai_id = atasan_penilai_id
        row.atasan_penilai_luar = atasan_penilai_luar.to_json() if atasan_penilai_luar else None
        row.penilai_sebagai = SEBAGAI_LUAR if penilai_luar else SEBAGAI_ADMIN
        row.penilai_alasan = text
        stamp(s, row, new=False)
        record(s, actor, "ganti_penilai_skp", row, {"alasan": text})
        return detail(s, actor, row)


def tutup_mutasi(
    db: Database, actor: Actor, skp_id: uuid.UUID, tanggal_mutasi: dt.date,
    today: dt.date | None = None,
) -> uuid.UUID:
    """A pegawai moved: the old SKP ends the day before, a new DRAFT starts on the date.

    The pegawai's new unit, jabatan and atasan must already be saved; the new
    SKP's penilai is resolved from them on the date of the move.
    """
    if actor.role is not Role.ADMIN:
        raise PermissionDenied("Hanya admin yang mencatat mutasi pegawai.")
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        if row.ditutup_pada is not None:
            raise ValidationError("SKP ini sudah ditutup.")
        if row.status is StatusSKP.DIGANTIKAN:
            raise ValidationError("SKP ini sudah digantikan revisinya; tutup versi terbaru.")
        if not row.periode_mulai < tanggal_mutasi <= row.periode_selesai:
            raise ValidationError(
                f"Tanggal mutasi harus sesudah {row.periode_mulai:%d-%m-%Y} dan paling lambat "
                f"{row.periode_selesai:%d-%m-%Y}."
            )
        # Every open version of the plan ends: the DITETAPKAN version and a revision of it
        # that is still in progress, whichever of the two was picked.
        versions = [row]
        if row.parent_skp_id is not None and row.status is not StatusSKP.DITETAPKAN:
            parent = s.get(Skp, row.parent_skp_id)
            if (parent is not None and parent.deleted_at is None and parent.ditutup_pada is None
                    and parent.status is StatusSKP.DITETAPKAN):
                versions.append(parent)
        if row.status is StatusSKP.DITETAPKAN:
            child = _open_revision(s, row)
            if child is not None:
                versions.append(skp_or_404(s, child))
        for v in versions:
            next_status(v.status, AksiSKP.TUTUP)
            v.ditutup_pada = tanggal_mutasi - dt.timedelta(days=1)
            stamp(s, v, new=False)
            record(s, actor, "tutup_skp", v)
            transisi(s, actor, v, AksiSKP.TUTUP, v.status,
                     alasan=f"Mutasi per {tanggal_mutasi:%d-%m-%Y}")
        p = pegawai_or_404(s, row.pegawai_id)
        new = _create(s, actor, p, row.tahun, mulai=tanggal_mutasi, pendekatan=row.pendekatan,
                      isi=None, today=today or tanggal_mutasi)
        return new.id


def riwayat(db: Database, actor: Actor, skp_id: uuid.UUID) -> list[TransisiDTO]:
    """Every step of this SKP and of the versions it revises, oldest first."""
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        chain = [row.id]
        parent = row.parent_skp_id
        while parent is not None and parent not in chain:
            chain.append(parent)
            p = s.get(Skp, parent)
            parent = p.parent_skp_id if p else None
        rows = s.scalars(select(SkpTransisi).where(SkpTransisi.skp_id.in_(chain))
                         .order_by(SkpTransisi.at)).all()
        people = {r.oleh_pegawai_id for r in rows if r.oleh_pegawai_id}
        names = {
            pid: nama_lengkap(gd, n, gb)
            for pid, gd, n, gb in s.execute(select(
                Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang
            ).where(Pegawai.id.in_(people)))
        } if people else {}
        return [
            TransisiDTO(r.aksi, r.dari, r.ke, r.at, r.username,
                        names.get(r.oleh_pegawai_id, "") if r.oleh_pegawai_id else "",
                        r.atas_nama or "", r.alasan or "")
            for r in rows
        ]


def antrian_persetujuan(db: Database, actor: Actor, tahun: int) -> list[SkpRingkas]:
    """SKPs waiting for this actor's approval (for an admin: every DIAJUKAN SKP)."""
    with db.read() as s:
        rows = s.scalars(select(Skp).where(
            Skp.tahun == tahun, Skp.status == StatusSKP.DIAJUKAN, Skp.deleted_at.is_(None)
        )).all()
        if actor.role is Role.ADMIN:
            mine = {r.id for r in rows}
        elif actor.pegawai_id is None:
            return []
        else:
            atasan_of, aktif = load_atasan_graph(s)
            penugasan = load_penugasan(s)
            mine = {r.id for r in rows
                    if actor.pegawai_id in approvers_with(r, None, atasan_of, aktif, penugasan)}
        if not mine:
            return []
        # Being an approver is what lets him see them (a Plt need not have the penilai role).
        return _ringkas(s, actor, tahun, penilai_in=mine, check_scope=False)
