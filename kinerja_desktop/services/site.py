"""Setting up this site: identity, keys and the first admin account."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from kinerja_desktop.domain.errors import ConflictError, ValidationError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.auth import hash_password
from kinerja_desktop.services.changes import audit_only
from kinerja_desktop.services.context import SYSTEM, Actor
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Site, SiteKey, UserAccount
from kinerja_desktop.sync.keys import check_passphrase, generate_site_keys, site_fingerprint

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


@dataclass(frozen=True, slots=True)
class SiteInfo:
    code: str
    name: str
    role: SiteRole
    parent_code: str | None
    alamat: str | None
    fingerprint: str


def get_site(db: Database) -> SiteInfo | None:
    with db.read() as s:
        site = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if site is None:
            return None
        keys = {k.purpose: k.public_key for k in s.scalars(
            select(SiteKey).where(SiteKey.site_code == site.code, SiteKey.revoked_at.is_(None)))}
        fp = site_fingerprint(keys.get("sign", b""), keys.get("encrypt", b""))
        return SiteInfo(site.code, site.name, site.role, site.parent_code, site.alamat, fp)


def init_site(
    db: Database,
    *,
    code: str,
    name: str,
    role: SiteRole,
    admin_username: str,
    admin_password: str,
    passphrase: str,
    parent_code: str | None = None,
    alamat: str | None = None,
) -> SiteInfo:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            f"Kode situs '{code}' tidak valid: 2–32 huruf besar/angka/garis, contoh: BKD-LPG01."
        )
    if not name.strip():
        raise ValidationError("Nama situs wajib diisi (contoh: BKPSDM Kabupaten Lampung Selatan).")
    if role is SiteRole.LAPTOP and not parent_code:
        raise ValidationError("Laptop penilai harus menyebut kode kantor induknya (--parent).")
    check_passphrase(passphrase)
    hashed = hash_password(admin_password)
    sign, box = generate_site_keys(passphrase)
    with db.write() as s:
        if s.scalar(select(Site.id).where(Site.is_local.is_(True))) is not None:
            raise ConflictError("Situs ini sudah disiapkan sebelumnya; init tidak diulang.")
        s.add(Site(code=code, name=name.strip(), role=role, parent_code=parent_code,
                   alamat=alamat, is_local=True))
        s.flush()
        for kp in (sign, box):
            s.add(SiteKey(site_code=code, purpose=kp.purpose, public_key=kp.public_key,
                          private_key_enc=kp.private_key_enc, fingerprint=kp.fingerprint))
        acc = UserAccount(username=admin_username.strip(), password_hash=hashed, role=Role.ADMIN,
                          aktif=True, failed_attempts=0)
        s.add(acc)
        s.flush()
        actor = Actor(acc.id, acc.username, Role.ADMIN)
        audit_only(s, SYSTEM, "init_situs", "site", code, {"role": role.value})
        audit_only(s, actor, "buat_akun", "user_account", str(acc.id),
                   {"username": acc.username, "role": Role.ADMIN.value})
    info = get_site(db)
    assert info is not None
    return info
