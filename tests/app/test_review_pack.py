"""Review packs built from the demo office, read back with poppler and qpdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.review_pack import PackError, PackOptions, build_pack, save_pack
from app.timeline import InteractionService, TimelineQuery
from app.validation import mask_identifier
from db.models import Client
from db.office import Office
from tests.app import review_pack_data
from tests.app.review_pack_data import PRINTED, bare_client, chinese_client, qpdf_ok
from tests.pdf_tools import fonts, page_count, pdf_text, run

# the demo office fixtures (built once per session, copied per test)
demo_bytes = review_pack_data.demo_bytes
demo_path = review_pack_data.demo_path
demo = review_pack_data.demo


def flat(text: str) -> str:
    """pdftotext breaks lines where the PDF does: compare without whitespace."""
    return "".join(text.split())


def write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def test_chinese_pack_reads_back(demo: Office, tmp_path: Path) -> None:
    with demo.session() as s:
        cid, name, number = chinese_client(s)
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED))
        latest = s.get(Client, cid)
        assert latest is not None
    path = write(tmp_path, "zh.pdf", result.pdf)
    qpdf_ok(path)
    rows = fonts(path)
    assert rows and all(r["emb"] == "yes" for r in rows), rows
    assert {r["name"].split("+")[-1] for r in rows} >= {"DroidSansFallback"}
    text = pdf_text(path)
    assert result.language == "zh"
    assert name in text
    assert mask_identifier(number) in text
    assert number not in flat(text)  # never the full number, not even across a line break
    assert number[6:14] not in flat(text)  # nor its birth-date digits
    total = page_count(path)
    assert result.pages == total
    for page in range(1, total + 1):
        assert f"第 {page} 页，共 {total} 页" in text
    assert "打印日期 2026-11-22" in text
    assert "客户回顾资料" in text and "机密" in text
    # the financial snapshot's totals: total assets and net worth of the latest snapshot
    for label in ("总资产", "净资产", "可投资资产"):
        assert label in text
    assert "cover" in result.sections and "notes" in result.sections


def test_english_letter_pack_with_watermark_and_footer_note(demo: Office, tmp_path: Path) -> None:
    with demo.session() as s:
        cid, name, number = chinese_client(s)
        options = PackOptions(
            language="en",
            page_size="Letter",
            watermark="DRAFT",
            footer_note="audit chain head 9f2c71",
            printed_on=PRINTED,
        )
        result = build_pack(s, cid, options)
    path = write(tmp_path, "en.pdf", result.pdf)
    qpdf_ok(path)
    assert all(r["emb"] == "yes" for r in fonts(path))
    text = pdf_text(path)
    total = page_count(path)
    assert f"Page 1 of {total}" in text and f"Page {total} of {total}" in text
    assert "Client review pack" in text and name in text
    assert mask_identifier(number) in text and number not in flat(text)
    assert text.count("audit chain head 9f2c71") == total
    # the watermark is rotated text (pdftotext scatters it): the same pack without it
    # differs by exactly the letters of DRAFT once per page
    with demo.session() as s:
        plain = build_pack(s, cid, dataclasses.replace(options, watermark=None))
    plain_text = pdf_text(write(tmp_path, "plain.pdf", plain.pdf))
    extra = Counter(flat(text))
    extra.subtract(Counter(flat(plain_text)))
    assert +extra == Counter("DRAFT" * total)
    info = run("pdfinfo", str(path))
    assert "612 x 792 pts (letter)" in info


def test_a_section_without_data_is_left_out(demo: Office, tmp_path: Path) -> None:
    cid = bare_client(demo, "Nobody Recorded", "en")
    with demo.session() as s:
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED))
    assert result.sections == ("cover", "profile", "lifecycle", "notes")
    text = pdf_text(write(tmp_path, "bare.pdf", result.pdf))
    for heading in (
        "Financial snapshot",
        "Allocation",
        "Consent status",
        "Interactions since",
        "Next steps",
        "Contacts",
        "Household members",
        "Identity documents",
    ):
        assert heading not in text, heading
    assert "Nobody Recorded" in text and "Client's signature" in text


def test_long_table_breaks_across_pages_with_its_header_repeated(
    demo: Office, tmp_path: Path
) -> None:
    cid = bare_client(demo, "Many Calls", "en")
    start = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    with demo.transaction() as s:
        service = InteractionService(s, "Li Na")
        for i in range(40):
            service.record([cid], "call", start + dt.timedelta(days=i), f"Call number {i:02d}")
    with demo.session() as s:
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED, since=dt.date(2026, 1, 1)))
    path = write(tmp_path, "long.pdf", result.pdf)
    pages = [
        run("pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(path), "-")
        for n in range(1, page_count(path) + 1)
    ]
    spanned = [i for i, text in enumerate(pages) if "Call number" in text]
    assert len(spanned) >= 2, "the 40-row table should need more than one page"
    for i in spanned:
        assert "Subject" in pages[i] and "By" in pages[i], f"no header on page {i + 1}"
    everything = "".join(pages)
    assert all(f"Call number {i:02d}" in everything for i in range(40))


def test_saving_records_the_pack_on_the_timeline(demo: Office, tmp_path: Path) -> None:
    with demo.session() as s:
        cid, _, _ = chinese_client(s)
    target = tmp_path / "pack.pdf"
    with demo.transaction() as s:
        result = save_pack(s, cid, target, PackOptions(printed_on=PRINTED), "Chen Jing")
    assert target.read_bytes() == result.pdf
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    with demo.session() as s:
        entries = TimelineQuery(s, cid, kinds=["pack_printed"]).page(0, 10)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.created_by == "Chen Jing"
    assert entry.subject == "已打印回顾资料"
    assert entry.body is not None and "封面" in entry.body and "会议记录" in entry.body
    assert abs(entry.occurred_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_bad_options_and_targets_change_nothing(demo: Office, tmp_path: Path) -> None:
    with demo.session() as s:
        cid, _, _ = chinese_client(s)
    bad = [
        (PackOptions(language="fr"), "Unknown pack language"),
        (PackOptions(page_size="A3"), "Unknown page size"),
        (PackOptions(watermark="x" * 41), "longer than 40"),
        (PackOptions(footer_note="two\nlines"), "one line"),
    ]
    with demo.session() as s:
        for options, message in bad:
            with pytest.raises(PackError, match=message):
                build_pack(s, cid, options)
        with pytest.raises(PackError, match="no client 99999"):
            build_pack(s, 99999, PackOptions())
        with pytest.raises(PackError, match="after the print date"):
            build_pack(s, cid, PackOptions(printed_on=PRINTED, since=dt.date(2027, 1, 1)))
    existing = tmp_path / "taken.pdf"
    existing.write_bytes(b"keep me")
    with demo.transaction() as s:
        with pytest.raises(PackError, match="already exists"):
            save_pack(s, cid, existing, PackOptions(), "x")
        with pytest.raises(PackError, match="does not exist"):
            save_pack(s, cid, tmp_path / "nowhere" / "p.pdf", PackOptions(), "x")
    assert existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.db")) == [
        "taken.pdf"
    ]
    with demo.session() as s:
        assert TimelineQuery(s, cid, kinds=["pack_printed"]).count() == 0
        assert s.scalar(select(Client.id).where(Client.id == cid)) == cid


def test_charts_come_from_the_cards_series(demo: Office, tmp_path: Path) -> None:
    with demo.session() as s:
        cid, _, _ = chinese_client(s)
        result = build_pack(s, cid, PackOptions(printed_on=PRINTED))
    assert "charts" in result.sections
    text = pdf_text(write(tmp_path, "charts.pdf", result.pdf))
    assert "资产配置（CNY）" in text and "净资产与可投资资产（CNY）" in text
    assert "%" in text  # the allocation legend's shares


def test_the_office_logo_is_printed_and_a_missing_one_is_skipped(
    demo: Office, tmp_path: Path
) -> None:
    from PIL import Image

    from app.settings import SettingsService

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), "#1f5f8b").save(logo)
    with demo.session() as s:
        cid, _, _ = chinese_client(s)
    for path, images in ((logo, 1), (tmp_path / "moved-away.png", 0)):
        with demo.transaction() as s:
            SettingsService(s).set("packs.logo_path", str(path))
        with demo.session() as s:
            result = build_pack(s, cid, PackOptions(printed_on=PRINTED))
        pdf = write(tmp_path, f"logo{images}.pdf", result.pdf)
        rows = run("pdfimages", "-list", str(pdf)).splitlines()[2:]
        assert len(rows) == images, rows
        qpdf_ok(pdf)


def test_an_erased_client_has_no_pack(demo: Office) -> None:
    from app.erasure import erase_client

    with demo.session() as s:
        cid, _, _ = chinese_client(s)
    with demo.transaction() as s:
        erase_client(s, cid, "Li Na", "the client's request")
    with demo.session() as s:
        with pytest.raises(PackError, match="was erased"):
            build_pack(s, cid, PackOptions())
