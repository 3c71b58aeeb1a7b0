"""Review pack… on the client card: choose language, paper and watermark, then save the
PDF and open it, or print it through the system print dialog.

One pack takes a few dozen milliseconds to build, so it is built here on the UI thread
(with a busy cursor); batches go through ui/pack_worker.py. Save writes the file the
user chose (under a temporary name, renamed when complete) and opens it with the system's
viewer; Print renders the pages with PDFium onto the chosen printer, writing nothing to
disk. Either records the pack on the client's timeline in the same transaction (unless
the office is open read-only).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.pack_batch import pack_file_name
from app.review_pack import (
    PackError,
    PackOptions,
    PackResult,
    build_pack,
    record_printed,
    write_pack_file,
)
from db.office import Office
from ui import i18n
from ui.pack_printing import PrintFailed, print_pdf
from ui.widgets.fields import ErrorLabel
from ui.widgets.pack_options import FollowLanguage, PackOptionsForm

CTX = "ReviewPackDialog"


def add_card_button(card: QWidget, header: QHBoxLayout) -> QPushButton:
    """The card's "Review pack…" button (a hook for ui/client_card.py)."""
    button = QPushButton()
    button.setObjectName("reviewPackButton")
    retranslator = i18n.Retranslator(CTX)
    retranslator.bind(button.setText, QT_TRANSLATE_NOOP("ReviewPackDialog", "Review pack…"))
    retranslator.bind(
        button.setToolTip,
        QT_TRANSLATE_NOOP(
            "ReviewPackDialog", "Print or save this client's review pack for a meeting"
        ),
    )
    FollowLanguage(button, retranslator)

    def open_dialog() -> None:
        baseline = getattr(card, "_baseline", None)
        client_id = getattr(baseline, "id", None)
        if client_id is None:
            return
        ReviewPackDialog(
            card.office,  # type: ignore[attr-defined]
            card.actor,  # type: ignore[attr-defined]
            client_id,
            baseline.display_name,  # type: ignore[union-attr]
            card,
        ).exec()

    button.clicked.connect(open_dialog)
    header.addWidget(button)
    return button


class ReviewPackDialog(QDialog):
    def __init__(
        self,
        office: Office,
        actor: str,
        client_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPackDialog")
        self.office = office
        self.actor = actor
        self.client_id = client_id
        self.saved_path: Path | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setWindowTitle(QCoreApplication.translate("ReviewPackDialog", "Review pack"))
        layout = QVBoxLayout(self)
        title = QLabel(name)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.form = PackOptionsForm(actor)
        layout.addWidget(self.form)
        hint = QLabel(
            QCoreApplication.translate(
                "ReviewPackDialog",
                "The pack holds what is recorded for the client; sections with nothing "
                "recorded are left out. Identity and account numbers are printed masked. "
                "Each pack saved or printed is noted on the client's timeline.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        self.error = ErrorLabel()
        self.error.setObjectName("dialogError")
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("packStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            QCoreApplication.translate("ReviewPackDialog", "Save and open…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button.setObjectName("savePackButton")
        self.print_button = buttons.addButton(
            QCoreApplication.translate("ReviewPackDialog", "Print…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.print_button.setObjectName("printPackButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("ReviewPackDialog", "Close"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_and_open)
        self.print_button.clicked.connect(self.print_pack)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    # ---- actions -------------------------------------------------------------------------

    def _build(self, options: PackOptions) -> PackResult | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.office.session() as session:
                return build_pack(session, self.client_id, options)
        except PackError as exc:
            self.error.show_message(str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _record(self, result: PackResult) -> None:
        if self.office.read_only:
            return
        with self.office.transaction() as session:
            record_printed(session, self.client_id, result.sections, result.language, self.actor)

    def _default_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder or Path.home()) / pack_file_name(self.client_id, dt.date.today()))

    def save_and_open(self) -> None:
        self.error.show_message("")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ReviewPackDialog", "Save the review pack"),
            self._default_path(),
            QCoreApplication.translate("ReviewPackDialog", "PDF files (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        result = self._build(self.form.options())
        if result is None:
            return
        try:
            write_pack_file(target, lambda fh: fh.write(result.pdf))
        except PackError as exc:
            self.error.show_message(str(exc))
            return
        self._record(result)
        self.saved_path = target
        pages = result.pages  # a plain name: lupdate skips calls whose count is an expression
        self.status.setText(
            QCoreApplication.translate(
                "ReviewPackDialog", "Saved %1 (%n page(s)).", "", pages
            ).replace("%1", target.name)
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def print_pack(self) -> None:
        self.error.show_message("")
        result = self._build(self.form.options())
        if result is None:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate("ReviewPackDialog", "Print the review pack")
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(result.pdf, self.printer)
        except PrintFailed:
            self.error.show_message(
                QCoreApplication.translate(
                    "ReviewPackDialog", "The printer could not be opened; check it and try again."
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._record(result)
        self.status.setText(
            QCoreApplication.translate(
                "ReviewPackDialog", "Sent %n page(s) to the printer.", "", pages
            )
        )
