"""What the hall display shows: the calls to announce, and the board (last calls, tickets
waiting, estimated waits, the office's hours)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from db import tickets as tickets_db
from kiosk.context import Context
from kiosk.queue.estimates import _estimate
from kiosk.queue.settings import queue_settings
from kiosk.queue.ticket import CATEGORY_LETTERS, CATEGORY_NAMES, _ts
from kiosk.queue.tickets import tickets_of_day

__all__ = ["Call", "new_calls", "last_call_id", "watch", "queue_changed_token", "BoardCall",
           "Board", "board"]


@dataclass(frozen=True)
class Call:
    """One line of the calls feed: a call or a recall, to be announced."""
    id: int
    code: str
    window: int | None
    kind: str                       # call | recall
    at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "window": self.window, "kind": self.kind,
                "at": self.at.isoformat(sep=" ")}


def _call(row: Mapping[str, Any]) -> Call:
    at = _ts(row["at"])
    assert at is not None
    return Call(int(row["id"]), row["code"], row["window_no"], row["kind"], at)


def new_calls(ctx: Context, after_id: int) -> list[Call]:
    """Calls and recalls after ``after_id``, oldest first (the display announces each)."""
    return [_call(r) for r in tickets_db.calls_after(ctx.store, after_id)]


def last_call_id(ctx: Context) -> int:
    return tickets_db.last_call_id(ctx.store)


def watch(ctx: Context) -> tickets_db.QueueWatch:
    """A cheap "has the queue changed?" for displays (see db.tickets.QueueWatch)."""
    return tickets_db.QueueWatch(ctx.store)


def queue_changed_token(ctx: Context) -> int | None:
    """Cheap: changes when any other connection committed (SQLite); None on PostgreSQL."""
    return tickets_db.change_token(ctx.store)


@dataclass(frozen=True)
class BoardCall:
    code: str
    window: int | None
    at: dt.datetime
    call_id: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "window": self.window, "at": self.at.isoformat(sep=" "),
                "call_id": self.call_id}


@dataclass(frozen=True)
class Board:
    """What the hall display shows."""
    now: dt.datetime
    office_kk: str
    office_ru: str
    open_time: str
    accept_until: str
    lunch_start: str
    lunch_end: str
    working_day: bool
    accepting: bool
    calls: tuple[BoardCall, ...]            # the last called tickets, newest first
    waiting: dict[str, int]                 # category letter -> tickets waiting
    estimates: dict[str, int]               # category letter -> estimated minutes
    last_call_id: int
    help_lines: tuple[str, ...] = ("1414", "8-800-080-7777")

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(sep=" "),
            "office": {"kk": self.office_kk, "ru": self.office_ru},
            "hours": {"open": self.open_time, "accept_until": self.accept_until,
                      "lunch": [self.lunch_start, self.lunch_end]},
            "working_day": self.working_day, "accepting": self.accepting,
            "called": [c.to_dict() for c in self.calls],
            "waiting": [{"category": k, "name": CATEGORY_NAMES[k], "waiting": self.waiting[k],
                         "estimate_min": self.estimates[k]} for k in self.waiting],
            "last_call_id": self.last_call_id, "help_lines": list(self.help_lines)}


def board(ctx: Context, *, now: dt.datetime | None = None, limit: int = 6) -> Board:
    """The hall display's content: the last called tickets of today (each ticket once, at its
    latest call), tickets waiting and the estimated wait per category, the office's hours."""
    from kiosk.kiosk_info import HELP_LINES
    moment = (now or ctx.now()).replace(microsecond=0)
    day = moment.date().isoformat()
    seen: set[str] = set()
    calls: list[BoardCall] = []
    for row in tickets_db.last_calls(ctx.store, day, limit * 4):
        if row["code"] in seen or row["status"] not in ("called", "served"):
            continue
        seen.add(row["code"])
        at = _ts(row["at"])
        assert at is not None
        calls.append(BoardCall(row["code"], row["window_no"], at, int(row["id"])))
        if len(calls) == limit:
            break
    today = tickets_of_day(ctx, moment.date())      # one read for every category's figures
    settings = queue_settings(ctx)
    waiting = {letter: 0 for letter in CATEGORY_LETTERS.values()}
    for t in today:
        if t.status == "waiting":
            waiting[t.line] = waiting.get(t.line, 0) + 1
    estimates = {letter: _estimate(today, settings, ctx.office.queue_any_category, letter, None,
                                   moment) if waiting[letter] else 0 for letter in waiting}
    o = ctx.office
    working = ctx.calendar.is_working_day(moment.date())
    return Board(moment, o.name_kk, o.name_ru, o.open_time, o.accept_until, o.lunch_start,
                 o.lunch_end, working, working and o.accepting_at(moment), tuple(calls),
                 waiting, estimates, tickets_db.last_call_id(ctx.store), HELP_LINES)
