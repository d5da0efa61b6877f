"""Issue 13 at the desk's package actions: while another station holds the store's write lock,
each write (S2's result, the handover, the issue, the reprint's line in the trail) waits the
desk's few seconds, then says so in the clerk's language -- nothing stored, no traceback -- and
works when pressed again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db.events import events_for_package
from db.packages import package_by_number
from kiosk.preschool_result import record_preschool_result
from tests.courier_helpers import accept
from tests.gui.desk_actions import (another_station_writing, at, click, cups, open_package,
                                    type_text)

__all__ = ["cups"]

BUSY_EN = "Another station is writing: waited 0.3 s and it did not finish. Try again in a moment"


def test_recording_the_result_while_another_station_writes(qtbot, desk, ctx):
    """Seed 002 l.37: the queue number is recorded once, whole, or not at all."""
    number = accept(ctx, "preschool_queue", at("10:00"), 1).number
    package = open_package(desk, number)
    click(qtbot, package.result_btn)
    form = package.result_form
    type_text(qtbot, form.child, "Серікұлы Ерлан")
    form.queue_number.setFocus()
    qtbot.wait(10)
    qtbot.keyClicks(form.queue_number, "42")
    with another_station_writing(ctx):
        click(qtbot, form.save_btn)
        assert form.error.isVisible() and form.error.text() == BUSY_EN
        assert package_by_number(ctx.store, number)["status"] == "accepted"
    click(qtbot, form.save_btn)                               # pressed again: stored
    assert package_by_number(ctx.store, number)["status"] == "result_ready"
    assert not form.isVisible() and package.result_paper.pages


def test_handover_while_another_station_writes_in_russian(qtbot, desk, ctx):
    """Seed 004 l.287: the handover is recorded when the store is free; the message is the
    clerk's language."""
    number = accept(ctx, "externat", at("10:00"), 2).number
    desk.lang.setCurrentIndex(desk.lang.findData("ru"))
    qtbot.waitUntil(lambda: desk.sign_out.text() == "Выйти")
    package = open_package(desk, number)
    with another_station_writing(ctx):
        click(qtbot, package.handover_btn)
        assert package.action_msg.text().startswith("Другая станция записывает данные: ждали 0.3 с")
        assert package_by_number(ctx.store, number)["handed_over_at"] is None
        assert package.handover_btn.isVisible(), "still to press again"
    click(qtbot, package.handover_btn)
    assert package_by_number(ctx.store, number)["handed_over_at"] is not None


def test_handover_of_the_selected_while_another_station_writes(qtbot, desk, ctx):
    """Seed 004 l.287: the half hour's pile goes in one write -- all of it or none."""
    numbers = [accept(ctx, "externat", at(t), i).number
               for i, t in enumerate(("09:50", "10:00"), 1)]
    today = desk.show_section("today")
    click(qtbot, today.only_waiting)
    with another_station_writing(ctx):
        click(qtbot, today.handover_btn)
        assert today.handover_msg.text() == BUSY_EN
        assert all(package_by_number(ctx.store, n)["handed_over_at"] is None for n in numbers)
    assert today.handover_btn.text() == "Hand over the selected (2)", "the selection stays"
    click(qtbot, today.handover_btn)
    assert all(package_by_number(ctx.store, n)["handed_over_at"] for n in numbers)


def test_issuing_the_result_while_another_station_writes(qtbot, desk, ctx):
    """Seed 002 l.37-39: S2's result is issued like any result -- once the store is free."""
    number = accept(ctx, "preschool_queue", at("09:30"), 3).number
    record_preschool_result(ctx, number, "queue_notification", employee="clerk",
                            child="Серікұлы Ерлан", queue_number=7, now=at("10:00"))
    issue = desk.show_section("issue")
    issue.number.setFocus()
    qtbot.keyClicks(issue.number, number)
    qtbot.keyClick(issue.number, Qt.Key.Key_Return)
    assert issue.card.isVisible()
    with another_station_writing(ctx):
        click(qtbot, issue.confirm)
        assert issue.status.text() == BUSY_EN
        assert issue.card.isVisible(), "the applicant's card stays to confirm again"
    click(qtbot, issue.confirm)
    assert package_by_number(ctx.store, number)["status"] == "issued"


def test_a_reprint_made_while_another_station_writes_reaches_the_trail(qtbot, desk, ctx, cups,
                                                                        monkeypatch):
    """The reprint's line (who, when: the receipt's accountability) is written once the lock
    is free, with the time the copy was made."""
    from ui.desk import package_actions
    monkeypatch.setattr(package_actions, "REPRINT_RETRY_MS", 50)
    number = accept(ctx, "externat", at("10:00"), 4).number
    package = open_package(desk, number)
    qtbot.waitUntil(lambda: bool(package.receipt.pages))
    with another_station_writing(ctx):
        with qtbot.waitSignal(package.receipt.printed):
            QTest.keyClick(desk.windowHandle(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert cups.jobs, "the copy is printed"
        assert package.action_msg.objectName() == "Warning"
        assert package.action_msg.text().startswith("The copy is made; its line in the "
                                                    "package's trail waits for the store")
        assert "Another station is writing" in package.action_msg.text()
    row = package_by_number(ctx.store, number)
    qtbot.waitUntil(lambda: "reprinted" in [e["kind"] for e in
                                            events_for_package(ctx.store, row["id"])])
    qtbot.waitUntil(lambda: not package.action_msg.isVisible())
    assert package.trail.item(package.trail.rowCount() - 1, 2).text() == "receipt reprinted"
