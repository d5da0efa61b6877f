"""What the clerk does with a package open in the Package section (ui.desk.package_view):
its receipt reprinted, its handover to the dispatch desk, S2's result.  These are methods of
PackageSection kept apart by what they do; their words are translated in PackageSection's
context (the section is the object at run time), hence ``QCoreApplication.translate``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from db.store import StoreBusy
from kiosk import clock
from kiosk.dates import shown_date
from kiosk.deadlines import hand_over, handover_limit
from kiosk.preschool_result import SERVICE_ID as S2, preschool_result, record_preschool_result
from kiosk.receipts import record_reprint
from kiosk.staff import may
from ui.section import WRITE_FAILURES, write_failure_text

RESULT_RIGHT = "returns"          # who records and prints S2's result (as `qabyldau result`)
REPRINT_RETRY_MS = 3000           # a reprint not yet in the trail (the lock was held) tries again


class ReprintActions:
    """A receipt printed or saved from the Package section is a reprint: its line in the
    package's trail, written when the store's lock is free."""

    package: dict[str, Any] | None

    def _reprinted(self, to: str) -> None:
        """A copy printed or saved from here is a reprint: it goes into the package's trail.
        When another station holds the store's lock the copy is out already: the entry is
        written as soon as the lock is free, with the time of the copy."""
        if self.package is None:
            return
        self._pending_reprints.append((self.package["number"], clock.now(), to))
        self._record_pending_reprints()

    def _record_pending_reprints(self) -> None:
        while self._pending_reprints:
            number, at, to = self._pending_reprints[0]
            try:
                record_reprint(self.ctx, number, self.desk.employee.login, at, to)
            except StoreBusy as exc:
                self._say(QCoreApplication.translate("PackageSection", "The copy is made; its line in the package's trail waits "
                                  "for the store: %1").replace(
                                      "%1", write_failure_text(self.ctx, exc)), "Warning")
                self._action = None
                self._retry.start(REPRINT_RETRY_MS)
                return
            except WRITE_FAILURES as exc:
                self._say(write_failure_text(self.ctx, exc), "Error")
                self._action = None
                self._pending_reprints.pop(0)
                continue
            self._pending_reprints.pop(0)
            if self.action_msg.objectName() == "Warning":
                self._say(None)
        self._reload()


class HandoverActions:
    """An accepted courier package handed to the dispatch desk («жинақтау жүйесі») within 30
    minutes of acceptance (seed 004 l.287; kiosk.deadlines)."""

    package: dict[str, Any] | None

    def _awaits_handover(self) -> bool:
        p = self.package
        return bool(p and p["outcome"] == "accepted" and p["status"] == "accepted"
                    and p.get("destination") and not p.get("handed_over_at"))

    def hand_over(self) -> bool:
        if self.package is None or not self._awaits_handover():
            return False
        try:
            hand_over(self.ctx, [self.package["number"]], self.desk.employee.login,
                      self.ctx.now())
        except WRITE_FAILURES as exc:   # nothing stored: the button stays to press again
            self._action = None
            self._say(write_failure_text(self.ctx, exc), "Error")
            self._reload()
            return False
        self._reload()
        self._said("handed")
        return True

    def _show_handover(self, p: dict[str, Any]) -> None:
        """Courier packages: handed to the dispatch desk when and by whom, or by when."""
        if not p.get("destination") or p["outcome"] != "accepted":
            self._info_row("handover", None)
        elif p.get("handed_over_at"):
            self._info_row("handover", QCoreApplication.translate("PackageSection", "handed over %1").replace(
                "%1", f"{shown_date(p['handed_over_at'])} · {p.get('handed_over_by') or ''}"))
        elif p["status"] != "accepted":
            self._info_row("handover", "—")
        else:
            limit = handover_limit(self.ctx, p)
            if limit is None:
                self._info_row("handover", QCoreApplication.translate("PackageSection", "to hand over"))
            else:
                text = QCoreApplication.translate("PackageSection", "to hand over by %1") if self.ctx.now() <= limit \
                    else QCoreApplication.translate("PackageSection", "late: due there by %1")
                self._info_row("handover", text.replace("%1", shown_date(limit.isoformat(
                    sep=" ", timespec="minutes"))))


class ResultActions:
    """S2's result (seed 002 l.37-39; kiosk.preschool_result): the queue notification with the
    queue number or the referral, recorded from the Result tab and its paper shown to print.
    Only employees with the "returns" right see it."""

    package: dict[str, Any] | None

    def _may_result(self) -> bool:
        p = self.package
        return bool(p and p["service_id"] == S2 and p["outcome"] == "accepted"
                    and may(self.desk.employee, RESULT_RIGHT))

    def _show_result_tab(self, fresh: bool = False) -> None:
        """The Result tab: for an S2 package and an employee who may record it; the form while
        the package waits for its result, the paper once it is recorded."""
        p = self.package
        wanted = self._may_result() and p is not None and (
            p["status"] == "accepted" or bool(p.get("result_kind")))
        if wanted and self.papers.count() == 1:
            self.papers.addTab(self.result_page, QCoreApplication.translate("PackageSection", "Result"))
        elif not wanted and self.papers.count() > 1:
            self.papers.removeTab(1)
        if not wanted or p is None:
            return
        if p.get("result_kind"):
            self.result_page.setCurrentWidget(self.result_paper)
            if fresh or self.result_paper.number != p["number"]:
                self.result_paper.show_result(p["number"])
        else:
            self.result_page.setCurrentWidget(self.result_form)
            if fresh:
                self.result_form.clear()

    def start_result(self) -> None:
        """Record the result…: the form in the Result tab, the child's name to type."""
        if self.package is None or not self._may_result() or self.package["status"] != "accepted":
            return
        self._show_result_tab()
        self.papers.setCurrentIndex(1)
        self.result_form.start()

    def cancel_result(self) -> None:
        self.result_form.clear()
        self.papers.setCurrentIndex(0)

    def save_result(self) -> bool:
        """Record it (the core checks it); refresh the package; show the paper to print."""
        if self.package is None or not self._may_result():
            return False
        form = self.result_form
        form.hide_errors()
        try:
            record_preschool_result(self.ctx, self.package["number"], form.kind(),
                                    employee=self.desk.employee.login, now=self.ctx.now(),
                                    **form.values())
        except WRITE_FAILURES as exc:   # bad input at its field; the lock or the server above
            form.show_error(getattr(exc, "field", ""), write_failure_text(self.ctx, exc))
            return False
        self._reload()
        self._show_result_tab(fresh=True)          # the paper, rendered once
        self.papers.setCurrentIndex(1)
        self._said("recorded")
        self.result_paper.print_btn.setFocus()
        return True

    def _show_result(self, p: dict[str, Any]) -> None:
        """S2: the recorded result in one line."""
        r = preschool_result(self.ctx, p["number"]) if p.get("result_kind") else None
        if r is None:
            self._info_row("result", None)
            return
        if r.kind == "referral":
            text = QCoreApplication.translate("PackageSection", "referral to %1").replace("%1", r.organisation)
            if r.group:
                text += f", {r.group}"
        else:
            text = QCoreApplication.translate("PackageSection", "queue notification, queue number %1").replace(
                "%1", str(r.queue_number))
        self._info_row("result", f"{text} — {r.child}")
