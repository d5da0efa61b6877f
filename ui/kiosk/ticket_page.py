"""The ticket on screen (number, wait, people ahead) while it prints, and the staff PIN pad."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.documents.ticket import TicketData
from ui.kiosk.keyboard import OnScreenKeyboard
from ui.scanner import numeric_keys


class TicketPage(QWidget):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.data: TicketData | None = None
        self.printed: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        self.heading = QLabel()
        self.heading.setObjectName("KioskLead")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel()
        self.code.setObjectName("KioskTicketCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service = QLabel()
        self.service.setObjectName("Subtitle")
        self.service.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service.setWordWrap(True)
        self.wait = QLabel()
        self.wait.setObjectName("KioskLead")
        self.wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        for w in (self.heading, self.code, self.service, self.wait, self.status):
            layout.addWidget(w)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finish = QPushButton()
        self.finish.setObjectName("Primary")
        self.finish.setMinimumSize(320, 88)
        self.finish.clicked.connect(self.done)
        row.addWidget(self.finish)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate_ui()

    def show_ticket(self, data: TicketData) -> None:
        self.data, self.printed = data, None
        self.retranslate_ui()

    def set_printed(self, printed: bool) -> None:
        self.printed = printed
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        d = self.data
        self.heading.setText(self.tr("Your number"))
        self.code.setText(d.code if d else "")
        self.code.setAccessibleName(self.tr("Your number: %1").replace("%1", d.code if d else ""))
        self.service.setText(d.service_name if d else "")
        if d is None:
            self.wait.clear()
        elif d.ahead == 0 and d.board:
            self.wait.setText(self.tr("Nobody is ahead of you: watch the board, you will be "
                                      "called soon."))
        elif d.ahead == 0:
            self.wait.setText(self.tr("Nobody is ahead of you: listen for your number, you "
                                      "will be called soon."))
        else:
            self.wait.setText(self.tr("People ahead of you: %1. Estimated wait: about %2 min.")
                              .replace("%1", str(d.ahead)).replace("%2", str(d.wait_min)))
        extra = self.tr(" Your details are filled in: the clerk only checks your papers.") \
            if d is not None and d.prefilled else ""
        if self.printed is None:
            self.status.setText(self.tr("Your ticket is printing…") + extra)
        elif self.printed:
            self.status.setText(self.tr("Take your ticket from the printer.") + extra)
        else:
            self.status.setText(self.tr("The printer is not working, so no ticket was printed. "
                                        "Please remember your number: %1. The staff will call "
                                        "and find you by it.").replace("%1", d.code if d else "")
                                + extra)
        self.status.setObjectName("KioskPrinterDown" if self.printed is False else "Hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.finish.setText(self.tr("Done"))
        self.finish.setAccessibleName(self.tr("Done: back to the start"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PinPage(QWidget):
    """Staff only: the PIN opens the staff screens and leaves full screen."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setObjectName("KioskField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        numeric_keys(self.field, secret=True)
        self.field.setMinimumHeight(64)
        self.field.setMaximumWidth(420)
        self.field.returnPressed.connect(lambda: self.entered.emit(self.field.text()))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = OnScreenKeyboard()
        self.pad.attach(self.field, "digits")
        for sw in self.pad.switches.values():
            sw.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = QPushButton()
        self.ok = QPushButton()
        self.ok.setObjectName("Primary")
        for b in (self.cancel, self.ok):
            b.setMinimumSize(200, 72)
            row.addWidget(b)
        row.addStretch(1)
        self.cancel.clicked.connect(self.cancelled)
        self.ok.clicked.connect(lambda: self.entered.emit(self.field.text()))
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def set_purpose(self, purpose: str) -> None:
        """"staff": the staff screens; "close": someone tried to close the kiosk."""
        self.purpose = purpose
        self.clear()
        self.retranslate_ui()
        self.field.setFocus()

    def wrong(self, message: str | None = None) -> None:
        self.field.clear()
        self.error.setText(message or self.tr("Wrong PIN"))

    def clear(self) -> None:
        self.field.clear()
        self.error.clear()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Closing the kiosk: staff only, enter the PIN")
                           if getattr(self, "purpose", "staff") == "close"
                           else self.tr("Staff only: enter the PIN"))
        self.field.setAccessibleName(self.tr("PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.ok.setText(self.tr("Unlock"))
        self.ok.setAccessibleName(self.tr("Unlock"))
        if self.error.text():
            self.error.setText(self.tr("Wrong PIN"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
