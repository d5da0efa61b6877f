"""The on-screen keyboard: Kazakh Cyrillic (the whole alphabet, ә ғ қ ң ө ұ ү һ і among it),
Russian, Latin, and a numeric pad for the IIN and the phone.  Keys are at least 64 px; the
keyboard types into the field it is attached to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

KEY_MIN = 64

LAYOUTS: dict[str, list[str]] = {
    "kk": ["әіңғүұқөһ", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё-"],
    "ru": ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё-"],
    "en": ["qwertyuiop", "asdfghjkl'", "zxcvbnm-"],
    "digits": ["123", "456", "789", "+0⌫"],
}
SWITCH_TITLES = {"kk": "Қаз", "ru": "Рус", "en": "Lat", "digits": "123"}
KAZAKH_LETTERS = set("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")


class OnScreenKeyboard(QWidget):
    """Types into ``target``; ``set_layout("kk"|"ru"|"en"|"digits")``.  Shift types capitals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskKeyboard")
        self.target: QLineEdit | None = None
        self.layout_name = "kk"
        self.shift = True                     # names start with a capital
        self.keys: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(6)
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.grid_host, 0, Qt.AlignmentFlag.AlignHCenter)
        self.bottom = QWidget()                # letters only: the digit pad stays low
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        self.switches: dict[str, QPushButton] = {}
        for name in ("kk", "ru", "en", "digits"):
            b = self._button(lambda _=False, n=name: self.set_layout(n))
            self.switches[name] = b
            bottom.addWidget(b)
        self.shift_key = self._button(self.toggle_shift)
        self.space = self._button(lambda: self.type_text(" "))
        self.backspace = self._button(self.backspace_key)
        self.clear_key = self._button(self.clear)
        bottom.addWidget(self.shift_key)
        bottom.addWidget(self.space, 3)
        bottom.addWidget(self.backspace)
        bottom.addWidget(self.clear_key)
        outer.addWidget(self.bottom)
        self.set_layout("kk")
        self.retranslate_ui()

    def _button(self, slot: object) -> QPushButton:
        b = QPushButton()
        b.setMinimumSize(KEY_MIN, KEY_MIN)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the field keeps the focus and the cursor
        b.setObjectName("Key")
        b.clicked.connect(slot)
        return b

    # -- behaviour -------------------------------------------------------------------------
    def attach(self, target: QLineEdit | None, layout: str | None = None) -> None:
        self.target = target
        if layout:
            self.set_layout(layout)

    def set_layout(self, name: str) -> None:
        self.layout_name = name
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()          # gone now, deleted when Qt is idle
                item.widget().deleteLater()
        self.keys = {}
        for r, row in enumerate(LAYOUTS[name]):
            for c, ch in enumerate(row):
                if ch == "⌫":
                    b = self._button(self.backspace_key)
                    b.setAccessibleName(self.tr("Delete a character"))
                else:
                    b = self._button(lambda _=False, k=ch: self.type_text(self._case(k)))
                    b.setAccessibleName(ch)
                b.setText(self._case(ch))
                if name == "digits":
                    b.setObjectName("KeyDigit")      # a phone-sized pad: wider keys
                self.keys[ch] = b
                self.grid.addWidget(b, r, c)
        self.bottom.setVisible(name != "digits")
        self.grid_host.setMaximumWidth(520 if name == "digits" else 16777215)
        for n, b in self.switches.items():
            b.setProperty("active", n == name)
            b.style().unpolish(b)
            b.style().polish(b)

    def _case(self, ch: str) -> str:
        return ch.upper() if self.shift and self.layout_name != "digits" else ch

    def toggle_shift(self) -> None:
        self.shift = not self.shift
        for ch, b in self.keys.items():
            b.setText(self._case(ch))

    def type_text(self, text: str) -> None:
        if self.target is None:
            return
        self.target.insert(text)
        if self.shift and self.layout_name != "digits" and text.strip():
            self.toggle_shift()                 # one capital, then lower case
        elif text in (" ", "-") and not self.shift and self.layout_name != "digits":
            self.toggle_shift()                 # a new word of a name starts with a capital

    def backspace_key(self) -> None:
        if self.target is not None:
            self.target.backspace()

    def clear(self) -> None:
        if self.target is not None:
            self.target.clear()
        if not self.shift:
            self.toggle_shift()

    # -- language --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        titles = SWITCH_TITLES  # each alphabet names itself
        names = {"kk": self.tr("Kazakh letters"), "ru": self.tr("Russian letters"),
                 "en": self.tr("Latin letters"), "digits": self.tr("Digits")}
        for n, b in self.switches.items():
            b.setText(titles[n])
            b.setAccessibleName(names[n])
        self.shift_key.setText("⇧")
        self.shift_key.setAccessibleName(self.tr("Capital letter"))
        self.space.setText(self.tr("Space"))
        self.space.setAccessibleName(self.tr("Space"))
        self.backspace.setText("⌫")
        self.backspace.setAccessibleName(self.tr("Delete a character"))
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleName(self.tr("Clear the field"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
