"""A pre-filled consent form, printed as a PDF for the client to sign.

Pre-filled with who the client is (name, client number, identity number *masked*) and which
notice they are asked to agree to (title, version, effective date and the SHA-256 of its
exact text, so the signed paper proves which words were shown). Every purpose has its own
empty tick box: consent must be given actively, never pre-ticked, and sensitive personal
information gets its separate box (PIPL art. 29). The notice's full text follows as an
annex. The form is in the client's language (zh or en).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.consent import PURPOSES, THIRD_PARTY_SHARING, ConsentService, NoticeInfo
from app.settings import SettingsService
from app.validation import mask_identifier
from db.atomic_file import write_atomically
from db.models import Client, IdentityDocument

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Consent to the processing of personal information",
        "office": "{office}",
        "client": "Client",
        "client_no": "Client no.",
        "id_number": "Identity document",
        "none": "none on file",
        "notice": "Privacy notice",
        "notice_line": "{title}, version {version} ({language}), in force from {start}",
        "sha": "SHA-256 of the notice text",
        "instructions": (
            "Please read the privacy notice (annexed in full). Tick the box of each purpose "
            "you agree to. A purpose left unticked is not agreed. You may withdraw any "
            "consent at any time, as easily as you gave it, by telling your advisor in "
            "person, by phone, e-mail, WeChat or letter."
        ),
        "purposes": "Purposes",
        "separate": "Separate consent required",
        "third_parties": "Named third parties:",
        "declaration": (
            "I confirm that I have read and understood the privacy notice identified above "
            "and give the consents ticked on this form."
        ),
        "signature": "Client's signature",
        "date": "Date",
        "advisor": "Received by (advisor)",
        "annex": "Annex: full text of the privacy notice",
        "header": "Consent form · {name}",
        "printed": "Printed {date}",
        "page": "Page {page} of {total}",
    },
    "zh": {
        "title": "个人信息处理同意书",
        "office": "{office}",
        "client": "客户",
        "client_no": "客户编号",
        "id_number": "身份证件",
        "none": "未登记",
        "notice": "隐私政策",
        "notice_line": "《{title}》第 {version} 版（{language}），自 {start} 起生效",
        "sha": "隐私政策正文的 SHA-256",
        "instructions": (
            "请阅读隐私政策（全文见附件），并在您同意的每项用途前的方框内打勾。未打勾的用途视为"
            "不同意。您可随时以与同意同样便捷的方式撤回任何同意：当面、电话、电子邮件、微信或"
            "书面告知您的顾问即可。"
        ),
        "purposes": "处理用途",
        "separate": "需单独同意",
        "third_parties": "指定第三方：",
        "declaration": "本人确认已阅读并理解上述隐私政策，并同意本表中已打勾的各项用途。",
        "signature": "客户签名",
        "date": "日期",
        "advisor": "经办顾问",
        "annex": "附件：隐私政策全文",
        "header": "同意书 · {name}",
        "printed": "打印日期 {date}",
        "page": "第 {page} 页，共 {total} 页",
    },
}

PURPOSE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "pi_processing": "Processing of my personal information for the advisory relationship",
        "sensitive_pi": (
            "Processing of my sensitive personal information: identity documents and "
            "financial account details"
        ),
        "marketing_phone": "Marketing by telephone",
        "marketing_sms": "Marketing by SMS",
        "marketing_email": "Marketing by e-mail",
        "marketing_wechat": "Marketing by WeChat",
        "marketing_post": "Marketing by post",
        "third_party_sharing": (
            "Sharing my personal information with the third parties named here "
            "(custodians, insurers)"
        ),
        "cross_border": "Transfer of my personal information outside mainland China",
        "call_recording": "Recording of telephone calls with me",
        "photos": "Use of photographs of me",
    },
    "zh": {
        "pi_processing": "为提供顾问服务处理本人的个人信息",
        "sensitive_pi": "处理本人的敏感个人信息：身份证件及金融账户信息",
        "marketing_phone": "通过电话向本人进行营销",
        "marketing_sms": "通过短信向本人进行营销",
        "marketing_email": "通过电子邮件向本人进行营销",
        "marketing_wechat": "通过微信向本人进行营销",
        "marketing_post": "通过邮寄向本人进行营销",
        "third_party_sharing": "向以下指定第三方（托管机构、保险公司）提供本人的个人信息",
        "cross_border": "向中国大陆境外传输本人的个人信息",
        "call_recording": "对与本人的电话通话进行录音",
        "photos": "使用本人的照片",
    },
}

SEPARATE = {"sensitive_pi", "third_party_sharing", "cross_border"}  # PIPL arts. 23, 29, 39
LANGUAGE_NAMES = {"en": {"en": "English", "zh": "Chinese"}, "zh": {"en": "英文", "zh": "中文"}}


class ConsentFormError(Exception):
    """An expected failure with a message for the user."""


def language_of(value: str | None) -> str:
    return "zh" if (value or "").lower().startswith("zh") else "en"


def purpose_label(purpose: str, language: str) -> str:
    return PURPOSE_LABELS[language_of(language)].get(purpose, purpose)


@dataclass(frozen=True)
class FormData:
    client_id: int
    name: str
    masked_id: str | None
    id_type: str | None
    language: str
    office: str
    notice: NoticeInfo
    notice_text: str
    printed: dt.date


def choose_notice(
    session: Session, language: str, on: dt.date, code: str | None = None
) -> NoticeInfo:
    """The notice in force on `on` in the client's language: of `code` if given, else the
    one requiring a signature (then the newest) among those in force."""
    svc = ConsentService(session)
    lang = language_of(language)
    notices = [n for n in svc.notices(code) if language_of(n.language) == lang]
    found: list[NoticeInfo] = []
    for c, language in sorted({(n.code, n.language) for n in notices}):
        info = svc.notice_in_force(c, language, on)
        if info is not None:
            found.append(info)
    if not found:
        which = f"notice {code}" if code else "privacy notice"
        language_name = "Chinese" if lang == "zh" else "English"
        raise ConsentFormError(
            f"No {which} in {language_name} is in force on {on.isoformat()}; publish one "
            "before printing a consent form."
        )
    found.sort(key=lambda n: (not n.signature_required, -n.effective_from.toordinal(), n.code))
    return found[0]


def form_data(
    session: Session, client_id: int, *, on: dt.date | None = None, notice_code: str | None = None
) -> FormData:
    client = session.get(Client, client_id)
    if client is None:
        raise ConsentFormError(f"There is no client {client_id} in this office.")
    from app.erasure import erasure_date

    if erasure_date(session, client_id) is not None:
        raise ConsentFormError(f"Client {client_id} was erased; there is no one to ask.")
    on = on or dt.date.today()
    lang = language_of(client.language)
    notice = choose_notice(session, lang, on, notice_code)
    text = ConsentService(session).notice_text(notice.id)  # refuses a tampered text
    doc = session.scalars(
        select(IdentityDocument)
        .where(IdentityDocument.client_id == client_id)
        .order_by(IdentityDocument.doc_type != "prc_id", IdentityDocument.id)
    ).first()
    if client.chinese_name and client.chinese_name != client.legal_name:
        name = f"{client.chinese_name} ({client.legal_name})"
    else:
        name = client.chinese_name or client.legal_name
    return FormData(
        client_id=client_id,
        name=name,
        masked_id=mask_identifier(doc.number) if doc else None,
        id_type=doc.doc_type if doc else None,
        language=lang,
        office=str(SettingsService(session).get("office.name")),
        notice=notice,
        notice_text=text,
        printed=on,
    )


DOC_TYPE_LABELS = {
    "en": {
        "prc_id": "PRC resident ID",
        "passport": "Passport",
        "hk_macau_permit": "Mainland travel permit (HK/Macau)",
        "taiwan_permit": "Mainland travel permit (Taiwan)",
        "foreign_permanent_resident": "Foreign permanent resident ID",
        "other": "Document",
    },
    "zh": {
        "prc_id": "居民身份证",
        "passport": "护照",
        "hk_macau_permit": "港澳居民来往内地通行证",
        "taiwan_permit": "台湾居民来往大陆通行证",
        "foreign_permanent_resident": "外国人永久居留身份证",
        "other": "证件",
    },
}


def render(form: FormData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from app.pdf_fonts import LATIN, markup, numbered_canvas, paragraph_styles

    lang = form.language
    s = STRINGS[lang]
    st = paragraph_styles(lang)
    width = A4[0] - 40 * mm

    class TickBox(Flowable):
        def __init__(self, size: float = 4.2 * mm) -> None:
            super().__init__()
            self.size = size

        def wrap(self, *_: Any) -> tuple[float, float]:
            return self.size, self.size

        def draw(self) -> None:
            self.canv.setLineWidth(0.9)
            self.canv.rect(0, 0, self.size, self.size)

    def p(text: str, style: str = "body", bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold=bold), st[style])

    id_text = s["none"]
    if form.masked_id:
        kind = DOC_TYPE_LABELS[lang].get(form.id_type or "other", form.id_type or "")
        id_text = f"{kind}  {form.masked_id}"
    n = form.notice
    notice_line = s["notice_line"].format(
        title=n.title,
        version=n.version,
        language=LANGUAGE_NAMES[lang].get(language_of(n.language), n.language),
        start=n.effective_from.isoformat(),
    )
    facts = [
        [p(s["client"], "cell_label"), p(form.name, "body", bold=True)],
        [p(s["client_no"], "cell_label"), p(str(form.client_id))],
        [p(s["id_number"], "cell_label"), p(id_text)],
        [p(s["notice"], "cell_label"), p(notice_line)],
        [p(s["sha"], "cell_label"), p(n.sha256, "small")],
    ]
    facts_table = Table(
        facts,
        colWidths=[width * 0.27, width * 0.73],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9d1d9")),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8b98a5")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f8")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )

    rows = []
    for purpose in PURPOSES:
        label = purpose_label(purpose, lang)
        cell: list[Any] = [p(label)]
        if purpose in SEPARATE:
            cell.append(p(s["separate"], "small"))
        if purpose == THIRD_PARTY_SHARING:
            cell.append(p(s["third_parties"] + " " + "_" * 40))
        rows.append([TickBox(), cell])
    purposes_table = Table(
        rows,
        colWidths=[9 * mm, width - 9 * mm],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#dde3e9")),
        ],
    )

    line = "_" * 34
    signature = Table(
        [
            [p(s["signature"], "cell_label"), p(s["date"], "cell_label")],
            [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
            [p(line), p("_" * 22)],
            [Spacer(1, 4 * mm), ""],
            [p(s["advisor"], "cell_label"), p(s["date"], "cell_label")],
            [Spacer(1, 10 * mm), Spacer(1, 10 * mm)],
            [p(line), p("_" * 22)],
        ],
        colWidths=[width * 0.6, width * 0.4],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )

    story: list[Any] = [
        p(s["title"], "title", bold=True),
        p(s["office"].format(office=form.office), "subtitle"),
        facts_table,
        Spacer(1, 5 * mm),
        p(s["instructions"]),
        p(s["purposes"], "h1", bold=True),
        purposes_table,
        Spacer(1, 4 * mm),
        KeepTogether([p(s["declaration"]), Spacer(1, 6 * mm), signature]),
        PageBreak(),
        p(s["annex"], "h1", bold=True),
        p(notice_line, "small"),
        p(f"SHA-256 {n.sha256}", "small"),
        Spacer(1, 3 * mm),
    ]
    for para in form.notice_text.split("\n\n"):
        if para.strip():
            story.append(p(para.strip()))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=s["title"],
        author=form.office,
        initialFontName=LATIN,
        invariant=1,
    )
    doc.build(
        story,
        canvasmaker=numbered_canvas(
            header_left=s["header"].format(name=form.name),
            header_right=form.office,
            footer_left=s["printed"].format(date=form.printed.isoformat()),
            page_format=s["page"],
        ),
    )
    return buf.getvalue()


def write_consent_form(
    session: Session,
    client_id: int,
    out: Any,
    *,
    on: dt.date | None = None,
    notice_code: str | None = None,
) -> FormData:
    """Render the form and write it to `out` (a new file; never overwrites)."""
    from pathlib import Path

    out = Path(out)
    if out.exists():
        raise ConsentFormError(f"{out} already exists; choose another name (not overwriting).")
    if not out.parent.is_dir():
        raise ConsentFormError(f"The folder {out.parent} does not exist; create it first.")
    form = form_data(session, client_id, on=on, notice_code=notice_code)
    pdf = render(form)
    try:
        write_atomically(out, pdf)
    except OSError as exc:
        raise ConsentFormError(f"{out.name} could not be written ({exc.strerror}).") from None
    return form
