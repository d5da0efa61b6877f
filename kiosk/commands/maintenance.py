"""setup, demo, check: making a store and checking one (no sign-in: setup and demo make the
store the accounts live in; check reads nothing personal)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from db import checks
from db.events import verify_chain
from db.office_store import has_packages_on
from kiosk import clock
from kiosk.commands.common import PIN_ENV, ask_new_pin
from kiosk.context import open_context
from kiosk.demo import fill_demo_day
from kiosk.errors import InputError
from kiosk.office_setup import OfficeDetails, has_store, make_office_store, make_training_store
from kiosk.station import check_station
from kiosk.store_kind import NotTraining


def cmd_setup(args: argparse.Namespace) -> int:
    details = OfficeDetails(args.office_code, args.name_kk, args.name_ru, args.address,
                            args.address_ru, args.phone or "")
    if has_store(args.data_dir):
        with open_context(args.data_dir) as ctx:
            raise InputError("", "store.exists", folder=str(ctx.folder), kind=ctx.kind)
    pin = ask_new_pin(args.admin, PIN_ENV)
    with make_office_store(args.data_dir, details, args.admin, args.admin_name or "",
                           pin) as ctx:
        print(f"{ctx.office.code}: office store made in {ctx.folder}; administrator "
              f"{args.admin.strip().lower()}. Add the staff with: qabyldau staff add LOGIN "
              f"--name \"FULL NAME\" --role ROLE --login {args.admin.strip().lower()}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if not 0 <= args.packages <= 100_000:
        raise InputError("packages", "field.type")
    ctx = open_context(args.data_dir) if has_store(args.data_dir) \
        else make_training_store(args.data_dir)
    with ctx:
        if not ctx.training:
            raise NotTraining()
        now = clock.now()
        try:
            day = dt.date.fromisoformat(args.date) if args.date else now.date()
        except ValueError:
            raise InputError("date", "field.type") from None
        if not args.date and (not ctx.calendar.is_working_day(day)
                              or now.strftime("%H:%M") < "09:05"):
            # no acceptance yet today (night, a rest day): the last working day, so that no
            # demo package is timestamped later than now
            day = ctx.calendar.previous_working_day(day)
        if day > now.date():
            raise InputError("date", "demo.future", day=day.isoformat())
        if args.if_empty and has_packages_on(ctx.store, day.isoformat()):
            print(f"{ctx.office.name_kk}: {day.isoformat()} already has packages; "
                  f"training data in {ctx.folder}")
            return 0
        check_station(ctx.store, ctx.station_code)  # another PC running this code: exit 2
        results = fill_demo_day(ctx, day, args.packages, seed=args.seed, until=now)
        refused = sum(1 for r in results if r.outcome == "refused")
        print(f"{ctx.office.name_kk}: {len(results)} packages on {day.isoformat()} "
              f"({len(results) - refused} accepted, {refused} refused); training data in "
              f"{ctx.folder}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        problems = ctx.store.integrity_problems()
        chain = verify_chain(ctx.store)
        if not chain.ok and not chain.problems:
            where = f" at event {chain.first_broken}" if chain.first_broken else ""
            problems.append(f"event trail broken{where}: {chain.reason}")
        problems += list(chain.problems)   # audited rows changed or written behind its back
        problems += [f"receipt number {r['number']} used {r['n']} times"
                     for r in checks.duplicate_numbers(ctx.store)]
        problems += [f"counter {r['scope']} is behind its packages ({r['last']} < {r['top']})"
                     for r in checks.counters_behind(ctx.store)]
        count = checks.package_count(ctx.store)
        if problems:
            for p in problems:
                print(f"PROBLEM: {p}")
            return 1
        print(f"ok: schema v{ctx.store.version}, {count} packages, "
              f"{chain.count} events, trail intact")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("setup", parents=[common],
                       help="make this office's store: its profile and first administrator")
    p.add_argument("--office-code", required=True, metavar="CODE",
                   help="the office's code in receipt numbers (A-Z, 0-9; e.g. ALM01)")
    p.add_argument("--name-kk", required=True, metavar="NAME", help="the office's name in Kazakh")
    p.add_argument("--name-ru", required=True, metavar="NAME", help="the office's name in Russian")
    p.add_argument("--address", required=True, metavar="ADDRESS", help="the office's address")
    p.add_argument("--address-ru", metavar="ADDRESS", help="the address in Russian, if it differs")
    p.add_argument("--phone", metavar="PHONE")
    p.add_argument("--admin", required=True, metavar="LOGIN",
                   help="the first administrator's login (PIN from $QABYLDAU_PIN or asked twice)")
    p.add_argument("--admin-name", metavar="FULL NAME", help="the administrator's full name")
    p.set_defaults(handler=cmd_setup, sign_in=False)

    p = sub.add_parser("demo", parents=[common],
                       help="a training office: made in an empty folder, filled with a demo day")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day to fill (default: today)")
    p.add_argument("--packages", type=int, default=60)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--if-empty", action="store_true",
                   help="fill the day only when it has no packages yet")
    p.set_defaults(handler=cmd_demo, sign_in=False)

    p = sub.add_parser("check", parents=[common], help="integrity and schema check")
    p.set_defaults(handler=cmd_check, sign_in=False)
