"""Client cards: load, validate, create, save with optimistic concurrency.

The caller owns the Session (one transaction per user action); this service never
commits. A stale save raises ConflictError and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app import access, audit
from app import cards as c
from app.cards import ClientCard, CustomFieldDef, SnapshotData
from app.consent import record_acknowledgements, sensitive_storage_check
from app.households import HouseholdService
from app.money import FxService, MissingRate, Money
from app.pinyin import has_han, latin_from_chinese
from app.search_text import build_entry
from app.settings import SettingsService
from app.validation import (
    FieldError,
    ValidationError,
    mask_identifier,
    normalize_document_number,
    normalize_phone,
    parse_money,
    validate_currency,
    validate_document,
    validate_email,
)
from db import search_index
from db.errors import ConflictError
from db.models import (
    Address,
    Client,
    ClientChange,
    ClientLink,
    ClientTag,
    CustomField,
    CustomValue,
    Email,
    FinancialSnapshot,
    IdentityDocument,
    Phone,
    Relative,
    SnapshotAsset,
)

SCALAR_FIELDS = (
    "legal_name",
    "chinese_name",
    "latin_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "marital_status",
    "nationality",
    "occupation",
    "employer",
    "industry",
    "education",
    "language",
    "wechat_id",
    "preferred_channel",
    "contact_times",
    "objective_short",
    "objective_long",
    "horizon_years",
    "liquidity_needs",
    "experience_years",
    "experience_products",
    "preferred_assets",
    "excluded_assets",
    "themes",
    "needs_notes",
    "status",
    "owner",
    "source",
    "referrer_id",
    "client_since",
    "last_review",
    "next_review",
)


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def canonical_custom_value(defn: CustomFieldDef, raw: str) -> str:
    """The stored text of a custom value; raises ValueError with a user message."""
    raw = raw.strip()
    if defn.kind == "text":
        if len(raw) > 500:
            raise ValueError("Keep this under 500 characters.")
        return raw
    if defn.kind == "number":
        try:
            number = Decimal(raw.replace(",", ""))
        except InvalidOperation:
            raise ValueError("Enter a number, for example 12 or 3.5.") from None
        if not number.is_finite():
            raise ValueError("Enter a finite number.")
        return format(number.normalize(), "f")
    if defn.kind == "money":
        return str(parse_money(raw, defn.currency or "CNY"))
    if defn.kind == "date":
        try:
            return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            raise ValueError("Enter a date as YYYY-MM-DD.") from None
    if defn.kind == "choice":
        if raw not in defn.choices:
            raise ValueError("Pick one of: " + ", ".join(defn.choices) + ".")
        return raw
    if defn.kind == "bool":
        lowered = raw.lower()
        if lowered in ("yes", "y", "true", "1", "是"):
            return "yes"
        if lowered in ("no", "n", "false", "0", "否"):
            return "no"
        raise ValueError("Enter yes or no.")
    raise ValueError("Unknown field kind.")


def validate_card(card: ClientCard, custom_defs: list[CustomFieldDef]) -> list[FieldError]:
    """Every problem at once, keyed by field path, so the card can mark each input."""
    errors: list[FieldError] = []
    today = dt.date.today()

    def err(path: str, message: str) -> None:
        errors.append(FieldError(path, message))

    if not card.legal_name.strip():
        err("legal_name", "Enter the client's legal name.")
    elif len(card.legal_name) > 200:
        err("legal_name", "The legal name is too long (200 characters at most).")
    if card.chinese_name and not has_han(card.chinese_name):
        err("chinese_name", "The Chinese name should be written in Chinese characters.")
    if card.date_of_birth is not None:
        if card.date_of_birth > today:
            err("date_of_birth", "The date of birth is in the future.")
        elif card.date_of_birth < dt.date(1900, 1, 1):
            err("date_of_birth", "The date of birth is before 1900.")
    if card.gender is not None and card.gender not in c.GENDERS:
        err("gender", "Choose a gender from the list.")
    if card.marital_status is not None and card.marital_status not in c.MARITAL:
        err("marital_status", "Choose a marital status from the list.")
    if card.nationality and (len(card.nationality) != 2 or not card.nationality.isalpha()):
        err("nationality", "Use the two-letter country code, e.g. CN or US.")
    if card.status not in c.STATUSES:
        err("status", "Choose a status from the list.")
    if card.preferred_channel is not None and card.preferred_channel not in c.CHANNELS:
        err("preferred_channel", "Choose a channel from the list.")
    for name in ("horizon_years", "experience_years"):
        value = getattr(card, name)
        if value is not None and not (0 <= value <= 100):
            err(name, "Enter a number of years between 0 and 100.")
    if card.client_since and card.client_since > today:
        err("client_since", "'Client since' cannot be in the future.")
    if card.last_review and card.last_review > today:
        err("last_review", "The last review cannot be in the future.")
    for i, doc in enumerate(card.documents):
        number = normalize_document_number(doc.doc_type, doc.number)
        message = validate_document(doc.doc_type, number, doc.issuing_country, card.date_of_birth)
        if message:
            err(f"documents.{i}.number", message)
    for i, phone in enumerate(card.phones):
        try:
            normalize_phone(phone.number)
        except ValueError as exc:
            err(f"phones.{i}.number", str(exc))
    for i, email in enumerate(card.emails):
        message = validate_email(email.address)
        if message:
            err(f"emails.{i}.address", message)
    for i, address in enumerate(card.addresses):
        if not address.line1.strip():
            err(f"addresses.{i}.line1", "Enter the first line of the address.")
    for i, rel in enumerate(card.relatives):
        if not rel.name.strip():
            err(f"relatives.{i}.name", "Enter the relative's name.")
    by_key = {d.key: d for d in custom_defs}
    for key, raw in card.custom.items():
        defn = by_key.get(key)
        if defn is None:
            err(f"custom.{key}", "This custom field no longer exists.")
            continue
        if raw.strip():
            try:
                canonical_custom_value(defn, raw)
            except ValueError as exc:
                err(f"custom.{key}", str(exc))
    return errors


def validate_snapshot(snap: SnapshotData) -> list[FieldError]:
    errors: list[FieldError] = []
    message = validate_currency(snap.currency)
    if message:
        errors.append(FieldError("snapshot.currency", message))
    if snap.as_of > dt.date.today():
        errors.append(FieldError("snapshot.as_of", "A snapshot cannot be dated in the future."))
    for cls, amount in snap.assets.items():
        if cls not in c.ASSET_CLASSES:
            errors.append(FieldError(f"snapshot.assets.{cls}", "Unknown asset class."))
        elif amount < 0:
            errors.append(FieldError(f"snapshot.assets.{cls}", "Assets cannot be negative."))
    if snap.liabilities_minor < 0:
        errors.append(FieldError("snapshot.liabilities", "Liabilities cannot be negative."))
    if snap.annual_income_minor is not None and snap.annual_income_minor < 0:
        errors.append(FieldError("snapshot.annual_income", "Income cannot be negative."))
    return errors


def sort_name_for(card_or_client: ClientCard | Client) -> str:
    """Latin names sort by their letters, Chinese names by pinyin, so one list reads A-Z."""
    name = card_or_client.legal_name
    if has_han(name):
        name = latin_from_chinese(name) or name
    return name.lower()


class ClientService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    # ---- custom fields -------------------------------------------------------------------
    def custom_fields(self) -> list[CustomFieldDef]:
        rows = self.session.scalars(select(CustomField).order_by(CustomField.position))
        return [
            CustomFieldDef(r.id, r.key, r.label_en, r.label_zh, r.kind, list(r.choices), r.currency)
            for r in rows
        ]

    def define_custom_field(
        self,
        key: str,
        label_en: str,
        label_zh: str,
        kind: str,
        choices: list[str] | None = None,
        currency: str | None = None,
    ) -> int:
        access.require(self.session, access.SETTINGS)
        errors: list[FieldError] = []
        if not key.isidentifier():
            errors.append(FieldError("key", "Use letters, digits and underscores for the key."))
        if kind not in c.CUSTOM_KINDS:
            errors.append(FieldError("kind", "Choose a field kind from the list."))
        if kind == "choice" and not choices:
            errors.append(FieldError("choices", "A choice field needs at least one choice."))
        if kind == "money" and (currency is None or validate_currency(currency)):
            errors.append(FieldError("currency", "A money field needs a valid currency."))
        if self.session.scalar(select(CustomField.id).where(CustomField.key == key)):
            errors.append(FieldError("key", "A custom field with this key exists already."))
        if errors:
            raise ValidationError(errors)
        count = len(self.custom_fields())
        row = CustomField(
            key=key,
            label_en=label_en,
            label_zh=label_zh,
            kind=kind,
            choices=choices or [],
            currency=currency,
            position=count,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    # ---- load ----------------------------------------------------------------------------
    def _get(self, client_id: int) -> Client:
        row = self.session.get(
            Client,
            client_id,
            options=[
                selectinload(Client.documents),
                selectinload(Client.phones),
                selectinload(Client.emails),
                selectinload(Client.addresses),
                selectinload(Client.relatives),
                selectinload(Client.tags),
                selectinload(Client.custom_values),
            ],
        )
        if row is None:
            raise LookupError(f"Client {client_id} does not exist (it may have been removed).")
        return row

    def load(self, client_id: int) -> ClientCard:
        access.require(self.session, access.READ_CLIENT, client_id)
        row = self._get(client_id)
        card = ClientCard(**{name: getattr(row, name) for name in SCALAR_FIELDS})
        card.id = row.id
        card.version = row.version
        card.tier = row.tier
        card.experience_products = list(row.experience_products or [])
        card.preferred_assets = list(row.preferred_assets or [])
        card.excluded_assets = list(row.excluded_assets or [])
        card.themes = list(row.themes or [])
        card.documents = [
            c.DocumentData(d.doc_type, d.number, d.issuing_country, d.expiry, d.id)
            for d in row.documents
        ]
        card.phones = [c.PhoneData(p.e164, p.label, p.id) for p in row.phones]
        card.emails = [c.EmailData(e.address, e.label, e.id) for e in row.emails]
        card.addresses = [
            c.AddressData(
                a.line1, a.line2, a.city, a.region, a.postal_code, a.country, a.label, a.id
            )
            for a in row.addresses
        ]
        card.relatives = [
            c.RelativeData(r.name, r.relation, r.date_of_birth, r.notes, r.id)
            for r in row.relatives
        ]
        card.tags = [t.name for t in row.tags if t.kind == "tag"]
        card.needs = [t.name for t in row.tags if t.kind == "need"]
        keys = {d.id: d.key for d in self.custom_fields()}
        card.custom = {keys[v.field_id]: v.value for v in row.custom_values if v.field_id in keys}
        # with their versions, so the card can edit a household without reading it again
        card.households = HouseholdService(self.session, self.actor).of_client(client_id)
        card.links = self._links(client_id)
        card.snapshots = self.snapshots(client_id)
        return card

    def _links(self, client_id: int) -> list[c.LinkData]:
        out = []
        for this_end, other_end, outgoing in (
            (ClientLink.from_client_id, ClientLink.to_client_id, True),
            (ClientLink.to_client_id, ClientLink.from_client_id, False),
        ):
            rows = self.session.execute(
                select(other_end, Client.legal_name, ClientLink.kind)
                .join(Client, Client.id == other_end)
                .where(this_end == client_id)
            )
            for other_id, name, kind in rows:
                out.append(c.LinkData(other_id, name, kind, outgoing))
        return out

    def snapshots(self, client_id: int) -> list[SnapshotData]:
        rows = self.session.scalars(
            select(FinancialSnapshot)
            .where(FinancialSnapshot.client_id == client_id)
            .order_by(FinancialSnapshot.as_of.desc(), FinancialSnapshot.id.desc())
            .options(selectinload(FinancialSnapshot.assets))
        )
        return [
            SnapshotData(
                s.as_of,
                s.currency,
                {a.asset_class: a.amount_minor for a in s.assets},
                s.liabilities_minor,
                s.annual_income_minor,
                s.id,
            )
            for s in rows
        ]

    # ---- save ----------------------------------------------------------------------------
    def create(self, card: ClientCard, *, acknowledge_missing_consent: bool = False) -> int:
        """acknowledge_missing_consent: see save()."""
        access.require(self.session, access.CREATE_CLIENT)
        self._validate(card)
        acknowledged = sensitive_storage_check(
            self.session, None, _new_documents(card, []), acknowledge_missing_consent
        )
        row = Client(legal_name=card.legal_name.strip(), sort_name="")
        self.session.add(row)
        self._apply(row, card)
        self.session.flush()
        record_acknowledgements(self.session, self.actor, row.id, acknowledged)
        self.session.add(
            ClientChange(
                client_id=row.id, actor=self.actor, field="(created)", after=row.legal_name
            )
        )
        audit.record_changes(
            self.session,
            self.actor,
            "client_created",
            row.id,
            {k: (None, v) for k, v in self._audit_state(row).items() if v is not None},
        )
        self._reindex(row)
        return row.id

    def save(self, card: ClientCard, *, acknowledge_missing_consent: bool = False) -> int:
        """Save an edited card; returns the new version. Stale versions raise ConflictError.

        A new identity number without a valid sensitive-information consent raises
        ConsentAcknowledgementRequired (or ValidationError when the office blocks it) while
        the office enforces consent; acknowledge_missing_consent=True stores it and records
        the advisor's acknowledgement (app/consent.py)."""
        if card.id is None:
            raise ValueError("save() needs a loaded card; use create() for a new client.")
        access.require(self.session, access.EDIT_CONTACTS, card.id)
        self._validate(card)
        row = self._get(card.id)
        if row.version != card.version:
            raise ConflictError("client", card.id)
        acknowledged = sensitive_storage_check(
            self.session,
            card.id,
            _new_documents(card, row.documents),
            acknowledge_missing_consent,
        )
        with self.session.no_autoflush:
            before = self._audit_state(row)
            self._apply(row, card)
            after = self._audit_state(row)
        row.updated_at = dt.datetime.now(
            dt.UTC
        )  # always bump the version, even for child-only edits
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("client", card.id) from None
        except OperationalError as exc:
            # SQLite refuses the write of a transaction whose snapshot predates another
            # connection's commit ("database is locked", SQLITE_BUSY_SNAPSHOT): the version
            # it compared against is stale, so this is a conflict, not a locking fault.
            if "locked" not in str(exc.orig):
                raise
            raise ConflictError("client", card.id) from None
        record_acknowledgements(self.session, self.actor, row.id, acknowledged)
        self._record_changes(row.id, before, after)
        self._reindex(row)
        return row.version

    # ---- correction history ----------------------------------------------------------------
    def _audit_state(self, row: Client) -> dict[str, str | None]:
        """Every card field as display text; identity numbers masked (the history is read
        far more widely than the document itself)."""
        state: dict[str, str | None] = {}
        for name in SCALAR_FIELDS:
            value = getattr(row, name)
            if isinstance(value, list):
                value = ", ".join(value) if value else None
            state[name] = None if value is None else str(value)
        state["documents"] = (
            "; ".join(
                f"{d.doc_type} {mask_identifier(d.number)} {d.issuing_country or ''} "
                f"{d.expiry or ''}".strip()
                for d in row.documents
            )
            or None
        )
        state["phones"] = ", ".join(f"{p.label} {p.e164}" for p in row.phones) or None
        state["emails"] = ", ".join(f"{e.label} {e.address}" for e in row.emails) or None
        state["addresses"] = (
            "; ".join(
                ", ".join(
                    x for x in (a.line1, a.line2, a.city, a.region, a.postal_code, a.country) if x
                )
                for a in row.addresses
            )
            or None
        )
        state["relatives"] = "; ".join(f"{r.name} ({r.relation})" for r in row.relatives) or None
        state["tags"] = ", ".join(sorted(t.name for t in row.tags if t.kind == "tag")) or None
        state["needs"] = ", ".join(sorted(t.name for t in row.tags if t.kind == "need")) or None
        keys = {d.id: d.key for d in self.custom_fields()}
        for value in row.custom_values:
            if value.field_id in keys:
                state[f"custom.{keys[value.field_id]}"] = value.value
        return state

    def _record_changes(
        self, client_id: int, before: dict[str, str | None], after: dict[str, str | None]
    ) -> None:
        changed: dict[str, tuple[str | None, str | None]] = {}
        for field_name in sorted(set(before) | set(after)):
            old, new = before.get(field_name), after.get(field_name)
            if old != new:
                changed[field_name] = (old, new)
                self.session.add(
                    ClientChange(
                        client_id=client_id,
                        actor=self.actor,
                        field=field_name,
                        before=old,
                        after=new,
                    )
                )
        # the same changes, field by field, into the tamper-evident chain (fingerprints)
        audit.record_changes(self.session, self.actor, "client_changed", client_id, changed)

    def changes(self, client_id: int, limit: int = 500) -> list[ChangeEntry]:
        """The card's correction history, newest first."""
        rows = self.session.scalars(
            select(ClientChange)
            .where(ClientChange.client_id == client_id)
            .order_by(ClientChange.changed_at.desc(), ClientChange.id.desc())
            .limit(limit)
        )
        return [ChangeEntry(r.changed_at, r.actor, r.field, r.before, r.after) for r in rows]

    def _validate(self, card: ClientCard) -> None:
        errors = validate_card(card, self.custom_fields())
        if errors:
            raise ValidationError(errors)

    def _apply(self, row: Client, card: ClientCard) -> None:
        for name in SCALAR_FIELDS:
            value = getattr(card, name)
            if isinstance(value, str) and name not in ("status", "language"):
                value = _blank(value)
            setattr(row, name, value)
        row.legal_name = card.legal_name.strip()
        row.sort_name = sort_name_for(row)
        if row.chinese_name and not row.latin_name:
            row.latin_name = latin_from_chinese(row.chinese_name)
        row.documents = self._merge(
            row.documents,
            card.documents,
            lambda d: IdentityDocument(
                doc_type=d.doc_type,
                # the form that was validated ("e 1234 5678" -> "E12345678"), so stored
                # numbers compare exactly and the masked tail is what the client quotes
                number=normalize_document_number(d.doc_type, d.number),
                issuing_country=d.issuing_country,
                expiry=d.expiry,
            ),
        )
        row.phones = self._merge(
            row.phones, card.phones, lambda p: Phone(label=p.label, e164=normalize_phone(p.number))
        )
        row.emails = self._merge(
            row.emails,
            card.emails,
            lambda e: Email(label=e.label, address=e.address.strip().lower()),
        )
        row.addresses = self._merge(
            row.addresses,
            card.addresses,
            lambda a: Address(
                label=a.label,
                line1=a.line1.strip(),
                line2=_blank(a.line2),
                city=_blank(a.city),
                region=_blank(a.region),
                postal_code=_blank(a.postal_code),
                country=a.country,
            ),
        )
        row.relatives = self._merge(
            row.relatives,
            card.relatives,
            lambda r: Relative(
                name=r.name.strip(),
                relation=r.relation,
                date_of_birth=r.date_of_birth,
                notes=_blank(r.notes),
            ),
        )
        wanted = {("tag", t.strip()) for t in card.tags if t.strip()} | {
            ("need", n.strip()) for n in card.needs if n.strip()
        }
        keep = [t for t in row.tags if (t.kind, t.name) in wanted]
        have = {(t.kind, t.name) for t in keep}
        row.tags = keep + [ClientTag(kind=k, name=n) for k, n in sorted(wanted - have)]
        defs = {d.key: d for d in self.custom_fields()}
        values = {v.field_id: v for v in row.custom_values}
        new_values = []
        for key, raw in card.custom.items():
            defn = defs[key]
            if not raw.strip():
                continue
            value = canonical_custom_value(defn, raw)
            existing = values.get(defn.id)
            if existing is not None:
                existing.value = value
                new_values.append(existing)
            else:
                new_values.append(CustomValue(field_id=defn.id, value=value))
        row.custom_values = new_values

    @staticmethod
    def _merge(current: list, wanted: list, build) -> list:  # type: ignore[no-untyped-def]
        """Keep child rows whose content is unchanged (stable ids), rebuild the rest."""
        fresh = [build(item) for item in wanted]
        by_key: dict[tuple, object] = {}
        for old in current:
            by_key.setdefault(_row_key(old), old)
        out = []
        for new in fresh:
            old = by_key.pop(_row_key(new), None)
            out.append(old if old is not None else new)
        return out

    def _reindex(self, row: Client) -> None:
        entry = build_entry(
            names=[row.legal_name, row.chinese_name, row.latin_name, row.preferred_name],
            phones=[p.e164 for p in row.phones],
            emails=[e.address for e in row.emails],
            id_tails=[d.number[-4:] for d in row.documents],
            tags=[t.name for t in row.tags],
        )
        search_index.put(self.session, row.id, entry.body, entry.short_keys)

    # ---- snapshots and tiers ---------------------------------------------------------------
    def add_snapshot(self, client_id: int, snap: SnapshotData, recorded_by: str = "") -> int:
        access.require(self.session, access.FINANCIALS, client_id)
        errors = validate_snapshot(snap)
        if errors:
            raise ValidationError(errors)
        client = self._get(client_id)
        row = FinancialSnapshot(
            client_id=client_id,
            as_of=snap.as_of,
            currency=snap.currency,
            annual_income_minor=snap.annual_income_minor,
            liabilities_minor=snap.liabilities_minor,
            recorded_by=recorded_by or self.actor,
            assets=[SnapshotAsset(asset_class=k, amount_minor=v) for k, v in snap.assets.items()],
        )
        self.session.add(row)
        self.session.flush()
        self.refresh_tier(client)
        return row.id

    def refresh_tier(self, client: Client) -> None:
        latest = self.snapshots(client.id)
        settings = SettingsService(self.session)
        base = settings.get("office.base_currency")
        if not latest:
            client.tier, client.investable_base_minor = "mass", None
            return
        snap = latest[0]
        fx = FxService(self.session, base)
        investable = Money(snap.investable_minor, snap.currency)
        try:
            client.investable_base_minor = fx.to_base(investable, snap.as_of).minor
            usd = fx.convert(investable, "USD", snap.as_of).minor
        except MissingRate:
            client.investable_base_minor = investable.minor if snap.currency == base else None
            return
        client.tier = tier_for_usd(usd, TierThresholds.from_settings(settings))

    # ---- privacy -------------------------------------------------------------------------
    def reveal_document(self, client_id: int, document_id: int, reason: str = "") -> str:
        """The one way to see a full identity number; each call is recorded."""
        access.require(self.session, access.REVEAL, client_id)
        doc = self.session.get(IdentityDocument, document_id)
        if doc is None or doc.client_id != client_id:
            raise LookupError("That identity document does not belong to this client.")
        audit.record_reveal(
            self.session,
            self.actor,
            client_id,
            target=f"identity_document {document_id}",
            masked=f"{doc.doc_type} {mask_identifier(doc.number)}",
            reason=reason,
            access_action="reveal_document",
            kind=doc.doc_type,
        )
        return doc.number


@dataclass(frozen=True)
class TierThresholds:
    """Investable assets in USD minor units from which each tier starts (office settings)."""

    affluent: int
    hnw: int
    uhnw: int

    @classmethod
    def from_settings(cls, settings: SettingsService) -> TierThresholds:
        return cls(
            affluent=settings.get("tier.affluent_usd_minor"),
            hnw=settings.get("tier.hnw_usd_minor"),
            uhnw=settings.get("tier.uhnw_usd_minor"),
        )


@dataclass(frozen=True)
class ChangeEntry:
    changed_at: dt.datetime
    actor: str
    field: str
    before: str | None
    after: str | None


def tier_for_usd(investable_usd_minor: int, thresholds: TierThresholds) -> str:
    if investable_usd_minor >= thresholds.uhnw:
        return "uhnw"
    if investable_usd_minor >= thresholds.hnw:
        return "hnw"
    if investable_usd_minor >= thresholds.affluent:
        return "affluent"
    return "mass"


def _new_documents(card: ClientCard, stored: list[IdentityDocument]) -> list[tuple[str, str, str]]:
    """(card path, type, normalised number) of the numbers this save would newly store."""
    have = {(d.doc_type, d.number) for d in stored}
    out = []
    for i, doc in enumerate(card.documents):
        number = normalize_document_number(doc.doc_type, doc.number)
        if (doc.doc_type, number) not in have:
            out.append((f"documents.{i}.number", doc.doc_type, number))
    return out


def _row_key(row: object) -> tuple:
    cols = [k for k in row.__table__.columns.keys() if k not in ("id", "client_id")]  # type: ignore[attr-defined]
    return tuple(getattr(row, k) for k in cols)
