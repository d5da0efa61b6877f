"""The "returns" section (results back from the providers, or decided here: scan or type
receipt numbers) and the "issue" section (hand a ready result to the applicant after a
confirmation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from kiosk.dates import shown_date
from kiosk.errors import InputError
from kiosk.returns import Handover, handover, issue_result, mark_returned
from ui.courier.base import CourierSection
from ui.i18n import LANG
from ui.section import WRITE_FAILURES, write_failure_text


class ReturnsSection(CourierSection):
    key = "returns"

    def title(self) -> str:
        return self.tr("Results")

    def setup_ui(self) -> None:
        layout = self.titled_layout()
        layout.addLayout(self.number_row(self.mark_typed, primary=True))
        self.mark = self.number_button
        self.log = QListWidget()
        self.log.setWordWrap(True)           # a refusal's reason is read whole, not scrolled to
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.status)
        layout.addWidget(self.log, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Results ready"))
        self.hint.setText(self.tr("Scan each result's receipt barcode as the courier hands the "
                                  "results over, or when a result decided at this office (or "
                                  "received through the information systems) is ready; or type "
                                  "the number and press Enter."))
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.mark.setText(self.tr("Mark the result ready"))

    def handle_scan(self, code: str) -> bool:
        self.mark_number(code)
        return True

    def mark_typed(self) -> None:
        if self.number.text().strip():
            self.mark_number(self.number.text())
            self.number.clear()

    def mark_number(self, number: str) -> bool:
        try:
            h = mark_returned(self.ctx, number, self.employee.login, self.ctx.now(),
                              lang=LANG.current)
        except WRITE_FAILURES as exc:   # bad number, the write lock held elsewhere, server away
            text = write_failure_text(self.ctx, exc)
            self.say(text, "Error")
            self.log.insertItem(0, QListWidgetItem("✗ " + text))
            return False
        text = self.tr("%1: result ready for %2").replace("%1", h.number).replace("%2", h.applicant)
        self.say(text, "Ok")
        self.log.insertItem(0, QListWidgetItem("✓ " + text))
        return True


class IssueSection(CourierSection):
    key = "issue"

    def prepare(self) -> None:
        self.current: Handover | None = None

    def title(self) -> str:
        return self.tr("Issue")

    def setup_ui(self) -> None:
        layout = self.titled_layout()
        layout.addLayout(self.number_row(self.find_typed, primary=False))
        self.find = self.number_button
        self.card = QFrame()
        self.card.setObjectName("Card")
        form = QFormLayout(self.card)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("number", "applicant", "iin", "phone", "representative", "service", "due"):
            cap, val = QLabel(), QLabel()
            val.setWordWrap(True)
            self.captions[key], self.values[key] = cap, val
            form.addRow(cap, val)
        self.question = QLabel()
        self.question.setObjectName("Lead")
        self.question.setWordWrap(True)
        self.confirm = QPushButton()
        self.confirm.setObjectName("Primary")
        self.confirm.clicked.connect(self.confirm_issue)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        cv = QVBoxLayout()
        cv.addWidget(self.question)
        cv.addLayout(buttons)
        form.addRow(cv)
        layout.addWidget(self.status)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.card.setVisible(False)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Issue a result to the applicant"))
        self.hint.setText(self.tr("Scan the applicant's receipt or type its number. Check the "
                                  "identity document against the name shown, then confirm."))
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.find.setText(self.tr("Find"))
        captions = {"number": self.tr("Receipt"), "applicant": self.tr("Applicant"),
                    "iin": self.tr("IIN"), "phone": self.tr("Phone"),
                    "representative": self.tr("Representative"), "service": self.tr("Service"),
                    "due": self.tr("Due date")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.question.setText(self.tr("Hand the result over to this person?"))
        self.confirm.setText(self.tr("Hand over"))
        self.cancel.setText(self.tr("Cancel"))

    def handle_scan(self, code: str) -> bool:
        self.open_number(code)
        return True

    def find_typed(self) -> None:
        if self.number.text().strip():
            self.open_number(self.number.text())

    def reset(self) -> None:
        self.current = None
        self.card.setVisible(False)
        self.number.clear()

    def open_number(self, number: str) -> bool:
        self.reset()
        try:
            h = handover(self.ctx, number, LANG.current, for_issue=True)
        except InputError as exc:
            self.say(exc.text(LANG.current), "Error")
            return False
        self.current = h
        shown = {"number": h.number, "applicant": h.applicant, "iin": h.iin, "phone": h.phone,
                 "representative": h.representative or "—", "service": h.service,
                 "due": shown_date(h.due_date, "—")}
        for key, text in shown.items():
            self.values[key].setText(text)
        self.status.setText("")
        self.card.setVisible(True)
        self.confirm.setFocus()
        return True

    def confirm_issue(self) -> bool:
        if self.current is None:
            return False
        number = self.current.number
        try:
            h = issue_result(self.ctx, number, self.employee.login, self.ctx.now(),
                             lang=LANG.current)
        except InputError as exc:
            self.say(exc.text(LANG.current), "Error")
            self.reset()
            return False
        except WRITE_FAILURES as exc:   # nothing stored: the card stays to confirm again
            self.say(write_failure_text(self.ctx, exc), "Error")
            return False
        self.reset()
        self.say(self.tr("%1 handed over to %2.").replace("%1", h.number)
                 .replace("%2", h.applicant), "Ok")
        return True
