"""Accounts, passwords (argon2id) and lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ConflictError, NotFoundError, UserError, ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import audit_only
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, UserAccount

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD = 8

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


class LoginFailed(UserError):
    pass


class AccountLocked(LoginFailed):
    def __init__(self, message: str, remaining: dt.timedelta) -> None:
        super().__init__(message)
        self.remaining = remaining


@dataclass(frozen=True, slots=True)
class AccountInfo:
    id: uuid.UUID
    username: str
    role: Role
    pegawai_id: uuid.UUID | None
    aktif: bool
    locked_until: dt.datetime | None


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")
    return _hasher.hash(password)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _info(acc: UserAccount) -> AccountInfo:
    return AccountInfo(acc.id, acc.username, acc.role, acc.pegawai_id, acc.aktif,
                       _aware(acc.locked_until))


def login(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """Checks the password; five failures in a row lock the account for 15 minutes."""
    now = now or utcnow()
    with db.write() as s:
        acc = s.scalar(select(UserAccount).where(func.lower(UserAccount.username)
                                                 == username.strip().lower()))
        if acc is None or not acc.aktif:
            # The same message as a wrong password: do not reveal which accounts exist.
            raise LoginFailed("Nama pengguna atau kata sandi salah.")
        locked_until = _aware(acc.locked_until)
        if locked_until is not None and locked_until > now:
            remaining = locked_until - now
            minutes = max(1, int(remaining.total_seconds() + 59) // 60)
            raise AccountLocked(
                f"Akun '{acc.username}' dikunci karena terlalu banyak percobaan gagal. "
                f"Coba lagi dalam {minutes} menit.",
                remaining,
            )
        try:
            _hasher.verify(acc.password_hash, password)
        except (VerificationError, InvalidHashError):
            acc.failed_attempts = (acc.failed_attempts or 0) + 1
            if acc.failed_attempts >= MAX_FAILED_ATTEMPTS:
                acc.locked_until = now + LOCKOUT
                acc.failed_attempts = 0
            actor = Actor(acc.id, acc.username, acc.role, acc.pegawai_id)
            audit_only(s, actor, "login_gagal", "user_account", str(acc.id))
            failed = True
        else:
            failed = False
            if _hasher.check_needs_rehash(acc.password_hash):
                acc.password_hash = _hasher.hash(password)
            acc.failed_attempts = 0
            acc.locked_until = None
            acc.last_login_at = now
            actor = Actor(acc.id, acc.username, acc.role, acc.pegawai_id)
            audit_only(s, actor, "login", "user_account", str(acc.id))
    if failed:
        # Raised after the commit above, so the failed attempt is counted.
        raise LoginFailed("Nama pengguna atau kata sandi salah.")
    return actor


def create_account(
    db: Database,
    actor: Actor,
    username: str,
    password: str,
    role: Role,
    nip: str | None = None,
) -> AccountInfo:
    require_role(actor, "membuat akun", Role.ADMIN)
    name = username.strip()
    if not name or not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError(
            f"Nama pengguna '{username}' tidak valid: gunakan huruf, angka, titik, garis bawah."
        )
    if role in (Role.PEGAWAI, Role.PENILAI) and not nip:
        raise ValidationError(f"Akun {role.label} harus ditautkan ke NIP pegawai.")
    hashed = hash_password(password)
    with db.write() as s:
        exists = s.scalar(select(UserAccount.id).where(func.lower(UserAccount.username)
                                                       == name.lower()))
        if exists is not None:
            raise ConflictError(f"Nama pengguna '{name}' sudah dipakai.")
        pegawai_id = None
        if nip:
            pegawai_id = s.scalar(select(Pegawai.id).where(Pegawai.nip == nip))
            if pegawai_id is None:
                raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan.")
        acc = UserAccount(username=name, password_hash=hashed, role=role, pegawai_id=pegawai_id,
                          aktif=True, failed_attempts=0)
        s.add(acc)
        s.flush()
        audit_only(s, actor, "buat_akun", "user_account", str(acc.id),
                   {"username": name, "role": role.value})
        return _info(acc)


def list_accounts(db: Database, actor: Actor) -> list[AccountInfo]:
    require_role(actor, "melihat daftar akun", Role.ADMIN)
    with db.read() as s:
        return [_info(a) for a in s.scalars(select(UserAccount).order_by(UserAccount.username))]


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    hashed = hash_password(new)
    with db.write() as s:
        acc = s.get(UserAccount, actor.user_id) if actor.user_id else None
        if acc is None:
            raise NotFoundError("Akun tidak ditemukan.")
        try:
            _hasher.verify(acc.password_hash, old)
        except (VerificationError, InvalidHashError):
            raise LoginFailed("Kata sandi lama salah.") from None
        acc.password_hash = hashed
        audit_only(s, actor, "ganti_sandi", "user_account", str(acc.id))


def has_accounts(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(UserAccount)))
