"""Messy import files, written the way the programs that make them write them.

Built in the tests (not committed binaries) so each byte is explained: Excel's "CSV"
on Chinese Windows is GB18030 with CRLF and quoted fields; its merged header and serial
dates come from openpyxl exactly as a workbook stores them; the vCard folds long lines.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.validation import prc_id_checksum_char


def prc_id(region: str, born: dt.date, seq: str = "123") -> str:
    first17 = f"{region}{born:%Y%m%d}{seq}"
    return first17 + prc_id_checksum_char(first17)


def bad_checksum(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


ZHANG_ID = prc_id("110105", dt.date(1975, 4, 2), "211")
LI_ID = prc_id("310104", dt.date(1982, 11, 30), "342")
CHEN_ID = prc_id("440305", dt.date(1990, 1, 15), "118")

HEADER = ["姓名", "身份证号", "手机", "电子邮箱", "出生日期", "性别", "可投资资产", "备注"]
ROWS = [
    [
        "张伟",
        ZHANG_ID,
        "138 0013 8000",
        "zhang.wei@example.cn",
        "1975/4/2",
        "男",
        "500万",
        "老客户",
    ],
    [
        "李娜",
        LI_ID,
        "13912345678",
        "li.na@example.cn",
        "1982年11月30日",
        "女",
        "1,200,000",
        '说"你好", 再见',
    ],
    ["陈静", CHEN_ID, "+86 137 0000 1111", "chen@example.cn", "1990-01-15", "女", "", ""],
]


def excel_gb18030_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """As Excel's "CSV (逗号分隔)" on Chinese Windows: GB18030, CRLF, quotes where needed."""
    import csv
    import io

    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    writer.writerows(ROWS if rows is None else rows)
    path.write_bytes(buf.getvalue().encode("gb18030"))
    return path


def merged_header_xlsx(path: Path) -> Path:
    """A group title row merged across columns, names on row 2, one name merged down two
    rows, and dates stored as serial numbers (one with a date format, one General)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "姓名"
    sheet.merge_cells("A1:A2")
    sheet["B1"] = "证件"
    sheet["B2"] = "身份证号"
    sheet.merge_cells("B1:B1")
    sheet["C1"] = "联系方式"
    sheet.merge_cells("C1:D1")
    sheet["C2"] = "手机"
    sheet["D2"] = "电子邮箱"
    sheet["E1"] = "出生日期"
    sheet.merge_cells("E1:E2")
    sheet["F1"] = "开户日期"
    sheet.merge_cells("F1:F2")
    serial_zhang = (dt.date(1975, 4, 2) - dt.date(1899, 12, 30)).days
    serial_li = (dt.date(1982, 11, 30) - dt.date(1899, 12, 30)).days
    sheet.append(["张伟", ZHANG_ID, 13800138000, "zhang.wei@example.cn", serial_zhang, 43831])
    sheet.append(["李娜", LI_ID, "13912345678", "li.na@example.cn", serial_li, 44197])
    sheet["E4"].number_format = "yyyy-mm-dd"  # stored as a serial, shown as a date
    book.save(path)
    return path


VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:王;伟;;;\r\n"
    "FN:王伟\r\n"
    "TEL;TYPE=CELL:+86 138 0013 8101\r\n"
    "TEL;TYPE=WORK,VOICE:010-6552 9988\r\n"
    "TEL;TYPE=HOME:+86 139 1111 2222\r\n"
    "EMAIL;TYPE=INTERNET:wang.wei@exa\r\n"
    " mple.cn\r\n"
    "NOTE:A very long note that a phone folds over more than one line because vC\r\n"
    "\tard lines are limited to 75 octets\\, with an escaped comma\r\n"
    "BDAY:1980-03-15\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Emily Chan\r\n"
    "N:Chan;Emily;;;\r\n"
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+852-9123-4567\r\n'
    "EMAIL:emily.chan@example.hk\r\n"
    "BDAY:19850704\r\n"
    "ORG:Harbour Capital\r\n"
    "END:VCARD\r\n"
)


def folded_vcard(path: Path) -> Path:
    path.write_bytes(VCARD.encode("utf-8"))
    return path
