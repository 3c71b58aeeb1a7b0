"""The main window: the searchable client list on the left, the open card on the right.

Everything it shows comes from the Office it is given (dependency injection), so tests
and benchmarks build it directly without the unlock window.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cards import TIERS
from app.client_list import ClientListService, ListQuery
from app.clients import ClientService
from app.erasure import ErasureError, ScrubReport, erase_client, purge_expired
from app.settings import SettingsService
from app.subject_export import SubjectExportError, export_subject
from db.errors import OfficeError
from db.office import Office
from ui import i18n
from ui.client_card import ClientCardWidget
from ui.complaints_view import ComplaintsView
from ui.labels import custom_label, label
from ui.models.client_table_model import ClientTableModel
from ui.my_day_view import MyDayView
from ui.scrub_worker import ScrubWorker

log = logging.getLogger(__name__)
CTX = "MainWindow"
SEARCH_DEBOUNCE_MS = 150
LEFT_TABS = (
    QT_TRANSLATE_NOOP("MainWindow", "Clients"),
    QT_TRANSLATE_NOOP("MainWindow", "My day"),
    QT_TRANSLATE_NOOP("MainWindow", "Complaints"),
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
)


class MainWindow(QMainWindow):
    scrubFinished = Signal(bool)  # the file was rewritten after an erasure or purge

    def __init__(
        self,
        office: Office,
        settings: QSettings | None = None,
        translations: i18n.Translations | None = None,
        actor: str = "advisor",
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.office = office
        self.settings = settings if settings is not None else QSettings()
        self.translations = translations
        self.actor = actor
        self._t = i18n.Retranslator(CTX)
        self._scrub_thread: QThread | None = None
        self._scrub_worker: ScrubWorker | None = None
        self._scrub_progress: QProgressDialog | None = None
        self._after_scrub: Callable[[bool], None] | None = None
        with office.session() as session:
            self._custom_defs = ClientService(session).custom_fields()
            self._office_name = str(SettingsService(session).get("office.name"))
            base_currency = str(SettingsService(session).get("office.base_currency"))
        self.model = ClientTableModel(office.session, self._custom_defs, base_currency, self)
        self._build(actor)
        self._owners: list[str] = []
        self._tags: list[str] = []
        self._custom_choices = [
            (d, value)
            for d in self._custom_defs
            if d.kind in ("choice", "bool")
            for value in (d.choices if d.kind == "choice" else ["yes", "no"])
        ]
        self.custom_filter.setVisible(bool(self._custom_choices))
        # Owners and tags are DISTINCT scans over the whole book (~90 ms at 100k clients):
        # fill those two combos just after the first paint instead of delaying it.
        QTimer.singleShot(0, self.refresh_filter_values)
        self.retranslate()
        self._restore_state()
        self._update_count()
        from ui.lock import install_lock  # issue 8: lock on idle, Ctrl+L and screen lock

        self.window_lock = install_lock(self, office)
        from ui.dialogs.users_dialog import add_security_menu

        self.security_menu = add_security_menu(self, office, self.window_lock.lock)

    # ---- construction --------------------------------------------------------------------
    def _build(self, actor: str) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #ffda6a;"
            " padding: 6px; font-weight: bold;"
        )
        outer.addWidget(self.banner)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.tier_filter = QComboBox()
        self.status_filter = QComboBox()
        self.owner_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.custom_filter = QComboBox()
        for name, combo in (
            ("tierFilter", self.tier_filter),
            ("statusFilter", self.status_filter),
            ("ownerFilter", self.owner_filter),
            ("tagFilter", self.tag_filter),
            ("customFilter", self.custom_filter),
        ):
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_query)
            bar.addWidget(combo)
        self.custom_filter.setVisible(False)

        self.view = QTableView()
        self.view.setObjectName("clientList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Indicator first: enabling sorting re-sorts by the current indicator, which would
        # otherwise be a descending sort (a wasted query) before the ascending one.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._on_activated)
        widths = (190, 90, 80, 80, 90, 150, 100, 130, 160)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setStyleSheet("color: #555; padding: 8px;")
        self.empty_label.hide()
        list_layout.addWidget(self.empty_label)
        # smart and hand-picked lists beside the client list (issue 6)
        from ui.widgets.smart_list_sidebar import SmartListSidebar

        self.smart_lists = SmartListSidebar(self.office, actor, lambda: self.card.client_id)
        self.smart_lists.segmentChanged.connect(self._apply_query)
        self.smart_lists.membersChanged.connect(
            lambda: (self.model.refresh(), self._update_count())
        )
        list_row = QHBoxLayout()
        list_row.addWidget(self.smart_lists)
        list_row.addWidget(self.view, 1)
        list_layout.addLayout(list_row, 1)

        self.card = ClientCardWidget(self.office, actor)
        self.card.saved.connect(self._on_saved)
        self.card.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.card.dirtyChanged.connect(self.setWindowModified)
        self.card.openClient.connect(self._open_related)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        # the client list, My day and the complaints list share the left pane (issue 3)
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(list_pane, "")
        self.my_day = MyDayView(self.office, actor)
        self.my_day.openClient.connect(self._open_related)
        self.card.taskCreated.connect(self.my_day.task_added)
        self.left_tabs.addTab(self.my_day, "")
        self.complaints = ComplaintsView(self.office, actor)
        self.complaints.openClient.connect(self._open_related)
        self.left_tabs.addTab(self.complaints, "")
        # the office dashboard (issue 6): its charts are computed off the UI thread when shown
        from ui.dashboard_view import DashboardView

        self.dashboard = DashboardView(self.office)
        self.dashboard.drillRequested.connect(self.show_segment)
        self.left_tabs.addTab(self.dashboard, "")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)

        self._build_menus()

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self._t.bind(self.file_menu.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.new_action = QAction(self)
        self.new_action.setObjectName("newClient")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_client)
        self._t.bind(self.new_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&New client"))
        self.file_menu.addAction(self.new_action)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self._t.bind(self.find_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Find client"))
        self.file_menu.addAction(self.find_action)
        from ui.dialogs.pack_batch_dialog import add_batch_action

        self.packs_action = add_batch_action(self, self.file_menu)
        from ui.data_actions import add_data_actions  # import, export, duplicates, quality

        self.data_actions = add_data_actions(self, self.file_menu)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._t.bind(self.quit_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Quit"))
        self.file_menu.addAction(self.quit_action)

        self._build_privacy_menu()
        from ui.audit_backup_actions import add_audit_and_backup_actions

        add_audit_and_backup_actions(self)  # File: backups, restore; Privacy: audit trail
        from ui.dialogs.suitability_report_dialog import SuitabilityMenu

        self.suitability_menu = SuitabilityMenu(self, self.office)
        self.menuBar().addMenu(self.suitability_menu)

        self.language_menu = menu_bar.addMenu("")
        self._t.bind(self.language_menu.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        current = self.translations.language if self.translations else "en"
        self.language_actions.get(current, self.language_actions["en"]).setChecked(True)

    def _build_privacy_menu(self) -> None:
        self.privacy_menu = self.menuBar().addMenu("")
        self.privacy_menu.setObjectName("privacyMenu")
        self._t.bind(self.privacy_menu.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Privacy"))
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportClientData")
        self.export_action.triggered.connect(self.export_client_data)
        self._t.bind(
            self.export_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Export client data…")
        )
        self.erase_action = QAction(self)
        self.erase_action.setObjectName("eraseClient")
        self.erase_action.triggered.connect(self.erase_client)
        self._t.bind(self.erase_action.setText, QT_TRANSLATE_NOOP("MainWindow", "E&rase client…"))
        self.purge_action = QAction(self)
        self.purge_action.setObjectName("purgeExpired")
        self.purge_action.triggered.connect(self.purge_expired)
        self._t.bind(
            self.purge_action.setText,
            QT_TRANSLATE_NOOP("MainWindow", "&Purge expired records…"),
        )
        self.report_action = QAction(self)
        self.report_action.setObjectName("consentReport")
        self.report_action.triggered.connect(self.consent_report)
        self._t.bind(
            self.report_action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Consent report…")
        )
        self.privacy_menu.addAction(self.export_action)
        self.privacy_menu.addAction(self.erase_action)
        self.privacy_menu.addSeparator()
        self.privacy_menu.addAction(self.purge_action)
        self.privacy_menu.addSeparator()
        self.privacy_menu.addAction(self.report_action)
        self.privacy_menu.aboutToShow.connect(self._update_privacy_actions)
        self._update_privacy_actions()

    def _update_privacy_actions(self) -> None:
        """Each of these writes (the access log at least): none in a read-only window."""
        writable = not self.office.read_only and self._scrub_thread is None
        has_client = self.card.client_id is not None
        self.export_action.setEnabled(writable and has_client)
        self.erase_action.setEnabled(writable and has_client)
        self.purge_action.setEnabled(writable)

    def refresh_filter_values(self) -> None:
        """Owners and tags come from the office; re-read after a save may have added one."""
        with self.office.session() as session:
            service = ClientListService(session)
            self._owners = service.owners()
            self._tags = service.tags()
        self._refill_value_combos()

    def _refill_combo(
        self, combo: QComboBox, any_text: str, items: list[tuple[str, object]]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # ---- language ------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if self.translations is None:
            self.translations = i18n.Translations()
        self.translations.set_language(language)
        self.settings.setValue("ui/language", language)
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)
        # Installing a translator posts LanguageChange to every widget; deliver those now so
        # the switch is complete when this returns. The model is not a widget: refresh it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._t.apply()
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow",
                "Search names, pinyin, initials, phone, email, ID tail, tags  (Ctrl+F)",
            )
        )
        self._refill_combo(
            self.tier_filter,
            QCoreApplication.translate("MainWindow", "All tiers"),
            [(label("tier", t), t) for t in TIERS],
        )
        self._refill_combo(
            self.status_filter,
            QCoreApplication.translate("MainWindow", "All statuses"),
            [(label("status", s), s) for s in ("prospect", "active", "dormant", "former")],
        )
        self._refill_value_combos()
        chinese = i18n.is_chinese()
        self._refill_combo(
            self.custom_filter,
            QCoreApplication.translate("MainWindow", "Any custom field"),
            [
                (
                    f"{custom_label(d, chinese)}: {label('bool', v) if d.kind == 'bool' else v}",
                    (d.key, v),
                )
                for d, v in self._custom_choices
            ],
        )
        title = QCoreApplication.translate("MainWindow", "AdvisorDesk — %1").replace(
            "%1", self._office_name
        )
        if self.office.read_only:
            title += " " + QCoreApplication.translate("MainWindow", "(read-only)")
        self.setWindowTitle(title + "[*]")
        self._update_banner()
        self._update_count()
        self.model.retranslate()
        for index, source in enumerate(LEFT_TABS):
            self.left_tabs.setTabText(index, QCoreApplication.translate("MainWindow", source))

    def _refill_value_combos(self) -> None:
        self._refill_combo(
            self.owner_filter,
            QCoreApplication.translate("MainWindow", "All owners"),
            [(o, o) for o in self._owners],
        )
        self._refill_combo(
            self.tag_filter,
            QCoreApplication.translate("MainWindow", "All tags"),
            [(t, t) for t in self._tags],
        )

    def _update_banner(self) -> None:
        lines: list[str] = []
        if self.office.read_only:
            lines.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "Read-only: you can look, but nothing you change here can be saved.",
                )
            )
        lines.extend(QCoreApplication.translate("AppMessages", w) for w in self.office.warnings)
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    # ---- list ----------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        custom = self.custom_filter.currentData()
        return ListQuery(
            text=self.search.text().strip(),
            tier=self.tier_filter.currentData(),
            status=self.status_filter.currentData(),
            owner=self.owner_filter.currentData(),
            tag=self.tag_filter.currentData(),
            custom=(tuple(custom),) if custom else (),
            segment=self.smart_lists.current_segment(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def _apply_query(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._update_count()

    def _update_count(self) -> None:
        self.empty_label.setVisible(self.model.total == 0)
        self.empty_label.setText(
            QCoreApplication.translate(
                "MainWindow",
                "No client matches. Check the spelling, try pinyin or initials, or clear the filters.",
            )
            if self.model.total == 0 and self._has_criteria()
            else QCoreApplication.translate(
                "MainWindow",
                "No clients yet. Create the first one with File → New client (Ctrl+N).",
            )
        )
        self.count_label.setText(
            QCoreApplication.translate("MainWindow", "Clients: %1").replace(
                "%1", i18n.format_int(self.model.total)
            )
        )

    def _has_criteria(self) -> bool:
        query = self.model.query
        return bool(
            query.text
            or query.tier
            or query.status
            or query.owner
            or query.tag
            or query.custom
            or query.segment
        )

    def show_segment(self, name: str, definition: object) -> None:
        """Show the clients behind a chart's bar in the client list (issue 6)."""
        if isinstance(definition, dict):
            self.smart_lists.show_drill(name, definition)
            self.left_tabs.setCurrentIndex(0)

    def _search_enter(self) -> None:
        """Enter in the search box: search now and open the first hit."""
        self._apply_query()
        if self.model.rowCount() > 0:
            self.view.setFocus()
            self.view.selectRow(0)
            if self.model.rowCount() == 1:
                self._on_activated(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box walks into the results, so the keyboard never has to leave."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            if self._debounce.isActive():
                self._apply_query()
            if self.model.rowCount() == 0:
                return True
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.open_client(client_id)

    def open_client(self, client_id: int) -> bool:
        """Show a client in the card, asking first if the open card has unsaved edits."""
        if self.card.client_id == client_id:
            return True
        if not self.card.maybe_leave():
            self._select(self.card.client_id)
            return False
        from app.access import PermissionDenied

        try:
            self.card.load(client_id)
        except PermissionDenied as exc:  # another advisor's client, not shared (issue 8)
            QMessageBox.information(
                self, "AdvisorDesk", QCoreApplication.translate("AppMessages", str(exc))
            )
            return False
        self._update_privacy_actions()
        return True

    def _open_related(self, client_id: int) -> None:
        if self.open_client(client_id):
            self._select(client_id)

    def new_client(self) -> None:
        if self.office.read_only:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "This office is open read-only."), 5000
            )
            return
        if not self.card.maybe_leave():
            return
        self.card.clear()
        self._update_privacy_actions()
        self.view.clearSelection()
        self.card.tabs.setCurrentIndex(0)
        self.card.findChild(QLineEdit, "legal_name").setFocus()

    def _select(self, client_id: int | None) -> None:
        if client_id is None:
            return
        row = self.model.row_for_client(client_id)
        if row >= 0:
            self.view.selectRow(row)

    def _on_saved(self, client_id: int) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.refresh_filter_values()
        self.model.refresh(keep_loaded=True)
        self._update_count()
        self.view.verticalScrollBar().setValue(scroll)
        self._select(client_id)
        self._update_privacy_actions()

    # ---- privacy -------------------------------------------------------------------------
    def consent_report(self) -> None:
        """Coverage, missing required consents, withdrawals: computed in a worker; works
        read-only too. A second request raises the open report."""
        from ui.dialogs.consent_report_dialog import ConsentReportDialog

        dialog = self.findChild(ConsentReportDialog, "consentReportDialog")
        if dialog is None or not dialog.isVisible():  # a closed one awaits deletion
            dialog = ConsentReportDialog(self.office, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.openClient.connect(self._open_related)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _privacy_precheck(self, title: str) -> int | None:
        """The open card's client, or None (with a word why) when the act cannot run."""
        if self.office.read_only:
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate(
                    "MainWindow", "This office is open read-only; this needs a writable window."
                ),
            )
            return None
        client_id = self.card.client_id
        if client_id is None:
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate("MainWindow", "Open the client's card first."),
            )
        return client_id

    def export_client_data(self) -> None:
        """Access and copy: JSON and PDF of everything held on the open card's client."""
        title = QCoreApplication.translate("MainWindow", "Export client data")
        client_id = self._privacy_precheck(title)
        if client_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("MainWindow", "Folder for the client's data"),
            str(Path.home()),
        )
        if not folder:
            return
        try:
            with self.office.transaction() as session:
                files = export_subject(session, client_id, Path(folder), actor=self.actor)
        except (SubjectExportError, LookupError, OfficeError) as exc:
            QMessageBox.warning(self, title, QCoreApplication.translate("AppMessages", str(exc)))
            return
        except Exception as exc:
            log.exception("subject export failed: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                title,
                QCoreApplication.translate("MainWindow", "Nothing was exported (%1).").replace(
                    "%1", type(exc).__name__
                ),
            )
            return
        QMessageBox.information(
            self,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Wrote %1 and %2 (%3 records). They hold the client's full data, identity "
                "numbers included: hand them over securely and keep no copy.",
            )
            .replace("%1", str(files.json_path))
            .replace("%2", str(files.pdf_path))
            .replace("%3", i18n.format_int(files.rows)),
        )
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Client data exported."), 5000
        )

    def erase_client(self) -> None:
        """Erasure on request: confirm strongly, anonymise in one transaction, then rewrite
        the file in a worker thread so no copy of the person survives in free pages."""
        from ui.dialogs.erase_client_dialog import EraseClientDialog

        title = QCoreApplication.translate("MainWindow", "Erase client")
        client_id = self._privacy_precheck(title)
        if client_id is None or self._scrub_thread is not None:
            return
        if not self.card.maybe_leave():
            return
        with self.office.session() as session:
            name = ClientService(session).load(client_id).legal_name
        dialog = EraseClientDialog(client_id, name, self)
        if dialog.exec() != EraseClientDialog.DialogCode.Accepted:
            return
        try:
            with self.office.transaction() as session:
                report = erase_client(session, client_id, self.actor, dialog.reason_text())
        except (ErasureError, LookupError, OfficeError) as exc:
            QMessageBox.warning(self, title, QCoreApplication.translate("AppMessages", str(exc)))
            return
        except Exception as exc:
            log.exception("erasure failed: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                title,
                QCoreApplication.translate(
                    "MainWindow", "Nothing was erased (%1); the client is unchanged."
                ).replace("%1", type(exc).__name__),
            )
            return
        kept = sum(report.kept.values())
        self.card.load(client_id)
        self._on_saved(client_id)

        def done(ok: bool) -> None:
            text = (
                QCoreApplication.translate(
                    "MainWindow",
                    "Client %1 was erased. %2 records are kept for their retention periods. "
                    "Backups made before now still hold the client until they are rotated out.",
                )
                .replace("%1", str(client_id))
                .replace("%2", i18n.format_int(kept))
            )
            if not ok:
                text += "\n\n" + self._scrub_failed_text()
            QMessageBox.information(self, title, text)

        self._start_scrub(done)

    def purge_expired(self) -> None:
        """Delete what erased clients left behind once retention has passed."""
        title = QCoreApplication.translate("MainWindow", "Purge expired records")
        if self.office.read_only or self._scrub_thread is not None:
            return
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Delete the consent records, evidence and financial snapshots that erased "
                "clients left behind once their retention periods have passed? Clients who "
                "were not erased keep their history.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.office.transaction() as session:
                report = purge_expired(session, dt.date.today(), actor=self.actor)
        except (LookupError, OfficeError) as exc:
            QMessageBox.warning(self, title, QCoreApplication.translate("AppMessages", str(exc)))
            return
        except Exception as exc:
            log.exception("purge failed: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                title,
                QCoreApplication.translate("MainWindow", "Nothing was purged (%1).").replace(
                    "%1", type(exc).__name__
                ),
            )
            return
        text = (
            QCoreApplication.translate(
                "MainWindow",
                "Purged what %1 erased client(s) left past retention: %2 consent records, "
                "%3 attachments, %4 financial snapshots, %5 cards.",
            )
            .replace("%1", i18n.format_int(report.clients))
            .replace("%2", i18n.format_int(report.consent_records))
            .replace("%3", i18n.format_int(report.attachments))
            .replace("%4", i18n.format_int(report.snapshots))
            .replace("%5", i18n.format_int(report.cards))
        )
        if not report.clients:
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate(
                    "MainWindow", "Nothing has passed its retention period yet."
                ),
            )
            return
        self.model.refresh(keep_loaded=True)
        self._update_count()

        def done(ok: bool) -> None:
            QMessageBox.information(
                self, title, text if ok else text + "\n\n" + self._scrub_failed_text()
            )

        self._start_scrub(done)

    @staticmethod
    def _scrub_failed_text() -> str:
        return QCoreApplication.translate(
            "MainWindow",
            "The office file could not be rewritten, so old copies may remain in its free "
            "space until the next erasure or purge rewrites it. Close other windows on this "
            "office before that.",
        )

    def _start_scrub(self, then: Callable[[bool], None]) -> None:
        """Run scrub_file off the GUI thread behind a busy progress dialog."""
        self._after_scrub = then
        progress = QProgressDialog(self)
        progress.setObjectName("scrubProgress")
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Wiping"))
        progress.setLabelText(
            QCoreApplication.translate(
                "MainWindow",
                "Rewriting the office file so nothing erased remains in it. "
                "This can take a minute on a large office.",
            )
        )
        progress.setCancelButton(None)  # VACUUM cannot be stopped halfway
        progress.setRange(0, 0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._scrub_progress = progress
        thread = QThread(self)
        worker = ScrubWorker(self.office.engine)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._scrub_succeeded)
        worker.failed.connect(self._scrub_failed)
        self._scrub_thread, self._scrub_worker = thread, worker
        self._update_privacy_actions()
        thread.start()

    @Slot(object)
    def _scrub_succeeded(self, report: ScrubReport) -> None:
        log.info("scrub: vacuum %.0f ms, wal left %d", report.vacuum_ms, report.wal_left_frames)
        self._end_scrub(True)

    @Slot(str)
    def _scrub_failed(self, _kind: str) -> None:
        self._end_scrub(False)

    def _end_scrub(self, ok: bool) -> None:
        thread, self._scrub_thread = self._scrub_thread, None
        self._scrub_worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if self._scrub_progress is not None:
            self._scrub_progress.close()
            self._scrub_progress.deleteLater()
            self._scrub_progress = None
        self._update_privacy_actions()
        then, self._after_scrub = self._after_scrub, None
        self.scrubFinished.emit(ok)
        if then is not None:
            then(ok)

    # ---- state ---------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([820, 580])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._scrub_thread is not None:  # never close the office under a running VACUUM
            event.ignore()
            return
        if not self.card.maybe_leave():
            event.ignore()
            return
        if not self.backups.before_close(self.close):  # an on-close backup runs first
            event.ignore()
            return
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.sync()
        event.accept()
