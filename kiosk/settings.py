"""Office settings a manager or administrator edits: the office profile (names, address,
phone, hours, lunch, station code), paper, printer, idle timeout, default language, and the
calendar's extra working or rest days.  Each change is one transaction with its event."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from db import calendar_days, events
from db.calendar_days import clear_override, set_override
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.office import office_from_dict
from kiosk.staff import Employee, require

__all__ = ["update_office", "set_calendar_day", "calendar_overrides", "printer_name",
           "EDITABLE"]

EDITABLE = ("name_kk", "name_ru", "address_kk", "address_ru", "phone", "open_time",
            "close_time", "accept_until", "lunch_start", "lunch_end", "station", "paper",
            "idle_timeout_s", "language", "printer")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def printer_name(ctx: Context) -> str:
    """The printer this office prints to ("" = the system default)."""
    return str(ctx.store.get_setting("printer", "") or "")


def _clean(key: str, value: Any) -> Any:
    if key in ("name_kk", "name_ru", "address_kk", "address_ru", "phone"):
        text = " ".join(str(value or "").split())
        if not text:
            raise InputError(key, "name.empty")
        if len(text) > 300:
            raise InputError(key, "name.too_long", max=300)
        return text
    if key.endswith("_time") or key in ("accept_until", "lunch_start", "lunch_end"):
        if not isinstance(value, str) or not _TIME.match(value.strip()):
            raise InputError(key, "settings.time")
        return value.strip()
    if key == "station":
        text = str(value or "").strip().upper()
        if not re.fullmatch(r"[A-Z0-9]{1,4}", text):
            raise InputError(key, "settings.code")
        return text
    if key == "paper":
        if value not in ("a4", "80mm"):
            raise InputError(key, "settings.choice")
        return value
    if key == "language":
        if value not in ("kk", "ru", "en"):
            raise InputError(key, "settings.choice")
        return value
    if key == "idle_timeout_s":
        if isinstance(value, bool) or not isinstance(value, int) or not 15 <= value <= 3600:
            raise InputError(key, "settings.timeout")
        return value
    if key == "printer":
        return " ".join(str(value or "").split())[:200]
    raise InputError(key, "settings.choice")


def update_office(ctx: Context, by: Employee, changes: dict[str, Any], *,
                  now: dt.datetime) -> dict[str, Any]:
    """Apply the changed fields; returns {field: [old, new]} of what really changed."""
    require(by, "settings")
    current = ctx.office.to_dict()
    current["printer"] = printer_name(ctx)
    clean = {k: _clean(k, v) for k, v in changes.items()}
    new = {**current, **clean}
    if not (new["open_time"] < new["lunch_start"] < new["lunch_end"] < new["accept_until"]
            <= new["close_time"]):
        raise InputError("open_time", "settings.hours")
    changed = {k: [current.get(k), v] for k, v in clean.items() if current.get(k) != v}
    if not changed:
        return {}
    printer = new.pop("printer")
    office_from_dict(new)  # still a valid profile
    with ctx.store.write():
        ctx.store.put_setting("office", new)
        ctx.store.put_setting("printer", printer)
        events.append_event(ctx.store, "office_changed", _stamp(now), employee=by.login,
                            data={"changed": changed},
                            rows=[("settings", "office"), ("settings", "printer")])
    ctx.reload()
    return changed


def set_calendar_day(ctx: Context, by: Employee, day: dt.date, working: bool | None,
                     note: str = "", *, now: dt.datetime) -> None:
    """Mark ``day`` an extra working day (True), an extra rest day (False), or back to the
    national calendar (None)."""
    require(by, "settings")
    with ctx.store.write():
        if working is None:
            clear_override(ctx.store, day.isoformat())
        else:
            set_override(ctx.store, day.isoformat(), working, note.strip()[:200])
        events.append_event(ctx.store, "calendar_changed", _stamp(now), employee=by.login,
                            data={"day": day.isoformat(), "working": working, "note": note})
    ctx.reload()


def calendar_overrides(ctx: Context) -> list[dict[str, Any]]:
    return calendar_days.calendar_overrides(ctx.store)


