"""A client review pack as PDF: the document, its page chrome, and the record of printing.

`compose()` reads one client's sections (app/pack_sections.py) into a `PackStory`;
`render()` lays out one or more stories as ONE platypus document, so a batch merged into a
single PDF costs no PDF merging and each client's pages are still numbered "page X of Y"
on their own: a zero-size marker flowable at the start of each story tells the canvas
whose pages follow. The canvas holds pages until the end (when every pack's page count
is known) and then draws the header, the footer, the optional watermark and the optional
footer note (the audit-chain head, passed in by whoever keeps the chain).

Fonts come from app/pdf_fonts.py: Vera for Latin and Droid Sans Fallback for CJK, both
TrueType, subset and embedded, so a pack prints the same on a machine without them.
`record_printed()` puts a "pack_printed" entry on the client's timeline: who, when, which
sections.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clients import ClientService
from app.consent_form import language_of
from app.ics_export import MEETING_TASKS
from app.pack_sections import SECTIONS, PackContext
from app.pack_text import LANGUAGES, SECTION_TITLES, STRINGS
from app.pdf_fonts import LATIN, draw_string, paragraph_styles, string_width
from app.settings import SettingsService
from app.tasks import day_start_utc, to_local
from db.atomic_file import TargetExists, atomic_write
from db.models import Client, Task

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
WATERMARK_MAX = 40
FOOTER_NOTE_MAX = 120
PARTIAL_PREFIX = ".advisordesk-pack-"


class PackError(Exception):
    """An expected failure with a one-line message for the user."""


class PackCancelled(Exception):
    """The user cancelled; whatever was being written has been removed."""


@dataclass(frozen=True)
class PackOptions:
    language: str | None = None  # "zh" or "en"; None: the client's own
    page_size: str = "A4"  # or "Letter"
    watermark: str | None = None  # e.g. "DRAFT" or the advisor's name
    footer_note: str | None = None  # e.g. the audit chain head, printed small on every page
    meeting_date: dt.date | None = None  # None: the client's next scheduled meeting, if any
    since: dt.date | None = None  # None: the last review, else a year before printing
    printed_on: dt.date | None = None  # None: today
    advisor: str | None = None  # None: the client's owner
    tz: dt.tzinfo | None = field(default=None, compare=False)

    def checked(self) -> PackOptions:
        """The options, or PackError naming the first bad one."""
        if self.language is not None and self.language not in LANGUAGES:
            raise PackError(f"Unknown pack language {self.language!r}; use zh or en.")
        if self.page_size not in PAGE_SIZES:
            raise PackError(f"Unknown page size {self.page_size!r}; use A4 or Letter.")
        mark = (self.watermark or "").strip()
        if len(mark) > WATERMARK_MAX:
            raise PackError(f"The watermark is longer than {WATERMARK_MAX} characters.")
        note = (self.footer_note or "").strip()
        if len(note) > FOOTER_NOTE_MAX or "\n" in note:
            raise PackError(
                f"The footer note must be one line of at most {FOOTER_NOTE_MAX} characters."
            )
        return self


@dataclass(frozen=True)
class PackChrome:
    """What the canvas prints around one client's pages."""

    seq: int
    header: str
    printed: str
    page_format: str


@dataclass
class PackStory:
    client_id: int
    name: str
    language: str
    sections: tuple[str, ...]
    flowables: list[Flowable]
    chrome: PackChrome


@dataclass(frozen=True)
class PackResult:
    client_id: int
    name: str
    language: str
    sections: tuple[str, ...]
    pages: int
    pdf: bytes


# ---- reading ------------------------------------------------------------------------------


def next_meeting(
    session: Session, client_id: int, on: dt.date, tz: dt.tzinfo | None = None
) -> dt.date | None:
    """The day of the client's first open meeting or review task from `on`."""
    due = session.scalar(
        select(Task.due_at)
        .where(
            Task.client_id == client_id,
            Task.status == "open",
            Task.kind.in_(MEETING_TASKS),
            Task.due_at >= day_start_utc(on, tz),
        )
        .order_by(Task.due_at)
        .limit(1)
    )
    return to_local(due, tz).date() if due is not None else None


def frame_width(page_size: str) -> float:
    return PAGE_SIZES[page_size][0] - 2 * MARGIN_X


def compose(session: Session, client_id: int, options: PackOptions, seq: int = 0) -> PackStory:
    """One client's pack as flowables, with the sections that had data."""
    options = options.checked()
    if session.get(Client, client_id) is None:
        raise PackError(f"There is no client {client_id} in this office.")
    from app.erasure import erasure_date

    if erasure_date(session, client_id) is not None:
        raise PackError(f"Client {client_id} was erased; there is no pack to print.")
    card = ClientService(session).load(client_id)
    language = options.language or language_of(card.language)
    printed_on = options.printed_on or dt.datetime.now(options.tz).date()
    since = options.since or card.last_review or printed_on - dt.timedelta(days=365)
    if since > printed_on:
        raise PackError(
            f"The period starts on {since.isoformat()}, after the print date "
            f"{printed_on.isoformat()}; choose an earlier start."
        )
    settings = SettingsService(session)
    ctx = PackContext(
        session=session,
        card=card,
        language=language,
        styles=paragraph_styles(language),
        width=frame_width(options.page_size),
        printed_on=printed_on,
        meeting_date=options.meeting_date
        or next_meeting(session, client_id, printed_on, options.tz),
        advisor=(options.advisor or card.owner or "").strip() or None,
        office_name=str(settings.get("office.name")),
        logo_path=str(settings.get("packs.logo_path")).strip() or None,
        since=since,
        tz=options.tz,
    )
    flowables: list[Flowable] = []
    included: list[str] = []
    for key, section in SECTIONS:
        part = section(ctx)
        if part:
            included.append(key)
            flowables += part
    t = STRINGS[language]
    chrome = PackChrome(
        seq=seq,
        header=t["header"].format(name=card.display_name),
        printed=t["printed"].format(date=printed_on.isoformat()),
        page_format=t["page"],
    )
    return PackStory(client_id, card.display_name, language, tuple(included), flowables, chrome)


# ---- layout -------------------------------------------------------------------------------


class _PackMark(Flowable):
    """Zero-size: tells the canvas that the pages from here on belong to this pack."""

    def __init__(self, chrome: PackChrome, on_start: Callable[[int], None] | None) -> None:
        super().__init__()
        self.chrome = chrome
        self.on_start = on_start

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.pack_chrome = self.chrome  # type: ignore[attr-defined]
        if self.on_start is not None:
            self.on_start(self.chrome.seq)


def _canvas_class(office_name: str, watermark: str | None, footer_note: str | None) -> type:
    class PackCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the default initial font is Helvetica, which would be referenced unembedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
            super().__init__(*args, **kwargs)
            self._held: list[tuple[dict[str, Any], PackChrome | None]] = []
            self.pack_chrome: PackChrome | None = None

        def showPage(self) -> None:
            self._held.append((dict(self.__dict__), self.pack_chrome))
            self._startPage()

        def save(self) -> None:
            totals = Counter(c.seq if c else -1 for _, c in self._held)
            numbers: Counter[int] = Counter()
            for state, chrome in self._held:
                key = chrome.seq if chrome else -1
                numbers[key] += 1
                self.__dict__.update(state)
                if chrome is not None:
                    self._chrome(chrome, numbers[key], totals[key])
                super().showPage()
            super().save()

        def _chrome(self, chrome: PackChrome, number: int, total: int) -> None:
            width, height = self._pagesize
            left, right = 18 * mm, width - 18 * mm
            self.saveState()
            if watermark:
                self._watermark(width, height)
            self.setFillColor("#555555")
            self.setStrokeColor("#b8c2cc")
            self.setLineWidth(0.4)
            top = height - 12 * mm
            draw_string(self, left, top, chrome.header, 8)
            draw_string(self, right, top, office_name, 8, align="right")
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            bottom = 11 * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            draw_string(self, left, bottom, chrome.printed, 8)
            page = chrome.page_format.format(page=number, total=total)
            draw_string(self, right, bottom, page, 8, align="right")
            if footer_note:
                self.setFillColor("#888888")
                draw_string(self, left, bottom - 3.5 * mm, footer_note, 6)
            self.restoreState()

        def _watermark(self, width: float, height: float) -> None:
            assert watermark
            size = 72.0
            longest = (width**2 + height**2) ** 0.5 * 0.7
            measured = string_width(watermark, size)
            if measured > longest:
                size *= longest / measured
            self.saveState()
            self.setFillColor("#9aa5b1")
            self.setFillAlpha(0.18)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            draw_string(self, 0, -size / 3, watermark, size, align="center")
            self.restoreState()

    return PackCanvas


def render(
    stories: Sequence[PackStory],
    out: BinaryIO,
    options: PackOptions,
    office_name: str,
    *,
    on_start: Callable[[int], None] | None = None,
) -> dict[int, int]:
    """Lay the stories out as one PDF into `out`; the number of pages of each (by seq).

    `on_start(seq)` runs as each story's first page is laid out: it may raise (e.g.
    PackCancelled) to abandon the document."""
    options = options.checked()
    story: list[Flowable] = []
    for i, pack in enumerate(stories):
        if i:
            story.append(PageBreak())
        story.append(_PackMark(pack.chrome, on_start))
        story += pack.flowables
    title = STRINGS[stories[0].language]["title"] if stories else ""
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZES[options.page_size],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=office_name,
        initialFontName=LATIN,
        invariant=1,
    )
    canvas_class = _canvas_class(
        office_name,
        (options.watermark or "").strip() or None,
        (options.footer_note or "").strip() or None,
    )
    pages: dict[int, int] = {}

    class Counting(canvas_class):  # type: ignore[misc, valid-type]
        def save(self) -> None:
            for _, chrome in self._held:
                if chrome is not None:
                    pages[chrome.seq] = pages.get(chrome.seq, 0) + 1
            super().save()

    doc.build(story, canvasmaker=Counting)
    return pages


def build_pack(session: Session, client_id: int, options: PackOptions) -> PackResult:
    """One client's pack as PDF bytes (nothing is written or recorded)."""
    if options.footer_note is None:  # the audit chain's head, so a rollback shows
        options = dataclasses.replace(options, footer_note=audit.footer_note(session))
    story = compose(session, client_id, options)
    buf = io.BytesIO()
    office_name = str(SettingsService(session).get("office.name"))
    pages = render([story], buf, options, office_name)
    return PackResult(
        story.client_id,
        story.name,
        story.language,
        story.sections,
        pages.get(story.chrome.seq, 0),
        buf.getvalue(),
    )


# ---- writing and recording ----------------------------------------------------------------


def partial_path(target: Path) -> Path:
    """A temporary name next to `target` (same folder, so the final rename is atomic)."""
    return target.with_name(f"{PARTIAL_PREFIX}{secrets.token_hex(4)}-{target.name}.partial")


def write_pack_file(target: Path, write: Callable[[BinaryIO], Any]) -> Any:
    """Write a pack through `write(fh)` with db/atomic_file (a unique hidden temporary
    name in the target's folder, so sweep_stale_partials can find ours), every failure
    as one PackError line.

    A cancel (PackCancelled), an error or a crash leaves no file under the target's name;
    an existing target is never overwritten."""
    if target.exists():
        raise PackError(f"{target.name} already exists; choose another name (not overwriting).")
    if not target.parent.is_dir():
        raise PackError(f"The folder {target.parent} does not exist; create it first.")
    try:
        with atomic_write(target, partial=partial_path(target)) as fh:
            result = write(fh)
    except TargetExists:
        raise PackError(
            f"{target.name} appeared while the pack was written; not overwriting."
        ) from None
    except OSError as exc:
        raise PackError(f"{target.name} could not be written ({exc.strerror}).") from None
    return result


def record_printed(
    session: Session,
    client_id: int,
    sections: Sequence[str],
    language: str,
    actor: str,
    *,
    now: dt.datetime | None = None,
) -> int:
    """The timeline entry for a printed (or saved) pack: who, when, which sections."""
    from app.timeline import InteractionService

    audit.record(
        session, actor, "pack", client_id, "review_pack", sections=list(sections), language=language
    )
    t = STRINGS[language]
    titles = ", ".join(SECTION_TITLES[language].get(k, k) for k in sections)
    moment = now or dt.datetime.now(dt.UTC)
    return InteractionService(session, actor).record(
        [client_id],
        "pack_printed",
        moment,
        t["timeline_subject"],
        t["timeline_body"].format(sections=titles),
        now=moment,
    )


def save_pack(
    session: Session,
    client_id: int,
    target: Path,
    options: PackOptions,
    actor: str,
    *,
    now: dt.datetime | None = None,
) -> PackResult:
    """Build one pack, write it to `target` atomically and record it on the timeline.

    The caller commits the session (the timeline entry) after this returns."""
    result = build_pack(session, client_id, options)
    write_pack_file(Path(target), lambda fh: fh.write(result.pdf))
    record_printed(session, client_id, result.sections, result.language, actor, now=now)
    return result
