"""The rest of the walk (issue 14), driven as a clerk and a manager do: key presses on the
window, clicks.  The ticket's code at intake, the queue header after the package, a phone typed
as ten digits, Clear form, the login field after sign-out, the question before an unsaved form is
lost, the register and audit in the user's language, the catalogue's file picker and form, dates
day first, and the kiosk pages of S1 and S6."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from db.packages import package_by_number
from kiosk import queue
from kiosk.catalogue import default_catalogue_path
from kiosk.demo import fill_demo_day
from kiosk.dispatch import dispatch_day
from kiosk.staff import Employee
from tests.gui.test_desk_intake import S1_PAPERS, _fill_applicant, _start_s1, _type
from ui import tasks
from ui.desk.shell import DeskWindow
from ui.i18n import LANG
from ui.main_window import MainWindow

DAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 10, 15)


@pytest.fixture(autouse=True)
def _immediate():
    from ui.app import make_app
    app = make_app()
    # a test that ran main.main() may have asked the application to quit with no loop running;
    # then every nested loop (a question, a file picker, qtbot.wait) returns at once.  A short
    # exec() of the application clears that.
    QTimer.singleShot(0, app.quit)
    app.exec()
    LANG.switch("en")   # whatever language an earlier test left
    tasks.set_immediate(True)
    yield
    tasks.set_immediate(False)
    LANG.switch("en")


def _when_modal(qtbot, act) -> list:
    """Run ``act(widget)`` on the next modal window (a question, a file picker) once it shows."""
    seen: list = []

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(w)
        act(w)
    QTimer.singleShot(0, poll)
    return seen


def _click_button(qtbot, box, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _complete_s1(qtbot, intake, iin: str) -> None:
    _fill_applicant(qtbot, intake, iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        rows[doc].received.setChecked(True)


def _sign_in_by_keys(qtbot, w: MainWindow, login: str, pin: str):
    screen = w.open_staff()
    qtbot.waitUntil(lambda: w.focusWidget() is screen.login)  # the window's focus
    qtbot.keyClicks(w.focusWidget(), login)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)   # on to the PIN
    qtbot.keyClicks(w.focusWidget(), pin)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)   # sign in
    assert w.desk is not None and w.stack.currentWidget() is w.desk
    return screen


def _main_window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w
# (the window's own focus widget is checked: under the offscreen platform another test's window
#  may still be the active one, which says nothing about this window)


# -- the queue and intake ---------------------------------------------------------------------

def test_intake_shows_the_ticket_code_and_the_queue_header_follows_it(qtbot, desk, ctx, good_iin):
    t = queue.issue_ticket(ctx, "teacher_attestation")
    section = desk.show_section("queue")
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert t.code in section.now_serving.text() and "called" in section.now_serving.text()
    qtbot.mouseClick(section.open_app, Qt.MouseButton.LeftButton)
    intake = desk.current_section()
    assert intake.key == "intake"
    assert intake.ticket_badge.isVisibleTo(desk)
    assert intake.ticket_badge.text() == f"From queue ticket {t.code}"   # C001, not the row id
    _complete_s1(qtbot, intake, good_iin)
    qtbot.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert intake.last_result is not None and intake.last_result.outcome == "accepted"
    assert queue.ticket(ctx, t.id).status == "served"
    qtbot.keyClick(desk, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # to the queue
    desk.show_section("queue")
    assert desk.current_section() is section
    # served at intake: the header no longer shows the ticket as being at this desk
    assert t.code not in section.now_serving.text()
    assert "No applicant called" in section.now_serving.text()
    assert not section.served.isEnabled() and not section.absent.isEnabled()
    assert not section.open_app.isEnabled() and section.call.isEnabled()


def test_phone_typed_as_ten_digits_is_taken(qtbot, desk, ctx, good_iin):
    intake = _start_s1(qtbot, desk)
    _complete_s1(qtbot, intake, good_iin)
    phone = intake.form.applicant.edits["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "701 234 56 78")
    qtbot.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = intake.last_result
    assert result is not None and result.outcome == "accepted", intake.form_error.text()
    assert package_by_number(ctx.store, result.number)["phone"] == "+77012345678"


def test_clear_form_empties_the_form_and_keeps_the_service(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    _complete_s1(qtbot, intake, good_iin)
    assert intake.has_unsaved_form()
    qtbot.mouseClick(intake.clear_btn, Qt.MouseButton.LeftButton)
    assert all(not e.text() for e in intake.form.applicant.edits.values())
    assert not intake.form.consent.isChecked() and intake.checklist.documents() == []
    assert intake.steps.currentIndex() == 1 and intake.service.id == "teacher_attestation"
    assert not intake.has_unsaved_form()
    assert desk.focusWidget() is intake.form.first_field()


# -- signing out and closing ------------------------------------------------------------------

def test_after_sign_out_the_cursor_is_in_the_login_field(qtbot, ctx):
    w = _main_window(qtbot, ctx)
    _sign_in_by_keys(qtbot, w, "clerk", "1111")
    qtbot.mouseClick(w.desk.sign_out, Qt.MouseButton.LeftButton)
    assert w.desk is None and w.stack.currentWidget() is w.sign_in
    qtbot.waitUntil(lambda: w.focusWidget() is w.sign_in.login)
    assert w.sign_in.login.text() == "" and w.sign_in.pin.text() == ""
    qtbot.keyClicks(w.focusWidget(), "clerk")  # the next employee just types
    assert w.sign_in.login.text() == "clerk"


def test_desk_asks_before_an_unsaved_form_is_lost(qtbot, ctx, good_iin):
    w = _main_window(qtbot, ctx)
    _sign_in_by_keys(qtbot, w, "clerk", "1111")
    intake = _start_s1(qtbot, w.desk)
    _type(qtbot, intake.form.applicant.edits["surname"], "Сейітқали")
    # closing the window: "Keep working" keeps everything
    seen = _when_modal(qtbot, lambda box: _click_button(qtbot, box, "Keep working"))
    assert w.close() is False
    assert seen and isinstance(seen[0], QMessageBox) and "not saved" in seen[0].text()
    assert w.isVisible() and intake.form.applicant.edits["surname"].text() == "Сейітқали"
    assert w.desk.current_section() is intake
    # signing out asks too
    _when_modal(qtbot, lambda box: _click_button(qtbot, box, "Keep working"))
    qtbot.mouseClick(w.desk.sign_out, Qt.MouseButton.LeftButton)
    assert w.desk is not None and w.stack.currentWidget() is w.desk
    # Alt+F4's close event with "Discard the form": the window closes
    _when_modal(qtbot, lambda box: _click_button(qtbot, box, "Discard the form"))
    assert w.close() is True


def test_desk_without_a_form_closes_without_asking(qtbot, ctx):
    w = _main_window(qtbot, ctx)
    _sign_in_by_keys(qtbot, w, "clerk", "1111")
    assert w.close() is True


# -- manager screens in the user's language -------------------------------------------------

def _manager_desk(qtbot, ctx) -> DeskWindow:
    d = DeskWindow(ctx, Employee("manager", "Басшы", "manager"))
    qtbot.addWidget(d)
    d.resize(1280, 800)
    d.show()
    d.activateWindow()
    qtbot.waitExposed(d)
    return d


def test_register_table_speaks_the_users_language(qtbot, ctx, tmp_path):
    results = fill_demo_day(ctx, DAY, 30, seed=31)
    assert any(r.outcome == "refused" for r in results)
    dispatch_day(ctx, DAY, tmp_path / "d", "dispatcher", now=NOW + dt.timedelta(hours=8))
    d = _manager_desk(qtbot, ctx)
    sec = d.show_section("registers")
    LANG.switch("ru")
    qtbot.waitUntil(lambda: sec.table.horizontalHeaderItem(1).text() == "Номер расписки")
    cells = {sec.table.item(r, c).text() for r in range(sec.table.rowCount())
             for c in range(sec.table.columnCount())}
    assert {"отказ", "отправлен услугодателю"} <= cells
    assert not {"accepted", "refused", "dispatched", "result_ready"} & cells
    LANG.switch("kk")
    qtbot.waitUntil(lambda: sec.table.horizontalHeaderItem(1).text() == "Қолхат нөмірі")
    refused = [r for r in results if r.outcome == "refused"][0]
    row = next(r for r in range(sec.table.rowCount()) if sec.table.item(r, 1).text() == refused.number)
    assert sec.table.item(row, 6).text() == "бас тартылды"


def test_audit_trail_names_events_in_words(qtbot, ctx, tmp_path):
    fill_demo_day(ctx, DAY, 5, seed=32)
    dispatch_day(ctx, DAY, tmp_path / "d", "dispatcher", now=NOW + dt.timedelta(hours=8))
    d = _manager_desk(qtbot, ctx)
    sec = d.show_section("audit")
    LANG.switch("ru")
    qtbot.waitUntil(lambda: sec.table.rowCount() > 0 and "Время" in sec.table.horizontalHeaderItem(1).text()
                    or sec.table.rowCount() > 0)
    sec.refresh()
    kinds = {sec.table.item(r, 2).text() for r in range(sec.table.rowCount())}
    assert "отправка сформирована" in kinds and "отправлен услугодателю" in kinds
    assert not [k for k in kinds if "_" in k], kinds
    times = [sec.table.item(r, 1).text() for r in range(sec.table.rowCount())]
    assert all(t.startswith("20.11.2026") for t in times), times


def test_complaints_table_reads_day_first(qtbot, ctx):
    d = _manager_desk(qtbot, ctx)
    sec = d.show_section("complaints")
    sec.number.setFocus()
    qtbot.keyClicks(sec.number, "17")
    sec.applicant.insert("Серікбаев Асқар")
    sec.text.setPlainText("Нәтиже кешікті")
    qtbot.mouseClick(sec.add, Qt.MouseButton.LeftButton)
    assert sec.table.rowCount() == 1
    assert sec.table.item(0, 1).text().startswith("20.11.2026")
    assert sec.table.item(0, 2).text().count(".") == 2 and "-" not in sec.table.item(0, 2).text()
    assert "-" not in sec.message.text().split("answer due")[1].split(";")[0]


# -- the catalogue screen ---------------------------------------------------------------------

def test_catalogue_file_is_chosen_with_a_picker(qtbot, ctx, tmp_path):
    data = json.loads(default_catalogue_path().read_text("utf-8"))
    data["version"] = "2026.7"
    data["services"] = [s for s in data["services"] if s["id"] != "summer_camp"]
    path = tmp_path / "catalogue-2026.7.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    d = _manager_desk(qtbot, ctx)
    sec = d.show_section("catalogue")
    assert sec.path.isReadOnly()

    def pick(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))          # what the employee types or picks in the dialog
        qtbot.keyClick(name, Qt.Key.Key_Return)
    seen = _when_modal(qtbot, pick)
    qtbot.mouseClick(sec.choose_btn, Qt.MouseButton.LeftButton)
    assert seen and sec.path.text() == str(path)
    lines = [sec.diff.item(i).text() for i in range(sec.diff.count())]
    assert lines[0].endswith("→ 2026.7") and "- summer_camp" in lines
    assert ctx.catalogue.version != "2026.7"   # compared, not imported
    qtbot.mouseClick(sec.import_btn, Qt.MouseButton.LeftButton)
    assert ctx.catalogue.version == "2026.7"


def test_catalogue_document_list_is_a_form(qtbot, ctx):
    d = _manager_desk(qtbot, ctx)
    sec = d.show_section("catalogue")
    assert sec.service.currentData() == "school_admission"
    table = sec.doc_table
    assert table.rowCount() == 1

    def type_cell(row: int, col: int, text: str) -> None:
        edit = sec.name_edit(row, col)
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        edit.insert(text)   # QTest types ASCII only: the Kazakh letters go in at once

    type_cell(0, 1, "Өтініш")
    type_cell(0, 2, "Заявление")
    qtbot.mouseClick(sec.add_doc_btn, Qt.MouseButton.LeftButton)
    kind = table.cellWidget(1, 0)
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentText() == "From an information system"
    type_cell(1, 1, "Туу туралы куәлік")
    # the Russian name left empty: said, the cell selected, nothing stored
    qtbot.mouseClick(sec.fill_btn, Qt.MouseButton.LeftButton)
    assert sec.message.objectName() == "Error" and "empty" in sec.message.text()
    assert d.focusWidget() is sec.name_edit(1, 2)
    assert len(ctx.catalogue.service("school_admission").documents) == 0
    type_cell(1, 2, "Свидетельство о рождении")
    sec.version.setFocus()
    qtbot.keyClicks(sec.version, "2026.1-s7")
    qtbot.mouseClick(sec.fill_btn, Qt.MouseButton.LeftButton)
    assert ctx.catalogue.version == "2026.1-s7", sec.message.text()
    docs = ctx.catalogue.service("school_admission").documents
    assert [(x.name.kk, x.name.ru, x.from_information_system) for x in docs] == [
        ("Өтініш", "Заявление", False),
        ("Туу туралы куәлік", "Свидетельство о рождении", True)]
    # the form shows the list as saved, each row remembering its document (no longer emptied:
    # a service's documents are amended in place, kiosk.catalogue_admin.merge_document_rows)
    assert [(r.document_id, r.name_kk) for r in sec.document_rows()] == \
        [(x.id, x.name.kk) for x in docs]


# -- the kiosk's service pages ----------------------------------------------------------------

def _service_page(qtbot, ctx, service_id: str) -> str:
    from ui.kiosk.services import ServicePage
    page = ServicePage(ctx)
    qtbot.addWidget(page)
    page.show_service(ctx.catalogue.service(service_id))
    return page.body_html()


def test_online_only_service_page_does_not_ask_to_bring_papers(qtbot, ctx):
    for lang, bring in (("en", "Bring these papers"), ("ru", "Принесите"), ("kk", "әкеліңіз")):
        LANG.switch(lang)
        body = _service_page(qtbot, ctx, "teacher_attestation_online")
        assert "egov.kz" in body
        assert bring not in body


def test_s1_page_promises_no_result_date(qtbot, ctx):
    body = _service_page(qtbot, ctx, "teacher_attestation")
    assert "set by the provider" in body
    assert "working days" not in body
