"""Statistics for a day or a period, for the office, by service, by employee and by window:
packages, accepted, refused with the missing documents, results overdue, and the queue's
waiting and service times (mean, 90th percentile, share within each service's legal limits).
Counts come from the same packages rows as the daily register, so the two always agree.
The statistics also go to an XLSX (:func:`stats_xlsx`)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from pathlib import Path

from db import stats as stats_db
from db import tickets as tickets_db
from db.packages import decode_package
from kiosk.context import Context
from kiosk.sheets import Sheet, xlsx_bytes
from kiosk.staff import Employee, require

__all__ = ["Timing", "Counts", "Stats", "WindowStats", "office_stats", "timing", "percentile",
           "stats_sheets", "stats_xlsx"]


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return None
    s = sorted(values)
    k = max(1, math.ceil(q / 100 * len(s)))
    return s[k - 1]


@dataclass
class Timing:
    """Minutes: how many tickets, mean, 90th percentile, and the share within the legal limit
    (of the tickets whose service has a limit)."""
    count: int = 0
    mean_min: float | None = None
    p90_min: float | None = None
    within_limit: int = 0
    with_limit: int = 0

    @property
    def within_share(self) -> float | None:
        return None if not self.with_limit else self.within_limit / self.with_limit

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["within_share"] = None if self.within_share is None else round(self.within_share, 4)
        for k in ("mean_min", "p90_min"):
            d[k] = None if d[k] is None else round(d[k], 2)
        return d


def timing(samples: list[tuple[float, int | None]]) -> Timing:
    """From (minutes, limit or None) pairs."""
    if not samples:
        return Timing()
    mins = [m for m, _ in samples]
    limited = [(m, lim) for m, lim in samples if lim]
    return Timing(len(mins), sum(mins) / len(mins), percentile(mins, 90),
                  sum(1 for m, lim in limited if m <= lim), len(limited))


@dataclass
class Counts:
    packages: int = 0
    accepted: int = 0
    refused: int = 0
    overdue: int = 0
    # document id -> {"name": ..., "count": n}: what refused packages lacked
    refusal_reasons: dict[str, dict[str, Any]] = field(default_factory=dict)
    waiting: Timing = field(default_factory=Timing)
    service: Timing = field(default_factory=Timing)

    def to_dict(self) -> dict[str, Any]:
        return {"packages": self.packages, "accepted": self.accepted, "refused": self.refused,
                "overdue": self.overdue, "refusal_reasons": self.refusal_reasons,
                "waiting": self.waiting.to_dict(), "service": self.service.to_dict()}


@dataclass
class WindowStats:
    """One window of the hall: tickets called to it and served there, and their times."""
    window: int
    called: int = 0
    served: int = 0
    waiting: Timing = field(default_factory=Timing)
    service: Timing = field(default_factory=Timing)

    def to_dict(self) -> dict[str, Any]:
        return {"window": self.window, "called": self.called, "served": self.served,
                "waiting": self.waiting.to_dict(), "service": self.service.to_dict()}


@dataclass
class Stats:
    start: dt.date
    end: dt.date
    office: Counts
    by_service: dict[str, Counts]
    by_employee: dict[str, Counts]
    service_names: dict[str, str]
    by_window: dict[int, WindowStats] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"from": self.start.isoformat(), "to": self.end.isoformat(), **self.office.to_dict()}
        d["by_service"] = {k: {"name": self.service_names.get(k, k), **v.to_dict()}
                           for k, v in self.by_service.items()}
        d["by_employee"] = {k: v.to_dict() for k, v in self.by_employee.items()}
        d["by_window"] = {str(k): v.to_dict() for k, v in self.by_window.items()}
        return d


def _minutes(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    delta = dt.datetime.fromisoformat(b) - dt.datetime.fromisoformat(a)
    return max(0.0, delta.total_seconds() / 60)


def office_stats(ctx: Context, start: dt.date, end: dt.date, *,
                 today: dt.date | None = None, lang: str = "ru",
                 by: Employee | None = None) -> Stats:
    """``by``: the signed-in employee (screens pass it; a role without statistics is refused)."""
    if by is not None:
        require(by, "statistics")
    today = today or ctx.now().date()
    office = Counts()
    by_service: dict[str, Counts] = {}
    by_employee: dict[str, Counts] = {}
    names: dict[str, str] = {}
    rows = stats_db.packages_between(ctx.store, start.isoformat(), end.isoformat())
    for raw in rows:
        p = decode_package(raw) or {}
        service = ctx.catalogue_version(p["catalogue_version"]).service(p["service_id"])
        if service is not None:
            names.setdefault(p["service_id"], f"{service.code} {service.short_name.get(lang)}")
        targets = (office, by_service.setdefault(p["service_id"], Counts()),
                   by_employee.setdefault(p.get("employee") or "", Counts()))
        overdue = bool(p.get("due_date")) and p["outcome"] == "accepted" \
            and p["due_date"] < today.isoformat() and p["status"] != "issued"
        for c in targets:
            c.packages += 1
            if p["outcome"] == "accepted":
                c.accepted += 1
            else:
                c.refused += 1
                for mid in p.get("missing") or []:
                    doc = service.document(mid) if service else None
                    entry = c.refusal_reasons.setdefault(
                        mid, {"name": doc.name.get(lang) if doc else mid, "count": 0})
                    entry["count"] += 1
            c.overdue += int(overdue)
    # the queue: waiting (called - issued) and service (served - called)
    tickets = tickets_db.served_tickets(ctx.store, start.isoformat(), end.isoformat())
    waits: dict[str, list[tuple[float, int | None]]] = {}
    serves: dict[str, list[tuple[float, int | None]]] = {}
    called: dict[int, int] = {}
    served: dict[int, int] = {}
    for t in tickets:
        service = ctx.catalogue.service(t["service_id"]) if t["service_id"] else None
        keys = ["", f"s:{t['service_id']}"] + ([f"e:{t['employee']}"] if t["employee"] else [])
        if t["window_no"] is not None:
            window = int(t["window_no"])
            keys.append(f"w:{window}")
            called[window] = called.get(window, 0) + 1
            if t["served_at"]:
                served[window] = served.get(window, 0) + 1
        w = _minutes(t["issued_at"], t["called_at"])
        if w is not None:
            for k in keys:
                waits.setdefault(k, []).append((w, service.limits.max_wait_min if service else None))
        s = _minutes(t["called_at"], t["served_at"])
        if s is not None:
            for k in keys:
                serves.setdefault(k, []).append((s, service.limits.max_service_min if service else None))
        if service is not None:
            names.setdefault(service.id, f"{service.code} {service.short_name.get(lang)}")
    office.waiting, office.service = timing(waits.get("", [])), timing(serves.get("", []))
    by_window = {w: WindowStats(w, called[w], served.get(w, 0), timing(waits.get(f"w:{w}", [])),
                                timing(serves.get(f"w:{w}", []))) for w in sorted(called)}
    for key in set(waits) | set(serves):
        if key.startswith("s:"):
            c = by_service.setdefault(key[2:], Counts())
        elif key.startswith("e:"):
            c = by_employee.setdefault(key[2:], Counts())
        else:
            continue
        c.waiting, c.service = timing(waits.get(key, [])), timing(serves.get(key, []))
    return Stats(start, end, office, dict(sorted(by_service.items())),
                 dict(sorted(by_employee.items())), names, by_window)


_HEAD = {
    "kk": {"office": "Кеңсе", "window": "Терезе", "service": "Қызмет", "employee": "Қызметкер",
           "called": "Шақырылды", "served": "Қызмет көрсетілді", "packages": "Топтамалар",
           "accepted": "Қабылданды", "refused": "Бас тартылды",
           "wait_mean": "Күту, орташа мин", "wait_p90": "Күту, 90-процентиль мин",
           "wait_share": "Күту нормада, үлес", "serve_mean": "Қызмет, орташа мин",
           "serve_p90": "Қызмет, 90-процентиль мин", "serve_share": "Қызмет нормада, үлес",
           "by_window": "Терезелер бойынша", "by_service": "Қызметтер бойынша",
           "by_employee": "Қызметкерлер бойынша", "total": "Барлығы"},
    "ru": {"office": "Офис", "window": "Окно", "service": "Услуга", "employee": "Сотрудник",
           "called": "Вызвано", "served": "Обслужено", "packages": "Пакеты",
           "accepted": "Принято", "refused": "Отказано",
           "wait_mean": "Ожидание, среднее мин", "wait_p90": "Ожидание, 90-й перцентиль мин",
           "wait_share": "Ожидание в норме, доля", "serve_mean": "Обслуживание, среднее мин",
           "serve_p90": "Обслуживание, 90-й перцентиль мин",
           "serve_share": "Обслуживание в норме, доля", "by_window": "По окнам",
           "by_service": "По услугам", "by_employee": "По сотрудникам", "total": "Итого"},
    "en": {"office": "Office", "window": "Window", "service": "Service", "employee": "Employee",
           "called": "Called", "served": "Served", "packages": "Packages",
           "accepted": "Accepted", "refused": "Refused",
           "wait_mean": "Waiting, mean min", "wait_p90": "Waiting, 90th percentile min",
           "wait_share": "Waiting within limit, share", "serve_mean": "Service, mean min",
           "serve_p90": "Service, 90th percentile min",
           "serve_share": "Service within limit, share", "by_window": "By window",
           "by_service": "By service", "by_employee": "By employee", "total": "Total"},
}


def _times(t: Timing) -> list[float | None]:
    def r(v: float | None, digits: int = 1) -> float | None:
        return None if v is None else round(v, digits)
    return [r(t.mean_min), r(t.p90_min), r(t.within_share, 4)]


def stats_sheets(stats: Stats, lang: str = "ru") -> list[Sheet]:
    """The statistics as tables: by window (tickets called and served, waiting and service:
    mean, 90th percentile, share within the legal limits), by service, by employee."""
    h = _HEAD.get(lang, _HEAD["en"])
    times = [h["wait_mean"], h["wait_p90"], h["wait_share"],
             h["serve_mean"], h["serve_p90"], h["serve_share"]]
    windows = Sheet(h["by_window"], [h["window"], h["called"], h["served"], *times],
                    widths=(10, 12, 14, *([22] * 6)))
    for w in stats.by_window.values():
        windows.rows.append([w.window, w.called, w.served, *_times(w.waiting),
                             *_times(w.service)])
    o = stats.office
    windows.rows.append([h["total"], sum(w.called for w in stats.by_window.values()),
                         sum(w.served for w in stats.by_window.values()),
                         *_times(o.waiting), *_times(o.service)])
    services = Sheet(h["by_service"], [h["service"], h["packages"], h["accepted"], h["refused"],
                                       *times], widths=(40, 12, 12, 12, *([22] * 6)))
    for key, c in stats.by_service.items():
        services.rows.append([stats.service_names.get(key, key), c.packages, c.accepted,
                              c.refused, *_times(c.waiting), *_times(c.service)])
    employees = Sheet(h["by_employee"], [h["employee"], h["packages"], h["accepted"],
                                         h["refused"], *times], widths=(20, 12, 12, 12, *([22] * 6)))
    for login, c in stats.by_employee.items():
        employees.rows.append([login, c.packages, c.accepted, c.refused, *_times(c.waiting),
                               *_times(c.service)])
    return [windows, services, employees]


def stats_xlsx(stats: Stats, path: str | Path, lang: str = "ru") -> Path:
    """Write the statistics workbook (written beside, then renamed into place)."""
    target = Path(path)
    data = xlsx_bytes(stats_sheets(stats, lang),
                      title=f"{stats.start.isoformat()} .. {stats.end.isoformat()}")
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
