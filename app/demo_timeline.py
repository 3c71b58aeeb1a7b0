"""Demo timeline entries: a few interactions per demo client, some shared by a household.

Deterministic for a seed and bulk-inserted through the driver (plain tuples), like the
rest of the demo: 100,000 clients get about 200,000 entries in a few seconds. The rows
hold what InteractionService would have written, minus the "created" revision (the demo
office has no edit history to show).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from db.models import Client, HouseholdMember, InteractionClient
from db.office import Office

# stamps are written as SQLAlchemy's own DateTime text on SQLite: "%Y-%m-%d %H:%M:%S.%f"

# kind, weight, channel, direction, (subject zh, subject en), (outcome zh, outcome en)
TEMPLATES: tuple[tuple[str, int, str | None, str | None, tuple[str, str], tuple[str, str]], ...] = (
    (
        "call",
        30,
        "phone",
        "out",
        ("季度回访电话", "Quarterly check-in call"),
        ("客户对组合表现满意，暂不调整。", "Happy with the portfolio; no changes for now."),
    ),
    (
        "call",
        8,
        "phone",
        "in",
        ("客户来电咨询赎回", "Client called about a redemption"),
        (
            "已解释到账时间，客户决定下月再议。",
            "Explained settlement times; will decide next month.",
        ),
    ),
    (
        "message",
        15,
        "wechat",
        "out",
        ("微信发送市场周报", "Sent the weekly market note on WeChat"),
        ("客户已读并回复感谢。", "Read; the client replied with thanks."),
    ),
    (
        "meeting",
        10,
        "in_person",
        "out",
        ("面谈：资产配置讨论", "Meeting: asset allocation"),
        (
            "建议增加固收比例，客户需与家人商量。",
            "Suggested more fixed income; client to discuss at home.",
        ),
    ),
    (
        "review_meeting",
        8,
        "in_person",
        "out",
        ("年度检视会议", "Annual review meeting"),
        (
            "风险测评更新，下次检视定于半年后。",
            "Risk profile refreshed; next review in six months.",
        ),
    ),
    ("email", 8, "email", "out", ("发送对账单", "Sent the statement"), ("", "")),
    (
        "visit",
        4,
        "in_person",
        "out",
        ("上门拜访", "Home visit"),
        ("了解子女教育规划需求。", "Discussed the children's education plans."),
    ),
    (
        "purchase_redemption",
        6,
        "in_person",
        "in",
        ("申购固收产品", "Subscription to a bond fund"),
        ("已完成适当性匹配并签署文件。", "Suitability matched; documents signed."),
    ),
    (
        "document",
        4,
        "post",
        "in",
        ("收到签署的合同", "Signed agreement received"),
        ("原件已归档。", "Original filed."),
    ),
    ("note", 4, None, None, ("备注：客户偏好周末联系", "Note: prefers weekend contact"), ("", "")),
    (
        "service_request",
        2,
        "phone",
        "in",
        ("变更联系地址", "Change of address"),
        ("已更新并书面确认。", "Updated and confirmed in writing."),
    ),
    (
        "complaint",
        1,
        "phone",
        "in",
        ("投诉：回访不及时", "Complaint: call-back was late"),
        ("已致歉并调整回访安排。", "Apologised; call-back schedule changed."),
    ),
)
# each template repeated by its weight: one random() picks a weighted template
TABLE = [(k, c, d, sub, out) for k, w, c, d, sub, out in TEMPLATES for _ in range(w)]
RATED = frozenset(("call", "meeting", "review_meeting", "visit", "service_request"))
DURATIONS = (10, 15, 20, 30, 45, 60, 90)
SCORES = (None, None, None, 4, 5, 5, 3)
MINUTES = ("00:00.000000", "15:00.000000", "30:00.000000", "45:00.000000")
FIRST_DAY = dt.date(2021, 1, 1)
END_DAY = dt.date(2026, 10, 31).toordinal()


def build_demo_interactions(office: Office, seed: int = 7, per_client: float = 2.0) -> int:
    """Timeline entries for demo clients that have none yet; returns how many were added."""
    rng = random.Random(seed * 7_919 + 3)
    with office.transaction() as s:
        conn = s.connection()
        have = select(InteractionClient.client_id).distinct()
        clients = s.execute(
            select(Client.id, Client.language, Client.owner, Client.client_since)
            .where(~Client.id.in_(have))
            .order_by(Client.id)
        ).all()
        if not clients:
            return 0
        first_id = (conn.exec_driver_sql("SELECT max(id) FROM interaction").scalar() or 0) + 1
        households: dict[int, list[int]] = {}
        for hid, cid in s.execute(
            select(HouseholdMember.household_id, HouseholdMember.client_id).order_by(
                HouseholdMember.household_id, HouseholdMember.client_id
            )
        ):
            households.setdefault(hid, []).append(cid)
        wanted = {c.id for c in clients}
        entries: list[tuple] = []
        links: list[tuple] = []
        next_id = first_id

        day_text: dict[int, str] = {}  # ordinal -> "YYYY-MM-DD" (strftime is the slow part)

        def add(cids: list[int], zh: bool, owner: str | None, since: dt.date | None) -> None:
            nonlocal next_id
            kind, channel, direction, subjects, outcomes = TABLE[int(rng.random() * len(TABLE))]
            start = (since or FIRST_DAY).toordinal()
            day = start + int(rng.random() * max(1, END_DAY - start))
            text = day_text.get(day)
            if text is None:
                text = day_text[day] = dt.date.fromordinal(day).isoformat()
            # office hours in Beijing (UTC+8) are 01:00–10:00 UTC
            stamp = f"{text} {1 + int(rng.random() * 9):02d}:{MINUTES[int(rng.random() * 4)]}"
            lang = 0 if zh else 1
            rated = kind in RATED
            entries.append(
                (
                    next_id,
                    kind,
                    stamp,
                    None if kind == "note" else DURATIONS[int(rng.random() * len(DURATIONS))],
                    direction,
                    channel,
                    subjects[lang],
                    None,
                    outcomes[lang] or None,
                    SCORES[int(rng.random() * len(SCORES))] if rated else None,
                    stamp,
                    owner or "demo",
                )
            )
            links.extend((next_id, cid, stamp) for cid in cids)
            next_id += 1

        for cid, language, owner, since in clients:
            # at least one each (so a rerun adds nothing), per_client on average
            n = 1 + int(rng.random() * max(0.0, 2 * per_client - 2) + 0.5)
            for _ in range(n):
                add([cid], language == "zh", owner, since)
        owners = {c.id: (c.language, c.owner, c.client_since) for c in clients}
        for members in households.values():
            members = [m for m in members if m in wanted]
            if len(members) > 1:
                language, owner, since = owners[members[0]]
                add(members, language == "zh", owner, since)
        if not entries:
            return 0
        conn.exec_driver_sql(
            "INSERT INTO interaction (id, version, kind, occurred_at, duration_minutes, "
            "direction, channel, subject, body, outcome, satisfaction, created_at, created_by) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entries,
        )
        conn.exec_driver_sql(
            "INSERT INTO interaction_client (interaction_id, client_id, occurred_at) "
            "VALUES (?, ?, ?)",
            links,
        )
        return len(entries)
