"""Client cards against a real encrypted office: round trips, validation, conflicts,
snapshots and tiers, and the recorded reveal of an identity number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

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
from app.money import FxService
from app.settings import SettingsService
from app.validation import ValidationError, prc_id_checksum_char
from db.errors import ConflictError
from db.models import AccessEvent, Client, FinancialSnapshot, IdentityDocument, Phone
from db.office import Office, open_office
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
RATE_DAY = dt.date(2024, 1, 1)


def prc_id(region: str, birth: dt.date, seq: str) -> str:
    first17 = f"{region}{birth:%Y%m%d}{seq}"
    return first17 + prc_id_checksum_char(first17)


DOB = dt.date(1990, 3, 7)
VALID_ID = "110101199003071233"  # hand-checked: Beijing Dongcheng, 1990-03-07
assert prc_id("110101", DOB, "123") == VALID_ID
GB_EXAMPLE = "11010519491231002X"  # the GB 11643-1999 example, born 1949-12-31

CUSTOM = {
    "hobby": ("text", None, None),
    "children": ("number", None, None),
    "target": ("money", None, "CNY"),
    "anniversary": ("date", None, None),
    "segment": ("choice", ["A", "B", "C"], None),
    "vip": ("bool", None, None),
}


@pytest.fixture(scope="module")
def office(tmp_path_factory, template_office_bytes: bytes):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("clients") / "office.db"
    path.write_bytes(template_office_bytes)
    opened = open_office(path, PASSPHRASE)
    with opened.transaction() as s:
        svc = ClientService(s)
        for key, (kind, choices, currency) in CUSTOM.items():
            svc.define_custom_field(key, key.title(), key, kind, choices, currency)
        fx = FxService(s, "CNY")
        fx.set_rate("USD", RATE_DAY, Decimal("7.1"))
    yield opened
    opened.close()


def full_card(**overrides) -> ClientCard:  # type: ignore[no-untyped-def]
    card = ClientCard(
        legal_name="  王伟  ",
        chinese_name="王伟",
        preferred_name="Wei",
        date_of_birth=DOB,
        gender="male",
        marital_status="married",
        nationality="CN",
        occupation="Engineer",
        employer="Acme",
        industry="Manufacturing",
        education="Master",
        wechat_id="wangwei_88",
        preferred_channel="wechat",
        contact_times="evenings",
        objective_short="Liquidity for a house",
        objective_long="Retirement",
        horizon_years=15,
        liquidity_needs="medium",
        experience_years=8,
        experience_products=["funds", "stocks"],
        preferred_assets=["equities"],
        excluded_assets=["crypto"],
        themes=["ESG"],
        needs=["succession", "children_education"],
        needs_notes="Daughter to study abroad in 2030",
        tags=["vip", "referral"],
        status="active",
        owner="alice",
        source="seminar",
        client_since=dt.date(2015, 6, 1),
        last_review=dt.date(2024, 6, 1),
        next_review=dt.date(2027, 1, 15),
        documents=[
            DocumentData("prc_id", "1101 0119 9003 0712 33", "CN", dt.date(2035, 1, 1)),
            DocumentData("passport", "E12345678", "CN", dt.date(2030, 5, 1)),
        ],
        phones=[
            PhoneData("138 0013 8000", "mobile"),
            PhoneData("+852 9123 4567", "hk"),
        ],
        emails=[EmailData("  Wang.Wei@Example.COM ", "work")],
        addresses=[
            AddressData("1 Jianguo Rd", "Unit 5", "Beijing", "Beijing", "100000", "CN", "home")
        ],
        relatives=[RelativeData("王小明", "child", dt.date(2012, 9, 1), "at school")],
        custom={
            "hobby": "golf",
            "children": "2",
            "target": "1,234.56",
            "anniversary": "2010-10-10",
            "segment": "B",
            "vip": "是",
        },
    )
    for key, value in overrides.items():
        setattr(card, key, value)
    return card


def create(office: Office, card: ClientCard) -> int:
    with office.transaction() as s:
        return ClientService(s).create(card)


def load(office: Office, client_id: int) -> ClientCard:
    with office.transaction() as s:
        return ClientService(s).load(client_id)


def client_count(office: Office) -> int:
    with office.transaction() as s:
        return int(s.scalar(select(func.count(Client.id))) or 0)


# ---- round trip --------------------------------------------------------------------------


def test_every_section_round_trips(office: Office) -> None:
    cid = create(office, full_card())
    card = load(office, cid)
    assert card.id == cid and card.version == 1
    assert card.legal_name == "王伟"
    assert card.latin_name == "Wang Wei"  # derived from the Chinese name
    assert (card.chinese_name, card.preferred_name, card.date_of_birth) == ("王伟", "Wei", DOB)
    assert (card.gender, card.marital_status, card.nationality) == ("male", "married", "CN")
    assert (card.occupation, card.employer, card.industry, card.education) == (
        "Engineer",
        "Acme",
        "Manufacturing",
        "Master",
    )
    assert (card.wechat_id, card.preferred_channel, card.contact_times) == (
        "wangwei_88",
        "wechat",
        "evenings",
    )
    assert (card.objective_short, card.objective_long) == ("Liquidity for a house", "Retirement")
    assert (card.horizon_years, card.liquidity_needs, card.experience_years) == (15, "medium", 8)
    assert card.experience_products == ["funds", "stocks"]
    assert (card.preferred_assets, card.excluded_assets, card.themes) == (
        ["equities"],
        ["crypto"],
        ["ESG"],
    )
    assert sorted(card.needs) == ["children_education", "succession"]
    assert card.needs_notes == "Daughter to study abroad in 2030"
    assert sorted(card.tags) == ["referral", "vip"]
    assert (card.status, card.owner, card.source) == ("active", "alice", "seminar")
    assert (card.client_since, card.last_review, card.next_review) == (
        dt.date(2015, 6, 1),
        dt.date(2024, 6, 1),
        dt.date(2027, 1, 15),
    )
    docs = [(d.doc_type, d.number, d.issuing_country, d.expiry) for d in card.documents]
    assert docs == [
        ("prc_id", VALID_ID, "CN", dt.date(2035, 1, 1)),
        ("passport", "E12345678", "CN", dt.date(2030, 5, 1)),
    ]
    assert [(p.number, p.label) for p in card.phones] == [
        ("+8613800138000", "mobile"),
        ("+85291234567", "hk"),
    ]
    assert [(e.address, e.label) for e in card.emails] == [("wang.wei@example.com", "work")]
    a = card.addresses[0]
    assert (a.line1, a.line2, a.city, a.region, a.postal_code, a.country, a.label) == (
        "1 Jianguo Rd",
        "Unit 5",
        "Beijing",
        "Beijing",
        "100000",
        "CN",
        "home",
    )
    r = card.relatives[0]
    assert (r.name, r.relation, r.date_of_birth, r.notes) == (
        "王小明",
        "child",
        dt.date(2012, 9, 1),
        "at school",
    )
    assert card.custom == {
        "hobby": "golf",
        "children": "2",
        "target": "123456",  # minor units of the field's currency
        "anniversary": "2010-10-10",
        "segment": "B",
        "vip": "yes",
    }


def test_edit_and_save_keeps_unchanged_children_and_bumps_the_version(office: Office) -> None:
    cid = create(office, full_card(legal_name="Edit Me", chinese_name=None))
    card = load(office, cid)
    kept_phone_id = card.phones[0].id
    card.phones = [card.phones[0]]  # drop the HK number
    card.emails.append(EmailData("SECOND@example.org", "personal"))
    card.tags = ["vip", "golfer"]
    card.custom["vip"] = "no"
    del card.custom["hobby"]
    card.occupation = "  Retired  "
    with office.transaction() as s:
        assert ClientService(s).save(card) == 2
    again = load(office, cid)
    assert again.version == 2
    assert [p.number for p in again.phones] == ["+8613800138000"]
    assert again.phones[0].id == kept_phone_id
    assert [e.address for e in again.emails] == ["wang.wei@example.com", "second@example.org"]
    assert sorted(again.tags) == ["golfer", "vip"]
    assert again.custom["vip"] == "no" and "hobby" not in again.custom
    assert again.occupation == "Retired"
    with office.transaction() as s:
        assert s.scalar(select(func.count(Phone.id)).where(Phone.client_id == cid)) == 1


def test_document_numbers_are_stored_normalized(office: Office) -> None:
    cid = create(
        office,
        full_card(
            legal_name="Doc Person",
            chinese_name=None,
            date_of_birth=dt.date(1949, 12, 31),
            documents=[
                DocumentData("prc_id", "110105 19491231 002x"),
                DocumentData("passport", "e 1234 5678", "CN"),
            ],
        ),
    )
    assert [d.number for d in load(office, cid).documents] == [GB_EXAMPLE, "E12345678"]


# ---- custom fields: each kind, good and bad --------------------------------------------


@pytest.mark.parametrize(
    ("key", "raw", "stored"),
    [
        ("hobby", "  sailing  ", "sailing"),
        ("children", "3", "3"),
        ("children", "1,000.50", "1000.5"),
        ("children", "-2", "-2"),
        ("target", "15万", "15000000"),
        ("target", "0.01", "1"),
        ("anniversary", "1999-12-31", "1999-12-31"),
        ("segment", "C", "C"),
        ("vip", "Yes", "yes"),
        ("vip", "false", "no"),
        ("vip", "否", "no"),
    ],
)
def test_custom_field_good_values(office: Office, key: str, raw: str, stored: str) -> None:
    cid = create(office, ClientCard(legal_name=f"Custom {key} {raw}", custom={key: raw}))
    assert load(office, cid).custom == {key: stored}


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("hobby", "x" * 501),
        ("children", "two"),
        ("children", "NaN"),
        ("children", "Infinity"),
        ("target", "12.345"),  # below the fen
        ("target", "1,5"),
        ("target", "lots"),
        ("anniversary", "31/12/1999"),
        ("anniversary", "2023-02-30"),
        ("segment", "D"),
        ("segment", "b"),
        ("vip", "maybe"),
        ("no_such_field", "1"),
    ],
)
def test_custom_field_bad_values_name_the_field_and_change_nothing(
    office: Office, key: str, raw: str
) -> None:
    before = client_count(office)
    with pytest.raises(ValidationError) as info:
        create(office, ClientCard(legal_name="Bad Custom", custom={key: raw}))
    assert [e.field for e in info.value.errors] == [f"custom.{key}"]
    assert client_count(office) == before


# ---- validation --------------------------------------------------------------------------


def test_all_problems_are_reported_at_once_with_their_paths(office: Office) -> None:
    before = client_count(office)
    card = ClientCard(
        legal_name="  ",
        chinese_name="Wang",
        date_of_birth=TODAY + dt.timedelta(days=1),
        gender="robot",
        nationality="CHN",
        status="vip",
        horizon_years=101,
        documents=[DocumentData("passport", "123", "CN")],
        phones=[PhoneData("138 0013 8000"), PhoneData("99999")],
        emails=[EmailData("ok@example.com"), EmailData("not-an-email")],
        addresses=[AddressData("")],
        relatives=[RelativeData(" ")],
    )
    with pytest.raises(ValidationError) as info:
        create(office, card)
    fields = {e.field for e in info.value.errors}
    assert fields == {
        "legal_name",
        "chinese_name",
        "date_of_birth",
        "gender",
        "nationality",
        "status",
        "horizon_years",
        "documents.0.number",
        "phones.1.number",
        "emails.1.address",
        "addresses.0.line1",
        "relatives.0.name",
    }
    assert client_count(office) == before
    # Messages are safe to show and log: they never echo the bad value back.
    assert "99999" not in str(info.value) and "not-an-email" not in str(info.value)


def test_invalid_save_changes_nothing(office: Office) -> None:
    cid = create(office, full_card(legal_name="Stable", chinese_name=None))
    before = load(office, cid)
    card = load(office, cid)
    card.occupation = "Changed"
    card.phones.append(PhoneData("not a phone"))
    with pytest.raises(ValidationError) as info:
        with office.transaction() as s:
            ClientService(s).save(card)
    assert [e.field for e in info.value.errors] == ["phones.2.number"]
    assert load(office, cid) == before


def test_real_prc_id_with_disagreeing_birth_date_is_rejected(office: Office) -> None:
    before = client_count(office)
    card = ClientCard(
        legal_name="Mismatch",
        date_of_birth=DOB + dt.timedelta(days=1),
        documents=[DocumentData("prc_id", VALID_ID)],
    )
    with pytest.raises(ValidationError) as info:
        create(office, card)
    assert [e.field for e in info.value.errors] == ["documents.0.number"]
    assert "birth date" in info.value.errors[0].message
    assert VALID_ID not in str(info.value)
    assert client_count(office) == before
    card.date_of_birth = DOB
    assert load(office, create(office, card)).documents[0].number == VALID_ID


@pytest.mark.parametrize(
    "number",
    [
        VALID_ID[:-1] + "4",  # wrong check character
        "110101199002301235",  # 30 February
        "11010119900307123",  # 17 characters
        "110101900307123",  # old 15-digit number
        "1101011990030712A3",  # a letter in the middle
    ],
)
def test_invalid_prc_ids_are_rejected(office: Office, number: str) -> None:
    with pytest.raises(ValidationError) as info:
        create(office, ClientCard(legal_name="Bad ID", documents=[DocumentData("prc_id", number)]))
    assert [e.field for e in info.value.errors] == ["documents.0.number"]


# ---- optimistic concurrency --------------------------------------------------------------


def test_conflict_between_two_windows_first_save_wins(office: Office) -> None:
    """One transaction per user action: both windows load, both edit, both save."""
    cid = create(office, ClientCard(legal_name="Contested"))
    window_a, window_b = office.session(), office.session()
    try:
        with window_a.begin():
            card_a = ClientService(window_a).load(cid)
        with window_b.begin():
            card_b = ClientService(window_b).load(cid)
        card_a.occupation, card_b.occupation = "Edited in A", "Edited in B"
        card_b.phones.append(PhoneData("13800138000"))
        with window_a.begin():
            assert ClientService(window_a).save(card_a) == 2
        with pytest.raises(ConflictError) as info:
            with window_b.begin():
                ClientService(window_b).save(card_b)
        assert info.value.entity_id == cid
        assert "changed elsewhere" in str(info.value)
    finally:
        window_a.close()
        window_b.close()
    stored = load(office, cid)
    assert (stored.occupation, stored.version, stored.phones) == ("Edited in A", 2, [])
    assert card_b.occupation == "Edited in B"  # the loser's edits are still on screen


def test_conflict_with_overlapping_transactions(office: Office) -> None:
    """Two sessions each inside an open transaction: SQLite refuses the second writer's
    stale snapshot; that must surface as the same ConflictError, not 'database is locked'."""
    cid = create(office, ClientCard(legal_name="Overlap"))
    s1, s2 = office.session(), office.session()
    try:
        s1.begin()
        s2.begin()
        a = ClientService(s1).load(cid)
        b = ClientService(s2).load(cid)
        a.occupation, b.occupation = "first", "second"
        ClientService(s1).save(a)
        s1.commit()
        with pytest.raises(ConflictError):
            ClientService(s2).save(b)
        s2.rollback()
    finally:
        s1.close()
        s2.close()
    stored = load(office, cid)
    assert (stored.occupation, stored.version) == ("first", 2)


def test_a_stale_version_is_refused_even_in_a_fresh_session(office: Office) -> None:
    cid = create(office, ClientCard(legal_name="Stale"))
    old = load(office, cid)
    fresh = load(office, cid)
    fresh.owner = "bob"
    with office.transaction() as s:
        ClientService(s).save(fresh)
    old.owner = "carol"
    with pytest.raises(ConflictError), office.transaction() as s:
        ClientService(s).save(old)
    assert load(office, cid).owner == "bob"


# ---- snapshots and tiers -----------------------------------------------------------------


def add_snapshot(office: Office, cid: int, snap: SnapshotData) -> None:
    with office.transaction() as s:
        ClientService(s).add_snapshot(cid, snap, recorded_by="tester")


def tier_row(office: Office, cid: int) -> tuple[str, int | None]:
    with office.transaction() as s:
        row = s.get(Client, cid)
        assert row is not None
        return row.tier, row.investable_base_minor


def test_snapshots_derive_net_worth_investable_and_tier(office: Office) -> None:
    cid = create(office, ClientCard(legal_name="Rich Client"))
    assert tier_row(office, cid) == ("mass", None)
    first = SnapshotData(
        as_of=dt.date(2024, 6, 30),
        currency="CNY",
        assets={
            "deposits": 5_000_000_00,
            "funds": 3_000_000_00,
            "real_estate": 20_000_000_00,  # not investable
        },
        liabilities_minor=4_000_000_00,
        annual_income_minor=1_200_000_00,
    )
    assert first.net_worth_minor == 24_000_000_00
    assert first.investable_minor == 8_000_000_00
    add_snapshot(office, cid, first)
    # CNY 8,000,000 at 7.1 CNY per USD is USD 1,126,760.56: HNW from USD 1M.
    assert tier_row(office, cid) == ("hnw", 8_000_000_00)

    second = SnapshotData(dt.date(2025, 6, 30), "CNY", {"cash": 5_000_000_00})
    add_snapshot(office, cid, second)
    assert tier_row(office, cid) == ("affluent", 5_000_000_00)  # USD 704k

    card = load(office, cid)
    assert [s.as_of for s in card.snapshots] == [dt.date(2025, 6, 30), dt.date(2024, 6, 30)]
    assert card.snapshots[1].assets == first.assets  # the older one is untouched
    assert card.snapshots[1].net_worth_minor == 24_000_000_00
    assert card.tier == "affluent"
    with office.transaction() as s:
        recorded = set(s.scalars(select(FinancialSnapshot.recorded_by)))
        assert recorded == {"tester"}


def test_tier_follows_the_office_thresholds_and_foreign_currency(office: Office) -> None:
    cid = create(office, ClientCard(legal_name="Threshold Client"))
    add_snapshot(office, cid, SnapshotData(dt.date(2025, 1, 1), "CNY", {"cash": 5_000_000_00}))
    assert tier_row(office, cid)[0] == "affluent"
    with office.transaction() as s:
        SettingsService(s).set("tier.hnw_usd_minor", 500_000_00)
        row = s.get(Client, cid)
        assert row is not None
        ClientService(s).refresh_tier(row)
    try:
        assert tier_row(office, cid)[0] == "hnw"
    finally:
        with office.transaction() as s:
            SettingsService(s).set("tier.hnw_usd_minor", 1_000_000_00)
    usd = create(office, ClientCard(legal_name="Dollar Client"))
    add_snapshot(
        office, usd, SnapshotData(dt.date(2025, 1, 1), "USD", {"securities": 30_000_000_00})
    )
    assert tier_row(office, usd) == ("uhnw", 213_000_000_00)


def test_snapshot_without_a_rate_keeps_the_client_usable(office: Office) -> None:
    cid = create(office, ClientCard(legal_name="Euro Client"))
    add_snapshot(office, cid, SnapshotData(dt.date(2025, 1, 1), "EUR", {"cash": 2_000_000_00}))
    assert tier_row(office, cid) == ("mass", None)
    assert len(load(office, cid).snapshots) == 1


@pytest.mark.parametrize(
    ("snap", "field"),
    [
        (SnapshotData(TODAY + dt.timedelta(days=1), "CNY", {"cash": 1}), "snapshot.as_of"),
        (SnapshotData(dt.date(2024, 1, 1), "XYZ", {"cash": 1}), "snapshot.currency"),
        (SnapshotData(dt.date(2024, 1, 1), "CNY", {"cash": -1}), "snapshot.assets.cash"),
        (SnapshotData(dt.date(2024, 1, 1), "CNY", {"gold_bars": 1}), "snapshot.assets.gold_bars"),
        (SnapshotData(dt.date(2024, 1, 1), "CNY", {}, -5), "snapshot.liabilities"),
    ],
)
def test_bad_snapshots_are_refused(office: Office, snap: SnapshotData, field: str) -> None:
    cid = create(office, ClientCard(legal_name="Snap Validation"))
    with pytest.raises(ValidationError) as info:
        add_snapshot(office, cid, snap)
    assert [e.field for e in info.value.errors] == [field]
    assert load(office, cid).snapshots == []


# ---- revealing identity numbers ----------------------------------------------------------


def test_reveal_document_is_recorded_with_only_the_masked_number(office: Office) -> None:
    cid = create(office, full_card(legal_name="Reveal Me", chinese_name=None))
    other = create(office, ClientCard(legal_name="Someone Else"))
    with office.transaction() as s:
        doc_id = s.scalar(
            select(IdentityDocument.id).where(
                IdentityDocument.client_id == cid, IdentityDocument.doc_type == "prc_id"
            )
        )
        before = s.scalar(select(func.count(AccessEvent.id)))
    with office.transaction() as s:
        number = ClientService(s, actor="alice").reveal_document(cid, doc_id, "KYC refresh")
    assert number == VALID_ID
    with office.transaction() as s:
        events = list(s.scalars(select(AccessEvent).order_by(AccessEvent.id.desc()).limit(1)))
        assert s.scalar(select(func.count(AccessEvent.id))) == before + 1
    event = events[0]
    assert (event.actor, event.action, event.client_id) == ("alice", "reveal_document", cid)
    assert VALID_ID not in (event.detail or "")
    assert "1101**********1233" in (event.detail or "")
    assert "KYC refresh" in (event.detail or "")
    with pytest.raises(LookupError), office.transaction() as s:
        ClientService(s).reveal_document(other, doc_id)
    with office.transaction() as s:
        assert s.scalar(select(func.count(AccessEvent.id))) == before + 1
