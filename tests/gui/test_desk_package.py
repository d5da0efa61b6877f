"""Scanning a receipt number opens its package; Today lists and finds the day's packages;
switching the language retranslates what is on the screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kiosk.demo import fill_demo_day
from tests.gui.keys import type_code


def _demo(ctx):
    return fill_demo_day(ctx, dt.date(2026, 11, 20), packages=12, seed=7)


def test_scanner_feed_opens_the_package(qtbot, desk, ctx):
    results = _demo(ctx)
    number = results[3].number
    desk.show_section("intake")
    desk.scanner.feed(number)
    package = desk.current_section()
    assert package.key == "package"
    assert package.package["number"] == number
    assert number in package.heading.text()
    assert package.events and package.events[0]["kind"] == results[3].outcome
    assert package.docs.rowCount() > 0
    assert package.receipt.pages, "the receipt is rendered for a reprint"
    accepted = package.info_values["accepted"].text()       # dates as read here: 20.11.2026
    assert accepted.startswith("20.11.2026 ") and package.trail.item(0, 0).text().startswith("20.11.2026")


def test_a_reprint_goes_into_the_package_trail(qtbot, desk, ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    number = _demo(ctx)[2].number
    desk.scanner.feed(number)
    package = desk.current_section()
    qtbot.waitUntil(lambda: bool(package.receipt.pages))
    before = package.trail.rowCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "again.pdf"))
    with qtbot.waitSignal(package.receipt.printed, timeout=10000):
        assert package.receipt.print_receipt(printer)
    assert package.trail.rowCount() == before + 1
    last = package.trail.rowCount() - 1
    assert package.trail.item(last, 2).text() == "receipt reprinted"
    assert package.trail.item(last, 1).text() == desk.employee.login
    with qtbot.waitSignal(package.receipt.saved, timeout=10000):
        assert package.receipt.save_pdf(str(tmp_path / "copy.pdf"))
    assert [e["kind"] for e in package.events].count("reprinted") == 2
    from db.events import verify_chain
    assert verify_chain(ctx.store).ok


def test_a_fast_key_burst_and_enter_is_a_scan_from_any_field(qtbot, desk, ctx):
    results = _demo(ctx)
    number = results[5].number
    intake = desk.show_section("intake")
    intake.search.setFocus()
    type_code(desk, number)      # a scanner types fast on the desk's window and presses Enter
    assert desk.current_section().key == "package"
    assert desk.current_section().package["number"] == number
    assert intake.search.text() == "", "the scanned keys never reach the field"


def test_an_unknown_number_says_so(qtbot, desk, ctx):
    desk.scanner.feed("ALM01-01-261120-9999")
    package = desk.current_section()
    assert package.package is None
    assert "ALM01-01-261120-9999" in package.message.text()


def test_today_lists_and_searches_the_days_packages(qtbot, desk, ctx):
    results = _demo(ctx)
    today = desk.show_section("today")
    assert today.table.rowCount() == len(results)
    refused = sum(1 for r in results if r.outcome == "refused")
    assert f"{refused} refused" in today.summary.text()
    target = results[0]
    today.search.setText(target.number)
    assert today.table.rowCount() == 1 and today.table.item(0, 0).text() == target.number
    from db.packages import package_by_number
    row = package_by_number(ctx.store, target.number)
    today.search.setText(row["iin"])
    assert any(today.table.item(r, 0).text() == target.number
               for r in range(today.table.rowCount()))
    today.search.setText(row["surname"][:4].lower())
    assert today.table.rowCount() >= 1
    today.search.setText(target.number)
    today.open_row(0)
    assert desk.current_section().key == "package"


def test_switching_language_retranslates_the_visible_screen(qtbot, desk):
    from ui.i18n import LANG
    intake = desk.show_section("intake")
    assert intake.choose_title.text() == "Which service is the applicant here for?"
    s1 = next(intake.services.item(i) for i in range(intake.services.count())
              if intake.services.item(i).data(Qt.ItemDataRole.UserRole) == "teacher_attestation")
    assert "attestation" in s1.text()
    desk.lang.setCurrentIndex(desk.lang.findData("kk"))
    qtbot.waitUntil(lambda: intake.choose_title.text() != "Which service is the applicant here for?")
    assert LANG.current == "kk"
    assert intake.choose_title.text() == "Көрсетілетін қызметті алушы қай қызметке келді?"
    assert "Шығу" == desk.sign_out.text()
    assert "аттестат" in intake.services.currentItem().text().lower()
    desk.lang.setCurrentIndex(desk.lang.findData("ru"))
    qtbot.waitUntil(lambda: LANG.current == "ru" and "услуг" in intake.choose_title.text())
    assert intake.choose_title.text() == "По какой услуге пришёл заявитель?"
