"""The plain-address regular expression accepts only what the full e-mail rules accept,
and the ID number's digit check reads as before."""

from __future__ import annotations

import random

import pytest

from app import validation
from app.validation import validate_email

COMMON = [
    "client1@example.cn",
    "wei.wang@example.com",
    "a_b+tag@mail.corp-x.com.cn",
    "x@y.io",
    "l" * 64 + "@example.cn",
]
ODD = [
    "",
    " ",
    "a@b",
    "a@b.c",
    "a@b.c1",
    ".a@b.cn",
    "a.@b.cn",
    "a..b@b.cn",
    "a@-b.cn",
    "a@b-.cn",
    "a@b..cn",
    "a@@b.cn",
    "a b@b.cn",
    "l" * 65 + "@example.cn",
    "a@" + "d" * 64 + ".cn",
    "a@" + "d" * 63 + ".cn",
    "a@" + ("d" * 60 + ".") * 5 + "cn",
    "a@b.xn--fiqs8s",
    "王@b.cn",
    "a@例子.中国",
    "ａ@example.cn",
    "a＠example.cn",
    " a@example.cn ",
    "a@example.cn\n",
    "a!#$%&'*/=?^`{|}~@b.cn",
    "A@EXAMPLE.CN",
]
ALPHABET = "ab1._+-@ !王Ａ＠\n"


def _random_addresses(count: int) -> list[str]:
    rng = random.Random(8)
    out = []
    for _ in range(count):
        local = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))
        domain = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
        out.append(f"{local}@{domain}{rng.choice(['', '.cn', '.c', '.com'])}")
    return out


def test_fast_acceptance_implies_the_full_rules_accept() -> None:
    fast_taken = 0
    for raw in COMMON + ODD + _random_addresses(20_000):
        full = validation._validate_email_fully(raw)
        assert validate_email(raw) == full, repr(raw)
        if len(raw) <= 254 and validation._PLAIN_EMAIL.fullmatch(raw):
            fast_taken += 1
    assert all(validation._PLAIN_EMAIL.fullmatch(raw) for raw in COMMON)
    assert fast_taken > 30  # the fast path is really taken, not only for COMMON


@pytest.mark.parametrize(
    ("text", "digits"),
    [("", False), ("0123", True), ("12a", False), ("١٢٣", False), ("²", False), (" 1", False)],
)
def test_ascii_digit_check(text: str, digits: bool) -> None:
    assert validation._is_ascii_digits(text) is digits
