"""The office's settings of the queue: which categories each window serves, recalls before a
no-show, the hall display and its voice; and this PC's window number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from db import events
from db import tickets as tickets_db
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.queue.ticket import CATEGORY_LETTERS, DEFAULT_NO_SHOW_AFTER

__all__ = ["QueueSettings", "queue_settings", "save_queue_settings", "window_categories",
           "station_window"]


@dataclass(frozen=True)
class QueueSettings:
    """The office's queue settings (``queue`` in the settings table).  ``windows``: window
    number -> the category letters it serves; a window not listed serves every category."""
    windows: dict[int, tuple[str, ...]] = field(default_factory=dict)
    no_show_after: int = DEFAULT_NO_SHOW_AFTER
    board: bool = True              # the office has a hall display (tickets promise it)
    voice: bool = True              # the display announces calls
    volume: int = 80                # 0..100

    def categories(self, window: int) -> tuple[str, ...] | None:
        """What ``window`` serves (None: every category)."""
        return self.windows.get(window)

    def to_dict(self) -> dict[str, Any]:
        return {"windows": {str(w): list(c) for w, c in sorted(self.windows.items())},
                "no_show_after": self.no_show_after, "board": self.board,
                "voice": self.voice, "volume": self.volume}


def _settings_from(data: Mapping[str, Any] | None) -> QueueSettings:
    data = data or {}
    windows: dict[int, tuple[str, ...]] = {}
    for key, cats in (data.get("windows") or {}).items():
        windows[int(key)] = tuple(str(c) for c in cats)
    return QueueSettings(windows=windows,
                         no_show_after=int(data.get("no_show_after", DEFAULT_NO_SHOW_AFTER)),
                         board=bool(data.get("board", True)), voice=bool(data.get("voice", True)),
                         volume=int(data.get("volume", 80)))


def queue_settings(ctx: Context) -> QueueSettings:
    return _settings_from(ctx.store.get_setting("queue"))


def save_queue_settings(ctx: Context, settings: QueueSettings, *,
                        employee: str | None = None, by: Any = None,
                        now: dt.datetime | None = None) -> QueueSettings:
    """Check and store the queue settings (an event in the audit trail).  ``by``: the
    signed-in employee (screens and commands pass it; a role without Settings is refused)."""
    if by is not None:
        from kiosk.staff import require
        require(by, "settings")
        employee = employee or by.login
    letters = set(CATEGORY_LETTERS.values())
    for window, cats in settings.windows.items():
        if not 1 <= window <= 999:
            raise InputError("window", "queue.window_number", window=window)
        unknown = [c for c in cats if c not in letters]
        if unknown or not cats:
            raise InputError("categories", "queue.categories",
                             window=window, letters=", ".join(sorted(letters)))
    if not 1 <= settings.no_show_after <= 20:
        raise InputError("no_show_after", "queue.no_show_after")
    if not 0 <= settings.volume <= 100:
        raise InputError("volume", "queue.volume")
    moment = (now or ctx.now()).replace(microsecond=0)
    with ctx.store.write():
        ctx.store.put_setting("queue", settings.to_dict())
        events.append_event(ctx.store, "queue_settings", moment.isoformat(sep=" "),
                            employee=employee, data=settings.to_dict())
        tickets_db.notify_queue(ctx.store)
    return queue_settings(ctx)


def window_categories(ctx: Context, window: int) -> tuple[str, ...] | None:
    return queue_settings(ctx).categories(window)


def station_window(ctx: Context | None = None) -> int:
    """This PC's window number (its station file; window 1 when it names none)."""
    station = getattr(ctx, "station", None)
    if station is None:
        from kiosk.station import load_station
        station = load_station()
    return int(station.window or 1)


def _window_number(window: Any) -> int:
    try:
        number = int(window)
    except (TypeError, ValueError):
        raise InputError("window", "queue.window_number", window=window) from None
    if not 1 <= number <= 999:
        raise InputError("window", "queue.window_number", window=window)
    return number

