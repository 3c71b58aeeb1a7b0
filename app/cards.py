"""The client card as plain data.

Widgets edit these dataclasses and hand them back to ClientService; nothing here is
attached to a Session, so nothing lazy-loads while a widget paints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.validation import DOCUMENT_TYPE_ORDER

STATUSES = ("prospect", "active", "dormant", "former")
GENDERS = ("female", "male", "other", "undisclosed")
MARITAL = ("single", "married", "divorced", "widowed", "partnered")
DOC_TYPES = DOCUMENT_TYPE_ORDER
HOUSEHOLD_ROLES = ("head", "spouse", "child", "parent", "sibling", "grandchild", "other")
LINK_KINDS = ("spouse", "business_partner", "referrer", "relative", "other")
CHANNELS = ("phone", "wechat", "email", "sms", "post", "in_person")
ASSET_CLASSES = (
    "cash",
    "deposits",
    "securities",
    "funds",
    "insurance_cash_value",
    "real_estate",
    "business_equity",
    "collectibles",
    "other",
)
# Investable assets exclude what cannot be redeployed quickly.
INVESTABLE_CLASSES = ("cash", "deposits", "securities", "funds", "insurance_cash_value")
TIERS = ("mass", "affluent", "hnw", "uhnw")
CUSTOM_KINDS = ("text", "number", "money", "date", "choice", "bool")


@dataclass
class DocumentData:
    doc_type: str = "prc_id"
    number: str = ""
    issuing_country: str | None = "CN"
    expiry: dt.date | None = None
    id: int | None = None


@dataclass
class PhoneData:
    number: str = ""  # as typed; stored E.164
    label: str = "mobile"
    id: int | None = None


@dataclass
class EmailData:
    address: str = ""
    label: str = "personal"
    id: int | None = None


@dataclass
class AddressData:
    line1: str = ""
    line2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = "CN"
    label: str = "home"
    id: int | None = None


@dataclass
class RelativeData:
    name: str = ""
    relation: str = "other"
    date_of_birth: dt.date | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class HouseholdMemberData:
    client_id: int
    name: str
    role: str


@dataclass
class HouseholdData:
    id: int
    name: str
    members: list[HouseholdMemberData] = field(default_factory=list)
    version: int | None = None  # the household row's version, for a conflict check on edits


@dataclass
class LinkData:
    other_client_id: int
    other_name: str
    kind: str
    outgoing: bool = True


@dataclass
class SnapshotData:
    as_of: dt.date
    currency: str
    assets: dict[str, int]  # asset class -> minor units
    liabilities_minor: int = 0
    annual_income_minor: int | None = None
    id: int | None = None

    @property
    def total_assets_minor(self) -> int:
        return sum(self.assets.values())

    @property
    def net_worth_minor(self) -> int:
        return self.total_assets_minor - self.liabilities_minor

    @property
    def investable_minor(self) -> int:
        return sum(v for k, v in self.assets.items() if k in INVESTABLE_CLASSES)


@dataclass
class CustomFieldDef:
    id: int
    key: str
    label_en: str
    label_zh: str
    kind: str
    choices: list[str] = field(default_factory=list)
    currency: str | None = None


@dataclass
class ClientCard:
    """Everything the card shows and edits. `version` is the row version it was loaded at."""

    legal_name: str = ""
    chinese_name: str | None = None
    latin_name: str | None = None
    preferred_name: str | None = None
    date_of_birth: dt.date | None = None
    gender: str | None = None
    marital_status: str | None = None
    nationality: str | None = "CN"
    occupation: str | None = None
    employer: str | None = None
    industry: str | None = None
    education: str | None = None
    language: str = "zh"
    wechat_id: str | None = None
    preferred_channel: str | None = None
    contact_times: str | None = None
    objective_short: str | None = None
    objective_long: str | None = None
    horizon_years: int | None = None
    liquidity_needs: str | None = None
    experience_years: int | None = None
    experience_products: list[str] = field(default_factory=list)
    preferred_assets: list[str] = field(default_factory=list)
    excluded_assets: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    needs_notes: str | None = None
    tags: list[str] = field(default_factory=list)
    status: str = "prospect"
    owner: str | None = None
    source: str | None = None
    referrer_id: int | None = None
    client_since: dt.date | None = None
    last_review: dt.date | None = None
    next_review: dt.date | None = None
    documents: list[DocumentData] = field(default_factory=list)
    phones: list[PhoneData] = field(default_factory=list)
    emails: list[EmailData] = field(default_factory=list)
    addresses: list[AddressData] = field(default_factory=list)
    relatives: list[RelativeData] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)  # field key -> canonical text
    # read-only on the card (changed through their own actions)
    households: list[HouseholdData] = field(default_factory=list)
    links: list[LinkData] = field(default_factory=list)
    snapshots: list[SnapshotData] = field(default_factory=list)
    tier: str = "mass"
    id: int | None = None
    version: int = 0

    @property
    def display_name(self) -> str:
        if self.chinese_name and self.legal_name and self.chinese_name != self.legal_name:
            return f"{self.chinese_name} ({self.legal_name})"
        return self.chinese_name or self.legal_name
