"""The courier screens on the desk: dispatch a day with progress and a register preview,
scan results back, issue one after confirming, see what is overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from courier_helpers import NOW, accept
from kiosk.staff import Employee
from ui import tasks


@pytest.fixture
def desk(qtbot, ctx):
    from ui.desk.shell import DeskWindow
    tasks.set_immediate(True)
    w = DeskWindow(ctx, Employee("disp", "Диспетчер Д. Д.", "dispatcher"))
    qtbot.addWidget(w)
    w.show()
    yield w
    from PySide6.QtWidgets import QApplication

    from ui.i18n import LANG
    LANG.switch("en")              # a test may have switched the language: the next starts in English
    QApplication.processEvents()
    tasks.set_immediate(False)


def _status(ctx, number):
    return ctx.store.query_one("SELECT status, issued_by FROM packages WHERE number = ?",
                               (number,))


def test_dispatcher_sees_the_courier_sections(desk):
    assert {"dispatch", "returns", "issue", "overdue"} <= set(desk.sections)
    assert desk.section("dispatch").title() == "Dispatch"


def test_dispatch_day_lists_batches_and_previews_the_register(desk, ctx, tmp_path):
    numbers = [accept(ctx, "externat", NOW, i).number for i in range(3)]
    numbers.append(accept(ctx, "certificate_duplicate", NOW, 9).number)
    section = desk.show_section("dispatch")
    section.folder.setText(str(tmp_path / "out"))
    section.run.click()
    assert section.batches.count() == 2
    assert "B-ALM01-261120-01" in section.batches.item(0).text()
    assert not section.bar.isVisible() and section.run.isEnabled()
    assert section.status.objectName() == "Ok"
    assert section.preview.pages_shown >= 1
    assert section.print_button.isEnabled()
    assert all(_status(ctx, n)["status"] == "dispatched" for n in numbers)
    section.run.click()                                  # again: nothing new
    assert section.batches.count() == 2 and "Nothing new" in section.status.text()
    section.verify_now()
    assert section.status.objectName() == "Ok"
    (tmp_path / "out" / "extra.txt").write_text("x")
    section.verify_now()
    assert section.status.objectName() == "Error" and "extra.txt" in section.status.text()
    from ui.i18n import LANG
    LANG.switch("ru")                                    # the check speaks the desk's language
    section.verify_now()
    assert "ЛИШНИЙ: extra.txt" in section.status.text()
    assert "Папка не совпадает с манифестом" in section.status.text()


def test_scans_mark_returns_then_issue_after_confirmation(desk, ctx, tmp_path):
    from kiosk.dispatch import dispatch_day
    a = accept(ctx, "externat", NOW, 1).number
    b = accept(ctx, "externat", NOW, 2).number
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Д", NOW)

    desk.show_section("issue")
    desk.scanner.feed(a)                              # not back yet: refused, nothing shown
    issue = desk.section("issue")
    assert issue.status.objectName() == "Error" and not issue.card.isVisible()

    desk.show_section("returns")
    desk.scanner.feed(a)
    returns = desk.section("returns")
    assert returns.status.objectName() == "Ok" and _status(ctx, a)["status"] == "result_ready"
    desk.scanner.feed(a)                              # twice: said so, nothing changes
    assert returns.status.objectName() == "Error" and returns.log.count() == 2
    returns.number.setText(b.lower())
    returns.mark.click()
    assert _status(ctx, b)["status"] == "result_ready"

    desk.show_section("issue")
    desk.scanner.feed(a)
    assert issue.card.isVisible() and issue.values["applicant"].text().startswith("Әбілқайырова")
    assert _status(ctx, a)["status"] == "result_ready"   # nothing happens before the confirm
    issue.confirm.click()
    assert _status(ctx, a) == {"status": "issued", "issued_by": "disp"}
    assert issue.status.objectName() == "Ok" and not issue.card.isVisible()
    desk.scanner.feed(a)                              # the second issue is refused
    assert issue.status.objectName() == "Error" and not issue.card.isVisible()
    issue.number.setText(b)
    issue.find.click()
    issue.cancel.click()
    assert _status(ctx, b)["status"] == "result_ready"


def test_a_result_decided_here_is_marked_ready_without_dispatch(desk, ctx):
    local = accept(ctx, "additional_education", NOW, 3).number      # S4 at the ЦОН: no courier
    waiting = accept(ctx, "externat", NOW, 4).number               # courier, not dispatched
    desk.show_section("returns")
    returns = desk.section("returns")
    desk.scanner.feed(waiting)
    assert returns.status.objectName() == "Error" and "dispatched first" in returns.status.text()
    desk.scanner.feed(local)
    assert returns.status.objectName() == "Ok" and _status(ctx, local)["status"] == "result_ready"
    desk.show_section("issue")
    desk.scanner.feed(local)
    desk.section("issue").confirm.click()
    assert _status(ctx, local)["status"] == "issued"


def test_overdue_section_lists_late_packages_and_todays_batches(desk, ctx, tmp_path):
    from kiosk.dispatch import dispatch_day
    late = accept(ctx, "externat", dt.datetime(2026, 10, 1, 10), 1).number
    accept(ctx, "externat", NOW, 2)
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Д", NOW)
    section = desk.show_section("overdue")
    assert section.table.rowCount() == 1 and section.table.item(0, 1).text() == late
    assert section.batches.rowCount() == 1 and section.batches.item(0, 1).text() == "2"
    assert section.summary.objectName() == "Warning"


def test_a_dispatch_on_a_worker_uses_a_connection_of_its_own(desk, ctx, tmp_path, qtbot):
    """The store's connection belongs to the GUI thread: the dispatch, run on a worker thread
    when the dispatcher clicks Dispatch, works through a connection of its own, and nothing
    calls the GUI thread's connection from the worker."""
    import threading
    from PySide6.QtCore import Qt
    numbers = [accept(ctx, "externat", NOW, i).number for i in range(3)]
    section = desk.show_section("dispatch")
    section.folder.setText(str(tmp_path / "out"))
    callers: set[str] = set()
    for name in ("query", "query_one", "execute", "write"):
        original = getattr(ctx.store, name)

        def watched(*args, _original=original, **kwargs):
            callers.add(threading.current_thread().name)
            return _original(*args, **kwargs)
        setattr(ctx.store, name, watched)
    tasks.set_immediate(False)
    try:
        qtbot.mouseClick(section.run, Qt.MouseButton.LeftButton)
        assert tasks.wait_all()
        qtbot.waitUntil(lambda: section.status.objectName() == "Ok", timeout=15000)
    finally:
        tasks.set_immediate(True)
        for name in ("query", "query_one", "execute", "write"):
            delattr(ctx.store, name)
    assert (tmp_path / "out" / "manifest.json").exists()
    assert all(_status(ctx, n)["status"] == "dispatched" for n in numbers)
    assert callers <= {threading.main_thread().name}, callers


def test_the_register_printed_from_dispatch_says_what_the_printer_did(desk, ctx, tmp_path,
                                                                      qtbot, monkeypatch):
    """The courier's register is printed on the office's printer and the dispatcher is told
    the truth: the job's printer and number when CUPS took and finished it, the reason when
    the queue is stopped, nothing claimed when no printer is installed."""
    from PySide6.QtCore import Qt
    from kiosk import printers
    from tests.fake_cups import FakeCups, Queue
    cups = FakeCups(Receipts=Queue())
    monkeypatch.setattr(printers, "_run", cups)
    monkeypatch.setattr(printers, "cups_available", lambda: True)
    monkeypatch.setattr(printers.time, "sleep", lambda s: None)
    accept(ctx, "externat", NOW, 1)
    section = desk.show_section("dispatch")
    section.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(section.run, Qt.MouseButton.LeftButton)
    section.batches.setCurrentRow(0)
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    assert section.status.objectName() == "Ok" and "Receipts (Receipts-1)" in section.status.text()
    assert cups.jobs[-1].title == section.selected_register().stem
    cups.queues["Receipts"] = Queue(enabled=False)
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    assert section.status.objectName() == "Error" and "stopped" in section.status.text()
    cups.queues.clear()
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    assert section.status.objectName() == "Error" and "No printer" in section.status.text()
