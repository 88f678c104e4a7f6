"""Canonical JSON: one byte string per value, so signatures and hashes cover meaning.

Sorted keys, UTF-8, no spaces, and no floats (their text form is not stable
across languages, and nothing signed needs them). Parsing is strict in the same
way: floats, NaN and duplicate keys are refused. Used by sync packages and by the
verification codes of printed documents.
"""

from __future__ import annotations

import json
from typing import Any

from kinerja_desktop.domain.errors import ValidationError


def check_value(value: object, where: str = "nilai") -> None:
    """Refuses anything that would not come back identical from JSON."""
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        raise ValidationError(
            f"{where}: bilangan pecahan (float) tidak diizinkan dalam data yang ditandatangani.")
    if isinstance(value, list):
        for i, item in enumerate(value):
            check_value(item, f"{where}[{i}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(f"{where}: kunci {key!r} harus teks.")
            check_value(item, f"{where}.{key}")
        return
    kind = type(value).__name__
    raise ValidationError(
        f"{where}: jenis {kind} tidak dapat disimpan dalam data yang ditandatangani.")


def dumps(value: object, where: str = "nilai") -> bytes:
    check_value(value, where)
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{where}: teks berisi karakter yang bukan UTF-8 sah.") from None


def _no_float(text: str) -> Any:
    raise ValueError(f"bilangan pecahan {text} tidak diizinkan")


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} tidak diizinkan")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; a key given twice shows as a shorter dict
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"kunci '{key}' muncul dua kali")
            seen.add(key)
    return result


# One decoder for every call: json.loads with hooks would build a new one each time,
# which costs as much as parsing a short line (a package has hundreds of thousands).
_DECODER = json.JSONDecoder(parse_float=_no_float, parse_constant=_no_constant,
                            object_pairs_hook=_no_duplicates)


def loads(data: bytes) -> Any:
    """Parses strictly; raises ValueError (with an Indonesian reason) on anything odd."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("bukan teks UTF-8") from None
    return loads_text(text)


def loads_text(text: str) -> Any:
    """``loads`` of text already decoded from UTF-8."""
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise ValueError("bersarang terlalu dalam") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"JSON tidak sah ({exc.msg}, posisi {exc.pos})") from None
