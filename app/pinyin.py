"""Pinyin forms of a Chinese name, so "wangwei" and "ww" find 王伟."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=65_536)
def pinyin_forms(name: str) -> tuple[str, str]:
    """(full pinyin without spaces or tones, initials), both lowercase; ("", "") for non-Han."""
    han = "".join(ch for ch in name if has_han(ch))
    if not han:
        return "", ""
    syllables = lazy_pinyin(han, style=Style.NORMAL, errors="ignore")
    full = "".join(syllables).lower().replace("ü", "v")
    initials = "".join(s[0] for s in syllables if s).lower()
    return full, initials


def latin_from_chinese(name: str) -> str:
    """ "王伟" -> "Wang Wei": surname first, as Chinese passports print it."""
    han = "".join(ch for ch in name if has_han(ch))
    syllables = lazy_pinyin(han, style=Style.NORMAL, errors="ignore")
    if not syllables:
        return ""
    return " ".join([syllables[0].capitalize(), "".join(syllables[1:]).capitalize()]).strip()
