"""The kiosk's papers: the list of documents for a service (the slip) and the queue ticket,
each rendered to PDF on a worker and printed truthfully on this station's printer (the last
outcome kept in ``last_print``; a ticket that did not print says so on the ticket page).

``PapersMixin`` is part of ``ui.kiosk.window.KioskWindow``: it uses the window's ``ctx``,
``watch``, ``service``/``prefill``/``ticket`` pages, ``show_page`` and its ``last_ticket``,
``last_ticket_pdf``, ``last_slip_pdf`` and ``last_print``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.store import StoreUnavailable
from kiosk import queue
from kiosk.documents.slip import render_slip
from kiosk.documents.ticket import render_ticket
from kiosk.errors import InputError
from kiosk.kiosk_info import service_sheet
from kiosk.printers import PrintResult
from kiosk.queue import Ticket
from kiosk.ticket_print import ticket_data
from ui.i18n import LANG
from ui.kiosk import printing
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

__all__ = ["PapersMixin"]


class PapersMixin:
    """The slip and ticket printing of ``KioskWindow``.  Its words are translated in the
    window's context ("KioskWindow": what Qt looks up at run time), not this mixin's."""

    # -- the list of documents (slip) ------------------------------------------------------
    def print_slip(self: "KioskWindow", service_id: str) -> None:
        service = self.ctx.catalogue.service(service_id)
        if service is None:
            return
        sheet, lang = service_sheet(service, self.ctx.office.office_kind), LANG.current
        office = self.ctx.office.name_kk if lang == "kk" else self.ctx.office.name_ru
        stamp = self.ctx.now().strftime("%d.%m.%Y %H:%M")  # day first, as everywhere
        out = self.ctx.folder / "slips" / f"{service.id}-{lang}.pdf"

        def work() -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render_slip(sheet, lang, office, stamp))
            return out
        run_task(work, self._slip_ready, self._print_failed)

    def _slip_ready(self: "KioskWindow", path: Path) -> None:
        self.last_slip_pdf = path
        self.service.status.setText(QCoreApplication.translate("KioskWindow",
                                                               "Printing the list…"))
        printing.print_pdf(self.ctx, path, path.stem, self._slip_printed)

    def _slip_printed(self: "KioskWindow", result: PrintResult) -> None:
        self.last_print = result
        self.service.status.setText(
            QCoreApplication.translate("KioskWindow",
                                       "The list is printed: take it from the printer.")
            if result.ok else
            QCoreApplication.translate("KioskWindow",
                                       "The printer is not working, so the list was not "
                                       "printed. Please ask the staff, or read the list on "
                                       "this screen."))

    def _print_failed(self: "KioskWindow", exc: Exception) -> None:
        self.service.status.setText(QCoreApplication.translate(
            "KioskWindow", "The printer is not working, so the list was not printed. Please "
            "ask the staff, or read the list on this screen."))

    # -- the queue ticket --------------------------------------------------------------------
    def issue_plain_ticket(self: "KioskWindow", service_id: str) -> None:
        try:
            t = queue.issue_ticket(self.ctx, service_id, lang=LANG.current)
        except StoreUnavailable as exc:  # no ticket issued; the banner says so
            self.watch.report(exc)
            return
        self._issued(t)

    def issue_prefilled(self: "KioskWindow", applicant: dict[str, str],
                        answers: dict[str, bool], consent: bool) -> None:
        service = self.prefill.service
        if service is None:
            return
        try:
            t = queue.issue_prefilled_ticket(self.ctx, service.id, applicant, answers, consent,
                                             lang=LANG.current)
        except InputError as exc:
            self.prefill.show_error(exc)
            return
        except StoreUnavailable as exc:  # what was typed stays on the page
            self.watch.report(exc)
            return
        self._issued(t)

    def _issued(self: "KioskWindow", t: Ticket) -> None:
        self.last_ticket = t
        data = ticket_data(self.ctx, t)       # read on the GUI thread; rendered on a worker
        out = self.ctx.folder / "tickets" / t.day.isoformat() / f"{t.code}.pdf"
        self.ticket.show_ticket(data)
        self.show_page(self.ticket)

        def work() -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render_ticket(data, "80mm"))
            return out
        run_task(work, self._ticket_ready, self._ticket_failed)

    def _ticket_ready(self: "KioskWindow", path: Path) -> None:
        self.last_ticket_pdf = path
        code = self.last_ticket.code if self.last_ticket else path.stem
        printing.print_pdf(self.ctx, path, code, self._ticket_printed)

    def _ticket_printed(self: "KioskWindow", result: PrintResult) -> None:
        self.last_print = result
        self.ticket.set_printed(result.ok)

    def _ticket_failed(self: "KioskWindow", exc: Exception) -> None:
        self.ticket.set_printed(False)
