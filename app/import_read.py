"""Read an import file into one plain table of text cells: CSV, XLSX or vCard.

Offices bring spreadsheets saved by Excel or WPS on Chinese Windows (GB18030, CRLF, quoted
fields), "Unicode text" saves (UTF-16, tab-separated), UTF-8 with or without a BOM,
workbooks whose header spans two rows with merged group cells, and phone contacts as vCard
3.0/4.0. Whatever the source, the importer sees `SourceTable`: header texts and rows of
stripped strings, with dates already as ISO text. Mapping and validation happen later
(app/import_mapping.py, app/client_import.py), so this module knows nothing of clients.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

# Encodings the user may choose (and that detection can return). "gbk" is a subset of
# GB18030 and decodes the same files, so GB18030 stands for both.
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be")
MAX_BYTES = 200 * 1024 * 1024
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, with Lotus's 1900 leap day


class ImportReadError(Exception):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class SourceTable:
    kind: str  # csv, xlsx, vcard
    headers: list[str]
    rows: list[list[str]]
    encoding: str | None = None
    # 1-based line (CSV), sheet row (XLSX) or card number (vCard) of each data row, for reports
    row_numbers: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = list(range(1, len(self.rows) + 1))


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    raise ImportReadError(
        f"{path.name}: unknown file type {suffix or '(none)'}; use .csv, .xlsx or .vcf."
    )


def read_source(path: Path, encoding: str | None = None) -> SourceTable:
    """Read `path` by its extension; `encoding` overrides detection for CSV and vCard."""
    kind = kind_of(path)
    if encoding is not None and encoding.lower() not in ENCODINGS:
        raise ImportReadError(f"Unknown encoding {encoding!r}; use one of: {', '.join(ENCODINGS)}.")
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportReadError(f"Cannot open {path.name}: the file does not exist.") from None
    if size > MAX_BYTES:
        raise ImportReadError(f"{path.name} is larger than {MAX_BYTES // 2**20} MB; split it.")
    if kind == "xlsx":
        return read_xlsx(path)
    data = path.read_bytes()
    text, used = decode(data, encoding)
    if kind == "vcard":
        return read_vcard_text(text, used)
    return read_csv_text(text, used)


# ---- encodings ------------------------------------------------------------------------------


def detect_encoding(data: bytes) -> str:
    """The encoding of an import file: BOMs first, then strict UTF-8, then UTF-16 without a
    BOM (every other byte zero), then GB18030 (what Excel and WPS write on Chinese Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if len(sample) >= 4:
        even_zero = sample[0::2].count(0) / len(sample[0::2])
        odd_zero = sample[1::2].count(0) / len(sample[1::2])
        if odd_zero > 0.3 and even_zero < 0.05:
            return "utf-16-le"
        if even_zero > 0.3 and odd_zero < 0.05:
            return "utf-16-be"
    try:
        data.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        raise ImportReadError(
            "The file's encoding could not be recognised (not UTF-8, UTF-16 or GB18030); "
            "choose the encoding it was saved in."
        ) from None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    used = encoding.lower() if encoding else detect_encoding(data)
    try:
        text = data.decode(used)
    except UnicodeDecodeError as exc:
        raise ImportReadError(
            f"The file is not valid {used} (byte {exc.start}); choose another encoding."
        ) from None
    return text.lstrip("\ufeff"), used


# ---- CSV ------------------------------------------------------------------------------------


def read_csv_text(text: str, encoding: str | None = None) -> SourceTable:
    if not text.strip():
        raise ImportReadError("The file is empty: there is no header row.")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise ImportReadError(f"The CSV file is malformed ({exc}).") from None
    headers = [h.strip() for h in lines[0]]
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, line in enumerate(lines[1:], start=2):
        cells = [c.strip() for c in line]
        if not any(cells):
            continue  # blank lines Excel leaves at the end
        cells += [""] * (len(headers) - len(cells))
        rows.append(cells[: max(len(headers), len(cells))])
        numbers.append(number)
    _check_headers(headers)
    return SourceTable("csv", headers, rows, encoding, numbers)


def _check_headers(headers: list[str]) -> None:
    if not any(headers):
        raise ImportReadError("The first row holds no column names; add a header row.")


# ---- XLSX -----------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A worksheet value as import text: dates as ISO, whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip()


def read_xlsx(path: Path) -> SourceTable:
    """The first worksheet. A header may span several rows through merged cells (a group
    title merged across its columns above the column names); each column's header joins
    the distinct texts above it with '/', the most specific last."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportReadError(
            f"{path.name} is not a readable Excel workbook ({type(exc).__name__})."
        ) from None
    try:
        sheet = book.worksheets[0]
        header_rows = 1
        fill: dict[tuple[int, int], object] = {}
        for merged in sheet.merged_cells.ranges:
            if merged.min_row == 1:
                header_rows = max(header_rows, merged.max_row)
            top = sheet.cell(merged.min_row, merged.min_col).value
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    fill[(r, c)] = top
        if header_rows > 1:  # a merged group title: the names sit on the row below it
            header_rows = max(header_rows, 2)
        width = sheet.max_column
        headers = []
        for c in range(1, width + 1):
            parts: list[str] = []
            for r in range(1, header_rows + 1):
                text = cell_text(fill.get((r, c), sheet.cell(r, c).value))
                if text and text not in parts:
                    parts.append(text)
            headers.append("/".join(parts))
        rows: list[list[str]] = []
        numbers: list[int] = []
        for r, values in enumerate(
            sheet.iter_rows(min_row=header_rows + 1, max_col=width, values_only=True),
            start=header_rows + 1,
        ):
            cells = [cell_text(v) for v in values]
            if any(cells):
                rows.append(cells)
                numbers.append(r)
    finally:
        book.close()
    _check_headers(headers)
    return SourceTable("xlsx", headers, rows, None, numbers)


def excel_serial_date(text: str) -> dt.date | None:
    """An Excel serial day number ("45000") as a date, or None when it is not one."""
    if not text.isdigit() or not 1 <= len(text) <= 5:
        return None
    serial = int(text)
    if serial < 1:
        return None
    return EXCEL_EPOCH + dt.timedelta(days=serial)


# ---- vCard ----------------------------------------------------------------------------------

VCARD_HEADERS_FIXED = ("FN", "N", "BDAY", "ORG", "TITLE", "NOTE", "ADR")


def _unfold(text: str) -> list[str]:
    """RFC 6350 3.2: a line break followed by a space or tab continues the line."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and out:
            out[-1] += raw[1:]
        else:
            out.append(raw)
    return out


def _unescape(value: str) -> str:
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_property(line: str) -> tuple[str, dict[str, str], str] | None:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return None
    name, *params = head.split(";")
    name = name.split(".")[-1].upper()  # "item1.TEL" (Apple's groups)
    parsed: dict[str, str] = {}
    for param in params:
        key, _, val = param.partition("=")
        if not val:  # vCard 2.1 bare types: TEL;CELL:...
            key, val = "TYPE", key
        parsed.setdefault(key.upper(), "")
        joined = ",".join(x for x in (parsed[key.upper()], val.strip('"')) if x)
        parsed[key.upper()] = joined
    return name, parsed, value


def read_vcard_text(text: str, encoding: str | None = None) -> SourceTable:
    cards: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in _unfold(text):
        if not line.strip():
            continue
        prop = _split_property(line)
        if prop is None:
            continue
        name, _params, value = prop
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            current = {}
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            if current is not None:
                cards.append(current)
            current = None
            continue
        if current is None:
            continue
        if name == "TEL":
            value = value.strip()
            if value.lower().startswith("tel:"):  # vCard 4.0 URI form
                value = value[4:].split(";")[0]
            current.setdefault("TEL", []).append(value)
        elif name == "EMAIL":
            current.setdefault("EMAIL", []).append(_unescape(value.strip()))
        elif name == "N":
            parts = [_unescape(p) for p in _split_unescaped(value, ";")]
            family, given = [*parts, "", ""][:2]
            current["N"] = [_join_name(family, given)]
        elif name == "ORG":
            current["ORG"] = [_unescape(_split_unescaped(value, ";")[0])]
        elif name == "ADR":
            parts = [_unescape(p) for p in _split_unescaped(value, ";")]
            current["ADR"] = [", ".join(p for p in parts if p)]
        elif name == "BDAY":
            current["BDAY"] = [_vcard_date(value.strip())]
        elif name in VCARD_HEADERS_FIXED:
            current[name] = [_unescape(value).strip()]
    if current is not None:
        raise ImportReadError("The vCard file ends inside a card (no END:VCARD).")
    if not cards:
        raise ImportReadError("The file holds no vCard (no BEGIN:VCARD ... END:VCARD).")
    tels = max(len(c.get("TEL", [])) for c in cards)
    emails = max(len(c.get("EMAIL", [])) for c in cards)
    headers = list(VCARD_HEADERS_FIXED)
    headers += [f"TEL {i}" for i in range(1, tels + 1)]
    headers += [f"EMAIL {i}" for i in range(1, emails + 1)]
    rows = []
    for card in cards:
        row = [(card.get(h) or [""])[0] for h in VCARD_HEADERS_FIXED]
        row += (card.get("TEL", []) + [""] * tels)[:tels]
        row += (card.get("EMAIL", []) + [""] * emails)[:emails]
        rows.append(row)
    return SourceTable("vcard", headers, rows, encoding)


def _split_unescaped(value: str, sep: str) -> list[str]:
    parts, buf, i = [], [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            buf.append(value[i : i + 2])
            i += 2
            continue
        if value[i] == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(value[i])
        i += 1
    parts.append("".join(buf))
    return parts


def _join_name(family: str, given: str) -> str:
    from app.pinyin import has_han

    if has_han(family + given):
        return family + given  # 王 + 伟 = 王伟, no space
    return " ".join(p for p in (given, family) if p)


def _vcard_date(value: str) -> str:
    """BDAY as ISO: 19800315, 1980-03-15, 1980-03-15T00:00:00Z; "--0315" (no year) as is."""
    value = value.split("T")[0]
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value
