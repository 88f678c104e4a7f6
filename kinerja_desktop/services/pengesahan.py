"""Signing printed documents with the site key and keeping the register of them (issue 5).

Printing an SKP or an evaluation registers a ``dokumen_cetak`` row: the SHA-256 of
the document's canonical data, signed with the site's Ed25519 key. Printing the same
data again reuses the row, so a reprint carries the same code; changed data gets a
new row and a new code, and the old code then verifies as superseded.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.pdf_kit import Pengesahan
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.verifikasi import IsiQr, kode_pendek, pesan_tanda_tangan, sha256_data
from kinerja_desktop.services.changes import local_site_code, record_many
from kinerja_desktop.services.context import Actor
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import DokumenCetak, Site, SiteKey
from kinerja_desktop.sync.keys import load_signing_key


class KunciDiperlukan(UserError):
    """A signed document was asked for without the unlocked site key."""

    def __init__(self) -> None:
        super().__init__(
            "Dokumen resmi diberi kode verifikasi yang ditandatangani dengan kunci situs. "
            "Masukkan frasa sandi kunci situs (di CLI: variabel KINERJA_PASSPHRASE).")


class KunciSitus:
    """The site's signing key, unlocked with the passphrase for this session only."""

    __slots__ = ("_key", "situs")

    def __init__(self, situs: str, key: Ed25519PrivateKey) -> None:
        self.situs = situs
        self._key = key

    def tanda_tangan(self, pesan: bytes) -> bytes:
        return self._key.sign(pesan)

    def __repr__(self) -> str:  # never show key material in logs
        return f"KunciSitus({self.situs!r})"


def buka_kunci(db: Database, passphrase: str) -> KunciSitus:
    with db.read() as s:
        site = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if site is None:
            raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
        enc = s.scalar(select(SiteKey.private_key_enc).where(
            SiteKey.site_code == site.code, SiteKey.purpose == "sign",
            SiteKey.revoked_at.is_(None)))
        code = site.code
    if enc is None:
        raise UserError(f"Situs {code} tidak punya kunci tanda tangan aktif.")
    return KunciSitus(code, load_signing_key(enc, passphrase))


def kunci_publik(s: Session, situs: str) -> list[Ed25519PublicKey]:
    """Every signing key known for a site, active ones first (old papers keep verifying)."""
    rows = sorted(s.execute(select(SiteKey.public_key, SiteKey.revoked_at).where(
        SiteKey.site_code == situs, SiteKey.purpose == "sign")).all(),
        key=lambda r: r.revoked_at is not None)
    return [Ed25519PublicKey.from_public_bytes(r.public_key) for r in rows]


def tanda_tangan_sah(keys: Sequence[Ed25519PublicKey], situs: str, dokumen_id: uuid.UUID,
                     sha256: str, tanda_tangan: bytes) -> bool:
    pesan = pesan_tanda_tangan(situs, dokumen_id, sha256)
    for key in keys:
        try:
            key.verify(tanda_tangan, pesan)
        except InvalidSignature:
            continue
        return True
    return False


def pengesahan_dari(row: DokumenCetak) -> Pengesahan:
    isi = IsiQr(row.situs, row.id, row.sha256, bytes.fromhex(row.tanda_tangan))
    return Pengesahan(kode=row.kode, qr=isi.teks())


@dataclass(frozen=True, slots=True)
class RencanaPengesahan:
    """What to print, and the register row to write once the PDF was made (None: known)."""

    pengesahan: Pengesahan
    baris_baru: dict[str, Any] | None


def rencanakan(
    s: Session, kunci: KunciSitus, oleh: str, *, jenis: JenisDokumen, subjek_id: uuid.UUID,
    subjek_versi: int, data: Any, ringkasan: Sequence[tuple[str, str]],
) -> RencanaPengesahan:
    """Finds the signed record of this document's data, or signs a new one in memory.

    Nothing is written here: the caller renders the PDF first and calls :func:`catat`
    only when that worked, so a failed print leaves no register row behind.
    """
    local = local_site_code(s)
    if local != kunci.situs:
        raise UserError(f"Kunci yang dibuka milik situs {kunci.situs}, bukan situs ini ({local}).")
    sha = sha256_data(data)
    row = s.scalar(select(DokumenCetak).where(
        DokumenCetak.jenis == jenis, DokumenCetak.subjek_id == subjek_id,
        DokumenCetak.sha256 == sha, DokumenCetak.deleted_at.is_(None)))
    if row is not None:
        return RencanaPengesahan(pengesahan_dari(row), None)
    doc_id = uuid.uuid4()
    sig = kunci.tanda_tangan(pesan_tanda_tangan(kunci.situs, doc_id, sha))
    baru: dict[str, Any] = {
        "id": doc_id, "kode": kode_pendek(kunci.situs, doc_id), "jenis": jenis,
        "subjek_id": subjek_id, "subjek_versi": subjek_versi, "sha256": sha,
        "situs": kunci.situs, "tanda_tangan": sig.hex(),
        "ringkasan": [[k, v] for k, v in ringkasan], "dicetak_oleh": oleh,
        "dicetak_pada": utcnow(),
    }
    isi = IsiQr(kunci.situs, doc_id, sha, sig)
    return RencanaPengesahan(Pengesahan(kode=baru["kode"], qr=isi.teks()), baru)


def catat(s: Session, actor: Actor, rencana: Sequence[RencanaPengesahan]) -> int:
    """Writes the new register rows (with their outbox rows); returns how many."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    now = utcnow()
    for r in rencana:
        if r.baris_baru is None or r.baris_baru["kode"] in seen:
            continue
        seen.add(r.baris_baru["kode"])
        rows.append({**r.baris_baru, "version": 1, "updated_at": now,
                     "origin_site": local_site_code(s), "deleted_at": None})
    if rows:
        insert_rows(s, cast(Table, DokumenCetak.__table__), rows)
        record_many(s, actor, "sahkan_dokumen", DokumenCetak.__tablename__, rows,
                    {"kode": [r["kode"] for r in rows[:20]]})
    return len(rows)
