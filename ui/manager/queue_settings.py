"""The queue's office settings (administrator, in Settings): which categories each window
serves, recalls before a no-show, whether the office has a hall display (the kiosk's ticket
promises it only then), and the display's voice and volume."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox)

from kiosk import queue
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.queue import CATEGORY_LETTERS, QueueSettings
from kiosk.staff import Employee
from ui.flow import CheckLine
from ui.manager.base import SettingsBox


def windows_text(settings: QueueSettings) -> str:
    """``2=B; 3=A,C``: the windows that serve only some categories."""
    return "; ".join(f"{w}={','.join(c)}" for w, c in sorted(settings.windows.items()))


def parse_windows(text: str) -> dict[int, tuple[str, ...]]:
    """The administrator's ``2=B; 3=A,C`` (spaces, commas or semicolons between windows)."""
    out: dict[int, tuple[str, ...]] = {}
    for part in text.replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        number, sep, letters = part.partition("=")
        if not sep or not number.strip().isdigit():
            raise InputError("windows", "queue.window_number", window=number.strip() or part)
        out[int(number)] = tuple(c.strip().upper() for c in letters.replace(" ", ",").split(",")
                                 if c.strip())
    return out


class QueueSettingsBox(SettingsBox):
    def __init__(self, ctx: Context, employee: Employee,
                 say: Callable[[str, str], None]) -> None:
        super().__init__(ctx, employee, say)
        form = QFormLayout(self)
        self.windows = QLineEdit()
        self.windows.setPlaceholderText("2=B; 3=A,C")
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.no_show = QSpinBox()
        self.no_show.setRange(1, 20)
        self.board = QCheckBox()
        self.voice = QCheckBox()
        # long labels wrap in a narrow column (a check box's own text would be cut)
        self.board_line, self.voice_line = CheckLine(self.board), CheckLine(self.voice)
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        self.save = QPushButton()
        self.save.clicked.connect(self.store)
        self.labels = {k: QLabel() for k in ("windows", "no_show", "volume")}
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels["windows"].setWordWrap(True)
        form.addRow(self.labels["windows"])
        form.addRow(self.windows)
        form.addRow(self.hint)
        form.addRow(self.labels["no_show"], self.no_show)
        form.addRow(self.board_line)
        form.addRow(self.voice_line)
        form.addRow(self.labels["volume"], self.volume)
        form.addRow(self.save)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Queue and hall display"))
        self.labels["windows"].setText(self.tr("Windows serving only some categories"))
        self.hint.setText(self.tr("Window=letters, e.g. 2=B; 3=A,C (A teachers, B preschool, "
                                  "C school, D other). Other windows serve every category."))
        self.labels["no_show"].setText(self.tr("Recalls before a no-show"))
        self.board_line.setText(self.tr("The office has a hall display (tickets point to it)"))
        self.voice_line.setText(self.tr("The display announces calls"))
        self.labels["volume"].setText(self.tr("Volume"))
        self.save.setText(self.tr("Save the queue settings"))

    def load(self) -> None:
        s = queue.queue_settings(self.ctx)
        self.windows.setText(windows_text(s))
        self.no_show.setValue(s.no_show_after)
        self.board.setChecked(s.board)
        self.voice.setChecked(s.voice)
        self.volume.setValue(s.volume)

    def store(self) -> None:
        try:
            saved = queue.save_queue_settings(self.ctx, QueueSettings(
                windows=parse_windows(self.windows.text()), no_show_after=self.no_show.value(),
                board=self.board.isChecked(), voice=self.voice.isChecked(),
                volume=self.volume.value()), by=self.employee, now=self.ctx.now())
        except InputError as exc:
            from ui.i18n import LANG
            self.say(exc.text(LANG.current), "Error")
            return
        self.say(self.tr("Queue settings saved (categories: %1)")
                 .replace("%1", ", ".join(CATEGORY_LETTERS.values())), "Ok")
        self.windows.setText(windows_text(saved))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
