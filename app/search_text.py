"""What a client can be found by: one text for the trigram index, and short keys.

The trigram tokenizer cannot match terms under three characters, and most Chinese given
names have two; the short keys give those terms their own indexed path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.pinyin import han_only, has_han, pinyin_forms

FIELD_SEP = " \u2016 "  # a separator no one types, so trigrams rarely span two fields


@dataclass(frozen=True)
class SearchEntry:
    body: str
    short_keys: frozenset[str]


def _pieces(text: str, max_len: int = 2) -> set[str]:
    out: set[str] = set()
    for n in range(1, max_len + 1):
        for i in range(len(text) - n + 1):
            out.add(text[i : i + n])
    return out


def normalize_term(term: str) -> str:
    return " ".join(term.strip().lower().split())


@lru_cache(maxsize=65_536)
def _name_terms(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """One name's indexed texts and short keys. Cached: names recur across clients and
    within a card (the legal name is often the Chinese name too)."""
    lowered = name.lower()
    parts = [lowered]
    keys: set[str] = set()
    if has_han(name):
        keys |= _pieces(han_only(name))
        full, initials = pinyin_forms(name)
        parts.extend([full, initials])
        keys |= _pieces(initials)
        keys.add(full[:2])
        keys.add(full[:1])
    for word in lowered.replace("-", " ").split():
        keys.add(word[:1])
        keys.add(word[:2])
    return tuple(parts), frozenset(keys)


def build_entry(
    *,
    names: Iterable[str | None],
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    id_tails: Iterable[str] = (),
    tags: Iterable[str] = (),
) -> SearchEntry:
    parts: list[str] = []
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        name_parts, name_keys = _name_terms(name)
        parts.extend(name_parts)
        keys |= name_keys
    for phone in phones:
        digits = phone.lstrip("+")
        parts.append(digits)
        if phone.startswith("+86"):
            parts.append(phone[3:])
    for email in emails:
        parts.append(email.lower())
    for tail in id_tails:
        parts.append(tail.lower())
    for tag in tags:
        parts.append(tag.lower())
        keys |= {tag.lower()[:1], tag.lower()[:2]} if len(tag) <= 2 else set()
    keys.discard("")
    return SearchEntry(body=FIELD_SEP.join(p for p in parts if p), short_keys=frozenset(keys))
