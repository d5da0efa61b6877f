"""home: requests for acceptance at home (kiosk.home_visits) from the command line.

Every one signs in first (``--login``, PIN from $QABYLDAU_PIN or asked for) with a role that
has the desk's Home visits section."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kiosk import clock
from kiosk.commands.common import dump, signed_in
from kiosk.context import open_context
from kiosk.errors import InputError
from kiosk.home_visits import (LATE_NOT_SCHEDULED, HomeRequest, cancel_request,
                               list_home_requests, mark_done, schedule_visit)


def _visit_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError("visit_date", "date.invalid") from None


def _line(r: HomeRequest, today: dt.date, lang: str) -> str:
    late = r.late(today)
    mark = ""
    if late == LATE_NOT_SCHEDULED:
        mark = f" LATE (to be scheduled by {r.schedule_by.isoformat()})"
    elif late:
        mark = " LATE (visit date passed)"
    service = r.service_name.get(lang) if r.service_name else "-"
    visit = r.visit() or "-"
    return "\t".join((str(r.id), r.created_at[:16], r.status + mark, visit, r.name or "-",
                      r.phone, r.address, service))


def cmd_list(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        today = clock.today()
        items = list_home_requests(ctx, open_only=args.open)
        if args.json:
            dump([r.to_dict(today, args.lang) for r in items])
            return 0
        for r in items:
            print(_line(r, today, args.lang))
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    day = _visit_date(args.date)
    with open_context(args.data_dir) as ctx:
        r = schedule_visit(ctx, signed_in(ctx, args), args.id, day=day, time=args.time,
                           note=args.note or "", now=clock.now())
    print(f"request {r.id}: visit on {r.visit()}")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        r = mark_done(ctx, signed_in(ctx, args), args.id, package_number=args.package or "",
                      now=clock.now())
    print(f"request {r.id}: done" + (f", package {r.package_number}" if r.package_number else ""))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        r = cancel_request(ctx, signed_in(ctx, args), args.id, reason=args.reason,
                           now=clock.now())
    print(f"request {r.id}: cancelled ({r.outcome})")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("home", parents=[common],
                       help="requests for acceptance at home: list, schedule, done, cancel")
    hsub = p.add_subparsers(dest="home_action", required=True)

    a = hsub.add_parser("list", parents=[common], help="requests, open ones first; late marked")
    a.add_argument("--open", action="store_true", help="only new and scheduled ones")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list, right="home")

    a = hsub.add_parser("schedule", parents=[common],
                        help="agree the visit's date (again to move it)")
    a.add_argument("id", type=int, help="request number")
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the visit's day")
    a.add_argument("--time", metavar="HH:MM", help="the visit's time, when agreed")
    a.add_argument("--note", help="e.g. call before coming, 3rd floor")
    a.set_defaults(handler=cmd_schedule, right="home")

    a = hsub.add_parser("done", parents=[common],
                        help="the documents were accepted at home")
    a.add_argument("id", type=int, help="request number")
    a.add_argument("--package", metavar="NUMBER", help="receipt number of the package accepted")
    a.set_defaults(handler=cmd_done, right="home")

    a = hsub.add_parser("cancel", parents=[common], help="cancel a request, with why")
    a.add_argument("id", type=int, help="request number")
    a.add_argument("--reason", required=True, help="e.g. the applicant cannot be reached")
    a.set_defaults(handler=cmd_cancel, right="home")
