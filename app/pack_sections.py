"""The sections of a client review pack: one function each, returning flowables or nothing.

A section whose data is not recorded returns an empty list and is left out of the pack
cleanly (no empty heading, no empty table); app/review_pack.py records which sections
made it in. Every section reads through the services and plain data the card uses, in
the caller's Session, and prints identity numbers only through mask_identifier().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import chart_series, portfolio
from app.cards import ClientCard
from app.consent import NEVER_ASKED, ConsentService
from app.consent_form import DOC_TYPE_LABELS, purpose_label
from app.money import Money
from app.pack_charts import allocation_chart, line_chart
from app.pack_text import ASSET_LABELS, STRINGS, word
from app.pdf_fonts import CJK, LATIN, LATIN_BOLD, markup, runs
from app.risk_assessment import current_risk
from app.subject_export import CODE_LABELS
from app.suitability import mismatches
from app.tasks import to_local
from app.validation import currency_exponent, format_money, mask_identifier
from db.models import Interaction, InteractionClient, Task

MAX_INTERACTIONS = 40
MAX_TASKS = 30
MAX_HISTORY = 12
NOTE_LINES = 14
GRID = colors.HexColor("#c9d1d9")
HEAD_BG = colors.HexColor("#e8eef4")
LABEL_BG = colors.HexColor("#f2f5f8")
# System-written entries are not conversations with the client.
NOT_INTERACTIONS = ("pack_printed", "suitability")


@dataclass
class PackContext:
    """What every section needs: the client as plain data and how to print."""

    session: Session
    card: ClientCard
    language: str
    styles: dict[str, ParagraphStyle]
    width: float  # of the frame, in points
    printed_on: dt.date
    meeting_date: dt.date | None
    advisor: str | None
    office_name: str
    logo_path: str | None
    since: dt.date  # interactions and transactions from this day
    tz: dt.tzinfo | None = None
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def t(self) -> dict[str, str]:
        return STRINGS[self.language]

    def p(self, text: object, style: str = "body", *, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold=bold), self.styles[style])

    def heading(self, key: str) -> Paragraph:
        style = self.styles.get("h1_keep")
        if style is None:
            style = ParagraphStyle("h1_keep", parent=self.styles["h1"], keepWithNext=1)
            self.styles["h1_keep"] = style
        return Paragraph(markup(self.t[key], bold=True), style)

    def money(self, minor: int | None, currency: str) -> str:
        if minor is None:
            return self.t["none"]
        return format_money(minor, currency, self.language)

    def number(self, minor: int, currency: str) -> str:
        """An amount without its currency, for a column whose heading names it."""
        return f"{Money(minor, currency).amount:,.{currency_exponent(currency)}f}"

    def date(self, day: dt.date | None) -> str:
        return day.isoformat() if day else self.t["none"]


Section = Callable[[PackContext], list[Flowable]]


# ---- table helpers ------------------------------------------------------------------------


CELL_SIZE = 8.5
CELL_PAD = 6  # reportlab's default left and right cell padding


@lru_cache(maxsize=16384)
def text_runs(text: str, latin: str = LATIN) -> tuple[tuple[str, str], ...]:
    """pdf_fonts.runs(), remembered: a pack (and a batch) prints the same labels, names
    and account numbers many times, and finding each character's face is the dearest
    step of laying out a table cell."""
    return tuple(runs(text, latin))


def runs_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(chunk, face, size) for face, chunk in text_runs(text))


def fast_cell(value: object, width: float, *, bold: bool = False) -> tuple[str, str] | None:
    """(text, face) when a table can draw the value as a plain string: one line in one
    face that fits the column. A Paragraph costs ten times more to lay out, and most cells
    (dates, amounts, codes, names, short labels) need none of what it offers."""
    text = "" if value is None else str(value)
    if "\n" in text or len(text) > 80:
        return None
    latin = LATIN_BOLD if bold else LATIN
    faces = {f for f, _ in text_runs(text, latin)} or {latin}
    if len(faces) != 1:
        return None
    face = faces.pop()
    if face != latin and bold:
        return None  # the CJK face has no bold: a Paragraph marks it up
    if pdfmetrics.stringWidth(text, face, CELL_SIZE) > width - 2 * CELL_PAD:
        return None
    return text, face


class Lines(Flowable):
    """Lines of mixed-script text that each fit their cell, drawn run by run in the face
    that has the glyphs (pdf_fonts.draw_string). What a Paragraph would print for them, at
    a fraction of the cost: no markup parsing and no line breaking."""

    def __init__(self, lines: list[str], *, right: bool = False, color: str = "#000000"):
        super().__init__()
        self.lines = lines
        self.right = right
        self.color = color
        self.leading = CELL_SIZE * 1.3
        self._avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.leading * len(self.lines)

    def draw(self) -> None:
        # pdf_fonts.draw_string, with the runs remembered (see text_runs)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        height = self.leading * len(self.lines)
        for i, line in enumerate(self.lines):
            y = height - CELL_SIZE - i * self.leading
            x = self._avail - runs_width(line, CELL_SIZE) if self.right else 0.0
            for face, chunk in text_runs(line):
                canvas.setFont(face, CELL_SIZE)
                canvas.drawString(x, y, chunk)
                x += pdfmetrics.stringWidth(chunk, face, CELL_SIZE)
        canvas.restoreState()


def lines_cell(
    value: object, width: float, *, right: bool = False, color: str = "#000000"
) -> Lines | None:
    """A Lines flowable when every line of the (regular-weight) text fits the cell."""
    text = "" if value is None else str(value)
    lines = text.split("\n")
    if len(lines) > 4 or any(runs_width(line, CELL_SIZE) > width - 2 * CELL_PAD for line in lines):
        return None
    return Lines(lines, right=right, color=color)


def _plain(
    cells: list[list[Any]], row: int, col: int, fast: tuple[str, str], style: list[Any]
) -> None:
    """Put a fast cell in place, with its face when it is not the table's default."""
    text, face = fast
    cells[row][col] = text
    if face == CJK:
        style.append(("FONTNAME", (col, row), (col, row), CJK))


def _cell_style(extra: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]


def key_values(ctx: PackContext, pairs: Sequence[tuple[str, object]]) -> list[Flowable]:
    """A two-column label/value table of the pairs that have a value; [] when none has."""
    widths = [ctx.width * 0.3, ctx.width * 0.7]
    shown = [(ctx.t[key], value) for key, value in pairs if value not in (None, "", [])]
    if not shown:
        return []
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#555555")),
    ]
    rows: list[list[Any]] = [[None, None] for _ in shown]
    for r, pair in enumerate(shown):
        for c, text in enumerate(pair):
            fast = fast_cell(text, widths[c])
            if fast is not None:
                _plain(rows, r, c, fast, style)
            else:
                rows[r][c] = lines_cell(
                    text, widths[c], color="#555555" if c == 0 else "#000000"
                ) or ctx.p(text, "cell_label" if c == 0 else "cell")
    return [Table(rows, colWidths=widths, style=TableStyle(_cell_style(style)))]


def grid(
    ctx: PackContext,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    *,
    right: Sequence[int] = (),
    totals: Sequence[Sequence[object]] = (),
) -> Table:
    """A table whose header row repeats on every page it spans; totals rows in bold."""
    widths = [ctx.width * f for f in fractions]
    if "cell_right" not in ctx.styles:
        ctx.styles["cell_right"] = ParagraphStyle(
            "cell_right", parent=ctx.styles["cell"], alignment=2
        )

    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("FONTNAME", (0, 0), (-1, 0), LATIN_BOLD),
        *(("ALIGN", (col, 0), (col, -1), "RIGHT") for col in right),
    ]
    first_total = 1 + len(rows)
    if totals:
        extra += [
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, colors.HexColor("#555555")),
            ("FONTNAME", (0, first_total), (-1, -1), LATIN_BOLD),
        ]
    source = [list(header), *(list(r) for r in rows), *(list(r) for r in totals)]
    data: list[list[Any]] = [[None] * len(widths) for _ in source]
    for r, row in enumerate(source):
        bold = r == 0 or r >= first_total
        for c, value in enumerate(row):
            fast = fast_cell(value, widths[c], bold=bold)
            if fast is not None:
                _plain(data, r, c, fast, extra)
                continue
            quick = None if bold else lines_cell(value, widths[c], right=c in right)
            if quick is not None:
                data[r][c] = quick
            else:
                style = ctx.styles["cell_right"] if c in right else ctx.styles["cell"]
                data[r][c] = Paragraph(markup(value, bold=bold), style)
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(_cell_style(extra)))


# ---- sections -----------------------------------------------------------------------------


def cover(ctx: PackContext) -> list[Flowable]:
    t, card = ctx.t, ctx.card
    out: list[Flowable] = []
    logo = _logo(ctx)
    if logo is not None:
        out += [logo, Spacer(1, 6 * mm)]
    out += [Spacer(1, 30 * mm), ctx.p(t["title"], "title", bold=True), Spacer(1, 8 * mm)]
    name_style = ParagraphStyle(
        "cover_name", parent=ctx.styles["title"], fontSize=22, leading=30, spaceAfter=6
    )
    out.append(Paragraph(markup(card.display_name, bold=True), name_style))
    for household in card.households:
        out.append(ctx.p(f"{t['household']}: {household.name}", "subtitle"))
    out.append(Spacer(1, 14 * mm))
    facts = [
        ("meeting", ctx.meeting_date.isoformat() if ctx.meeting_date else None),
        ("advisor", ctx.advisor),
        ("office", ctx.office_name),
        ("prepared", ctx.printed_on.isoformat()),
    ]
    out += key_values(ctx, facts)
    out.append(Spacer(1, 20 * mm))
    mark = Table(
        [[ctx.p(t["confidential"], "body", bold=True)]],
        colWidths=[ctx.width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#9b2226")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    out += [mark, PageBreak()]
    return out


def _logo(ctx: PackContext) -> Flowable | None:
    """The office logo, scaled to 18 mm high; none when unset or unreadable."""
    if not ctx.logo_path:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(ctx.logo_path)
        w, h = reader.getSize()
    except Exception:  # a moved or damaged logo file must not stop the pack
        return None
    if not w or not h:
        return None
    height = 18 * mm
    image = Image(ctx.logo_path, width=height * w / h, height=height)
    image.hAlign = "LEFT"
    return image


def profile(ctx: PackContext) -> list[Flowable]:
    card, lang = ctx.card, ctx.language
    documents = []
    for doc in card.documents:
        kind = DOC_TYPE_LABELS[lang].get(doc.doc_type, doc.doc_type)
        text = f"{kind}  {mask_identifier(doc.number)}"
        if doc.expiry:
            text += f" ({ctx.t['expires'].format(date=doc.expiry.isoformat())})"
        documents.append(text)
    pairs = [
        ("legal_name", card.legal_name),
        ("chinese_name", card.chinese_name if card.chinese_name != card.legal_name else None),
        ("latin_name", card.latin_name),
        ("date_of_birth", card.date_of_birth.isoformat() if card.date_of_birth else None),
        ("nationality", card.nationality),
        ("occupation", card.occupation),
        ("employer", card.employer),
        ("documents", "\n".join(documents)),
    ]
    table = key_values(ctx, pairs)
    return [ctx.heading("profile"), *table] if table else []


def contacts(ctx: PackContext) -> list[Flowable]:
    card = ctx.card
    addresses = [
        ", ".join(
            part for part in (a.line1, a.line2, a.city, a.region, a.postal_code, a.country) if part
        )
        for a in card.addresses
    ]
    pairs = [
        ("phone", "\n".join(p.number for p in card.phones)),
        ("email", "\n".join(e.address for e in card.emails)),
        ("address", "\n".join(addresses)),
        ("wechat", card.wechat_id),
        (
            "preferred_channel",
            word(card.preferred_channel, ctx.language) if card.preferred_channel else None,
        ),
        ("contact_times", card.contact_times),
    ]
    table = key_values(ctx, pairs)
    return [ctx.heading("contacts"), *table] if table else []


def household(ctx: PackContext) -> list[Flowable]:
    out: list[Flowable] = []
    for hh in ctx.card.households:
        rows = [[m.name, word(m.role, ctx.language)] for m in hh.members]
        if rows:
            out += [
                ctx.p(hh.name, "h2", bold=True),
                grid(ctx, [ctx.t["member"], ctx.t["role"]], rows, [0.6, 0.4]),
            ]
    return [ctx.heading("household_members"), *out] if out else []


def lifecycle(ctx: PackContext) -> list[Flowable]:
    card, lang = ctx.card, ctx.language
    pairs = [
        ("status", word(card.status, lang)),
        ("tier", word(card.tier, lang)),
        ("advisor", card.owner),
        ("client_since", card.client_since.isoformat() if card.client_since else None),
        ("last_review", card.last_review.isoformat() if card.last_review else None),
        ("next_review", card.next_review.isoformat() if card.next_review else None),
        ("source", card.source),
    ]
    table = key_values(ctx, pairs)
    return [ctx.heading("lifecycle"), *table] if table else []


def financial(ctx: PackContext) -> list[Flowable]:
    snapshots = ctx.card.snapshots  # newest first
    if not snapshots:
        return []
    t, latest = ctx.t, snapshots[0]
    ccy = latest.currency
    total = latest.total_assets_minor
    rows = [
        [
            ASSET_LABELS[ctx.language].get(k, k),
            ctx.money(v, ccy),
            f"{v * 100 / total:.1f}%" if total else "",
        ]
        for k, v in sorted(latest.assets.items(), key=lambda kv: -kv[1])
        if v
    ]
    totals = [
        [t["total_assets"], ctx.money(total, ccy), "100.0%" if total else ""],
        [t["liabilities"], ctx.money(latest.liabilities_minor, ccy), ""],
        [t["net_worth"], ctx.money(latest.net_worth_minor, ccy), ""],
        [t["investable"], ctx.money(latest.investable_minor, ccy), ""],
    ]
    if latest.annual_income_minor is not None:
        totals.append([t["annual_income"], ctx.money(latest.annual_income_minor, ccy), ""])
    out: list[Flowable] = [
        ctx.heading("financial"),
        ctx.p(t["as_of"].format(date=latest.as_of.isoformat()), "small"),
        grid(
            ctx,
            [t["asset_class"], t["amount"], t["share"]],
            rows,
            [0.5, 0.32, 0.18],
            right=(1, 2),
            totals=totals,
        ),
    ]
    if len(snapshots) > 1:
        history = [
            [
                s.as_of.isoformat(),
                ctx.money(s.total_assets_minor, s.currency),
                ctx.money(s.liabilities_minor, s.currency),
                ctx.money(s.net_worth_minor, s.currency),
                ctx.money(s.investable_minor, s.currency),
            ]
            for s in snapshots[:MAX_HISTORY]
        ]
        out += [
            ctx.p(t["history"], "h2", bold=True),
            grid(
                ctx,
                [t["date"], t["total_assets"], t["liabilities"], t["net_worth"], t["investable"]],
                history,
                [0.16, 0.21, 0.21, 0.21, 0.21],
                right=(1, 2, 3, 4),
            ),
        ]
    return out


def charts(ctx: PackContext) -> list[Flowable]:
    """Allocation, net worth over time and portfolio value against contributions, drawn
    from the same series the card's charts use (app/chart_series.py)."""
    cid, t, lang = ctx.card.id or 0, ctx.t, ctx.language
    out: list[Flowable] = []
    alloc = chart_series.allocation(ctx.session, cid)
    if not alloc.empty and alloc.currency:
        out += [
            ctx.p(t["allocation"].format(currency=alloc.currency), "h2", bold=True),
            allocation_chart(
                [ASSET_LABELS[lang].get(k, k) for k in alloc.labels],
                list(alloc.series[0].values),
                width=ctx.width,
            ),
        ]
    for chart, title in (
        (chart_series.net_worth_over_time(ctx.session, cid), "net_worth_history"),
        (
            chart_series.value_vs_contributions(ctx.session, cid, ctx.since, ctx.printed_on),
            "performance",
        ),
    ):
        if chart.empty or len(chart.labels) < 2 or not chart.currency:
            continue
        out += [
            ctx.p(t[title].format(currency=chart.currency), "h2", bold=True),
            line_chart(
                [dt.date.fromisoformat(d) for d in chart.labels],
                [(t.get(s.key, s.key), s.values) for s in chart.series],
                chart.currency,
                width=ctx.width,
                language=ctx.language,
            ),
        ]
    return [KeepTogether([ctx.heading("charts"), *out])] if out else []


def _base(ctx: PackContext) -> str:
    if "base" not in ctx.cache:
        ctx.cache["base"] = portfolio.base_currency(ctx.session)
    return str(ctx.cache["base"])


def _holdings(ctx: PackContext) -> list[portfolio.HoldingRow]:
    if "holdings" not in ctx.cache:
        ctx.cache["holdings"] = portfolio.holdings(ctx.session, ctx.card.id or 0, ctx.printed_on)
    return list(ctx.cache["holdings"])


def _account(label: str) -> str:
    """Institution above the masked number, so the number never wraps mid-way."""
    institution, _, number = label.rpartition(" ")
    return f"{institution}\n{number}" if institution else number


def holdings(ctx: PackContext) -> list[Flowable]:
    """Every holding (a long list splits across pages, its header repeated) and the total
    in the office's base currency; accounts appear by institution and masked number."""
    rows = _holdings(ctx)
    if not rows:
        return []
    t, lang, base = ctx.t, ctx.language, _base(ctx)
    body = [
        [
            _account(r.account_label),
            f"{r.product_code} {r.product_name}",
            ASSET_LABELS[lang].get(r.asset_class, r.asset_class),
            f"R{r.risk_rating}",
            ctx.money(r.market_value, r.currency),
            ctx.number(r.value_base, base),
        ]
        for r in rows
    ]
    total = [t["total"], "", "", "", "", ctx.number(sum(r.value_base for r in rows), base)]
    return [
        ctx.heading("holdings"),
        ctx.p(t["valued"].format(currency=base), "small"),
        grid(
            ctx,
            [
                t["account"],
                t["product"],
                t["asset"],
                t["risk_rating"],
                t["market_value"],
                t["value_base"].format(currency=base),
            ],
            body,
            [0.22, 0.2, 0.145, 0.07, 0.2, 0.165],
            right=(4, 5),
            totals=[total],
        ),
    ]


def transactions(ctx: PackContext) -> list[Flowable]:
    """The period's transactions, oldest first, with the net contributions."""
    rows = portfolio.transactions(ctx.session, ctx.card.id or 0, ctx.since, ctx.printed_on)
    if not rows:
        return []
    t, lang, base = ctx.t, ctx.language, _base(ctx)
    body = [
        [
            r.trade_date.isoformat(),
            _account(r.account_label),
            word(r.kind, lang),
            f"{r.product_code} {r.product_name}" if r.product_code else "",
            ctx.money(r.amount, r.currency),
        ]
        for r in rows
    ]
    net = sum(r.contribution_base for r in rows)
    return [
        ctx.heading("transactions"),
        ctx.p(
            t["period"].format(start=ctx.since.isoformat(), end=ctx.printed_on.isoformat()),
            "small",
        ),
        grid(
            ctx,
            [t["date"], t["account"], t["kind"], t["product"], t["amount"]],
            body,
            [0.14, 0.22, 0.14, 0.3, 0.2],
            right=(4,),
            totals=[
                [t["net_contributions"].format(currency=base), "", "", "", ctx.money(net, base)]
            ],
        ),
    ]


def risk(ctx: PackContext) -> list[Flowable]:
    """Current level, expiry, the suitability statement, holdings above the level and the
    warnings recorded in the period; left out when the client was never assessed and
    nothing was flagged."""
    cid = ctx.card.id or 0
    status = current_risk(ctx.session, cid, ctx.printed_on)
    flagged = mismatches(ctx.session, ctx.since, ctx.printed_on, client_id=cid)
    if status.level is None and not status.professional and not flagged:
        return []
    t, lang = ctx.t, ctx.language
    level = int(status.level[1:]) if status.level else None
    pairs = [
        ("risk_level", status.level),
        ("assessed_on", status.assessed_on.isoformat() if status.assessed_on else None),
        ("valid_until", status.expires_on.isoformat() if status.expires_on else None),
        ("professional", t["yes"] if status.professional else None),
    ]
    if status.professional:
        statement = t["statement_professional"]
    elif level is None:
        statement = t["statement_none"]
    elif status.expired:
        statement = t["statement_expired"].format(date=ctx.date(status.expires_on))
    else:
        statement = t["statement_ok"].format(level=level)
    out: list[Flowable] = [ctx.heading("risk"), *key_values(ctx, pairs), ctx.p(statement)]
    if level is not None and not status.professional:
        above = [r for r in _holdings(ctx) if r.risk_rating > level]
        if above:
            out += [
                ctx.p(t["above_level"], "h2", bold=True),
                grid(
                    ctx,
                    [t["product"], t["risk_rating"], t["value_base"].format(currency=_base(ctx))],
                    [
                        [
                            f"{r.product_code} {r.product_name}",
                            f"R{r.risk_rating}",
                            ctx.number(r.value_base, _base(ctx)),
                        ]
                        for r in above
                    ],
                    [0.6, 0.15, 0.25],
                    right=(2,),
                ),
            ]
    if flagged:
        out += [
            ctx.p(t["mismatches"], "h2", bold=True),
            grid(
                ctx,
                [t["checked_on"], t["product"], t["risk_rating"], t["risk_level"], t["reason"]],
                [
                    [
                        m.checked_on.isoformat(),
                        f"{m.product_code} {m.product_name}",
                        f"R{m.product_rating}",
                        m.client_level or t["none"],
                        "; ".join(word(r, lang) for r in m.reasons),
                    ]
                    for m in flagged
                ],
                [0.15, 0.35, 0.08, 0.12, 0.3],
            ),
        ]
    return out


def consent(ctx: PackContext) -> list[Flowable]:
    states = ConsentService(ctx.session).current_state(ctx.card.id or 0, ctx.printed_on)
    if all(s.status == NEVER_ASKED for s in states):
        return []
    t, lang = ctx.t, ctx.language
    words = CODE_LABELS[lang]["status"]
    rows = []
    for s in states:
        label = purpose_label(s.purpose, lang)
        if s.third_party:
            label += f" ({s.third_party})"
        rows.append(
            [
                label,
                words.get(s.reason, s.reason.replace("_", " ")),
                ctx.date(to_local(s.since, ctx.tz).date() if s.since else None),
                ctx.date(s.expires_on),
            ]
        )
    return [
        ctx.heading("consent"),
        grid(
            ctx,
            [t["purpose"], t["state"], t["since"], t["consent_expires"]],
            rows,
            [0.52, 0.18, 0.15, 0.15],
        ),
    ]


def interactions(ctx: PackContext) -> list[Flowable]:
    from app.tasks import day_start_utc

    since = day_start_utc(ctx.since, ctx.tz)
    where = (
        InteractionClient.client_id == ctx.card.id,
        InteractionClient.occurred_at >= since,
        Interaction.deleted_at.is_(None),
        Interaction.kind.not_in(NOT_INTERACTIONS),
    )
    stmt = (
        select(
            Interaction.occurred_at, Interaction.kind, Interaction.subject, Interaction.created_by
        )
        .select_from(InteractionClient)
        .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        .where(*where)
        .order_by(InteractionClient.occurred_at.desc(), InteractionClient.interaction_id.desc())
        .limit(MAX_INTERACTIONS + 1)
    )
    found = ctx.session.execute(stmt).all()
    if not found:
        return []
    t = ctx.t
    rows = [
        [
            to_local(r.occurred_at, ctx.tz).date().isoformat(),
            word(r.kind, ctx.language),
            r.subject,
            r.created_by,
        ]
        for r in found[:MAX_INTERACTIONS]
    ]
    out: list[Flowable] = [
        ctx.heading("interactions"),
        ctx.p(t["interactions_since"].format(date=ctx.since.isoformat()), "small"),
        grid(ctx, [t["date"], t["kind"], t["subject"], t["by"]], rows, [0.15, 0.16, 0.51, 0.18]),
    ]
    if len(found) > MAX_INTERACTIONS:
        from sqlalchemy import func

        count = ctx.session.scalar(
            select(func.count())
            .select_from(InteractionClient)
            .join(Interaction, Interaction.id == InteractionClient.interaction_id)
            .where(*where)
        )
        out.append(ctx.p(t["more"].format(count=int(count or 0) - MAX_INTERACTIONS), "small"))
    return out


def next_steps(ctx: PackContext) -> list[Flowable]:
    stmt = (
        select(Task.due_at, Task.all_day, Task.title, Task.assignee)
        .where(Task.client_id == ctx.card.id, Task.status == "open")
        .order_by(Task.due_at, Task.id)
        .limit(MAX_TASKS)
    )
    found = ctx.session.execute(stmt).all()
    if not found:
        return []
    t = ctx.t
    rows = [
        [to_local(r.due_at, ctx.tz).date().isoformat(), r.title, r.assignee or t["none"]]
        for r in found
    ]
    return [
        ctx.heading("next_steps"),
        grid(ctx, [t["due"], t["task"], t["assignee"]], rows, [0.16, 0.62, 0.22]),
    ]


def notes(ctx: PackContext) -> list[Flowable]:
    """A page to write on during the meeting, with signature lines for client and advisor."""
    t = ctx.t
    ruled = Table(
        [[""] for _ in range(NOTE_LINES)],
        colWidths=[ctx.width],
        rowHeights=[9 * mm] * NOTE_LINES,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ]
        ),
    )
    line = "_" * 30
    signatures = Table(
        [
            [
                ctx.p(t["signature_client"], "cell_label"),
                ctx.p(t["signature_advisor"], "cell_label"),
            ],
            [Spacer(1, 14 * mm), Spacer(1, 14 * mm)],
            [ctx.p(line), ctx.p(line)],
            [ctx.p(f"{t['date']}: ________________"), ctx.p(f"{t['date']}: ________________")],
        ],
        colWidths=[ctx.width / 2, ctx.width / 2],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [
        PageBreak(),
        ctx.heading("notes"),
        ruled,
        Spacer(1, 10 * mm),
        KeepTogether([signatures]),
    ]


# The order of the pack. Keys are what the timeline records for a printed pack.
SECTIONS: tuple[tuple[str, Section], ...] = (
    ("cover", cover),
    ("profile", profile),
    ("contacts", contacts),
    ("household", household),
    ("lifecycle", lifecycle),
    ("financial", financial),
    ("charts", charts),
    ("holdings", holdings),
    ("transactions", transactions),
    ("risk", risk),
    ("consent", consent),
    ("interactions", interactions),
    ("next_steps", next_steps),
    ("notes", notes),
)
SECTION_KEYS = tuple(key for key, _ in SECTIONS)
