from __future__ import annotations

from typing import Any

import pytest

from kinerja_desktop.domain.berakhlak import CORE_VALUES, core_value
from kinerja_desktop.domain.errors import ValidationError


def test_core_value_matches_fixture(core_value_case: dict[str, Any]) -> None:
    cv = core_value(core_value_case["no"])
    assert cv.no == core_value_case["no"]
    assert cv.nama == core_value_case["nama"]
    assert list(cv.panduan) == core_value_case["panduan"]


def test_seven_values_in_print_order(fixture_json: Any) -> None:
    expected = fixture_json("berakhlak.json")["core_values"]
    assert [(cv.no, cv.nama, list(cv.panduan)) for cv in CORE_VALUES] == [
        (x["no"], x["nama"], x["panduan"]) for x in expected
    ]
    # the first letters spell the acronym
    assert "".join(cv.nama[0] for cv in CORE_VALUES) == "BAKHLAK"


@pytest.mark.parametrize("no", [0, 8])
def test_unknown_number(no: int) -> None:
    with pytest.raises(ValidationError, match="1 sampai 7"):
        core_value(no)
