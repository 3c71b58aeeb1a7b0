"""A realistic demo office: Chinese and English clients, households, snapshots, custom fields.

Deterministic for a given seed (same clients, same numbers), and bulk-inserted so that
100,000 clients take well under a minute.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select

from app.cards import ASSET_CLASSES, INVESTABLE_CLASSES
from app.clients import ClientService, TierThresholds, tier_for_usd
from app.consent import MARKETING_CHANNELS, ConsentService
from app.money import FxService, Money
from app.pinyin import latin_from_chinese
from app.search_text import build_entry
from app.settings import SettingsService
from app.validation import prc_id_checksum_char
from db import search_index
from db.bulk import bulk_insert
from db.models import (
    Address,
    Client,
    ClientLink,
    ClientTag,
    ConsentRecord,
    CustomValue,
    Email,
    FinancialSnapshot,
    Household,
    HouseholdMember,
    IdentityDocument,
    Phone,
    SnapshotAsset,
)
from db.office import Office

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏云飞斌宇浩凯欣怡婷雪琳晨阳博宁子轩梓涵一诺思远嘉豪雨欣佳琪俊杰"
FIRST = "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan Richard Jessica Joseph Sarah Thomas Karen Charles Lisa Daniel Nancy Matthew Sophia Oliver Emma Henry Olivia Lucas Amelia".split()
LAST = "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Chan Wong Lee Cheung".split()
CITIES = [
    ("北京", "北京市", "110105"),
    ("上海", "上海市", "310115"),
    ("深圳", "广东省", "440305"),
    ("广州", "广东省", "440106"),
    ("杭州", "浙江省", "330106"),
    ("成都", "四川省", "510107"),
    ("南京", "江苏省", "320106"),
    ("苏州", "江苏省", "320505"),
]
OCCUPATIONS = [
    ("Entrepreneur", "Manufacturing"),
    ("Executive", "Technology"),
    ("Doctor", "Healthcare"),
    ("Lawyer", "Legal"),
    ("Investor", "Finance"),
    ("Professor", "Education"),
    ("Architect", "Real estate"),
    ("Retired", "—"),
]
ADVISORS = ["Chen Jing", "Li Ming", "Zhang Wei", "Emily Zhou", "David Lin", "Sun Yue"]
TAGS = ["vip", "golf", "wine", "art", "referral-source", "board-member", "family-business"]
NEEDS = [
    "philanthropy",
    "family_office",
    "succession",
    "art",
    "travel",
    "overseas_property",
    "children_education",
]
FX = {"USD": Decimal("7.1"), "HKD": Decimal("0.91"), "EUR": Decimal("7.7"), "GBP": Decimal("9.0")}


def _household_name(head: dict[str, object]) -> str:
    """Named as the family would say it: 王伟家 for a Chinese head, "James Smith family"."""
    if head["chinese_name"]:
        return f"{head['chinese_name']}家"
    return f"{head['legal_name']} family"


def _prc_id(rng: random.Random, region: str, dob: dt.date) -> str:
    first17 = f"{region}{dob:%Y%m%d}{rng.randint(0, 999):03d}"
    return first17 + prc_id_checksum_char(first17)


def define_demo_fields(office: Office) -> None:
    with office.transaction() as s:
        svc = ClientService(s, actor="demo")
        existing = {d.key for d in svc.custom_fields()}
        for key, en, zh, kind, choices, ccy in [
            (
                "club_tier",
                "Club tier",
                "俱乐部等级",
                "choice",
                ["silver", "gold", "platinum"],
                None,
            ),
            ("plays_golf", "Plays golf", "打高尔夫", "bool", None, None),
            ("giving_budget", "Annual giving budget", "年度捐赠预算", "money", None, "CNY"),
            ("school", "Children's school", "子女学校", "text", None, None),
        ]:
            if key not in existing:
                svc.define_custom_field(key, en, zh, kind, choices, ccy)
        fx = FxService(s, "CNY")
        for ccy, rate in FX.items():
            fx.set_rate(ccy, dt.date(2015, 1, 1), rate)


# The demo's "today": every demo_* module dates its records from this day, never from the
# clock, so the same seed builds the same office whatever day it is built on.
DEMO_TODAY = dt.date(2026, 11, 1)


def build_demo(
    office: Office,
    clients: int = 2000,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
    chunk: int = 10_000,
) -> None:
    """Fill an office with `clients` made-up clients; same seed, same office."""
    define_demo_fields(office)
    rng = random.Random(seed)
    today = DEMO_TODAY
    with office.transaction() as s:
        start = (s.scalar(select(func.max(Client.id))) or 0) + 1
        field_ids = {d.key: d.id for d in ClientService(s).custom_fields()}
        thresholds = TierThresholds.from_settings(SettingsService(s))
    done = 0
    ids_so_far: list[int] = []
    while done < clients:
        n = min(chunk, clients - done)
        with office.transaction() as s:
            _insert_chunk(s, rng, start + done, n, field_ids, thresholds, today, ids_so_far)
        done += n
        if progress:
            progress(done, clients)
    build_demo_consents(office, seed)
    from app.demo_timeline import build_demo_interactions

    build_demo_interactions(office, seed)
    from app.demo_tasks import build_demo_tasks

    build_demo_tasks(office, seed, today)
    from app.demo_duplicates import seed_duplicates

    seed_duplicates(office, seed)
    from app.demo_portfolio import build_demo_portfolio

    build_demo_portfolio(office, seed, today)
    from app.demo_risk import build_demo_risk  # after the portfolio demo: it needs products

    build_demo_risk(office, seed, today)
    from app.demo_security import build_demo_users  # staff accounts, when the office has slots

    build_demo_users(office)
    from app.demo_segments import build_demo_segments  # smart lists and value scores, last

    build_demo_segments(office, today)


def _insert_chunk(
    s,
    rng: random.Random,
    first_id: int,
    n: int,
    field_ids: dict[str, int],
    thresholds: TierThresholds,
    today: dt.date,
    ids_so_far: list[int],
) -> None:
    rows: dict[str, list[dict]] = {
        k: []
        for k in (
            "client",
            "doc",
            "phone",
            "email",
            "addr",
            "tag",
            "custom",
            "snap",
            "asset",
            "hh",
            "member",
            "link",
        )
    }
    entries = []
    snap_id = (s.scalar(select(func.max(FinancialSnapshot.id))) or 0) + 1
    hh_id = (s.scalar(select(func.max(Household.id))) or 0) + 1
    fx = FxService(s, "CNY")
    cid = first_id
    while cid < first_id + n:
        household = [cid]
        if rng.random() < 0.3 and cid + 2 < first_id + n:
            household += [cid + 1] if rng.random() < 0.6 else [cid + 1, cid + 2]
        surname = rng.choice(SURNAMES)
        for pos, member in enumerate(household):
            chinese = rng.random() < 0.72
            role = "head" if pos == 0 else ("spouse" if pos == 1 else "child")
            if chinese:
                given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
                zh = (surname if pos != 1 else rng.choice(SURNAMES)) + given
                legal, latin = zh, latin_from_chinese(zh)
                nationality = rng.choice(["CN"] * 9 + ["HK"])
            else:
                zh = None
                legal = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                latin = legal
                nationality = rng.choice(["US", "GB", "SG", "CA"])
            age = (
                rng.randint(45, 80)
                if role == "head"
                else (rng.randint(40, 75) if role == "spouse" else rng.randint(16, 40))
            )
            dob = dt.date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
            city, region, area = rng.choice(CITIES)
            occupation, industry = rng.choice(OCCUPATIONS)
            since = today - dt.timedelta(days=rng.randint(30, 15 * 365))
            last_review = since + dt.timedelta(days=rng.randint(0, max(0, (today - since).days)))
            status = rng.choices(["active", "prospect", "dormant", "former"], [70, 15, 10, 5])[0]
            owner = rng.choice(ADVISORS)
            # one to three snapshots, the latest drives the tier
            ccy = rng.choices(["CNY", "USD", "HKD"], [80, 12, 8])[0]
            scale = rng.choice([3e5, 1e6, 3e6, 1e7, 5e7, 2e8])
            investable_minor = 0
            latest_date = None
            for k in range(rng.randint(1, 3)):
                as_of = dt.date(today.year - k, rng.randint(1, 10), 1)
                assets = {
                    cls: int(scale * rng.uniform(0.02, 0.4) * (1 + 0.05 * k)) * 100
                    for cls in rng.sample(
                        list(ASSET_CLASSES[:-1]),
                        rng.randint(3, 6),
                    )
                }
                rows["snap"].append(
                    {
                        "id": snap_id,
                        "client_id": member,
                        "as_of": as_of,
                        "currency": ccy,
                        "annual_income_minor": int(scale * rng.uniform(0.03, 0.15)) * 100,
                        "liabilities_minor": int(scale * rng.uniform(0, 0.2)) * 100,
                        "recorded_by": "demo",
                    }
                )
                for cls, amount in assets.items():
                    rows["asset"].append(
                        {"snapshot_id": snap_id, "asset_class": cls, "amount_minor": amount}
                    )
                if latest_date is None or as_of > latest_date:
                    latest_date = as_of
                    investable_minor = sum(
                        v for c_, v in assets.items() if c_ in INVESTABLE_CLASSES
                    )
                snap_id += 1
            money = Money(investable_minor, ccy)
            base_minor = fx.to_base(money, latest_date).minor
            usd_minor = fx.convert(money, "USD", latest_date).minor
            tier = tier_for_usd(usd_minor, thresholds)
            next_review = last_review + dt.timedelta(days={"uhnw": 30, "hnw": 91}.get(tier, 182))
            rows["client"].append(
                {
                    "id": member,
                    "version": 1,
                    "legal_name": legal,
                    "chinese_name": zh,
                    "latin_name": latin,
                    "preferred_name": None,
                    "sort_name": latin.lower(),
                    "date_of_birth": dob,
                    "gender": rng.choice(["female", "male"]),
                    "marital_status": "married"
                    if role in ("head", "spouse")
                    else rng.choice(["single", "married"]),
                    "nationality": nationality,
                    "occupation": occupation,
                    "employer": None,
                    "industry": industry,
                    "education": rng.choice(["bachelor", "master", "doctorate", "secondary"]),
                    "language": "zh" if zh else "en",
                    "wechat_id": f"wx_{member:06d}" if zh else None,
                    "preferred_channel": rng.choice(["phone", "wechat", "email", "in_person"]),
                    "contact_times": rng.choice(["weekday mornings", "evenings", "weekends", None]),
                    "objective_short": rng.choice(
                        ["Preserve capital", "Liquidity for a property purchase", "Steady income"]
                    ),
                    "objective_long": rng.choice(
                        [
                            "Grow wealth for the next generation",
                            "Retirement income",
                            "Fund philanthropy",
                        ]
                    ),
                    "horizon_years": rng.choice([3, 5, 10, 20]),
                    "liquidity_needs": rng.choice(["low", "medium", "high"]),
                    "experience_years": rng.randint(0, 30),
                    "experience_products": rng.sample(
                        ["stocks", "funds", "bonds", "private_equity", "insurance", "structured"], 2
                    ),
                    "preferred_assets": rng.sample(
                        ["funds", "securities", "deposits", "real_estate"], 2
                    ),
                    "excluded_assets": rng.sample(["crypto", "tobacco", "gambling"], 1),
                    "themes": rng.sample(["ESG", "technology", "healthcare", "dividends"], 1),
                    "needs_notes": None,
                    "status": status,
                    "owner": owner,
                    "source": rng.choice(["referral", "event", "walk-in", "website"]),
                    "referrer_id": None,
                    "client_since": since,
                    "last_review": last_review,
                    "next_review": next_review,
                    "tier": tier,
                    "investable_base_minor": base_minor,
                }
            )
            id_number = (
                _prc_id(rng, area, dob)
                if nationality == "CN"
                else f"{'K' if nationality == 'HK' else 'P'}{rng.randint(10_000_000, 99_999_999)}"
            )
            rows["doc"].append(
                {
                    "client_id": member,
                    "doc_type": "prc_id" if nationality == "CN" else "passport",
                    "number": id_number,
                    "issuing_country": nationality,
                    "expiry": today + dt.timedelta(days=rng.randint(-30, 3650)),
                }
            )
            phone = f"+86{rng.choice(['139', '138', '136', '186', '158', '152', '181'])}{rng.randint(0, 99_999_999):08d}"
            rows["phone"].append({"client_id": member, "label": "mobile", "e164": phone})
            handle = (latin.replace(" ", ".").lower() if latin else "client") + str(member)
            email = f"{handle}@{rng.choice(['163.com', 'qq.com', 'gmail.com', 'outlook.com'])}"
            rows["email"].append({"client_id": member, "label": "personal", "address": email})
            rows["addr"].append(
                {
                    "client_id": member,
                    "label": "home",
                    "line1": f"{rng.randint(1, 999)}号 {rng.choice(['建国路', '南京西路', '深南大道', '天府大道'])}",
                    "line2": None,
                    "city": city,
                    "region": region,
                    "postal_code": f"{rng.randint(100000, 999999)}",
                    "country": "CN",
                }
            )
            tags = rng.sample(TAGS, rng.randint(0, 2))
            needs = rng.sample(NEEDS, rng.randint(0, 2))
            rows["tag"].extend({"client_id": member, "kind": "tag", "name": t} for t in tags)
            rows["tag"].extend({"client_id": member, "kind": "need", "name": t} for t in needs)
            if rng.random() < 0.3:
                rows["custom"].append(
                    {
                        "client_id": member,
                        "field_id": field_ids["club_tier"],
                        "value": rng.choice(["silver", "gold", "platinum"]),
                    }
                )
            if rng.random() < 0.4:
                rows["custom"].append(
                    {
                        "client_id": member,
                        "field_id": field_ids["plays_golf"],
                        "value": rng.choice(["yes", "no"]),
                    }
                )
            if rng.random() < 0.1:
                rows["custom"].append(
                    {
                        "client_id": member,
                        "field_id": field_ids["giving_budget"],
                        "value": str(rng.randint(1, 500) * 10_000_00),
                    }
                )
            entry = build_entry(
                names=[legal, zh, latin],
                phones=[phone],
                emails=[email],
                id_tails=[id_number[-4:]],
                tags=tags,
            )
            entries.append((member, entry.body, entry.short_keys))
        if len(household) > 1:
            rows["hh"].append(
                {
                    "id": hh_id,
                    "name": _household_name(rows["client"][-len(household)]),
                    "version": 1,
                }
            )
            for pos, member in enumerate(household):
                rows["member"].append(
                    {
                        "household_id": hh_id,
                        "client_id": member,
                        "role": ["head", "spouse", "child"][min(pos, 2)],
                    }
                )
            rows["link"].append(
                {"from_client_id": household[0], "to_client_id": household[1], "kind": "spouse"}
            )
            hh_id += 1
        if ids_so_far and rng.random() < 0.05:
            rows["link"].append(
                {"from_client_id": rng.choice(ids_so_far), "to_client_id": cid, "kind": "referrer"}
            )
        ids_so_far.extend(household)
        cid += len(household)
    for model, key in [
        (Client, "client"),
        (IdentityDocument, "doc"),
        (Phone, "phone"),
        (Email, "email"),
        (Address, "addr"),
        (ClientTag, "tag"),
        (CustomValue, "custom"),
        (FinancialSnapshot, "snap"),
        (SnapshotAsset, "asset"),
        (Household, "hh"),
        (HouseholdMember, "member"),
        (ClientLink, "link"),
    ]:
        if rows[key]:
            bulk_insert(s, model.__table__, rows[key])
    search_index.put_many(s, entries)


# ---- consents ---------------------------------------------------------------------------

PIPL_DAY = dt.date(2021, 11, 1)
MARKETING_V2_DAY = dt.date(2026, 1, 1)
# (code, version, effective from, requires reconsent, signature required, English title, 中文标题)
DEMO_NOTICES = [
    ("privacy_notice", 1, dt.date(2010, 1, 1), False, True, "Privacy notice", "隐私政策"),
    (
        "privacy_notice",
        2,
        PIPL_DAY,
        False,
        True,
        "Privacy notice (PIPL)",
        "隐私政策(个人信息保护法)",
    ),
    (
        "sensitive_consent_form",
        1,
        dt.date(2010, 1, 1),
        False,
        True,
        "Consent to process sensitive personal information",
        "敏感个人信息处理同意书",
    ),
    ("marketing_consent", 1, dt.date(2010, 1, 1), False, False, "Marketing consent", "营销同意书"),
    # v2 names each channel separately: consents given under v1 must be renewed
    ("marketing_consent", 2, MARKETING_V2_DAY, True, False, "Marketing consent", "营销同意书"),
]
THIRD_PARTIES = ["China Merchants Bank (custodian)", "Ping An Insurance", "CITIC Securities"]
# channel -> share of clients asked (Chinese-speaking clients, others)
MARKETING_ASKED = {
    "phone": (0.8, 0.7),
    "sms": (0.6, 0.4),
    "email": (0.6, 0.85),
    "wechat": (0.7, 0.1),
    "post": (0.3, 0.3),
}
WITHDRAWAL_REASONS = [
    "Too many calls",
    "不再需要",
    "Prefers another channel",
    "换了联系方式",
    None,
]


def _demo_notice_ids(office: Office) -> dict[tuple[str, int, str], int]:
    """Publish the demo notices once (zh and en); (code, version, language) -> id."""
    with office.transaction() as s:
        svc = ConsentService(s, actor="demo")
        have = {(n.code, n.version, n.language): n.id for n in svc.notices()}
        for code, version, start, reconsent, signature, en, zh in DEMO_NOTICES:
            for language, title in (("en", en), ("zh", zh)):
                if (code, version, language) in have:
                    continue
                body = (
                    f"{title}, version {version}, effective {start:%Y-%m-%d}.\n\n"
                    "AdvisorDesk Demo Office processes your personal information to provide "
                    "advice and services, keeps it encrypted, and never sells it. You may ask "
                    "for a copy, a correction or its erasure, and withdraw consent at any time "
                    "through any channel you use to reach us."
                )
                have[(code, version, language)] = svc.publish_notice(
                    code,
                    title,
                    version,
                    language,
                    start,
                    body,
                    signature_required=signature,
                    requires_reconsent=reconsent,
                )
    return have


def build_demo_consents(office: Office, seed: int = 7) -> None:
    """Consent histories for the demo's clients who have none yet, deterministic per seed.

    Most clients consented to processing and sensitive information on joining; marketing
    per channel is granted or refused, granted under marketing notice v1 needs renewing
    since v2 (some clients renewed), some consents were withdrawn later, call recording and
    photo consents expire (some already have), and a few clients were never asked anything.
    Bulk Core inserts: the service's checks hold by construction (the notice in force on
    each day, expiry after the effective day)."""
    notices = _demo_notice_ids(office)
    rng = random.Random(seed * 1_000_003 + 4)
    with office.transaction() as s:
        clients = s.execute(
            select(
                Client.id, Client.client_since, Client.language, Client.nationality, Client.owner
            )
            .where(~Client.id.in_(select(ConsentRecord.client_id).distinct()))
            .order_by(Client.id)
        ).all()
        rows: list[tuple] = []
        stamp = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's own DateTime text on SQLite

        def add(
            cid: int,
            purpose: str,
            status: str,
            when: dt.datetime,
            notice_id: int | None = None,
            capture_method: str = "in_person",
            expires_on: dt.date | None = None,
            third_party: str | None = None,
            withdrawal_channel: str | None = None,
            withdrawal_reason: str | None = None,
        ) -> None:
            # plain tuples through the driver: 700,000 rows cost a third of the ORM's dicts
            rows.append(
                (
                    cid,
                    purpose,
                    third_party,
                    status,
                    notice_id,
                    (when + dt.timedelta(minutes=rng.randint(1, 4000))).strftime(stamp),
                    when.strftime(stamp),
                    capture_method,
                    recorder,
                    expires_on.isoformat() if expires_on else None,
                    withdrawal_channel,
                    withdrawal_reason,
                )
            )

        for cid, since, language, nationality, owner in clients:
            if rng.random() < 0.04:
                continue  # never asked anything
            recorder = owner or "demo"
            lang = "zh" if language == "zh" else "en"
            day = since or dt.date(2020, 1, 1)
            when = dt.datetime.combine(day, dt.time(1, 30)) + dt.timedelta(
                minutes=rng.randint(0, 480)
            )
            privacy = notices[("privacy_notice", 1 if day < PIPL_DAY else 2, lang)]
            method = rng.choices(["signed_paper", "e_signature", "in_person"], [60, 25, 15])[0]
            add(cid, "pi_processing", "granted", when, notice_id=privacy, capture_method=method)
            r = rng.random()
            if r < 0.92:
                sensitive = notices[("sensitive_consent_form", 1, lang)]
                add(
                    cid, "sensitive_pi", "granted", when, notice_id=sensitive, capture_method=method
                )
            elif r < 0.95:
                sensitive = notices[("sensitive_consent_form", 1, lang)]
                add(
                    cid, "sensitive_pi", "refused", when, notice_id=sensitive, capture_method=method
                )
            old_marketing = day < MARKETING_V2_DAY
            marketing = notices[("marketing_consent", 1 if old_marketing else 2, lang)]
            renewed = old_marketing and rng.random() < 0.45
            renew_at = dt.datetime(2026, 1, 5, 2) + dt.timedelta(minutes=rng.randint(0, 420_000))
            for channel, (zh_share, other_share) in MARKETING_ASKED.items():
                if rng.random() >= (zh_share if lang == "zh" else other_share):
                    continue
                purpose = MARKETING_CHANNELS[channel]
                status = "granted" if rng.random() < 0.85 else "refused"
                add(cid, purpose, status, when, notice_id=marketing, capture_method=method)
                last = when
                if status == "granted" and renewed:
                    last = renew_at
                    add(
                        cid,
                        purpose,
                        "granted",
                        renew_at,
                        notice_id=notices[("marketing_consent", 2, lang)],
                        capture_method="e_signature",
                    )
                if status == "granted" and rng.random() < 0.07:
                    span = (dt.datetime(2026, 10, 31) - last).total_seconds()
                    if span > 3600:
                        out = last + dt.timedelta(seconds=rng.randint(3600, int(span)))
                        channel_used = rng.choice(["phone", "wechat", "email", "in_person"])
                        add(
                            cid,
                            purpose,
                            "withdrawn",
                            out,
                            capture_method={"phone": "recorded_call", "in_person": "in_person"}.get(
                                channel_used, "written"
                            ),
                            withdrawal_channel=channel_used,
                            withdrawal_reason=rng.choice(WITHDRAWAL_REASONS),
                        )
            if rng.random() < 0.5:
                add(
                    cid,
                    "call_recording",
                    "granted",
                    when,
                    notice_id=privacy,
                    capture_method=method,
                    expires_on=day + dt.timedelta(days=rng.randint(2 * 365, 6 * 365)),
                )
            if rng.random() < 0.2:
                add(
                    cid,
                    "photos",
                    "granted",
                    when,
                    notice_id=privacy,
                    capture_method=method,
                    expires_on=day + dt.timedelta(days=5 * 365),
                )
            if rng.random() < 0.25:
                add(
                    cid,
                    "third_party_sharing",
                    "granted",
                    when,
                    notice_id=privacy,
                    capture_method=method,
                    third_party=rng.choice(THIRD_PARTIES),
                )
            if rng.random() < (0.05 if nationality == "CN" else 0.4):
                add(cid, "cross_border", "granted", when, notice_id=privacy, capture_method=method)
        s.connection().exec_driver_sql(
            "INSERT INTO consent_record (client_id, purpose, third_party, status, notice_id, "
            "recorded_at, effective_at, capture_method, recorded_by, expires_on, "
            "withdrawal_channel, withdrawal_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
