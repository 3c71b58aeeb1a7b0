"""Import clients from a mapped SourceTable: validate every cell as the card does, then
create or update, all-or-nothing unless the user chose to skip invalid rows.

Three phases, so a dry run and a cancelled run write nothing:
1. prepare (read-only): each row becomes a ClientCard (+ snapshot, household) checked by
   app/clients.validate_card — the card's own validators — and a match key;
2. match (read-only): rows are matched against the office by ID number (or the key the
   user chose, falling back to passport, phone, e-mail), and against earlier rows;
3. write: new clients by Core bulk inserts (db/bulk.py; ORM add_all was 17x slower),
   updates through ClientService.save so they are validated, versioned and recorded.
Error texts name the row and column, never the value (it may be an ID number).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import access, audit
from app import cards as c
from app.cards import ClientCard, CustomFieldDef, SnapshotData
from app.clients import (
    SCALAR_FIELDS,
    ClientService,
    TierThresholds,
    canonical_custom_value,
    sort_name_for,
    tier_for_usd,
    validate_card,
    validate_snapshot,
)
from app.consent import ConsentAcknowledgementRequired
from app.import_mapping import MATCH_KEYS, TARGET_BY_KEY, check_mapping
from app.import_read import SourceTable, excel_serial_date
from app.money import FxService, MissingRate, Money
from app.pinyin import has_han, latin_from_chinese
from app.search_text import build_entry
from app.settings import SettingsService
from app.validation import (
    ValidationError,
    mask_identifier,
    normalize_document_number,
    normalize_phone,
    parse_money,
)
from db import search_index
from db.bulk import bulk_insert
from db.models import (
    AccessEvent,
    Address,
    Client,
    ClientChange,
    ClientTag,
    CustomValue,
    Email,
    FinancialSnapshot,
    Household,
    HouseholdMember,
    IdentityDocument,
    Phone,
    SnapshotAsset,
)
from db.models_data import ImportBatch

CONSENT_MESSAGE = (
    "Storing an ID number needs the client's consent to sensitive personal information: "
    "record the consents first, or acknowledge storing without it."
)
LUMP_ASSET_CLASS = "deposits"  # where a single "investable assets" figure is recorded
CHUNK = 500  # values per IN (...) lookup, well under SQLite's variable limit
STATE_CHUNK = 5_000  # cards compared per round of reads when telling unchanged rows apart

WORDS: dict[str, dict[str, str]] = {
    "gender": {"男": "male", "m": "male", "女": "female", "f": "female", "其他": "other"},
    "marital_status": {
        "未婚": "single",
        "已婚": "married",
        "离异": "divorced",
        "离婚": "divorced",
        "丧偶": "widowed",
        "同居": "partnered",
    },
    "status": {
        "潜在": "prospect",
        "潜在客户": "prospect",
        "活跃": "active",
        "正常": "active",
        "有效": "active",
        "休眠": "dormant",
        "流失": "former",
        "已销户": "former",
    },
    "preferred_channel": {
        "电话": "phone",
        "微信": "wechat",
        "邮件": "email",
        "电子邮件": "email",
        "短信": "sms",
        "邮寄": "post",
        "面谈": "in_person",
    },
    "household_role": {
        "户主": "head",
        "本人": "head",
        "配偶": "spouse",
        "子女": "child",
        "父母": "parent",
        "兄弟姐妹": "sibling",
        "孙辈": "grandchild",
        "其他": "other",
    },
}
CHOICES = {
    "gender": c.GENDERS,
    "marital_status": c.MARITAL,
    "status": c.STATUSES,
    "preferred_channel": c.CHANNELS,
    "household_role": c.HOUSEHOLD_ROLES,
}
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


# Called several times per row (validation, matching, writing) on values that recur
# within the row: cached for the import's duration (pinyin is cached in app/pinyin.py).
_phone = lru_cache(maxsize=200_000)(normalize_phone)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an import runs. The import keeps hundreds of
    thousands of small objects (cards, rows, results) alive until it ends, and each
    collection walked all of them again for nothing: at 100,000 rows that was more than
    half the time of validating. Reference counting still frees everything else; the
    collector is switched back on (if it was on) however the import ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportCancelled(Exception):
    """The user cancelled; the caller rolls the transaction back, so nothing is kept."""


class ImportAborted(Exception):
    """A row failed while writing and the import is all-or-nothing: the caller rolls the
    transaction back. The message names the row, never its values."""


def parse_import_date(text: str) -> dt.date:
    """1980-03-15, 1980/3/15, 1980.3.15, 1980年3月15日, 19800315 or an Excel serial."""
    text = text.strip().split(" ")[0].split("T")[0]
    serial = excel_serial_date(text)
    if serial is not None:
        return serial
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE_RE.fullmatch(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValueError("Enter a date such as 1980-03-15.")


def _choice(target: str, text: str) -> str:
    lowered = text.strip().lower()
    value = WORDS.get(target, {}).get(lowered, lowered)
    if value not in CHOICES[target]:
        raise ValueError("Use one of: " + ", ".join(CHOICES[target]) + ".")
    return value


# ---- report ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellError:
    row: int  # the file's own row / line number
    column: str | None  # the source header, when the problem sits in one cell
    message: str


@dataclass
class RowResult:
    row: int
    action: str  # create, update, unchanged, duplicate, invalid
    client_id: int | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list[RowResult]
    errors: list[CellError]
    committed: bool
    dry_run: bool

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def skipped(self) -> int:
        return self.count("unchanged") + self.count("duplicate") + self.count("invalid")

    @property
    def invalid(self) -> int:
        return self.count("invalid")

    def summary(self) -> str:
        counts = (
            f"{self.created:,} new, {self.updated:,} updated; skipped {self.skipped:,} "
            f"({self.count('unchanged'):,} unchanged, {self.count('duplicate'):,} repeated in "
            f"the file, {self.invalid:,} invalid)"
        )
        if self.dry_run:
            return f"Dry run, nothing was written: {counts}."
        if not self.committed:
            return (
                f"Nothing was imported: {self.invalid:,} row(s) have errors. Fix them, or "
                f"import with --skip-invalid to leave them out ({counts})."
            )
        return f"Imported: {counts}."


@dataclass(frozen=True)
class ImportOptions:
    mapping: dict[str, str]  # source header -> target key
    match_key: str = "id_number"
    dry_run: bool = False
    skip_invalid: bool = False
    template: str | None = None
    acknowledge_missing_consent: bool = False


# ---- phase 1: rows to cards -------------------------------------------------------------------


@dataclass
class Prepared:
    row: int
    card: ClientCard
    snapshot: SnapshotData | None
    household: str | None
    role: str
    keys: list[tuple[str, str]]  # (match key, normalised value), preferred first
    errors: list[CellError]
    signature: tuple  # the row's mapped cells, to tell a repeated row from a conflicting one
    filled: frozenset[str] = frozenset()  # card fields the row gave a value


def _prepare_row(
    number: int,
    cells: list[str],
    columns: list[tuple[int, str, str]],
    custom: dict[str, CustomFieldDef],
    match_key: str,
    base_currency: str,
    today: dt.date,
) -> Prepared:
    card = ClientCard(status="active")
    errors: list[CellError] = []
    where: dict[str, str] = {}  # card error path -> source header
    money: dict[str, tuple[str, str]] = {}
    extra: dict[str, str] = {}
    addr: dict[str, str] = {}
    signature = []
    filled: set[str] = set()
    for index, header, target in columns:
        text = cells[index].strip() if index < len(cells) else ""
        signature.append(text)
        if not text:
            continue
        try:
            if target.startswith("custom."):
                card.custom[target[7:]] = text
                where[target] = header
            elif target in ("phone",):
                where[f"phones.{len(card.phones)}.number"] = header
                card.phones.append(c.PhoneData(text))
            elif target == "email":
                where[f"emails.{len(card.emails)}.address"] = header
                card.emails.append(c.EmailData(text))
            elif target in ("id_number", "passport_number"):
                where[f"documents.{len(card.documents)}.number"] = header
                doc_type = "prc_id" if target == "id_number" else "passport"
                card.documents.append(c.DocumentData(doc_type, text, None))
            elif target in ("address", "city", "region", "postal_code"):
                addr[target] = text
                where["addresses.0.line1"] = (
                    header if target == "address" else where.get("addresses.0.line1", header)
                )
            elif target in ("investable_assets", "annual_income", "liabilities"):
                money[target] = (header, text)
            elif target in ("snapshot_currency", "household", "household_role", "snapshot_date"):
                extra[target] = text
                where[target] = header
            elif target == "tags":
                card.tags = [t.strip() for t in re.split(r"[,，;；、|]", text) if t.strip()]
            else:
                kind = TARGET_BY_KEY[target].kind
                value: object = text
                if kind == "date":
                    value = parse_import_date(text)
                elif kind == "choice":
                    value = _choice(target, text)
                elif target == "nationality":
                    value = text.upper()
                setattr(card, target, value)
                where[target] = header
                filled.add(target)
        except ValueError as exc:
            errors.append(CellError(number, header, str(exc)))
    if card.legal_name and has_han(card.legal_name) and not card.chinese_name:
        card.chinese_name = card.legal_name
    country = card.nationality if card.nationality and len(card.nationality) == 2 else None
    for doc in card.documents:
        doc.issuing_country = "CN" if doc.doc_type == "prc_id" else country
    if addr:
        card.addresses.append(
            c.AddressData(
                addr.get("address", ""),
                None,
                addr.get("city"),
                addr.get("region"),
                addr.get("postal_code"),
                "CN",
            )
        )
    snapshot = None
    if money:
        currency = extra.get("snapshot_currency", base_currency).upper()
        as_of = today
        try:
            if "snapshot_date" in extra:
                as_of = parse_import_date(extra["snapshot_date"])
        except ValueError as exc:
            errors.append(CellError(number, where["snapshot_date"], str(exc)))
        amounts: dict[str, int] = {}
        for target, (header, text) in money.items():
            try:
                amounts[target] = parse_money(text, currency)
            except ValueError as exc:
                errors.append(CellError(number, header, str(exc)))
        snapshot = SnapshotData(
            as_of,
            currency,
            {LUMP_ASSET_CLASS: amounts["investable_assets"]}
            if "investable_assets" in amounts
            else {},
            amounts.get("liabilities", 0),
            amounts.get("annual_income"),
        )
        for problem in validate_snapshot(snapshot):
            header = {
                "snapshot.currency": where.get("snapshot_currency"),
                "snapshot.liabilities": money.get("liabilities", (None,))[0],
                "snapshot.annual_income": money.get("annual_income", (None,))[0],
            }.get(problem.field, money.get("investable_assets", (None,))[0])
            errors.append(CellError(number, header, problem.message))
    role = "other"
    if "household_role" in extra:
        try:
            role = _choice("household_role", extra["household_role"])
        except ValueError as exc:
            errors.append(CellError(number, where["household_role"], str(exc)))
    for problem in validate_card(card, list(custom.values())):
        errors.append(CellError(number, where.get(problem.field), problem.message))
    keys = _keys(card, match_key)
    if not keys and not errors:
        errors.append(
            CellError(
                number,
                None,
                "The row has no ID number, passport, phone or e-mail to recognise the client "
                "by when the file is imported again; add one.",
            )
        )
    return Prepared(
        number,
        card,
        snapshot,
        extra.get("household"),
        role,
        keys,
        errors,
        tuple(signature),
        frozenset(filled),
    )


def _keys(card: ClientCard, match_key: str) -> list[tuple[str, str]]:
    """The row's match keys of one kind, normalised as stored: the chosen key's, or when
    the row lacks it the first kind it has (passport, phone, e-mail). A row that has the
    chosen key is never matched on another: a family's shared phone must not fold a new
    person into a relative's card."""
    found: list[tuple[str, str]] = []
    for doc in card.documents:
        kind = "id_number" if doc.doc_type == "prc_id" else "passport_number"
        found.append((kind, normalize_document_number(doc.doc_type, doc.number)))
    for phone in card.phones:
        try:
            found.append(("phone", _phone(phone.number)))
        except ValueError:
            pass
    for email in card.emails:
        found.append(("email", email.address.strip().lower()))
    if match_key.startswith("custom."):
        value = card.custom.get(match_key[7:], "").strip()
        if value:
            found.append((match_key, value))
    order = [match_key] + [k for k in MATCH_KEYS if k != match_key]
    for kind in order:
        of_kind = [kv for kv in found if kv[0] == kind]
        if of_kind:
            return of_kind
    return []


# ---- phase 2: matching ------------------------------------------------------------------------


def _lookup(session: Session, kind: str, values: list[str], custom_ids: dict[str, int]) -> dict:
    """value -> set of client ids holding it, for one key kind."""
    if kind in ("id_number", "passport_number"):
        col, cond = (
            IdentityDocument.number,
            IdentityDocument.doc_type == ("prc_id" if kind == "id_number" else "passport"),
        )
        cid = IdentityDocument.client_id
    elif kind == "phone":
        col, cond, cid = Phone.e164, None, Phone.client_id
    elif kind == "email":
        col, cond, cid = Email.address, None, Email.client_id
    else:
        col, cid = CustomValue.value, CustomValue.client_id
        cond = CustomValue.field_id == custom_ids[kind[7:]]
    out: dict[str, set[int]] = {}
    for start in range(0, len(values), CHUNK):
        stmt = select(col, cid).where(col.in_(values[start : start + CHUNK]))
        if cond is not None:
            stmt = stmt.where(cond)
        for value, client_id in session.execute(stmt):
            out.setdefault(value, set()).add(client_id)
    return out


# ---- the service ----------------------------------------------------------------------------


class ClientImporter:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor
        self.clients = ClientService(session, actor)

    def run(
        self,
        table: SourceTable,
        options: ImportOptions,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Validate, match and (unless a dry run, or errors without skip_invalid) write.

        Raises MappingError for an unusable mapping and ImportCancelled when `cancelled()`
        turns true; in both cases nothing has been written that the caller should keep."""
        with _cyclic_gc_paused():
            return self._run(table, options, progress, cancelled)

    def _run(
        self,
        table: SourceTable,
        options: ImportOptions,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> ImportReport:
        custom_defs = self.clients.custom_fields()
        custom = {d.key: d for d in custom_defs}
        check_mapping(options.mapping, table.headers, custom_defs)
        index = {h: i for i, h in enumerate(table.headers)}
        columns = [(index[h], h, t) for h, t in options.mapping.items()]
        settings = SettingsService(self.session)
        base = settings.get("office.base_currency")
        today = dt.date.today()
        total = len(table.rows)

        def tick(done: int) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        prepared: list[Prepared] = []
        for i, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
            if i % 1000 == 0:
                tick(i // 2)
            prepared.append(
                _prepare_row(number, cells, columns, custom, options.match_key, base, today)
            )
        results, plan = self._match(prepared, custom)
        if self._needs_consent(plan, options):
            for p, r in plan:
                if r.action == "create" and p.card.documents:
                    r.action = "invalid"
                    r.reasons = [CONSENT_MESSAGE]
                    p.errors.append(CellError(p.row, None, CONSENT_MESSAGE))
            plan = [(p, r) for p, r in plan if r.action != "invalid"]
        self._mark_unchanged(plan, custom)
        plan = [(p, r) for p, r in plan if r.action != "unchanged"]
        errors = [e for p in prepared for e in p.errors]
        for result in results:
            if result.action == "invalid" and not any(e.row == result.row for e in errors):
                errors.append(CellError(result.row, None, result.reasons[0]))
        has_errors = any(r.action == "invalid" for r in results)
        write = not options.dry_run and (options.skip_invalid or not has_errors)
        if write:
            access.require(self.session, access.CREATE_CLIENT)
            if any(r.action == "update" for _, r in plan):
                access.require(self.session, access.EDIT_CONTACTS)
            results = self._write(plan, results, options, base, tick, total)
            self.session.add(
                ImportBatch(
                    actor=self.actor,
                    source_kind=table.kind,
                    template=options.template,
                    created=sum(1 for r in results if r.action == "create"),
                    updated=sum(1 for r in results if r.action == "update"),
                    skipped=sum(1 for r in results if r.action not in ("create", "update")),
                )
            )
            self.session.flush()
            # one entry for the batch (per-card entries would cost a chain hash each)
            audit.record(
                self.session,
                self.actor,
                "clients_imported",
                source=table.kind,
                created=sum(1 for r in results if r.action == "create"),
                updated=sum(1 for r in results if r.action == "update"),
                skipped=sum(1 for r in results if r.action not in ("create", "update")),
            )
        if progress is not None:
            progress(total, total)
        errors.sort(key=lambda e: e.row)
        return ImportReport(results, errors, committed=write, dry_run=options.dry_run)

    def _match(
        self, prepared: list[Prepared], custom: dict[str, CustomFieldDef]
    ) -> tuple[list[RowResult], list[tuple[Prepared, RowResult]]]:
        custom_ids = {k: d.id for k, d in custom.items()}
        wanted: dict[str, set[str]] = {}
        for p in prepared:
            for kind, value in p.keys:
                wanted.setdefault(kind, set()).add(value)
        known = {
            kind: _lookup(self.session, kind, sorted(values), custom_ids)
            for kind, values in wanted.items()
        }
        seen: dict[tuple[str, str], Prepared] = {}
        results: list[RowResult] = []
        plan: list[tuple[Prepared, RowResult]] = []
        for p in prepared:
            if p.errors:
                results.append(RowResult(p.row, "invalid", reasons=[e.message for e in p.errors]))
                continue
            earlier = next((seen[k] for k in p.keys if k in seen), None)
            if earlier is not None:
                if earlier.signature == p.signature:
                    results.append(
                        RowResult(p.row, "duplicate", reasons=[f"Repeats row {earlier.row}."])
                    )
                else:
                    message = (
                        f"Has the same ID number, phone or e-mail as row {earlier.row} but "
                        "different details; keep one of the two rows."
                    )
                    p.errors.append(CellError(p.row, None, message))
                    results.append(RowResult(p.row, "invalid", reasons=[message]))
                continue
            for k in p.keys:
                seen.setdefault(k, p)
            match: set[int] = set()
            for kind, value in p.keys:
                match = known.get(kind, {}).get(value, set())
                if match:
                    break
            if len(match) > 1:
                message = (
                    "Matches several clients in the office ("
                    + ", ".join(map(str, sorted(match)))
                    + "); merge them first."
                )
                p.errors.append(CellError(p.row, None, message))
                results.append(RowResult(p.row, "invalid", reasons=[message]))
                continue
            result = RowResult(p.row, "update" if match else "create")
            result.client_id = next(iter(match)) if match else None
            results.append(result)
            plan.append((p, result))
        return results, plan

    # ---- phase 3 ----------------------------------------------------------------------------

    def _write(
        self,
        plan: list[tuple[Prepared, RowResult]],
        results: list[RowResult],
        options: ImportOptions,
        base: str,
        tick: Callable[[int], None],
        total: int,
    ) -> list[RowResult]:
        new = [(p, r) for p, r in plan if r.action == "create"]
        updates = [(p, r) for p, r in plan if r.action == "update"]
        done = total // 2
        for p, r in updates:
            done += 1
            if done % 200 == 0:
                tick(done)
            self._update(p, r, options, save=True)
            if r.action == "invalid" and not options.skip_invalid:
                raise ImportAborted(f"Row {r.row}: {r.reasons[0]} Nothing was imported.")
        acknowledged = self._needs_acknowledgement()
        self._create(new, base, tick, done, total, acknowledged)
        return results

    def _needs_acknowledgement(self) -> bool:
        """Consent enforced in "warn" mode and the user acknowledged (else rows with ID
        numbers were refused before writing): each stored number is recorded, as the card
        records it (app/consent.py record_acknowledgements)."""
        settings = SettingsService(self.session)
        return bool(settings.get("consent.enforce"))

    def _mark_unchanged(
        self, plan: list[tuple[Prepared, RowResult]], custom: dict[str, CustomFieldDef]
    ) -> None:
        """Matched rows that would change nothing become "unchanged", decided from a few
        set-based reads per 5,000 cards instead of loading each card (a re-import of
        100,000 unchanged rows is then a matter of seconds)."""
        matched = [(p, r) for p, r in plan if r.action == "update"]
        field_ids = {d.id: key for key, d in custom.items()}
        # only the card columns the file fills are compared, so only those are read
        names = sorted({n for p, _ in matched for n in p.filled} | {"chinese_name"})
        wanted = [Client.id, *[getattr(Client, n) for n in names]]
        conn = self.session.connection()  # Core rows: the ORM's per-row work cost more
        for start in range(0, len(matched), STATE_CHUNK):
            chunk = matched[start : start + STATE_CHUNK]
            ids = [r.client_id for _, r in chunk]
            state: dict[int, dict[str, Any]] = {}
            for row in conn.execute(select(*wanted).where(Client.id.in_(ids))):
                state[row[0]] = {
                    "row": dict(zip(names, row[1:], strict=True)),
                    "phones": set(),
                    "emails": set(),
                    "docs": set(),
                    "tags": set(),
                    "custom": {},
                    "addresses": 0,
                    "snaps": set(),
                }
            for cid, value in conn.execute(
                select(Phone.client_id, Phone.e164).where(Phone.client_id.in_(ids))
            ):
                state[cid]["phones"].add(value)
            for cid, value in conn.execute(
                select(Email.client_id, Email.address).where(Email.client_id.in_(ids))
            ):
                state[cid]["emails"].add(value)
            for cid, kind, number in conn.execute(
                select(
                    IdentityDocument.client_id, IdentityDocument.doc_type, IdentityDocument.number
                ).where(IdentityDocument.client_id.in_(ids))
            ):
                state[cid]["docs"].add((kind, number))
            for cid, name in conn.execute(
                select(ClientTag.client_id, ClientTag.name).where(
                    ClientTag.client_id.in_(ids), ClientTag.kind == "tag"
                )
            ):
                state[cid]["tags"].add(name)
            for cid, fid, value in conn.execute(
                select(CustomValue.client_id, CustomValue.field_id, CustomValue.value).where(
                    CustomValue.client_id.in_(ids)
                )
            ):
                state[cid]["custom"][field_ids.get(fid)] = value
            for (cid,) in conn.execute(select(Address.client_id).where(Address.client_id.in_(ids))):
                state[cid]["addresses"] += 1
            snaps: dict[int, tuple] = {}
            for sid, cid, as_of, ccy, liab, income in conn.execute(
                select(
                    FinancialSnapshot.id,
                    FinancialSnapshot.client_id,
                    FinancialSnapshot.as_of,
                    FinancialSnapshot.currency,
                    FinancialSnapshot.liabilities_minor,
                    FinancialSnapshot.annual_income_minor,
                ).where(FinancialSnapshot.client_id.in_(ids))
            ):
                snaps[sid] = (cid, as_of, ccy, liab, income, {})
            for sid, cls, amount in conn.execute(
                select(
                    SnapshotAsset.snapshot_id, SnapshotAsset.asset_class, SnapshotAsset.amount_minor
                ).where(SnapshotAsset.snapshot_id.in_(list(snaps)))
            ):
                snaps[sid][5][cls] = amount
            for cid, as_of, ccy, liab, income, assets in snaps.values():
                state[cid]["snaps"].add((as_of, ccy, liab, income, frozenset(assets.items())))
            for p, r in chunk:
                if not _changes(p, state[r.client_id], custom):
                    r.action = "unchanged"
                    r.reasons = ["Already in the office with these details."]

    def _needs_consent(
        self, plan: list[tuple[Prepared, RowResult]], options: ImportOptions
    ) -> bool:
        settings = SettingsService(self.session)
        new_docs = any(p.card.documents for p, r in plan if r.action == "create")
        if not settings.get("consent.enforce") or not new_docs:
            return False
        if settings.get("consent.sensitive_without_consent") == "warn":
            return not options.acknowledge_missing_consent
        return True

    def _update(self, p: Prepared, r: RowResult, options: ImportOptions, *, save: bool) -> None:
        assert r.client_id is not None
        current = self.clients.load(r.client_id)
        merged = _overlay(current, p.card, p.filled)
        new_snapshot = p.snapshot is not None and not any(
            s.as_of == p.snapshot.as_of
            and s.currency == p.snapshot.currency
            and s.assets == p.snapshot.assets
            and s.liabilities_minor == p.snapshot.liabilities_minor
            and s.annual_income_minor == p.snapshot.annual_income_minor
            for s in current.snapshots
        )
        if merged == current and not new_snapshot:
            r.action = "unchanged"
            r.reasons = ["Already in the office with these details."]
            return
        if not save:
            return
        try:
            if merged != current:
                self.clients.save(
                    merged, acknowledge_missing_consent=options.acknowledge_missing_consent
                )
            if new_snapshot:
                assert p.snapshot is not None
                self.clients.add_snapshot(r.client_id, p.snapshot, recorded_by=self.actor)
        except (ValidationError, ConsentAcknowledgementRequired) as exc:
            r.action = "invalid"
            r.reasons = [str(exc)]

    def _create(
        self,
        new: list[tuple[Prepared, RowResult]],
        base: str,
        tick: Callable[[int], None],
        done: int,
        total: int,
        acknowledged: bool = False,
    ) -> None:
        if not new:
            return
        s = self.session
        s.flush()
        next_id = (s.scalar(select(func.max(Client.id))) or 0) + 1
        next_snap = (s.scalar(select(func.max(FinancialSnapshot.id))) or 0) + 1
        thresholds = TierThresholds.from_settings(SettingsService(s))
        fx = _CachedFx(FxService(s, base))
        field_ids = {d.key: d.id for d in self.clients.custom_fields()}
        defs = {d.key: d for d in self.clients.custom_fields()}
        now = dt.datetime.now(dt.UTC)
        rows: dict[str, list[dict]] = {k: [] for k in TABLE_ORDER}
        entries = []
        households: dict[str, list[tuple[int, str]]] = {}
        for p, r in new:
            cid = next_id
            next_id += 1
            r.client_id = cid
            card = p.card
            if card.chinese_name and not card.latin_name:
                card.latin_name = latin_from_chinese(card.chinese_name)
            row = {name: getattr(card, name) for name in CLIENT_COLUMNS}
            for name, value in row.items():
                if isinstance(value, str) and name not in ("status", "language"):
                    row[name] = value.strip() or None
            row.update(
                id=cid,
                version=1,
                legal_name=card.legal_name.strip(),
                sort_name=sort_name_for(card),  # legal_name came stripped
                tier="mass",
                investable_base_minor=None,
                created_at=now,
                updated_at=now,
            )
            if p.snapshot is not None:
                snap = p.snapshot
                rows["snapshot"].append(
                    {
                        "id": next_snap,
                        "client_id": cid,
                        "as_of": snap.as_of,
                        "currency": snap.currency,
                        "annual_income_minor": snap.annual_income_minor,
                        "liabilities_minor": snap.liabilities_minor,
                        "recorded_at": now,
                        "recorded_by": self.actor,
                    }
                )
                for cls, amount in snap.assets.items():
                    rows["asset"].append(
                        {"snapshot_id": next_snap, "asset_class": cls, "amount_minor": amount}
                    )
                next_snap += 1
                row["tier"], row["investable_base_minor"] = _tier(snap, fx, base, thresholds)
            rows["client"].append(row)
            docs = [
                (d.doc_type, normalize_document_number(d.doc_type, d.number), d.issuing_country)
                for d in card.documents
            ]
            for doc_type, number, country in docs:
                rows["doc"].append(
                    {
                        "client_id": cid,
                        "doc_type": doc_type,
                        "number": number,
                        "issuing_country": country,
                        "expiry": None,
                    }
                )
            if acknowledged:
                rows["ack"] += [
                    {
                        "at": now,
                        "actor": self.actor,
                        "action": "sensitive_without_consent",
                        "client_id": cid,
                        "detail": f"{doc_type} {mask_identifier(number)}"[:200],
                    }
                    for doc_type, number, _ in docs
                ]
            phones = list(dict.fromkeys(_phone(ph.number) for ph in card.phones))
            rows["phone"] += [{"client_id": cid, "label": "mobile", "e164": e} for e in phones]
            emails = list(dict.fromkeys(e.address.strip().lower() for e in card.emails))
            rows["email"] += [{"client_id": cid, "label": "personal", "address": e} for e in emails]
            for a in card.addresses:
                rows["addr"].append(
                    {
                        "client_id": cid,
                        "label": a.label,
                        "line1": a.line1.strip(),
                        "line2": None,
                        "city": a.city,
                        "region": a.region,
                        "postal_code": a.postal_code,
                        "country": a.country,
                    }
                )
            tags = list(dict.fromkeys(card.tags))
            rows["tag"] += [{"client_id": cid, "kind": "tag", "name": t} for t in tags]
            for key, raw in card.custom.items():
                rows["custom"].append(
                    {
                        "client_id": cid,
                        "field_id": field_ids[key],
                        "value": canonical_custom_value(defs[key], raw),
                    }
                )
            rows["change"].append(
                {
                    "client_id": cid,
                    "changed_at": now,
                    "actor": self.actor,
                    "field": "(created)",
                    "before": None,
                    "after": row["legal_name"],
                }
            )
            entry = build_entry(
                names=[
                    row["legal_name"],
                    row["chinese_name"],
                    row["latin_name"],
                    row["preferred_name"],
                ],
                phones=phones,
                emails=emails,
                id_tails=[number[-4:] for _, number, _ in docs],
                tags=tags,
            )
            entries.append((cid, entry.body, entry.short_keys))
            if p.household:
                households.setdefault(p.household, []).append((cid, p.role))
            done += 1
            if done % 1000 == 0:
                tick(done)
        for key, model in TABLE_ORDER.items():
            if rows[key]:
                bulk_insert(s, model.__table__, rows[key])
        search_index.put_many(s, entries)
        for name, members in households.items():
            household = Household(name=name)
            s.add(household)
            s.flush()
            bulk_insert(
                s,
                HouseholdMember.__table__,
                [
                    {"household_id": household.id, "client_id": m, "role": role}
                    for m, role in members
                ],
            )


CLIENT_COLUMNS = SCALAR_FIELDS  # the card's own columns (app/clients.py)

TABLE_ORDER = {
    "client": Client,
    "doc": IdentityDocument,
    "phone": Phone,
    "email": Email,
    "addr": Address,
    "tag": ClientTag,
    "custom": CustomValue,
    "snapshot": FinancialSnapshot,
    "asset": SnapshotAsset,
    "change": ClientChange,
    "ack": AccessEvent,
}


class _CachedFx:
    """FxService remembers the rates it found but not the ones it did not: a file of CNY
    snapshots in an office without a USD rate would ask SQL three times per row."""

    def __init__(self, fx: FxService) -> None:
        self.fx = fx
        self.missing: set[tuple[str, str, dt.date]] = set()

    def _call(self, how: str, money: Money, to: str, day: dt.date) -> Money:
        key = (money.currency, to, day)
        if key in self.missing:
            raise MissingRate(money.currency, day)
        try:
            if how == "base":
                return self.fx.to_base(money, day)
            return self.fx.convert(money, to, day)
        except MissingRate:
            self.missing.add(key)
            raise

    def to_base(self, money: Money, day: dt.date) -> Money:
        return self._call("base", money, self.fx.base, day)

    def convert(self, money: Money, to: str, day: dt.date) -> Money:
        return self._call("to", money, to, day)


def _tier(
    snap: SnapshotData, fx: _CachedFx, base: str, thresholds: TierThresholds
) -> tuple[str, int | None]:
    investable = Money(snap.investable_minor, snap.currency)
    try:
        in_base = fx.to_base(investable, snap.as_of).minor
        usd = fx.convert(investable, "USD", snap.as_of).minor
    except MissingRate:
        return "mass", investable.minor if snap.currency == base else None
    return tier_for_usd(usd, thresholds), in_base


def _changes(p: Prepared, state: dict[str, Any], custom: dict[str, CustomFieldDef]) -> bool:
    """Whether importing the row onto the stored card (`state`) would change anything;
    the same rules as _overlay, on sets."""
    card, row = p.card, state["row"]
    for name in p.filled:
        if getattr(card, name) != row[name]:
            return True
    if card.chinese_name and not row["chinese_name"]:
        return True
    if any(_phone(ph.number) not in state["phones"] for ph in card.phones):
        return True
    if any(e.address.strip().lower() not in state["emails"] for e in card.emails):
        return True
    for doc in card.documents:
        if (doc.doc_type, normalize_document_number(doc.doc_type, doc.number)) not in state["docs"]:
            return True
    if any(t not in state["tags"] for t in card.tags):
        return True
    for key, raw in card.custom.items():
        if canonical_custom_value(custom[key], raw) != state["custom"].get(key):
            return True
    if card.addresses and not state["addresses"]:
        return True
    snap = p.snapshot
    if snap is not None:
        key = (
            snap.as_of,
            snap.currency,
            snap.liabilities_minor,
            snap.annual_income_minor,
            frozenset(snap.assets.items()),
        )
        if key not in state["snaps"]:
            return True
    return False


def _overlay(current: ClientCard, incoming: ClientCard, filled: frozenset[str]) -> ClientCard:
    """The stored card with the file's non-empty values on top; phones, e-mails, documents
    and tags the card lacks are added (nothing the card holds is dropped)."""
    import copy

    out = copy.deepcopy(current)
    for name in CLIENT_COLUMNS:
        if name in filled:
            setattr(out, name, getattr(incoming, name))
    if incoming.chinese_name and not out.chinese_name:
        out.chinese_name = incoming.chinese_name
    have_docs = {
        (d.doc_type, normalize_document_number(d.doc_type, d.number)) for d in out.documents
    }
    for doc in incoming.documents:
        if (doc.doc_type, normalize_document_number(doc.doc_type, doc.number)) not in have_docs:
            out.documents.append(doc)
    have_phones = {_phone(ph.number) for ph in out.phones}
    for phone in incoming.phones:
        if _phone(phone.number) not in have_phones:
            out.phones.append(phone)
    have_emails = {e.address.lower() for e in out.emails}
    for email in incoming.emails:
        if email.address.strip().lower() not in have_emails:
            out.emails.append(email)
    for tag in incoming.tags:
        if tag not in out.tags:
            out.tags.append(tag)
    if incoming.addresses and not out.addresses:
        out.addresses = list(incoming.addresses)
    for key, value in incoming.custom.items():
        out.custom[key] = value
    return out
