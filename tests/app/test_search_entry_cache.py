"""build_entry with its per-name cache gives the entry the uncached rules give."""

from __future__ import annotations

import random

from pypinyin import Style, lazy_pinyin

from app.demo import FIRST, GIVEN, LAST, SURNAMES
from app.search_text import FIELD_SEP, build_entry


def _reference(names: list[str | None], phones: list[str], tags: list[str]):  # type: ignore[no-untyped-def]
    """The rules as written before the cache, with pypinyin called directly."""
    parts: list[str] = []
    keys: set[str] = set()

    def pieces(text: str) -> set[str]:
        return {text[i : i + n] for n in (1, 2) for i in range(len(text) - n + 1)}

    for name in names:
        if not name:
            continue
        lowered = name.lower()
        parts.append(lowered)
        han = "".join(ch for ch in name if "\u3400" <= ch <= "\u9fff")
        if han:
            keys |= pieces(han)
            syl = lazy_pinyin(han, style=Style.NORMAL, errors="ignore")
            full = "".join(syl).lower().replace("ü", "v")
            initials = "".join(s[0] for s in syl if s).lower()
            parts.extend([full, initials])
            keys |= pieces(initials)
            keys.add(full[:2])
            keys.add(full[:1])
        for word in lowered.replace("-", " ").split():
            keys.add(word[:1])
            keys.add(word[:2])
    for phone in phones:
        parts.append(phone.lstrip("+"))
        if phone.startswith("+86"):
            parts.append(phone[3:])
    for tag in tags:
        parts.append(tag.lower())
        keys |= {tag.lower()[:1], tag.lower()[:2]} if len(tag) <= 2 else set()
    keys.discard("")
    return FIELD_SEP.join(p for p in parts if p), frozenset(keys)


def test_entries_match_the_uncached_rules() -> None:
    rng = random.Random(2)
    for i in range(3000):
        han = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        latin = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        names = rng.choice(
            [[han, han, None, None], [latin, None, None, "Bo"], [han, None, latin, "小" + han[-1]]]
        )
        names = [*names, "重庆-Chong", "〇"][: 4 + i % 3]
        phones = ["+8613812345678"] if i % 2 else ["+14155550100"]
        tags = rng.choice([[], ["vip"], ["艺术", "高"]])
        entry = build_entry(names=names, phones=phones, tags=tags)
        assert (entry.body, entry.short_keys) == _reference(names, phones, tags), names
