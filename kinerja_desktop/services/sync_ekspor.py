"""Writing the next package for a peer from the outbox (issue 6 points 2 and 5).

A package is cumulative: it carries the newest version of every row changed since
the peer last acknowledged us, so a lost, duplicated or reordered file heals with
the next one. It also carries our acknowledgement of the peer's changes (how far
we applied them, which ones were refused or lost a conflict, and a resend request
after a gap).

What goes where (hub and spoke): to the parent, every change except those that
came from the parent; to a child, the reference tables and rows of the child's own
branch, except those that came from that child.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from kinerja_desktop import __version__
from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.domain.sync_konflik import dalam_cabang
from kinerja_desktop.services import sync_referensi as referensi
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.sync_laporan import laporan_untuk_induk
from kinerja_desktop.services.sync_laptop import SALINAN_PENUH, Lingkup, lingkup
from kinerja_desktop.services.sync_terap import sync_table, urutan_tabel
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.migrations import head_revision
from kinerja_desktop.storage.models import (
    SYNCED_TABLES,
    Berkas,
    Outbox,
    Site,
    SiteKey,
    SyncChannel,
    SyncPaket,
    SyncStatusUbah,
)
from kinerja_desktop.storage.upsert import upsert
from kinerja_desktop.sync.keys import load_signing_key
from kinerja_desktop.sync.manifest import (
    ChangeRange,
    PackageHeader,
    PackageKind,
    RecipientRef,
    SenderRef,
)
from kinerja_desktop.sync.package import sha256_file, write_package
from kinerja_desktop.sync.records import (
    Ack,
    BerkasIsi,
    IsiPaket,
    Perubahan,
    StatusUbah,
    susun,
)

# Catalogues a parent hands down to every child, whoever owns the rows.
REFERENSI = frozenset({"jabatan", "frasa_umpan_balik"})


@dataclass(frozen=True, slots=True)
class HasilEkspor:
    file: Path
    penerima: str
    channel_seq: int
    perubahan: int
    dari: int
    sampai: int
    ack_sampai: int
    ukuran: int


@dataclass(frozen=True, slots=True)
class Peer:
    lokal: Site
    peer: Site
    ke_induk: bool  # the peer is our parent


def peer_of(s: Session, kode: str) -> Peer:
    lokal = s.scalar(select(Site).where(Site.is_local.is_(True)))
    if lokal is None:
        raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
    peer = s.scalar(select(Site).where(Site.code == kode, Site.is_local.is_(False)))
    if peer is None:
        raise ValidationError(f"Situs {kode} belum terdaftar di sini; terima dulu kartu "
                              "kuncinya (sync accept).")
    if lokal.parent_code == peer.code:
        return Peer(lokal, peer, True)
    if peer.parent_code == lokal.code:
        return Peer(lokal, peer, False)
    raise ValidationError(f"Situs {kode} bukan induk maupun anak situs {lokal.code}; paket "
                          "hanya dipertukarkan dengan induk dan anak langsung.")


def induk_bawaan(s: Session) -> str:
    lokal = s.scalar(select(Site).where(Site.is_local.is_(True)))
    if lokal is None:
        raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
    if lokal.parent_code is None:
        raise ValidationError(f"Situs {lokal.code} tidak punya induk; sebutkan situs tujuan "
                              "(--ke KODE).")
    return lokal.parent_code


def kanal(s: Session, peer: str) -> SyncChannel:
    """The channel row, locked for this transaction: two imports or exports for the same
    peer queue here (PostgreSQL row lock; SQLite has one writer anyway), others do not."""
    upsert(s, cast(Table, SyncChannel.__table__), [{
        "peer_site": peer, "out_channel_seq": 0, "out_acked_through": 0,
        "out_sent_through": 0, "in_channel_seq": 0, "in_through": 0,
        "perlu_snapshot": False}],
        key=["peer_site"], update=[])
    ch = s.scalars(select(SyncChannel).where(SyncChannel.peer_site == peer)
                   .with_for_update().execution_options(populate_existing=True)).one()
    return ch


def _kunci_aktif(s: Session, situs: str, purpose: str) -> SiteKey:
    key = s.scalar(select(SiteKey).where(SiteKey.site_code == situs, SiteKey.purpose == purpose,
                                         SiteKey.revoked_at.is_(None)))
    if key is None:
        jenis = {"sign": "tanda tangan", "encrypt": "enkripsi"}.get(purpose, purpose)
        raise UserError(f"Situs {situs} tidak punya kunci {jenis} aktif di sini (dicabut atau "
                        "belum diterima); terima kartu kuncinya yang baru dulu.")
    return key


def ekspor(db: Database, actor: Actor, passphrase: str, folder: Path,
           penerima: str | None = None, *, snapshot: bool = False,
           now: dt.datetime | None = None) -> HasilEkspor:
    """Writes the next package for ``penerima`` (default: the parent) into ``folder``.

    A ``snapshot`` carries every row the peer should hold, not only the unacknowledged
    changes, and resets the peer's watermark. It is written by itself after this
    database was restored from a backup (a new incarnation), and can be asked for.
    """
    require_role(actor, "mengekspor paket sinkronisasi", Role.ADMIN, Role.OPERATOR)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(f"Folder tujuan {folder} tidak ada.")
    with db.write() as s:
        kode = penerima or induk_bawaan(s)
        pr = peer_of(s, kode)
        sign = _kunci_aktif(s, pr.lokal.code, "sign")
        box = _kunci_aktif(s, kode, "encrypt")
        if sign.private_key_enc is None:
            raise UserError(f"Kunci tanda tangan situs {pr.lokal.code} tidak tersimpan di sini.")
        signing = load_signing_key(sign.private_key_enc, passphrase)
        minimal = referensi.versi_minimal(s)
        if pr.ke_induk and referensi.terlalu_lama(__version__, minimal):
            raise ValidationError(
                f"Situs {kode} hanya menerima paket dari Kinerja Desktop versi {minimal} atau "
                f"lebih baru; aplikasi ini versi {__version__}. Perbarui aplikasi dulu, lalu "
                "kirim lagi; tidak ada yang ditulis.")
        ch = kanal(s, kode)
        incarnation = pr.lokal.incarnation_id
        snapshot = snapshot or ch.perlu_snapshot or (
            ch.out_incarnation is not None and ch.out_incarnation != incarnation)
        dari = 0 if snapshot else ch.out_acked_through
        head = int(s.scalar(select(func.max(Outbox.seq))) or 0)
        isi = IsiPaket(
            perubahan=perubahan_untuk(s, pr, dari),
            status=[StatusUbah(r.seq, r.entity, r.entity_id, r.status, r.alasan)
                    for r in s.scalars(select(SyncStatusUbah).where(
                        SyncStatusUbah.arah == "masuk", SyncStatusUbah.peer_site == kode)
                        .order_by(SyncStatusUbah.seq))],
            ack=Ack(ch.in_through, ch.minta_ulang_dari, ch.in_incarnation),
        )
        isi.berkas = _berkas(s, isi.perubahan)
        if pr.ke_induk:
            isi.laporan = laporan_untuk_induk(s, pr.lokal.code)
        else:
            isi.referensi = referensi.untuk_anak(s)
        header = PackageHeader(
            package_id=uuid.uuid4(),
            kind=(PackageKind.SNAPSHOT if snapshot else
                  PackageKind.DATA if isi.perubahan else PackageKind.ACK),
            sender=SenderRef(pr.lokal.code, sign.fingerprint, incarnation),
            recipient=RecipientRef(kode, box.fingerprint),
            app_version=__version__,
            schema_revision=head_revision(),
            channel_seq=ch.out_channel_seq + 1,
            changes=ChangeRange(min(dari, head), head, len(isi.perubahan)),
            peer_seq_through=ch.in_through,
            created_at=now or utcnow(),
        )
        path = write_package(folder, header, susun(isi), signing_key=signing,
                             recipient_public=X25519PublicKey.from_public_bytes(box.public_key))
        ch.out_channel_seq = header.channel_seq
        ch.out_sent_through = head
        ch.out_incarnation = incarnation
        ch.perlu_snapshot = False
        ch.last_out_at = header.created_at
        size = path.stat().st_size
        s.add(SyncPaket(
            arah="keluar", peer_site=kode, file_name=path.name, file_sha256=sha256_file(path),
            package_id=header.package_id, kind=header.kind.value,
            channel_seq=header.channel_seq, dari=header.changes.from_exclusive, sampai=head,
            jumlah=len(isi.perubahan), status="dikirim",
            ringkasan={"ukuran": size, "berkas": len(isi.berkas), "ack_sampai": ch.in_through},
            at=header.created_at))
    return HasilEkspor(path, kode, header.channel_seq, len(isi.perubahan),
                       header.changes.from_exclusive, head, header.peer_seq_through, size)


def perubahan_untuk(s: Session, pr: Peer, sejak: int) -> list[Perubahan]:
    """The newest outbox entry per row after ``sejak``, routed for the peer."""
    newest = (select(func.max(Outbox.seq)).where(Outbox.seq > sejak)
              .group_by(Outbox.entity, Outbox.entity_id))
    induk = dict(s.execute(select(Site.code, Site.parent_code)).all())
    lokal, peer = pr.lokal.code, pr.peer.code
    laptop = lingkup(s, peer) if pr.peer.role is SiteRole.LAPTOP and not pr.ke_induk else None
    order = {name: i for i, name in enumerate(urutan_tabel())}
    out: list[Perubahan] = []
    for row in s.execute(select(Outbox.seq, Outbox.entity, Outbox.entity_id, Outbox.version,
                                Outbox.payload, Outbox.source_site)
                         .where(Outbox.seq.in_(newest)).order_by(Outbox.seq)):
        seq, entity, eid, version, payload, source = row
        if source == peer or entity not in SYNCED_TABLES:
            continue  # never echoed back to where it came from
        if not pr.ke_induk and not _untuk_anak(entity, eid, payload, peer, induk, laptop):
            continue
        out.append(Perubahan(seq, entity, eid, version, source or lokal, payload))
    out.sort(key=lambda p: (order[p.entitas], p.seq))
    return out


def _untuk_anak(entity: str, eid: uuid.UUID, payload: dict[str, Any], peer: str,
                induk: dict[str, str | None], laptop: Lingkup | None) -> bool:
    if entity in REFERENSI or dalam_cabang(str(payload.get("origin_site")), peer, induk):
        return True
    if laptop is None:
        return False
    if entity == "penugasan_laptop":
        return payload.get("laptop_site") == peer
    return entity in SALINAN_PENUH or laptop.memuat(entity, eid)


def _berkas(s: Session, perubahan: list[Perubahan]) -> list[BerkasIsi]:
    """Attachments the changed rows refer to travel with them (the receiver checks
    every reference before writing)."""
    columns: dict[str, list[str]] = {}
    for name in SYNCED_TABLES:
        table = sync_table(name)
        columns[name] = [fk.parent.key for fk in table.foreign_keys
                         if fk.column.table.name == "berkas"]
    shas = sorted({str(p.baris[c]) for p in perubahan for c in columns[p.entitas]
                   if p.baris.get(c)})
    out: list[BerkasIsi] = []
    for i in range(0, len(shas), 500):
        out.extend(BerkasIsi(b.sha256, b.mime, b.data) for b in s.scalars(
            select(Berkas).where(Berkas.sha256.in_(shas[i:i + 500]))))
    return out

