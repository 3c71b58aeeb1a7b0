"""Demo tasks and complaints: the reminder rules run once, a few hand-made tasks per ten
clients (calls, meetings, some repeating), and a complaint or request per 200 clients (a
dozen at least) in every state; stale review dates are first moved around the demo's day
(app/demo.py DEMO_TODAY, not the clock). Deterministic for a seed, a day and a time zone;
bulk-inserted like the rest of the demo (100,000 clients: about 10,000 hand-made tasks and
500 complaints in a few seconds)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select, text

from app.complaints import ComplaintService
from app.reminder_rules import STAMP, ReminderRules
from app.tasks import day_start_utc, local_zone
from db.models import Client, Complaint, Task
from db.office import Office

# kind, recurrence, priority, (title zh, title en)
TASKS = (
    ("call", "none", "high", ("回电讨论赎回安排", "Call back about the redemption")),
    ("todo", "none", "normal", ("寄送基金产品资料", "Send the fund factsheet")),
    ("meeting", "none", "normal", ("年度财务规划会议", "Annual planning meeting")),
    ("todo", "none", "low", ("跟进保险续保", "Follow up on the insurance renewal")),
    ("todo", "monthly", "normal", ("准备月度组合报告", "Prepare the monthly portfolio report")),
    ("call", "quarterly", "normal", ("季度回访", "Quarterly check-in call")),
    ("todo", "none", "high", ("确认转账到账", "Confirm the transfer arrived")),
)
# kind, (summary zh, summary en)
COMPLAINTS = (
    ("complaint", ("对账单寄送延迟", "The statement arrived late")),
    ("complaint", ("赎回到账慢于预期", "The redemption took longer than expected")),
    ("complaint", ("对顾问回复速度不满意", "Unhappy with how long replies take")),
    ("service_request", ("更新联系地址", "Update the postal address")),
    ("service_request", ("申请开具资产证明", "An asset certificate is needed")),
    ("service_request", ("更换绑定银行卡", "Change the linked bank card")),
)
RESOLUTIONS = ("已致歉并补寄，费用减免一个月。", "Apologised, resent, one month's fee waived.")
PATHS = (
    (),
    ("acknowledged",),
    ("acknowledged", "investigating"),
    ("acknowledged", "investigating", "resolved"),
    ("acknowledged", "investigating", "resolved", "closed"),
    ("rejected",),
)


def build_demo_tasks(
    office: Office,
    seed: int = 7,
    today: dt.date | None = None,
    tz: dt.tzinfo | None = None,
) -> tuple[int, int]:
    """Tasks and complaints for a demo office that has none yet; (tasks, complaints) added."""
    tz = tz or local_zone()
    from app.demo import DEMO_TODAY

    today = today or DEMO_TODAY
    rng = random.Random(seed * 104_729 + 11)
    with office.transaction() as s:
        if s.scalar(select(func.count()).select_from(Task)) or s.scalar(
            select(func.count()).select_from(Complaint)
        ):
            return 0, 0
        # the demo's review dates drift years into the past; an office that works from My
        # day keeps them around today: spread the stale ones from 25 days overdue to 50 ahead
        s.execute(
            text(
                "UPDATE client SET next_review = date(:today, ((id * 37) % 75 - 25) || ' days') "
                "WHERE status = 'active' AND (next_review IS NULL OR next_review < :stale)"
            ),
            {"today": today.isoformat(), "stale": (today - dt.timedelta(days=25)).isoformat()},
        )
        generated = ReminderRules(s, tz=tz).run(today).total
        clients = s.execute(
            select(Client.id, Client.language, Client.owner)
            .where(Client.status != "former")
            .order_by(Client.id)
        ).all()
        rows = []
        now = day_start_utc(today, tz).strftime(STAMP)
        for cid, language, owner in clients:
            if rng.random() >= 0.1:
                continue
            kind, recurrence, priority, titles = TASKS[int(rng.random() * len(TASKS))]
            day = today + dt.timedelta(days=int(rng.random() * 24) - 6)
            all_day = kind not in ("meeting", "call") or rng.random() < 0.3
            start = day_start_utc(day, tz)
            due = start if all_day else start + dt.timedelta(hours=9 + int(rng.random() * 8))
            rows.append(
                (
                    titles[0 if language == "zh" else 1],
                    cid,
                    kind,
                    due.strftime(STAMP),
                    all_day,
                    owner,
                    priority,
                    recurrence,
                    day.day if recurrence in ("monthly", "quarterly") else None,
                    now,
                )
            )
        s.connection().exec_driver_sql(
            "INSERT INTO task (version, title, client_id, kind, due_at, all_day, assignee, "
            "priority, status, recurrence, anchor_day, created_at, created_by) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, 'demo')",
            rows,
        )
        complaints = 0
        svc = ComplaintService(s, "demo", tz=tz)
        share = max(0.005, 12 / max(1, len(clients)))  # a small demo still shows a dozen
        for cid, language, owner in clients:
            if rng.random() >= share:
                continue
            lang = 0 if language == "zh" else 1
            kind, summaries = COMPLAINTS[int(rng.random() * len(COMPLAINTS))]
            received = dt.datetime.combine(
                today - dt.timedelta(days=1 + int(rng.random() * 30)), dt.time(10), tz
            ) + dt.timedelta(minutes=int(rng.random() * 420))
            complaint = svc.open(
                cid, summaries[lang], kind=kind, owner=owner, received_at=received, channel="phone"
            )
            version, at = 1, received
            limit = dt.datetime.combine(today, dt.time(), tz)  # nothing happens in the future
            for step in PATHS[int(rng.random() * len(PATHS))]:
                at = at + dt.timedelta(hours=2 + int(rng.random() * 70))
                if at >= limit:
                    break
                refusal = ("不属于本机构服务范围", "Outside the services we provide")[lang]
                version = svc.transition(
                    complaint,
                    version,
                    step,
                    note=refusal if step == "rejected" else None,
                    resolution=RESOLUTIONS[lang] if step == "resolved" else None,
                    satisfaction=3 + int(rng.random() * 3) if step == "resolved" else None,
                    at=at,
                )
            complaints += 1
    return generated + len(rows), complaints
