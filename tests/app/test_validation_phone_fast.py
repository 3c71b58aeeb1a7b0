"""The mainland-mobile fast path and the memo give libphonenumber's full answer."""

from __future__ import annotations

import random

import pytest

from app import validation
from app.validation import normalize_phone


def _full(raw: str, region: str = "CN") -> str | None:
    try:
        return validation._parse_phone(raw, region)
    except ValueError:
        return None


def _inputs() -> list[str]:
    rng = random.Random(5)
    out = []
    for prefix in range(100, 200):  # every 1xx block, valid or not
        for _ in range(6):
            out.append(f"{prefix}{rng.randrange(10**8):08d}")
    out += [
        "17951123456",  # carrier-selection prefix the parser strips
        "12593123456",
        "11800000000",
        "1381234567",  # too short
        "138123456789",  # too long
        "138 1234 5678",
        "+8613812345678",
        "008613812345678",
        "８６１３８１２３４５６７８",
        "13812345678 ",
        "010-62345678",
        "+1 415 555 0100",
        "2125551234",
    ]
    return out


def test_fast_path_agrees_with_the_full_parser() -> None:
    taken = 0
    for raw in _inputs():
        fast = validation._fast_cn_mobile(raw, "CN")
        if fast is not None:
            taken += 1
            assert fast == _full(raw), raw
        assert validation._fast_cn_mobile(raw, "HK") is None
    assert taken > 300  # the common mobiles really take the fast path


@pytest.mark.parametrize("raw", _inputs())
def test_normalize_phone_is_the_full_answer(raw: str) -> None:
    expected = _full(raw)
    for _ in range(2):  # the second call comes from the memo
        if expected is None:
            with pytest.raises(ValueError, match="phone number"):
                normalize_phone(raw)
        else:
            assert normalize_phone(raw) == expected


def test_invalid_numbers_raise_every_time_with_the_same_message() -> None:
    messages = set()
    for _ in range(3):
        with pytest.raises(ValueError) as caught:
            normalize_phone("16000000000")
        messages.add(str(caught.value))
    assert messages == {
        "The phone number is not valid; check the number of digits and, for numbers "
        "outside the default region, the country code."
    }
    for empty in ("   ", "", None):
        with pytest.raises(ValueError, match="Enter a phone number"):
            normalize_phone(empty)  # type: ignore[arg-type]
