"""Fonts for every AdvisorDesk PDF, the paragraph styles built on them, and mixed-script text.

Droid Sans Fallback (Apache-2.0, resources/fonts) is a TrueType font with glyf outlines for
CJK, but — being a *fallback* font — it has no Latin glyphs at all (its cmap holds nothing
below U+0E00 but NUL, space and no-break space). Latin text therefore uses Bitstream Vera,
the TrueType family that ships inside the ReportLab wheel (Bitstream Vera licence: free to
embed and redistribute). `markup()` splits any text into runs and gives each run the face
that has its glyphs, so an English page with a Chinese name on it, or a Chinese page with
account codes and dates on it, both print without a missing glyph. ReportLab embeds the
subset of glyphs a document uses, so a PDF looks the same on a machine without the fonts.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

CJK = "AdvisorDeskCJK"
LATIN = "AdvisorDeskLatin"
LATIN_BOLD = "AdvisorDeskLatinBold"
CJK_PATH = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
_VERA_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
LATIN_PATH = _VERA_DIR / "Vera.ttf"
LATIN_BOLD_PATH = _VERA_DIR / "VeraBd.ttf"

_cmaps: dict[str, frozenset[int]] = {}


class FontMissing(RuntimeError):
    """A font file is not where the installation put it."""


def register_fonts() -> None:
    """Register the fonts once per process."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in ((CJK, CJK_PATH), (LATIN, LATIN_PATH), (LATIN_BOLD, LATIN_BOLD_PATH)):
        if name in registered:
            continue
        if not path.is_file():
            raise FontMissing(f"The PDF font {path.name} is missing; reinstall AdvisorDesk.")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _cmaps[name] = frozenset(font.face.charToGlyph)


def _has(face: str, ch: str) -> bool:
    register_fonts()
    return ord(ch) in _cmaps[face]


def face_for(ch: str, latin: str = LATIN) -> str:
    """The face that draws `ch`: Latin where Vera has the glyph, else the CJK font."""
    if ch in " \u00a0" or _has(latin, ch):
        return latin
    return CJK if _has(CJK, ch) else latin


def runs(text: str, latin: str = LATIN) -> list[tuple[str, str]]:
    """Split text into (face, chunk) runs of one face each."""
    out: list[tuple[str, str]] = []
    for ch in text:
        face = face_for(ch, latin)
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


def markup(text: object, *, bold: bool = False) -> str:
    """Paragraph markup for arbitrary text: XML-escaped, each run in the face that has it."""
    latin = LATIN_BOLD if bold else LATIN
    parts = []
    for face, chunk in runs("" if text is None else str(text), latin):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if face == latin else f'<font face="{face}">{body}</font>')
    return "".join(parts)


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    latin = LATIN_BOLD if bold else LATIN
    return sum(pdfmetrics.stringWidth(chunk, face, size) for face, chunk in runs(text, latin))


def draw_string(
    canvas: object, x: float, y: float, text: str, size: float, *, align: str = "left"
) -> None:
    """canvas.drawString for mixed-script text (headers, footers, form lines)."""
    if align == "right":
        x -= string_width(text, size)
    elif align == "center":
        x -= string_width(text, size) / 2
    for face, chunk in runs(text):
        canvas.setFont(face, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, chunk)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(chunk, face, size)


def paragraph_styles(language: str) -> dict[str, ParagraphStyle]:
    """Title, heading, body and table-cell styles.

    Chinese text has no spaces to break at: wordWrap='CJK' lets a line break between any
    two characters (keeping ReportLab's rules for closing punctuation). Chinese lines get
    a little more leading, as CJK glyphs fill the whole em box.
    """
    register_fonts()
    wrap = "CJK" if language == "zh" else None
    leading_factor = 1.5 if language == "zh" else 1.3

    def style(name: str, size: float, font: str = LATIN, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * leading_factor,
            bulletFontName=LATIN,
            wordWrap=wrap,
            **kw,  # type: ignore[arg-type]
        )

    return {
        "title": style("title", 16, LATIN_BOLD, spaceAfter=4, alignment=TA_CENTER),
        "subtitle": style("subtitle", 9, spaceAfter=10, alignment=TA_CENTER, textColor="#555555"),
        "h1": style("h1", 12, LATIN_BOLD, spaceBefore=10, spaceAfter=4, textColor="#1f3b63"),
        "h2": style("h2", 10, LATIN_BOLD, spaceBefore=6, spaceAfter=2, textColor="#333333"),
        "body": style("body", 9.5, spaceAfter=3),
        "small": style("small", 8, textColor="#444444"),
        "cell": style("cell", 8.5),
        "cell_label": style("cell_label", 8.5, textColor="#555555"),
    }


def numbered_canvas(
    *, header_left: str, header_right: str, footer_left: str, page_format: str
) -> type:
    """A canvas class for doc.build(canvasmaker=…) that draws a header and a footer with
    "page X of Y" on every page: pages are held until the end, when Y is known."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # the default initial font is Helvetica, which would be referenced unembedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._chrome(number, total)
                super().showPage()
            super().save()

        def _chrome(self, number: int, total: int) -> None:
            width, height = self._pagesize if hasattr(self, "_pagesize") else A4
            left, right = 18 * mm, width - 18 * mm
            self.saveState()
            self.setFillColor("#555555")
            self.setStrokeColor("#b8c2cc")
            self.setLineWidth(0.4)
            top = height - 12 * mm
            draw_string(self, left, top, header_left, 8)
            draw_string(self, right, top, header_right, 8, align="right")
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            bottom = 10 * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            draw_string(self, left, bottom, footer_left, 8)
            draw_string(
                self, right, bottom, page_format.format(page=number, total=total), 8, align="right"
            )
            self.restoreState()

    return _NumberedCanvas
