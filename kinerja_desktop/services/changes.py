"""Audit and outbox rows, written in the same transaction as the change itself.

Every mutation of a synced row goes through ``record``/``record_many``, so the
outbox holds exactly what changed, in commit order, for the next sync package.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.storage.base import SyncedMixin, utcnow
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import AuditLog, Outbox, Site


def local_site_code(session: Session) -> str:
    code = session.info.get("site_code")
    if code is None:
        code = session.scalar(select(Site.code).where(Site.is_local.is_(True)))
        if code is None:
            from kinerja_desktop.domain.errors import UserError

            raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard pertama.")
        session.info["site_code"] = code
    return str(code)


def data_owners(session: Session) -> tuple[str, ...]:
    """The owners (``origin_site``) of the office rows this site takes as its own, first
    choice first: the site itself, and for a penilai's laptop the office it works for,
    whose units, rules and tables it holds. At the province, which holds every office's
    rows, only its own: an office's rows are looked up with that office named. None
    before the site is set up (a new database's first screens show the defaults)."""
    owners = session.info.get("data_owners")
    if owners is None:
        site = session.execute(select(Site.code, Site.parent_code, Site.role).where(
            Site.is_local.is_(True))).one_or_none()
        if site is None:
            return ()
        code, parent, role = site
        owners = (code, parent) if role is SiteRole.LAPTOP and parent else (code,)
        session.info["data_owners"] = owners
    return tuple(owners)


_PLAIN = frozenset({str, int, bool, type(None)})
_BY_TYPE: dict[type, Any] = {uuid.UUID: str, dt.date: dt.date.isoformat,
                             dt.datetime: dt.datetime.isoformat}


def to_json_value(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    convert = _BY_TYPE.get(kind)
    if convert is not None:
        return convert(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row_payload(obj: SyncedMixin | Mapping[str, Any]) -> dict[str, Any]:
    # Called once per changed row, hundreds of thousands of times for a demo office:
    # plain values skip the conversion call.
    plain = _PLAIN
    if isinstance(obj, Mapping):
        return {k: v if type(v) in plain else to_json_value(v) for k, v in obj.items()}
    table = obj.__table__  # type: ignore[attr-defined]
    return {c.key: to_json_value(getattr(obj, c.key)) for c in table.columns}


def stamp(session: Session, obj: SyncedMixin, *, new: bool) -> None:
    """Bumps version and time of a changed row and fills its origin."""
    if new:
        obj.version = 1
        with session.no_autoflush:  # the new row may not be complete yet
            obj.origin_site = local_site_code(session)
    else:
        obj.version = (obj.version or 0) + 1
    obj.updated_at = utcnow()


def record(
    session: Session,
    actor: Actor,
    action: str,
    obj: SyncedMixin,
    detail: dict[str, Any] | None = None,
) -> None:
    """Audit + outbox for one changed row (flushes so the row has its final values)."""
    session.flush()
    table_name: str = obj.__tablename__  # type: ignore[attr-defined]
    _outbox(session, table_name, [(obj.id, row_payload(obj))])
    audit_only(session, actor, action, table_name, str(obj.id), detail)


def record_many(
    session: Session,
    actor: Actor,
    action: str,
    table_name: str,
    rows: Sequence[Mapping[str, Any]],
    detail: dict[str, Any] | None = None,
) -> None:
    """Bulk variant: one outbox row per changed row, one audit row for the batch."""
    if not rows:
        return
    _outbox(session, table_name, [(_uuid(r["id"]), row_payload(r)) for r in rows])
    audit_only(session, actor, action, table_name, None, {"jumlah": len(rows), **(detail or {})})


def _uuid(value: Any) -> uuid.UUID:
    return value if type(value) is uuid.UUID else uuid.UUID(str(value))


def _outbox(session: Session, table_name: str,
            changes: list[tuple[uuid.UUID, dict[str, Any]]]) -> None:
    insert_rows(
        session,
        cast(Table, Outbox.__table__),
        [
            {
                "entity": table_name,
                "entity_id": entity_id,
                "version": p["version"],
                "op": "delete" if p.get("deleted_at") else "upsert",
                "payload": p,
            }
            for entity_id, p in changes
        ],
    )


def audit_only(
    session: Session, actor: Actor, action: str, entity: str, entity_id: str | None,
    detail: dict[str, Any] | None = None,
) -> None:
    """For changes to local-only rows (accounts, keys) that never travel."""
    session.execute(
        insert(AuditLog),
        [{
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
        }],
    )
