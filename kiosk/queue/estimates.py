"""How long a ticket will likely wait, and who is ahead of it, from today's real times."""

from __future__ import annotations

import datetime as dt

from kiosk.context import Context
from kiosk.queue.settings import QueueSettings, queue_settings
from kiosk.queue.ticket import DEFAULT_SERVICE_MIN, Ticket
from kiosk.queue.tickets import tickets_of_day

__all__ = ["people_ahead", "estimate_wait"]


def _line_of(settings: QueueSettings, category: str) -> tuple[set[str] | None, set[int] | None]:
    """The categories that share a line with ``category`` (those of the windows serving it;
    None: all) and the windows serving it (None: any window)."""
    if not settings.windows:
        return None, None
    serving = {w for w, cats in settings.windows.items() if category in cats}
    line: set[str] = {category}
    for w in serving:
        line |= set(settings.windows[w])
    return line, serving


def _ahead(today: list[Ticket], settings: QueueSettings, any_category: bool, category: str,
           before_id: int | None) -> list[Ticket]:
    line, _ = _line_of(settings, category)
    if any_category:
        line = {category}
    return [t for t in today if t.status == "waiting"
            and (before_id is None or t.id < before_id)
            and (line is None or t.line in line)]


def people_ahead(ctx: Context, category: str, *, before_id: int | None = None,
                 now: dt.datetime | None = None) -> list[Ticket]:
    """Today's waiting tickets that will be called before a ticket of `category` (issued before
    it, in its line: the categories of the windows that serve it; one line for all when every
    window serves every category, its own category when desks may pick one)."""
    moment = now or ctx.now()
    return _ahead(tickets_of_day(ctx, moment.date(), "waiting"), queue_settings(ctx),
                  ctx.office.queue_any_category, category, before_id)


def _estimate(today: list[Ticket], settings: QueueSettings, any_category: bool, category: str,
              before_id: int | None, moment: dt.datetime) -> int:
    ahead = _ahead(today, settings, any_category, category, before_id)
    if not ahead:
        return 0
    _, serving = _line_of(settings, category)
    services = [t.service_min for t in today if t.service_min is not None]
    mean_service = sum(services) / len(services) if services else DEFAULT_SERVICE_MIN
    windows = len({t.window or t.desk for t in today if (t.window or t.desk) and t.called_at
                   and (serving is None or t.window in serving)
                   and (moment - t.called_at).total_seconds() <= 3600}) or 1
    by_service = len(ahead) * mean_service / windows
    waits = [t.waiting_min for t in sorted(today, key=lambda t: t.called_at or moment)
             if t.waiting_min is not None][-5:]
    recent = sum(waits) / len(waits) if waits else 0.0
    return int(round(max(by_service, recent)))


def estimate_wait(ctx: Context, category: str, *, before_id: int | None = None,
                  now: dt.datetime | None = None) -> int:
    """Minutes a ticket in `category` will likely wait, from today's real times: the tickets
    ahead of it times today's mean service time (per window at work), and never less than
    today's recent real waits while people are waiting.  0 when nobody is ahead."""
    moment = (now or ctx.now()).replace(microsecond=0)
    return _estimate(tickets_of_day(ctx, moment.date()), queue_settings(ctx),
                     ctx.office.queue_any_category, category, before_id, moment)

