"""One queue for every window: the categories each window serves, "call next" exactly once
across windows and processes, a repeated call request, recall and no-show after N recalls,
redirects, a window's break, and what the hall display shows."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from kiosk import queue
from kiosk.errors import InputError
from kiosk.queue import QueueSettings

T0 = dt.datetime(2026, 11, 20, 10, 0)
SERVICE_OF = {"A": "teacher_attestation", "B": "preschool_queue", "C": "school_admission",
              "D": None}


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_each_window_calls_only_its_categories_oldest_first(ctx):
    queue.save_queue_settings(ctx, QueueSettings(windows={2: ("B",), 3: ("A", "C")}))
    a1 = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    b1 = queue.issue_ticket(ctx, "preschool_queue", now=at(1))
    c1 = queue.issue_ticket(ctx, "school_admission", now=at(2))
    b2 = queue.issue_ticket(ctx, "preschool_queue", now=at(3))
    got = queue.call_next(ctx, "02", window=2, now=at(5))
    assert (got.code, got.window, got.status) == (b1.code, 2, "called")
    assert queue.call_next(ctx, "03", window=3, now=at(5)).id == a1.id
    assert queue.call_next(ctx, "03", window=3, now=at(6)).id == c1.id
    assert queue.call_next(ctx, "03", window=3, now=at(7)) is None  # only B waits
    assert queue.waiting_for_window(ctx, 3, now=at(7)) == 0
    assert queue.waiting_for_window(ctx, 1, now=at(7)) == 1        # window 1 serves all
    assert queue.call_next(ctx, "01", window=1, now=at(8)).id == b2.id


def test_a_repeated_call_request_gives_the_same_ticket(ctx):
    first = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    queue.issue_ticket(ctx, "teacher_attestation", now=at(1))
    got = queue.call_next(ctx, "01", window=1, request_id="desk1-42", now=at(2))
    again = queue.call_next(ctx, "01", window=1, request_id="desk1-42", now=at(3))
    assert got.id == again.id == first.id
    assert len(queue.tickets_of_day(ctx, T0.date(), "waiting")) == 1  # no second ticket called
    with pytest.raises(InputError) as err:
        queue.call_next(ctx, "02", window=2, request_id="desk1-42", now=at(3))
    assert "window 1" in err.value.text("en")
    assert [c.kind for c in queue.new_calls(ctx, 0)] == ["call"]


def test_recall_is_announced_again_and_the_fourth_makes_a_no_show(ctx):
    t = queue.issue_ticket(ctx, None, now=at(0))
    called = queue.call_next(ctx, "04", window=4, now=at(1))
    for i in range(1, queue.DEFAULT_NO_SHOW_AFTER + 1):
        again = queue.recall(ctx, called.id, "04", window=4, now=at(1 + i))
        assert (again.status, again.recalls) == ("called", i)
    gone = queue.recall(ctx, t.id, "04", window=4, now=at(9))
    assert gone.status == "no_show"
    feed = queue.new_calls(ctx, 0)
    assert [(c.code, c.window, c.kind) for c in feed] == [("D001", 4, "call")] + \
        [("D001", 4, "recall")] * 3
    assert queue.ticket(ctx, t.id).waiting_min == 1.0  # measured to the first call


def test_no_show_after_is_an_office_setting(ctx):
    queue.save_queue_settings(ctx, QueueSettings(no_show_after=1))
    queue.issue_ticket(ctx, None, now=at(0))
    t = queue.call_next(ctx, "01", window=1, now=at(1))
    assert queue.recall(ctx, t.id, "01", window=1, now=at(2)).status == "called"
    assert queue.recall(ctx, t.id, "01", window=1, now=at(3)).status == "no_show"
    with pytest.raises(InputError):
        queue.save_queue_settings(ctx, QueueSettings(no_show_after=0))
    with pytest.raises(InputError) as err:
        queue.save_queue_settings(ctx, QueueSettings(windows={1: ("Z",)}))
    assert "A, B, C, D" in err.value.text("en")


def test_redirect_keeps_the_place_and_never_jumps_ahead(ctx):
    queue.save_queue_settings(ctx, QueueSettings(windows={1: ("A",), 2: ("B",), 5: ("C",)}))
    a = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    b_old = queue.issue_ticket(ctx, "preschool_queue", now=at(-5))   # came first
    b_new = queue.issue_ticket(ctx, "preschool_queue", now=at(3))
    called = queue.call_next(ctx, "01", window=1, now=at(4))
    assert called.id == a.id
    moved = queue.redirect(ctx, a.id, category="B", now=at(5))      # wrong line: to B
    assert (moved.status, moved.line, moved.code) == ("waiting", "B", "A001")
    order = [queue.call_next(ctx, "02", window=2, now=at(6 + i)).id for i in range(3)]
    assert order == [b_old.id, a.id, b_new.id]                      # by issue time
    sent = queue.redirect(ctx, b_new.id, window=5, now=at(10))
    assert sent.redirect_window == 5
    assert queue.call_next(ctx, "01", window=1, now=at(11)) is None  # not for window 1
    assert queue.call_next(ctx, "05", window=5, now=at(12)).id == b_new.id
    with pytest.raises(InputError):
        queue.redirect(ctx, b_new.id, now=at(13))                    # neither target


def test_a_window_on_a_break_gets_nothing(ctx):
    queue.issue_ticket(ctx, None, now=at(0))
    queue.pause_window(ctx, 3, True)
    with pytest.raises(InputError) as err:
        queue.call_next(ctx, "03", window=3, now=at(1))
    assert "break" in err.value.text("en")
    assert queue.paused_windows(ctx) == {3}
    queue.pause_window(ctx, 3, False)
    assert queue.call_next(ctx, "03", window=3, now=at(2)).code == "D001"


def test_board_shows_last_calls_waiting_and_estimates(ctx):
    for i in range(4):
        queue.issue_ticket(ctx, "teacher_attestation", now=at(i))
    queue.issue_ticket(ctx, "preschool_queue", now=at(5))
    first = queue.call_next(ctx, "01", window=1, now=at(10))
    second = queue.call_next(ctx, "02", window=2, now=at(11))
    queue.recall(ctx, first.id, "01", window=1, now=at(12))
    b = queue.board(ctx, now=at(12))
    assert [(c.code, c.window) for c in b.calls] == [("A001", 1), ("A002", 2)]  # recall on top
    assert b.waiting == {"A": 2, "B": 1, "C": 0, "D": 0}
    assert b.estimates["A"] > 0 and b.estimates["C"] == 0
    d = b.to_dict()
    assert d["called"][0]["code"] == "A001" and d["called"][0]["window"] == 1
    assert d["accepting"] is True and d["help_lines"] == ["1414", "8-800-080-7777"]
    assert second.code == "A002"


# -- eight windows, eight processes ------------------------------------------------------------
WINDOW_CATEGORIES = {5: ("A",), 6: ("A",), 7: ("B", "C"), 8: ("C", "D")}  # 1-4 serve all


def _window_process(data_dir: str, window: int, env: dict, start, out) -> None:
    os.environ.update(env)
    from kiosk import queue as q
    from kiosk.context import open_context
    ctx = open_context(data_dir)
    called: list[tuple[int, str, str]] = []
    repeats_wrong: list[str] = []
    left_when_empty = -1
    start.wait()
    n = 0
    try:
        while True:
            rid = f"w{window}-{n}"
            t = q.call_next(ctx, f"{window:02d}", window=window, request_id=rid)
            if t is None:
                left_when_empty = q.waiting_for_window(ctx, window)
                if left_when_empty:  # another window may still be committing a locked row
                    time.sleep(0.3)
                    left_when_empty = q.waiting_for_window(ctx, window)
                break
            if n % 5 == 0:  # the answer was "lost": the same request again
                again = q.call_next(ctx, f"{window:02d}", window=window, request_id=rid)
                if again is None or again.id != t.id:
                    repeats_wrong.append(rid)
            called.append((t.id, t.category, t.issued_at.isoformat()))
            n += 1
    finally:
        ctx.close()
    out.put({"window": window, "called": called, "left": left_when_empty,
             "repeats_wrong": repeats_wrong})


def test_eight_windows_in_eight_processes_call_every_ticket_exactly_once(store_target,
                                                                         tmp_path: Path):
    """On both engines (store_target: the embedded store, or the session's PostgreSQL in
    $QABYLDAU_STORE, which the processes inherit)."""
    from kiosk.context import open_context
    data_dir = tmp_path / "home"
    with open_context(data_dir) as ctx:
        queue.save_queue_settings(ctx, QueueSettings(windows=WINDOW_CATEGORIES))
        letters = "AABCDABCAC"
        for i in range(300):
            queue.issue_ticket(ctx, SERVICE_OF[letters[i % len(letters)]],
                               now=dt.datetime(2026, 11, 20, 9, 0) + dt.timedelta(seconds=i))
    env = {k: v for k, v in os.environ.items() if k.startswith("QABYLDAU_")}
    mp = multiprocessing.get_context("spawn")
    start = mp.Barrier(8)
    out = mp.Queue()
    procs = [mp.Process(target=_window_process, args=(str(data_dir), w, env, start, out))
             for w in range(1, 9)]
    for p in procs:
        p.start()
    results = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    ids = [c[0] for r in results for c in r["called"]]
    assert len(ids) == 300 and len(set(ids)) == 300          # every ticket, exactly once
    for r in results:
        assert r["repeats_wrong"] == [], r["window"]         # a repeated request: same ticket
        assert r["left"] == 0, f"window {r['window']} was told no one waits"
        allowed = WINDOW_CATEGORIES.get(r["window"])
        assert all(allowed is None or c[1] in allowed for c in r["called"])  # its categories
        issued = [c[2] for c in r["called"]]
        assert issued == sorted(issued)                      # oldest first, at every window
    with open_context(data_dir) as ctx:
        day = dt.date(2026, 11, 20)
        assert queue.tickets_of_day(ctx, day, "waiting") == []
        by_ticket = {t.id: t.window for t in queue.tickets_of_day(ctx, day)}
        for r in results:
            assert all(by_ticket[c[0]] == r["window"] for c in r["called"])
        assert queue.last_call_id(ctx) == 300                 # one call line per ticket


def test_the_ticket_promises_the_board_only_where_the_office_has_one(ctx):
    from pypdf import PdfReader

    from kiosk.ticket_print import save_ticket, ticket_data
    queue.issue_ticket(ctx, "preschool_queue", lang="ru", now=at(0))
    t = queue.issue_ticket(ctx, "preschool_queue", lang="ru", now=at(1))
    text = " ".join(PdfReader(save_ticket(ctx, t)).pages[0].extract_text().split())
    assert "табло" in text
    queue.save_queue_settings(ctx, QueueSettings(board=False))
    data = ticket_data(ctx, t)
    assert not data.board and data.ahead == 1 and data.wait_min == 10
    text = " ".join(PdfReader(save_ticket(ctx, t)).pages[0].extract_text().split())
    assert "табло" not in text and "назовут ваш номер" in text


def test_statistics_per_window_and_their_workbook(ctx, tmp_path):
    from openpyxl import load_workbook

    from kiosk.stats import office_stats, stats_xlsx
    # S1 teacher_attestation: at most 20 min waiting and 20 min service
    times = [(0, 10, 15, 2), (1, 31, 60, 2), (2, 12, 20, 4), (3, 40, None, 4)]
    for i, (issued, called, served, window) in enumerate(times):
        queue.issue_ticket(ctx, "teacher_attestation", now=at(issued))
    for issued, called, served, window in times:
        t = queue.call_next(ctx, f"{window:02d}", window=window, now=at(called))
        if served is not None:
            queue.serve(ctx, t.id, now=at(served))
    s = office_stats(ctx, T0.date(), T0.date())
    w2, w4 = s.by_window[2], s.by_window[4]
    assert (w2.called, w2.served, w4.called, w4.served) == (2, 2, 2, 1)
    assert (w2.waiting.mean_min, w2.waiting.p90_min) == (20.0, 30.0)   # 10 and 30 min
    assert (w2.service.mean_min, w2.service.within_share) == (17.0, 0.5)  # 5 and 29 min
    assert w4.waiting.within_share == 0.5 and w4.service.count == 1
    assert s.to_dict()["by_window"]["2"]["served"] == 2
    book = load_workbook(stats_xlsx(s, tmp_path / "stats.xlsx", "ru"))
    rows = list(book["По окнам"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Окно", "Вызвано", "Обслужено")
    assert rows[1][:6] == (2, 2, 2, 20.0, 30.0, 0.5) and rows[2][0] == 4
    assert rows[-1][0] == "Итого" and rows[-1][1] == 4
