"""The log filter: identity and account numbers, phones and e-mails never reach a log,
whichever logger wrote them, in the message, its arguments or a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import log_privacy
from app.log_privacy import mask_text

ID_NUMBER = "440305198706123571"


@pytest.mark.parametrize(
    ("raw", "secret"),
    [
        (f"client id {ID_NUMBER}", ID_NUMBER),
        ("id 11010119900307011X", "11010119900307011X"),
        ("account 6222020200112233445", "6222020200112233445"),
        ("passport E12345678", "E12345678"),
        ("phone +86 139 2468 1357", "139 2468 1357"),
        ("phone 13924681357", "13924681357"),
        ("fax (010) 6552-1234", "6552-1234"),
        ("mail cuilian.ouyang@example.cn", "cuilian.ouyang"),
    ],
)
def test_secrets_are_masked(raw: str, secret: str) -> None:
    masked = mask_text(raw)
    assert secret not in masked and masked != raw


@pytest.mark.parametrize(
    "plain",
    ["saved 2026-11-22 22:46:01,123", "12 clients in 0.35 s", "schema 0008", "version 1.2.3"],
)
def test_ordinary_text_stays_readable(plain: str) -> None:
    assert mask_text(plain) == plain


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    factory = logging.getLogRecordFactory()
    log_privacy.install()
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
        logging.setLogRecordFactory(factory)
        log_privacy._installed = None


def test_installed_filter_masks_every_logger_args_and_tracebacks(log_file: Path) -> None:
    logging.getLogger("some.library").warning("looking up %s for %s", ID_NUMBER, "a@b.example")
    try:
        raise ValueError(f"bad number {ID_NUMBER}")
    except ValueError:
        logging.getLogger("app.x").exception("failed with +86 139 2468 1357")
    logging.getLogger("stack").info("where %s", ID_NUMBER, stack_info=True)
    text = log_file.read_text(encoding="utf-8")
    assert ID_NUMBER not in text and "a@b.example" not in text and "2468 1357" not in text
    assert "4403**********3571" in text and "ValueError" in text and "***@b.example" in text


def test_install_is_idempotent(log_file: Path) -> None:
    factory = logging.getLogRecordFactory()
    log_privacy.install()
    assert logging.getLogRecordFactory() is factory
    logging.getLogger("x").warning("%s", ID_NUMBER)
    assert log_file.read_text(encoding="utf-8").count("4403**********3571") == 1
