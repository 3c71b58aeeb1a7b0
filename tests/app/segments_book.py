"""A small known book for the segment, smart-list, value-score and chart tests.

Five clients whose every dimension is chosen by hand, so each expected count or value in
the tests can be worked out on paper:

    name   status    owner     born        city      tier     tags / needs          golf
    Ann    active    Li Na     1980-06-01  Shanghai  hnw      golf / education      12
    Bob    prospect  Zhou Tao  1996-11-23  Beijing   mass     - / retirement        30
    Cai    former    -         -           Shanghai  mass     golf / -              -
    Dee    active    Li Na     1966-11-22  Shenzhen  affluent - / education         7.5
    Eve    dormant   Zhou Tao  2000-01-01  -         mass     vip / -               -
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.cards import AddressData, ClientCard, SnapshotData
from app.clients import ClientService
from app.money import FxService
from app.timeline import InteractionService
from db.models import ClientLink
from db.office import Office

TODAY = dt.date(2026, 11, 22)


@dataclass(frozen=True)
class Book:
    ann: int
    bob: int
    cai: int
    dee: int
    eve: int

    @property
    def all(self) -> list[int]:
        return sorted([self.ann, self.bob, self.cai, self.dee, self.eve])


def _card(name: str, **kw: object) -> ClientCard:
    city = kw.pop("city", None)
    card = ClientCard(legal_name=name, **kw)  # type: ignore[arg-type]
    if city:
        card.addresses = [AddressData(line1="1 Road", city=str(city), region=str(city))]
    return card


def build_book(office: Office) -> Book:
    with office.transaction() as s:
        svc = ClientService(s)
        svc.define_custom_field("golf", "Golf handicap", "高尔夫差点", "number")
        svc.define_custom_field("joined", "Joined club", "入会日期", "date")
        FxService(s, "CNY").set_rate("USD", dt.date(2020, 1, 1), Decimal("7"))
        ann = svc.create(
            _card(
                "Ann",
                status="active",
                owner="Li Na",
                date_of_birth=dt.date(1980, 6, 1),
                city="Shanghai",
                tags=["golf"],
                needs=["education"],
                custom={"golf": "12", "joined": "2020-05-01"},
                occupation="engineer",
                industry="tech",
                client_since=dt.date(2016, 11, 22),
            )
        )
        bob = svc.create(
            _card(
                "Bob",
                status="prospect",
                owner="Zhou Tao",
                date_of_birth=dt.date(1996, 11, 23),
                city="Beijing",
                needs=["retirement"],
                custom={"golf": "30"},
                occupation="teacher",
                industry="education",
            )
        )
        cai = svc.create(_card("Cai", status="former", city="Shanghai", tags=["golf"]))
        dee = svc.create(
            _card(
                "Dee",
                status="active",
                owner="Li Na",
                date_of_birth=dt.date(1966, 11, 22),
                city="Shenzhen",
                needs=["education"],
                custom={"golf": "7.5"},
                occupation="engineer",
                industry="finance",
                client_since=dt.date(2021, 11, 22),
            )
        )
        eve = svc.create(
            _card(
                "Eve",
                status="dormant",
                owner="Zhou Tao",
                date_of_birth=dt.date(2000, 1, 1),
                tags=["vip"],
            )
        )
        # Ann: HNW (USD 1.5M = CNY 10.5M investable); two snapshots for the chart
        svc.add_snapshot(
            ann,
            SnapshotData(
                dt.date(2025, 1, 1),
                "CNY",
                {"cash": 2_000_000_00, "real_estate": 5_000_000_00},
                1_000_000_00,
            ),
        )
        svc.add_snapshot(
            ann,
            SnapshotData(
                dt.date(2026, 1, 1),
                "USD",
                {"cash": 500_000_00, "funds": 1_000_000_00, "real_estate": 300_000_00},
                100_000_00,
            ),
        )
        # Dee: affluent (CNY 1,000,000 = USD 142,857 investable)
        svc.add_snapshot(
            dee, SnapshotData(dt.date(2026, 6, 30), "CNY", {"deposits": 1_000_000_00}, 0)
        )
        s.add(ClientLink(from_client_id=ann, to_client_id=bob, kind="referrer"))
        s.add(ClientLink(from_client_id=ann, to_client_id=dee, kind="spouse"))
        timeline = InteractionService(s, "Li Na")
        at = lambda y, m, d: dt.datetime(y, m, d, 2, 0, tzinfo=dt.UTC)  # noqa: E731
        timeline.record([ann], "call", at(2026, 10, 5), "Call", satisfaction=4)
        timeline.record([ann], "call", at(2026, 10, 20), "Call")
        timeline.record([ann], "meeting", at(2026, 11, 3), "Review", satisfaction=5)
        timeline.record([ann, dee], "meeting", at(2026, 9, 1), "Family meeting")
        timeline.record([ann], "note", at(2025, 1, 10), "Old note")  # outside 12 months
        gone = timeline.record([ann], "call", at(2026, 11, 1), "Deleted call")
        timeline.delete(gone)
        timeline.record([dee], "email", at(2026, 8, 25), "Email", staff=["Zhou Tao"])
        timeline.record([bob], "call", at(2026, 2, 1), "Intro")
    return Book(ann, bob, cai, dee, eve)
