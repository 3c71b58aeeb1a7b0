"""A small office for the consent-report tests (CLI and dialog), with numbers known by hand.

Active clients (4):
  Alpha   processing + sensitive granted; SMS marketing granted, withdrawn 2026-03-10
  Beta    processing granted                       -> missing sensitive
  陈静     nothing recorded                          -> missing both
  Echo    processing refused, sensitive granted    -> missing processing
Dormant (1):
  Delta   processing granted; email marketing and photos granted, withdrawn in April 2026
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cards import ClientCard
from app.clients import ClientService
from app.consent import ConsentService
from db.office import Office
from tests.app.consent_helpers import publish_notices


@dataclass(frozen=True)
class ReportOffice:
    alpha: int
    beta: int
    chen: int
    delta: int
    echo: int


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 9, 0, tzinfo=dt.UTC)


def build_report_office(office: Office) -> ReportOffice:
    with office.transaction() as s:
        svc = ClientService(s, actor="advisor")

        def client(name: str, status: str, chinese: str | None = None) -> int:
            card = ClientCard(legal_name=name, chinese_name=chinese, status=status, owner="Li Na")
            return svc.create(card)

        ids = ReportOffice(
            alpha=client("Alpha Active", "active"),
            beta=client("Beta Active", "active"),
            chen=client("陈静", "active", chinese="陈静"),
            delta=client("Delta Dormant", "dormant"),
            echo=client("Echo Active", "active"),
        )
        notices = publish_notices(s)
        privacy, marketing = notices["p2"], notices["m2"]
        cs = ConsentService(s, actor="advisor")

        def grant(cid: int, purpose: str, notice: int = privacy) -> None:
            cs.grant(
                cid, purpose, notice_id=notice, capture_method="in_person", effective_at=at(2, 1)
            )

        grant(ids.alpha, "pi_processing")
        grant(ids.alpha, "sensitive_pi")
        grant(ids.alpha, "marketing_sms", marketing)
        cs.withdraw(ids.alpha, "marketing_sms", channel="phone", effective_at=at(3, 10))
        grant(ids.beta, "pi_processing")
        cs.refuse(
            ids.echo,
            "pi_processing",
            notice_id=privacy,
            capture_method="in_person",
            effective_at=at(2, 1),
        )
        grant(ids.echo, "sensitive_pi")
        grant(ids.delta, "pi_processing")
        grant(ids.delta, "marketing_email", marketing)
        grant(ids.delta, "photos")
        cs.withdraw(ids.delta, "marketing_email", channel="email", effective_at=at(4, 5))
        cs.withdraw(ids.delta, "photos", channel="in_person", effective_at=at(4, 20))
    return ids
