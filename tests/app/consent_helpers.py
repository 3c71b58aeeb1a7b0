"""Shared set-up for the consent tests: notices with known dates and small clients."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.cards import AddressData, ClientCard, EmailData, PhoneData
from app.clients import ClientService
from app.consent import ConsentService

# privacy_notice v2 is a rewording (no reconsent); marketing_consent v2 requires reconsent.
V1_DAY = dt.date(2020, 1, 1)
V2_DAY = dt.date(2024, 1, 1)
NOTICE_TEXT = {
    ("privacy_notice", 1): "隐私政策 v1：我们如何处理您的个人信息。",
    ("privacy_notice", 2): "隐私政策 v2：措辞更新，内容不变。",
    ("marketing_consent", 1): "Marketing consent v1: we may contact you about products.",
    ("marketing_consent", 2): "Marketing consent v2: per channel, renew to keep hearing.",
}


def publish_notices(s: Session) -> dict[str, int]:
    """Keys p1, p2 (privacy), m1, m2 (marketing) -> notice ids."""
    svc = ConsentService(s, actor="compliance")
    ids = {}
    for (code, version), text in NOTICE_TEXT.items():
        ids[f"{code[0]}{version}"] = svc.publish_notice(
            code,
            f"{code} v{version}",
            version,
            "zh",
            V1_DAY if version == 1 else V2_DAY,
            text,
            signature_required=code == "privacy_notice",
            requires_reconsent=(code, version) == ("marketing_consent", 2),
        )
    return ids


def at(year: int, month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


def new_client(
    s: Session,
    name: str,
    *,
    phone: str | None = "+86 139 0000 0000",
    email: str | None = None,
    wechat: str | None = None,
    address: bool = True,
    label: str = "mobile",
) -> int:
    card = ClientCard(legal_name=name, wechat_id=wechat)
    if phone:
        card.phones = [PhoneData(phone, label)]
    if email != "":  # "" = no email at all
        card.emails = [EmailData(email or f"{name.lower().replace(' ', '.')}@example.com")]
    if address:
        card.addresses = [AddressData("1 Jianguo Road", None, "Beijing", None, "100000", "CN")]
    return ClientService(s).create(card)
