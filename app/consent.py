"""Consent: versioned privacy notices, the append-only consent history and what it implies.

PIPL and GDPR both ask the office to *demonstrate* consent: who agreed to what, when, how
and under which exact words. So nothing here overwrites: grant, refuse and withdraw each
add a ConsentRecord (the database refuses UPDATE/DELETE, see migration 0002), and the
current state of every purpose is derived from that history, never stored beside it.

The same derivation exists twice on purpose: in Python for one client (the card, the
history panel) and in SQL for many (marketing lists, reports, 100,000 clients without a
Python loop). tests/app/test_consent.py checks that both agree on every combination.

The caller owns the Session (one transaction per user action); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from app import access, audit
from app.settings import SettingsService
from app.validation import FieldError, ValidationError, mask_identifier
from db.models import AccessEvent, Attachment, Client, ConsentRecord, ErasureInProgress
from db.models import PrivacyNotice as Notice

# ---- vocabulary ---------------------------------------------------------------------------

PI_PROCESSING = "pi_processing"
SENSITIVE_PI = "sensitive_pi"
THIRD_PARTY_SHARING = "third_party_sharing"
PURPOSES = (
    PI_PROCESSING,
    SENSITIVE_PI,
    "marketing_phone",
    "marketing_sms",
    "marketing_email",
    "marketing_wechat",
    "marketing_post",
    THIRD_PARTY_SHARING,
    "cross_border",
    "call_recording",
    "photos",
)
# Marketing channel -> the purpose whose consent it needs.
MARKETING_CHANNELS = {
    "phone": "marketing_phone",
    "sms": "marketing_sms",
    "email": "marketing_email",
    "wechat": "marketing_wechat",
    "post": "marketing_post",
}
# What every active client needs (report "clients missing required consents").
REQUIRED_PURPOSES = (PI_PROCESSING, SENSITIVE_PI)

GRANTED, REFUSED, WITHDRAWN = "granted", "refused", "withdrawn"
EXPIRED, NEVER_ASKED, NEEDS_RECONSENT = "expired", "never_asked", "needs_reconsent"
RECORD_STATUSES = (GRANTED, REFUSED, WITHDRAWN)
# Derived states, in the order reports show them. needs_reconsent is a granted consent
# given under a notice version that a newer, reconsent-requiring version has superseded.
STATES = (GRANTED, NEEDS_RECONSENT, REFUSED, WITHDRAWN, EXPIRED, NEVER_ASKED)

CAPTURE_METHODS = ("signed_paper", "e_signature", "recorded_call", "in_person")
# A withdrawal may also arrive in writing (an email, a WeChat message, a letter): PIPL asks
# that withdrawing be as convenient as consenting, so any channel is accepted.
WITHDRAWAL_CAPTURE_METHODS = (*CAPTURE_METHODS, "written")
WITHDRAWAL_CHANNELS = ("in_person", "phone", "sms", "email", "wechat", "post", "online_form")
_CAPTURE_FOR_CHANNEL = {"in_person": "in_person", "phone": "recorded_call"}

# Grants dated a little ahead of this machine's clock (another workstation's clock) pass.
CLOCK_SKEW = dt.timedelta(minutes=5)


class ConsentAcknowledgementRequired(Exception):
    """Sensitive information is about to be stored without a valid consent and the office
    asks advisors to confirm (setting consent.sensitive_without_consent = "warn").

    Retry with acknowledge_missing_consent=True; the acknowledgement is then recorded as an
    AccessEvent. `fields` are the card paths concerned (e.g. "documents.0.number").
    """

    def __init__(self, client_id: int | None, fields: list[str]) -> None:
        self.client_id = client_id
        self.fields = list(fields)
        super().__init__(
            "This client has not given a valid consent to the processing of sensitive "
            "personal information. Record the consent first, or confirm to store the "
            "identity number anyway (your confirmation is recorded)."
        )


class NoticeIntegrityError(Exception):
    """A stored notice's text no longer matches the SHA-256 taken when it was published."""


# ---- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    code: str
    title: str
    version: int
    language: str
    effective_from: dt.date
    effective_to: dt.date | None
    sha256: str
    signature_required: bool
    requires_reconsent: bool
    verified: bool  # the stored text still hashes to sha256


@dataclass(frozen=True)
class ConsentEntry:
    """One record of the history, as the card's history panel shows it."""

    id: int
    client_id: int
    purpose: str
    third_party: str | None
    status: str
    notice_id: int | None
    notice_code: str | None
    notice_version: int | None
    recorded_at: dt.datetime
    effective_at: dt.datetime
    capture_method: str
    recorded_by: str
    evidence_attachment_id: int | None
    expires_on: dt.date | None
    withdrawal_channel: str | None
    withdrawal_reason: str | None


@dataclass(frozen=True)
class PurposeState:
    """The state of one purpose (per named third party for sharing) on one day."""

    purpose: str
    third_party: str | None
    status: str  # granted, refused, withdrawn, expired, never_asked
    needs_reconsent: bool = False
    since: dt.datetime | None = None  # effective_at of the record that decides it
    expires_on: dt.date | None = None
    record_id: int | None = None

    @property
    def valid(self) -> bool:
        """True only for a current, unexpired grant under a notice still good enough."""
        return self.status == GRANTED and not self.needs_reconsent

    @property
    def reason(self) -> str:
        """The single word lists use: needs_reconsent replaces granted when it applies."""
        return NEEDS_RECONSENT if self.status == GRANTED and self.needs_reconsent else self.status


# ---- time ---------------------------------------------------------------------------------


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """Instants are stored in UTC; SQLite keeps no offset, so store naive UTC.

    A naive input is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def cutoff_for(on: dt.date | None) -> tuple[dt.date, dt.datetime]:
    """(day for expiry and notices, instant up to which records count).

    Without a day, every record effective up to this moment counts: a withdrawal
    recorded a second ago already applies ("takes effect at once, everywhere").
    With a day, records effective up to the end of that day (UTC) count."""
    if on is None:
        now = utc_naive(dt.datetime.now(dt.UTC))
        return dt.date.today(), now + dt.timedelta(microseconds=1)
    return on, dt.datetime.combine(on + dt.timedelta(days=1), dt.time())


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---- the SQL derivation -------------------------------------------------------------------


def superseded_notice_ids(session: Session, on: dt.date) -> list[int]:
    """Notices agreed to under which a grant needs renewing on `on`: a newer version of the
    same code (any language) requiring reconsent is in force. Notices are few, so this is
    one small query and lets the big queries use a plain IN list."""
    old, new = Notice.__table__.alias("old"), Notice.__table__.alias("new")
    stmt = (
        select(old.c.id)
        .join(new, and_(new.c.code == old.c.code, new.c.version > old.c.version))
        .where(new.c.requires_reconsent.is_(True), new.c.effective_from <= on)
        .distinct()
    )
    return sorted(session.scalars(stmt))


def latest_states(
    session: Session,
    on: dt.date | None = None,
    *,
    purposes: Sequence[str] | None = None,
    third_party: str | None = None,
    client_ids: Select | None = None,  # type: ignore[type-arg]
) -> Select:  # type: ignore[type-arg]
    """One row per (client, purpose, third party) that has any record: its derived state.

    Columns: client_id, purpose, third_party, state (granted / needs_reconsent / refused /
    withdrawn / expired), expires_on, effective_at. Clients without a row were never asked.
    The latest record wins by effective_at, then id (the later entry of the same instant).
    """
    day, cutoff = cutoff_for(on)
    cr = ConsentRecord.__table__
    conditions = [cr.c.effective_at < cutoff]
    if purposes is not None:
        conditions.append(cr.c.purpose.in_(list(purposes)))
    if third_party is not None:
        conditions.append(cr.c.third_party == third_party)
    if client_ids is not None:
        conditions.append(cr.c.client_id.in_(client_ids))
    rank = (
        func.row_number()
        .over(
            partition_by=(cr.c.client_id, cr.c.purpose, cr.c.third_party),
            order_by=(cr.c.effective_at.desc(), cr.c.id.desc()),
        )
        .label("rn")
    )
    ranked = (
        select(
            cr.c.client_id,
            cr.c.purpose,
            cr.c.third_party,
            cr.c.status,
            cr.c.notice_id,
            cr.c.expires_on,
            cr.c.effective_at,
            rank,
        )
        .where(*conditions)
        .subquery("ranked")
    )
    superseded = superseded_notice_ids(session, day)
    granted = ranked.c.status == GRANTED
    whens = [
        (and_(granted, ranked.c.expires_on.is_not(None), ranked.c.expires_on <= day), EXPIRED),
    ]
    if superseded:
        whens.append((and_(granted, ranked.c.notice_id.in_(superseded)), NEEDS_RECONSENT))
    state = case(*whens, else_=ranked.c.status).label("state")
    return select(
        ranked.c.client_id,
        ranked.c.purpose,
        ranked.c.third_party,
        state,
        ranked.c.expires_on,
        ranked.c.effective_at,
    ).where(ranked.c.rn == 1)


# ---- the Python derivation ----------------------------------------------------------------


def derive_state(
    purpose: str,
    third_party: str | None,
    records: Iterable[ConsentEntry],
    day: dt.date,
    cutoff: dt.datetime,
    superseded: set[int],
) -> PurposeState:
    """The state from one purpose's history, by the same rules as latest_states()."""
    latest: ConsentEntry | None = None
    for rec in records:
        if utc_naive(rec.effective_at) >= cutoff:
            continue
        if latest is None or (utc_naive(rec.effective_at), rec.id) > (
            utc_naive(latest.effective_at),
            latest.id,
        ):
            latest = rec
    if latest is None:
        return PurposeState(purpose, third_party, NEVER_ASKED)
    status = latest.status
    needs = False
    if status == GRANTED and latest.expires_on is not None and latest.expires_on <= day:
        status = EXPIRED
    elif status == GRANTED and latest.notice_id in superseded:
        needs = True
    return PurposeState(
        purpose,
        third_party,
        status,
        needs_reconsent=needs,
        since=latest.effective_at,
        expires_on=latest.expires_on,
        record_id=latest.id,
    )


# ---- the service --------------------------------------------------------------------------


class ConsentService:
    """Notices and consents for the card, the consent panel and the CLI."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    # ---- notices ------------------------------------------------------------------------
    def publish_notice(
        self,
        code: str,
        title: str,
        version: int,
        language: str,
        effective_from: dt.date,
        text: str,
        *,
        effective_to: dt.date | None = None,
        signature_required: bool = False,
        requires_reconsent: bool = False,
    ) -> int:
        """Add a notice version; its SHA-256 is taken here, from the exact UTF-8 text."""
        access.require(self.session, access.SETTINGS)
        errors: list[FieldError] = []
        if not code or not code.isidentifier() or len(code) > 60:
            errors.append(FieldError("code", "Use letters, digits and underscores for the code."))
        if not title.strip() or len(title) > 200:
            errors.append(FieldError("title", "Enter a title (200 characters at most)."))
        if not language.strip() or len(language) > 10:
            errors.append(FieldError("language", "Enter a language code such as zh or en."))
        if not text.strip():
            errors.append(FieldError("text", "Enter the full text of the notice."))
        if version < 1:
            errors.append(FieldError("version", "Versions are numbered from 1."))
        else:
            latest = self.session.scalar(
                select(func.max(Notice.version)).where(
                    Notice.code == code, Notice.language == language
                )
            )
            if latest is not None and version <= latest:
                errors.append(
                    FieldError(
                        "version",
                        f"Version {latest} of this notice exists already in this language; "
                        f"publish version {latest + 1} or later.",
                    )
                )
        if effective_to is not None and effective_to < effective_from:
            errors.append(
                FieldError("effective_to", "The notice must end on or after the day it starts.")
            )
        if errors:
            raise ValidationError(errors)
        row = Notice(
            code=code,
            title=title.strip(),
            version=version,
            language=language.strip(),
            effective_from=effective_from,
            effective_to=effective_to,
            text=text,
            sha256=text_sha256(text),
            signature_required=signature_required,
            requires_reconsent=requires_reconsent,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def notices(self, code: str | None = None) -> list[NoticeInfo]:
        stmt = select(Notice).order_by(Notice.code, Notice.version, Notice.language)
        if code is not None:
            stmt = stmt.where(Notice.code == code)
        return [self._info(n) for n in self.session.scalars(stmt)]

    def notice_text(self, notice_id: int) -> str:
        """The text exactly as published; refuses a text that no longer matches its hash."""
        notice = self._notice(notice_id)
        if text_sha256(notice.text) != notice.sha256:
            raise NoticeIntegrityError(
                f"The text of notice {notice.code} v{notice.version} ({notice.language}) no "
                "longer matches its fingerprint; restore the office from a backup."
            )
        return notice.text

    def verify_notice(self, notice_id: int) -> bool:
        notice = self._notice(notice_id)
        return text_sha256(notice.text) == notice.sha256

    def notice_in_force(self, code: str, language: str, on: dt.date) -> NoticeInfo | None:
        """The version of `code` an advisor should show on `on`, in `language`."""
        for info in sorted(self.notices(code), key=lambda n: -n.version):
            if info.language == language and self._in_force(info, on):
                return info
        return None

    def _notice(self, notice_id: int) -> Notice:
        notice = self.session.get(Notice, notice_id)
        if notice is None:
            raise LookupError(f"Privacy notice {notice_id} does not exist.")
        return notice

    @staticmethod
    def _info(n: Notice) -> NoticeInfo:
        return NoticeInfo(
            n.id,
            n.code,
            n.title,
            n.version,
            n.language,
            n.effective_from,
            n.effective_to,
            n.sha256,
            bool(n.signature_required),
            bool(n.requires_reconsent),
            text_sha256(n.text) == n.sha256,
        )

    def _in_force(self, info: NoticeInfo, on: dt.date) -> bool:
        """In its own dates, and no later version of the same code and language has begun."""
        if info.effective_from > on or (info.effective_to is not None and on > info.effective_to):
            return False
        newer = self.session.scalar(
            select(func.count(Notice.id)).where(
                Notice.code == info.code,
                Notice.language == info.language,
                Notice.version > info.version,
                Notice.effective_from <= on,
            )
        )
        return not newer

    # ---- recording ------------------------------------------------------------------------
    def grant(
        self,
        client_id: int,
        purpose: str,
        *,
        notice_id: int,
        capture_method: str,
        effective_at: dt.datetime | None = None,
        expires_on: dt.date | None = None,
        third_party: str | None = None,
        evidence_attachment_id: int | None = None,
    ) -> int:
        return self._record(
            client_id,
            purpose,
            GRANTED,
            notice_id=notice_id,
            capture_method=capture_method,
            effective_at=effective_at,
            expires_on=expires_on,
            third_party=third_party,
            evidence_attachment_id=evidence_attachment_id,
        )

    def refuse(
        self,
        client_id: int,
        purpose: str,
        *,
        notice_id: int,
        capture_method: str,
        effective_at: dt.datetime | None = None,
        third_party: str | None = None,
        evidence_attachment_id: int | None = None,
    ) -> int:
        return self._record(
            client_id,
            purpose,
            REFUSED,
            notice_id=notice_id,
            capture_method=capture_method,
            effective_at=effective_at,
            third_party=third_party,
            evidence_attachment_id=evidence_attachment_id,
        )

    def withdraw(
        self,
        client_id: int,
        purpose: str,
        *,
        channel: str,
        reason: str | None = None,
        effective_at: dt.datetime | None = None,
        third_party: str | None = None,
        capture_method: str | None = None,
        evidence_attachment_id: int | None = None,
    ) -> int:
        """Effective now unless dated earlier (a letter received yesterday): it applies to
        every list and check from the moment it is committed."""
        if capture_method is None:
            capture_method = _CAPTURE_FOR_CHANNEL.get(channel, "written")
        return self._record(
            client_id,
            purpose,
            WITHDRAWN,
            notice_id=None,
            capture_method=capture_method,
            effective_at=effective_at,
            third_party=third_party,
            evidence_attachment_id=evidence_attachment_id,
            withdrawal_channel=channel,
            withdrawal_reason=reason,
        )

    def _record(
        self,
        client_id: int,
        purpose: str,
        status: str,
        *,
        notice_id: int | None,
        capture_method: str,
        effective_at: dt.datetime | None,
        third_party: str | None,
        evidence_attachment_id: int | None,
        expires_on: dt.date | None = None,
        withdrawal_channel: str | None = None,
        withdrawal_reason: str | None = None,
    ) -> int:
        access.require(self.session, access.CONSENT, client_id)
        if self.session.get(Client, client_id) is None:
            raise LookupError(f"Client {client_id} does not exist (it may have been removed).")
        now = utc_naive(dt.datetime.now(dt.UTC))
        when = now if effective_at is None else utc_naive(effective_at)
        third_party = (third_party or "").strip() or None
        reason = (withdrawal_reason or "").strip() or None
        errors: list[FieldError] = []

        def err(path: str, message: str) -> None:
            errors.append(FieldError(path, message))

        if purpose not in PURPOSES:
            err("purpose", "Choose a purpose from the list.")
        if purpose == THIRD_PARTY_SHARING and third_party is None:
            err("third_party", "Name the third party (custodian, insurer …) this sharing is for.")
        elif purpose != THIRD_PARTY_SHARING and third_party is not None:
            err("third_party", "Only sharing with third parties names a third party.")
        elif third_party is not None and len(third_party) > 200:
            err("third_party", "The third party's name is too long (200 characters at most).")
        methods = WITHDRAWAL_CAPTURE_METHODS if status == WITHDRAWN else CAPTURE_METHODS
        if capture_method not in methods:
            err("capture_method", "Choose how the consent was captured from the list.")
        if when > now + CLOCK_SKEW:
            err("effective_at", "A consent cannot take effect in the future; record it then.")
        if status == WITHDRAWN:
            if withdrawal_channel not in WITHDRAWAL_CHANNELS:
                err("withdrawal_channel", "Choose the channel the client used to withdraw.")
        elif notice_id is None:
            err("notice_id", "Choose the privacy notice version the client was shown.")
        else:
            notice = self.session.get(Notice, notice_id)
            if notice is None:
                err("notice_id", "That privacy notice does not exist.")
            else:
                info = self._info(notice)
                if not info.verified:
                    err(
                        "notice_id",
                        "This notice's text no longer matches its fingerprint; it cannot "
                        "be used until the office is restored from a backup.",
                    )
                elif not self._in_force(info, when.date()):
                    err(
                        "notice_id",
                        f"Version {info.version} of this notice was not in force on "
                        f"{when.date():%Y-%m-%d}; choose the version shown that day.",
                    )
        if expires_on is not None and expires_on <= when.date():
            err("expires_on", "The expiry must be after the day the consent takes effect.")
        if evidence_attachment_id is not None:
            owner = self.session.execute(
                select(Attachment.id, Attachment.client_id).where(
                    Attachment.id == evidence_attachment_id
                )
            ).first()
            if owner is None or owner.client_id not in (None, client_id):
                err("evidence_attachment_id", "The evidence must be a file of this client.")
        if errors:
            raise ValidationError(errors)
        row = ConsentRecord(
            client_id=client_id,
            purpose=purpose,
            third_party=third_party,
            status=status,
            notice_id=notice_id,
            recorded_at=now,
            effective_at=when,
            capture_method=capture_method,
            recorded_by=self.actor,
            evidence_attachment_id=evidence_attachment_id,
            expires_on=expires_on,
            withdrawal_channel=withdrawal_channel,
            withdrawal_reason=reason,
        )
        self.session.add(row)
        self.session.flush()
        audit.record(
            self.session,
            self.actor,
            "consent",
            client_id,
            target=f"consent_record {row.id}",
            purpose=purpose,
            status=status,
        )
        return row.id

    # ---- reading ------------------------------------------------------------------------
    def history(
        self, client_id: int, purpose: str | None = None, third_party: str | None = None
    ) -> list[ConsentEntry]:
        """Oldest first, exactly as recorded (instants returned in UTC)."""
        stmt = (
            select(ConsentRecord, Notice.code, Notice.version)
            .outerjoin(Notice, Notice.id == ConsentRecord.notice_id)
            .where(ConsentRecord.client_id == client_id)
            .order_by(ConsentRecord.effective_at, ConsentRecord.id)
        )
        if purpose is not None:
            stmt = stmt.where(ConsentRecord.purpose == purpose)
        if third_party is not None:
            stmt = stmt.where(ConsentRecord.third_party == third_party)
        return [
            ConsentEntry(
                r.id,
                r.client_id,
                r.purpose,
                r.third_party,
                r.status,
                r.notice_id,
                code,
                version,
                _as_utc(r.recorded_at),
                _as_utc(r.effective_at),
                r.capture_method,
                r.recorded_by,
                r.evidence_attachment_id,
                r.expires_on,
                r.withdrawal_channel,
                r.withdrawal_reason,
            )
            for r, code, version in self.session.execute(stmt)
        ]

    def current_state(self, client_id: int, on: dt.date | None = None) -> list[PurposeState]:
        """Every purpose in PURPOSES order; sharing once per named third party (or once as
        never asked). Derived from the history alone."""
        day, cutoff = cutoff_for(on)
        superseded = set(superseded_notice_ids(self.session, day))
        by_key: dict[tuple[str, str | None], list[ConsentEntry]] = {}
        for rec in self.history(client_id):
            by_key.setdefault((rec.purpose, rec.third_party), []).append(rec)
        out: list[PurposeState] = []
        for purpose in PURPOSES:
            keys = sorted(
                (k for k in by_key if k[0] == purpose), key=lambda k: (k[1] is not None, k[1])
            )
            if not keys:
                out.append(PurposeState(purpose, None, NEVER_ASKED))
            for key in keys:
                out.append(derive_state(purpose, key[1], by_key[key], day, cutoff, superseded))
        return out

    def state(
        self,
        client_id: int,
        purpose: str,
        third_party: str | None = None,
        on: dt.date | None = None,
    ) -> PurposeState:
        day, cutoff = cutoff_for(on)
        superseded = set(superseded_notice_ids(self.session, day))
        records = [
            r
            for r in self.history(client_id, purpose)
            if r.third_party == ((third_party or "").strip() or None)
        ]
        return derive_state(purpose, third_party, records, day, cutoff, superseded)

    def has_valid(
        self,
        client_id: int,
        purpose: str,
        third_party: str | None = None,
        on: dt.date | None = None,
    ) -> bool:
        return self.state(client_id, purpose, third_party, on).valid

    def clients_with_valid(
        self,
        purpose: str,
        ids: Select | Iterable[int] | None = None,  # type: ignore[type-arg]
        *,
        third_party: str | None = None,
        on: dt.date | None = None,
    ) -> set[int]:
        """Which of `ids` (a select of client ids, ids, or None for every client) hold a
        valid consent for `purpose`: one SQL query per 10,000 listed ids, none per client."""
        if purpose not in PURPOSES:
            raise ValueError(f"Unknown consent purpose {purpose!r}.")
        if purpose == THIRD_PARTY_SHARING and not third_party:
            raise ValueError("Sharing consent is per third party: name it.")

        def query(client_ids: Select | None) -> set[int]:  # type: ignore[type-arg]
            states = latest_states(
                self.session,
                on,
                purposes=[purpose],
                third_party=third_party,
                client_ids=client_ids,
            ).subquery()
            return set(
                self.session.scalars(select(states.c.client_id).where(states.c.state == GRANTED))
            )

        if ids is None or isinstance(ids, Select):
            return query(ids)
        listed = sorted(set(ids))
        found: set[int] = set()
        for start in range(0, len(listed), 10_000):
            chunk = listed[start : start + 10_000]
            found |= query(select(Client.id).where(Client.id.in_(chunk)))
        return found


# ---- expiring consents --------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiringConsent:
    client_id: int
    purpose: str
    expires_on: dt.date

    def __iter__(self) -> Iterator[object]:  # unpacks as (client_id, purpose, expires_on)
        return iter((self.client_id, self.purpose, self.expires_on))


def expiring_consents(
    session: Session, within_days: int, on: dt.date | None = None
) -> list[ExpiringConsent]:
    """Valid grants whose expiry falls within the next `within_days` days, soonest first.

    This is the hook for the reminder rules (another issue): they will turn each entry into
    a task for the client's owner. Consents that need reconsent are left out (they are
    already not valid) and so are expired ones (the coverage report shows those)."""
    if within_days < 0:
        raise ValueError("within_days cannot be negative.")
    day, _ = cutoff_for(on)
    states = latest_states(session, on).subquery()
    stmt = (
        select(states.c.client_id, states.c.purpose, func.min(states.c.expires_on))
        .where(
            states.c.state == GRANTED,
            states.c.expires_on.is_not(None),
            states.c.expires_on <= day + dt.timedelta(days=within_days),
        )
        .group_by(states.c.client_id, states.c.purpose)
        .order_by(func.min(states.c.expires_on), states.c.client_id, states.c.purpose)
    )
    return [ExpiringConsent(cid, purpose, exp) for cid, purpose, exp in session.execute(stmt)]


# ---- enforcement --------------------------------------------------------------------------


def sensitive_storage_check(
    session: Session,
    client_id: int | None,
    new_documents: list[tuple[str, str, str]],
    acknowledge: bool,
) -> list[str]:
    """Gate for storing identity numbers (PIPL: sensitive personal information).

    new_documents: (card path, doc type, normalised number) of numbers not stored before.
    Returns masked descriptions to record as acknowledged (empty when nothing to record);
    raises ValidationError ("block") or ConsentAcknowledgementRequired ("warn", not yet
    acknowledged). Off unless the office setting consent.enforce is on.
    """
    settings = SettingsService(session)
    if not new_documents or not settings.get("consent.enforce"):
        return []
    if client_id is not None and ConsentService(session).has_valid(client_id, SENSITIVE_PI):
        return []
    mode = settings.get("consent.sensitive_without_consent")
    paths = [path for path, _, _ in new_documents]
    if mode != "warn":  # "block", and anything unexpected fails safe
        raise ValidationError(
            [
                FieldError(
                    path,
                    "An identity number can only be stored once the client has consented to "
                    "the processing of sensitive personal information. Record that consent "
                    "first, or leave the number out.",
                )
                for path in paths
            ]
        )
    if not acknowledge:
        raise ConsentAcknowledgementRequired(client_id, paths)
    return [f"{doc_type} {mask_identifier(number)}" for _, doc_type, number in new_documents]


def record_acknowledgements(
    session: Session, actor: str, client_id: int, details: list[str]
) -> None:
    for detail in details:
        session.add(
            AccessEvent(
                actor=actor,
                action="sensitive_without_consent",
                client_id=client_id,
                detail=detail[:200],
            )
        )
    if details:
        audit.record(
            session, actor, "consent", client_id, acknowledged_without_consent=len(details)
        )


# ---- the erasure hatch (for the erasure and retention-purge services) ---------------------


@contextmanager
def erasure_window(
    session: Session, reason: str, actor: str, client_id: int | None = None
) -> Iterator[None]:
    """Open the consent_record triggers' narrow hatch for the enclosing transaction only.

    reason "erasure": withdrawal_reason may be anonymised (and evidence unlinked) on
    `client_id`'s records; "retention_purge": records may be deleted (of `client_id`, or
    of anyone when None). The marker row is removed before the block returns; if the
    block fails, the caller's rollback removes it with everything else.
    """
    if reason not in ("erasure", "retention_purge"):
        raise ValueError("The hatch opens only for an erasure or a retention purge.")
    session.flush()
    session.execute(
        insert(ErasureInProgress).values(
            id=1,
            reason=reason,
            client_id=client_id,
            actor=actor,
            started_at=utc_naive(dt.datetime.now(dt.UTC)),
        )
    )
    yield
    session.flush()
    session.execute(delete(ErasureInProgress).where(ErasureInProgress.id == literal(1)))
