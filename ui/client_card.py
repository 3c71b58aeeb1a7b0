"""The client card: every section of a client, edited in place and saved as one action.

Widgets are built once per window and refilled for each client (`load`), so opening a
card costs one query batch and some setText calls, never a widget tree.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import record_card_opened
from app.cards import (
    ASSET_CLASSES,
    AddressData,
    ClientCard,
    CustomFieldDef,
    DocumentData,
    EmailData,
    PhoneData,
    RelativeData,
)
from app.clients import ClientService
from app.consent import ConsentAcknowledgementRequired
from app.settings import SettingsService
from app.validation import FieldError, ValidationError, currency_exponent
from db.errors import ConflictError, OfficeError
from db.office import Office
from ui import i18n
from ui.app_messages import app_message
from ui.labels import custom_label, label
from ui.widgets.consent_panel import ConsentPanel
from ui.widgets.fields import (
    CodeCombo,
    ErrorLabel,
    ListLineEdit,
    OptionalDateEdit,
    OptionalSpinBox,
    mark_invalid,
)
from ui.widgets.row_list_editor import Column, RowListEditor
from ui.widgets.section_stack import SectionStack

log = logging.getLogger(__name__)
CTX = "ClientCard"

# Plain text fields: (path, label source, tab)
_TEXT_FIELDS = {
    "identity": (
        ("legal_name", QT_TRANSLATE_NOOP("ClientCard", "Legal name")),
        ("chinese_name", QT_TRANSLATE_NOOP("ClientCard", "Chinese name")),
        ("latin_name", QT_TRANSLATE_NOOP("ClientCard", "Pinyin / Latin name")),
        ("preferred_name", QT_TRANSLATE_NOOP("ClientCard", "Preferred name")),
    ),
    "identity2": (
        ("nationality", QT_TRANSLATE_NOOP("ClientCard", "Nationality")),
        ("occupation", QT_TRANSLATE_NOOP("ClientCard", "Occupation")),
        ("employer", QT_TRANSLATE_NOOP("ClientCard", "Employer")),
        ("industry", QT_TRANSLATE_NOOP("ClientCard", "Industry")),
        ("education", QT_TRANSLATE_NOOP("ClientCard", "Education")),
    ),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def _blank(text: str) -> str | None:
    text = text.strip()
    return text or None


class ClientCardWidget(QWidget):
    """Shows one client; `load(id)` refills it, `save()` writes it in one transaction."""

    saved = Signal(int)
    message = Signal(str)
    dirtyChanged = Signal(bool)
    openClient = Signal(int)  # a household member or linked client was chosen
    taskCreated = Signal(int)  # "New task…" saved a task for this client

    def __init__(self, office: Office, actor: str = "advisor", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientCard")
        self.office = office
        self.actor = actor
        self._t = i18n.Retranslator(CTX)
        with office.session() as session:
            self._custom_defs: list[CustomFieldDef] = ClientService(session).custom_fields()
            self._base_currency = str(SettingsService(session).get("office.base_currency"))
        self._baseline = ClientCard()
        self._baseline_collected = ClientCard()
        self._fields: dict[str, tuple[QWidget, ErrorLabel, int]] = {}
        self._lists: dict[str, tuple[RowListEditor, int]] = {}
        self._combos: list[CodeCombo] = []
        self._dates: list[OptionalDateEdit] = []
        self._custom_labels: list[tuple[QLabel, CustomFieldDef]] = []
        self._filling = False
        self._dirty = False
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(0)
        self._dirty_timer.timeout.connect(self._check_dirty)
        self._build()
        self.clear()

    # ---- construction --------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.history_button = QPushButton()
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.show_history)
        self.new_task_button = QPushButton()
        self.new_task_button.setObjectName("newTaskButton")
        self.new_task_button.clicked.connect(self.new_task)
        header.addWidget(self.new_task_button)
        from ui.dialogs.review_pack_dialog import add_card_button

        self.review_pack_button = add_card_button(self, header)
        header.addWidget(self.history_button)
        header.addWidget(self.cancel_button)
        header.addWidget(self.save_button)
        outer.addLayout(header)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.setStyleSheet("color: #8a6d00; font-weight: bold;")
        self.dirty_label.hide()
        self._t.bind(self.dirty_label.setText, QT_TRANSLATE_NOOP("ClientCard", "Unsaved changes"))
        outer.addWidget(self.dirty_label)
        self.general_error = ErrorLabel()
        outer.addWidget(self.general_error)
        self.tabs = SectionStack()
        self.tabs.setObjectName("cardTabs")
        outer.addWidget(self.tabs, 1)
        self._t.bind(self.save_button.setText, QT_TRANSLATE_NOOP("ClientCard", "Save"))
        self._t.bind(self.cancel_button.setText, QT_TRANSLATE_NOOP("ClientCard", "Cancel"))
        self._t.bind(self.history_button.setText, QT_TRANSLATE_NOOP("ClientCard", "History…"))
        self._t.bind(self.new_task_button.setText, QT_TRANSLATE_NOOP("ClientCard", "New task…"))
        self._t.bind(
            self.new_task_button.setToolTip,
            QT_TRANSLATE_NOOP("ClientCard", "A task or reminder for this client (Ctrl+T)"),
        )
        self._t.bind(
            self.history_button.setToolTip,
            QT_TRANSLATE_NOOP("ClientCard", "Every correction to this card: who, when, what"),
        )
        self._t.bind(
            self.save_button.setToolTip,
            QT_TRANSLATE_NOOP("ClientCard", "Save this card (Ctrl+S)"),
        )
        self._t.bind(
            self.cancel_button.setToolTip,
            QT_TRANSLATE_NOOP("ClientCard", "Discard your edits and show the saved card (Esc)"),
        )

        self._build_identity()
        self._build_documents()
        self._build_contacts()
        self._build_household()
        self._build_timeline()
        self._build_financial()
        self._build_portfolio()
        self._build_risk()
        self._build_preferences()
        self._build_needs()
        self._build_lifecycle()
        self._build_consents()
        self._build_custom()
        self._build_charts()

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel)
        new_task = QShortcut(QKeySequence("Ctrl+T"), self)
        new_task.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_task.activated.connect(self.new_task)

    def _watch(self, editor: QWidget) -> None:
        """Any edit schedules one dirty check after the event; typing stays cheap."""
        for name in ("textChanged", "currentIndexChanged", "dateChanged", "valueChanged"):
            signal = getattr(editor, name, None)
            if signal is not None:
                signal.connect(self._schedule_dirty_check)
                return

    def _schedule_dirty_check(self, *_args: object) -> None:
        if not self._filling:
            self._dirty_timer.start()

    def _check_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_label.setVisible(dirty)
            self.dirtyChanged.emit(dirty)

    def _tab(self, source: str) -> tuple[QWidget, int]:
        page = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        index = self.tabs.addTab(scroll, "")
        self._t.bind(lambda text, i=index: self.tabs.setTabText(i, text), source)
        return page, index

    def _form(self, page: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = page.layout()
        if layout is None:
            layout = QVBoxLayout(page)
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(form)
        return form

    def _field(self, form: QFormLayout, path: str, source: str, editor: QWidget, tab: int) -> None:
        editor.setObjectName(path)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(editor)
        error = ErrorLabel()
        inner.addWidget(error)
        caption = QLabel()
        self._t.bind(caption.setText, source)
        caption.setBuddy(editor)
        form.addRow(caption, box)
        self._fields[path] = (editor, error, tab)
        self._watch(editor)
        if isinstance(editor, CodeCombo):
            self._combos.append(editor)
        if isinstance(editor, OptionalDateEdit):
            self._dates.append(editor)

    def _section_title(self, page: QWidget, source: str) -> None:
        layout = page.layout()
        if layout is None:
            layout = QVBoxLayout(page)
        caption = QLabel()
        caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self._t.bind(caption.setText, source)
        layout.addWidget(caption)

    def _list(self, page: QWidget, name: str, columns: list[Column], tab: int, **kw: Any) -> None:
        editor = RowListEditor(name, columns, CTX, **kw)
        layout = page.layout()
        assert layout is not None
        layout.addWidget(editor)
        self._lists[name] = (editor, tab)
        editor.changed.connect(self._schedule_dirty_check)

    def _build_identity(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Identity"))
        form = self._form(page)
        for path, source in _TEXT_FIELDS["identity"]:
            self._field(form, path, source, QLineEdit(), tab)
        self._field(
            form,
            "date_of_birth",
            QT_TRANSLATE_NOOP("ClientCard", "Date of birth"),
            OptionalDateEdit(),
            tab,
        )
        self._field(
            form, "gender", QT_TRANSLATE_NOOP("ClientCard", "Gender"), CodeCombo("gender"), tab
        )
        self._field(
            form,
            "marital_status",
            QT_TRANSLATE_NOOP("ClientCard", "Marital status"),
            CodeCombo("marital"),
            tab,
        )
        for path, source in _TEXT_FIELDS["identity2"]:
            self._field(form, path, source, QLineEdit(), tab)
        self._field(
            form,
            "language",
            QT_TRANSLATE_NOOP("ClientCard", "Language"),
            CodeCombo("client_language", allow_empty=False),
            tab,
        )
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_documents(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Documents"))
        QVBoxLayout(page)
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Identity documents"))
        self._list(
            page,
            "documents",
            [
                Column("doc_type", QT_TRANSLATE_NOOP("ClientCard", "Type"), "code", "doc_type", 2),
                Column("number", QT_TRANSLATE_NOOP("ClientCard", "Number"), "secret", None, 3),
                Column(
                    "issuing_country", QT_TRANSLATE_NOOP("ClientCard", "Country"), "text", None, 1
                ),
                Column("expiry", QT_TRANSLATE_NOOP("ClientCard", "Expiry"), "date", None, 2),
            ],
            tab,
            reveal=self._reveal_document,
        )
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        self._t.bind(
            hint.setText,
            QT_TRANSLATE_NOOP(
                "ClientCard",
                "Numbers are masked. Revealing one is recorded with your name and reason.",
            ),
        )
        page.layout().addWidget(hint)  # type: ignore[union-attr]
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_contacts(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Contacts"))
        QVBoxLayout(page)
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Phones"))
        self._list(
            page,
            "phones",
            [
                Column("number", QT_TRANSLATE_NOOP("ClientCard", "Phone number"), "text", None, 3),
                Column("label", QT_TRANSLATE_NOOP("ClientCard", "Kind"), "code", "phone_label", 1),
            ],
            tab,
        )
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Emails"))
        self._list(
            page,
            "emails",
            [
                Column(
                    "address", QT_TRANSLATE_NOOP("ClientCard", "Email address"), "text", None, 3
                ),
                Column("label", QT_TRANSLATE_NOOP("ClientCard", "Kind"), "code", "email_label", 1),
            ],
            tab,
        )
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Postal addresses"))
        self._list(
            page,
            "addresses",
            [
                Column(
                    "label", QT_TRANSLATE_NOOP("ClientCard", "Kind"), "code", "address_label", 1
                ),
                Column("line1", QT_TRANSLATE_NOOP("ClientCard", "Address line 1"), "text", None, 3),
                Column("line2", QT_TRANSLATE_NOOP("ClientCard", "Address line 2"), "text", None, 2),
                Column("city", QT_TRANSLATE_NOOP("ClientCard", "City"), "text", None, 1),
                Column("region", QT_TRANSLATE_NOOP("ClientCard", "Region"), "text", None, 1),
                Column(
                    "postal_code", QT_TRANSLATE_NOOP("ClientCard", "Postal code"), "text", None, 1
                ),
                Column("country", QT_TRANSLATE_NOOP("ClientCard", "Country"), "text", None, 1),
            ],
            tab,
        )
        form = self._form(page)
        self._field(
            form, "wechat_id", QT_TRANSLATE_NOOP("ClientCard", "WeChat ID"), QLineEdit(), tab
        )
        self._field(
            form,
            "preferred_channel",
            QT_TRANSLATE_NOOP("ClientCard", "Preferred channel"),
            CodeCombo("channel"),
            tab,
        )
        self._field(
            form,
            "contact_times",
            QT_TRANSLATE_NOOP("ClientCard", "Contact times"),
            QLineEdit(),
            tab,
        )
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_household(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Household"))
        QVBoxLayout(page)
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Households"))
        # Households and links are edited by their own actions (one transaction each),
        # not by Save: a household belongs to several cards at once.
        from ui.widgets.household_panel import HouseholdPanel

        self.household_panel = HouseholdPanel(self.office, self.actor)
        self.household_panel.changed.connect(self._households_changed)
        self.household_panel.message.connect(self.message)
        self.households = self.household_panel.households
        self.links = self.household_panel.links
        page.layout().addWidget(self.household_panel)  # type: ignore[union-attr]
        for widget in (self.households, self.links):
            widget.itemActivated.connect(self._open_related)
            self._t.bind(
                widget.setToolTip,
                QT_TRANSLATE_NOOP("ClientCard", "Double-click a client to open their card."),
            )
        self._section_title(page, QT_TRANSLATE_NOOP("ClientCard", "Relatives who are not clients"))
        self._list(
            page,
            "relatives",
            [
                Column("name", QT_TRANSLATE_NOOP("ClientCard", "Name"), "text", None, 2),
                Column(
                    "relation", QT_TRANSLATE_NOOP("ClientCard", "Relation"), "code", "relation", 1
                ),
                Column(
                    "date_of_birth",
                    QT_TRANSLATE_NOOP("ClientCard", "Date of birth"),
                    "date",
                    None,
                    1,
                ),
                Column("notes", QT_TRANSLATE_NOOP("ClientCard", "Notes"), "text", None, 2),
            ],
            tab,
        )
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _households_changed(self, households: list, links: list) -> None:
        """A household action committed: take its lists, keep every unsaved edit."""
        self._baseline = dataclasses.replace(self._baseline, households=households, links=links)
        self._baseline_collected = dataclasses.replace(
            self._baseline_collected, households=households, links=links
        )
        self._check_dirty()

    def _build_financial(self) -> None:
        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Financial"))
        layout = QVBoxLayout(page)
        self.tier_label = QLabel()
        self.tier_label.setObjectName("tierLabel")
        self.tier_label.setWordWrap(True)
        layout.addWidget(self.tier_label)
        self.snapshots = QTableWidget(0, 0)
        self.snapshots.setObjectName("snapshots")
        self.snapshots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.snapshots.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.snapshots.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.snapshots.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.snapshots, 1)
        self.add_snapshot_button = QPushButton()
        self.add_snapshot_button.setObjectName("addSnapshot")
        self.add_snapshot_button.clicked.connect(self.add_snapshot)
        self._t.bind(
            self.add_snapshot_button.setText, QT_TRANSLATE_NOOP("ClientCard", "Add snapshot…")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.add_snapshot_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    def _build_portfolio(self) -> None:
        # transactions are recorded by their own dialog (one transaction each), not by Save
        from ui.widgets.portfolio_panel import PortfolioPanel

        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Portfolio"))
        layout = QVBoxLayout(page)
        self.portfolio = PortfolioPanel(self.office, self.actor)
        self.portfolio.message.connect(self.message)
        self.portfolio.changed.connect(lambda _cid: self.timeline.model.refresh())
        layout.addWidget(self.portfolio, 1)

    def _build_preferences(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Preferences"))
        form = self._form(page)
        self._field(
            form,
            "objective_short",
            QT_TRANSLATE_NOOP("ClientCard", "Short-term objective"),
            QLineEdit(),
            tab,
        )
        self._field(
            form,
            "objective_long",
            QT_TRANSLATE_NOOP("ClientCard", "Long-term objective"),
            QLineEdit(),
            tab,
        )
        self._field(
            form,
            "horizon_years",
            QT_TRANSLATE_NOOP("ClientCard", "Horizon (years)"),
            OptionalSpinBox(),
            tab,
        )
        self._field(
            form,
            "liquidity_needs",
            QT_TRANSLATE_NOOP("ClientCard", "Liquidity needs"),
            QLineEdit(),
            tab,
        )
        self._field(
            form,
            "experience_years",
            QT_TRANSLATE_NOOP("ClientCard", "Experience (years)"),
            OptionalSpinBox(),
            tab,
        )
        for path, source in (
            ("experience_products", QT_TRANSLATE_NOOP("ClientCard", "Products used")),
            ("preferred_assets", QT_TRANSLATE_NOOP("ClientCard", "Preferred asset classes")),
            ("excluded_assets", QT_TRANSLATE_NOOP("ClientCard", "Excluded asset classes")),
            ("themes", QT_TRANSLATE_NOOP("ClientCard", "Themes")),
        ):
            self._field(form, path, source, ListLineEdit(), tab)
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_needs(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Needs and tags"))
        form = self._form(page)
        self._field(
            form, "needs", QT_TRANSLATE_NOOP("ClientCard", "Special needs"), ListLineEdit(), tab
        )
        notes = QPlainTextEdit()
        notes.setMaximumHeight(120)
        self._field(
            form, "needs_notes", QT_TRANSLATE_NOOP("ClientCard", "Notes on needs"), notes, tab
        )
        self._field(form, "tags", QT_TRANSLATE_NOOP("ClientCard", "Tags"), ListLineEdit(), tab)
        hint = QLabel()
        hint.setStyleSheet("color: gray;")
        self._t.bind(
            hint.setText, QT_TRANSLATE_NOOP("ClientCard", "Separate several entries with commas.")
        )
        page.layout().addWidget(hint)  # type: ignore[union-attr]
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_lifecycle(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Lifecycle"))
        form = self._form(page)
        self._field(
            form,
            "status",
            QT_TRANSLATE_NOOP("ClientCard", "Status"),
            CodeCombo("status", allow_empty=False),
            tab,
        )
        self._field(
            form, "owner", QT_TRANSLATE_NOOP("ClientCard", "Owner advisor"), QLineEdit(), tab
        )
        self._field(form, "source", QT_TRANSLATE_NOOP("ClientCard", "Source"), QLineEdit(), tab)
        for path, source in (
            ("client_since", QT_TRANSLATE_NOOP("ClientCard", "Client since")),
            ("last_review", QT_TRANSLATE_NOOP("ClientCard", "Last review")),
            ("next_review", QT_TRANSLATE_NOOP("ClientCard", "Next review")),
        ):
            self._field(form, path, source, OptionalDateEdit(), tab)
        page.layout().addStretch(1)  # type: ignore[union-attr]

    def _build_consents(self) -> None:
        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Consents"))
        layout = QVBoxLayout(page)
        self.consents = ConsentPanel(self.office, self.actor)
        self.consents.message.connect(self.message)
        layout.addWidget(self.consents, 1)

    def _build_risk(self) -> None:
        # assessments and suitability records are saved by their own dialogs, not by Save
        from ui.widgets.risk_panel import RiskPanel

        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Risk profile"))
        layout = QVBoxLayout(page)
        self.risk = RiskPanel(self.office, self.actor)
        self.risk.message.connect(self.message)
        self.risk.changed.connect(lambda _cid: self.timeline.model.refresh())  # its entries
        layout.addWidget(self.risk, 1)

    def _build_charts(self) -> None:
        # charts of this client and its value score (issue 6), computed when shown
        from ui.widgets.card_charts import CardCharts

        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Charts"))
        layout = QVBoxLayout(page)
        self.charts = CardCharts(self.office)
        layout.addWidget(self.charts, 1)

    def _build_timeline(self) -> None:
        # entries are saved by their own actions (one transaction each), not by Save
        from ui.widgets.timeline_panel import TimelinePanel

        page, _tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Timeline"))
        layout = QVBoxLayout(page)
        self.timeline = TimelinePanel(self.office, self.actor)
        self.timeline.message.connect(self.message)
        self.timeline.install_shortcut(self)  # Ctrl+I anywhere on the card
        layout.addWidget(self.timeline, 1)

    def _build_custom(self) -> None:
        page, tab = self._tab(QT_TRANSLATE_NOOP("ClientCard", "Custom fields"))
        layout = QVBoxLayout(page)
        form = QFormLayout()
        layout.addLayout(form)
        self._custom_editors: dict[str, QWidget] = {}
        for defn in self._custom_defs:
            editor: QWidget
            if defn.kind == "choice":
                editor = CodeCombo("custom", codes=list(defn.choices))
            elif defn.kind == "bool":
                editor = CodeCombo("bool")
            else:
                editor = QLineEdit()
                if defn.kind == "date":
                    editor.setPlaceholderText("YYYY-MM-DD")
                elif defn.kind == "money":
                    editor.setPlaceholderText(defn.currency or self._base_currency)
            path = f"custom.{defn.key}"
            editor.setObjectName(path)
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(editor)
            error = ErrorLabel()
            inner.addWidget(error)
            caption = QLabel()
            form.addRow(caption, box)
            self._custom_labels.append((caption, defn))
            self._custom_editors[defn.key] = editor
            self._fields[path] = (editor, error, tab)
            self._watch(editor)
            if isinstance(editor, CodeCombo) and defn.kind == "bool":
                self._combos.append(editor)
        if not self._custom_defs:
            empty = QLabel()
            empty.setStyleSheet("color: gray;")
            self._t.bind(
                empty.setText,
                QT_TRANSLATE_NOOP("ClientCard", "This office has not defined any custom fields."),
            )
            layout.addWidget(empty)
        layout.addStretch(1)
        self._retranslate_custom()

    # ---- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._t.apply()
        for combo in self._combos:
            combo.retranslate()
        for date in self._dates:
            date.retranslate()
        for editor, _tab in self._lists.values():
            editor.retranslate()
        self._retranslate_custom()
        self._fill_read_only(self._baseline)
        self._update_title()

    def _retranslate_custom(self) -> None:
        chinese = i18n.is_chinese()
        for caption, defn in self._custom_labels:
            caption.setText(custom_label(defn, chinese))

    # ---- fill and collect ----------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self._baseline.id

    def new_task(self) -> None:
        """A task for the saved client, in one transaction; My day is told."""
        if self._baseline.id is None or self.office.read_only:
            return
        from ui.dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(
            self.office, self.actor, self._baseline.id, self._baseline.display_name, self
        )
        if dialog.exec() and dialog.task_id is not None:  # accepted: the task is saved
            self.message.emit(
                QCoreApplication.translate("ClientCard", "Task “%1” created.").replace(
                    "%1", dialog.title_edit.text().strip()
                )
            )
            self.taskCreated.emit(dialog.task_id)

    def show_history(self) -> None:
        """The correction history of the saved card (unsaved edits are not in it yet)."""
        if self._baseline.id is None:
            return
        from ui.dialogs.change_history_dialog import ChangeHistoryDialog

        ChangeHistoryDialog(
            self.office, self._baseline.id, self._baseline.display_name, self
        ).exec()

    def load(self, client_id: int) -> None:
        """Show a client from the database, replacing whatever the card showed."""
        with self.office.session() as session:
            card = ClientService(session, self.actor).load(client_id)
        if client_id != self._baseline.id:  # a reload after saving is not a new look
            record_card_opened(self.office, self.actor, client_id)
        self.fill(card)

    def clear(self) -> None:
        """An empty card for a new client."""
        self.fill(ClientCard())

    def fill(self, card: ClientCard) -> None:
        self._baseline = card
        self._filling = True
        self.setUpdatesEnabled(False)
        try:
            for path, (editor, _e, _t) in self._fields.items():
                if path.startswith("custom."):
                    self._set(editor, self._custom_text(path[7:], card.custom.get(path[7:], "")))
                else:
                    self._set(editor, getattr(card, path))
            self._lists["documents"][0].set_records([dataclasses.asdict(d) for d in card.documents])
            self._lists["phones"][0].set_records([dataclasses.asdict(p) for p in card.phones])
            self._lists["emails"][0].set_records([dataclasses.asdict(e) for e in card.emails])
            self._lists["addresses"][0].set_records([dataclasses.asdict(a) for a in card.addresses])
            self._lists["relatives"][0].set_records([dataclasses.asdict(r) for r in card.relatives])
            self._fill_read_only(card)
            self.consents.load(card.id, card.language, card.display_name)
            self.portfolio.load(card.id, card.display_name)
            self.risk.load(card.id, card.display_name)
            self.charts.load(card.id)
            self.timeline.load(
                card.id,
                card.display_name,
                [(m.client_id, m.name) for h in card.households for m in h.members],
            )
            self.clear_errors()
            self._update_title()
            read_only = self.office.read_only
            self.save_button.setEnabled(not read_only)
            self.history_button.setEnabled(card.id is not None)
            self.new_task_button.setEnabled(not read_only and card.id is not None)
            self.add_snapshot_button.setEnabled(not read_only and card.id is not None)
            self._baseline_collected = self.collect()
        finally:
            self._filling = False
            self.setUpdatesEnabled(True)
        self._check_dirty()

    def _custom_text(self, key: str, stored: str) -> str:
        """Money is stored as minor units; people edit major units ("5000.00", not "500000")."""
        defn = next((d for d in self._custom_defs if d.key == key), None)
        if defn is None or defn.kind != "money" or not stored:
            return stored
        try:
            minor = int(stored)
        except ValueError:
            return stored
        exponent = currency_exponent(defn.currency or self._base_currency)
        sign = "-" if minor < 0 else ""
        major, fraction = divmod(abs(minor), 10**exponent)
        return f"{sign}{major}.{fraction:0{exponent}d}" if exponent else f"{sign}{major}"

    @staticmethod
    def _set(editor: QWidget, value: Any) -> None:
        if isinstance(editor, (CodeCombo, OptionalDateEdit, ListLineEdit)):
            editor.set_value(value if value != "" or not isinstance(editor, CodeCombo) else None)
        elif isinstance(editor, OptionalSpinBox):
            editor.set_value(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    @staticmethod
    def _get(editor: QWidget) -> Any:
        if isinstance(editor, (CodeCombo, OptionalDateEdit, ListLineEdit)):
            return editor.value()
        if isinstance(editor, OptionalSpinBox):
            return editor.value_or_none()
        if isinstance(editor, QPlainTextEdit):
            return _blank(editor.toPlainText())
        if isinstance(editor, QLineEdit):
            return editor.text()
        raise TypeError(type(editor))

    def _fill_read_only(self, card: ClientCard) -> None:
        self.household_panel.show_data(card.id, card.display_name, card.households, card.links)
        # One column per snapshot (latest first), one row per measure: a history of a few
        # snapshots fits the card's width, and each asset class gets its own line.
        rows: list[tuple[str, Any]] = [
            (QCoreApplication.translate("ClientCard", "Currency"), lambda sn: sn.currency),
            *[
                (label("asset", cls), lambda sn, cls=cls: sn.assets.get(cls))
                for cls in ASSET_CLASSES
            ],
            (
                QCoreApplication.translate("ClientCard", "Total assets"),
                lambda sn: sn.total_assets_minor,
            ),
            (
                QCoreApplication.translate("ClientCard", "Liabilities"),
                lambda sn: sn.liabilities_minor,
            ),
            (QCoreApplication.translate("ClientCard", "Net worth"), lambda sn: sn.net_worth_minor),
            (
                QCoreApplication.translate("ClientCard", "Investable"),
                lambda sn: sn.investable_minor,
            ),
            (
                QCoreApplication.translate("ClientCard", "Annual income"),
                lambda sn: sn.annual_income_minor,
            ),
        ]
        self.snapshots.setRowCount(len(rows))
        self.snapshots.setColumnCount(len(card.snapshots))
        self.snapshots.setVerticalHeaderLabels([name for name, _get in rows])
        self.snapshots.setHorizontalHeaderLabels(
            [i18n.format_date(sn.as_of) for sn in card.snapshots]
        )
        for column, snap in enumerate(card.snapshots):
            for row, (_name, get) in enumerate(rows):
                value = get(snap)
                if isinstance(value, int):
                    text = (
                        i18n.format_money(value, snap.currency).replace(snap.currency, "").strip()
                    )
                    text = text.replace("¥", "").replace("US$", "")
                else:
                    text = value or ""
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row >= len(rows) - 5:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.snapshots.setItem(row, column, item)
        if card.snapshots:
            latest = card.snapshots[0]
            self.tier_label.setText(
                QCoreApplication.translate(
                    "ClientCard", "Tier: %1 (from the snapshot of %2; net worth %3, investable %4)"
                )
                .replace("%1", label("tier", card.tier))
                .replace("%2", i18n.format_date(latest.as_of))
                .replace("%3", i18n.format_money(latest.net_worth_minor, latest.currency))
                .replace("%4", i18n.format_money(latest.investable_minor, latest.currency))
            )
        else:
            self.tier_label.setText(
                QCoreApplication.translate(
                    "ClientCard", "Tier: %1 (no financial snapshot yet)"
                ).replace("%1", label("tier", card.tier))
            )

    def _open_related(self, item: QListWidgetItem) -> None:
        client_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(client_id, int) and client_id != self._baseline.id:
            self.openClient.emit(client_id)

    def _update_title(self) -> None:
        card = self._baseline
        if card.id is None:
            self.title.setText(QCoreApplication.translate("ClientCard", "New client"))
            self.subtitle.setText(
                QCoreApplication.translate(
                    "ClientCard", "Fill in at least the legal name, then save."
                )
            )
            return
        self.title.setText(card.display_name)
        self.subtitle.setText(
            QCoreApplication.translate("ClientCard", "%1 · %2 · owner %3")
            .replace("%1", label("status", card.status))
            .replace("%2", label("tier", card.tier))
            .replace("%3", card.owner or "—")
        )

    def collect(self) -> ClientCard:
        """The card as the user sees it now, on top of the loaded card's read-only parts."""
        values: dict[str, Any] = {}
        custom: dict[str, str] = {}
        for path, (editor, _e, _t) in self._fields.items():
            value = self._get(editor)
            if path.startswith("custom."):
                custom[path[7:]] = value or ""
            else:
                values[path] = value
        for name in ("legal_name",):
            values[name] = values[name] or ""
        for name, value in list(values.items()):
            if isinstance(value, str) and name not in ("legal_name", "language", "status"):
                values[name] = _blank(value)
        values["custom"] = {k: v for k, v in custom.items() if v.strip()}
        values["documents"] = [
            DocumentData(
                r["doc_type"], r["number"], _blank(r["issuing_country"] or ""), r["expiry"], r["id"]
            )
            for r in self._lists["documents"][0].records()
        ]
        values["phones"] = [
            PhoneData(r["number"], r["label"], r["id"]) for r in self._lists["phones"][0].records()
        ]
        values["emails"] = [
            EmailData(r["address"], r["label"], r["id"]) for r in self._lists["emails"][0].records()
        ]
        values["addresses"] = [
            AddressData(
                r["line1"],
                _blank(r["line2"]),
                _blank(r["city"]),
                _blank(r["region"]),
                _blank(r["postal_code"]),
                _blank(r["country"]),
                r["label"],
                r["id"],
            )
            for r in self._lists["addresses"][0].records()
        ]
        values["relatives"] = [
            RelativeData(r["name"], r["relation"], r["date_of_birth"], _blank(r["notes"]), r["id"])
            for r in self._lists["relatives"][0].records()
        ]
        return dataclasses.replace(self._baseline, **values)

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline_collected

    # ---- errors --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for editor, error, _tab in self._fields.values():
            mark_invalid(editor, False)
            error.show_message("")
        for editor, _tab in self._lists.values():
            editor.clear_errors()
        self.general_error.show_message("")

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message next to its field and bring the first one into view."""
        self.clear_errors()
        first_tab: int | None = None
        rows: dict[str, dict[int, dict[str, str]]] = {}
        general: list[str] = []
        for error in errors:
            message = app_message(error.message)
            if error.field in self._fields:
                editor, label_widget, tab = self._fields[error.field]
                mark_invalid(editor, True)
                label_widget.show_message(message)
                first_tab = tab if first_tab is None else first_tab
                continue
            parts = error.field.split(".")
            if len(parts) == 3 and parts[0] in self._lists and parts[1].isdigit():
                rows.setdefault(parts[0], {}).setdefault(int(parts[1]), {})[parts[2]] = message
                tab = self._lists[parts[0]][1]
                first_tab = tab if first_tab is None else first_tab
                continue
            general.append(message)
        for name, by_row in rows.items():
            self._lists[name][0].show_errors(by_row)
        summary = QCoreApplication.translate(
            "ClientCard", "Not saved: fix the fields marked in red."
        )
        self.general_error.show_message("\n".join([summary, *general]))
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    # ---- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in one transaction. Returns False (edits kept on screen) when it did not."""
        if self.office.read_only:
            self.general_error.show_message(
                QCoreApplication.translate(
                    "ClientCard", "This office is open read-only; changes cannot be saved."
                )
            )
            return False
        card = self.collect()
        from ui.duplicate_check import confirm_not_duplicate  # warns, never blocks

        if card.id is None and not confirm_not_duplicate(self, self.office, card):
            return False
        try:
            try:
                client_id = self._write(card, acknowledge=False)
            except ConsentAcknowledgementRequired:
                if not self._confirm_without_consent():
                    self.general_error.show_message(
                        QCoreApplication.translate(
                            "ClientCard",
                            "Not saved: record the client's consent to sensitive personal "
                            "information first, or leave the identity number out.",
                        )
                    )
                    return False
                client_id = self._write(card, acknowledge=True)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self.clear_errors()
            text = "\n".join(
                (
                    app_message(str(exc)),
                    QCoreApplication.translate(
                        "ClientCard",
                        "Cancel (Esc) reloads the saved card; your edits are then lost.",
                    ),
                )
            )
            self.general_error.show_message(text)
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ClientCard", "Changed elsewhere"),
                text,
            )
            return False
        except (OfficeError, LookupError) as exc:
            QMessageBox.critical(
                self, QCoreApplication.translate("ClientCard", "Not saved"), app_message(str(exc))
            )
            return False
        except Exception as exc:  # a database fault must not end the session with a traceback
            log.exception("save failed: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                QCoreApplication.translate("ClientCard", "Not saved"),
                QCoreApplication.translate(
                    "ClientCard",
                    "The card could not be saved (%1). Your edits are still on screen.",
                ).replace("%1", type(exc).__name__),
            )
            return False
        self.load(client_id)
        self.message.emit(
            QCoreApplication.translate("ClientCard", "Saved %1.").replace(
                "%1", self._baseline.display_name
            )
        )
        self.saved.emit(client_id)
        return True

    def _write(self, card: ClientCard, acknowledge: bool) -> int:
        """One transaction: create or save; returns the client's id."""
        with self.office.transaction() as session:
            service = ClientService(session, self.actor)
            if card.id is None:
                return service.create(card, acknowledge_missing_consent=acknowledge)
            service.save(card, acknowledge_missing_consent=acknowledge)
            return card.id

    def _confirm_without_consent(self) -> bool:
        """Office setting "warn": the advisor decides, and a yes is recorded by the service."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ClientCard", "No consent for sensitive information"),
            QCoreApplication.translate(
                "ClientCard",
                "%1 has not given a valid consent to the processing of sensitive personal "
                "information, and this save stores a new identity number.\n\n"
                "Save anyway? Your acknowledgement is recorded with your name. "
                "Otherwise cancel and record the consent first (Consents section).",
            ).replace(
                "%1",
                self._baseline.display_name
                or QCoreApplication.translate("ClientCard", "the new client"),
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def cancel(self) -> None:
        """Drop the edits and show the card as saved now (which also clears a conflict)."""
        if self._baseline.id is None:
            self.clear()
        else:
            try:
                self.load(self._baseline.id)
            except LookupError as exc:
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("ClientCard", "Client removed"),
                    app_message(str(exc)),
                )
                self.clear()
        self.message.emit(QCoreApplication.translate("ClientCard", "Edits discarded."))

    def maybe_leave(self) -> bool:
        """The unsaved-changes guard: True when it is fine to show something else."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ClientCard", "Unsaved changes"),
            QCoreApplication.translate(
                "ClientCard", "You have unsaved changes to %1. Save them?"
            ).replace(
                "%1",
                self._baseline.display_name
                or QCoreApplication.translate("ClientCard", "the new client"),
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _reveal_document(self, document_id: int) -> str | None:
        if self._baseline.id is None:
            return None
        if self.office.read_only:
            QMessageBox.information(
                self,
                QCoreApplication.translate("ClientCard", "Reveal identity number"),
                QCoreApplication.translate(
                    "ClientCard", "Revealing is recorded, which a read-only window cannot do."
                ),
            )
            return None
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ClientCard", "Reveal identity number"),
            QCoreApplication.translate("ClientCard", "Why do you need the full number? (recorded)"),
        )
        if not ok:
            return None
        try:
            with self.office.transaction() as session:
                return ClientService(session, self.actor).reveal_document(
                    self._baseline.id, document_id, reason
                )
        except (LookupError, OfficeError) as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ClientCard", "Reveal identity number"),
                app_message(str(exc)),
            )
            return None

    def add_snapshot(self) -> None:
        from ui.dialogs.snapshot_dialog import SnapshotDialog

        if self._baseline.id is None:
            return
        dialog = SnapshotDialog(self._base_currency, self)
        if dialog.exec() != SnapshotDialog.DialogCode.Accepted:
            return
        snap = dialog.snapshot()
        assert snap is not None
        client_id = self._baseline.id
        try:
            with self.office.transaction() as session:
                service = ClientService(session, self.actor)
                before = service.load(client_id).version
                service.add_snapshot(client_id, snap)
                session.flush()
                after = service.load(client_id)
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ClientCard", "Snapshot not added"),
                "\n".join(app_message(e.message) for e in exc.errors),
            )
            return
        # The snapshot re-derives the tier, which bumps the row version. That change is
        # ours, so a card that was current stays current (its edits are kept).
        edits = self.collect()
        baseline = dataclasses.replace(
            self._baseline,
            snapshots=after.snapshots,
            tier=after.tier,
            version=after.version if before == self._baseline.version else self._baseline.version,
        )
        dirty = edits != self._baseline_collected
        self._baseline = baseline
        self._baseline_collected = dataclasses.replace(
            self._baseline_collected,
            snapshots=after.snapshots,
            tier=after.tier,
            version=baseline.version,
        )
        if dirty:
            self._fill_read_only(baseline)
            self._update_title()
        else:
            self.fill(baseline)
        self._check_dirty()
        self.message.emit(QCoreApplication.translate("ClientCard", "Snapshot added."))
        self.saved.emit(client_id)
