"""Reminder rules: the office's standing reasons to call a client, turned into tasks.

Each rule is one set-based INSERT … SELECT (no per-client ORM loop: an office of 100,000
clients runs them in about a second). Every generated task carries a `rule_key` naming the
rule, the client (or document) and the date it is about, e.g. ``review:42:2027-01-31``;
the key is unique, so running the rules twice creates nothing twice, and a task the
advisor already completed or cancelled is not created again.

Rules (windows and cadences are office settings, app/settings.py):
* review: active clients whose next review (or, without one, last review + the cadence of
  their tier: UHNW monthly, HNW quarterly, others half-yearly) falls within the window;
* birthday: clients (not former) whose birthday falls within the window; 29 February is
  greeted on 28 February in other years; optionally the lunar-calendar birthday;
* document: identity documents expiring within 90 days;
* consent: valid consents expiring soon (as app.consent.expiring_consents derives them).
* risk: clients whose current risk assessment expires soon (app/risk_assessment.py), so
  they are reassessed before a recommendation would carry a warning.

Generated tasks go to the client's owner and are all-day tasks.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.consent import GRANTED, latest_states
from app.settings import SettingsService
from app.tasks import day_start_utc, local_zone, to_utc_naive
from db.models import Client, ConsentRecord

STAMP = "%Y-%m-%d %H:%M:%S.000000"  # how SQLAlchemy stores DateTime in SQLite
RULES = ("review", "birthday", "document", "consent", "risk")
TITLES = {
    "review": "Review meeting",
    "birthday": "Birthday greeting",
    "document": "Identity document expires",
    "consent": "Consent expires",
    "risk": "Risk assessment expires",
}


@dataclass
class RuleRun:
    created: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.created.values())


def _expiring_consents(
    session: Session, today: dt.date, days: int
) -> list[tuple[int, str, dt.date]]:
    """app.consent.expiring_consents for the days from today on, computed only for the
    clients holding a grant that expires in the window (the full derivation of every
    client's consent states costs seconds on 100,000 clients; this costs milliseconds)."""
    until = today + dt.timedelta(days=days)
    candidates = (
        select(ConsentRecord.client_id)
        # by expiry alone, so SQLite walks ix_consent_expires_on (with the status too it
        # prefers ix_consent_status_effective and reads every grant: ~0.9 s at 100,000)
        .where(ConsentRecord.expires_on >= today, ConsentRecord.expires_on <= until)
        .distinct()
    )
    states = latest_states(session, today, client_ids=candidates).subquery()
    stmt = (
        select(states.c.client_id, states.c.purpose, func.min(states.c.expires_on))
        .where(
            states.c.state == GRANTED,
            states.c.expires_on >= today,
            states.c.expires_on <= until,
        )
        .group_by(states.c.client_id, states.c.purpose)
        .order_by(states.c.client_id, states.c.purpose)
    )
    return [(cid, purpose, expires) for cid, purpose, expires in session.execute(stmt)]


def _offset_modifier(today: dt.date, tz: dt.tzinfo) -> str:
    """SQLite datetime() modifier turning a local midnight into UTC (the zone's offset on
    `today`; offices in zones with daylight saving are off by an hour across the change,
    which an all-day task does not notice)."""
    start = day_start_utc(today, tz)
    seconds = int((start - dt.datetime.combine(today, dt.time())).total_seconds())
    return f"{seconds:+d} seconds"


def _insert(session: Session, select_sql: str, params: dict[str, Any]) -> int:
    """INSERT the rows of `select_sql` (columns: title, client_id, kind, day, assignee,
    rule_key) as open all-day tasks, skipping keys that exist."""
    sql = f"""
        INSERT INTO task (version, title, client_id, kind, due_at, all_day, assignee,
                          priority, status, recurrence, rule_key, created_at, created_by)
        SELECT 1, g.title, g.client_id, g.kind,
               strftime('{STAMP}', g.day, :offset), 1, g.assignee,
               'normal', 'open', 'none', g.rule_key, :now, 'rules'
        FROM ({select_sql}) AS g
        WHERE true
        ON CONFLICT (rule_key) DO NOTHING
    """
    result = session.execute(text(sql), params)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


class ReminderRules:
    def __init__(self, session: Session, tz: dt.tzinfo | None = None) -> None:
        self.session = session
        self.tz = tz or local_zone()
        self.settings = SettingsService(session)

    def run(self, today: dt.date | None = None, rules: Iterable[str] = RULES) -> RuleRun:
        today = today or dt.datetime.now(self.tz).date()
        base = {
            "offset": _offset_modifier(today, self.tz),
            "now": to_utc_naive(dt.datetime.now(dt.UTC)).strftime(STAMP),
            "today": today.isoformat(),
        }
        run = RuleRun()
        for rule in rules:
            run.created[rule] = getattr(self, f"_{rule}")(today, base)
        self.session.flush()
        return run

    # ---- the rules ------------------------------------------------------------------

    def _review(self, today: dt.date, base: dict[str, Any]) -> int:
        ahead = int(self.settings.get("reminders.review_days_ahead"))
        months = {
            "uhnw": int(self.settings.get("review.months_uhnw")),
            "hnw": int(self.settings.get("review.months_hnw")),
            "other": int(self.settings.get("review.months_default")),
        }
        # the date a review is about; a client never reviewed is due today, under a key
        # that does not change with the day (so it is created once)
        about = """COALESCE(c.next_review,
                   date(c.last_review, '+' || CASE c.tier WHEN 'uhnw' THEN :m_uhnw
                        WHEN 'hnw' THEN :m_hnw ELSE :m_other END || ' months'))"""
        select_sql = f"""
            SELECT :title AS title, c.id AS client_id, 'review' AS kind,
                   COALESCE(c.about, :today) AS day, c.owner AS assignee,
                   'review:' || c.id || ':' || COALESCE(c.about, 'unscheduled') AS rule_key
            FROM (SELECT c.id, c.owner, {about} AS about FROM client AS c
                  WHERE c.status = 'active') AS c
            WHERE COALESCE(c.about, :today) <= :until
        """
        params = base | {
            "title": TITLES["review"],
            "until": (today + dt.timedelta(days=ahead)).isoformat(),
            "m_uhnw": months["uhnw"],
            "m_hnw": months["hnw"],
            "m_other": months["other"],
        }
        return _insert(self.session, select_sql, params)

    def _birthday(self, today: dt.date, base: dict[str, Any]) -> int:
        ahead = int(self.settings.get("reminders.birthday_days_ahead"))
        if self.settings.get("reminders.birthday_calendar") == "lunar":
            return self._lunar_birthday(today, ahead, base)
        days: list[tuple[str, str]] = []
        for n in range(ahead + 1):
            day = today + dt.timedelta(days=n)
            days.append((day.strftime("%m-%d"), day.isoformat()))
            if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
                days.append(("02-29", day.isoformat()))
        window = " UNION ALL ".join(
            f"SELECT :md{i} AS md, :day{i} AS day" for i in range(len(days))
        )
        params = base | {"title": TITLES["birthday"]}
        for i, (md, day) in enumerate(days):
            params[f"md{i}"] = md
            params[f"day{i}"] = day
        select_sql = f"""
            SELECT :title AS title, c.id AS client_id, 'birthday' AS kind, w.day AS day,
                   c.owner AS assignee, 'birthday:' || c.id || ':' || w.day AS rule_key
            FROM client AS c JOIN ({window}) AS w
              ON strftime('%m-%d', c.date_of_birth) = w.md
            WHERE c.date_of_birth IS NOT NULL AND c.status != 'former'
        """
        return _insert(self.session, select_sql, params)

    def _lunar_birthday(self, today: dt.date, ahead: int, base: dict[str, Any]) -> int:
        """Birthdays on the lunar calendar: the date of birth is converted once per
        distinct date (a book of 100,000 clients has at most ~36,000), matched in Python."""
        from lunardate import LunarDate

        window: dict[tuple[int, int], dt.date] = {}
        for n in range(ahead + 1):
            day = today + dt.timedelta(days=n)
            lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
            window.setdefault((lunar.month, lunar.day), day)
            # born on the 30th, greeted on the 29th in a short month
            if lunar.day == 29:
                following = LunarDate.from_solar_date(*(day + dt.timedelta(days=1)).timetuple()[:3])
                if following.day == 1:
                    window.setdefault((lunar.month, 30), day)
        rows = self.session.execute(
            select(Client.id, Client.date_of_birth, Client.owner).where(
                Client.date_of_birth.is_not(None), Client.status != "former"
            )
        ).all()
        cache: dict[dt.date, tuple[int, int] | None] = {}
        params: list[dict[str, Any]] = []
        for cid, dob, owner in rows:
            if dob not in cache:
                try:
                    lunar = LunarDate.from_solar_date(dob.year, dob.month, dob.day)
                    cache[dob] = (lunar.month, lunar.day)
                except ValueError:  # outside the library's range (before 1900)
                    cache[dob] = None
            key = cache[dob]
            if key is None or key not in window:
                continue
            day = window[key].isoformat()
            params.append(
                {
                    "title": TITLES["birthday"],
                    "client_id": cid,
                    "day": day,
                    "assignee": owner,
                    "rule_key": f"birthday:{cid}:{day}",
                }
            )
        if not params:
            return 0
        sql = f"""
            INSERT INTO task (version, title, client_id, kind, due_at, all_day, assignee,
                              priority, status, recurrence, rule_key, created_at, created_by)
            VALUES (1, :title, :client_id, 'birthday', strftime('{STAMP}', :day, :offset), 1,
                    :assignee, 'normal', 'open', 'none', :rule_key, :now, 'rules')
            ON CONFLICT (rule_key) DO NOTHING
        """
        before = self._count()
        self.session.execute(text(sql), [p | base for p in params])
        return self._count() - before

    def _count(self) -> int:
        return int(self.session.execute(text("SELECT count(*) FROM task")).scalar_one())

    def _document(self, today: dt.date, base: dict[str, Any]) -> int:
        days = int(self.settings.get("reminders.document_days"))
        select_sql = """
            SELECT :title AS title, c.id AS client_id, 'document' AS kind,
                   MAX(date(d.expiry, '-30 days'), :today) AS day, c.owner AS assignee,
                   'document:' || d.id || ':' || d.expiry AS rule_key
            FROM identity_document AS d JOIN client AS c ON c.id = d.client_id
            WHERE d.expiry >= :today AND d.expiry <= :until AND c.status != 'former'
        """
        params = base | {
            "title": TITLES["document"],
            "until": (today + dt.timedelta(days=days)).isoformat(),
        }
        return _insert(self.session, select_sql, params)

    def _risk(self, today: dt.date, base: dict[str, Any]) -> int:
        # the client's newest assessment only (a newer one supersedes an expiring one);
        # ix_risk_assessment_expires_on finds the window, the client index the newest
        days = int(self.settings.get("reminders.risk_days"))
        select_sql = """
            SELECT :title AS title, c.id AS client_id, 'risk' AS kind,
                   MAX(date(r.expires_on, '-14 days'), :today) AS day, c.owner AS assignee,
                   'risk:' || c.id || ':' || r.expires_on AS rule_key
            FROM risk_assessment AS r JOIN client AS c ON c.id = r.client_id
            WHERE r.expires_on >= :today AND r.expires_on <= :until AND c.status != 'former'
              AND r.id = (SELECT n.id FROM risk_assessment AS n WHERE n.client_id = r.client_id
                          ORDER BY n.assessed_on DESC, n.id DESC LIMIT 1)
        """
        params = base | {
            "title": TITLES["risk"],
            "until": (today + dt.timedelta(days=days)).isoformat(),
        }
        return _insert(self.session, select_sql, params)

    def _consent(self, today: dt.date, base: dict[str, Any]) -> int:
        days = int(self.settings.get("reminders.consent_days"))
        expiring = _expiring_consents(self.session, today, days)
        if not expiring:
            return 0
        owners = dict(
            self.session.execute(
                select(Client.id, Client.owner).where(
                    Client.id.in_({e[0] for e in expiring}), Client.status != "former"
                )
            ).all()
        )
        params = []
        for client_id, purpose, expires_on in expiring:
            if client_id not in owners:
                continue
            day = max(today, expires_on - dt.timedelta(days=14)).isoformat()
            params.append(
                {
                    "title": TITLES["consent"],
                    "client_id": client_id,
                    "day": day,
                    "assignee": owners[client_id],
                    "rule_key": f"consent:{client_id}:{purpose}:{expires_on.isoformat()}",
                    "notes": purpose,
                }
            )
        if not params:
            return 0
        sql = f"""
            INSERT INTO task (version, title, client_id, kind, due_at, all_day, assignee,
                              priority, status, notes, recurrence, rule_key, created_at,
                              created_by)
            VALUES (1, :title, :client_id, 'consent', strftime('{STAMP}', :day, :offset), 1,
                    :assignee, 'normal', 'open', :notes, 'none', :rule_key, :now, 'rules')
            ON CONFLICT (rule_key) DO NOTHING
        """
        before = self._count()
        self.session.execute(text(sql), [p | base for p in params])
        return self._count() - before
