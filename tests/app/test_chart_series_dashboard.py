"""The dashboard's series, from the small known book (tests/app/segments_book.py) plus
reviews, complaints, consents and a second advisor's entries added here."""

from __future__ import annotations

import datetime as dt

import pytest

from app import dashboard, segments
from app.clients import ClientService
from app.complaints import ComplaintService
from app.consent import ConsentService
from app.timeline import InteractionService
from db.office import Office
from tests.app.consent_helpers import publish_notices
from tests.app.segments_book import TODAY, Book, build_book

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def book(office: Office) -> Book:
    book = build_book(office)
    with office.transaction() as s:
        clients = ClientService(s)
        for cid, review, since in (
            (book.ann, TODAY - dt.timedelta(days=5), None),  # overdue, Li Na
            (book.dee, TODAY + dt.timedelta(days=10), None),  # due, Li Na
            (book.bob, TODAY + dt.timedelta(days=40), dt.date(2026, 2, 10)),  # later
            (book.eve, TODAY - dt.timedelta(days=1), dt.date(2026, 11, 1)),  # overdue, Zhou Tao
            (book.cai, TODAY - dt.timedelta(days=100), None),  # former: not counted
        ):
            card = clients.load(cid)
            card.next_review = review
            if since:
                card.client_since = since
            clients.save(card)
    return book


def test_aum_and_clients_by_tier(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = dashboard.aum_by_tier(s)
    assert chart.labels == ("mass", "affluent", "hnw", "uhnw")
    assert chart.series[0].values == (0, 1_000_000_00, 10_500_000_00, 0)
    assert chart.series[1].values == (6, 1, 1, 0)  # 3 template clients + Bob, Cai, Eve
    assert chart.currency == "CNY"
    with office.session() as s:
        behind = segments.client_ids(s, segments.parse(chart.drill[2]), TODAY)
    assert behind == [book.ann]


def test_aum_and_clients_by_owner_largest_first_with_other(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = dashboard.aum_by_owner(s)
        assert chart.labels == ("Li Na", "", "Zhou Tao")  # "" = no owner
        assert chart.series[0].values == (11_500_000_00, 0, 0)
        assert chart.series[1].values == (2, 4, 2)
        assert segments.client_ids(s, segments.parse(chart.drill[1]), TODAY) == sorted(
            [book.cai, 1, 2, 3]
        )
        top = dashboard.aum_by_owner(s, top=1)
        assert top.labels == ("Li Na", "(other)")
        assert top.series[1].values == (2, 6)
        assert segments.count(s, segments.parse(top.drill[1]), TODAY) == 6


def test_new_and_departed_per_month(office: Office, book: Book) -> None:
    today = dt.date.today()  # the change history is stamped with the real clock
    with office.transaction() as s:
        clients = ClientService(s)
        card = clients.load(book.eve)
        card.status = "former"
        clients.save(card)
    with office.session() as s:
        chart = dashboard.new_and_departed(s, today)
    this_month = f"{today.year:04d}-{today.month:02d}"
    assert chart.labels[-1] == this_month and len(chart.labels) == 12
    departed = dict(zip(chart.labels, chart.series[1].values, strict=True))
    assert departed[this_month] == 1 and sum(departed.values()) == 1
    with office.session() as s:
        fixed = dashboard.new_and_departed(s, TODAY)
    new = dict(zip(fixed.labels, fixed.series[0].values, strict=True))
    assert new["2026-02"] == 1 and new["2026-11"] == 1 and sum(new.values()) == 2


def test_reviews_overdue_and_due_per_owner(office: Office, book: Book) -> None:
    with office.session() as s:
        chart = dashboard.reviews_due(s, TODAY)
        assert chart.labels == ("Li Na", "Zhou Tao")
        assert chart.series[0].values == (1, 1)  # overdue: Ann; Eve (Cai is former)
        assert chart.series[1].values == (1, 0)  # due within 30 days: Dee (Bob is in 40)
        assert segments.client_ids(s, segments.parse(chart.drill[0]), TODAY) == sorted(
            [book.ann, book.dee]
        )


def test_open_complaints_by_state_and_overdue(office: Office, book: Book) -> None:
    with office.transaction() as s:
        complaints = ComplaintService(s, "Li Na", tz=dt.UTC)
        complaints.open(
            book.ann, "Late statement", received_at=dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC)
        )
        complaints.open(
            book.dee, "Fee question", received_at=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
        )
        done = complaints.open(
            book.bob, "Address", received_at=dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
        )
        complaints.transition(
            done,
            1,
            "acknowledged",
            note="Called back",
            at=dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC),
        )
    with office.session() as s:
        chart = dashboard.open_complaints(s, NOW)
    assert chart.labels == ("received", "acknowledged", "investigating")
    assert chart.series[0].values == (2, 1, 0)
    assert chart.series[1].values == (1, 0, 0)  # 1 Oct + 15 working days is past


def test_consent_coverage_counts_current_grants_only(office: Office, book: Book) -> None:
    at = lambda m, d: dt.datetime(2026, m, d, 9, tzinfo=dt.UTC)  # noqa: E731
    with office.transaction() as s:
        notices = publish_notices(s)
        consent = ConsentService(s, "Li Na")
        method = "signed_paper"
        for cid in (book.ann, book.dee):
            consent.grant(
                cid,
                "pi_processing",
                notice_id=notices["p2"],
                capture_method=method,
                effective_at=at(3, 1),
            )
        consent.grant(
            book.ann,
            "pi_processing",
            notice_id=notices["p2"],
            capture_method=method,
            effective_at=at(4, 1),
        )
        consent.refuse(
            book.bob,
            "pi_processing",
            notice_id=notices["p2"],
            capture_method=method,
            effective_at=at(3, 1),
        )
        consent.withdraw(book.dee, "pi_processing", channel="phone", effective_at=at(5, 1))
        consent.grant(
            book.bob,
            "marketing_phone",
            notice_id=notices["m2"],
            capture_method=method,
            effective_at=at(1, 1),
            expires_on=TODAY,
        )  # expires today: not current
        consent.grant(
            book.eve,
            "marketing_sms",
            notice_id=notices["m2"],
            capture_method=method,
            effective_at=at(1, 1),
            expires_on=TODAY + dt.timedelta(days=1),
        )
    with office.session() as s:
        chart = dashboard.consent_coverage(s, TODAY)
    granted = dict(zip(chart.labels, chart.series[0].values, strict=True))
    assert granted["pi_processing"] == 1  # Ann (twice, counted once); Dee withdrew; Bob refused
    assert granted["marketing_phone"] == 0
    assert granted["marketing_sms"] == 1
    assert sum(granted.values()) == 2
    assert chart.series[1].key == "not_granted"
    assert {g + n for g, n in zip(chart.series[0].values, chart.series[1].values, strict=True)} == {
        8
    }


def test_interactions_per_advisor_per_week(office: Office, book: Book) -> None:
    with office.transaction() as s:
        InteractionService(s, "Zhou Tao").record(
            [book.bob, book.eve], "call", dt.datetime(2026, 11, 20, 3, tzinfo=dt.UTC), "Conference"
        )
    with office.session() as s:
        chart = dashboard.interactions_per_advisor_week(s, TODAY)
    assert chart.labels[0] == "2026-08-31" and chart.labels[-1] == "2026-11-16"
    assert len(chart.labels) == 12
    weekly = {s.key: dict(zip(chart.labels, s.values, strict=True)) for s in chart.series}
    assert list(weekly) == ["Li Na", "Zhou Tao"]
    # Li Na: 1 Sep (shared meeting, once), 5 Oct, 20 Oct, 3 Nov; 25 Aug is before the
    # period and the 1 Nov call was deleted
    assert {k: v for k, v in weekly["Li Na"].items() if v} == {
        "2026-08-31": 1,
        "2026-10-05": 1,
        "2026-10-19": 1,
        "2026-11-02": 1,
    }
    assert {k: v for k, v in weekly["Zhou Tao"].items() if v} == {"2026-11-16": 1}


def test_every_dashboard_chart_computes(office: Office, book: Book) -> None:
    with office.session() as s:
        charts = [(key, compute(s)) for key, compute in dashboard.dashboard_steps(TODAY, NOW)]
    assert sorted(k for k, _ in charts) == sorted(dashboard.DASHBOARD_KEYS)
    for _, chart in charts:
        assert all(len(series.values) == len(chart.labels) for series in chart.series)
