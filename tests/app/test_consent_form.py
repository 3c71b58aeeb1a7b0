"""The printable consent form, read back with poppler: the right person, the masked (never
the full) ID number, the notice's fingerprint, a box per purpose, fonts embedded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cards import ClientCard
from app.clients import ClientService
from app.consent import PURPOSES, ConsentService
from app.consent_form import PURPOSE_LABELS, ConsentFormError, write_consent_form
from app.erasure import erase_client
from app.validation import mask_identifier
from db.office import open_office
from tests.app.privacy_data import ID_NUMBER, NAME, build_rich_client
from tests.conftest import PASSPHRASE
from tests.pdf_tools import fonts, page_count, pdf_text, qpdf_check


def _flat(text: str) -> str:
    """pdftotext breaks lines where the PDF does: compare without whitespace."""
    return "".join(text.split())


@pytest.mark.parametrize("language", ["zh", "en"])
def test_consent_form_reads_back(office_path: Path, tmp_path: Path, language: str) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        built = build_rich_client(office, language=language)
        out = tmp_path / f"form-{language}.pdf"
        with office.session() as s:
            form = write_consent_form(s, built.client_id, out)
            notice = ConsentService(s).notices("privacy")
    finally:
        office.close()
    text = pdf_text(out)
    flat = _flat(text)
    assert NAME in text
    assert mask_identifier(ID_NUMBER) in text
    assert ID_NUMBER not in flat  # never the full number, not even across a line break
    assert ID_NUMBER[6:14] not in flat  # nor the birth date part of it
    wanted = next(n for n in notice if n.language == language)
    assert form.notice.id == wanted.id
    assert wanted.sha256 in flat
    for purpose in PURPOSES:
        assert _flat(PURPOSE_LABELS[language][purpose]) in flat, purpose
    if language == "zh":
        assert "客户签名" in text and "第 1 页" in text
    else:
        total = page_count(out)
        assert "Client's signature" in text and f"Page 1 of {total}" in text
    # the notice's full text is annexed
    first = "一、我们收集哪些信息" if language == "zh" else "1. What we collect"
    assert _flat(first) in flat
    rows = fonts(out)
    assert rows and all(r["emb"] == "yes" for r in rows), rows
    assert "No syntax or stream encoding errors" in qpdf_check(out)


def test_consent_form_bad_cases(office_path: Path, tmp_path: Path) -> None:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            cid = ClientService(s).create(ClientCard(legal_name="No Notice Yet", language="en"))
        with office.session() as s:
            with pytest.raises(ConsentFormError, match="No privacy notice in English"):
                write_consent_form(s, cid, tmp_path / "a.pdf")
            with pytest.raises(ConsentFormError, match="no client 777"):
                write_consent_form(s, 777, tmp_path / "b.pdf")
            with pytest.raises(ConsentFormError, match="does not exist"):
                write_consent_form(s, cid, tmp_path / "nowhere" / "c.pdf")
        existing = tmp_path / "d.pdf"
        existing.write_bytes(b"keep")
        with office.transaction() as s:
            ConsentService(s).publish_notice(
                "privacy", "Notice", 1, "en", dt.date(2025, 1, 1), "Text.", signature_required=True
            )
        with office.session() as s:
            with pytest.raises(ConsentFormError, match="already exists"):
                write_consent_form(s, cid, existing)
        assert existing.read_bytes() == b"keep"
        assert not list(tmp_path.glob("*.partial"))
        with office.transaction() as s:
            erase_client(s, cid, "compliance", "request")
        with office.session() as s, pytest.raises(ConsentFormError, match="was erased"):
            write_consent_form(s, cid, tmp_path / "e.pdf")
    finally:
        office.close()
