"""The training office's mark: a band over every screen of the application window, so a
training desk or kiosk can never pass for a real office's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel

from kiosk.store_kind import TRAINING_MARK


class TrainingBand(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("TrainingMark")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#TrainingMark { background: #b00020; color: white; "
                           "font-weight: bold; padding: 4px; }")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(f"{TRAINING_MARK} — "
                     + self.tr("training office: nothing here is a real receipt or record"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["TrainingBand"]
