"""The hall display: it shows a call made at another PC, highlights it, speaks every call and
recall one after another (the audio output replaced by a recording sink), keeps ticket codes
at a tenth of the screen's height, and says when acceptance is closed."""

from __future__ import annotations

import os
import shutil
import threading
import time

import pytest
from PySide6.QtGui import QFontMetricsF

from kiosk import queue
from kiosk.announce import wav_duration, wav_rms
from kiosk.context import open_context

needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng") and not os.environ.get("CI"),
                                  reason="espeak-ng is not installed (test.sh installs it)")


class RecordingSink:
    """Stands in for the speakers: keeps every announcement with when it started and ended."""

    def __init__(self) -> None:
        self.played: list[dict] = []
        self.lock = threading.Lock()
        self.busy = 0
        self.overlaps = 0

    def play(self, wav: bytes, call: queue.Call) -> None:
        with self.lock:
            self.busy += 1
            self.overlaps += self.busy > 1
        start = time.monotonic()
        time.sleep(0.05)
        with self.lock:
            self.busy -= 1
            self.played.append({"code": call.code, "window": call.window, "kind": call.kind,
                                "wav": wav, "start": start, "end": time.monotonic()})


@pytest.fixture
def display(qtbot, ctx):
    from ui.app import make_app
    from ui.display.window import HallDisplay
    make_app()
    sink = RecordingSink()
    board = HallDisplay(ctx, sink=sink)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    board.sink = sink
    yield board
    board.close()


@pytest.fixture
def other_pc(data_dir):
    """A desk on another PC: its own connection to the same store."""
    c = open_context(data_dir)
    yield c
    c.close()


@needs_espeak
def test_the_display_speaks_every_call_and_recall_one_after_another(display, other_pc, qtbot):
    for service in ("teacher_attestation", "preschool_queue", "teacher_attestation"):
        queue.issue_ticket(other_pc, service)
    first = queue.call_next(other_pc, "03", window=3)
    qtbot.waitUntil(lambda: display.rows[0].code.text() == first.code, timeout=5000)
    assert display.rows[0].window.text() == "3"
    assert display.rows[0].property("fresh") == "yes"             # the new call stands out
    second = queue.call_next(other_pc, "05", window=5)
    third = queue.call_next(other_pc, "12", window=12)
    queue.recall(other_pc, first.id, "03", window=3)
    qtbot.waitUntil(lambda: len(display.sink.played) == 4, timeout=30000)
    played = display.sink.played
    assert [(p["code"], p["window"], p["kind"]) for p in played] == [
        (first.code, 3, "call"), (second.code, 5, "call"), (third.code, 12, "call"),
        (first.code, 3, "recall")]
    assert display.sink.overlaps == 0
    assert all(a["end"] <= b["start"] for a, b in zip(played, played[1:]))
    for p in played:                                               # chime, Kazakh, Russian
        assert 3.0 <= wav_duration(p["wav"]) <= 12.0
        assert wav_rms(p["wav"], 1.2) > 0.02
    qtbot.waitUntil(lambda: display.rows[0].code.text() == first.code, timeout=5000)
    assert [r.code.text() for r in display.rows[:3]] == [first.code, third.code, second.code]


def test_voice_off_is_an_office_setting(display, other_pc, qtbot):
    queue.save_queue_settings(other_pc, queue.QueueSettings(voice=False))
    queue.issue_ticket(other_pc, None)
    called = queue.call_next(other_pc, "01", window=1)
    qtbot.waitUntil(lambda: display.rows[0].code.text() == called.code, timeout=5000)
    qtbot.wait(300)
    assert display.sink.played == [] and display.speaker.pending() == 0


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_ticket_codes_are_a_tenth_of_the_screen_height(display, other_pc, qtbot, size):
    for i in range(5):
        queue.issue_ticket(other_pc, "preschool_queue")
        queue.call_next(other_pc, "01", window=i + 1)
    display.resize(*size)
    qtbot.waitUntil(lambda: display.rows[-1].code.text() != "", timeout=5000)
    qtbot.wait(50)
    assert (display.width(), display.height()) == size
    for row in display.rows:
        for label in (row.code, row.window):
            cap = QFontMetricsF(label.font()).capHeight()
            assert cap >= size[1] / 10, (label.text(), cap)
            top = label.mapTo(display, label.rect().topLeft()).y()
            assert top >= 0 and top + label.height() <= size[1]  # on the screen, not cut
            assert label.height() >= cap
    assert display.help.text().endswith("1414, 8-800-080-7777")
    assert display.help.mapTo(display, display.help.rect().bottomLeft()).y() <= size[1]


def test_waiting_estimates_and_the_closed_notice(display, other_pc, qtbot, monkeypatch):
    for _ in range(3):
        queue.issue_ticket(other_pc, "school_admission")
    qtbot.waitUntil(lambda: display.category_labels["C"][1].text().startswith("3 "), timeout=5000)
    assert display.category_labels["C"][2].text().startswith("≈")
    assert not display.closed.isVisible()                        # Friday 10:15: open
    monkeypatch.setenv("QABYLDAU_NOW", "2026-11-20T18:05:00")
    display.refresh()
    assert display.closed.isVisible() and "Приём закрыт" in display.closed.text()
    assert display.clock.text() == "18:05"


def test_the_board_keeps_showing_while_the_server_is_away(display, other_pc, qtbot):
    from db.store import StoreUnavailable
    queue.issue_ticket(other_pc, None)
    called = queue.call_next(other_pc, "02", window=2)
    qtbot.waitUntil(lambda: display.rows[0].code.text() == called.code, timeout=5000)

    def away(*args, **kwargs):
        raise StoreUnavailable("cannot reach the office server at 10.0.0.5:5432")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(display.watch, "changed", away)
        mp.setattr(queue, "board", away)
        display.poll()
        display.tick()                                           # no error reaches Qt
        assert display.rows[0].code.text() == called.code        # the board stays
    queue.issue_ticket(other_pc, None)
    second = queue.call_next(other_pc, "04", window=4)
    display.tick()                                               # the server is back
    assert display.rows[0].code.text() == second.code


def test_the_display_hears_a_call_on_the_office_server(qtbot, pg_uri, data_dir):
    """PostgreSQL: the board listens (LISTEN/NOTIFY) and wakes on its socket."""
    from ui.app import make_app
    from ui.display.window import HallDisplay
    make_app()
    from kiosk.office_setup import make_training_store
    make_training_store(data_dir).close()          # the office server's (training) store
    with open_context(data_dir) as mine, open_context(data_dir) as desk:
        assert mine.store.is_server
        sink = RecordingSink()
        board = HallDisplay(mine, sink=sink)
        qtbot.addWidget(board)
        board.show()
        assert board.notifier is not None                        # woken by the socket
        queue.issue_ticket(desk, "teacher_attestation")
        called = queue.call_next(desk, "07", window=7)
        qtbot.waitUntil(lambda: board.rows[0].code.text() == called.code, timeout=5000)
        assert board.rows[0].window.text() == "7"
        board.close()


def test_a_call_that_cannot_be_spoken_does_not_silence_the_next(qtbot):
    import datetime as dt

    from kiosk.announce import AnnounceError
    from ui.display.speaker import Speaker
    sink = RecordingSink()

    def make(code, window, volume=100):
        if code == "A001":
            raise AnnounceError("the speech engine espeak-ng is not installed")
        return b"RIFF"
    speaker = Speaker(sink, make=make)
    problems: list[str] = []
    speaker.failed.connect(problems.append)
    now = dt.datetime(2026, 11, 20, 10, 15)
    speaker.say(queue.Call(1, "A001", 1, "call", now))
    speaker.say(queue.Call(2, "A002", 2, "call", now))
    qtbot.waitUntil(lambda: len(sink.played) == 1 and bool(problems), timeout=5000)
    assert sink.played[0]["code"] == "A002" and "espeak-ng" in problems[0]
    speaker.stop()
