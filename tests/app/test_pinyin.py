"""The per-character pinyin path gives exactly what pypinyin gives for the whole name."""

from __future__ import annotations

import random

import pytest
from pypinyin import Style, lazy_pinyin

from app import pinyin
from app.demo import GIVEN, SURNAMES
from app.pinyin import latin_from_chinese, pinyin_forms, syllables

# Names whose characters pypinyin reads as a phrase (surnames and places with their own
# readings), names with characters outside the BMP or without a reading, and plain ones.
SPECIAL = [
    "单于",
    "重庆",
    "长孙无忌",
    "曾国藩",
    "解放军",
    "乐嘉",
    "查理",
    "朴槿惠",
    "欧阳娜娜",
    "尉迟恭",
    "万俟卨",
    "区",
    "〇王",
    "王伟",
    "张三丰",
    "中华人民共和国国务院总理",
]


def _whole(name: str) -> tuple[str, ...]:
    """What the module computed before the memo: pypinyin over the name's Han characters."""
    han = "".join(ch for ch in name if "\u3400" <= ch <= "\u9fff")
    return tuple(lazy_pinyin(han, style=Style.NORMAL, errors="ignore"))


def _names() -> list[str]:
    rng = random.Random(11)
    names = [s + g for s in SURNAMES for g in GIVEN]
    names += [
        rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(2)) for _ in range(3000)
    ]
    return names + SPECIAL


def test_syllables_agree_with_pypinyin_on_every_demo_and_special_name() -> None:
    mismatches = [n for n in _names() if syllables(pinyin.han_only(n)) != _whole(n)]
    assert mismatches == []


def test_both_paths_are_really_taken() -> None:
    # a phrase ("重庆" reads chong qing, not zhong qing char by char) takes pypinyin's path
    assert pinyin._holds_phrase("重庆")
    assert syllables("重庆") == ("chong", "qing")
    assert tuple(s for ch in "重庆" for s in pinyin._char_syllables(ch)) != ("chong", "qing")
    # a plain name is assembled from the per-character memo
    assert not pinyin._holds_phrase("王伟")
    assert syllables("王伟") == ("wang", "wei")


@pytest.mark.parametrize(
    ("name", "forms", "latin"),
    [
        ("王伟", ("wangwei", "ww"), "Wang Wei"),
        ("吕丽", ("lvli", "ll"), "Lv Li"),
        ("欧阳娜娜", ("ouyangnana", "oynn"), "Ou Yangnana"),
        ("Alice 王", ("wang", "w"), "Wang"),
        ("Alice", ("", ""), ""),
    ],
)
def test_forms_and_latin_name(name: str, forms: tuple[str, str], latin: str) -> None:
    assert pinyin_forms(name) == forms
    assert latin_from_chinese(name) == latin


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Alice",
        "王伟",
        "Alice 王",
        "\u33ff",
        "\u3400",
        "\u9fff",
        "\ua000",
        "𠀀",
        "〇",
        "ｗａｎｇ伟",
    ],
)
def test_han_checks_match_the_character_range(text: str) -> None:
    in_range = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    assert pinyin.has_han(text) == bool(in_range)
    assert pinyin.han_only(text) == "".join(in_range)
