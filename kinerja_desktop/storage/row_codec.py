"""Turning a synced row received as JSON back into column values, strictly.

The sender wrote each row with ``services.changes.row_payload``: UUIDs, dates and
datetimes as ISO text, enums as their values. Here every column is checked against
its type and length; a row from an older schema may lack nullable or defaulted
columns, never carry unknown ones.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    String,
    Table,
    Text,
    Uuid,
)


class RowError(ValueError):
    def __init__(self, column: str, problem: str) -> None:
        super().__init__(f"kolom '{column}': {problem}")
        self.column = column


Decoder = Callable[[Mapping[str, Any]], dict[str, Any]]


def _uuid(v: Any) -> uuid.UUID:
    if not isinstance(v, str) or len(v) != 36:
        raise ValueError("bukan UUID")
    return _uuid_text(v)


@lru_cache(maxsize=1 << 18)
def _uuid_text(v: str) -> uuid.UUID:
    # A package names the same ids again and again (a pegawai in every row of his).
    try:
        return uuid.UUID(v)
    except ValueError:
        raise ValueError("bukan UUID") from None


def _int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise ValueError("bukan bilangan bulat")
    return v


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("bukan true/false")
    return v


def _datetime(v: Any) -> dt.datetime:
    if not isinstance(v, str) or len(v) > 40:
        raise ValueError("bukan tanggal-waktu ISO")
    try:
        moment = dt.datetime.fromisoformat(v)
    except ValueError:
        raise ValueError(f"'{v}' bukan tanggal-waktu ISO") from None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _date(v: Any) -> dt.date:
    if not isinstance(v, str) or len(v) != 10:
        raise ValueError("bukan tanggal ISO")
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise ValueError(f"'{v}' bukan tanggal") from None


def _text(limit: int | None) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if not isinstance(v, str):
            raise ValueError("bukan teks")
        if limit is not None and len(v) > limit:
            raise ValueError(f"lebih dari {limit} karakter")
        return v
    return check


def _enum(column_type: Enum) -> Callable[[Any], Any]:
    enum_class = column_type.enum_class
    members: dict[str, Any] = {v: enum_class(v) if enum_class is not None else v
                               for v in column_type.enums}

    def check(v: Any) -> Any:
        member = members.get(v) if isinstance(v, str) else None
        if member is None:
            raise ValueError(f"nilai '{v}' tidak dikenal")
        return member
    return check


def _json(v: Any) -> Any:
    return v  # already validated as canonical JSON (no floats) when the payload was read


def _checker(column: Column[Any]) -> Callable[[Any], Any]:
    t = column.type
    if isinstance(t, Uuid):
        return _uuid
    if isinstance(t, Enum):  # before String: Enum is a String subclass
        return _enum(t)
    if isinstance(t, Boolean):
        return _bool
    if isinstance(t, Integer):
        return _int
    if isinstance(t, DateTime):
        return _datetime
    if isinstance(t, Date):
        return _date
    if isinstance(t, Text):
        return _text(None)
    if isinstance(t, String):
        return _text(t.length)
    if isinstance(t, JSON):
        return _json
    raise TypeError(f"{column} ({t!r}) cannot travel in a sync package")


def decoder(table: Table) -> Decoder:
    checks = [(c.key, _checker(c), c.nullable, c.default is not None or c.server_default
               is not None) for c in table.columns]
    known = {c.key for c in table.columns}

    def decode(row: Mapping[str, Any]) -> dict[str, Any]:
        unknown = row.keys() - known
        if unknown:
            raise RowError(sorted(unknown)[0], "tidak dikenal di tabel ini")
        out: dict[str, Any] = {}
        for key, check, nullable, defaulted in checks:
            if key not in row:
                if nullable or defaulted:
                    continue
                raise RowError(key, "wajib ada")
            value = row[key]
            if value is None:
                if not nullable:
                    raise RowError(key, "tidak boleh kosong")
                out[key] = None
                continue
            try:
                out[key] = check(value)
            except ValueError as exc:
                raise RowError(key, str(exc)) from None
        return out
    return decode
