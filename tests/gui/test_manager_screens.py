"""The manager's screens: sign-in, role-limited desk, and each section doing its one job."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.packages import package_by_number
from kiosk.demo import fill_demo_day
from kiosk.staff import Employee
from ui import tasks
from ui.desk.shell import DeskWindow
from ui.main_window import MainWindow
from tests.gui.desk_actions import click, type_text

DAY = dt.date(2026, 11, 20)
MANAGER_KEYS = {"registers", "statistics", "complaints", "catalogue", "audit"}


@pytest.fixture(autouse=True)
def _immediate():
    tasks.set_immediate(True)
    yield
    tasks.set_immediate(False)


def sign_in(qtbot, ctx, login, pin):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    screen = w.open_staff()
    screen.login.setText(login)
    screen.pin.setText(pin)
    screen.go.click()
    return w, screen


def test_clerk_cannot_open_manager_screens(qtbot, ctx):
    w, screen = sign_in(qtbot, ctx, "clerk", "1111")
    assert w.desk is not None and w.desk.employee.role == "clerk"
    assert not (MANAGER_KEYS | {"staff", "settings"}) & set(w.desk.sections)
    assert w.desk.show_section("statistics") is None
    assert w.desk.show_section("registers") is None


def test_manager_and_administrator_see_their_sections(qtbot, ctx):
    w, _ = sign_in(qtbot, ctx, "manager", "3333")
    assert MANAGER_KEYS <= set(w.desk.sections)
    assert not {"staff", "settings"} & set(w.desk.sections)
    w.close_desk()
    w, _ = sign_in(qtbot, ctx, "admin", "4444")
    assert {"staff", "settings", "registers", "statistics"} <= set(w.desk.sections)


def test_wrong_pin_is_explained_and_locks_after_five(qtbot, ctx):
    w, screen = sign_in(qtbot, ctx, "manager", "0000")
    assert w.desk is None and "Wrong login or PIN" in screen.error.text()
    for _ in range(4):
        screen.login.setText("manager")
        screen.pin.setText("0000")
        screen.go.click()
    assert "locked" in screen.error.text()
    screen.login.setText("manager")
    screen.pin.setText("3333")
    screen.go.click()
    assert w.desk is None  # still locked
    assert "demo office accounts" in screen.demo_box.text().lower()


def desk_for(qtbot, ctx, role):
    d = DeskWindow(ctx, Employee(role, role.title(), role))
    qtbot.addWidget(d)
    return d


def test_register_section_lists_and_saves(qtbot, ctx, tmp_path):
    fill_demo_day(ctx, DAY, 15, seed=21)
    d = desk_for(qtbot, ctx, "manager")
    sec = d.show_section("registers")
    assert sec.table.rowCount() == 15
    sec.folder.setText(str(tmp_path / "reg"))
    sec.export.click()
    xlsx = tmp_path / "reg" / f"register-ALM01-{DAY}.xlsx"
    assert xlsx.exists() and load_workbook(xlsx).active.max_row == 16
    assert "Saved" in sec.message.text()


def test_statistics_section_agrees_with_register(qtbot, ctx):
    results = fill_demo_day(ctx, DAY, 25, seed=22)
    d = desk_for(qtbot, ctx, "manager")
    sec = d.show_section("statistics")
    sec.today_btn.click()
    refused = sum(r.outcome == "refused" for r in results)
    assert sec.numbers["packages"].text() == "25"
    assert sec.numbers["refused"].text() == str(refused)
    assert sec.by_service.rows and sec.grab().width() > 0


def test_complaint_section_registers_and_flags_overdue(qtbot, ctx):
    d = desk_for(qtbot, ctx, "manager")
    sec = d.show_section("complaints")
    sec.number.setText("ЖТ-3")
    sec.received.setDate(sec.received.date().addDays(-30))
    sec.applicant.setText("Серікбаев Асқар")
    sec.postal.setText("Алматы қ., Абай даңғылы, 10")                  # seed 000 l.33
    sec.addressee.setCurrentIndex(sec.addressee.findData("quality_body"))  # seed 000 l.36
    sec.text.setPlainText("Нәтиже кешікті")
    sec.add.click()
    assert sec.table.rowCount() == 1
    c = __import__("kiosk.complaints", fromlist=["complaint"]).complaint(ctx, "ЖТ-3")
    assert c.postal_address == "Алматы қ., Абай даңғылы, 10" and c.answer_days == 15
    assert c.received_at.endswith("10:15:00")                            # seed 000 l.237
    assert "ЖТ-3" in sec.message.text()
    assert (ctx.folder / "complaints" / "complaint-ЖТ_3.pdf").exists()
    assert sec.overdue.isVisibleTo(sec) and "1" in sec.overdue.text()
    sec.add.click()  # empty form: explained, nothing stored
    assert sec.message.objectName() == "Error" and sec.table.rowCount() == 1


def test_audit_section_verifies(qtbot, ctx):
    before = len(ctx.store.query("SELECT id FROM events"))  # the training store's own set-up
    fill_demo_day(ctx, DAY, 3, seed=23)
    d = desk_for(qtbot, ctx, "manager")
    sec = d.show_section("audit")
    assert sec.table.rowCount() == before + 3
    sec.verify_btn.click()
    assert "intact" in sec.chain.text()


def test_staff_and_settings_sections(qtbot, ctx):
    d = desk_for(qtbot, ctx, "administrator")
    staff = d.show_section("staff")
    staff.login.setText("dana")
    staff.full_name.setText("Дана Қасымова")
    staff.pin.setText("8080")
    staff.add_btn.click()
    assert "dana" in staff.message.text()
    settings = d.show_section("settings")
    settings.fields["phone"].setText("+7 727 111 22 33")
    settings.save.click()
    assert ctx.office.phone == "+7 727 111 22 33"
    settings.fields["open_time"].setText("25:00")
    settings.save.click()
    assert settings.message.objectName() == "Error"
    settings.day_kind.setCurrentIndex(1)  # extra rest day
    settings.apply_day.click()
    assert not ctx.calendar.is_working_day(DAY)


def test_catalogue_section_fills_s7(qtbot, ctx):
    d = desk_for(qtbot, ctx, "manager")
    sec = d.show_section("catalogue")
    assert sec.service.currentData() == "school_admission"  # the empty list comes first
    sec.name_edit(0, 1).setText("Өтініш")
    sec.name_edit(0, 2).setText("Заявление")
    sec.add_doc_btn.click()
    sec.doc_table.cellWidget(1, 0).setCurrentIndex(2)  # from an information system
    sec.name_edit(1, 1).setText("Туу туралы куәлік")
    sec.name_edit(1, 2).setText("Свидетельство о рождении")
    sec.version.setText("2026.2-s7")
    sec.fill_btn.click()
    assert ctx.catalogue.version == "2026.2-s7"
    assert len(ctx.catalogue.service("school_admission").documents) == 2
    assert sec.table.rowCount() == 2


def test_register_and_slip_print(qtbot, ctx, tmp_path):
    fill_demo_day(ctx, DAY, 4, seed=24)
    d = desk_for(qtbot, ctx, "manager")
    reg = d.show_section("registers")
    reg.print_register(output_file=str(tmp_path / "printed.pdf"))
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    com = d.show_section("complaints")
    com.number.setText("5")
    com.applicant.setText("Ахметов Ғалым")
    com.text.setPlainText("т")
    com.add.click()
    com.table.selectRow(0)
    com.print_selected_slip(output_file=str(tmp_path / "slip.pdf"))
    assert (tmp_path / "slip.pdf").exists() and "slip.pdf" in com.message.text()


def choose_service(qtbot, sec, service_id):
    """Choose the service in the list with the arrow keys, as the manager does."""
    combo = sec.service
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == service_id:
            break
        key = Qt.Key.Key_Down if combo.findData(service_id) > combo.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentData() == service_id


def test_catalogue_section_adds_an_item9_document_to_s8_keeping_its_application(
        qtbot, ctx, desk, good_iin):
    """S8 (externat) holds only the application of item 4 of the regulation (seed 004 l.259)
    and the note that item 9 of the standard is not in the seeds.  The manager chooses S8: the
    form shows the application; adds an item-9 document and saves.  The application keeps its
    id and fields, the diff lists just the added document, and a package accepted at the
    counter under the new version has the application as an original, as before."""
    application = ctx.catalogue.service("externat").document("application")
    d = desk_for(qtbot, ctx, "manager")
    d.resize(1280, 800)
    d.show()
    sec = d.show_section("catalogue")
    choose_service(qtbot, sec, "externat")
    assert sec.service_note.isVisible() and "item 9" in sec.service_note.text()
    assert sec.doc_table.rowCount() == 1
    assert (sec.kind_box(0).currentData(), sec.name_edit(0, 1).text(),
            sec.name_edit(0, 2).text()) == ("required", application.name.kk, application.name.ru)
    click(qtbot, sec.add_doc_btn)
    assert sec.doc_table.rowCount() == 2 and d.focusWidget() is sec.name_edit(1, 1)
    type_text(qtbot, sec.name_edit(1, 1), "Денсаулық жағдайы туралы анықтама")
    type_text(qtbot, sec.name_edit(1, 2), "Справка о состоянии здоровья")
    type_text(qtbot, sec.version, "2026.2-s8")
    click(qtbot, sec.fill_btn)
    assert sec.message.objectName() != "Error", sec.message.text()
    assert [sec.diff.item(i).text() for i in range(sec.diff.count())] == \
        ["2026.2 → 2026.2-s8", "~ externat: documents +office_doc_1"]
    s8 = ctx.catalogue.service("externat")
    assert ctx.catalogue.version == "2026.2-s8"
    assert [x.id for x in s8.documents] == ["application", "office_doc_1"]
    assert s8.document("application") == application
    # the form shows the saved list, each row remembering its document
    assert [r.document_id for r in sec.document_rows()] == ["application", "office_doc_1"]
    d.close()
    # a package at the counter under the new version: the application an original, as before
    intake = desk.show_section("intake")
    type_text(qtbot, intake.search, "externat")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "externat"
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    rows = {r.document.id: r for r in intake.checklist.rows}
    assert list(rows) == ["application", "office_doc_1"]
    assert rows["application"].original.currentIndex() == 1  # original by default
    assert rows["office_doc_1"].original.currentIndex() == 0
    box = intake.form.applicant
    for key, text in (("surname", "Әбілқайырова"), ("name", "Айгүл"), ("iin", good_iin),
                      ("phone", "+77012345678"), ("address", "Алматы қ., Абай даңғылы, 10")):
        type_text(qtbot, box.edits[key], text)
    intake.form.consent.setChecked(True)
    for row in rows.values():
        qtbot.mouseClick(row.received, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box.edits["address"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = intake.last_result
    assert result is not None and result.outcome == "accepted"
    package = package_by_number(ctx.store, result.number)
    assert package["catalogue_version"] == "2026.2-s8"
    assert {x["id"]: x["original"] for x in package["documents"]} == \
        {"application": True, "office_doc_1": False}


def test_catalogue_section_shows_conditional_documents_as_such_and_keeps_them(qtbot, ctx):
    """S1's conditional document (the previous category certificate) is shown with its kind,
    not a choice; renaming another document keeps its condition."""
    d = desk_for(qtbot, ctx, "manager")
    d.show()
    sec = d.show_section("catalogue")
    choose_service(qtbot, sec, "teacher_attestation")
    s1 = ctx.catalogue.service("teacher_attestation")
    assert sec.doc_table.rowCount() == len(s1.documents)
    ids = [r.document_id for r in sec.document_rows()]
    conditional = ids.index("previous_category")
    assert sec.kind_box(conditional) is None  # shown, not chosen
    shown = sec.doc_table.cellWidget(conditional, 0)
    assert shown.text() == "Conditional" and sec.row_kind(conditional) == "conditional"
    assert s1.document("previous_category").condition.question.en in shown.toolTip()
    edit = sec.name_edit(0, 2)
    edit.selectAll()
    type_text(qtbot, edit, "Заявление (форма)")
    type_text(qtbot, sec.version, "2026.2-s1")
    click(qtbot, sec.fill_btn)
    assert [sec.diff.item(i).text() for i in range(sec.diff.count())] == \
        ["2026.2 → 2026.2-s1", "~ teacher_attestation: documents ~application"]
    after = ctx.catalogue.service("teacher_attestation")
    assert after.document("previous_category") == s1.document("previous_category")
    assert after.document("application").name.ru == "Заявление (форма)"
    assert after.document("application").name.kk == s1.document("application").name.kk
