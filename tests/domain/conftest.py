"""Loads the JSON test vectors in tests/fixtures/ and parametrizes tests with them.

A test that takes an argument named in ``_CASES`` runs once per vector of that
list, so adding a vector to the JSON adds a test case.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"

# argument name -> (file, key of the list inside it)
_CASES: dict[str, tuple[str, str]] = {
    "nip_valid": ("nip.json", "valid"),
    "nip_invalid": ("nip.json", "invalid"),
    "golongan_pns_case": ("golongan_pns.json", "golongan"),
    "predikat_case": ("predikat_matrix.json", "cases"),
    "kurva_case": ("kurva_distribusi.json", "cases"),
    "skm_case": ("skm.json", "cases"),
    "angka_kredit_case": ("angka_kredit.json", "cases"),
    "core_value_case": ("berakhlak.json", "core_values"),
}


def load_fixture(name: str) -> Any:
    """The parsed file; numbers with a fraction become Decimal, never float."""
    with (FIXTURES_DIR / name).open(encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for argname, (filename, key) in _CASES.items():
        if argname in metafunc.fixturenames:
            cases = load_fixture(filename)[key]
            assert cases, f"{filename}:{key} is empty"
            stem = filename.removesuffix(".json")
            metafunc.parametrize(argname, cases, ids=[f"{stem}-{i}" for i in range(len(cases))])


@pytest.fixture
def fixture_json() -> Callable[[str], Any]:
    return load_fixture
