"""A client with a row in every client-linked table, for the clients'-rights tests.

Distinctive on purpose: a Chinese name no other client has, a real (checksum-valid) PRC ID
number and a phone number used nowhere else, so finding them in a decrypted page means
finding *this* person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.attachments import AttachmentService
from app.cards import (
    AddressData,
    ClientCard,
    DocumentData,
    EmailData,
    PhoneData,
    RelativeData,
    SnapshotData,
)
from app.clients import ClientService
from app.complaints import ComplaintService
from app.consent import ConsentService
from app.merge import MergeService
from app.risk_assessment import AssessmentService
from app.smart_lists import SmartListService
from app.suitability import SuitabilityService
from app.tasks import TaskService
from app.timeline import InteractionService
from app.validation import prc_id_checksum_char
from app.value_score import ValueScoreService
from db.models import ClientLink, Household, HouseholdMember
from db.office import Office
from tests.app.portfolio_helpers import add_rich_portfolio
from tests.app.risk_helpers import add_product, max_answers

NAME = "欧阳翠莲"
DOB = dt.date(1987, 6, 12)
ID_FIRST17 = f"440305{DOB:%Y%m%d}357"
ID_NUMBER = ID_FIRST17 + prc_id_checksum_char(ID_FIRST17)
PHONE_TYPED = "+86 139 2468 1357"
PHONE_E164 = "+8613924681357"
PHONE_NATIONAL = "13924681357"
EMAIL = "cuilian.ouyang@example.cn"
RISK_DAY = dt.date(2026, 11, 20)
COMPLAINT_RECEIVED = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)
SCAN = b"%PDF-1.4 scanned consent form signed by " + NAME.encode() + b" " + ID_NUMBER.encode()


@dataclass(frozen=True)
class Built:
    client_id: int
    other_id: int
    notice_id: int
    attachment_id: int


def needles() -> dict[str, bytes]:
    return {
        "name": NAME.encode("utf-8"),
        "id_number": ID_NUMBER.encode("ascii"),
        "phone_e164": PHONE_E164.encode("ascii"),
        "phone_national": PHONE_NATIONAL.encode("ascii"),
    }


def publish_notices(s: Session) -> int:
    cs = ConsentService(s, actor="officer")
    zh = cs.publish_notice(
        "privacy",
        "客户个人信息保护政策",
        2,
        "zh",
        dt.date(2025, 1, 1),
        "一、我们收集哪些信息\n\n为提供财富顾问服务，我们收集您的姓名、证件号码、联系方式及财务信息。"
        "\n\n二、您的权利\n\n您可以查阅、复制、更正、删除您的个人信息，并可随时撤回同意。",
        signature_required=True,
    )
    cs.publish_notice(
        "privacy",
        "Client Privacy Notice",
        2,
        "en",
        dt.date(2025, 1, 1),
        "1. What we collect\n\nTo advise you we collect your name, identity number, contact "
        "details and financial information.\n\n2. Your rights\n\nYou may access, copy, "
        "correct and erase your information and withdraw consent at any time.",
        signature_required=True,
    )
    return zh


def build_rich_client(office: Office, *, language: str = "zh") -> Built:
    """The distinctive client, with edits before (so old row versions were freed without
    secure_delete), consents, an evidence scan, a household, a link and a reveal."""
    with office.transaction() as s:
        svc = ClientService(s, actor="advisor")
        svc.define_custom_field("school", "Children's school", "子女学校", "text")
        other = svc.create(ClientCard(legal_name="Li Ming", chinese_name="李明"))
        card = ClientCard(
            legal_name=NAME,
            chinese_name=NAME,
            preferred_name="翠莲",
            date_of_birth=DOB,
            gender="female",
            occupation="Surgeon",
            language=language,
            wechat_id="cuilian_oy87",
            objective_short=f"{NAME}希望保值增值",
            needs_notes=f"请在周末联系{NAME}，手机 {PHONE_NATIONAL}",
            documents=[DocumentData("prc_id", ID_NUMBER)],
            phones=[PhoneData(PHONE_TYPED)],
            emails=[EmailData(EMAIL)],
            addresses=[AddressData("建国路88号 3单元 1201室", city="深圳", postal_code="518000")],
            relatives=[RelativeData("欧阳明", "child", dt.date(2012, 1, 2), "在深圳读书")],
            tags=["vip", "golf"],
            needs=["succession"],
            custom={"school": "深圳国际学校"},
            horizon_years=10,
            experience_years=8,
        )
        cid = svc.create(card)
        svc.add_snapshot(
            cid,
            SnapshotData(dt.date(2026, 1, 1), "CNY", {"cash": 150_000_00, "funds": 4_200_000_00}),
        )
        hh = Household(name=f"{NAME}家")
        s.add(hh)
        s.flush()
        s.add_all(
            [
                HouseholdMember(household_id=hh.id, client_id=cid, role="head"),
                HouseholdMember(household_id=hh.id, client_id=other, role="spouse"),
                ClientLink(from_client_id=cid, to_client_id=other, kind="spouse"),
            ]
        )
        notice = publish_notices(s)
        scan = AttachmentService(s, actor="advisor").add(cid, "consent-scan.pdf", SCAN)
        cs = ConsentService(s, actor="advisor")
        signed = dt.datetime(2026, 2, 1, 9, 30, tzinfo=dt.UTC)
        cs.grant(
            cid,
            "pi_processing",
            notice_id=notice,
            capture_method="signed_paper",
            effective_at=signed,
            evidence_attachment_id=scan.id,
        )
        cs.grant(
            cid,
            "sensitive_pi",
            notice_id=notice,
            capture_method="signed_paper",
            effective_at=signed,
            evidence_attachment_id=scan.id,
        )
        cs.grant(
            cid, "marketing_sms", notice_id=notice, capture_method="in_person", effective_at=signed
        )
        cs.withdraw(
            cid,
            "marketing_sms",
            channel="phone",
            reason=f"{NAME} called from {PHONE_NATIONAL} to stop SMS",
            effective_at=signed + dt.timedelta(days=30),
        )
        cs.grant(
            other,
            "pi_processing",
            notice_id=notice,
            capture_method="in_person",
            effective_at=signed,
        )
    with office.transaction() as s:
        # a timeline entry shared with the spouse, with a file and an edit (issue 3)
        timeline = InteractionService(s, actor="advisor")
        entry = timeline.record(
            [cid, other],
            "review_meeting",
            dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC),
            "Annual review",
            "Portfolio discussed.",
            staff=["Li Na"],
            member_ids=[other],
        )
        timeline.attach(entry, "review-notes.pdf", b"%PDF-1.4 review notes")
        timeline.edit(entry, 1, outcome="Keep the allocation.")
        # tasks about the client and a complaint with its history (issue 3), their free
        # text naming the person and the phone (the erasure must clear it)
        tasks = TaskService(s, actor="advisor")
        tasks.create(
            f"Call back {NAME} about the review",
            dt.date(2026, 3, 8),
            client_id=cid,
            assignee="Li Na",
            notes=f"{NAME} prefers {PHONE_NATIONAL} after 18:00",
        )
        done = tasks.create(
            f"Send {NAME} the statement", dt.date(2026, 3, 9), client_id=cid, assignee="Li Na"
        )
        tasks.complete(
            done,
            1,
            f"Sent; {NAME} confirmed by SMS from {PHONE_E164}",
            at=dt.datetime(2026, 3, 9, 8, 0, tzinfo=dt.UTC),
        )
        complaints = ComplaintService(s, actor="advisor")
        complaint = complaints.open(
            cid,
            f"Statement arrived late; {NAME} ({PHONE_NATIONAL}) upset",
            owner="Li Na",
            received_at=COMPLAINT_RECEIVED,
        )
        version = complaints.transition(
            complaint,
            1,
            "acknowledged",
            note=f"Called {NAME} on {PHONE_NATIONAL}",
            at=COMPLAINT_RECEIVED + dt.timedelta(hours=3),
        )
        version = complaints.transition(
            complaint, version, "investigating", at=COMPLAINT_RECEIVED + dt.timedelta(days=1)
        )
        complaints.transition(
            complaint,
            version,
            "resolved",
            note="Postal delay confirmed",
            resolution=f"Apologised to {NAME}; e-statements from now on (ID {ID_NUMBER} checked)",
            at=COMPLAINT_RECEIVED + dt.timedelta(days=2),
        )
    with office.transaction() as s:
        add_rich_portfolio(s, cid, NAME)  # accounts, holdings, transactions (issue 5)
    with office.transaction() as s:
        # risk profile, professional determination and a suitability record (issue 5)
        assessments = AssessmentService(s, actor="advisor")
        assessments.record(cid, max_answers(), RISK_DAY, today=RISK_DAY, client_confirmed=True)
        assessments.record_professional(
            cid, RISK_DAY, today=RISK_DAY, experience_years=0, note=f"{NAME}: below thresholds"
        )
        SuitabilityService(s, actor="advisor").record(
            cid, add_product(s, 3, code="RICH-R3"), "recommendation", today=RISK_DAY
        )
        # a hand-picked list and a stored value score (issue 6)
        SmartListService(s, actor="advisor").create_static("Rich client list", [cid])
        ValueScoreService(s).refresh_all(RISK_DAY)
    with office.transaction() as s:
        # a second card entered for the same person, merged into this one (issue 9)
        dup = ClientService(s, actor="advisor").create(ClientCard(legal_name="Ouyang Cuilian"))
        MergeService(s, actor="advisor").merge(cid, dup)
    # edits after creation: the card's row and index entries are rewritten, leaving the
    # old versions in freed space (written without secure_delete)
    for k in range(4):
        with office.transaction() as s:
            svc = ClientService(s, actor="advisor")
            card = svc.load(cid)
            card.needs_notes = f"{card.needs_notes} / review {k} " + "备注" * (15 * k)
            card.tags = [*card.tags, f"note{k}"]
            svc.save(card)
    with office.transaction() as s:
        ClientService(s, actor="compliance").reveal_document(
            cid, ClientService(s).load(cid).documents[0].id or 0, "KYC refresh"
        )
    return Built(client_id=cid, other_id=other, notice_id=notice, attachment_id=scan.id)
