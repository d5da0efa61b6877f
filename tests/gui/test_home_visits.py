"""The Home visits section: a request left at the kiosk reaches the clerk's desk, who agrees
the visit and marks the documents accepted; late requests stand out; refusals are said in the
clerk's language; a dispatcher does not see the section."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from kiosk.kiosk_info import record_home_request
from ui.i18n import LANG
from ui.main_window import MainWindow

NOW = dt.datetime(2026, 11, 20, 10, 15)   # the fixed clock of tests/conftest.py, a Friday


@pytest.fixture(autouse=True)
def _english_and_immediate_tasks():
    from ui import tasks
    LANG.switch("en")
    tasks.set_immediate(True)   # the package view renders its receipt at once
    yield
    tasks.set_immediate(False)


def switch(qtbot, section, lang: str, heading: str) -> None:
    LANG.switch(lang)
    qtbot.waitUntil(lambda: section.heading.text() == heading)


def sign_in(qtbot, ctx, login: str, pin: str) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    screen = w.open_staff()
    screen.login.setText(login)
    screen.pin.setText(pin)
    screen.go.click()
    assert w.desk is not None and w.desk.employee.login == login
    return w


def cells(section, row: int) -> list[str]:
    return [section.table.item(row, c).text() for c in range(section.table.columnCount())]


def test_clerk_schedules_a_kiosk_request_and_marks_it_done(qtbot, ctx):
    rid = record_home_request(ctx, consent=True, name="Әлия Сейтова", phone="8 701 234 56 78",
                              address="Алматы қ., Абай д., 1", service_id="preschool_queue",
                              now=NOW)
    w = sign_in(qtbot, ctx, "clerk", "1111")
    section = w.desk.show_section("home")
    assert section is not None and w.desk.current_section() is section
    assert section.title() == "Home visits"
    assert section.table.rowCount() == 1
    row = cells(section, 0)
    assert row[0] == str(rid) and "Әлия Сейтова" in row and "+7 701 234 56 78" in row
    assert "Алматы қ., Абай д., 1" in row and "Preschool queue" in row and "new" in row
    assert not section.schedule_btn.isEnabled()           # nothing selected yet

    section.table.selectRow(0)
    assert section.schedule_btn.isEnabled() and not section.done_btn.isEnabled()
    section.date.setDate(QDate(2026, 11, 23))
    section.time.setText("10:30")
    section.note.setText("3rd floor, no lift")
    section.schedule_btn.click()
    assert section.message.objectName() == "Ok", section.message.text()
    row = cells(section, 0)
    assert "scheduled" in row and "23.11 10:30" in row
    assert section.done_btn.isEnabled()                   # the same request stays selected

    section.done_btn.click()
    assert section.message.objectName() == "Ok", section.message.text()
    assert "done" in cells(section, 0)
    assert not section.schedule_btn.isEnabled() and not section.cancel_btn.isEnabled()
    stored = ctx.store.query_one("SELECT status, scheduled_for, scheduled_time, handled_by "
                                 "FROM home_requests WHERE id = ?", (rid,))
    assert stored == {"status": "done", "scheduled_for": "2026-11-23", "scheduled_time": "10:30",
                      "handled_by": "clerk"}
    kinds = [(e["kind"], e["employee"], json.loads(e["data"])["id"]) for e in ctx.store.query(
        "SELECT kind, employee, data FROM events WHERE kind LIKE 'home_visit%' ORDER BY id")]
    assert kinds == [("home_visit_scheduled", "clerk", rid), ("home_visit_done", "clerk", rid)]


def test_late_requests_are_marked_and_refusals_said_in_the_clerks_language(qtbot, ctx):
    late = record_home_request(ctx, consent=True, name="Ескі", phone="87011112233", address="Алматы",
                               now=NOW - dt.timedelta(days=4))
    w = sign_in(qtbot, ctx, "clerk", "1111")
    section = w.desk.show_section("home")
    fresh = record_home_request(ctx, consent=True, name="Жаңа", phone="87011112244", address="Алматы", now=NOW)
    w.desk.show_section("today")
    w.desk.show_section("home")                            # refreshed when shown again
    assert [section.table.item(r, 0).text() for r in range(2)] == [str(late), str(fresh)]
    assert "LATE" in cells(section, 0)[6] and "LATE" not in cells(section, 1)[6]
    assert section.summary.objectName() == "Warning" and "Late: 1" in section.summary.text()

    switch(qtbot, section, "ru", "Приём документов на дому")
    assert section.title() == "Приём на дому"
    section.table.selectRow(0)
    section.cancel_btn.click()                             # no reason given
    assert section.message.objectName() == "Error"
    assert "Укажите причину" in section.message.text()
    section.date.setDate(QDate(2026, 11, 23))
    section.time.setText("25:00")
    section.schedule_btn.click()
    assert "ЧЧ:ММ" in section.message.text()
    assert ctx.store.query_one("SELECT status FROM home_requests WHERE id = ?",
                               (late,))["status"] == "new"
    section.reason.setText("заявитель недоступен")
    section.cancel_btn.click()
    assert section.message.objectName() == "Ok"
    switch(qtbot, section, "kk", "Құжаттарды тұрғылықты жерінде қабылдау")
    assert section.title() == "Тұрғылықты жерінде қабылдау"  # seed 002 l.52
    assert cells(section, 1)[6] == "бас тартылды"           # closed ones go last
    switch(qtbot, section, "en", "Acceptance at home")
    QApplication.processEvents()


def test_dispatcher_does_not_see_home_visits(qtbot, ctx):
    w = sign_in(qtbot, ctx, "dispatcher", "2222")
    assert "home" not in w.desk.sections and w.desk.show_section("home") is None
    w.close_desk()
    w = sign_in(qtbot, ctx, "manager", "3333")
    assert "home" in w.desk.sections


def test_the_package_accepted_at_home_shows_the_visit_in_its_history(qtbot, ctx):
    from kiosk.demo import fill_demo_day
    number = fill_demo_day(ctx, NOW.date(), 1, seed=5)[0].number
    record_home_request(ctx, consent=True, name="Әлия", phone="87012345678", address="Алматы", now=NOW)
    w = sign_in(qtbot, ctx, "clerk", "1111")
    section = w.desk.show_section("home")
    section.table.selectRow(0)
    section.schedule_btn.click()                           # today, no time
    section.package.setText("NO-SUCH-NUMBER")
    section.done_btn.click()
    assert section.message.objectName() == "Error" and "NO-SUCH-NUMBER" in section.message.text()
    section.package.setText(number)
    section.done_btn.click()
    assert section.message.objectName() == "Ok" and number in section.details.text()
    package = w.desk.show_section("package")
    package.open_code(number)
    trail = [package.trail.item(r, 2).text() for r in range(package.trail.rowCount())]
    assert "documents accepted at home" in trail
