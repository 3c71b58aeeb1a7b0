"""The import wizard on a real office: detected encoding, suggested mapping, a check that
marks the bad cell, all-or-nothing, skip-invalid, and a cancel that leaves the office as
it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from app.import_mapping import TemplateService
from db.models import Client
from db.office import Office
from tests.app.import_files import ROWS, bad_checksum, excel_gb18030_csv
from ui.dialogs.import_wizard import ImportWizard


def _clients(office: Office) -> int:
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(Client)) or 0)


def _next_from_file(qtbot, office: Office, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    """A shown wizard with Next pressed on the file page (the read has started)."""
    wizard = ImportWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()  # reads the file off the UI thread, then moves on by itself
    return wizard


def _reading_through(monkeypatch, wrapper) -> None:  # type: ignore[no-untyped-def]
    """Route the wizard's reads through `wrapper(real_read, *args, **kwargs)`."""
    import app.import_read

    real = app.import_read.read_source
    monkeypatch.setattr(app.import_read, "read_source", lambda *a, **kw: wrapper(real, *a, **kw))


def _to_run_page(qtbot, office: Office, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = _next_from_file(qtbot, office, path)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    assert "gb18030" in wizard.file_page.info.text()
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    return wizard


def _wait_done(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.job is None, timeout=30_000)


def test_check_marks_the_bad_cell_then_skip_invalid_imports(
    qtbot, office: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in ROWS]
    rows[1][1] = bad_checksum(rows[1][1])
    wizard = _to_run_page(qtbot, office, excel_gb18030_csv(tmp_path / "a.csv", rows))
    mapping = wizard.mapping_page.mapping()
    assert mapping["姓名"] == "legal_name" and mapping["身份证号"] == "id_number"
    wizard.run_page.check_button.click()
    _wait_done(qtbot, wizard)
    page = wizard.run_page
    assert "Check only" in page.summary.text()
    bad = page.preview.item(1, 3)  # row 2 of the data, column 身份证号 (after Row, Result)
    assert "check character" in bad.toolTip()
    assert page.preview.item(0, 3).toolTip() == ""
    page.import_button.click()
    _wait_done(qtbot, wizard)
    assert "Nothing was imported" in page.summary.text()
    assert _clients(office) == 0
    page.skip_invalid.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        page.import_button.click()
    _wait_done(qtbot, wizard)
    assert _clients(office) == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancel_leaves_the_office_unchanged(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        [f"客户{i}", "", f"1370000{i:04d}", f"c{i}@example.cn", "", "", "", ""] for i in range(6000)
    ]
    wizard = _to_run_page(qtbot, office, excel_gb18030_csv(tmp_path / "big.csv", rows))
    wizard.run_page.import_button.click()
    wizard.run_page.cancel_button.click()
    _wait_done(qtbot, wizard)
    assert "Cancelled" in wizard.run_page.summary.text()
    assert _clients(office) == 0


def test_bad_file_and_saved_mapping(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "Choose a file" in wizard.file_page.error.text()
    wizard.file_page.path.setText(str(tmp_path / "nope.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: "does not exist" in wizard.file_page.error.text(), timeout=30_000)
    assert wizard.currentPage() is wizard.file_page
    wizard.file_page.path.setText(str(excel_gb18030_csv(tmp_path / "a.csv")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    page = wizard.mapping_page
    page.save_name.setText("Excel export")
    page.findChild(type(wizard.run_page.check_button), "importSaveMapping").click()
    with office.session() as s:
        assert TemplateService(s).get("Excel export").mapping["手机"] == "phone"
    for combo in page.combos:
        combo.setCurrentIndex(0)  # nothing mapped
    wizard.next()
    assert wizard.currentPage() is page
    assert "legal name" in page.error.text()


def test_file_is_read_off_the_ui_thread_once(
    qtbot, office: Office, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    threads: list[bool] = []

    def recording(real, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    _reading_through(monkeypatch, recording)
    wizard = _next_from_file(qtbot, office, excel_gb18030_csv(tmp_path / "a.csv"))
    wizard.next()  # pressed twice while reading: still one read, one step
    assert wizard.currentPage() is wizard.file_page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    assert threads == [False]
    assert "gb18030" in wizard.file_page.info.text()
    wizard.back()
    wizard.next()  # the same file again: no second read
    assert wizard.currentPage() is wizard.mapping_page and threads == [False]


def test_closing_during_a_read_drops_it(qtbot, office: Office, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    closed = threading.Event()

    def slow(real, *args, **kwargs):  # type: ignore[no-untyped-def]
        closed.wait(30)  # the read is still going when the wizard closes
        return real(*args, **kwargs)

    _reading_through(monkeypatch, slow)
    wizard = _next_from_file(qtbot, office, excel_gb18030_csv(tmp_path / "a.csv"))
    job = wizard.file_page.reading
    assert job is not None
    with qtbot.waitSignal(job.signals.cancelled, timeout=30_000):
        wizard.reject()
        closed.set()
    assert wizard.table is None and wizard.file_page.reading is None


def test_identity_numbers_are_masked_on_screen(qtbot, office: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The mapping's example and the check's preview show ID numbers masked, and a column
    mapped to an ID field later is masked then too."""
    wizard = _next_from_file(qtbot, office, excel_gb18030_csv(tmp_path / "a.csv", ROWS))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    page = wizard.mapping_page
    headers = wizard.table.headers  # type: ignore[union-attr]
    id_row = headers.index("身份证号")
    full = ROWS[0][1]
    example = page.grid.item(id_row, 1).text()
    assert example != full and full[-4:] in example and full[6:14] not in example
    # a column not suggested as an ID number, mapped to one by hand: masked from then on
    name_row = headers.index("姓名")
    assert page.grid.item(name_row, 1).text() == ROWS[0][0]
    combo = page.combos[name_row]
    combo.setCurrentIndex(combo.findData("passport_number"))
    assert page.grid.item(name_row, 1).text() != ROWS[0][0]
    combo.setCurrentIndex(combo.findData("legal_name"))
    assert page.grid.item(name_row, 1).text() == ROWS[0][0]
    wizard.next()
    wizard.run_page.check_button.click()
    _wait_done(qtbot, wizard)
    preview = wizard.run_page.preview
    cells = [
        preview.item(r, c).text()
        for r in range(preview.rowCount())
        for c in range(2, 2 + len(headers))
    ]
    assert not any(row[1] in cells for row in ROWS)
    assert any(full[-4:] in cell for cell in cells)
