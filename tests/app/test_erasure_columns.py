"""Every client column has a declared fate in an erasure: cleared, overwritten or kept.

A column added to the card later fails here until someone decides whether erasure wipes it,
so personal data cannot slip past an erasure by being new."""

from __future__ import annotations

from app.erasure import CLEARED_CLIENT_COLUMNS, KEPT_CLIENT_COLUMNS, OVERWRITTEN_CLIENT_COLUMNS
from db.models import Client


def test_every_client_column_has_exactly_one_fate() -> None:
    fates = [*CLEARED_CLIENT_COLUMNS, *OVERWRITTEN_CLIENT_COLUMNS, *KEPT_CLIENT_COLUMNS]
    assert len(fates) == len(set(fates)), "a column is listed twice"
    columns = set(Client.__table__.columns.keys())
    assert columns - set(fates) == set(), "decide how erasure treats these new columns"
    assert set(fates) - columns == set(), "these listed columns no longer exist"


def test_names_and_contacts_are_never_kept() -> None:
    for personal in ("chinese_name", "latin_name", "date_of_birth", "wechat_id", "employer"):
        assert personal in CLEARED_CLIENT_COLUMNS
    assert "legal_name" in OVERWRITTEN_CLIENT_COLUMNS
