# ruff: noqa: F811  (fixtures imported from tests/app/security_office.py)
"""Each role's permissions, proved at the service layer on a real office with accounts:
what each may do succeeds, what it may not do raises PermissionDenied and changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import access
from app.access import PermissionDenied
from app.cards import ClientCard, SnapshotData
from app.clients import ClientService
from db.models import Client, FinancialSnapshot
from tests.app.security_office import (  # noqa: F401
    ADMIN,
    ASSISTANT,
    CHEN,
    COMPLIANCE,
    LI,
    client_ids,
    secure_path,
    security_template,
    signed_in,
)
from tests.conftest import sha256

ALL = (ADMIN, LI, ASSISTANT, COMPLIANCE)
Action = Callable[[Session, dict[str, int]], object]


def allowed(path: Path, who: str, ids: dict[str, int], action: Action) -> None:
    with signed_in(path, who) as office, office.transaction() as s:
        action(s, ids)


def refused(path: Path, who: str, ids: dict[str, int], action: Action) -> str:
    with signed_in(path, who) as office:
        before = _fingerprint(office)
        with pytest.raises(PermissionDenied) as info, office.transaction() as s:
            action(s, ids)
        assert _fingerprint(office) == before, "a refused action changed the office"
    message = str(info.value)
    assert "\n" not in message and who in message
    return message


def _fingerprint(office) -> tuple:  # type: ignore[no-untyped-def]
    with office.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Client)),
            s.scalar(select(func.max(Client.version))),
            s.scalar(select(func.count()).select_from(FinancialSnapshot)),
        )


def check(path: Path, ids: dict[str, int], action: Action, may: tuple[str, ...]) -> None:
    for who in ALL:
        if who in may:
            allowed(path, who, ids, action)
        else:
            refused(path, who, ids, action)


# ---- clients ---------------------------------------------------------------------------


def _load_li(s: Session, ids: dict[str, int]) -> object:
    return ClientService(s).load(ids[LI])


def _load_chen(s: Session, ids: dict[str, int]) -> object:
    return ClientService(s).load(ids[CHEN])


def _save(owner: str) -> Action:
    def run(s: Session, ids: dict[str, int]) -> object:
        svc = ClientService(s)
        card = svc.load(ids[owner]) if access.can(s, access.READ_CLIENT, ids[owner]) else None
        if card is None:  # a refused read is tested separately; here try the write blind
            card = ClientCard(legal_name="x")
            card.id, card.version = ids[owner], 1
        card.occupation = "Edited"
        return svc.save(card)

    return run


def _snapshot(s: Session, ids: dict[str, int]) -> object:
    snap = SnapshotData(dt.date(2026, 1, 1), "CNY", {"cash": 1_000_00}, 0)
    return ClientService(s).add_snapshot(ids[LI], snap)


def _create(s: Session, _ids: dict[str, int]) -> object:
    return ClientService(s).create(ClientCard(legal_name="New Client", owner=LI))


def _custom_field(s: Session, _ids: dict[str, int]) -> object:
    return ClientService(s).define_custom_field("golf", "Golf", "高尔夫", "text")


def test_reading_a_client(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _load_li, (ADMIN, LI, ASSISTANT, COMPLIANCE))
    message = refused(secure_path, LI, client_ids, _load_chen)
    assert "not one of Li Ming's clients" in message
    allowed(secure_path, CHEN, client_ids, _load_chen)


def test_editing_a_card(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _save(LI), (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, _save(CHEN))


def test_financials(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _snapshot, (ADMIN, LI))


def test_creating_clients_and_custom_fields(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _create, (ADMIN, LI, ASSISTANT))
    check(secure_path, client_ids, _custom_field, (ADMIN,))


def test_sharing_opens_a_client_to_an_advisor(
    secure_path: Path, client_ids: dict[str, int]
) -> None:
    from app.users import UserService
    from db.key_rotation import OfficeKeys

    refused(secure_path, LI, client_ids, _save(CHEN))
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        UserService(s, OfficeKeys(office)).share(client_ids[CHEN], LI)
    allowed(secure_path, LI, client_ids, _save(CHEN))


def test_a_file_without_accounts_behaves_as_before(office_path: Path) -> None:
    from db.office import open_office
    from tests.conftest import PASSPHRASE

    before = sha256(office_path)
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.session() as s:
            assert access.current(s) == access.IMPLICIT_ADMIN
            assert access.client_scope(s) is None
    finally:
        office.close()
    assert before


def test_the_client_list_shows_an_advisor_only_their_book(
    secure_path: Path, client_ids: dict[str, int]
) -> None:
    from app.client_list import ClientListService, ListQuery
    from app.users import UserService
    from db.key_rotation import OfficeKeys

    def listed(who: str, text: str = "") -> tuple[list[int], int]:
        with signed_in(secure_path, who) as office, office.session() as s:
            svc = ClientListService(s)
            rows = svc.page(ListQuery(text=text), 0, 50)
            return sorted(r.id for r in rows), svc.count(ListQuery(text=text))

    everyone = sorted(client_ids.values())
    for who in (ADMIN, ASSISTANT, COMPLIANCE):
        assert listed(who) == (everyone, 2)
    assert listed(LI) == ([client_ids[LI]], 1)
    assert listed(CHEN) == ([client_ids[CHEN]], 1)
    assert listed(LI, "client") == ([client_ids[LI]], 1)  # the one-term fast count too
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        UserService(s, OfficeKeys(office)).share(client_ids[CHEN], LI)
    assert listed(LI) == (everyone, 2)
    assert listed(CHEN) == ([client_ids[CHEN]], 1)


# ---- timeline, households, consent -------------------------------------------------------


def _interaction(owner: str) -> Action:
    def run(s: Session, ids: dict[str, int]) -> object:
        from app.timeline import InteractionService

        when = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
        return InteractionService(s, "x").record([ids[owner]], "call", when, "Checked in")

    return run


def _household(s: Session, ids: dict[str, int]) -> object:
    from app.households import HouseholdService

    return HouseholdService(s).create("Li family", [(ids[LI], "head")])


def _link_to_chen(s: Session, ids: dict[str, int]) -> object:
    from app.households import HouseholdService

    return HouseholdService(s).link(ids[CHEN], ids[LI], "referrer")


def test_timeline(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _interaction(LI), (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, _interaction(CHEN))


def test_timeline_edits_and_trash_follow_the_entry(
    secure_path: Path, client_ids: dict[str, int]
) -> None:
    from app.timeline import InteractionService

    with signed_in(secure_path, CHEN) as office, office.transaction() as s:
        entry = int(_interaction(CHEN)(s, client_ids))  # type: ignore[arg-type]

    def delete(s: Session, _ids: dict[str, int]) -> object:
        InteractionService(s, "x").delete(entry)
        return None

    refused(secure_path, LI, client_ids, delete)
    refused(secure_path, COMPLIANCE, client_ids, delete)
    allowed(secure_path, ASSISTANT, client_ids, delete)


def test_households(secure_path: Path, client_ids: dict[str, int]) -> None:
    check(secure_path, client_ids, _household, (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, _link_to_chen)
    allowed(secure_path, CHEN, client_ids, _link_to_chen)


def test_consent(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.consent import ConsentService

    def publish(s: Session, _ids: dict[str, int]) -> object:
        return ConsentService(s).publish_notice(
            "privacy_notice", "Privacy", 1, "zh", dt.date(2020, 1, 1), "隐私政策"
        )

    for who in (LI, ASSISTANT, COMPLIANCE):
        refused(secure_path, who, client_ids, publish)
    with signed_in(secure_path, ADMIN) as office, office.transaction() as s:
        notice = int(publish(s, client_ids))  # type: ignore[arg-type]

    def grant(owner: str) -> Action:
        def run(s: Session, ids: dict[str, int]) -> object:
            return ConsentService(s).grant(
                ids[owner], "marketing_phone", notice_id=notice, capture_method="in_person"
            )

        return run

    check(secure_path, client_ids, grant(LI), (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, grant(CHEN))


# ---- tasks, complaints -------------------------------------------------------------------


def test_tasks(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.tasks import TaskService

    def create(owner: str) -> Action:
        def run(s: Session, ids: dict[str, int]) -> object:
            return TaskService(s, "x").create(
                "Call back", dt.date(2026, 12, 1), client_id=ids[owner]
            )

        return run

    check(secure_path, client_ids, create(LI), (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, create(CHEN))
    with signed_in(secure_path, CHEN) as office, office.transaction() as s:
        task = int(create(CHEN)(s, client_ids))  # type: ignore[arg-type]

    def cancel(s: Session, _ids: dict[str, int]) -> object:
        TaskService(s, "x").cancel(task, 1)
        return None

    refused(secure_path, LI, client_ids, cancel)
    refused(secure_path, COMPLIANCE, client_ids, cancel)
    allowed(secure_path, CHEN, client_ids, cancel)


def test_complaints(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.complaints import ComplaintService

    def open_for(owner: str) -> Action:
        def run(s: Session, ids: dict[str, int]) -> object:
            return ComplaintService(s, "x").open(ids[owner], "Late statement")

        return run

    check(secure_path, client_ids, open_for(LI), (ADMIN, LI, ASSISTANT))
    refused(secure_path, LI, client_ids, open_for(CHEN))


# ---- settings, erasure, portfolio --------------------------------------------------------


def test_settings_are_the_admins(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.settings import SettingsService

    def set_idle(s: Session, _ids: dict[str, int]) -> object:
        SettingsService(s).set("lock.idle_minutes", 10)
        return None

    check(secure_path, client_ids, set_idle, (ADMIN,))


def test_erasure_is_the_admins(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.erasure import erase_client, purge_expired

    def erase(s: Session, ids: dict[str, int]) -> object:
        return erase_client(s, ids[LI], "x", "the client's request")

    def purge(s: Session, _ids: dict[str, int]) -> object:
        return purge_expired(s, dt.date(2026, 11, 1))

    for who in (LI, ASSISTANT, COMPLIANCE):
        refused(secure_path, who, client_ids, erase)
        refused(secure_path, who, client_ids, purge)
    allowed(secure_path, ADMIN, client_ids, erase)


def test_portfolio_is_financial(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.portfolio import AccountData, PortfolioService

    def add_account(owner: str) -> Action:
        def run(s: Session, ids: dict[str, int]) -> object:
            data = AccountData("ICBC", "brokerage", "6222021234567890123", "CNY", None)
            return PortfolioService(s, "x").add_account(ids[owner], data)

        return run

    check(secure_path, client_ids, add_account(LI), (ADMIN, LI))
    refused(secure_path, LI, client_ids, add_account(CHEN))


# ---- risk and suitability ----------------------------------------------------------------


def test_risk_is_not_the_assistants(secure_path: Path, client_ids: dict[str, int]) -> None:
    from app.risk_assessment import AssessmentService
    from app.suitability import SuitabilityService

    def assess(owner: str) -> Action:
        def run(s: Session, ids: dict[str, int]) -> object:
            today = dt.date(2026, 11, 1)
            return AssessmentService(s, "x").record(ids[owner], {}, today, today=today)

        return run

    def suitability(s: Session, ids: dict[str, int]) -> object:
        return SuitabilityService(s, "x").record(
            ids[LI], 1, "recommend", today=dt.date(2026, 11, 1)
        )

    for action in (assess(LI), suitability):
        for who in (ASSISTANT, COMPLIANCE):
            refused(secure_path, who, client_ids, action)
        for who in (ADMIN, LI):  # past the permission check, the empty answers are refused
            with signed_in(secure_path, who) as office, office.transaction() as s:
                with pytest.raises(Exception) as info:
                    action(s, client_ids)
                assert not isinstance(info.value, PermissionDenied)
    refused(secure_path, LI, client_ids, assess(CHEN))


# ---- exports and lists -------------------------------------------------------------------


def test_subject_export_and_lists(
    secure_path: Path, client_ids: dict[str, int], tmp_path: Path
) -> None:
    from app.smart_lists import SmartListService
    from app.subject_export import export_subject

    def export(s: Session, ids: dict[str, int]) -> object:
        out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
        out.mkdir()
        return export_subject(s, ids[LI], out, actor="x")

    check(secure_path, client_ids, export, (ADMIN, LI, COMPLIANCE))

    def make_list(s: Session, ids: dict[str, int]) -> object:
        name = f"Golfers {s.info['user']}"
        return SmartListService(s, "x").create_static(name, [ids[LI]])

    check(secure_path, client_ids, make_list, (ADMIN, LI, ASSISTANT))
