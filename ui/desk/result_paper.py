"""S2's result at the desk (seed 002 l.37-39): the form that records it on an accepted package --
a notification of placement in the queue with the queue number, or a referral to a preschool
organisation with its group -- and the paper, previewed, printed and saved as a receipt is
(ui.desk.receipt_view), for the provider's seal and signature.

The form only gathers what the clerk types; kiosk.preschool_result checks and records it, and
its InputError is shown at the field it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from db.packages import package_by_number
from kiosk.documents.preschool_result import ResultPaper, render_result
from kiosk.preschool_result import result_paper, result_paper_path
from kiosk.safe_write import write_atomic
from ui.desk.receipt_view import ReceiptView
from ui.printing import PageImage, rasterise

__all__ = ["ResultForm", "ResultPaperView", "QUEUE_MAX"]

QUEUE_MAX = 10_000_000        # kiosk.preschool_result takes 1 .. 10 000 000


def _render_job(path: Path, data: ResultPaper) -> tuple[Path, bytes, list[PageImage]]:
    """Worker: write the paper and rasterise it for the preview (plain data only)."""
    pdf = render_result(data)
    write_atomic(path, pdf)
    return path, pdf, rasterise(pdf, 110)


class ResultPaperView(ReceiptView):
    """The paper of a recorded S2 result: preview, Print (Ctrl+P), Save as PDF (Ctrl+S)."""

    def paper_texts(self) -> dict[str, str]:
        return {"rendering": self.tr("Preparing the result paper…"),
                "ready": self.tr("Result paper saved: %1"),
                "print_tip": self.tr("Print the result on A4 for the seal and the signature of "
                                     "the provider's authorised person"),
                "save_title": self.tr("Save the result paper as PDF")}

    def job_title(self) -> str:
        return f"{self.number or 'result'}-result"

    def show_result(self, number: str) -> bool:
        """Render the package's recorded result (saved beside its receipt) and preview it."""
        package = package_by_number(self.ctx.store, number)
        if package is None or not package.get("result_kind"):
            return False
        data = result_paper(self.ctx, number)          # store reads stay on the GUI thread
        path = result_paper_path(self.ctx, package)
        self.load(package["number"], "a4", lambda: _render_job(path, data))
        return True


class ResultForm(QFrame):
    """Which result, the child's name, the queue number or the organisation and group; the
    clerk saves (Enter in a field, or the button) or cancels."""

    save_requested = Signal()
    cancelled = Signal()

    FIELDS = ("child", "queue_number", "organisation", "group")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        box = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("Subtitle")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.notification = QRadioButton()
        self.notification.setObjectName("result_notification")
        self.referral = QRadioButton()
        self.referral.setObjectName("result_referral")
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.notification)
        self.kinds.addButton(self.referral)
        self.notification.setChecked(True)
        self.child = QLineEdit()
        self.child.setObjectName("result_child")
        self.queue_number = QSpinBox()
        self.queue_number.setObjectName("result_queue_number")
        self.queue_number.setRange(0, QUEUE_MAX)       # 0: not typed yet, shown as "—"
        self.queue_number.setSpecialValueText("—")
        self.queue_number.setGroupSeparatorShown(False)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("result_organisation")
        self.group = QLineEdit()
        self.group.setObjectName("result_group")
        self.edits: dict[str, QWidget] = {"child": self.child, "queue_number": self.queue_number,
                                          "organisation": self.organisation, "group": self.group}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        for i, key in enumerate(self.FIELDS):
            label, msg = QLabel(), QLabel()
            label.setBuddy(self.edits[key])
            msg.setObjectName("Error")
            msg.setWordWrap(True)
            msg.hide()
            grid.addWidget(label, 2 * i, 0)
            grid.addWidget(self.edits[key], 2 * i, 1)
            grid.addWidget(msg, 2 * i + 1, 1)
            self.labels[key], self.messages[key] = label, msg
        grid.setColumnStretch(1, 1)
        self.error = QLabel()                  # what belongs to no field (the package, the lock)
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("Primary")
        self.cancel_btn = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.cancel_btn)
        buttons.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.hint)
        box.addWidget(self.notification)
        box.addWidget(self.referral)
        box.addLayout(grid)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addStretch(1)
        self.notification.toggled.connect(lambda _: self._kind_changed())
        self.save_btn.clicked.connect(self.save_requested)
        self.cancel_btn.clicked.connect(self.cancelled)
        for edit in (self.child, self.organisation, self.group):
            edit.returnPressed.connect(self.save_requested)
            edit.textEdited.connect(lambda _t, e=edit: self._edited(e))
        self.queue_number.valueChanged.connect(lambda _v: self._edited(self.queue_number))
        self.queue_number.lineEdit().returnPressed.connect(self.save_requested)
        self.queue_number.installEventFilter(self)
        self._kind_changed()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Record the result"))
        self.hint.setText(self.tr("Drawn up by the provider: a notification with "
                                  "the child's queue number, or a referral to a preschool "
                                  "organisation. Printed for the seal and the signature."))
        self.notification.setText(self.tr("Notification of placement in the queue"))
        self.referral.setText(self.tr("Referral to a preschool organisation"))
        names = {"child": self.tr("Child's full name"), "queue_number": self.tr("Queue number"),
                 "organisation": self.tr("Preschool organisation"),
                 "group": self.tr("Group (if given)")}
        for key, label in self.labels.items():
            label.setText(names[key])
            self.edits[key].setAccessibleName(names[key])
        self.child.setPlaceholderText(self.tr("Surname, name, patronymic of the child"))
        self.organisation.setPlaceholderText(self.tr("e.g. № 45 «Балапан» nursery-kindergarten"))
        self.save_btn.setText(self.tr("Record the result   Enter"))
        self.cancel_btn.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802
        # however the clerk gets into the queue number ("—" or a number), typing replaces it
        if obj is self.queue_number and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.queue_number.selectAll)
        return super().eventFilter(obj, event)

    def _kind_changed(self) -> None:
        referral = self.referral.isChecked()
        for key, shown in (("queue_number", not referral), ("organisation", referral),
                           ("group", referral)):
            self.labels[key].setVisible(shown)
            self.edits[key].setVisible(shown)
            if not shown:
                self.messages[key].hide()
        self.error.hide()

    def _edited(self, edit: QWidget) -> None:
        for key, widget in self.edits.items():
            if widget is edit:
                self.messages[key].hide()

    # -- data ----------------------------------------------------------------------------
    def kind(self) -> str:
        return "referral" if self.referral.isChecked() else "queue_notification"

    def values(self) -> dict[str, Any]:
        """The form as the keywords of kiosk.preschool_result.record_preschool_result."""
        if self.kind() == "referral":
            return {"child": self.child.text(), "organisation": self.organisation.text(),
                    "group": self.group.text()}
        number = self.queue_number.value()
        return {"child": self.child.text(), "queue_number": number or None}

    def show_error(self, field: str, text: str) -> None:
        """A message under the field it names (else above the buttons), the field focused."""
        self.hide_errors()
        key = field.rsplit(".", 1)[-1]
        if key in self.messages and self.edits[key].isVisible():
            self.messages[key].setText(text)
            self.messages[key].show()
            self.edits[key].setFocus()
            return
        self.error.setText(text)
        self.error.show()

    def hide_errors(self) -> None:
        for msg in self.messages.values():
            msg.hide()
        self.error.hide()

    def clear(self) -> None:
        self.notification.setChecked(True)
        for edit in (self.child, self.organisation, self.group):
            edit.clear()
        self.queue_number.setValue(0)
        self.hide_errors()

    def start(self) -> None:
        self.hide_errors()
        self.child.setFocus()
