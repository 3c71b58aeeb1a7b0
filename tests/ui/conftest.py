"""Fixtures for GUI tests: real encrypted offices in tmp_path, isolated QSettings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.cards import ClientCard, DocumentData, PhoneData, SnapshotData
from app.clients import ClientService
from db.office import Office, create_office
from ui import i18n

PASSPHRASE = "correct horse battery staple"
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋"


def make_clients(office: Office, count: int) -> list[int]:
    """A mixed book: Chinese and Latin names, owners, tags, one custom field, snapshots."""
    ids: list[int] = []
    with office.transaction() as session:
        service = ClientService(session)
        service.define_custom_field("golf", "Golf handicap", "高尔夫差点", "number")
        service.define_custom_field(
            "segment", "Segment", "客群", "choice", choices=["founder", "executive"]
        )
        for i in range(count):
            chinese = SURNAMES[i % 10] + GIVEN[(i // 10) % 10]
            card = ClientCard(
                legal_name=f"Client {i:04d}" if i % 3 else chinese,
                chinese_name=chinese if i % 3 == 0 else None,
                status=("prospect", "active", "dormant")[i % 3],
                owner=("Li Na", "Zhou Tao")[i % 2],
                tags=["golf"] if i % 5 == 0 else [],
                phones=[PhoneData(f"1380013{i:04d}")],
                custom={"golf": str(i % 30), "segment": ("founder", "executive")[i % 2]},
                next_review=dt.date(2027, 1, 1) + dt.timedelta(days=i),
            )
            ids.append(service.create(card))
        service.add_snapshot(
            ids[0], SnapshotData(dt.date(2026, 1, 1), "CNY", {"cash": 500_000_00}, 0)
        )
    return ids


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    office = create_office(tmp_path / "office.db", PASSPHRASE)
    yield office
    office.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translations(qapp) -> Iterator[i18n.Translations]:  # type: ignore[no-untyped-def]
    translations = i18n.Translations()
    translations.set_language("en")
    yield translations
    translations.set_language("en")


@pytest.fixture
def book(office: Office) -> list[int]:
    return make_clients(office, 40)


@pytest.fixture
def window(qtbot, office, settings, translations, book):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(office, settings=settings, translations=translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def with_document(office: Office, client_id: int, number: str) -> int:
    with office.transaction() as session:
        service = ClientService(session)
        card = service.load(client_id)
        card.documents.append(DocumentData("passport", number, "CN"))
        service.save(card)
    with office.session() as session:
        return ClientService(session).load(client_id).documents[0].id  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A modal box in an offscreen test would wait forever; answer and record instead.

    Tests that care about the answer patch QMessageBox again themselves.
    """
    shown: list[tuple[str, str]] = []

    def box(kind: str, answer: object):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer

        return staticmethod(show)

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", box("question", QMessageBox.StandardButton.Discard)
    )
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, box(kind, QMessageBox.StandardButton.Ok))
    return shown
