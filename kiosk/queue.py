"""The live queue: one queue for every window of the office.  Tickets the kiosk issues; a
window's "call next" (the oldest waiting ticket of the categories the window serves, given
exactly once across all windows and PCs); recall, no-show after N recalls, redirect to another
category or window, a window's break; serving and closing the day; what the hall display shows.
Every ticket keeps when it was issued, called and served, so the waiting time (issued ->
called) and the service time (called -> receipt or refusal) of each applicant are measured
against the standard's limits (15-20 min each).

Live queue order (DOMAIN.md §1: no pre-registration, no expedited service): a window takes the
ticket issued first among those it may call, and nothing else; a redirected ticket keeps its
place (its issue time) in the line it joins.

A ticket's code is a category letter and a number ("A012"); its barcode carries the day too
("T261120A012") so it never looks like a receipt number (ALM01-01-261120-0007).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from db import events
from db import privacy as privacy_db
from db import tickets as tickets_db
from db.packages import next_seq
from kiosk.applicant import clean_address, clean_name, clean_phone
from kiosk.catalogue import Service
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.iin import validate_iin

__all__ = ["CATEGORY_LETTERS", "CATEGORY_NAMES", "Ticket", "category_of", "barcode_text",
           "parse_barcode", "build_prefill", "issue_ticket", "call_next", "no_show", "recall",
           "serve", "close_day", "estimate_wait", "ticket_by_barcode", "ticket",
           "tickets_of_day", "waiting_minutes", "service_minutes", "people_ahead",
           "DEFAULT_SERVICE_MIN", "issue_prefilled_ticket", "take_at_desk", "QueueSettings",
           "queue_settings", "save_queue_settings", "station_window", "redirect",
           "pause_window", "paused_windows", "waiting_for_window", "Board", "BoardCall",
           "board", "Call", "new_calls", "last_call_id", "queue_changed_token", "watch",
           "DEFAULT_NO_SHOW_AFTER", "window_categories"]

# the queue's categories: one letter per service category
CATEGORY_LETTERS: dict[str, str] = {"teachers": "A", "preschool": "B", "school": "C", "other": "D"}
# the categories' names on the hall display and the desk (Kazakh, Russian, English)
CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "A": {"kk": "Педагогтер", "ru": "Педагоги", "en": "Teachers"},
    "B": {"kk": "Мектепке дейінгі", "ru": "Дошкольное", "en": "Preschool"},
    "C": {"kk": "Мектеп", "ru": "Школа", "en": "School"},
    "D": {"kk": "Басқа", "ru": "Прочее", "en": "Other"},
}
DEFAULT_SERVICE_MIN = 10.0          # a guess for the first tickets of a day, before any data
DEFAULT_NO_SHOW_AFTER = 3           # recalls before an absent applicant counts as a no-show
_BARCODE_RE = re.compile(r"^T(\d{6})([A-Z])(\d{3,4})$")
_STAMP = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Ticket:
    id: int
    day: dt.date
    category: str                   # the letter
    seq: int
    code: str                       # "A012"
    service_id: str | None
    lang: str
    issued_at: dt.datetime
    status: str                     # waiting | called | no_show | served | closed
    called_at: dt.datetime | None = None
    served_at: dt.datetime | None = None
    desk: str | None = None
    recalls: int = 0
    package_id: int | None = None
    prefill: dict[str, Any] | None = None
    window: int | None = None       # the window it was called to
    redirect_window: int | None = None  # waiting for this window only (a redirect)
    queue_line: str | None = None   # the category line it was sent to (a redirect)

    @property
    def line(self) -> str:
        """The category line it waits in: its own letter unless redirected."""
        return self.queue_line or self.category

    @property
    def barcode(self) -> str:
        return barcode_text(self.day, self.code)

    @property
    def waiting_min(self) -> float | None:
        return waiting_minutes(self.issued_at, self.called_at)

    @property
    def service_min(self) -> float | None:
        return waiting_minutes(self.called_at, self.served_at)


def _ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _from_row(row: Mapping[str, Any]) -> Ticket:
    issued = _ts(row["issued_at"])
    assert issued is not None
    return Ticket(
        id=row["id"], day=dt.date.fromisoformat(row["day"]), category=row["category"],
        seq=row["seq"], code=row["code"], service_id=row["service_id"], lang=row["lang"] or "kk",
        issued_at=issued, status=row["status"], called_at=_ts(row["called_at"]),
        served_at=_ts(row["served_at"]), desk=row["desk"], recalls=row["recalls"] or 0,
        package_id=row["package_id"],
        prefill=json.loads(row["prefill"]) if row["prefill"] else None,
        window=row.get("window_no"), redirect_window=row.get("redirect_window"),
        queue_line=row.get("queue_line"))


def waiting_minutes(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60.0, 1)


def service_minutes(t: Ticket) -> float | None:
    return t.service_min


def category_of(service: Service | None) -> str:
    if service is None:
        return CATEGORY_LETTERS["other"]
    return CATEGORY_LETTERS.get(service.category, CATEGORY_LETTERS["other"])


def barcode_text(day: dt.date, code: str) -> str:
    """What the ticket's barcode carries: "T" + yymmdd + code, e.g. T261120A012."""
    return f"T{day:%y%m%d}{code}"


def parse_barcode(text: str) -> tuple[dt.date, str] | None:
    """(day, code) from a scanned ticket barcode, or None when it is not a ticket."""
    m = _BARCODE_RE.match(text.strip().upper())
    if not m:
        return None
    try:
        day = dt.datetime.strptime(m.group(1), "%y%m%d").date()
    except ValueError:
        return None
    return day, m.group(2) + m.group(3)


def build_prefill(service: Service, applicant: Mapping[str, str], answers: Mapping[str, bool],
                  consent: bool, representative: Mapping[str, str] | None = None
                  ) -> dict[str, Any]:
    """What the applicant typed at the kiosk, checked field by field (empty fields stay empty:
    the clerk completes them), in the accept-JSON shape the desk's intake form opens."""
    def person(data: Mapping[str, str], prefix: str) -> dict[str, str]:
        out: dict[str, str] = {}
        iin = (data.get("iin") or "").strip()
        if iin:
            try:
                out["iin"] = validate_iin(iin).iin
            except InputError as exc:
                exc.field = f"{prefix}.iin"
                raise
        for key in ("surname", "name", "patronymic"):
            value = data.get(key) or ""
            if value.strip():
                out[key] = clean_name(f"{prefix}.{key}", value)
        if (data.get("phone") or "").strip():
            out["phone"] = clean_phone(f"{prefix}.phone", data["phone"])
        if (data.get("address") or "").strip():
            out["address"] = clean_address(f"{prefix}.address", data["address"])
        return out

    known = {c.id for c in service.conditions}
    for key, value in answers.items():
        if key not in known:
            raise InputError("answers", "answer.unknown", answer=key)
        if not isinstance(value, bool):
            raise InputError(f"answers.{key}", "field.type")
    return {"service": service.id, "applicant": person(applicant, "applicant"),
            "representative": person(representative, "representative") if representative else None,
            "answers": dict(answers), "consent": bool(consent)}


def _stamp(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).strftime(_STAMP)


# -- office settings of the queue ------------------------------------------------------------
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


# -- tickets ---------------------------------------------------------------------------------
def issue_ticket(ctx: Context, service_id: str | None, *, lang: str = "kk",
                 prefill: Mapping[str, Any] | None = None,
                 now: dt.datetime | None = None) -> Ticket:
    """A new ticket in the service's category, numbered from 1 each day per category."""
    service = ctx.catalogue.service(service_id) if service_id else None
    if service_id and service is None:
        raise InputError("service", "service.unknown", service=service_id)
    moment = (now or ctx.now()).replace(microsecond=0)
    day = moment.date()
    letter = category_of(service)
    with ctx.store.write():
        seq = next_seq(ctx.store, f"ticket/{day.isoformat()}/{letter}")
        ticket_id = tickets_db.insert_ticket(ctx.store, {
            "day": day.isoformat(), "category": letter, "seq": seq, "code": f"{letter}{seq:03d}",
            "service_id": service_id, "lang": lang, "issued_at": _stamp(moment),
            "status": "waiting", "recalls": 0,
            "prefill": json.dumps(dict(prefill), ensure_ascii=False) if prefill else None})
        tickets_db.notify_queue(ctx.store)
    found = ticket(ctx, ticket_id)
    assert found is not None
    return found


def ticket(ctx: Context, ticket_id: int) -> Ticket | None:
    row = tickets_db.ticket_row(ctx.store, ticket_id)
    return _from_row(row) if row else None


def _require(ctx: Context, ticket_id: int, *allowed: str) -> Ticket:
    t = ticket(ctx, ticket_id)
    if t is None:
        raise InputError("ticket", "queue.unknown_ticket", ticket=ticket_id)
    if t.status not in allowed:
        raise InputError("ticket", "queue.wrong_status", number=t.code, status=t.status)
    return t


def _updated(ctx: Context, ticket_id: int, allowed: tuple[str, ...], values: dict[str, Any],
             *, increment_recalls: bool = False, call: tuple[str, int | None, str] | None = None
             ) -> Ticket:
    """Move a ticket on, in one write transaction that first checks the ticket is in an
    ``allowed`` state (so two desks cannot both act on it), and read it back.  ``call``:
    (kind, window, at) of a line for the calls feed the display announces."""
    with ctx.store.write():
        _require(ctx, ticket_id, *allowed)
        tickets_db.update_ticket(ctx.store, ticket_id, values, increment_recalls)
        if call is not None:
            kind, window, at = call
            tickets_db.record_call(ctx.store, ticket_id=ticket_id, window=window, kind=kind, at=at)
        tickets_db.notify_queue(ctx.store)
    out = ticket(ctx, ticket_id)
    assert out is not None
    return out


def ticket_by_barcode(ctx: Context, text: str) -> Ticket | None:
    """The ticket a scanned barcode (T261120A012) or a typed code of today (A012) names."""
    parsed = parse_barcode(text)
    if parsed is None:
        code = text.strip().upper()
        if not re.fullmatch(r"[A-Z]\d{3,4}", code):
            return None
        parsed = (ctx.now().date(), code)
    day, code = parsed
    row = tickets_db.ticket_row_by_code(ctx.store, day.isoformat(), code)
    return _from_row(row) if row else None


def tickets_of_day(ctx: Context, day: dt.date, status: str | None = None) -> list[Ticket]:
    return [_from_row(r) for r in tickets_db.tickets_of_day(ctx.store, day.isoformat(), status)]


# -- calling -----------------------------------------------------------------------------------
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


# -- estimates -----------------------------------------------------------------------------
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


def issue_prefilled_ticket(ctx: Context, service_id: str, applicant: Mapping[str, str],
                           answers: Mapping[str, bool], consent: bool, *, lang: str = "kk",
                           now: dt.datetime | None = None) -> Ticket:
    """The kiosk's "get a ticket" after pre-filling: checks what was typed (InputError names
    the field), needs the consent when any detail was given, and issues the ticket."""
    service = ctx.catalogue.service(service_id)
    if service is None:
        raise InputError("service", "service.unknown", service=service_id)
    prefill = build_prefill(service, applicant, answers, consent)
    if not consent and (prefill["applicant"] or prefill["answers"]):
        raise InputError("consent", "consent.missing")
    return issue_ticket(ctx, service_id, lang=lang, prefill=prefill if consent else None, now=now)


# -- what the hall display shows -------------------------------------------------------------
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
