"""Enrollment: exchanging key cards with the parent or a child site (issue 6 point 1).

Each side writes its card (``tulis_kartu``) and accepts the other's
(``terima_kartu``) only with the fingerprint typed in as heard on the phone or read
from paper, so a card swapped on the way is refused. Accepting stores the site and
its two public keys; packages to and from that site can then be signed, encrypted
and verified.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kinerja_desktop.documents.output_files import write_bytes_atomic
from kinerja_desktop.domain.errors import ConflictError, UserError, ValidationError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.changes import audit_only
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Site, SiteKey
from kinerja_desktop.sync.key_card import SUFFIX, KartuKunci, baca_kartu, sekarang
from kinerja_desktop.sync.keys import (
    fingerprint,
    generate_site_keys,
    load_signing_key,
    site_fingerprint,
)


@dataclass(frozen=True, slots=True)
class KunciSitusDTO:
    situs: str
    nama: str
    peran: SiteRole
    lokal: bool
    sidik_jari: str  # of both public keys: what is read aloud
    dicabut: bool


def _normal(sidik: str) -> str:
    return re.sub(r"[^0-9A-F]", "", sidik.upper())


def _kartu_sendiri(db: Database, passphrase: str) -> tuple[KartuKunci, Ed25519PrivateKey]:
    with db.read() as s:
        site = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if site is None:
            raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
        keys = {k.purpose: k for k in s.scalars(select(SiteKey).where(
            SiteKey.site_code == site.code, SiteKey.revoked_at.is_(None)))}
        if set(keys) != {"sign", "encrypt"}:
            raise UserError(f"Situs {site.code} tidak punya pasangan kunci aktif.")
        kartu = KartuKunci(site.code, site.name, site.role.value, site.parent_code,
                           keys["sign"].public_key, keys["encrypt"].public_key, sekarang())
        enc = keys["sign"].private_key_enc
    if enc is None:
        raise UserError(f"Kunci tanda tangan situs {kartu.situs} tidak tersimpan di sini.")
    # Signing proves this installation holds the key the card names.
    return kartu, load_signing_key(enc, passphrase)


def tulis_kartu(db: Database, actor: Actor, passphrase: str, folder: Path) -> Path:
    """Writes ``<SITE>.kinerja-kunci`` into ``folder``; returns the path."""
    require_role(actor, "menulis kartu kunci situs", Role.ADMIN, Role.OPERATOR)
    kartu, key = _kartu_sendiri(db, passphrase)
    return write_bytes_atomic(kartu.tulis(key), Path(folder) / f"{kartu.situs}{SUFFIX}", SUFFIX)


def periksa_kartu(path: Path) -> KartuKunci:
    """Reads a card file (for showing who it claims to be before accepting)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Berkas {path} tidak dapat dibaca ({exc.strerror}).") from None
    return baca_kartu(data, path.name)


def terima_kartu(db: Database, actor: Actor, path: Path, sidik_jari: str, *,
                 ganti: bool = False) -> KunciSitusDTO:
    """Accepts another site's card when ``sidik_jari`` (as heard) matches it; nothing is
    stored otherwise. Accepting the same card again changes nothing. A known site's
    new keys (after it rotated them) replace the old ones only with ``ganti``; the old
    ones are then revoked, here and, through reference records, at this site's
    children."""
    require_role(actor, "menerima kartu kunci situs lain", Role.ADMIN, Role.OPERATOR)
    kartu = periksa_kartu(path)
    if not _normal(sidik_jari):
        raise ValidationError("Ketik sidik jari kunci yang dibacakan situs pengirim.")
    if _normal(sidik_jari) != _normal(kartu.sidik_jari):
        raise ValidationError(
            f"Sidik jari yang diketik tidak sama dengan kartu {Path(path).name} (situs "
            f"{kartu.situs}). Jangan terima kartu ini: tanyakan ulang sidik jarinya kepada "
            "situs itu lewat telepon, atau minta kartu baru.")
    try:
        peran = SiteRole(kartu.peran)
    except ValueError:
        raise ValidationError(f"Kartu {Path(path).name}: peran situs '{kartu.peran}' tidak "
                              "dikenal.") from None
    with db.write() as s:
        local = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if local is not None and local.code == kartu.situs:
            raise ValidationError(f"Kartu {Path(path).name} adalah kartu situs ini sendiri "
                                  f"({kartu.situs}); terima kartu situs yang lain.")
        site = s.scalar(select(Site).where(Site.code == kartu.situs))
        if site is None:
            site = Site(code=kartu.situs, name=kartu.nama, role=peran,
                        parent_code=kartu.induk, is_local=False)
            s.add(site)
            s.flush()
        keys = {k.purpose: k for k in s.scalars(select(SiteKey).where(
            SiteKey.site_code == kartu.situs, SiteKey.revoked_at.is_(None)))}
        baru = {"sign": kartu.kunci_tanda_tangan, "encrypt": kartu.kunci_enkripsi}
        if keys and any(keys[p].public_key != baru[p] for p in keys):
            if not ganti:
                raise ConflictError(
                    f"Situs {kartu.situs} sudah terdaftar dengan kunci lain. Bila situs itu "
                    "memang mengganti kuncinya, terima kartu ini dengan pilihan ganti kunci "
                    "(di baris perintah: sync accept --ganti); tidak ada yang diubah.")
            now = utcnow()
            for key in keys.values():
                key.revoked_at = now
            audit_only(s, actor, "ganti_kunci_situs", "site", kartu.situs,
                       {"sidik_jari": kartu.sidik_jari})
            keys = {}
        for purpose, public in baru.items():
            if purpose not in keys:
                s.add(SiteKey(site_code=kartu.situs, purpose=purpose, public_key=public,
                              private_key_enc=None, fingerprint=fingerprint(public)))
        if len(keys) < 2:
            audit_only(s, actor, "terima_kartu_kunci", "site", kartu.situs,
                       {"sidik_jari": kartu.sidik_jari})
        return KunciSitusDTO(kartu.situs, kartu.nama, peran, False, kartu.sidik_jari, False)


def daftar_kunci(db: Database, actor: Actor) -> list[KunciSitusDTO]:
    """This site and every enrolled site, with the fingerprint to read aloud."""
    require_role(actor, "melihat kunci situs", Role.ADMIN, Role.OPERATOR)
    with db.read() as s:
        out: list[KunciSitusDTO] = []
        for site in s.scalars(select(Site).order_by(Site.is_local.desc(), Site.code)):
            # The newest key of each purpose: older ones were replaced by a rotation.
            keys = {k.purpose: k for k in s.scalars(select(SiteKey).where(
                SiteKey.site_code == site.code).order_by(SiteKey.created_at))}
            if not keys:
                continue
            sidik = site_fingerprint(keys["sign"].public_key if "sign" in keys else b"",
                                     keys["encrypt"].public_key if "encrypt" in keys else b"")
            dicabut = any(k.revoked_at is not None for k in keys.values())
            out.append(KunciSitusDTO(site.code, site.name, site.role, site.is_local, sidik,
                                     dicabut))
        return out


def putar_kunci(db: Database, actor: Actor, passphrase: str) -> KunciSitusDTO:
    """Gives this site a new key pair (the old one may have leaked, or is simply old).

    The old keys are revoked but kept, so packages already on their way to this site
    can still be opened. Peers accept the new card with the fingerprint as before,
    choosing to replace the keys (``terima_kartu(..., ganti=True)``).
    """
    require_role(actor, "mengganti kunci situs", Role.ADMIN)
    _kartu_sendiri(db, passphrase)  # the operator must hold the current key
    sign, box = generate_site_keys(passphrase)
    with db.write() as s:
        site = s.scalars(select(Site).where(Site.is_local.is_(True))).one()
        now = utcnow()
        for key in s.scalars(select(SiteKey).where(SiteKey.site_code == site.code,
                                                   SiteKey.revoked_at.is_(None))):
            key.revoked_at = now
        s.flush()
        for kp in (sign, box):
            s.add(SiteKey(site_code=site.code, purpose=kp.purpose, public_key=kp.public_key,
                          private_key_enc=kp.private_key_enc, fingerprint=kp.fingerprint,
                          created_at=now + dt.timedelta(microseconds=1)))
        audit_only(s, actor, "putar_kunci_situs", "site", site.code,
                   {"sidik_jari": site_fingerprint(sign.public_key, box.public_key)})
        return KunciSitusDTO(site.code, site.name, site.role, True,
                             site_fingerprint(sign.public_key, box.public_key), False)


def cabut_kunci(db: Database, actor: Actor, situs: str) -> int:
    """Revokes every active key of another site (a stolen laptop, a leaked key): its
    packages are refused from now on, and this site's children are told."""
    require_role(actor, "mencabut kunci situs", Role.ADMIN)
    with db.write() as s:
        site = s.scalar(select(Site).where(Site.code == situs))
        if site is None:
            raise ValidationError(f"Situs {situs} tidak terdaftar di sini.")
        if site.is_local:
            raise ValidationError("Kunci situs ini sendiri diganti dengan putar kunci, bukan "
                                  "dicabut.")
        now = utcnow()
        keys = list(s.scalars(select(SiteKey).where(SiteKey.site_code == situs,
                                                    SiteKey.revoked_at.is_(None))))
        for key in keys:
            key.revoked_at = now
        if keys:
            audit_only(s, actor, "cabut_kunci_situs", "site", situs, {"jumlah": len(keys)})
        return len(keys)
