"""A touch button whose text wraps onto more lines instead of widening the screen (service
names run to three lines in Russian)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setObjectName("KioskButtonText")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._mark)

    def _mark(self, on: bool) -> None:
        """The text's colour follows the checked state (QSS cannot select on a parent's state)."""
        self.label.setProperty("on", on)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def setAlignment(self, align: Qt.AlignmentFlag) -> None:  # noqa: N802
        self.label.setAlignment(align)
