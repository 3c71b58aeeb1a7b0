"""Reading messy import files: encodings, Excel's CSV, merged XLSX headers, folded vCards."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from app.import_mapping import suggest_mapping
from app.import_read import ImportReadError, detect_encoding, read_source
from tests.app.import_files import (
    HEADER,
    LI_ID,
    ZHANG_ID,
    excel_gb18030_csv,
    folded_vcard,
    merged_header_xlsx,
)


def test_excel_gb18030_csv_is_detected_and_read(tmp_path: Path) -> None:
    path = excel_gb18030_csv(tmp_path / "客户.csv")
    raw = path.read_bytes()
    assert b"\r\n" in raw and raw.decode("gb18030")  # really what Excel writes
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    table = read_source(path)
    assert table.encoding == "gb18030"
    assert table.headers == HEADER
    assert table.rows[0][:2] == ["张伟", ZHANG_ID]
    assert table.rows[1][7] == '说"你好", 再见'  # quoted field with a comma and quotes
    assert table.row_numbers == [2, 3, 4]


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, bom: bytes, expected: str) -> None:
    text = "姓名\t手机\r\n张伟\t13800138000\r\n"
    path = tmp_path / "a.csv"
    path.write_bytes(bom + text.encode(encoding))
    assert detect_encoding(path.read_bytes()) == expected
    table = read_source(path)
    assert table.headers == ["姓名", "手机"]  # tab-separated "Unicode text" too
    assert table.rows == [["张伟", "13800138000"]]


def test_encoding_override_and_a_wrong_override(tmp_path: Path) -> None:
    path = excel_gb18030_csv(tmp_path / "a.csv")
    assert read_source(path, encoding="gbk").rows[0][0] == "张伟"
    with pytest.raises(ImportReadError, match="not valid utf-8"):
        read_source(path, encoding="utf-8")
    with pytest.raises(ImportReadError, match="Unknown encoding"):
        read_source(path, encoding="latin-9")


def test_bad_files_get_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ImportReadError, match="does not exist"):
        read_source(tmp_path / "missing.csv")
    with pytest.raises(ImportReadError, match="unknown file type"):
        read_source(tmp_path / "x.pdf")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportReadError, match="empty"):
        read_source(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(ImportReadError, match="not a readable Excel workbook"):
        read_source(fake)
    card = tmp_path / "cut.vcf"
    card.write_text("BEGIN:VCARD\r\nFN:x\r\n")
    with pytest.raises(ImportReadError, match="END:VCARD"):
        read_source(card)


def test_xlsx_merged_header_and_serial_dates(tmp_path: Path) -> None:
    table = read_source(merged_header_xlsx(tmp_path / "book.xlsx"))
    assert table.headers == [
        "姓名",
        "证件/身份证号",
        "联系方式/手机",
        "联系方式/电子邮箱",
        "出生日期",
        "开户日期",
    ]
    assert table.row_numbers == [3, 4]
    zhang, li = table.rows
    assert zhang[2] == "13800138000"  # a number cell, not "13800138000.0"
    assert zhang[4] == str((dt.date(1975, 4, 2) - dt.date(1899, 12, 30)).days)  # General: serial
    assert li[4] == "1982-11-30"  # date-formatted serial: openpyxl gives the date
    assert li[1] == LI_ID
    mapping = suggest_mapping(table.headers)
    assert mapping == {
        "姓名": "legal_name",
        "证件/身份证号": "id_number",
        "联系方式/手机": "phone",
        "联系方式/电子邮箱": "email",
        "出生日期": "date_of_birth",
        "开户日期": "client_since",
    }


def test_vcard_folded_lines_and_several_phones(tmp_path: Path) -> None:
    table = read_source(folded_vcard(tmp_path / "contacts.vcf"))
    assert table.kind == "vcard"
    wang, emily = (dict(zip(table.headers, row, strict=True)) for row in table.rows)
    assert wang["FN"] == "王伟" and wang["N"] == "王伟"
    assert [wang["TEL 1"], wang["TEL 2"], wang["TEL 3"]] == [
        "+86 138 0013 8101",
        "010-6552 9988",
        "+86 139 1111 2222",
    ]
    assert wang["EMAIL 1"] == "wang.wei@example.cn"  # folded inside the address
    assert wang["NOTE"].endswith("vCard lines are limited to 75 octets, with an escaped comma")
    assert wang["BDAY"] == "1980-03-15"
    assert emily["N"] == "Emily Chan" and emily["TEL 1"] == "+852-9123-4567"
    assert emily["BDAY"] == "1985-07-04" and emily["ORG"] == "Harbour Capital"
    mapping = suggest_mapping(table.headers)
    assert mapping["FN"] == "legal_name"
    assert mapping["TEL 1"] == mapping["TEL 3"] == "phone"
    assert mapping["EMAIL 1"] == "email" and mapping["BDAY"] == "date_of_birth"


def test_suggestions_from_chinese_and_english_headers() -> None:
    headers = ["客户姓名", "Mobile", "E-Mail", "身份证号码", "风险等级", "可投资资产", "Unknown"]
    from app.cards import CustomFieldDef

    risk = CustomFieldDef(1, "risk_level", "Risk level", "风险等级", "choice", ["C1", "C2"])
    assert suggest_mapping(headers, [risk]) == {
        "客户姓名": "legal_name",
        "Mobile": "phone",
        "E-Mail": "email",
        "身份证号码": "id_number",
        "风险等级": "custom.risk_level",
        "可投资资产": "investable_assets",
    }
