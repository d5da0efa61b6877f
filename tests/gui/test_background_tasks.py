"""Work done off the GUI thread answers only widgets that still exist."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kiosk.demo import fill_demo_day
from ui import tasks
from ui.app import make_app


def test_a_receipt_preview_closed_while_rendering_is_left_alone(qtbot, ctx):
    make_app()
    tasks.set_immediate(False)
    from ui.desk.receipt_view import ReceiptView
    number = fill_demo_day(ctx, dt.date(2026, 11, 20), packages=2, seed=3)[0].number
    view = ReceiptView(ctx)
    view.show_package(number)               # the render starts on a worker thread...
    view.deleteLater()                      # ...and the clerk moves on before it ends
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert tasks.wait_all()
    for _ in range(5):                      # the answer arrives: nothing to show it on, no error
        QApplication.processEvents()
