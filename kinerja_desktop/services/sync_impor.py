"""Importing a package from a peer (issue 6 points 3–5).

The whole verification chain of ``sync.package.read_package`` runs before anything
is decrypted or written. Then, in one transaction: the acknowledgement of our own
changes, the peer's changes after the watermark (``services.sync_terap``), the
statuses to send back, the new watermark and the history row. A file seen before
returns its earlier result; an older package is a duplicate; a package that skips
changes is refused with "kirim ulang dari N". Every refusal moves a copy of the file
to quarantine with a reason the operator can read, and changes no data.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services import sync_referensi as referensi
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.sync_ekspor import kanal, peer_of
from kinerja_desktop.services.sync_laporan import simpan_laporan
from kinerja_desktop.services.sync_terap import DITERAPKAN, DUPLIKAT, terapkan
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.bulk import paused_gc, roomy_sqlite_cache
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.migrations import head_revision
from kinerja_desktop.storage.models import (
    SYNCED_TABLES,
    Outbox,
    Site,
    SiteKey,
    SyncChannel,
    SyncPaket,
    SyncStatusUbah,
)
from kinerja_desktop.storage.upsert import upsert
from kinerja_desktop.sync.errors import PackageRejected, Reason, SenderKeyRevoked
from kinerja_desktop.sync.keys import load_encryption_key
from kinerja_desktop.sync.manifest import PackageKind
from kinerja_desktop.sync.package import OpenedPackage, read_package, sha256_file
from kinerja_desktop.sync.records import IsiPaket, urai

KARANTINA = "karantina"
DIIMPOR = (DITERAPKAN, DUPLIKAT)


@dataclass(frozen=True, slots=True)
class HasilImpor:
    file: str
    status: str  # DITERAPKAN | DUPLIKAT | KARANTINA
    pesan: str
    pengirim: str | None = None
    alasan: str | None = None  # sync.errors.Reason or "celah"/"inkarnasi"/…
    hitung: dict[str, dict[str, int]] = field(default_factory=dict)
    konflik_baru: int = 0
    ulang: bool = False  # this very file was imported before
    minta_ulang_dari: int | None = None
    karantina_path: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != KARANTINA


class _Karantina(Exception):
    def __init__(self, alasan: str, pesan: str, pengirim: str | None = None,
                 minta_ulang_dari: int | None = None) -> None:
        super().__init__(pesan)
        self.alasan, self.pesan = alasan, pesan
        self.pengirim, self.minta_ulang_dari = pengirim, minta_ulang_dari


def impor(db: Database, actor: Actor, passphrase: str, path: Path,
          karantina: Path) -> HasilImpor:
    """Imports one package file; a refused file is copied into ``karantina``."""
    require_role(actor, "mengimpor paket sinkronisasi", Role.ADMIN, Role.OPERATOR)
    path = Path(path)
    try:
        sha = sha256_file(path)
    except OSError as exc:
        raise ValidationError(f"Berkas {path} tidak dapat dibaca ({exc.strerror}).") from None
    with db.read() as s:
        earlier = s.scalar(select(SyncPaket).where(
            SyncPaket.arah == "masuk", SyncPaket.file_sha256 == sha,
            SyncPaket.status.in_(DIIMPOR)).order_by(SyncPaket.id).limit(1))
        if earlier is not None:
            when = earlier.at.strftime("%d-%m-%Y %H:%M")
            return HasilImpor(path.name, earlier.status,
                              f"Paket {path.name} sudah pernah diimpor ({when}, sebagai "
                              f"{earlier.file_name}); tidak ada yang diubah.",
                              earlier.peer_site, hitung=dict(earlier.ringkasan or {}),
                              ulang=True)
        local, keys, boxes = _kunci(s)
    try:
        with paused_gc():
            opened = _buka(path, local, keys, boxes, passphrase)
            return _terapkan(db, opened, sha)
    except _Karantina as k:
        return _karantinakan(db, path, sha, k, karantina)


def _kunci(s: Session) -> tuple[str, dict[tuple[str, str], SiteKey], list[bytes]]:
    local = s.scalar(select(Site).where(Site.is_local.is_(True)))
    if local is None:
        raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
    keys = {(k.site_code, k.fingerprint): k for k in s.scalars(
        select(SiteKey).where(SiteKey.purpose == "sign"))}
    # The active key first; keys replaced by a rotation still open packages that were
    # already on their way.
    boxes = [k for k in s.scalars(select(SiteKey.private_key_enc).where(
        SiteKey.site_code == local.code, SiteKey.purpose == "encrypt").order_by(
        SiteKey.revoked_at.is_not(None), SiteKey.created_at.desc())) if k is not None]
    if not boxes:
        raise UserError(f"Situs {local.code} tidak punya kunci enkripsi.")
    for k in keys.values():
        s.expunge(k)
    return local.code, keys, boxes


def _buka(path: Path, local: str, keys: dict[tuple[str, str], SiteKey], boxes: list[bytes],
          passphrase: str) -> OpenedPackage:
    # A wrong passphrase is the operator's mistake, not the file's: raised, not quarantined.
    privates = [load_encryption_key(box, passphrase) for box in boxes]

    def sender_key(site: str, key_id: str) -> Ed25519PublicKey | None:
        k = keys.get((site, key_id))
        if k is None:
            return None
        if k.revoked_at is not None:
            raise SenderKeyRevoked(site, key_id, k.revoked_at.strftime("%d-%m-%Y"))
        return Ed25519PublicKey.from_public_bytes(k.public_key)

    for i, private in enumerate(privates):
        try:
            return read_package(path, expected_recipient=local, sender_key=sender_key,
                                recipient_private=private, supported_schema=head_revision())
        except PackageRejected as exc:
            if exc.reason is not Reason.DEKRIPSI or i == len(privates) - 1:
                raise _Karantina(exc.reason.value, str(exc)) from None
    raise AssertionError("unreachable: at least one key")


def _terapkan(db: Database, opened: OpenedPackage, sha: str) -> HasilImpor:
    h = opened.manifest.header
    name = opened.path.name
    pengirim = h.sender.site
    if h.kind not in (PackageKind.DATA, PackageKind.ACK, PackageKind.SNAPSHOT):
        raise _Karantina(Reason.MANIFEST.value, f"Paket {name} ditolak: paket jenis "
                         f"'{h.kind.value}' tidak diimpor di sini.", pengirim)
    try:
        isi = urai(opened.records, entitas=SYNCED_TABLES.keys(), rentang=h.changes)
    except PackageRejected as exc:
        raise _Karantina(exc.reason.value, f"Paket {name} ditolak: {exc.detail}",
                         pengirim) from None
    with db.write() as s:
        try:
            pr = peer_of(s, pengirim)
        except ValidationError as exc:
            raise _Karantina("bukan_kanal", f"Paket {name} ditolak: {exc}", pengirim) from None
        minimal = referensi.versi_minimal(s)
        if not pr.ke_induk and referensi.terlalu_lama(h.app_version, minimal):
            raise _Karantina(
                "versi_aplikasi", f"Paket {name} ditolak: dibuat dengan Kinerja Desktop "
                f"{h.app_version}, sedangkan situs ini mewajibkan versi {minimal} atau lebih "
                f"baru. Minta situs {pengirim} memperbarui aplikasinya lalu mengirim ulang; "
                "tidak ada yang diubah.", pengirim)
        ch = kanal(s, pengirim)  # locked: imports from one office queue, others do not
        seen = s.scalar(select(SyncPaket.id).where(
            SyncPaket.arah == "masuk", SyncPaket.package_id == h.package_id,
            SyncPaket.status.in_(DIIMPOR)).limit(1))
        snapshot = h.kind is PackageKind.SNAPSHOT
        if (ch.in_incarnation is not None and ch.in_incarnation != h.sender.incarnation
                and not snapshot):
            raise _Karantina(
                "inkarnasi", f"Paket {name} ditolak: basis data situs {pengirim} telah "
                "dipulihkan dari cadangan (inkarnasi baru). Minta situs itu mengirim paket "
                "snapshot (sync export --snapshot); tidak ada yang diubah.", pengirim)
        watermark = 0 if snapshot else ch.in_through
        if seen is not None:
            pesan = (f"Paket {name} dari {pengirim} (nomor {h.channel_seq}) sudah diimpor "
                     "sebelumnya dengan nama lain; tidak ada yang diubah.")
            _log(s, opened, sha, DUPLIKAT, pesan, {})
            return HasilImpor(name, DUPLIKAT, pesan, pengirim)
        if h.changes.from_exclusive > watermark:
            dari = watermark + 1
            raise _Karantina(
                "celah", f"Paket {name} ditolak: perubahan {dari}–{h.changes.from_exclusive} "
                f"dari situs {pengirim} belum pernah diterima (ada paket yang hilang). Minta "
                f"situs {pengirim} mengirim ulang dari {dari}; paket berikutnya dari sini "
                "memintanya otomatis. Tidak ada yang diubah.", pengirim, dari)
        if isi.referensi is not None and pr.ke_induk:
            referensi.terima_dari_induk(s, isi.referensi, pengirim)
        if isi.laporan is not None and not pr.ke_induk and h.channel_seq > ch.in_channel_seq:
            # An older package's word is old.
            ch.konflik_dilaporkan = isi.laporan.konflik
            if isi.laporan.daftar is not None:
                simpan_laporan(s, pengirim, isi.laporan.daftar)
        baru = [p for p in isi.perubahan if p.seq > watermark]
        status = DUPLIKAT if isi.perubahan and not baru else DITERAPKAN
        log = _log(s, opened, sha, status, "", {})
        # Acks only ever move forward (or back on a resend request), so an old
        # package's acknowledgement changes nothing.
        if isi.ack is None or isi.ack.inkarnasi in (None, pr.lokal.incarnation_id):
            _terima_ack(s, ch, h.peer_seq_through, isi, h.changes.from_exclusive,
                        snapshot=snapshot)
        else:
            # The peer still knows us by an older incarnation (we were restored from a
            # backup): its acknowledgement is of changes we no longer have, and our next
            # package to it must be a snapshot.
            ch.out_incarnation = isi.ack.inkarnasi
        try:
            with roomy_sqlite_cache(s):
                hasil = terapkan(
                    s, lokal=pr.lokal.code, pengirim=pengirim, perubahan=baru,
                    berkas=isi.berkas, peer_seq_through=h.peer_seq_through, paket_id=log.id,
                    teruskan=pr.lokal.parent_code is not None, snapshot=snapshot)
        except PackageRejected as exc:
            raise _Karantina(exc.reason.value, f"Paket {name} ditolak: {exc.detail}",
                             pengirim) from None
        by_seq = {p.seq: p for p in baru}
        upsert(s, SyncStatusUbah.__table__, [  # type: ignore[arg-type]
            {"arah": "masuk", "peer_site": pengirim, "seq": seq,
             "entity": by_seq[seq].entitas, "entity_id": by_seq[seq].id, "status": st,
             "alasan": alasan, "at": utcnow()}
            for seq, (st, alasan) in sorted(hasil.status.items())],
            key=["arah", "peer_site", "seq"])
        ch.in_through = h.changes.to_inclusive if snapshot else max(
            ch.in_through, h.changes.to_inclusive)
        ch.in_channel_seq = max(ch.in_channel_seq, h.channel_seq)
        ch.in_incarnation = h.sender.incarnation
        if ch.minta_ulang_dari is not None and ch.in_through >= ch.minta_ulang_dari - 1:
            ch.minta_ulang_dari = None
        ch.last_in_at = utcnow()
        if status == DUPLIKAT:
            pesan = (f"Paket {name} dari {pengirim} (nomor {h.channel_seq}): semua "
                     "perubahannya sudah diterapkan sebelumnya; tidak ada yang diubah.")
        else:
            pesan = _ringkas(name, pengirim, hasil.hitung, hasil.konflik_baru)
        log.pesan, log.ringkasan = pesan, hasil.hitung
    return HasilImpor(name, status, pesan, pengirim, hitung=hasil.hitung,
                      konflik_baru=hasil.konflik_baru)


def _terima_ack(s: Session, ch: SyncChannel, peer_seq_through: int, isi: IsiPaket,
                peer_from: int, *, snapshot: bool) -> None:
    """The peer's word on our changes: how far applied, which were not, resend requests.
    A snapshot's word counts even when it goes back: the peer was restored from a backup
    and lacks what we sent after it, so that is sent again."""
    head = int(s.scalar(select(func.max(Outbox.seq))) or 0)
    ack = isi.ack
    if ack is not None and ack.minta_ulang_dari is not None:
        ch.out_acked_through = min(ch.out_acked_through, ack.minta_ulang_dari - 1)
    elif snapshot:
        ch.out_acked_through = min(peer_seq_through, head)
    else:
        ch.out_acked_through = max(ch.out_acked_through, min(peer_seq_through, head))
    if isi.status:
        upsert(s, SyncStatusUbah.__table__, [  # type: ignore[arg-type]
            {"arah": "keluar", "peer_site": ch.peer_site, "seq": st.seq, "entity": st.entitas,
             "entity_id": st.id, "status": st.status, "alasan": st.alasan, "at": utcnow()}
            for st in isi.status], key=["arah", "peer_site", "seq"])
    # A refusal or a lost conflict is settled once the peer accepted a later change of
    # ours to the same row.
    later = (select(Outbox.seq).where(
        Outbox.entity_id == SyncStatusUbah.entity_id, Outbox.seq > SyncStatusUbah.seq,
        Outbox.seq <= ch.out_acked_through, Outbox.source_site.is_(None)).exists())
    fresh = {st.seq for st in isi.status}
    s.execute(delete(SyncStatusUbah).where(
        SyncStatusUbah.arah == "keluar", SyncStatusUbah.peer_site == ch.peer_site,
        SyncStatusUbah.seq.not_in(fresh), later).execution_options(
            synchronize_session=False))
    # The peer has moved past these of its changes, so it has read our statuses of them.
    s.execute(delete(SyncStatusUbah).where(
        SyncStatusUbah.arah == "masuk", SyncStatusUbah.peer_site == ch.peer_site,
        SyncStatusUbah.seq <= peer_from))


def _log(s: Session, opened: OpenedPackage, sha: str, status: str, pesan: str,
         ringkasan: dict[str, dict[str, int]]) -> SyncPaket:
    h = opened.manifest.header
    row = SyncPaket(arah="masuk", peer_site=h.sender.site, file_name=opened.path.name,
                    file_sha256=sha, package_id=h.package_id, kind=h.kind.value,
                    channel_seq=h.channel_seq, dari=h.changes.from_exclusive,
                    sampai=h.changes.to_inclusive, jumlah=h.changes.count, status=status,
                    pesan=pesan, ringkasan=ringkasan, at=utcnow())
    s.add(row)
    s.flush()
    return row


_LABEL = {DITERAPKAN: "diterapkan", DUPLIKAT: "sudah ada", "konflik": "konflik",
          "ditolak": "ditolak"}


def _ringkas(name: str, pengirim: str, hitung: dict[str, dict[str, int]], konflik: int) -> str:
    total: dict[str, int] = {}
    for per in hitung.values():
        for k, v in per.items():
            total[k] = total.get(k, 0) + v
    bagian = [f"{total[k]} {_LABEL[k]}" for k in _LABEL if total.get(k)]
    text = f"Paket {name} dari {pengirim}: " + (", ".join(bagian) or "tidak ada perubahan baru")
    if konflik:
        text += f"; {konflik} konflik baru dicatat di laporan konflik"
    return text + "."


def _karantinakan(db: Database, path: Path, sha: str, k: _Karantina,
                  folder: Path) -> HasilImpor:
    target: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / path.name
        n = 1
        while target.exists() and sha256_file(target) != sha:
            target = folder / f"{path.stem}.{n}{path.suffix}"
            n += 1
        if not target.exists():
            shutil.copy2(path, target)
    except OSError:
        target = None  # the reason is still recorded; the original file stays where it was
    with db.write() as s:
        if k.minta_ulang_dari is not None and k.pengirim is not None:
            ch = kanal(s, k.pengirim)
            ch.minta_ulang_dari = k.minta_ulang_dari
        s.add(SyncPaket(arah="masuk", peer_site=k.pengirim, file_name=path.name,
                        file_sha256=sha, status=KARANTINA, alasan=k.alasan, pesan=k.pesan,
                        karantina_path=str(target) if target else None,
                        at=dt.datetime.now(dt.UTC)))
    return HasilImpor(path.name, KARANTINA, k.pesan, k.pengirim, alasan=k.alasan,
                      minta_ulang_dari=k.minta_ulang_dari,
                      karantina_path=str(target) if target else None)
