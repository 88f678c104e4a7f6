"""What the sync screen and ``kinerja sync status|conflicts`` show (issue 6 points 5, 8, 9).

Per peer: what we sent and what it confirmed, what is still waiting, what it
refused or lost in a conflict, and how far we applied its changes. Plus the
history of packages and the conflict report with the losing versions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.domain.sync_konflik import Dasar
from kinerja_desktop.services.changes import row_payload
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.sync_ekspor import Peer, perubahan_untuk
from kinerja_desktop.services.sync_terap import sync_table
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    SYNCED_TABLES,
    Outbox,
    Site,
    SyncChannel,
    SyncKonflik,
    SyncKonflikLaporan,
    SyncPaket,
    SyncStatusUbah,
)

_PERAN = (Role.ADMIN, Role.OPERATOR)


@dataclass(frozen=True, slots=True)
class StatusKanal:
    situs: str
    nama: str
    peran: SiteRole
    induk: bool  # the peer is this site's parent
    terkirim_sampai: int  # our outbox seq in the last package written
    dikonfirmasi_sampai: int  # our outbox seq the peer acknowledged
    menunggu: int  # our changes after the acknowledgement (sent or not)
    ditolak: int  # our changes the peer refused
    kalah: int  # our changes that lost a conflict there
    diterima_sampai: int  # the peer's outbox seq applied here
    konflik: int  # conflicts recorded here for this peer's packages
    karantina: int
    minta_ulang_dari: int | None  # a gap: the peer is asked to resend from here
    terakhir_masuk: dt.datetime | None
    terakhir_keluar: dt.datetime | None
    konflik_di_situs: int  # a child's: conflicts it decided itself (its report)


@dataclass(frozen=True, slots=True)
class RiwayatPaket:
    id: int
    arah: str
    situs: str | None
    file: str
    jenis: str | None
    nomor: int | None
    jumlah: int | None
    status: str
    alasan: str | None
    pesan: str | None
    waktu: dt.datetime
    dari: int | None = None
    sampai: int | None = None
    # Sent packages: has the peer confirmed every change in it? None for received ones.
    dikonfirmasi: bool | None = None


@dataclass(frozen=True, slots=True)
class Konflik:
    id: int
    entitas: str
    entitas_id: uuid.UUID
    situs: str
    dasar: str  # Dasar label
    pemenang: str
    situs_menang: str
    situs_kalah: str
    versi_menang: int
    versi_kalah: int
    data_kalah: dict[str, Any]
    waktu: dt.datetime
    data_menang: dict[str, Any] | None = None  # the row as it is kept now
    # Where it was decided: here (this site's code), or a site of the branch below
    # that reported it in its packages (then ``situs`` is that site's peer).
    diputuskan_di: str = ""
    dilaporkan: bool = False


@dataclass(frozen=True, slots=True)
class UbahTidakDiterima:
    situs: str
    seq: int
    entitas: str
    entitas_id: uuid.UUID
    status: str
    alasan: str
    nama: str = ""  # what the row is called here (nama, kode, NIP, teks…)


def status_kanal(db: Database, actor: Actor) -> list[StatusKanal]:
    require_role(actor, "melihat status sinkronisasi", *_PERAN)
    with db.read() as s:
        lokal = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if lokal is None:
            return []
        peers = list(s.scalars(select(Site).where(Site.is_local.is_(False)).where(
            (Site.code == lokal.parent_code) | (Site.parent_code == lokal.code))
            .order_by(Site.code)))
        head = int(s.scalar(select(func.max(Outbox.seq))) or 0)
        out = []
        for peer in peers:
            ch = s.get(SyncChannel, peer.code)
            acked = ch.out_acked_through if ch else 0
            keluar = dict(s.execute(
                select(SyncStatusUbah.status, func.count()).where(
                    SyncStatusUbah.arah == "keluar", SyncStatusUbah.peer_site == peer.code,
                    SyncStatusUbah.seq > 0).group_by(SyncStatusUbah.status)).all())
            waiting = _menunggu(s, lokal, peer, acked)
            out.append(StatusKanal(
                situs=peer.code, nama=peer.name, peran=peer.role,
                induk=peer.code == lokal.parent_code,
                terkirim_sampai=ch.out_sent_through if ch else 0,
                dikonfirmasi_sampai=min(acked, head),
                menunggu=waiting,
                ditolak=keluar.get("ditolak", 0), kalah=keluar.get("konflik", 0),
                diterima_sampai=ch.in_through if ch else 0,
                konflik=int(s.scalar(select(func.count()).select_from(SyncKonflik).where(
                    SyncKonflik.peer_site == peer.code)) or 0),
                karantina=int(s.scalar(select(func.count()).select_from(SyncPaket).where(
                    SyncPaket.peer_site == peer.code, SyncPaket.status == "karantina")) or 0),
                minta_ulang_dari=ch.minta_ulang_dari if ch else None,
                terakhir_masuk=ch.last_in_at if ch else None,
                terakhir_keluar=ch.last_out_at if ch else None,
                konflik_di_situs=ch.konflik_dilaporkan if ch else 0,
            ))
    return out


def _menunggu(s: Session, lokal: Site, peer: Site, acked: int) -> int:
    """Rows the next package to ``peer`` would carry. Upwards everything travels, so a
    count in SQL does; downwards the routing of the export decides row by row."""
    if peer.code == lokal.parent_code:
        return int(s.scalar(select(func.count(func.distinct(Outbox.entity_id))).where(
            Outbox.seq > acked,
            (Outbox.source_site.is_(None)) | (Outbox.source_site != peer.code))) or 0)
    return len(perubahan_untuk(s, Peer(lokal, peer, False), acked))


def riwayat(db: Database, actor: Actor, limit: int = 200) -> list[RiwayatPaket]:
    require_role(actor, "melihat riwayat sinkronisasi", *_PERAN)
    with db.read() as s:
        acked = dict(s.execute(select(SyncChannel.peer_site, SyncChannel.out_acked_through)
                               ).all())
        return [RiwayatPaket(
            p.id, p.arah, p.peer_site, p.file_name, p.kind, p.channel_seq, p.jumlah,
            p.status, p.alasan, p.pesan, p.at, p.dari, p.sampai,
            None if p.arah != "keluar" else (p.sampai or 0) <= acked.get(p.peer_site or "", 0))
            for p in s.scalars(select(SyncPaket).order_by(SyncPaket.id.desc()).limit(limit))]


def daftar_konflik(db: Database, actor: Actor) -> list[Konflik]:
    """This site's conflicts, then those the sites below it decided and reported (the
    newest of each child's branch, as its last package listed them)."""
    require_role(actor, "melihat laporan konflik", *_PERAN)
    with db.read() as s:
        lokal = s.scalar(select(Site.code).where(Site.is_local.is_(True))) or ""
        rows = list(s.scalars(select(SyncKonflik).order_by(SyncKonflik.id)))
        laporan = list(s.scalars(select(SyncKonflikLaporan).order_by(
            SyncKonflikLaporan.kanal, SyncKonflikLaporan.at, SyncKonflikLaporan.id)))
        now = _baris_kini(s, [*((k.entity, k.entity_id) for k in rows),
                              *((k.entity, k.entity_id) for k in laporan)])
        return [*(Konflik(k.id, k.entity, k.entity_id, k.peer_site, Dasar(k.dasar).label,
                          k.pemenang, k.situs_menang, k.situs_kalah, k.versi_menang,
                          k.versi_kalah, dict(k.data_kalah), k.at,
                          now.get((k.entity, k.entity_id)), lokal)
                  for k in rows),
                *(Konflik(k.id, k.entity, k.entity_id, k.peer_site, Dasar(k.dasar).label,
                          k.pemenang, k.situs_menang, k.situs_kalah, k.versi_menang,
                          k.versi_kalah, dict(k.data_kalah), k.at,
                          now.get((k.entity, k.entity_id)), k.situs, dilaporkan=True)
                  for k in laporan)]


def tidak_diterima(db: Database, actor: Actor) -> list[UbahTidakDiterima]:
    """Our changes a peer refused or let lose a conflict, from its acknowledgements."""
    require_role(actor, "melihat status sinkronisasi", *_PERAN)
    with db.read() as s:
        rows = list(s.scalars(select(SyncStatusUbah).where(
            SyncStatusUbah.arah == "keluar").order_by(
            SyncStatusUbah.peer_site, SyncStatusUbah.seq)))
        now = _baris_kini(s, [(r.entity, r.entity_id) for r in rows])
        return [UbahTidakDiterima(r.peer_site, r.seq, r.entity, r.entity_id, r.status,
                                  r.alasan, nama_baris(now.get((r.entity, r.entity_id))))
                for r in rows]


_NAMA = ("nama", "nip", "kode", "teks", "periode_key", "uraian")


def nama_baris(row: Mapping[str, Any] | None) -> str:
    """A short human name for a synced row, for lists of conflicts and refusals."""
    if not row:
        return ""
    for key in _NAMA:
        value = row.get(key)
        if value:
            return str(value)[:80]
    return ""


def _baris_kini(s: Session, keys: list[tuple[str, uuid.UUID]]
                ) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    by: dict[str, set[uuid.UUID]] = {}
    for entity, eid in keys:
        if entity in SYNCED_TABLES:
            by.setdefault(entity, set()).add(eid)
    out: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for entity, ids in by.items():
        table = sync_table(entity)
        id_list = sorted(ids, key=str)
        for i in range(0, len(id_list), 500):
            for row in s.execute(select(table).where(
                    table.c.id.in_(id_list[i:i + 500]))).mappings():
                out[(entity, row["id"])] = row_payload(dict(row))
    return out
