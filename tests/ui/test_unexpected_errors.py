"""An exception escaping a slot gets a calm dialog, and the log keeps no client data."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.app import _report_unexpected

SECRET = "110101199003071233"


def test_unexpected_error_dialog_and_log_hold_no_client_data(
    monkeypatch: pytest.MonkeyPatch, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    try:
        raise ValueError(f"bad number {SECRET}")
    except ValueError:
        kind, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        _report_unexpected(kind, exc, tb)  # type: ignore[arg-type]
    assert len(shown) == 1 and "ValueError" in shown[0]
    assert SECRET not in shown[0]
    assert "ValueError" in caplog.text and "test_unexpected_errors.py" in caplog.text
    assert SECRET not in caplog.text
