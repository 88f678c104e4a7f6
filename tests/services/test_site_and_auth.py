"""Site set-up, keys at rest, accounts, passwords and lockout."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.auth import (
    MAX_FAILED_ATTEMPTS,
    AccountLocked,
    LoginFailed,
    create_account,
    list_accounts,
    login,
)
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.services.site import get_site, init_site
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, SiteKey, UserAccount
from kinerja_desktop.sync.keys import load_encryption_key, load_signing_key
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def test_init_creates_site_keys_and_admin(site_db: Database) -> None:
    info = get_site(site_db)
    assert info is not None and info.code == "LPG-DINAS1" and info.role is SiteRole.OFFICE
    groups = info.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    with site_db.read() as s:
        keys = {k.purpose: k for k in s.scalars(select(SiteKey))}
    assert set(keys) == {"sign", "encrypt"}
    # Private keys are stored encrypted: the passphrase opens them, another does not.
    assert b"ENCRYPTED" in (keys["sign"].private_key_enc or b"")
    signer = load_signing_key(keys["sign"].private_key_enc or b"", PASSPHRASE)
    signer.public_key().verify(signer.sign(b"x"), b"x")
    load_encryption_key(keys["encrypt"].private_key_enc or b"", PASSPHRASE)
    with pytest.raises(UserError, match="Frasa sandi kunci situs salah"):
        load_signing_key(keys["sign"].private_key_enc or b"", "bukan-frasa-ini")


def test_init_twice_is_refused(site_db: Database) -> None:
    with pytest.raises(ConflictError, match="sudah disiapkan"):
        init_site(site_db, code="LAIN01", name="Lain", role=SiteRole.OFFICE,
                  admin_username="admin2", admin_password=ADMIN_PASSWORD, passphrase=PASSPHRASE)
    with site_db.read() as s:
        assert s.scalar(select(func.count()).select_from(UserAccount)) == 1


@pytest.mark.parametrize(
    ("code", "passphrase", "message"),
    [("x", PASSPHRASE, "Kode situs"), ("BKD01", "pendek", "Frasa sandi kunci minimal")],
)
def test_init_rejects_bad_input_and_writes_nothing(
    any_db: Database, code: str, passphrase: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        init_site(any_db, code=code, name="Dinas", role=SiteRole.OFFICE, admin_username="admin",
                  admin_password=ADMIN_PASSWORD, passphrase=passphrase)
    assert get_site(any_db) is None


def test_login_and_wrong_password(site_db: Database) -> None:
    actor = login(site_db, "ADMIN", ADMIN_PASSWORD)  # user names are case-insensitive
    assert actor.role is Role.ADMIN and actor.username == "admin"
    with pytest.raises(LoginFailed, match="Nama pengguna atau kata sandi salah"):
        login(site_db, "admin", "salah-sekali")
    with pytest.raises(LoginFailed, match="Nama pengguna atau kata sandi salah"):
        login(site_db, "tidak-ada", "apa-saja-123")
    with site_db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert "login" in actions and "login_gagal" in actions


def test_lockout_after_repeated_failures_then_expires(site_db: Database) -> None:
    now = utcnow()
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            login(site_db, "admin", "keliru-terus", now=now)
    with pytest.raises(AccountLocked) as locked:
        login(site_db, "admin", ADMIN_PASSWORD, now=now + dt.timedelta(minutes=1))
    assert "Coba lagi dalam 14 menit" in locked.value.message
    assert locked.value.remaining > dt.timedelta(minutes=13)
    actor = login(site_db, "admin", ADMIN_PASSWORD, now=now + dt.timedelta(minutes=16))
    assert actor.username == "admin"


def _pegawai(db: Database, admin: Actor, nip: str, nama: str, atasan: str = "") -> None:
    save_pegawai(db, admin, PegawaiInput(nip=nip, nama=nama, golongan="III/a", jabatan="Analis",
                                         kategori_jabatan="Pelaksana", atasan_nip=atasan))


def test_accounts_roles_and_scope_of_creation(site_db: Database, admin: Actor) -> None:
    _pegawai(site_db, admin, "198609262015051001", "Budi Santoso")
    info = create_account(site_db, admin, "budi", "sandi-budi-123", Role.PEGAWAI,
                          "198609262015051001")
    assert info.pegawai_id is not None
    budi = login(site_db, "budi", "sandi-budi-123")
    with pytest.raises(PermissionDenied, match="tidak boleh membuat akun"):
        create_account(site_db, budi, "lain", "sandi-lain-123", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        list_accounts(site_db, budi)
    with pytest.raises(ConflictError, match="sudah dipakai"):
        create_account(site_db, admin, "Budi", "sandi-budi-123", Role.PEGAWAI,
                       "198609262015051001")
    with pytest.raises(ValidationError, match="minimal 8"):
        create_account(site_db, admin, "pendek", "123", Role.ADMIN)
    with pytest.raises(ValidationError, match="ditautkan ke NIP"):
        create_account(site_db, admin, "tanpanip", "sandi-panjang-1", Role.PENILAI)
    assert [a.username for a in list_accounts(site_db, admin)] == ["admin", "budi"]
