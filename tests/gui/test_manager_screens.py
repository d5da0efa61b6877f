"""The manager's screens: sign-in, role-limited desk, and each section doing its one job."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from kiosk.demo import fill_demo_day
from kiosk.staff import Employee
from ui import tasks
from ui.desk.shell import DeskWindow
from ui.main_window import MainWindow

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
