"""Step 3 of intake: the outcome.  A mixin of IntakeSection: the accepted or refused package's
title and line, its receipt, and the buttons on to the next applicant or another service.

Its strings belong to IntakeSection's translations: Qt looks them up under the instance's class
at run time, so they are written with QCoreApplication.translate("IntakeSection", ...) rather
than self.tr (which lupdate would file under this class's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.catalogue import Service
from kiosk.intake import IntakeResult
from ui.desk.intake_steps import OUTCOME
from ui.desk.receipt_view import ReceiptView
from ui.i18n import LANG


class IntakeOutcome:
    # what the section provides
    ctx: Any
    service: Service | None
    steps: QStackedWidget
    last_result: IntakeResult | None
    new_applicant: Callable[[], None]
    back_to_services: Callable[[], None]

    def build_outcome_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.outcome_title = QLabel()
        self.outcome_title.setObjectName("Title")
        self.outcome_title.setWordWrap(True)
        self.outcome_text = QLabel()
        self.outcome_text.setObjectName("Lead")
        self.outcome_text.setWordWrap(True)
        self.receipt = ReceiptView(self.ctx)
        row = QHBoxLayout()
        self.next_btn = QPushButton()
        self.next_btn.setObjectName("Primary")
        self.other_btn = QPushButton()
        row.addWidget(self.next_btn)
        row.addWidget(self.other_btn)
        row.addStretch(1)
        box.addWidget(self.outcome_title)
        box.addWidget(self.outcome_text)
        box.addWidget(self.receipt, 1)
        box.addLayout(row)
        self.next_btn.clicked.connect(self.next_applicant)
        self.other_btn.clicked.connect(self.back_to_services)
        return page

    def retranslate_outcome_page(self) -> None:
        self.next_btn.setText(QCoreApplication.translate("IntakeSection",
                                                         "Next applicant   Ctrl+N"))
        self.next_btn.setToolTip(QCoreApplication.translate("IntakeSection",
                                                            "Same service, empty form"))
        self.other_btn.setText(QCoreApplication.translate("IntakeSection", "Another service"))

    def _outcome_texts(self) -> None:
        r = self.last_result
        if r is None:
            return
        if r.outcome == "accepted":
            self.outcome_title.setObjectName("Title")
            self.outcome_title.setText(QCoreApplication.translate(
                "IntakeSection", "Accepted: receipt No %1").replace("%1", r.number))
            text = QCoreApplication.translate("IntakeSection", "Result due on %1.").replace(
                "%1", f"{r.due_date:%d.%m.%Y}") if r.due_date else ""
        else:
            self.outcome_title.setText(QCoreApplication.translate(
                "IntakeSection", "Refused: refusal receipt No %1").replace("%1", r.number))
            names = []
            if self.service is not None:
                names = [d.name.get(LANG.current) for d in self.service.documents
                         if d.id in r.missing]
            text = QCoreApplication.translate("IntakeSection", "missing: %1").replace(
                "%1", "; ".join(names))
        self.outcome_text.setText(text)

    def next_applicant(self) -> None:
        if self.steps.currentIndex() == OUTCOME and self.service is not None:
            self.new_applicant()
