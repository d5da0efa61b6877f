"""The desk's Queue section as one window of the office's queue: its window number from the
station file, the live queue of every window following other desks by itself, a break,
redirects, and a call whose answer was lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kiosk import queue
from kiosk.context import open_context
from kiosk.staff import DEFAULT_CLERK
from ui.i18n import LANG


@pytest.fixture
def window3(tmp_path):
    """This PC's station file: station 03 at window 3 (read when the office is opened)."""
    (tmp_path / "station.ini").write_text("[station]\ncode = 03\nwindow = 3\n", encoding="utf-8")


@pytest.fixture
def section(window3, ctx, qtbot):
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.kiosk.queue_desk import QueueSection
    make_app()
    LANG.switch("en")
    w = DeskWindow(ctx, DEFAULT_CLERK, factories=[("queue", QueueSection)])
    qtbot.addWidget(w)
    w.show()
    yield w.show_section("queue")
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def other_pc(data_dir):
    c = open_context(data_dir)
    yield c
    c.close()


def _rows(section) -> dict[str, list[str]]:
    t = section.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(t.columnCount())]
            for r in range(t.rowCount())}


def test_the_desk_calls_to_its_window_and_follows_the_other_windows(section, other_pc, qtbot):
    assert section.window_no == 3 and section.heading.text().startswith("Window 3")
    first = queue.issue_ticket(other_pc, "preschool_queue")       # the kiosk, another PC
    second = queue.issue_ticket(other_pc, "teacher_attestation")
    qtbot.waitUntil(lambda: "B001" in _rows(section), timeout=5000)
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert section.current.id == first.id and queue.ticket(other_pc, first.id).window == 3
    queue.call_next(other_pc, "07", window=7)                     # another desk calls
    qtbot.waitUntil(lambda: _rows(section).get(second.code, [""] * 8)[4] == "7", timeout=5000)
    assert _rows(section)["B001"][4] == "3" and _rows(section)[second.code][7] == "called"


def test_a_break_stops_calling_to_this_window(section, other_pc, qtbot):
    queue.issue_ticket(other_pc, None)
    qtbot.mouseClick(section.pause, Qt.MouseButton.LeftButton)
    assert queue.paused_windows(other_pc) == {3}
    assert not section.call.isEnabled() and section.pause.text() == "Resume calling"
    qtbot.mouseClick(section.pause, Qt.MouseButton.LeftButton)
    assert queue.paused_windows(other_pc) == set() and section.call.isEnabled()


def test_redirect_sends_the_ticket_to_another_window(section, other_pc, qtbot):
    t = queue.issue_ticket(other_pc, "teacher_attestation")
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    index = section.redirect_to.findData("window:5")
    section.redirect_to.setCurrentIndex(index)
    qtbot.mouseClick(section.redirect, Qt.MouseButton.LeftButton)
    moved = queue.ticket(other_pc, t.id)
    assert (moved.status, moved.redirect_window) == ("waiting", 5)
    assert "sent to window 5" in section.message.text() and section.current is None
    assert queue.call_next(other_pc, "01", window=1) is None       # only window 5 may call it
    assert queue.call_next(other_pc, "05", window=5).id == t.id


def test_a_call_whose_answer_was_lost_is_repeated_with_the_same_request(section, other_pc,
                                                                           qtbot, monkeypatch):
    from db.store import StoreUnavailable
    first = queue.issue_ticket(other_pc, None)
    queue.issue_ticket(other_pc, None)
    real = queue.call_next
    seen: list[str] = []

    def lost_answer(*args, **kwargs):
        seen.append(kwargs["request_id"])
        real(*args, **kwargs)                 # the call is stored, its answer never comes
        raise StoreUnavailable("office-server:5432 does not answer")
    monkeypatch.setattr(queue, "call_next", lost_answer)
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert "did not answer" in section.message.text()
    assert not section.call.isEnabled() or not section.watch.connected   # held while away
    qtbot.waitUntil(lambda: section.watch.connected, timeout=10000)     # the server is back
    monkeypatch.setattr(queue, "call_next", lambda *a, **k: seen.append(k["request_id"])
                        or real(*a, **k))
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert seen[0] == seen[1]
    assert section.current.id == first.id
    assert len(queue.tickets_of_day(other_pc, first.day, "waiting")) == 1  # not a second one


def test_manager_statistics_per_window_on_screen_and_in_the_workbook(qtbot, ctx, tmp_path,
                                                                       monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from kiosk.staff import Employee
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    make_app()
    LANG.switch("en")
    for window in (2, 2, 6):
        queue.issue_ticket(ctx, "preschool_queue")
        t = queue.call_next(ctx, f"{window:02d}", window=window)
        queue.serve(ctx, t.id)
    d = DeskWindow(ctx, Employee("manager", "Manager", "manager"))
    qtbot.addWidget(d)
    sec = d.show_section("statistics")
    sec.today_btn.click()
    rows = {sec.windows.item(r, 0).text(): [sec.windows.item(r, c).text() for c in range(9)]
            for r in range(sec.windows.rowCount())}
    assert rows["2"][1:3] == ["2", "2"] and rows["6"][1:3] == ["1", "1"]
    target = tmp_path / "stats.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    sec.xlsx_btn.click()
    assert "Saved" in sec.message.text()
    sheet = load_workbook(target)["By window"]
    assert [r[:3] for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        (2, 2, 2), (6, 1, 1), ("Total", 3, 3)]


def test_the_administrator_sets_windows_recalls_board_and_voice(qtbot, ctx):
    from kiosk.staff import Employee
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    make_app()
    LANG.switch("en")
    d = DeskWindow(ctx, Employee("admin", "Administrator", "administrator"))
    qtbot.addWidget(d)
    box = d.show_section("settings").queue_box
    box.windows.setText("2=B; 3=a, c")
    box.no_show.setValue(2)
    box.board.setChecked(False)
    box.volume.setValue(40)
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    s = queue.queue_settings(ctx)
    assert (s.windows, s.no_show_after, s.board, s.voice, s.volume) == (
        {2: ("B",), 3: ("A", "C")}, 2, False, True, 40)
    assert box.windows.text() == "2=B; 3=A,C"
    box.windows.setText("4=Q")
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    section = d.section("settings")
    assert section.message.objectName() == "Error" and "A, B, C, D" in section.message.text()
    assert queue.queue_settings(ctx).windows == {2: ("B",), 3: ("A", "C")}   # nothing stored
