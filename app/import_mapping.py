"""Which source column fills which card field: the targets, suggestions from headers, and
templates saved by name.

A suggestion compares a header, normalised (case, spaces, punctuation, full-width forms
folded), with the known Chinese and English names of each field and with the labels of
the office's custom fields. A header from a merged XLSX header ("联系方式/手机") is tried
from its most specific part outwards. Headers nobody recognises stay unmapped: the user
maps them, or they are ignored.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cards import CustomFieldDef
from db.errors import ConflictError
from db.models_data import ImportTemplate


@dataclass(frozen=True)
class Target:
    key: str
    label_en: str
    label_zh: str
    kind: str  # text, date, choice, money, int, list
    repeatable: bool = False  # several columns may map here (phones, e-mails)


TARGETS: tuple[Target, ...] = (
    Target("legal_name", "Legal name", "姓名", "text"),
    Target("chinese_name", "Chinese name", "中文名", "text"),
    Target("latin_name", "Latin name", "英文名", "text"),
    Target("preferred_name", "Preferred name", "称呼", "text"),
    Target("date_of_birth", "Date of birth", "出生日期", "date"),
    Target("gender", "Gender", "性别", "choice"),
    Target("marital_status", "Marital status", "婚姻状况", "choice"),
    Target("nationality", "Nationality", "国籍", "text"),
    Target("occupation", "Occupation", "职业", "text"),
    Target("employer", "Employer", "工作单位", "text"),
    Target("industry", "Industry", "行业", "text"),
    Target("education", "Education", "学历", "text"),
    Target("wechat_id", "WeChat ID", "微信号", "text"),
    Target("preferred_channel", "Preferred channel", "首选联系方式", "choice"),
    Target("status", "Status", "客户状态", "choice"),
    Target("owner", "Advisor", "客户经理", "text"),
    Target("source", "Source", "客户来源", "text"),
    Target("client_since", "Client since", "开户日期", "date"),
    Target("last_review", "Last review", "上次回顾", "date"),
    Target("next_review", "Next review", "下次回顾", "date"),
    Target("tags", "Tags", "标签", "list"),
    Target("needs_notes", "Notes", "备注", "text"),
    Target("id_number", "PRC ID number", "身份证号", "text"),
    Target("passport_number", "Passport number", "护照号", "text"),
    Target("phone", "Phone", "手机", "text", repeatable=True),
    Target("email", "E-mail", "电子邮箱", "text", repeatable=True),
    Target("address", "Address", "地址", "text"),
    Target("city", "City", "城市", "text"),
    Target("region", "Province", "省份", "text"),
    Target("postal_code", "Postal code", "邮编", "text"),
    Target("investable_assets", "Investable assets", "可投资资产", "money"),
    Target("annual_income", "Annual income", "年收入", "money"),
    Target("liabilities", "Liabilities", "负债", "money"),
    Target("snapshot_currency", "Currency", "币种", "text"),
    Target("snapshot_date", "Assets as of", "资产日期", "date"),
    Target("household", "Household", "家庭", "text"),
    Target("household_role", "Household role", "家庭角色", "choice"),
)
TARGET_BY_KEY = {t.key: t for t in TARGETS}

# Known header spellings beyond each target's own two labels (normalised by _norm).
ALIASES: dict[str, tuple[str, ...]] = {
    "legal_name": ("name", "fullname", "clientname", "客户姓名", "客户名称", "名字", "fn", "n"),
    "chinese_name": ("中文姓名",),
    "latin_name": ("englishname", "拼音", "pinyin", "英文姓名"),
    "preferred_name": ("nickname", "昵称"),
    "date_of_birth": ("birthday", "dob", "birthdate", "生日", "出生年月", "bday"),
    "gender": ("sex",),
    "marital_status": ("marital", "婚姻"),
    "nationality": ("country", "国家"),
    "occupation": ("jobtitle", "title", "职务"),
    "employer": ("company", "organisation", "organization", "单位", "公司", "org"),
    "wechat_id": ("wechat", "微信"),
    "status": ("客户状态", "状态"),
    "owner": ("advisor", "adviser", "rm", "理财经理", "负责人"),
    "source": ("来源", "channel"),
    "client_since": ("since", "开户时间", "签约日期"),
    "tags": ("tag", "labels"),
    "needs_notes": ("note", "notes", "comment", "comments", "说明"),
    "id_number": ("idnumber", "idcard", "身份证", "身份证号码", "证件号码", "证件号", "prcid"),
    "passport_number": ("passport", "护照", "护照号码"),
    "phone": (
        "mobile",
        "cellphone",
        "tel",
        "telephone",
        "phonenumber",
        "手机号",
        "手机号码",
        "电话",
        "联系电话",
        "移动电话",
    ),
    "email": ("e-mail", "emailaddress", "mail", "邮箱", "电邮", "邮件"),
    "address": ("adr", "street", "住址", "联系地址", "家庭住址"),
    "city": ("town",),
    "region": ("province", "state", "省", "地区"),
    "postal_code": ("zip", "zipcode", "postcode", "邮政编码"),
    "investable_assets": ("investable", "aum", "可投资金额", "可投资资产(元)", "金融资产"),
    "annual_income": ("income", "收入"),
    "liabilities": ("debt", "负债总额"),
    "snapshot_currency": ("currency", "货币"),
    "snapshot_date": ("asof", "资产日期"),
    "household": ("family", "家庭名称", "户"),
    "household_role": ("role", "关系", "家庭关系"),
}

# Targets a card field is keyed on when re-importing: the same person is found again by it.
MATCH_KEYS = ("id_number", "passport_number", "phone", "email")


def _norm(text: str) -> str:
    """Fold case, full-width forms and punctuation: "电子邮箱：" == "电子邮箱", "E-Mail" == "email"."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def _index(custom: list[CustomFieldDef]) -> dict[str, str]:
    out: dict[str, str] = {}
    for target in TARGETS:
        for name in (target.key, target.label_en, target.label_zh, *ALIASES.get(target.key, ())):
            out.setdefault(_norm(name), target.key)
    for defn in custom:
        for name in (defn.key, defn.label_en, defn.label_zh):
            out.setdefault(_norm(name), f"custom.{defn.key}")
    return out


def suggest_mapping(
    headers: list[str], custom: list[CustomFieldDef] | None = None
) -> dict[str, str]:
    """Header -> target for each header recognised; a target that cannot repeat is given
    to its first header only. vCard headers "TEL 2" / "EMAIL 3" map to phone / email."""
    index = _index(custom or [])
    taken: set[str] = set()
    out: dict[str, str] = {}
    for header in headers:
        parts = [p for p in header.split("/") if p.strip()] or [header]
        candidates = [_norm(p) for p in reversed(parts)] + [_norm(header)]
        # vCard's numbered columns and "手机2"-style repeats: drop a trailing number
        candidates += [c.rstrip("0123456789") for c in candidates]
        for cand in candidates:
            target = index.get(cand)
            if target is None:
                continue
            repeatable = target.startswith("custom.") is False and TARGET_BY_KEY[target].repeatable
            if target in taken and not repeatable:
                continue
            out[header] = target
            taken.add(target)
            break
    return out


def target_label(key: str, custom: list[CustomFieldDef], language: str = "en") -> str:
    if key.startswith("custom."):
        for defn in custom:
            if f"custom.{defn.key}" == key:
                return defn.label_zh if language.startswith("zh") else defn.label_en
        return key
    target = TARGET_BY_KEY[key]
    return target.label_zh if language.startswith("zh") else target.label_en


class MappingError(ValueError):
    """A mapping that cannot be used; the message names the problem."""


def check_mapping(
    mapping: dict[str, str], headers: list[str], custom: list[CustomFieldDef]
) -> None:
    """Raise MappingError for a target that does not exist, a column the file lacks, or a
    single-valued target given two columns."""
    known_custom = {f"custom.{d.key}" for d in custom}
    seen: dict[str, str] = {}
    for header, target in mapping.items():
        if header not in headers:
            raise MappingError(f"The file has no column {header!r}.")
        if target not in TARGET_BY_KEY and target not in known_custom:
            raise MappingError(f"Column {header!r} maps to an unknown field {target!r}.")
        single = target in known_custom or not TARGET_BY_KEY[target].repeatable
        if single and target in seen:
            raise MappingError(
                f"Columns {seen[target]!r} and {header!r} both map to {target}; keep one."
            )
        seen[target] = header
    if "legal_name" not in seen.values() and "legal_name" not in mapping.values():
        raise MappingError("Map a column to the legal name (姓名); every client needs one.")


# ---- templates -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    name: str
    mapping: dict[str, str]
    match_key: str
    version: int


class TemplateService:
    """Saved mappings, by name. Saving over an existing name needs its version (no silent
    overwrite of a colleague's template)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def names(self) -> list[str]:
        return list(self.session.scalars(select(ImportTemplate.name).order_by(ImportTemplate.name)))

    def get(self, name: str) -> Template:
        row = self.session.scalar(select(ImportTemplate).where(ImportTemplate.name == name))
        if row is None:
            known = ", ".join(self.names()) or "none saved yet"
            raise LookupError(f"There is no mapping template {name!r} (templates: {known}).")
        return Template(row.name, dict(row.mapping), row.match_key, row.version)

    def save(
        self, name: str, mapping: dict[str, str], match_key: str, version: int | None = None
    ) -> int:
        name = name.strip()
        if not name or len(name) > 100:
            raise MappingError("Give the template a name (100 characters at most).")
        if match_key not in MATCH_KEYS and not match_key.startswith("custom."):
            raise MappingError(f"Unknown match key {match_key!r}.")
        row = self.session.scalar(select(ImportTemplate).where(ImportTemplate.name == name))
        if row is None:
            row = ImportTemplate(name=name, mapping=dict(mapping), match_key=match_key)
            self.session.add(row)
        else:
            if version != row.version:
                raise ConflictError("import_template", row.id)
            row.mapping = dict(mapping)
            row.match_key = match_key
        self.session.flush()
        return row.version
