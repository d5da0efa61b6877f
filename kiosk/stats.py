"""Statistics for a day or a period, for the office, by service and by employee: packages,
accepted, refused with the missing documents, results overdue, and the queue's waiting and
service times against each service's legal limits.  Counts come from the same packages rows
as the daily register, so the two always agree."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from db.packages import decode_package
from kiosk.context import Context
from kiosk.staff import Employee, require

__all__ = ["Timing", "Counts", "Stats", "office_stats", "timing", "percentile"]


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
class Stats:
    start: dt.date
    end: dt.date
    office: Counts
    by_service: dict[str, Counts]
    by_employee: dict[str, Counts]
    service_names: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        d = {"from": self.start.isoformat(), "to": self.end.isoformat(), **self.office.to_dict()}
        d["by_service"] = {k: {"name": self.service_names.get(k, k), **v.to_dict()}
                           for k, v in self.by_service.items()}
        d["by_employee"] = {k: v.to_dict() for k, v in self.by_employee.items()}
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
    rows = ctx.store.query(
        "SELECT id, service_id, catalogue_version, outcome, status, missing, employee, due_date "
        "FROM packages WHERE day BETWEEN ? AND ? ORDER BY id", (start.isoformat(), end.isoformat()))
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
    tickets = ctx.store.query(
        "SELECT t.service_id, t.issued_at, t.called_at, t.served_at, p.employee "
        "FROM tickets t LEFT JOIN packages p ON p.id = t.package_id "
        "WHERE t.day BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))
    waits: dict[str, list[tuple[float, int | None]]] = {}
    serves: dict[str, list[tuple[float, int | None]]] = {}
    for t in tickets:
        service = ctx.catalogue.service(t["service_id"]) if t["service_id"] else None
        keys = ["", f"s:{t['service_id']}"] + ([f"e:{t['employee']}"] if t["employee"] else [])
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
    for key in set(waits) | set(serves):
        if key.startswith("s:"):
            c = by_service.setdefault(key[2:], Counts())
        elif key.startswith("e:"):
            c = by_employee.setdefault(key[2:], Counts())
        else:
            continue
        c.waiting, c.service = timing(waits.get(key, [])), timing(serves.get(key, []))
    return Stats(start, end, office, dict(sorted(by_service.items())),
                 dict(sorted(by_employee.items())), names)
