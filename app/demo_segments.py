"""Demo smart lists, a hand-picked list and the value scores, so the Lists sidebar and the
dashboard have something to show in a fresh demo office."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.smart_lists import SmartListService
from app.value_score import ValueScoreService
from db.models import Client
from db.office import Office

DEMO_LISTS = {
    "高净值活跃客户": {
        "op": "and",
        "items": [
            {"dim": "tier", "values": ["hnw", "uhnw"]},
            {"dim": "status", "values": ["active"]},
        ],
    },
    "90天未联系": {"op": "and", "items": [{"dim": "last_contact_days", "min": 90}]},
    "Succession planning, 50+": {
        "op": "and",
        "items": [
            {"dim": "age", "min": 50},
            {"dim": "need", "values": ["succession", "family_office"]},
        ],
    },
    "Golf or wine, Shanghai": {
        "op": "and",
        "items": [
            {"dim": "city", "values": ["上海"]},
            {"op": "or", "items": [{"dim": "tag", "values": ["golf", "wine"]}]},
        ],
    },
    "Top value (70+)": {"op": "and", "items": [{"dim": "value_score", "min": 70}]},
}


def build_demo_segments(office: Office, today: dt.date | None = None) -> None:
    """Idempotent: lists that exist are left as they are; scores are recomputed."""
    from app.demo import DEMO_TODAY

    day = today or DEMO_TODAY
    with office.transaction() as session:
        lists = SmartListService(session, "demo")
        have = set(lists.names())
        for name, definition in DEMO_LISTS.items():
            if name not in have:
                lists.create_smart(name, definition)
        if "年会嘉宾" not in have:
            guests = list(session.scalars(select(Client.id).order_by(Client.id).limit(12)))
            lists.create_static("年会嘉宾", guests)
        ValueScoreService(session).refresh_all(day)
