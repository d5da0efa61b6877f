"""The hall display (``python main.py --display``): full screen on a TV over the waiting hall.

The last called tickets with their windows in large type (a new call highlighted for some
seconds), how many wait in each category and the estimated wait, the office's name, the
clock, the hours and a notice while acceptance is closed, the help lines; Kazakh and Russian
at once, whatever the PC's language (so the board's words are fixed pairs, not translations).
Ticket codes are at least a tenth of the screen's height (readable from ten metres).

It learns of a call through a cheap change check every 150 ms (db.tickets.QueueWatch: SQLite's
data_version, or LISTEN/NOTIFY on PostgreSQL) and reads the calls feed only then; every call
and recall is announced, one after another (ui.display.speaker)."""

from __future__ import annotations

import math

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout,
                               QWidget)

from db.store import StoreError
from kiosk import queue
from kiosk.context import Context
from kiosk.queue import CATEGORY_NAMES, Board
from ui.display.speaker import Sink, Speaker

__all__ = ["HallDisplay", "ROWS", "HIGHLIGHT_MS", "POLL_MS"]

ROWS = 4                 # called tickets on the board
HIGHLIGHT_MS = 10_000    # a new call stays highlighted this long
POLL_MS = 150            # the change check
REFRESH_MS = 30_000      # estimates and the "closed" notice follow the clock
FONT = "DejaVu Sans"

# the board's fixed words, Kazakh · Russian
TEXT = {
    "ticket": "Талон · Талон",
    "window": "Терезе · Окно",
    "waiting": "Кезекте · В очереди",
    "people": "адам · чел.",
    "minutes": "мин",
    "none_called": "Шақырулар әлі жоқ · Вызовов пока нет",
    "closed": "Қабылдау жабық · Приём закрыт",
    "rest_day": "Бүгін демалыс күні · Сегодня выходной",
    "hours": "Қабылдау · Приём {open}–{until}   Түскі үзіліс · Обед {lunch_start}–{lunch_end}",
    "help": "Анықтама · Справочная: {lines}",
}


class CallRow(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("HallRow")
        self.setProperty("fresh", "no")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 0, 24, 0)
        self.code = QLabel()
        self.code.setObjectName("HallCode")
        self.arrow = QLabel("→")
        self.arrow.setObjectName("HallArrow")
        self.window = QLabel()
        self.window.setObjectName("HallWindow")
        self.window.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.code, 5)
        row.addWidget(self.arrow, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.window, 3)
        self.call_id = 0

    def show_call(self, code: str, window: int | None, call_id: int, fresh: bool) -> None:
        self.code.setText(code)
        self.window.setText("" if window is None else str(window))
        self.arrow.setVisible(bool(code))
        self.call_id = call_id
        self.set_fresh(fresh)

    def set_fresh(self, fresh: bool) -> None:
        value = "yes" if fresh else "no"
        if self.property("fresh") != value:
            self.setProperty("fresh", value)
            for w in (self, self.code, self.arrow, self.window):
                w.style().unpolish(w)
                w.style().polish(w)


class HallDisplay(QWidget):
    """The board.  ``sink``: where announcements are played (tests record them)."""

    def __init__(self, ctx: Context, *, sink: Sink | None = None, voice: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("HallDisplay")
        self.setWindowTitle("Qabyldau — Кезек · Очередь")
        self.speaker = Speaker(sink) if voice else None
        self.watch = queue.watch(ctx)
        self.last_id = queue.last_call_id(ctx)   # calls before start are not announced again
        self.fresh: dict[int, int] = {}          # call id -> ms left highlighted
        self.board: Board | None = None
        self.setup_ui()
        self.refresh()
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start(POLL_MS)
        self.notifier: QSocketNotifier | None = None
        self._follow_socket()
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.tick)
        self.clock_timer.start(1000)
        self._since_refresh = 0
        self._missed = False     # a read failed (server away): read again at the next tick

    # -- building -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        # the fonts follow the screen's height (apply_sizes): the layout must not hold the
        # window at the minimum of the previous size's fonts
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QFrame()
        top.setObjectName("HallTop")
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(24, 8, 24, 8)
        names = QVBoxLayout()
        self.office_kk = QLabel()
        self.office_ru = QLabel()
        for label in (self.office_kk, self.office_ru):
            label.setObjectName("HallOffice")
            names.addWidget(label)
        top_row.addLayout(names, 1)
        clock = QVBoxLayout()
        self.clock = QLabel()
        self.clock.setObjectName("HallClock")
        self.date = QLabel()
        self.date.setObjectName("HallDate")
        for label in (self.clock, self.date):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            clock.addWidget(label)
        top_row.addLayout(clock)
        outer.addWidget(top)

        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        calls = QFrame()
        calls.setObjectName("HallCalls")
        col = QVBoxLayout(calls)
        col.setContentsMargins(0, 8, 0, 8)
        col.setSpacing(6)
        head = QHBoxLayout()
        head.setContentsMargins(24, 0, 24, 0)
        self.head_ticket = QLabel(TEXT["ticket"])
        self.head_window = QLabel(TEXT["window"])
        self.head_window.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.head_ticket, self.head_window):
            label.setObjectName("HallHead")
        head.addWidget(self.head_ticket, 1)
        head.addWidget(self.head_window, 1)
        col.addLayout(head)
        self.rows = [CallRow() for _ in range(ROWS)]
        for row in self.rows:
            col.addWidget(row, 1)
        self.none_called = QLabel(TEXT["none_called"])
        self.none_called.setObjectName("HallNote")
        self.none_called.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.none_called)
        middle.addWidget(calls, 13)

        side = QFrame()
        side.setObjectName("HallSide")
        grid = QGridLayout(side)
        grid.setContentsMargins(20, 12, 20, 12)
        self.waiting_title = QLabel(TEXT["waiting"])
        self.waiting_title.setObjectName("HallSideTitle")
        grid.addWidget(self.waiting_title, 0, 0, 1, 2)
        self.category_labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for i, letter in enumerate(CATEGORY_NAMES):
            name = QLabel(f"{letter}  {CATEGORY_NAMES[letter]['kk']}\n"
                          f"    {CATEGORY_NAMES[letter]['ru']}")
            name.setObjectName("HallCategory")
            count = QLabel()
            count.setObjectName("HallCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            wait = QLabel()
            wait.setObjectName("HallWait")
            wait.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, 1 + 2 * i, 0, 2, 1)
            grid.addWidget(count, 1 + 2 * i, 1)
            grid.addWidget(wait, 2 + 2 * i, 1)
            self.category_labels[letter] = (name, count, wait)
        grid.setRowStretch(1 + 2 * len(CATEGORY_NAMES), 1)
        middle.addWidget(side, 7)
        outer.addLayout(middle, 1)

        bottom = QFrame()
        bottom.setObjectName("HallBottom")
        bcol = QVBoxLayout(bottom)
        bcol.setContentsMargins(24, 6, 24, 6)
        line = QHBoxLayout()
        self.hours = QLabel()
        self.hours.setObjectName("HallHours")
        self.closed = QLabel()
        self.closed.setObjectName("HallClosed")
        line.addWidget(self.hours, 1)
        line.addWidget(self.closed)
        bcol.addLayout(line)
        self.help = QLabel()
        self.help.setObjectName("HallHelp")
        bcol.addWidget(self.help)
        outer.addWidget(bottom)
        self.apply_sizes()

    def code_pixel_size(self) -> int:
        """The codes' font size: its capital letters at least a tenth of the screen's height."""
        probe = QFont(FONT)
        probe.setPixelSize(100)
        probe.setBold(True)
        cap = QFontMetricsF(probe).capHeight() / 100.0 or 0.72
        return math.ceil(self.height() * 0.1 / cap) + 1

    def apply_sizes(self) -> None:
        h = max(self.height(), 300)
        code = self.code_pixel_size()
        small = max(12, round(h * 0.026))
        self.setStyleSheet(f"""
            QWidget#HallDisplay {{ background: #0b2545; }}
            QWidget#HallDisplay QFrame {{ background: transparent; }}
            QWidget#HallDisplay QFrame#HallCalls {{ background: #0b2545; }}
            QWidget#HallDisplay QLabel {{ color: #ffffff; background: transparent;
                                          font-family: "{FONT}"; }}
            QWidget#HallDisplay QFrame#HallTop {{ background: #13315c; }}
            QWidget#HallDisplay QFrame#HallBottom {{ background: #13315c; }}
            QWidget#HallDisplay QFrame#HallSide {{ background: #0e2a4f;
                                                   border-left: 2px solid #1f4a80; }}
            QLabel#HallOffice {{ font-size: {small}px; font-weight: bold; }}
            QLabel#HallClock {{ font-size: {round(h * 0.055)}px; font-weight: bold; }}
            QLabel#HallDate {{ font-size: {small}px; color: #cfe0ff; }}
            QLabel#HallHead {{ font-size: {round(h * 0.028)}px; color: #9fc3ff; }}
            QWidget#HallDisplay QFrame#HallRow {{ background: transparent;
                                                  border-bottom: 1px solid #1f4a80; }}
            QWidget#HallDisplay QFrame#HallRow[fresh="yes"] {{ background: #ffd54a;
                                                               border-radius: 12px; }}
            QLabel#HallCode, QLabel#HallWindow {{ font-size: {code}px; font-weight: bold; }}
            QLabel#HallArrow {{ font-size: {round(code * 0.6)}px; color: #9fc3ff; }}
            QWidget#HallDisplay QFrame#HallRow[fresh="yes"] QLabel {{ color: #0b2545; }}
            QLabel#HallNote {{ font-size: {round(h * 0.03)}px; color: #9fc3ff; }}
            QLabel#HallSideTitle {{ font-size: {round(h * 0.034)}px; font-weight: bold; }}
            QLabel#HallCategory {{ font-size: {small}px; }}
            QLabel#HallCount {{ font-size: {round(h * 0.036)}px; font-weight: bold; }}
            QLabel#HallWait {{ font-size: {small}px; color: #cfe0ff; }}
            QLabel#HallHours, QLabel#HallHelp {{ font-size: {small}px; }}
            QWidget#HallDisplay QLabel#HallClosed {{ font-size: {round(h * 0.03)}px; font-weight: bold;
                                 background: #c62828; padding: 2px 16px; border-radius: 8px; }}
        """)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.apply_sizes()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return
        super().keyPressEvent(event)

    # -- following the queue ----------------------------------------------------------------
    def poll(self) -> None:
        """Every 150 ms (and at once when a PostgreSQL notification arrives): one cheap change
        check; the calls feed is read only after a change.  While the office server is away
        the board keeps what it shows and tries again."""
        try:
            if self.watch.changed():
                self.refresh()
        except StoreError:
            self._missed = True
        self._follow_socket()

    def _follow_socket(self) -> None:
        """On PostgreSQL, wake up when the LISTEN connection's socket becomes readable (a new
        one after the server was away)."""
        fd = self.watch.fileno()
        if self.notifier is not None and (fd is None or self.notifier.socket() != fd):
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if fd is not None and self.notifier is None:
            self.notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self.poll)

    def tick(self) -> None:
        self._since_refresh += 1000
        for call_id in list(self.fresh):
            self.fresh[call_id] -= 1000
            if self.fresh[call_id] <= 0:
                del self.fresh[call_id]
        if self._since_refresh >= REFRESH_MS or self._missed:
            try:
                self.refresh()
                self._missed = False
            except StoreError:
                self._missed = True
                self._show_clock()
        else:
            self._show_clock()
            self._show_rows()

    def refresh(self) -> None:
        self._since_refresh = 0
        settings = queue.queue_settings(self.ctx)
        calls = queue.new_calls(self.ctx, self.last_id)
        for call in calls:
            self.last_id = max(self.last_id, call.id)
            self.fresh[call.id] = HIGHLIGHT_MS
            if self.speaker is not None and settings.voice:
                self.speaker.say(call, settings.volume)
        self.board = queue.board(self.ctx, limit=ROWS)
        self._show_board()

    # -- showing ----------------------------------------------------------------------------
    def _show_clock(self) -> None:
        now = self.ctx.now()
        self.clock.setText(now.strftime("%H:%M"))
        self.date.setText(now.strftime("%d.%m.%Y"))

    def _show_rows(self) -> None:
        calls = self.board.calls if self.board else ()
        for i, row in enumerate(self.rows):
            if i < len(calls):
                c = calls[i]
                row.show_call(c.code, c.window, c.call_id, c.call_id in self.fresh)
            else:
                row.show_call("", None, 0, False)
        self.none_called.setVisible(not calls)

    def _show_board(self) -> None:
        b = self.board
        assert b is not None
        self.office_kk.setText(b.office_kk)
        self.office_ru.setText(b.office_ru)
        self._show_clock()
        self._show_rows()
        for letter, (_, count, wait) in self.category_labels.items():
            n = b.waiting.get(letter, 0)
            count.setText(f"{n} {TEXT['people']}")
            est = b.estimates.get(letter, 0)
            wait.setText(f"≈ {est} {TEXT['minutes']}" if n else "—")
        self.hours.setText(TEXT["hours"].format(open=b.open_time, until=b.accept_until,
                                                lunch_start=b.lunch_start, lunch_end=b.lunch_end))
        self.closed.setText(TEXT["closed"] if b.working_day else TEXT["rest_day"])
        self.closed.setVisible(not b.accepting)
        self.help.setText(TEXT["help"].format(lines=", ".join(b.help_lines)))

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        self.poll_timer.stop()
        self.clock_timer.stop()
        if self.speaker is not None:
            self.speaker.stop()
        self.watch.close()
        super().closeEvent(event)
