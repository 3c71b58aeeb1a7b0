"""Access and copy (PIPL art. 45, GDPR art. 15): everything held on one person.

One JSON file (machine-readable, every column of every row) and one readable PDF.

Coverage is provable: `EXPORTED` names every table that holds data about a client and how
to select this person's rows; `EXCLUDED` names the client-linked tables deliberately left
out, with the reason. `unaccounted_tables(metadata)` walks the schema's foreign keys (and
columns named `client_id` that have none) and returns any client-linked table in neither
list; tests/app/test_subject_export.py fails while that set is not empty, so a table added
later without an export breaks CI.

Identity numbers are written in full: this is the person's own data on an explicit request.
The export itself is recorded in access_event (without personal data).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, select, text
from sqlalchemy.orm import Session

from app import access, audit
from app.settings import SettingsService
from app.validation import format_money
from db.atomic_file import TargetExists, write_atomically
from db.models import AccessEvent, Base, Client

FORMAT = "advisordesk.subject-export"
FORMAT_VERSION = 1

# the timeline entries about client :cid (issue 3): on their timeline or taking part
_INTERACTIONS = (
    "SELECT interaction_id FROM interaction_client WHERE client_id = :cid "
    "UNION SELECT interaction_id FROM interaction_participant WHERE client_id = :cid"
)

# table -> SQL condition selecting the rows about client :cid
EXPORTED: dict[str, str] = {
    "client": "id = :cid",
    "identity_document": "client_id = :cid",
    "phone": "client_id = :cid",
    "email": "client_id = :cid",
    "address": "client_id = :cid",
    "relative": "client_id = :cid",
    "client_change": "client_id = :cid",
    "client_tag": "client_id = :cid",
    "custom_value": "client_id = :cid",
    "household_member": "client_id = :cid",
    # a household is linked through its members; the export names the household, not the
    # other members' data
    "household": "id IN (SELECT household_id FROM household_member WHERE client_id = :cid)",
    # both ends: links this client made and links made to this client
    "client_link": "from_client_id = :cid OR to_client_id = :cid",
    "financial_snapshot": "client_id = :cid",
    "snapshot_asset": "snapshot_id IN (SELECT id FROM financial_snapshot WHERE client_id = :cid)",
    "consent_record": "client_id = :cid",
    # timeline entries on this client's timeline or in which they took part, with their
    # history, participants and files
    "interaction": f"id IN ({_INTERACTIONS})",
    "interaction_client": "client_id = :cid",
    "interaction_participant": f"interaction_id IN ({_INTERACTIONS})",
    "interaction_revision": f"interaction_id IN ({_INTERACTIONS})",
    "interaction_attachment": f"interaction_id IN ({_INTERACTIONS})",
    # the client's files, any file that is evidence for one of their consents, and the
    # files of their timeline entries
    "attachment": (
        "client_id = :cid OR id IN "
        "(SELECT evidence_attachment_id FROM consent_record WHERE client_id = :cid) OR id IN "
        f"(SELECT attachment_id FROM interaction_attachment WHERE interaction_id IN "
        f"({_INTERACTIONS}))"
    ),
    # tasks about the client (with their outcomes), complaints and every step of them
    "task": "client_id = :cid",
    "complaint": "client_id = :cid",
    "complaint_event": "complaint_id IN (SELECT id FROM complaint WHERE client_id = :cid)",
    # who looked at or changed this person's data, and when (access_event has no foreign
    # key: events outlive the rows they are about)
    "access_event": "client_id = :cid",
    # the audit chain's entries about the client (references and field names, no values)
    "audit_entry": "client_id = :cid",
    # merges this client took part in, with what the merge changed (for its undo)
    "client_merge": "kept_client_id = :cid OR merged_client_id = :cid",
    # accounts (full numbers: the person's own data), their holdings and transactions
    "account": "client_id = :cid",
    "holding": "account_id IN (SELECT id FROM account WHERE client_id = :cid)",
    "portfolio_transaction": "account_id IN (SELECT id FROM account WHERE client_id = :cid)",
    # risk assessments (answers, score, level), professional-investor determinations and
    # suitability records (checks, warnings, the reasons given and acknowledgements)
    "risk_assessment": "client_id = :cid",
    "professional_status": "client_id = :cid",
    "suitability_record": "client_id = :cid",
    # profiling: the hand-picked lists the person is on and their value score (issue 6)
    "static_list_member": "client_id = :cid",
    "client_value_score": "client_id = :cid",
}

# client-linked tables left out, and why
EXCLUDED: dict[str, str] = {
    "search_key": (
        "search index: 1-2 character pieces of the names and initials exported in 'client'; "
        "derived data, rebuilt from the card"
    ),
    "client_fts": (
        "full-text search index (FTS5 virtual table, not in the ORM metadata): the names, "
        "phones, e-mails, ID-number tail and tags exported in their own tables"
    ),
    "erasure_in_progress": (
        "transient: holds a row only inside an erasure or purge transaction, never at rest"
    ),
    "client_share": (
        "office access control: which staff member may see the card (app/access.py); "
        "about the office's staff, not information about the person"
    ),
    "audit_client_key": (
        "a random key for the audit chain's change fingerprints: no information about the person"
    ),
}

# office-wide rows that explain the person's rows (exported for context, not personal data)
CONTEXT: dict[str, str] = {
    "privacy_notice": "id IN (SELECT notice_id FROM consent_record WHERE client_id = :cid)",
    "custom_field": "id IN (SELECT field_id FROM custom_value WHERE client_id = :cid)",
    "product": (
        "id IN (SELECT product_id FROM holding WHERE account_id IN "
        "(SELECT id FROM account WHERE client_id = :cid)) OR id IN (SELECT product_id FROM "
        "portfolio_transaction WHERE account_id IN (SELECT id FROM account WHERE client_id = :cid))"
        " OR id IN (SELECT product_id FROM suitability_record WHERE client_id = :cid)"
    ),
}


class SubjectExportError(Exception):
    """An expected failure with a message for the user."""


# ---- coverage -----------------------------------------------------------------------------


def _names_client(column_name: str) -> bool:
    return column_name == "client_id" or column_name.endswith("_client_id")


def client_linked_tables(metadata: MetaData) -> set[str]:
    """Every table that holds rows about a client, found from the schema alone.

    A table is client-linked when it is `client`, or one of its foreign keys points to a
    client-linked table (so snapshot_asset is linked through financial_snapshot), or it
    has a `client_id`-style column without a foreign key (access_event). The exported
    tables seed the walk too, so a new table hanging off `household` (linked to clients
    only through its members) is found as well.
    """
    linked = {"client"} | {name for name in EXPORTED if name in metadata.tables}
    changed = True
    while changed:
        changed = False
        for table in metadata.tables.values():
            if table.name in linked:
                continue
            if any(fk.column.table.name in linked for fk in table.foreign_keys) or any(
                _names_client(c.name) for c in table.columns
            ):
                linked.add(table.name)
                changed = True
    return linked


def unaccounted_tables(metadata: MetaData) -> set[str]:
    """Client-linked tables that are neither exported nor excluded with a reason."""
    return client_linked_tables(metadata) - set(EXPORTED) - set(EXCLUDED)


# ---- collecting ---------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        raw = bytes(value)
        return {
            "base64": base64.b64encode(raw).decode("ascii"),
            "bytes": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
        }
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _rows(session: Session, table: Table, condition: str, client_id: int) -> list[dict[str, Any]]:
    key = [c for c in table.primary_key.columns] or list(table.columns)[:1]
    stmt = select(table).where(text(condition).bindparams(cid=client_id)).order_by(*key)
    return [
        {k: _jsonable(v) for k, v in row._mapping.items()} for row in session.execute(stmt).all()
    ]


def _consent_state(session: Session, client_id: int) -> Any:
    """The derived current state per purpose, when the consent service can give it."""
    try:
        from app.consent import ConsentService
    except ImportError:  # pragma: no cover - the consent core ships with this module
        return None
    try:
        state = ConsentService(session).current_state(client_id)
    except Exception as exc:  # the raw records are exported regardless
        return {"error": f"could not derive ({type(exc).__name__})"}
    return _jsonable(_plain(state))


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and hasattr(value, "name"):  # Enum
        return value.value
    return value


def collect(session: Session, client_id: int, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything held on one client, as JSON-ready data."""
    if session.get(Client, client_id) is None:
        raise SubjectExportError(f"There is no client {client_id} in this office.")
    tables: dict[str, list[dict[str, Any]]] = {}
    md = Base.metadata
    for name, condition in EXPORTED.items():
        if name in md.tables:
            tables[name] = _rows(session, md.tables[name], condition, client_id)
    context = {
        name: _rows(session, md.tables[name], cond, client_id)
        for name, cond in CONTEXT.items()
        if name in md.tables
    }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "office": SettingsService(session).get("office.name"),
        "base_currency": SettingsService(session).get("office.base_currency"),
        "client_id": client_id,
        "tables": tables,
        "context": context,
        "consent_state": _consent_state(session, client_id),
        "not_exported": dict(EXCLUDED),
    }


# ---- writing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFiles:
    json_path: Path
    pdf_path: Path
    rows: int


def check_out_dir(out_dir: Path, names: Iterable[str]) -> None:
    if not out_dir.exists():
        raise SubjectExportError(f"The folder {out_dir} does not exist; create it first.")
    if not out_dir.is_dir():
        raise SubjectExportError(f"{out_dir} is not a folder.")
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise SubjectExportError(f"The folder {out_dir} is not writable.")
    for name in names:
        if (out_dir / name).exists():
            raise SubjectExportError(
                f"{out_dir / name} already exists; move it away or choose another folder "
                "(exports are never overwritten)."
            )


def _write_new(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except TargetExists:  # appeared meanwhile: never replace it
        raise SubjectExportError(f"{path} already exists; not overwriting it.") from None
    except OSError as exc:
        raise SubjectExportError(f"{path.name} could not be written ({exc.strerror}).") from None


def export_subject(
    session: Session,
    client_id: int,
    out_dir: Path,
    *,
    actor: str,
    now: dt.datetime | None = None,
) -> ExportFiles:
    """Write client-<id>.json and client-<id>.pdf into out_dir and record the act.

    The access event is added first so the export lists itself; the caller commits (and a
    failure to write the files rolls the event back with the transaction).
    """
    out_dir = Path(out_dir)
    json_path = out_dir / f"client-{client_id}.json"
    pdf_path = out_dir / f"client-{client_id}.pdf"
    check_out_dir(out_dir, [json_path.name, pdf_path.name])
    access.require(session, access.EXPORT, client_id)
    if session.get(Client, client_id) is None:
        raise SubjectExportError(f"There is no client {client_id} in this office.")
    session.add(
        AccessEvent(
            actor=actor, action="subject_export", client_id=client_id, detail="JSON and PDF copy"
        )
    )
    audit.record(
        session, actor, "export", client_id, target="subject_export", files=["json", "pdf"]
    )
    session.flush()
    data = collect(session, client_id, now=now)
    json_bytes = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    pdf_bytes = render_pdf(data)
    written: list[Path] = []
    try:
        _write_new(json_path, json_bytes)
        written.append(json_path)
        _write_new(pdf_path, pdf_bytes)
        written.append(pdf_path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    rows = sum(len(v) for v in data["tables"].values())
    return ExportFiles(json_path, pdf_path, rows)


# ---- the readable PDF ---------------------------------------------------------------------

SECTION_TITLES = {
    "en": {
        "client": "Identity and profile",
        "identity_document": "Identity documents",
        "phone": "Phone numbers",
        "email": "E-mail addresses",
        "address": "Addresses",
        "relative": "Relatives",
        "client_change": "Corrections to this record",
        "client_tag": "Tags and special needs",
        "custom_value": "Other recorded fields",
        "household_member": "Household membership",
        "household": "Households",
        "client_link": "Relationships with other clients",
        "financial_snapshot": "Financial snapshots",
        "snapshot_asset": "Assets in the snapshots",
        "consent_record": "Consents given, refused or withdrawn",
        "attachment": "Files held",
        "access_event": "Who accessed this data",
        "audit_entry": "Audit trail entries about this person",
        "privacy_notice": "Privacy notices referred to",
        "custom_field": "Definitions of the other fields",
        "consent_state": "Current consent per purpose",
        "risk_assessment": "Risk assessments",
        "professional_status": "Professional-investor status",
        "suitability_record": "Suitability checks of recommendations and purchases",
        "not_exported": "Held but not listed here",
    },
    "zh": {
        "client": "身份与基本资料",
        "identity_document": "身份证件",
        "phone": "电话号码",
        "email": "电子邮箱",
        "address": "地址",
        "relative": "亲属",
        "client_change": "信息更正记录",
        "client_tag": "标签与特殊需求",
        "custom_value": "其他记录字段",
        "household_member": "家庭成员身份",
        "household": "家庭",
        "client_link": "与其他客户的关系",
        "financial_snapshot": "财务快照",
        "snapshot_asset": "快照中的资产",
        "consent_record": "同意、拒绝或撤回记录",
        "attachment": "保存的文件",
        "access_event": "数据访问记录",
        "audit_entry": "与本人相关的审计记录",
        "privacy_notice": "所涉隐私政策",
        "custom_field": "其他字段的定义",
        "consent_state": "各用途当前同意状态",
        "risk_assessment": "风险承受能力评估",
        "professional_status": "专业投资者认定",
        "suitability_record": "推荐与购买的适当性检查",
        "not_exported": "未在此列出的数据",
    },
}

TEXT = {
    "en": {
        "title": "Personal data held by {office}",
        "subtitle": "Copy for {name} (client no. {id}), prepared {date}",
        "intro": (
            "This document lists all personal information the office holds about you, as at "
            "the date above. The enclosed JSON file holds the same data in machine-readable "
            "form. Identity numbers are shown in full because this copy is for you."
        ),
        "none": "None held.",
        "header": "Personal data export · {name}",
        "printed": "Printed {date}",
        "page": "Page {page} of {total}",
        "row": "Record {n}",
        "file_omitted": "{bytes} bytes, SHA-256 {sha} (the file itself is in the JSON copy)",
        "yes": "yes",
        "no": "no",
    },
    "zh": {
        "title": "{office}所持个人信息",
        "subtitle": "{name}（客户编号 {id}）副本，生成于 {date}",
        "intro": (
            "本文件列出截至上述日期本机构持有的您的全部个人信息。随附的 JSON 文件以机器可读格式"
            "包含相同数据。由于本副本提供给您本人，证件号码完整显示。"
        ),
        "none": "无。",
        "header": "个人信息副本 · {name}",
        "printed": "打印日期 {date}",
        "page": "第 {page} 页，共 {total} 页",
        "row": "第 {n} 条",
        "file_omitted": "{bytes} 字节，SHA-256 {sha}（文件本身见 JSON 副本）",
        "yes": "是",
        "no": "否",
    },
}

COLUMN_LABELS_ZH = {
    "id": "编号",
    "legal_name": "法定姓名",
    "chinese_name": "中文姓名",
    "latin_name": "拼音/英文姓名",
    "preferred_name": "常用名",
    "sort_name": "排序名",
    "date_of_birth": "出生日期",
    "gender": "性别",
    "marital_status": "婚姻状况",
    "nationality": "国籍",
    "occupation": "职业",
    "employer": "雇主",
    "industry": "行业",
    "education": "教育程度",
    "language": "语言",
    "wechat_id": "微信号",
    "preferred_channel": "首选联系方式",
    "contact_times": "联系时间",
    "objective_short": "短期目标",
    "objective_long": "长期目标",
    "horizon_years": "投资期限（年）",
    "liquidity_needs": "流动性需求",
    "experience_years": "投资经验（年）",
    "experience_products": "投资过的产品",
    "preferred_assets": "偏好资产",
    "excluded_assets": "排除资产",
    "themes": "投资主题",
    "needs_notes": "需求备注",
    "status": "状态",
    "owner": "负责顾问",
    "source": "来源",
    "referrer_id": "推荐人编号",
    "client_since": "成为客户日期",
    "last_review": "上次检视",
    "next_review": "下次检视",
    "tier": "客户层级",
    "investable_base_minor": "可投资资产（基准货币最小单位）",
    "created_at": "创建时间",
    "updated_at": "更新时间",
    "version": "版本",
    "doc_type": "证件类型",
    "number": "号码",
    "issuing_country": "签发国家",
    "expiry": "有效期至",
    "label": "类别",
    "e164": "号码",
    "address": "地址",
    "line1": "地址第一行",
    "line2": "地址第二行",
    "city": "城市",
    "region": "省/地区",
    "postal_code": "邮编",
    "country": "国家",
    "name": "名称",
    "relation": "关系",
    "notes": "备注",
    "kind": "类型",
    "role": "角色",
    "household_id": "家庭编号",
    "from_client_id": "发起客户",
    "to_client_id": "对方客户",
    "as_of": "截至日期",
    "currency": "货币",
    "annual_income_minor": "年收入（最小单位）",
    "liabilities_minor": "负债（最小单位）",
    "recorded_at": "记录时间",
    "recorded_by": "记录人",
    "snapshot_id": "快照编号",
    "asset_class": "资产类别",
    "amount_minor": "金额（最小单位）",
    "field_id": "字段编号",
    "value": "值",
    "at": "时间",
    "actor": "操作人",
    "action": "操作",
    "detail": "详情",
    "purpose": "用途",
    "third_party": "第三方",
    "notice_id": "隐私政策编号",
    "effective_at": "生效时间",
    "capture_method": "取得方式",
    "evidence_attachment_id": "证据文件编号",
    "expires_on": "到期日",
    "withdrawal_channel": "撤回渠道",
    "withdrawal_reason": "撤回原因",
    "filename": "文件名",
    "mime": "文件类型",
    "size": "大小（字节）",
    "sha256": "SHA-256",
    "data": "内容",
    "created_by": "创建人",
    "code": "代码",
    "title": "标题",
    "effective_from": "生效日期",
    "effective_to": "失效日期",
    "text": "正文",
    "signature_required": "需要签名",
    "since": "生效自",
    "requires_reconsent": "需要重新同意",
    "key": "键",
    "label_en": "英文名称",
    "label_zh": "中文名称",
    "choices": "选项",
    "position": "位置",
    "assessed_on": "评估日期",
    "answers": "答案",
    "score": "得分",
    "band_level": "分数段等级",
    "level": "风险等级",
    "caps": "适用上限规则",
    "advisor": "顾问",
    "client_confirmed": "客户已确认",
    "confirmation_attachment_id": "确认文件编号",
    "questionnaire_id": "问卷编号",
    "decided_on": "认定日期",
    "professional": "专业投资者",
    "basis": "认定依据",
    "financial_assets_minor": "金融资产（最小单位）",
    "average_income_minor": "近三年年均收入（最小单位）",
    "note": "备注",
    "checked_on": "检查日期",
    "outcome": "检查结果",
    "client_level": "客户风险等级",
    "product_rating": "产品风险等级",
    "reasons": "原因",
    "advisor_reason": "顾问说明的理由",
    "warning_confirmed": "已确认风险警示",
    "assessment_id": "评估编号",
    "interaction_id": "时间线条目编号",
}

_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(\+00:00|Z)?$")

# columns that say nothing to the person in a readable copy (they stay in the JSON)
_HIDDEN = {"client_id", "version", "sort_name", "position"}
_GRID_MAX_COLUMNS = 5


def language_of(value: str | None) -> str:
    return "zh" if (value or "").lower().startswith("zh") else "en"


def column_label(column: str, language: str) -> str:
    if language == "zh":
        return COLUMN_LABELS_ZH.get(column, column)
    label = column.removesuffix("_minor").replace("_", " ")
    label = {"e164": "number", "id": "no.", "sha256": "SHA-256", "mime": "file type"}.get(
        column, label
    )
    return label[:1].upper() + label[1:]


def _display(value: Any, t: dict[str, str]) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict) and "base64" in value:
        return t["file_omitted"].format(bytes=value["bytes"], sha=value["sha256"][:16] + "…")
    if isinstance(value, bool):
        return t["yes"] if value else t["no"]
    if isinstance(value, list):
        return ", ".join(_display(v, t) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_display(v, t)}" for k, v in value.items())
    return str(value)


def _readable_rows(data: dict[str, Any], lang: str) -> dict[str, list[dict[str, Any]]]:
    """The tables with money in currency units and instants in minutes, for the PDF only."""
    snapshot_ccy = {
        r["id"]: r.get("currency") for r in data["tables"].get("financial_snapshot", [])
    }
    out: dict[str, list[dict[str, Any]]] = {}
    for table, rows in data["tables"].items():
        readable = []
        for row in rows:
            row = dict(row)
            ccy = row.get("currency")
            if table == "snapshot_asset":
                ccy = snapshot_ccy.get(row.get("snapshot_id"))
            elif table == "client":
                ccy = data.get("base_currency")
            for key, value in row.items():
                if key in _CODED and isinstance(value, str):
                    row[key] = _coded(key, value, lang)
                elif key.endswith("_minor") and isinstance(value, int) and ccy:
                    try:
                        row[key] = format_money(value, ccy, lang)
                    except ValueError:
                        pass
                elif isinstance(value, str) and _INSTANT.match(value):
                    row[key] = value[:16].replace("T", " ") + " UTC"
            readable.append(row)
        out[table] = readable
    return out


_CODED = ("purpose", "status", "capture_method", "withdrawal_channel")
CODE_LABELS = {
    "en": {
        "status": {"needs_reconsent": "granted, needs renewing", "never_asked": "never asked"},
        "capture_method": {
            "signed_paper": "signed paper form",
            "e_signature": "e-signature",
            "recorded_call": "recorded call",
            "in_person": "in person",
            "written": "in writing",
        },
    },
    "zh": {
        "status": {
            "granted": "已同意",
            "refused": "已拒绝",
            "withdrawn": "已撤回",
            "expired": "已过期",
            "never_asked": "未征询",
            "needs_reconsent": "需重新同意",
            "prospect": "潜在客户",
            "active": "在管客户",
            "dormant": "休眠客户",
            "former": "前客户",
        },
        "capture_method": {
            "signed_paper": "签署纸质表格",
            "e_signature": "电子签名",
            "recorded_call": "电话录音",
            "in_person": "当面",
            "written": "书面",
        },
        "withdrawal_channel": {
            "in_person": "当面",
            "phone": "电话",
            "sms": "短信",
            "email": "电子邮件",
            "wechat": "微信",
            "post": "邮寄",
            "online_form": "在线表单",
        },
    },
}


def _coded(kind: str, value: str | None, lang: str) -> str | None:
    """A stored code (purpose, status …) in words of the reader's language."""
    if value is None:
        return None
    if kind == "purpose":
        from app.consent_form import purpose_label

        return purpose_label(value, lang)
    return CODE_LABELS[lang].get(kind, {}).get(value, value.replace("_", " "))


def person_name(data: dict[str, Any]) -> str:
    rows = data["tables"].get("client") or [{}]
    row = rows[0]
    chinese, legal = row.get("chinese_name"), row.get("legal_name") or ""
    if chinese and chinese != legal:
        return f"{chinese} ({legal})"
    return chinese or legal


def render_pdf(data: dict[str, Any]) -> bytes:
    """The readable copy: one section per table, in the client's language."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from app.pdf_fonts import LATIN, markup, numbered_canvas, paragraph_styles

    client = (data["tables"].get("client") or [{}])[0]
    lang = language_of(client.get("language"))
    t = TEXT[lang]
    titles = SECTION_TITLES[lang]
    st = paragraph_styles(lang)
    name = person_name(data)
    printed = data["exported_at"][:10]
    width = A4[0] - 36 * mm

    def p(value: Any, style: str = "cell") -> Paragraph:
        return Paragraph(markup(value), st[style])

    grid_style = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c2cc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    kv_style = [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]

    def key_values(pairs: list[tuple[str, Any]]) -> Table:
        rows = [[p(column_label(k, lang), "cell_label"), p(_display(v, t))] for k, v in pairs]
        return Table(rows, colWidths=[width * 0.3, width * 0.7], style=kv_style)

    story: list[Any] = [
        Paragraph(
            markup(t["title"].format(office=data.get("office") or ""), bold=True), st["title"]
        ),
        Paragraph(
            markup(t["subtitle"].format(name=name, id=data["client_id"], date=printed)),
            st["subtitle"],
        ),
        Paragraph(markup(t["intro"]), st["body"]),
    ]

    def keep(block: list[Any], rows: int) -> None:
        """Small blocks move to the next page whole; long ones start on this page when a
        few rows still fit (so no page is left nearly empty), and split."""
        if rows <= 15:
            story.append(KeepTogether(block))
        else:
            story.extend([CondPageBreak(40 * mm), *block])

    def section(key: str, rows: list[dict[str, Any]]) -> None:
        """A heading and its rows; the heading always stays with the first row."""
        heading = Paragraph(markup(titles.get(key, key), bold=True), st["h1"])
        if not rows:
            story.append(KeepTogether([heading, Paragraph(markup(t["none"]), st["body"])]))
            return
        columns = [c for c in rows[0] if c not in _HIDDEN and not (c == "id" and key != "client")]
        if len(rows) == 1 or len(columns) > _GRID_MAX_COLUMNS:
            for n, row in enumerate(rows, 1):
                block: list[Any] = [heading] if n == 1 else []
                if len(rows) > 1:
                    block.append(Paragraph(markup(t["row"].format(n=n), bold=True), st["h2"]))
                block.append(key_values([(c, row.get(c)) for c in columns]))
                block.append(Spacer(1, 4))
                keep(block, len(columns))
            return

        # columns share the width by how much they hold (CJK characters count double)
        def length(value: Any) -> int:
            text_value = _display(value, t)
            return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text_value)

        weights = [
            min(max([length(column_label(c, lang))] + [length(r.get(c)) for r in rows]), 40) + 6
            for c in columns
        ]
        col_widths = [width * w / sum(weights) for w in weights]
        header = [p(column_label(c, lang), "cell_label") for c in columns]
        body = [[p(_display(r.get(c), t)) for c in columns] for r in rows]
        grid = Table([header, *body], colWidths=col_widths, style=grid_style, repeatRows=1)
        keep([heading, grid], len(body))

    for key, rows in _readable_rows(data, lang).items():
        section(key, rows)
    state = data.get("consent_state")
    if isinstance(state, list) and state:
        section(
            "consent_state",
            [
                {
                    "purpose": _coded("purpose", st.get("purpose"), lang),
                    "third_party": st.get("third_party"),
                    "status": _coded(
                        "status",
                        "needs_reconsent" if st.get("needs_reconsent") else st.get("status"),
                        lang,
                    ),
                    "since": (st.get("since") or "")[:10] or None,
                    "expires_on": st.get("expires_on"),
                }
                for st in state
            ],
        )
    for key, rows in data.get("context", {}).items():
        if rows:
            section(key, rows)
    story.append(
        KeepTogether(
            [
                Paragraph(markup(titles["not_exported"], bold=True), st["h1"]),
                key_values(list(data["not_exported"].items())),
            ]
        )
    )

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Personal data export" if lang == "en" else "个人信息副本",
        author=str(data.get("office") or "AdvisorDesk"),
        invariant=1,
    )
    doc.build(
        story,
        canvasmaker=numbered_canvas(
            header_left=t["header"].format(name=name),
            header_right=str(data.get("office") or ""),
            footer_left=t["printed"].format(date=printed),
            page_format=t["page"],
        ),
    )
    return buf.getvalue()
