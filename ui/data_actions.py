"""The File menu's data entries (issue 9): Import clients…, Export clients…, Duplicates…,
Data quality…. A hook for ui/main_window.py: the texts are bound to the window's own
retranslator (context MainWindow), so a language switch renames them with the rest."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def _refresh(window) -> None:  # type: ignore[no-untyped-def]
    window.model.refresh(keep_loaded=True)
    window.refresh_filter_values()
    window._update_count()


def add_data_actions(window, menu: QMenu) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
    office, actor = window.office, window.actor
    actions: dict[str, QAction] = {}

    def add(name: str, text: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(window)
        action.setObjectName(name)
        window._t.bind(action.setText, text)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[name] = action
        return action

    def open_import() -> None:
        from ui.dialogs.import_wizard import open_import_wizard

        open_import_wizard(window, office, actor, lambda: _refresh(window))

    def open_export() -> None:
        from ui.dialogs.export_dialog import open_export_dialog

        def done(result) -> None:  # type: ignore[no-untyped-def]
            if result is not None:
                window.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Exported %1 clients to %2.")
                    .replace("%1", f"{result.rows:,}")
                    .replace("%2", result.path.name),
                    8000,
                )

        open_export_dialog(window, office, actor, done)

    def open_duplicates() -> None:
        from ui.duplicates_view import DuplicatesView  # rapidfuzz and merge: not at start-up

        view = DuplicatesView(office, actor, window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.openClient.connect(window._open_related)
        view.merged.connect(lambda: _refresh(window))
        view.show()
        view.scan()

    def open_quality() -> None:
        from ui.data_quality_view import DataQualityView, show_problems

        view = DataQualityView(office, actor, window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def open_problems(client_id: int, problems: list) -> None:  # type: ignore[type-arg]
            if window.open_client(client_id):
                window._select(client_id)
                show_problems(window.card, problems)

        view.openProblems.connect(open_problems)
        view.tasksCreated.connect(
            window.my_day.refresh if hasattr(window.my_day, "refresh") else (lambda: None)
        )
        view.show()
        view.run()

    menu.addSeparator()
    add(
        "importClients", QT_TRANSLATE_NOOP("MainWindow", "&Import clients…"), open_import
    ).setEnabled(not office.read_only)
    add("exportClients", QT_TRANSLATE_NOOP("MainWindow", "E&xport clients…"), open_export)
    add(
        "duplicateClients", QT_TRANSLATE_NOOP("MainWindow", "&Duplicates…"), open_duplicates
    ).setEnabled(not office.read_only)
    add("dataQuality", QT_TRANSLATE_NOOP("MainWindow", "Data &quality…"), open_quality)
    return actions
