"""Office-wide settings: declared once with types and defaults, stored in the encrypted file.

Per-workstation UI state (geometry, recent files, language) lives in QSettings instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type
    doc: str
    choices: tuple[Any, ...] = ()  # when set, the only values set() accepts


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("office.name", "AdvisorDesk Demo Office", str, "Shown on the title bar and packs."),
        Option("office.base_currency", "CNY", str, "Currency that mixed totals are shown in."),
        Option(
            "retention.suitability_years",
            20,
            int,
            "Years suitability records (financial snapshots, risk assessments) are kept after "
            "a client's erasure (investor-suitability rules: at least 20).",
        ),
        Option(
            "retention.consent_years",
            5,
            int,
            "Years consent records are kept after the consent ends (withdrawal, expiry or the "
            "client's erasure), to demonstrate consent.",
        ),
        Option(
            "tier.hnw_usd_minor",
            1_000_000_00,
            int,
            "Investable assets (USD minor units) from which a client is HNW.",
        ),
        Option(
            "tier.uhnw_usd_minor",
            30_000_000_00,
            int,
            "Investable assets (USD minor units) from which a client is UHNW.",
        ),
        Option(
            "tier.affluent_usd_minor",
            100_000_00,
            int,
            "Investable assets (USD minor units) from which a client is affluent.",
        ),
        Option("review.months_default", 6, int, "Months between reviews when no rule applies."),
        Option("review.months_uhnw", 1, int, "Months between reviews of UHNW clients."),
        Option("review.months_hnw", 3, int, "Months between reviews of HNW clients."),
        Option(
            "reminders.review_days_ahead",
            14,
            int,
            "Days before a client's next review that the review task appears.",
        ),
        Option(
            "reminders.birthday_days_ahead",
            7,
            int,
            "Days before a client's birthday that the greeting task appears.",
        ),
        Option(
            "reminders.birthday_calendar",
            "gregorian",
            str,
            "Greet clients on their Gregorian birthday, or on the lunar-calendar one.",
            ("gregorian", "lunar"),
        ),
        Option(
            "reminders.document_days",
            90,
            int,
            "Days before an identity document expires that the renewal task appears.",
        ),
        Option(
            "reminders.consent_days",
            30,
            int,
            "Days before a consent expires that the renewal task appears.",
        ),
        Option(
            "complaints.acknowledge_working_days",
            1,
            int,
            "Working days after receipt by the end of which a complaint must be acknowledged.",
        ),
        Option(
            "complaints.resolve_working_days",
            15,
            int,
            "Working days after receipt by the end of which a complaint must be resolved.",
        ),
        Option(
            "office.holidays",
            [],
            list,
            "Dates (YYYY-MM-DD) that are not working days, besides Saturdays and Sundays.",
        ),
        Option(
            "consent.enforce",
            True,
            bool,
            "Check consent before storing sensitive personal information (identity numbers).",
        ),
        Option(
            "consent.sensitive_without_consent",
            "warn",
            str,
            "Without a valid sensitive-information consent: warn and record the "
            "acknowledgement, or block.",
            ("warn", "block"),
        ),
        Option(
            "timeline.trash_days",
            90,
            int,
            "Days a deleted timeline entry stays in the trash (restorable) before a purge "
            "removes it for good.",
        ),
        Option(
            "risk.validity_months",
            12,
            int,
            "Months a risk assessment stays valid; after that the client must be reassessed.",
        ),
        Option(
            "reminders.risk_days",
            30,
            int,
            "Days before a client's risk assessment expires that the reassessment task appears.",
        ),
        Option(
            "risk.professional_assets_minor",
            3_000_000_00,
            int,
            "Financial assets (CNY minor units) from which a client qualifies as a "
            "professional investor.",
        ),
        Option(
            "risk.professional_income_minor",
            300_000_00,
            int,
            "Average annual income over the last 3 years (CNY minor units) from which a "
            "client qualifies as a professional investor.",
        ),
        Option(
            "risk.professional_experience_years",
            1,
            int,
            "Years of investment experience a professional investor needs besides the "
            "assets or income.",
        ),
        Option(
            "quality.required_fields",
            ["legal_name", "date_of_birth", "phone", "email", "id_number", "address", "owner"],
            list,
            "Fields every client card should have; the data-quality report scores each card "
            "by the share it has (app/data_quality.py REQUIRABLE lists the choices).",
        ),
        Option(
            "quality.stale_months",
            12,
            int,
            "Months without an update or a review after which a card counts as stale.",
        ),
        Option(
            "attachments.max_bytes",
            25 * 1024 * 1024,
            int,
            "Largest file (bytes) that can be attached; attachments live inside the office.",
        ),
        Option(
            "packs.logo_path",
            "",
            str,
            "Image file (PNG or JPEG) of the office logo for review-pack covers; empty for none.",
        ),
        # value and engagement score (app/value_score.py): weights and full-marks levels
        *(
            Option(
                f"value_score.weight_{key}", weight, int, f"Weight of {what} in the value score."
            )
            for key, weight, what in (
                ("aum", 30, "assets under management"),
                ("revenue", 20, "revenue (fees) where recorded"),
                ("tenure", 15, "tenure as a client"),
                ("contact", 15, "contact frequency"),
                ("referrals", 10, "referrals"),
                ("satisfaction", 10, "satisfaction ratings"),
            )
        ),
        Option(
            "value_score.aum_full_minor",
            10_000_000_00,
            int,
            "Investable assets (base-currency minor units) that earn full AUM points.",
        ),
        Option(
            "value_score.revenue_full_minor",
            100_000_00,
            int,
            "Yearly revenue (base-currency minor units) that earns full revenue points.",
        ),
        Option(
            "value_score.tenure_full_years", 10, int, "Years as a client for full tenure points."
        ),
        Option(
            "value_score.contacts_full", 12, int, "Interactions a year for full contact points."
        ),
        Option("value_score.referrals_full", 3, int, "Referred clients for full referral points."),
        # backups (app/backups.py, ui/backup_scheduler.py)
        Option(
            "backup.folder",
            "",
            str,
            "Folder for automatic backups (empty: '<office name> backups' beside the office).",
        ),
        Option("backup.keep_daily", 7, int, "Daily backups kept (the newest of each day)."),
        Option("backup.keep_weekly", 4, int, "Weekly backups kept (the newest of each week)."),
        Option("backup.keep_monthly", 12, int, "Monthly backups kept (the newest of each month)."),
        # users, key slots and auto-lock (app/users.py, ui/lock.py)
        Option(
            "lock.idle_minutes",
            5,
            int,
            "Minutes without keyboard or mouse input after which the window locks (0: never).",
        ),
        Option(
            "security.rekey_due",
            False,
            bool,
            "Set when a user is removed; cleared when an admin rotates the office key.",
        ),
    )
}


class SettingsService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        row = self.session.get(Setting, key)
        if row is None:
            return option.default
        value = row.value.get("v", option.default)
        return option.kind(value)

    def set(self, key: str, value: Any) -> None:
        from app import access  # app.access -> db.models; imported late to keep this light

        access.require(self.session, access.SETTINGS)
        option = OPTIONS[key]
        if not isinstance(value, option.kind):
            raise ValueError(f"Setting {key} expects {option.kind.__name__}.")
        if option.choices and value not in option.choices:
            raise ValueError(f"Setting {key} must be one of: {', '.join(option.choices)}.")
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value={"v": value}))
        else:
            row.value = {"v": value}

    def all(self) -> dict[str, Any]:
        stored = {r.key: r.value.get("v") for r in self.session.scalars(select(Setting))}
        return {k: stored.get(k, o.default) for k, o in OPTIONS.items()}
