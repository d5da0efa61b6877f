"""A window calls the next ticket (exactly once across all windows and PCs), recalls it,
marks a no-show, redirects it, takes a break, serves; the day's queue is closed."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from db import events
from db import privacy as privacy_db
from db import tickets as tickets_db
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.queue.settings import _window_number, queue_settings, station_window
from kiosk.queue.ticket import CATEGORY_LETTERS, Ticket, _from_row, _stamp
from kiosk.queue.tickets import _require, _updated, ticket, tickets_of_day

__all__ = ["call_next", "no_show", "recall", "redirect", "pause_window", "paused_windows",
           "serve", "close_day", "take_at_desk", "waiting_for_window"]


def call_next(ctx: Context, desk: str, *, window: int | None = None, category: str | None = None,
              request_id: str | None = None, now: dt.datetime | None = None) -> Ticket | None:
    """The oldest waiting ticket of today that ``window`` may call (one sent to it, or of the
    categories it serves) is called to it; None when no one is waiting for it.

    Exactly once across all windows and PCs: the SELECT and the UPDATE run in one write
    transaction (SQLite: the database's write lock; PostgreSQL: the row locked with
    ``FOR UPDATE SKIP LOCKED``).  ``request_id`` names this press of the button: the same
    request repeated (its answer was lost) gives the same ticket again, never a second one.
    A window may pick a category only where the office allows it (queue_any_category).
    """
    if category is not None and not ctx.office.queue_any_category:
        raise InputError("category", "queue.category_not_allowed")
    number = _window_number(window if window is not None else station_window(ctx))
    if request_id is not None:
        request_id = str(request_id).strip()
        if not request_id or len(request_id) > 100:
            raise InputError("request_id", "queue.request_id")
    moment = (now or ctx.now()).replace(microsecond=0)
    # read before the write lock (they change rarely; a break or new categories count from
    # the next press): the locked part stays a few statements long
    if number in tickets_db.paused_windows(ctx.store):
        raise InputError("window", "queue.window_paused", window=number)
    cats: tuple[str, ...] | None = queue_settings(ctx).categories(number)
    if category is not None:
        cats = tuple(c for c in (cats or CATEGORY_LETTERS.values()) if c == category)
    at = _stamp(moment)
    try:
        with ctx.store.write():
            if request_id is not None:
                done = tickets_db.call_by_request(ctx.store, request_id)
                if done is not None:
                    return _repeated(ctx, done, number)
            row = tickets_db.call_oldest(ctx.store, moment.date().isoformat(), number, cats,
                                         at=at, desk=desk)
            if row is None:
                return None
            tickets_db.record_call(ctx.store, ticket_id=row["id"], window=number, kind="call",
                                   at=at, request_id=request_id)
            tickets_db.notify_queue(ctx.store)
    except InputError:
        raise
    except Exception:
        # two presses with the same request id at the same instant (PostgreSQL): the unique
        # request id refused the second one; its answer is the first one's ticket
        done = tickets_db.call_by_request(ctx.store, request_id) if request_id else None
        if done is None:
            raise
        return _repeated(ctx, done, number)
    return _from_row(row)


def _repeated(ctx: Context, done: Mapping[str, Any], window: int) -> Ticket:
    if done["window_no"] is not None and int(done["window_no"]) != window:
        raise InputError("request_id", "queue.request_reused", window=done["window_no"])
    found = ticket(ctx, int(done["ticket_id"]))
    assert found is not None
    return found


def no_show(ctx: Context, ticket_id: int, *, now: dt.datetime | None = None) -> Ticket:
    """The called applicant did not come to the desk."""
    out = _updated(ctx, ticket_id, ("called",), {"status": "no_show"})
    return out


def recall(ctx: Context, ticket_id: int, desk: str, *, window: int | None = None,
           now: dt.datetime | None = None) -> Ticket:
    """Call a ticket again: it is announced once more (a no-show who comes back is served).
    The waiting time stays measured to the first call.  An applicant still absent after the
    office's N recalls (``no_show_after``, default 3) is marked a no-show instead of a
    further recall (the returned ticket says ``no_show``; nothing is announced)."""
    moment = (now or ctx.now()).replace(microsecond=0)
    number = _window_number(window if window is not None else station_window(ctx))
    limit = queue_settings(ctx).no_show_after
    with ctx.store.write():
        t = _require(ctx, ticket_id, "called", "no_show")
        if t.status == "called" and t.recalls >= limit:
            tickets_db.update_ticket(ctx.store, ticket_id, {"status": "no_show"})
        else:
            at = _stamp(moment)
            tickets_db.update_ticket(
                ctx.store, ticket_id,
                {"status": "called", "desk": desk, "window_no": number,
                 "called_at": _stamp(t.called_at) if t.called_at else at}, True)
            tickets_db.record_call(ctx.store, ticket_id=ticket_id, window=number, kind="recall",
                                   at=at)
        tickets_db.notify_queue(ctx.store)
    out = ticket(ctx, ticket_id)
    assert out is not None
    return out


def redirect(ctx: Context, ticket_id: int, *, category: str | None = None,
             window: int | None = None, now: dt.datetime | None = None) -> Ticket:
    """Send a ticket to another category's line or to one window: it waits again, keeping its
    place by issue time (the applicant already waited; no one who came later goes first)."""
    if (category is None) == (window is None):
        raise InputError("redirect", "queue.redirect_target")
    values: dict[str, Any] = {"status": "waiting", "desk": None, "window_no": None}
    if category is not None:
        if category not in CATEGORY_LETTERS.values():
            raise InputError("category", "queue.categories", window="-",
                             letters=", ".join(CATEGORY_LETTERS.values()))
        values.update(queue_line=category, redirect_window=None)
    else:
        values["redirect_window"] = _window_number(window)
    return _updated(ctx, ticket_id, ("waiting", "called", "no_show"), values)


def pause_window(ctx: Context, window: int, paused: bool = True, *, employee: str | None = None,
                 now: dt.datetime | None = None) -> bool:
    """A window's break: nothing is called to it until it resumes.  Returns ``paused``."""
    number = _window_number(window)
    moment = (now or ctx.now()).replace(microsecond=0)
    with ctx.store.write():
        tickets_db.set_window_paused(ctx.store, number, paused, at=_stamp(moment), by=employee)
        tickets_db.notify_queue(ctx.store)
    return paused


def paused_windows(ctx: Context) -> set[int]:
    return tickets_db.paused_windows(ctx.store)


def serve(ctx: Context, ticket_id: int, *, package_id: int | None = None,
          now: dt.datetime | None = None) -> Ticket:
    """The applicant was served without a package (a consultation); a receipt or a refusal
    marks the ticket itself (kiosk.intake.accept_package)."""
    moment = (now or ctx.now()).replace(microsecond=0)
    return _updated(ctx, ticket_id, ("called",), {"status": "served", "served_at": _stamp(moment),
                                                  "package_id": package_id,
                                                  "prefill": None})  # personal data: gone


def close_day(ctx: Context, day: dt.date, *, employee: str | None = None,
              now: dt.datetime | None = None) -> int:
    """At day end: every ticket of the day still waiting, called or absent is closed.
    Returns how many; the closing is an event in the audit trail."""
    moment = (now or ctx.now()).replace(microsecond=0)
    with ctx.store.write():
        count = tickets_db.close_tickets(ctx.store, day.isoformat())
        privacy_db.forget_prefills(ctx.store, day.isoformat())  # the kiosk's personal data
        events.append_event(ctx.store, "queue_closed", moment.isoformat(sep=" "),
                            employee=employee, data={"day": day.isoformat(), "closed": count})
        tickets_db.notify_queue(ctx.store)
    return count


def take_at_desk(ctx: Context, ticket_id: int, desk: str, *, window: int | None = None,
                 now: dt.datetime | None = None) -> Ticket:
    """The applicant shows the ticket at a desk (it was scanned): a waiting ticket counts as
    called now; a called or absent one stays with its first call."""
    moment = (now or ctx.now()).replace(microsecond=0)
    number = _window_number(window if window is not None else station_window(ctx))
    t = _require(ctx, ticket_id, "waiting", "called", "no_show")
    return _updated(ctx, ticket_id, ("waiting", "called", "no_show"),
                    {"status": "called", "desk": desk, "window_no": number,
                     "redirect_window": None,
                     "called_at": _stamp(t.called_at) if t.called_at else _stamp(moment)})


def waiting_for_window(ctx: Context, window: int, *, now: dt.datetime | None = None) -> int:
    """How many of today's waiting tickets ``window`` may call."""
    number = _window_number(window)
    cats = queue_settings(ctx).categories(number)
    day = (now or ctx.now()).date()
    return sum(1 for t in tickets_of_day(ctx, day, "waiting")
               if t.redirect_window == number
               or (t.redirect_window is None and (cats is None or t.line in cats)))

