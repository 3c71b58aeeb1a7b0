"""Export clients (all the user may see, or a smart list) to CSV or XLSX, chosen columns.

CSV is UTF-8 with a BOM so Excel on Chinese Windows opens Chinese text correctly. ID
numbers are masked unless the user's role may reveal them and asks; an unmasked export is
recorded in the access log and the audit chain (counts and column names, no personal
data). Rows are read page by page in SQL and written as they come, so 100,000 clients
never sit in memory at once; the file appears under its name only when complete.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import access, audit
from app.validation import mask_identifier
from db.atomic_file import atomic_write
from db.models import AccessEvent, Address, Client, ClientTag, Email, IdentityDocument, Phone

PAGE = 2000
SENSITIVE = frozenset({"id_number", "passport_number"})
# column key -> (English header, Chinese header)
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("Client no.", "客户编号"),
    "legal_name": ("Legal name", "姓名"),
    "chinese_name": ("Chinese name", "中文名"),
    "latin_name": ("Latin name", "英文名"),
    "date_of_birth": ("Date of birth", "出生日期"),
    "gender": ("Gender", "性别"),
    "status": ("Status", "客户状态"),
    "tier": ("Tier", "客户层级"),
    "owner": ("Advisor", "客户经理"),
    "phone": ("Phone", "手机"),
    "email": ("E-mail", "电子邮箱"),
    "id_number": ("PRC ID number", "身份证号"),
    "passport_number": ("Passport number", "护照号"),
    "city": ("City", "城市"),
    "investable_base_minor": ("Investable assets (base, minor units)", "可投资资产(本币分)"),
    "next_review": ("Next review", "下次回顾"),
    "tags": ("Tags", "标签"),
}
DEFAULT_COLUMNS = ("id", "legal_name", "chinese_name", "phone", "email", "status", "tier", "owner")


class ExportError(Exception):
    """An export that cannot be written; the message says why. Nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    unmasked: bool


def safe_cell(value: object) -> str:
    """Text for a spreadsheet cell: a value starting with = + - @ would run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "@") or (text[:1] in ("+", "-") and not text[1:2].isdigit()):
        return "'" + text  # "+8613..." and "-5" stay numbers
    return text


def check_columns(columns: list[str]) -> None:
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise ExportError(
            f"Unknown column(s): {', '.join(unknown)}; choose from: {', '.join(COLUMNS)}."
        )
    if not columns:
        raise ExportError("Choose at least one column.")


def _first(session: Session, model, value_col, ids: list[int], where=None) -> dict[int, str]:  # type: ignore[no-untyped-def]
    stmt = (
        select(model.client_id, value_col)
        .where(model.client_id.in_(ids))
        .order_by(model.client_id, model.id.desc())
    )
    if where is not None:
        stmt = stmt.where(where)
    return {cid: value for cid, value in session.execute(stmt)}  # lowest id wins (last)


def _pages(session: Session, ids: list[int] | None) -> Iterator[list[Client]]:
    scope = access.client_scope(session)
    if ids is None:
        last = 0
        while True:
            stmt = select(Client).where(Client.id > last).order_by(Client.id).limit(PAGE)
            if scope is not None:
                stmt = stmt.where(scope)
            page = list(session.scalars(stmt))
            if not page:
                return
            yield page
            last = page[-1].id
    else:
        for start in range(0, len(ids), PAGE):
            stmt = select(Client).where(Client.id.in_(ids[start : start + PAGE]))
            if scope is not None:
                stmt = stmt.where(scope)
            yield list(session.scalars(stmt.order_by(Client.id)))


def _rows(
    session: Session, columns: list[str], ids: list[int] | None, unmasked: bool
) -> Iterator[list[str]]:
    for page in _pages(session, ids):
        page_ids = [c.id for c in page]
        extra: dict[str, dict[int, str]] = {}
        if "phone" in columns:
            extra["phone"] = _first(session, Phone, Phone.e164, page_ids)
        if "email" in columns:
            extra["email"] = _first(session, Email, Email.address, page_ids)
        if "city" in columns:
            extra["city"] = _first(session, Address, Address.city, page_ids)
        for key, doc_type in (("id_number", "prc_id"), ("passport_number", "passport")):
            if key in columns:
                numbers = _first(
                    session,
                    IdentityDocument,
                    IdentityDocument.number,
                    page_ids,
                    IdentityDocument.doc_type == doc_type,
                )
                extra[key] = (
                    numbers if unmasked else {k: mask_identifier(v) for k, v in numbers.items()}
                )
        if "tags" in columns:
            tags: dict[int, list[str]] = {}
            for cid, name in session.execute(
                select(ClientTag.client_id, ClientTag.name)
                .where(ClientTag.client_id.in_(page_ids), ClientTag.kind == "tag")
                .order_by(ClientTag.client_id, ClientTag.name)
            ):
                tags.setdefault(cid, []).append(name)
            extra["tags"] = {k: ", ".join(v) for k, v in tags.items()}
        for client in page:
            out = []
            for col in columns:
                if col in extra:
                    value = extra[col].get(client.id)
                else:
                    value = getattr(client, col)
                out.append(safe_cell(value.isoformat() if hasattr(value, "isoformat") else value))
            yield out


def export_clients(
    session: Session,
    out: Path,
    columns: list[str],
    *,
    ids: list[int] | None = None,
    unmasked: bool = False,
    actor: str = "advisor",
    language: str = "en",
    progress: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the clients (`ids`, or all the user may see) to `out` (.csv or .xlsx)."""
    check_columns(columns)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"{out.name}: choose a .csv or .xlsx file name.")
    if out.exists():
        raise ExportError(f"{out.name} already exists; choose a new name (not overwriting).")
    if not out.parent.is_dir():
        raise ExportError(f"The folder for {out.name} does not exist.")
    access.require(session, access.EXPORT)
    unmasked = unmasked and bool(SENSITIVE & set(columns))
    if unmasked:
        access.require(session, access.REVEAL)
    header = [COLUMNS[c][1 if language.startswith("zh") else 0] for c in columns]
    count = 0
    try:
        if suffix == ".csv":
            with atomic_write(out, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                for row in _rows(session, columns, ids, unmasked):
                    writer.writerow(row)
                    count += 1
                    if progress and count % PAGE == 0:
                        progress(count)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Clients")
            sheet.append(header)
            for row in _rows(session, columns, ids, unmasked):
                sheet.append(row)
                count += 1
                if progress and count % PAGE == 0:
                    progress(count)
            with atomic_write(out) as fh:
                book.save(fh)
    except OSError as exc:
        raise ExportError(f"{out.name} could not be written ({exc.strerror}).") from None
    action = "client_export_unmasked" if unmasked else "client_export"
    session.add(
        AccessEvent(
            actor=actor, action=action, detail=f"{count} clients; {','.join(columns)}"[:200]
        )
    )
    audit.record(session, actor, action, rows=count, columns=columns, format=suffix[1:])
    return ExportResult(out, count, unmasked)


def count_clients(session: Session) -> int:
    scope = access.client_scope(session)
    stmt = select(func.count()).select_from(Client)
    if scope is not None:
        stmt = stmt.where(scope)
    return int(session.scalar(stmt) or 0)
