"""Applicants' personal data kept no longer than needed (Law of the Republic of Kazakhstan
on personal data and their protection).

- the kiosk's pre-filled data goes when its ticket is served or the day closes (kiosk.queue,
  db.packages);
- a home-visit request needs the applicant's consent (kiosk.kiosk_info);
- the daily register masks IINs unless a manager asks for full ones (kiosk.registers);
- this module: a setting, off by default, that anonymises packages older than N years —
  names, phone, address, representative and answers removed, the IIN masked; the receipt
  number, service, dates, documents and status stay for the statistics and the trail."""

from __future__ import annotations

import datetime as dt

from db import events
from db import privacy as privacy_db
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.iin import mask_iin
from kiosk.staff import Employee, require

__all__ = ["ANONYMISE_KEY", "anonymise_after", "set_anonymise_after", "anonymise_old_packages",
           "anonymise_cutoff", "packages_older_than"]

ANONYMISE_KEY = "anonymise_after_years"


def anonymise_after(ctx: Context) -> int | None:
    """Years after which packages are anonymised; None: never (the default)."""
    value = ctx.store.get_setting(ANONYMISE_KEY)
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def set_anonymise_after(ctx: Context, by: Employee, years: int | None, *,
                        now: dt.datetime) -> None:
    """An administrator turns the setting on (1-75 years) or off (None)."""
    require(by, "settings")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int)
                              or not 1 <= years <= 75):
        raise InputError(ANONYMISE_KEY, "settings.choice")
    with ctx.store.write():
        ctx.store.put_setting(ANONYMISE_KEY, years)
        events.append_event(ctx.store, "setting_changed", now.replace(microsecond=0)
                            .isoformat(sep=" "), employee=by.login,
                            data={"key": ANONYMISE_KEY, "value": years},
                            rows=[("settings", ANONYMISE_KEY)])


def anonymise_cutoff(today: dt.date, years: int) -> dt.date:
    """Packages accepted before this day are older than ``years`` years."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def packages_older_than(ctx: Context, years: int, *, now: dt.datetime) -> tuple[dt.date, int]:
    """The day before which packages are older than ``years`` years, and how many of them
    still carry an applicant's data: what turning the setting on would anonymise at once."""
    cutoff = anonymise_cutoff(now.date(), years)
    return cutoff, privacy_db.count_to_anonymise(ctx.store, cutoff.isoformat())


def anonymise_old_packages(ctx: Context, *, now: dt.datetime, by: Employee | None = None) -> int:
    """Anonymise packages accepted more than the setting's years before ``now`` (nothing
    when the setting is off); each batch is one transaction with its event (``by``: the
    administrator who turned the setting on at the screen; none when the office opens).
    Returns how many."""
    if by is not None:
        require(by, "settings")
    years = anonymise_after(ctx)
    if years is None:
        return 0
    cutoff = anonymise_cutoff(now.date(), years)
    done = 0
    while True:
        with ctx.store.write():
            rows = privacy_db.packages_to_anonymise(ctx.store, cutoff.isoformat())
            if not rows:
                break
            for r in rows:
                iin = privacy_db.package_iin(ctx.store, r["id"])
                privacy_db.anonymise_package(ctx.store, r["id"], mask_iin(iin))
            events.append_event(ctx.store, "packages_anonymised",
                                now.replace(microsecond=0).isoformat(sep=" "),
                                employee=by.login if by is not None else None,
                                data={"before": cutoff.isoformat(),
                                      "numbers": [r["number"] for r in rows]},
                                rows=[("packages", r["id"]) for r in rows])
            done += len(rows)
    return done
