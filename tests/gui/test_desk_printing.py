"""Receipt pages rendered for the screen and laid out for the printer: A4, or the 80 mm roll."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from kiosk.demo import fill_demo_day
from kiosk.receipts import receipt_pdf
from ui.printing import paint_pages, prepare_printer, rasterise, to_qimage


def test_roll_receipt_prints_on_an_80_mm_page(qtbot, ctx, tmp_path):
    number = fill_demo_day(ctx, dt.date(2026, 11, 20), packages=2, seed=1)[0].number
    pages = rasterise(receipt_pdf(ctx, number, "80mm"), 72)
    assert pages and to_qimage(pages[0]).width() == pages[0].width
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "roll.pdf"))
    prepare_printer(printer, pages, "80mm")
    width_mm = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
    assert 79 <= width_mm <= 81
    assert paint_pages(printer, pages) == len(pages)
    assert (tmp_path / "roll.pdf").stat().st_size > 1000
    a4 = QPrinter()
    prepare_printer(a4, rasterise(receipt_pdf(ctx, number, "a4"), 36), "a4")
    assert round(a4.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()) == 210


def test_documents_from_information_systems_are_never_demanded(qtbot, desk):
    intake = desk.show_section("intake")
    assert intake.choose_service("preschool_queue")
    service = intake.service
    from_is = [r for r in intake.checklist.rows if r.document.from_information_system]
    assert from_is, "S2 takes documents from information systems"
    for row in from_is:
        assert not row.received.isEnabled() and row.received.isChecked()
        assert "information systems" in row.kind.text()
    needed = [d for d in service.documents
              if d.kind == "required" and not d.from_information_system]
    assert f"0 of {len(needed)} required received" in intake.completeness.text()
    for row in intake.checklist.rows:
        if not row.document.from_information_system and row.document.kind == "required":
            row.received.setChecked(True)
    assert intake.accept_btn.isEnabled()
    assert all(d["id"] not in {r.document.id for r in from_is}
               for d in intake.checklist.documents())
