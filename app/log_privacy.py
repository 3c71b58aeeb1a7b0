"""A logging filter that masks identity and account numbers, phone numbers and e-mail
addresses in every log record, whoever wrote it.

Installed once at start-up by ui/app.py and by main.py for the command line. It wraps the
log-record factory, so every record is masked as it is created — before any handler,
including handlers added later (a file log, a crash reporter) sees it — and it also sits on
the root logger's handlers as a filter for records made elsewhere. Messages, their
arguments, formatted tracebacks and stack information are all masked. The patterns are
deliberately greedy: a masked order number in a log costs nothing; a leaked ID number
costs the office its reputation.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from typing import Any

from app.validation import mask_identifier

# an e-mail address: keep the domain (useful when diagnosing mail problems), mask the person
_EMAIL = re.compile(r"[\w.+%-]+@([\w-]+(?:\.[\w-]+)+)", re.UNICODE)
# a PRC resident ID (18, last may be X) or any run of 9+ digits: account and card numbers
_LONG_NUMBER = re.compile(r"(?<![\w])(\d{17}[\dXx]|\d{9,})(?![\w])")
# a passport-style number: one or two letters then 7 or 8 digits (E12345678, PA1234567)
_PASSPORT = re.compile(r"(?<![\w])([A-Za-z]{1,2}\d{7,8})(?![\w])")
# a phone number: optional +, then 7 or more digits possibly grouped by spaces, dots,
# dashes or brackets (+86 138 0013 8000, (010) 6552-1234)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}")
_PHONE = re.compile(r"(?<![\w+])(\+?\(?\d[\d\s().-]{5,}\d)(?![\w])")


def _mask_phone(match: re.Match[str]) -> str:
    text = match.group(1)
    digits = sum(c.isdigit() for c in text)
    if digits < 7 or _DATE.search(text):
        return text  # a date, a time or a small count, not a phone number
    return (
        "+" * text.startswith("+")
        + "*" * (digits - 2)
        + "".join(c for c in text if c.isdigit())[-2:]
    )


def mask_text(text: str) -> str:
    """The text with every identity number, account number, phone and e-mail masked."""
    text = _EMAIL.sub(lambda m: "***@" + m.group(1), text)
    text = _LONG_NUMBER.sub(lambda m: mask_identifier(m.group(1)), text)
    text = _PASSPORT.sub(lambda m: mask_identifier(m.group(1)), text)
    return _PHONE.sub(_mask_phone, text)


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Replace the record's message (with its arguments merged in), traceback text and
    stack text by masked copies. Idempotent."""
    if getattr(record, "_privacy_masked", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep its pieces, masked, rather than lose it
        message = f"{record.msg} {record.args!r}"
    record.msg, record.args = mask_text(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
    if record.exc_text:
        record.exc_text = mask_text(record.exc_text)
    if record.stack_info:
        record.stack_info = mask_text(record.stack_info)
    record._privacy_masked = True  # type: ignore[attr-defined]
    return record


class PrivacyFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


_installed: Callable[..., logging.LogRecord] | None = None


def install() -> None:
    """Mask every record from now on (safe to call more than once)."""
    global _installed
    current = logging.getLogRecordFactory()
    if _installed is not None and current is _installed:
        return
    previous = current

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = factory
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PrivacyFilter) for f in handler.filters):
            handler.addFilter(PrivacyFilter())
