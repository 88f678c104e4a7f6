"""Rules a parent hands down with its packages (issue 6 point 6).

Rows of the catalogues (jabatan, the phrase library) and of the child's own branch
(unit tree changes made at the province) already travel as changes. Besides rows, a
package to a child carries a reference record: the minimum app version the parent
accepts packages from, and the keys it knows to be revoked. A child applies it and
hands it on to its own children.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop import __version__
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import audit_only, local_site_code
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import SiteKey, SyncReferensi
from kinerja_desktop.sync.records import KunciDicabut, Referensi

VERSI_MINIMAL = "versi_minimal"  # set here, for packages from this site's children
VERSI_MINIMAL_INDUK = "versi_minimal_induk"  # handed down by the parent
_VERSI = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4}){0,3}")


def urutan_versi(versi: str) -> tuple[int, ...]:
    """'0.10.1' → (0, 10, 1); anything after the numbers (0.2.0rc1) is ignored."""
    parts = []
    for piece in versi.split(".")[:4]:
        digits = re.match(r"[0-9]+", piece)
        parts.append(int(digits.group()) if digits else 0)
    return tuple(parts + [0] * (4 - len(parts)))


def terlalu_lama(versi: str, minimal: str | None) -> bool:
    return minimal is not None and urutan_versi(versi) < urutan_versi(minimal)


@dataclass(frozen=True, slots=True)
class AturanVersi:
    versi: str | None  # the minimum app version in force here, None: no rule
    dari: str | None  # the site whose rule it is (this site, or the parent)


def aturan_versi(s: Session) -> AturanVersi:
    """The stricter of this site's own rule and the one its parent handed down."""
    best = AturanVersi(None, None)
    for key in (VERSI_MINIMAL_INDUK, VERSI_MINIMAL):
        row = s.get(SyncReferensi, key)
        if row is None:
            continue
        versi, dari = row.nilai.get("versi"), row.nilai.get("dari")
        if isinstance(versi, str) and (best.versi is None or terlalu_lama(best.versi, versi)):
            best = AturanVersi(versi, dari if isinstance(dari, str) else None)
    return best


def aturan_versi_minimal(db: Database, actor: Actor) -> AturanVersi:
    del actor  # every account may know which app version is required
    with db.read() as s:
        return aturan_versi(s)


def versi_minimal(s: Session) -> str | None:
    return aturan_versi(s).versi


def atur_versi_minimal(db: Database, actor: Actor, versi: str | None) -> None:
    """Packages from apps older than ``versi`` are refused here and by the children
    this rule reaches; None lifts the rule."""
    require_role(actor, "mengatur versi minimal aplikasi", Role.ADMIN)
    if versi is not None and not _VERSI.fullmatch(versi):
        raise ValidationError(f"Versi '{versi}' tidak sah; contoh: 0.2.0.")
    if versi is not None and terlalu_lama(__version__, versi):
        raise ValidationError(f"Versi minimal {versi} lebih baru daripada aplikasi ini "
                              f"({__version__}); perbarui aplikasi di sini dulu.")
    with db.write() as s:
        _simpan(s, VERSI_MINIMAL, versi, local_site_code(s))
        audit_only(s, actor, "atur_versi_minimal", "sync_referensi", VERSI_MINIMAL,
                   {"versi": versi})


def _simpan(s: Session, kunci: str, versi: str | None, dari: str) -> None:
    row = s.get(SyncReferensi, kunci)
    if versi is None:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        s.add(SyncReferensi(kunci=kunci, nilai={"versi": versi, "dari": dari}))
    elif row.nilai != {"versi": versi, "dari": dari}:
        row.nilai = {"versi": versi, "dari": dari}
        row.updated_at = utcnow()


def untuk_anak(s: Session) -> Referensi:
    dicabut = tuple(
        KunciDicabut(k.site_code, k.fingerprint, k.revoked_at.isoformat())
        for k in s.scalars(select(SiteKey).where(SiteKey.revoked_at.is_not(None))
                           .order_by(SiteKey.site_code, SiteKey.created_at))
        if k.revoked_at is not None)
    return Referensi(versi_minimal(s), dicabut)


def terima_dari_induk(s: Session, ref: Referensi, induk: str) -> None:
    """Applies the parent's rules here (and so to this site's own children)."""
    _simpan(s, VERSI_MINIMAL_INDUK, ref.versi_minimal, induk)
    revoked = {(k.situs, k.sidik): k.pada for k in ref.kunci_dicabut}
    for key in s.scalars(select(SiteKey).where(SiteKey.revoked_at.is_(None))):
        when = revoked.get((key.site_code, key.fingerprint))
        if when is not None and key.private_key_enc is None:  # never our own keys
            key.revoked_at = utcnow()
