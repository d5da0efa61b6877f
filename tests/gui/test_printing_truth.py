"""Printing that tells the truth: "Printed" only when the printer took the job; no printer,
a stopped or rejecting queue, paper low or out each said plainly (kk/ru/en), at the desk and
at the kiosk; print jobs carry the receipt's or ticket's number; tests never reach a printer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from kiosk import printers
from kiosk.demo import fill_demo_day
from tests.fake_cups import FakeCups, Queue


@pytest.fixture
def cups(monkeypatch):
    fake = FakeCups(Receipts=Queue())
    monkeypatch.setattr(printers, "_run", fake)
    monkeypatch.setattr(printers, "cups_available", lambda: True)
    monkeypatch.setattr(printers.time, "sleep", lambda s: None)
    return fake


def _receipt(qtbot, desk, ctx):
    number = fill_demo_day(ctx, dt.date(2026, 11, 20), packages=6, seed=7)[1].number
    desk.scanner.feed(number)
    package = desk.current_section()
    qtbot.waitUntil(lambda: bool(package.receipt.pages))
    return number, package.receipt


def _ctrl_p(desk):
    QTest.keyClick(desk.windowHandle(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_printed_only_when_the_printer_took_the_job(qtbot, desk, ctx, cups):
    number, receipt = _receipt(qtbot, desk, ctx)
    with qtbot.waitSignal(receipt.printed) as blocker:
        _ctrl_p(desk)
    assert blocker.args[0] > 0
    [job] = cups.jobs
    assert job.title == number, "the job carries the receipt's number"
    assert job.media == "A4" or job.media.startswith("Custom.80x")
    assert receipt.status.text() == f"Printed on Receipts (job {job.id})."
    assert desk.section("package").trail.item(desk.section("package").trail.rowCount() - 1,
                                              2).text() == "receipt reprinted"


def test_a_stopped_printer_says_so_with_the_jobs_state(qtbot, desk, ctx, cups):
    cups.queues["Receipts"] = Queue(enabled=False, message="Paused")
    number, receipt = _receipt(qtbot, desk, ctx)
    trail_before = desk.section("package").trail.rowCount()
    with qtbot.waitSignal(receipt.printed) as blocker:
        _ctrl_p(desk)
    assert blocker.args[0] == 0
    text = receipt.status.text()
    assert text == ("The printer Receipts is stopped (paused). Job Receipts-1: waiting in the "
                    "queue. Turn the printer on or tell the administrator.")
    assert "Printed" not in text and receipt.status.objectName() == "Error"
    assert desk.section("package").trail.rowCount() == trail_before, "no reprint recorded"
    from ui.i18n import LANG
    LANG.switch("kk")
    qtbot.waitUntil(lambda: "тоқтатылған" in receipt.status.text())
    assert "Receipts-1" in receipt.status.text() and "кезекте күтуде" in receipt.status.text()
    LANG.switch("ru")
    qtbot.waitUntil(lambda: "остановлен" in receipt.status.text())
    assert "ждёт в очереди" in receipt.status.text()


def test_a_queue_that_rejects_jobs_and_an_offline_printer(qtbot, desk, ctx, cups):
    cups.queues["Receipts"] = Queue(accepting=False)
    _, receipt = _receipt(qtbot, desk, ctx)
    with qtbot.waitSignal(receipt.printed):
        _ctrl_p(desk)
    assert receipt.status.text().startswith("The printer Receipts does not accept jobs")
    assert not cups.jobs
    cups.queues["Receipts"] = Queue(reasons=["offline-report"])
    with qtbot.waitSignal(receipt.printed):
        _ctrl_p(desk)
    assert receipt.status.text().startswith("The printer Receipts is offline")


def test_paper_low_and_out_show_at_the_desk(qtbot, desk, ctx, cups):
    cups.queues["Receipts"] = Queue(reasons=["media-low-report"])
    _, receipt = _receipt(qtbot, desk, ctx)
    with qtbot.waitSignal(receipt.printed):
        _ctrl_p(desk)
    assert "Receipts: paper is running low." in receipt.status.text()
    desk.printer_watch.refresh()
    assert desk.printer_watch.text() == "Receipts: paper is running low."
    assert desk.printer_watch.isVisible()
    cups.queues["Receipts"] = Queue(reasons=["media-empty-error"])
    desk.printer_watch.refresh()
    assert desk.printer_watch.text() == "Receipts: out of paper — load paper."
    cups.queues["Receipts"] = Queue()
    desk.printer_watch.refresh()
    assert not desk.printer_watch.isVisible()


def test_no_printer_installed_says_so_and_writes_no_file(qtbot, desk, ctx, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    (tmp_path / "user").mkdir()
    _, receipt = _receipt(qtbot, desk, ctx)
    for cups_installed in (True, False):      # CUPS with no queue; no CUPS (Qt's spooler path)
        monkeypatch.setattr(printers, "cups_available", lambda c=cups_installed: c)
        with qtbot.waitSignal(receipt.printed) as blocker:
            _ctrl_p(desk)
        assert blocker.args[0] == 0
        assert receipt.status.text().startswith("No printer is installed on this computer. "
                                                "Save the document as PDF (Ctrl+S)")
    assert not any((tmp_path / "user").rglob("*")), "nothing printed to a file in the home"


def test_the_kiosk_never_says_take_your_ticket_when_nothing_printed(qtbot, ctx, cups):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    from ui import tasks
    from ui.i18n import LANG
    make_app()
    LANG.switch("en")
    tasks.set_immediate(True)
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.show()
    try:
        kiosk.issue_plain_ticket("preschool_queue")
        code = kiosk.last_ticket.code
        assert cups.jobs[-1].title == code and kiosk.last_print.printed
        assert kiosk.ticket.status.text().startswith("Take your ticket from the printer.")
        cups.queues["Receipts"] = Queue(enabled=False)
        kiosk.issue_plain_ticket("preschool_queue")
        code = kiosk.last_ticket.code
        text = kiosk.ticket.status.text()
        assert "Take your ticket" not in text
        assert text.startswith("The printer is not working, so no ticket was printed. Please "
                               f"remember your number: {code}.")
        assert kiosk.ticket.code.text() == code and kiosk.ticket.code.isVisible()
        assert kiosk.ticket.status.objectName() == "KioskPrinterDown"
        assert [j.title for j in cups.cancelled] == [code], \
            "the ticket's job is withdrawn: it must not come out later for the next person"
        LANG.switch("kk")
        qtbot.waitUntil(lambda: "printer" not in kiosk.ticket.status.text())
        assert code in kiosk.ticket.status.text()
        cups.queues.clear()                                 # no printer at all
        kiosk.issue_plain_ticket("preschool_queue")
        assert not kiosk.last_print.ok and kiosk.last_print.code == "print.no_printer"
    finally:
        LANG.switch("en")
        tasks.set_immediate(False)


def test_the_guard_fails_a_test_that_prints_on_a_real_printer(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)    # the system's printer
    with pytest.raises(pytest.fail.Exception, match="real printer"):
        QPainter().begin(printer)
    with pytest.raises(pytest.fail.Exception, match="real printer"):
        printers.submit(tmp_path / "x.pdf", "Receipts", "ALM01")
    to_file = QPrinter(QPrinter.PrinterMode.HighResolution)
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "ok.pdf"))
    painter = QPainter()
    assert painter.begin(to_file)
    painter.end()


def test_lpstat_words_are_read(monkeypatch):
    """The parser reads lpstat's own output (captured from CUPS 2.4 with a cups-pdf queue)."""
    import subprocess
    outputs = {
        ("lpstat", "-l", "-p", "Receipts"):
            "printer Receipts disabled since Wed Dec  2 22:53:41 2026 -\n\tPaused for the test\n"
            "\tForm mounted:\n\tContent types: any\n\tPrinter types: unknown\n"
            "\tDescription: Receipts\n\tAlerts: media-low\n\tLocation: \n",
        ("lpstat", "-a", "Receipts"): "Receipts accepting requests since Wed Dec  2 2026\n",
        ("lpstat", "-l", "-o", "Receipts"):
            "Receipts-2              root              1024   Wed Dec  2 22:53:41 2026\n"
            "\tAlerts: none\n\tqueued for Receipts\n",
        ("lpstat", "-W", "completed", "-o", "Receipts"):
            "Receipts-1              root              1024   Wed Dec  2 22:53:34 2026\n",
    }
    monkeypatch.setattr(printers, "_run", lambda argv: subprocess.CompletedProcess(
        argv, 0, outputs[tuple(argv)], ""))
    state = printers.printer_state("Receipts")
    assert state.state == "stopped" and state.accepting and "media-low" in state.reasons
    assert state.detail == "Paused for the test" and not state.ready
    assert printers.job_state("Receipts", "Receipts-2") == "pending"
    assert printers.job_state("Receipts", "Receipts-1") == "completed"


def test_registers_and_slips_say_what_the_printer_did(qtbot, ctx, cups):
    from ui.manager.printing import NoPrinter, print_pdf
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
           b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF")
    assert print_pdf(pdf, "", title="B-ALM01-261120-01") == "Receipts (Receipts-1)"
    assert cups.jobs[-1].title == "B-ALM01-261120-01"
    cups.queues["Receipts"] = Queue(enabled=False)
    with pytest.raises(NoPrinter, match="The printer Receipts is stopped"):
        print_pdf(pdf, "")
    cups.queues.clear()
    with pytest.raises(NoPrinter, match="No printer is installed"):
        print_pdf(pdf, "")
