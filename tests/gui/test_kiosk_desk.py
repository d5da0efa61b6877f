"""The desk's side of the queue: call next in order, no-show, recall, times, and a scanned
ticket opening the pre-filled application in the intake section."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from kiosk import queue
from kiosk.iin import make_iin
from kiosk.staff import DEFAULT_CLERK
from ui.i18n import LANG


class StubIntake(QWidget):
    """Stands in for the intake section (issue 3) when it is not merged yet."""
    key = "intake"

    def __init__(self, desk):
        super().__init__()
        self.calls = []

    def title(self):
        return "Intake"

    def start_from_prefill(self, prefill, ticket_id):
        self.calls.append((prefill, ticket_id))


@pytest.fixture
def desk(ctx, qtbot):
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.kiosk.queue_desk import QueueSection
    make_app()
    LANG.switch("en")
    w = DeskWindow(ctx, DEFAULT_CLERK, factories=[("intake", StubIntake), ("queue", QueueSection)])
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_registered_as_a_desk_section():
    from ui.desk.sections import SECTION_FACTORIES
    from ui.kiosk.queue_desk import QueueSection
    assert ("queue", QueueSection) in SECTION_FACTORIES and QueueSection.key == "queue"


def test_scanned_ticket_opens_the_prefilled_application(desk, ctx):
    service = ctx.catalogue.service("preschool_queue")
    iin = make_iin(dt.date(1990, 1, 2), "male", 5)
    pre = queue.build_prefill(service, {"iin": iin, "surname": "Серік"}, {}, True)
    t = queue.issue_ticket(ctx, service.id, prefill=pre)
    desk.show_section("queue")
    desk.scanner.feed(t.barcode)
    intake = desk.section("intake")
    assert intake.calls == [(pre, t.id)]
    assert desk.current_section() is intake
    stored = queue.ticket(ctx, t.id)
    assert stored.status == "called" and stored.desk == ctx.office.station
    # also while another section is shown, and with the code typed in lower case
    other = queue.issue_ticket(ctx, None)
    desk.scanner.feed(other.barcode.lower())
    assert intake.calls[-1] == ({"service": None, "applicant": {}, "representative": None,
                                 "answers": {}, "consent": False}, other.id)


def test_receipt_numbers_are_not_taken_for_tickets(desk):
    assert desk.section("queue").handle_scan("ALM01-01-261120-0007") is False


def test_call_next_order_and_times(desk, ctx, qtbot, monkeypatch):
    section = desk.show_section("queue")
    base = dt.datetime(2026, 11, 20, 9, 0)
    first = queue.issue_ticket(ctx, "preschool_queue", now=base)
    second = queue.issue_ticket(ctx, "teacher_attestation", now=base + dt.timedelta(minutes=1))
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)  # clock: 10:15
    assert section.current.id == first.id
    assert "B001" in section.now_serving.text()
    qtbot.mouseClick(section.absent, Qt.MouseButton.LeftButton)
    assert queue.ticket(ctx, first.id).status == "no_show"
    qtbot.mouseClick(section.again, Qt.MouseButton.LeftButton)
    assert queue.ticket(ctx, first.id).recalls == 1
    monkeypatch.setenv("QABYLDAU_NOW", "2026-11-20T10:27:00")
    qtbot.mouseClick(section.served, Qt.MouseButton.LeftButton)
    done = queue.ticket(ctx, first.id)
    assert (done.waiting_min, done.service_min, done.status) == (75.0, 12.0, "served")
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert section.current.id == second.id
    rows = {section.table.item(r, 0).text(): [section.table.item(r, c).text() for c in range(8)]
            for r in range(section.table.rowCount())}
    assert rows["B001"][5:] == ["75", "12", "served"]
    assert rows["A001"][5] == "86"
    qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Nobody is waiting."
