"""The service's documents as a checklist: each with its kind, "received", original or copy and
pages; documents from information systems marked so and never demanded; conditional questions
asked as yes/no questions.  ``result()`` evaluates it with kiosk.checklist.evaluate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFrame,
                               QHBoxLayout, QLabel, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from kiosk.catalogue import Document, Service
from kiosk.checklist import ChecklistResult, evaluate
from ui.i18n import LANG


class DocumentRow(QFrame):
    changed = Signal()

    def __init__(self, index: int, document: Document) -> None:
        super().__init__()
        self.setObjectName("DocRow")
        self.document = document
        self.index = index
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(6)
        self.received = QCheckBox()
        self.received.setObjectName(f"doc_{document.id}")
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setObjectName("DocName")
        self.name.mousePressEvent = lambda _e: self.received.toggle() \
            if self.received.isEnabled() else None  # type: ignore[method-assign]
        top = QHBoxLayout()
        top.addWidget(self.received, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.name, 1)
        self.kind = QLabel()
        self.kind.setObjectName("Badge")
        self.kind.setWordWrap(True)     # «from information systems — ...» in a narrow column
        self.original = QComboBox()
        self.original.addItems(["", ""])
        # as wide as "original" / "copy" in the language shown (not as first shown)
        self.original.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.original.setCurrentIndex(self.default_original())
        self.pages = QSpinBox()
        self.pages.setRange(0, 999)
        self.pages.setSpecialValueText("—")
        self.pages.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.pages.setFixedWidth(70)
        self.pages_label = QLabel()
        self.pages_label.setBuddy(self.pages)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kind)
        bottom.addStretch(1)
        bottom.addWidget(self.original)
        bottom.addWidget(self.pages_label)
        bottom.addWidget(self.pages)
        self.note = QLabel()
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        box.addLayout(top)
        box.addLayout(bottom)
        box.addWidget(self.note)
        if document.from_information_system:
            self.received.setChecked(True)
            self.received.setEnabled(False)
            self.original.hide()
            self.pages.hide()
            self.pages_label.hide()
        self.received.toggled.connect(self._toggled)
        self.original.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.pages.valueChanged.connect(lambda _: self.changed.emit())
        self._toggled(self.received.isChecked())

    def default_original(self) -> int:
        """The applicant's own signed form (the application, Appendix 2 of the standard) is
        an original unless the clerk says otherwise; other papers a copy."""
        return 1 if self.document.id == "application" else 0

    def _toggled(self, on: bool) -> None:
        if not self.document.from_information_system:
            self.original.setEnabled(on)
            self.pages.setEnabled(on)
        self.changed.emit()

    def retranslate_ui(self, needed: bool = True) -> None:
        d = self.document
        name = d.name.get(LANG.current)
        self.received.setText(f"{self.index}.")
        self.received.setAccessibleName(f"{self.index}. {name}")
        self.name.setText(name)
        self.received.setToolTip(self.tr("Space: mark as received"))
        if d.from_information_system:
            kind = self.tr("from information systems — do not ask for paper")
        elif d.kind == "required":
            kind = self.tr("required")
        elif d.kind == "conditional":
            kind = self.tr("required for this applicant") if needed else \
                self.tr("not needed for this applicant")
        else:
            kind = self.tr("optional, if any")
        self.kind.setText(kind)
        self.original.setItemText(0, self.tr("copy"))
        self.original.setItemText(1, self.tr("original"))
        self.original.setAccessibleName(self.tr("Original or copy"))
        self.pages_label.setText(self.tr("pages"))
        self.pages.setAccessibleName(self.tr("pages"))
        note = d.note.get(LANG.current) if d.note else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def value(self) -> dict[str, Any] | None:
        if self.document.from_information_system or not self.received.isChecked():
            return None
        pages = self.pages.value() or None
        return {"id": self.document.id, "original": self.original.currentIndex() == 1,
                "pages": pages}

    def set_received(self, on: bool) -> None:
        if not self.document.from_information_system:
            self.received.setChecked(on)


class QuestionRow(QFrame):
    """A conditional document's question, answered yes or no (unanswered: ask for the paper)."""
    changed = Signal()

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setObjectName("QuestionRow")
        assert document.condition is not None
        self.condition = document.condition
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("Lead")
        row = QHBoxLayout()
        self.yes, self.no = QRadioButton(), QRadioButton()
        self.yes.setObjectName(f"q_{self.condition.id}_yes")
        self.no.setObjectName(f"q_{self.condition.id}_no")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        box.addWidget(self.question)
        box.addLayout(row)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def retranslate_ui(self) -> None:
        self.question.setText(self.condition.question.get(LANG.current))
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_answer(self, value: bool | None) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)


class ChecklistPanel(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.service: Service | None = None
        self.rows: list[DocumentRow] = []
        self.questions: list[QuestionRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.heading = QLabel()
        self.heading.setObjectName("Subtitle")
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        # what the catalogue says is missing from the seeds and the office may add (S7, S8:
        # item 9 of the standard; issue 15 point 3), told to the clerk as information
        self.catalogue_note = QLabel()
        self.catalogue_note.setObjectName("Hint")
        self.catalogue_note.setWordWrap(True)
        self.catalogue_note.hide()
        self.layout_.addWidget(self.catalogue_note)
        self.layout_.addStretch(1)

    def set_service(self, service: Service, office_kind: str | None = None) -> None:
        """The service's documents as this kind of office takes them (issue 15 point 1: S4's
        identity documents from information systems at the ЦОН, seed 003 l.295)."""
        for w in [*self.rows, *self.questions]:
            self.layout_.removeWidget(w)
            w.deleteLater()
        self.rows, self.questions = [], []
        self.service = service
        self.office_kind = office_kind
        pos = 2
        documents = service.documents_at(office_kind) if office_kind else service.documents
        for i, doc in enumerate(documents, start=1):
            if doc.condition is not None:
                q = QuestionRow(doc)
                q.changed.connect(self._changed)
                self.layout_.insertWidget(pos, q)
                self.questions.append(q)
                pos += 1
            row = DocumentRow(i, doc)
            row.changed.connect(self._changed)
            self.layout_.insertWidget(pos, row)
            self.rows.append(row)
            pos += 1
        self.retranslate_ui()

    def _changed(self) -> None:
        self._update_kinds()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Documents: tick what the applicant hands in"))
        note = self.service.no_documents_note if self.service is not None else None
        self.catalogue_note.setText("ℹ " + note.get(LANG.current) if note is not None else "")
        self.catalogue_note.setVisible(note is not None)
        for q in self.questions:
            q.retranslate_ui()
        self._update_kinds()

    def _update_kinds(self) -> None:
        result = self.result()
        states = {s.document.id: s for s in result.states} if result else {}
        for row in self.rows:
            st = states.get(row.document.id)
            row.retranslate_ui(needed=st.needed if st else True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------
    def answers(self) -> dict[str, bool]:
        out = {}
        for q in self.questions:
            a = q.answer()
            if a is not None:
                out[q.condition.id] = a
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        for q in self.questions:
            value = answers.get(q.condition.id)
            q.set_answer(value if isinstance(value, bool) else None)

    def documents(self) -> list[dict[str, Any]]:
        return [v for v in (r.value() for r in self.rows) if v is not None]

    def result(self) -> ChecklistResult | None:
        if self.service is None:
            return None
        return evaluate(self.service, self.answers(), [d["id"] for d in self.documents()],
                        getattr(self, "office_kind", None))

    def clear(self) -> None:
        for row in self.rows:
            row.set_received(False)
            row.original.setCurrentIndex(row.default_original())  # not the previous applicant's
            row.pages.setValue(0)
        self.set_answers({})

    def first_field(self) -> QWidget | None:
        if self.questions:
            return self.questions[0].yes
        for row in self.rows:
            if row.received.isEnabled():
                return row.received
        return None
