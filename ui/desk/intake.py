"""Intake at the counter: choose the service, fill in the applicant, tick the papers, then
accept (complete) or refuse (incomplete) with one call to kiosk.intake.accept_package, and print
the receipt.  The keyboard alone does it all: Enter goes on, Ctrl+Enter accepts,
Ctrl+Shift+Enter refuses, Ctrl+N takes the next applicant for the same service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget,
                               QVBoxLayout, QWidget)

from db.store import StoreBusy, StoreUnavailable
from kiosk import queue
from kiosk.catalogue import Service
from kiosk.errors import InputError
from kiosk.intake import IntakeResult, accept_package, request_from_dict
from ui.connection import HeldWhileAway, store_watch
from ui.desk.applicant_form import ApplicantForm
from ui.desk.checklist_panel import ChecklistPanel
from ui.desk.intake_outcome import IntakeOutcome
from ui.desk.intake_steps import FORM, OUTCOME, SERVICE
from ui.desk.service_picker import ServicePicker
from ui.flow import VerticalScroll
from ui.i18n import LANG
from ui.section import write_failure_text

__all__ = ["IntakeSection", "SERVICE", "FORM", "OUTCOME"]


def _scrolled(widget: QWidget) -> QScrollArea:
    return VerticalScroll(widget)     # as wide as the form needs: nothing cut at its right


class IntakeSection(ServicePicker, IntakeOutcome, QWidget):
    """The three steps on one stack: the service (ServicePicker), the applicant and the
    papers (here), the outcome (IntakeOutcome)."""

    key = "intake"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.service: Service | None = None
        self.ticket_id: int | None = None
        self.ticket_code = ""
        self.last_result: IntakeResult | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.fill_services()

    def title(self) -> str:
        return self.tr("Intake")

    # -- layout --------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.steps = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.steps)

        # step 1: the service (ui/desk/service_picker.py)
        self.steps.addWidget(self.build_service_page())

        # step 2: applicant and checklist
        page = QWidget()
        box = QVBoxLayout(page)
        head = QHBoxLayout()
        self.service_title = QLabel()
        self.service_title.setObjectName("Title")
        self.service_title.setWordWrap(True)
        self.change_service = QPushButton()
        self.clear_btn = QPushButton()
        self.clear_btn.setObjectName("clear_form")
        head.addWidget(self.service_title, 1)
        head.addWidget(self.clear_btn, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.change_service, 0, Qt.AlignmentFlag.AlignTop)
        self.ticket_badge = QLabel()
        self.ticket_badge.setObjectName("Badge")
        self.ticket_badge.hide()
        self.form = ApplicantForm()
        self.checklist = ChecklistPanel()
        split = QHBoxLayout()
        split.setSpacing(16)
        split.addWidget(_scrolled(self.form), 5)
        split.addWidget(_scrolled(self.checklist), 6)
        bar = QHBoxLayout()
        self.completeness = QLabel()
        self.completeness.setObjectName("CompletenessLine")
        self.completeness.setWordWrap(True)
        self.form_error = QLabel()
        self.form_error.setObjectName("Error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.refuse_btn = QPushButton()
        self.refuse_btn.setObjectName("Danger")
        self.accept_btn = QPushButton()
        self.accept_btn.setObjectName("Primary")
        self.watch = store_watch(self.ctx)
        self.held = HeldWhileAway(self.watch, self.refuse_btn, self.accept_btn)
        # the completeness line over the section's whole width (a long list of missing
        # documents in few lines on a narrow desk), the buttons under it on the right
        bar.addStretch(1)
        bar.addWidget(self.held)
        box.addLayout(head)
        box.addWidget(self.ticket_badge)
        box.addLayout(split, 1)
        box.addWidget(self.form_error)
        box.addWidget(self.completeness)
        box.addLayout(bar)
        self.steps.addWidget(page)
        self.change_service.clicked.connect(self.back_to_services)
        self.clear_btn.clicked.connect(self.clear_form)
        self.checklist.changed.connect(self.update_completeness)
        self.accept_btn.clicked.connect(lambda: self.finish("accepted"))
        self.refuse_btn.clicked.connect(lambda: self.finish("refused"))
        self.form.consent.installEventFilter(self)
        self.search.installEventFilter(self)

        # step 3: the outcome and its receipt (ui/desk/intake_outcome.py)
        self.steps.addWidget(self.build_outcome_page())

        ctx_sc = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Return", lambda: self.finish("accepted")),
                           ("Ctrl+Enter", lambda: self.finish("accepted")),
                           ("Ctrl+Shift+Return", lambda: self.finish("refused")),
                           ("Ctrl+Shift+Enter", lambda: self.finish("refused")),
                           ("Ctrl+N", self.next_applicant)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx_sc)
            sc.activated.connect(slot)

    def retranslate_ui(self) -> None:
        self.retranslate_service_page()
        self.change_service.setText(self.tr("Change service"))
        self.clear_btn.setText(self.tr("Clear form"))
        self.clear_btn.setToolTip(self.tr("Empty the applicant's details and the ticked papers; "
                                          "the service stays"))
        self.refuse_btn.setText(self.tr("Refuse   Ctrl+Shift+Enter"))
        self.refuse_btn.setToolTip(self.tr("Only an incomplete package can be refused: the "
                                           "refusal receipt lists what is missing"))
        self.accept_btn.setText(self.tr("Accept   Ctrl+Enter"))
        self.accept_btn.setToolTip(self.tr("Only a complete package can be accepted"))
        self.retranslate_outcome_page()
        self._ticket_text()
        self.fill_services()
        self._service_heading()
        self.update_completeness()
        self._outcome_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802
        if self.search_arrows(obj, event):  # Up and Down in the search field
            return True
        # Enter on the consent box goes on to the checklist
        if obj is self.form.consent and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            first = self.checklist.first_field()
            if first is not None:
                first.setFocus()
            return True
        return super().eventFilter(obj, event)

    def activated(self) -> None:
        if self.steps.currentIndex() == SERVICE:
            self.fill_services()  # the office's services may have changed in Settings
            self.search.setFocus()

    # -- step 2: applicant and papers ----------------------------------------------------
    def new_applicant(self) -> None:
        self.form.clear()
        self.checklist.clear()
        self.ticket_id = None
        self.ticket_code = ""
        self.ticket_badge.hide()
        self.form_error.hide()
        self._service_heading()
        self.update_completeness()
        self.steps.setCurrentIndex(FORM)
        self.form.first_field().setFocus()

    def clear_form(self) -> None:
        """Start the same applicant's form again: details, representative, consent and ticks
        emptied; the service and the queue ticket stay."""
        if self.steps.currentIndex() != FORM:
            return
        self.form.clear()
        self.checklist.clear()
        self.form_error.hide()
        self.update_completeness()
        self.form.first_field().setFocus()

    def has_unsaved_form(self) -> bool:
        """Something typed or ticked that no acceptance or refusal has stored yet."""
        if self.steps.currentIndex() != FORM:
            return False
        part = self.form.request_part()
        typed = any(part["applicant"].values()) or part["representative"] is not None \
            or part["consent"]
        return bool(typed or self.checklist.documents() or self.checklist.answers())

    def _ticket_text(self) -> None:
        if self.ticket_id is not None:
            self.ticket_badge.setText(self.tr("From queue ticket %1").replace(
                "%1", self.ticket_code or "—"))

    def _service_heading(self) -> None:
        if self.service is not None:
            self.service_title.setText(f"{self.service.code}. "
                                       f"{self.service.short_name.get(LANG.current)}")
            self.service_title.setToolTip(self.service.name.get(LANG.current))

    def update_completeness(self) -> None:
        result = self.checklist.result()
        if result is None:
            self.completeness.setText("")
            return
        line = self.tr("%1 of %2 required received").replace("%1", str(result.needed_received)) \
            .replace("%2", str(result.needed_count))
        if result.complete:
            self.completeness.setObjectName("Ok")
        else:
            names = "; ".join(d.name.get(LANG.current) for d in result.missing)
            line += " — " + self.tr("missing: %1").replace("%1", names)
            self.completeness.setObjectName("Warning")
        self.completeness.setText(line)
        self.completeness.style().unpolish(self.completeness)
        self.completeness.style().polish(self.completeness)
        self.accept_btn.setEnabled(result.complete)
        self.refuse_btn.setEnabled(not result.complete)

    def request_dict(self) -> dict[str, Any]:
        """The form as an accept request (the accept JSON's shape)."""
        assert self.service is not None
        return {"service": self.service.id, **self.form.request_part(),
                "answers": self.checklist.answers(), "documents": self.checklist.documents(),
                "ticket_id": self.ticket_id}

    def finish(self, outcome: str) -> IntakeResult | None:
        """Accept (complete) or refuse (incomplete): one call to accept_package."""
        if self.steps.currentIndex() != FORM or self.service is None:
            return None
        button = self.accept_btn if outcome == "accepted" else self.refuse_btn
        if not button.isEnabled():
            return None
        self.form_error.hide()
        try:
            request = request_from_dict(self.ctx.catalogue, self.request_dict())
        except InputError as exc:
            text = exc.text(LANG.current)
            if not self.form.show_error(exc.field, text):
                self.form_error.setText(text)
                self.form_error.show()
            return None
        try:
            result = accept_package(self.ctx, request, employee=self.desk.employee.login,
                                    now=self.ctx.now())
        except StoreUnavailable as exc:  # rolled back whole; the form stays as typed
            self.watch.report(exc)
            return None
        except StoreBusy as exc:   # another station held the lock: nothing stored, press again
            self.form_error.setText(write_failure_text(self.ctx, exc))
            self.form_error.show()
            return None
        except InputError as exc:  # the office's refusal (hours, its services): nothing stored
            self.form_error.setText(exc.text(LANG.current))
            self.form_error.show()
            return None
        self.last_result = result
        self._outcome_texts()
        self.steps.setCurrentIndex(OUTCOME)
        self.receipt.show_package(result.number)
        self.next_btn.setFocus()
        return result

    # -- from a queue ticket -------------------------------------------------------------
    def start_from_prefill(self, prefill: dict[str, Any], ticket_id: int | None = None) -> bool:
        """A queue ticket's data (the accept JSON's shape): service, applicant, answers and
        consent filled in, so the clerk only checks the papers."""
        if not self.choose_service(str(prefill.get("service") or "")):
            self.steps.setCurrentIndex(SERVICE)
            return False
        self.form.fill(prefill)
        self.checklist.set_answers(prefill.get("answers") or {})
        self.ticket_id = ticket_id
        found = queue.ticket(self.ctx, ticket_id) if ticket_id is not None else None
        self.ticket_code = found.code if found is not None else ""  # C001, as the applicant holds it
        if ticket_id is not None:
            self._ticket_text()
            self.ticket_badge.show()
        self.update_completeness()
        first = self.checklist.first_field()
        (first or self.form.first_field()).setFocus()
        return True
