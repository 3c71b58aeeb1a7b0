"""Display names for the domain's code values (statuses, tiers, asset classes …).

app/ stores stable codes; what a person reads depends on the language, so the mapping
lives on the UI side, marked for lupdate with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.cards import CustomFieldDef

CONTEXT = "Labels"

LABELS: dict[str, dict[str, str]] = {
    "status": {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "dormant": QT_TRANSLATE_NOOP("Labels", "Dormant"),
        "former": QT_TRANSLATE_NOOP("Labels", "Former"),
    },
    "tier": {
        "mass": QT_TRANSLATE_NOOP("Labels", "Mass"),
        "affluent": QT_TRANSLATE_NOOP("Labels", "Affluent"),
        "hnw": QT_TRANSLATE_NOOP("Labels", "HNW"),
        "uhnw": QT_TRANSLATE_NOOP("Labels", "UHNW"),
    },
    "gender": {
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
        "undisclosed": QT_TRANSLATE_NOOP("Labels", "Undisclosed"),
    },
    "marital": {
        "single": QT_TRANSLATE_NOOP("Labels", "Single"),
        "married": QT_TRANSLATE_NOOP("Labels", "Married"),
        "divorced": QT_TRANSLATE_NOOP("Labels", "Divorced"),
        "widowed": QT_TRANSLATE_NOOP("Labels", "Widowed"),
        "partnered": QT_TRANSLATE_NOOP("Labels", "Partnered"),
    },
    "doc_type": {
        "prc_id": QT_TRANSLATE_NOOP("Labels", "PRC resident ID"),
        "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
        "hk_macau_permit": QT_TRANSLATE_NOOP("Labels", "HK/Macau permit"),
        "taiwan_permit": QT_TRANSLATE_NOOP("Labels", "Taiwan permit"),
        "foreign_permanent_resident": QT_TRANSLATE_NOOP("Labels", "Foreign permanent resident ID"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other document"),
    },
    "channel": {
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
        "email": QT_TRANSLATE_NOOP("Labels", "Email"),
        "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
        "post": QT_TRANSLATE_NOOP("Labels", "Post"),
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    },
    "asset": {
        "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
        "deposits": QT_TRANSLATE_NOOP("Labels", "Deposits"),
        "securities": QT_TRANSLATE_NOOP("Labels", "Securities"),
        "funds": QT_TRANSLATE_NOOP("Labels", "Funds"),
        "insurance_cash_value": QT_TRANSLATE_NOOP("Labels", "Insurance cash value"),
        "real_estate": QT_TRANSLATE_NOOP("Labels", "Real estate"),
        "business_equity": QT_TRANSLATE_NOOP("Labels", "Business equity"),
        "collectibles": QT_TRANSLATE_NOOP("Labels", "Collectibles"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other assets"),
    },
    "role": {
        "head": QT_TRANSLATE_NOOP("Labels", "Head"),
        "spouse": QT_TRANSLATE_NOOP("Labels", "Spouse"),
        "child": QT_TRANSLATE_NOOP("Labels", "Child"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "sibling": QT_TRANSLATE_NOOP("Labels", "Sibling"),
        "grandchild": QT_TRANSLATE_NOOP("Labels", "Grandchild"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "link": {
        "spouse": QT_TRANSLATE_NOOP("Labels", "Spouse"),
        "business_partner": QT_TRANSLATE_NOOP("Labels", "Business partner"),
        "referrer": QT_TRANSLATE_NOOP("Labels", "Referrer"),
        "relative": QT_TRANSLATE_NOOP("Labels", "Relative"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "phone_label": {
        "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
        "home": QT_TRANSLATE_NOOP("Labels", "Home"),
        "work": QT_TRANSLATE_NOOP("Labels", "Work"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "email_label": {
        "personal": QT_TRANSLATE_NOOP("Labels", "Personal"),
        "work": QT_TRANSLATE_NOOP("Labels", "Work"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "address_label": {
        "home": QT_TRANSLATE_NOOP("Labels", "Home"),
        "work": QT_TRANSLATE_NOOP("Labels", "Work"),
        "mailing": QT_TRANSLATE_NOOP("Labels", "Mailing"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "relation": {
        "spouse": QT_TRANSLATE_NOOP("Labels", "Spouse"),
        "child": QT_TRANSLATE_NOOP("Labels", "Child"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "sibling": QT_TRANSLATE_NOOP("Labels", "Sibling"),
        "grandparent": QT_TRANSLATE_NOOP("Labels", "Grandparent"),
        "grandchild": QT_TRANSLATE_NOOP("Labels", "Grandchild"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "client_language": {
        "zh": QT_TRANSLATE_NOOP("Labels", "Chinese"),
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
    },
    "bool": {
        "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
        "no": QT_TRANSLATE_NOOP("Labels", "No"),
    },
    "consent_purpose": {
        "pi_processing": QT_TRANSLATE_NOOP("Labels", "Personal information"),
        "sensitive_pi": QT_TRANSLATE_NOOP("Labels", "Sensitive personal information"),
        "marketing_phone": QT_TRANSLATE_NOOP("Labels", "Marketing: phone"),
        "marketing_sms": QT_TRANSLATE_NOOP("Labels", "Marketing: SMS"),
        "marketing_email": QT_TRANSLATE_NOOP("Labels", "Marketing: email"),
        "marketing_wechat": QT_TRANSLATE_NOOP("Labels", "Marketing: WeChat"),
        "marketing_post": QT_TRANSLATE_NOOP("Labels", "Marketing: post"),
        "third_party_sharing": QT_TRANSLATE_NOOP("Labels", "Sharing with a third party"),
        "cross_border": QT_TRANSLATE_NOOP("Labels", "Cross-border transfer"),
        "call_recording": QT_TRANSLATE_NOOP("Labels", "Call recording"),
        "photos": QT_TRANSLATE_NOOP("Labels", "Use of photos"),
    },
    "consent_state": {
        "granted": QT_TRANSLATE_NOOP("Labels", "Granted"),
        "needs_reconsent": QT_TRANSLATE_NOOP("Labels", "Re-consent needed"),
        "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
        "never_asked": QT_TRANSLATE_NOOP("Labels", "Never asked"),
    },
    "capture_method": {
        "signed_paper": QT_TRANSLATE_NOOP("Labels", "Signed paper form"),
        "e_signature": QT_TRANSLATE_NOOP("Labels", "E-signature"),
        "recorded_call": QT_TRANSLATE_NOOP("Labels", "Recorded call"),
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "written": QT_TRANSLATE_NOOP("Labels", "In writing"),
    },
    "withdrawal_channel": {
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
        "email": QT_TRANSLATE_NOOP("Labels", "Email"),
        "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
        "post": QT_TRANSLATE_NOOP("Labels", "Post"),
        "online_form": QT_TRANSLATE_NOOP("Labels", "Online form"),
    },
}


def label(kind: str, code: str | None) -> str:
    """The display text of a code; unknown codes (from newer data) show as themselves."""
    if code is None:
        return ""
    source = LABELS.get(kind, {}).get(code)
    if source is None:
        return code
    return QCoreApplication.translate(CONTEXT, source)


def choices(kind: str) -> list[tuple[str, str]]:
    return [(code, label(kind, code)) for code in LABELS[kind]]


def custom_label(defn: CustomFieldDef, chinese: bool) -> str:
    if chinese and defn.label_zh:
        return defn.label_zh
    return defn.label_en or defn.key
