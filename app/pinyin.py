"""Pinyin forms of a Chinese name, so "wangwei" and "ww" find 王伟.

pypinyin segments a text into dictionary phrases before reading it, which costs about
0.1 ms a name; importing 100,000 clients asks for two forms of every name. A name in
which no two or more adjacent characters form a dictionary phrase is read character by
character anyway (the converter falls back to each character's first reading), so such
names are assembled from a per-character memo; any name holding a phrase goes through
pypinyin whole. Both paths give the same syllables (tests/app/test_pinyin.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

_LONGEST_SCANNED = 8  # longer texts skip the phrase scan and take pypinyin's own path


_HAN = re.compile("[\u3400-\u9fff]")  # CJK Extension A and the Unified Ideographs block
_NOT_HAN = re.compile("[^\u3400-\u9fff]+")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def han_only(name: str) -> str:
    """The name's Han characters, in order (what the pinyin is read from)."""
    return _NOT_HAN.sub("", name)


@cache
def _char_syllables(ch: str) -> tuple[str, ...]:
    """One character's reading (at most a few thousand distinct characters)."""
    return tuple(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore"))


def _holds_phrase(han: str) -> bool:
    """Whether any run of two or more characters is a phrase pypinyin would read whole."""
    n = len(han)
    return any(han[i:j] in PHRASES_DICT for i in range(n - 1) for j in range(i + 2, n + 1))


@lru_cache(maxsize=65_536)
def syllables(han: str) -> tuple[str, ...]:
    """lazy_pinyin(han, NORMAL, errors="ignore") for a text of Han characters, cached."""
    if len(han) <= _LONGEST_SCANNED and not _holds_phrase(han):
        return tuple(s for ch in han for s in _char_syllables(ch))
    return tuple(lazy_pinyin(han, style=Style.NORMAL, errors="ignore"))


@lru_cache(maxsize=65_536)
def pinyin_forms(name: str) -> tuple[str, str]:
    """(full pinyin without spaces or tones, initials), both lowercase; ("", "") for non-Han."""
    han = han_only(name)
    if not han:
        return "", ""
    parts = syllables(han)
    full = "".join(parts).lower().replace("ü", "v")
    initials = "".join(s[0] for s in parts if s).lower()
    return full, initials


@lru_cache(maxsize=65_536)
def latin_from_chinese(name: str) -> str:
    """ "王伟" -> "Wang Wei": surname first, as Chinese passports print it."""
    parts = syllables(han_only(name))
    if not parts:
        return ""
    return " ".join([parts[0].capitalize(), "".join(parts[1:]).capitalize()]).strip()
