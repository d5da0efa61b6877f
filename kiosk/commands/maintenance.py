"""demo, check."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from db import checks
from db.events import verify_chain
from kiosk import clock
from kiosk.context import open_context
from kiosk.demo import fill_demo_day
from kiosk.errors import InputError
from kiosk.station import check_station


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.date) if args.date else clock.today()
    except ValueError:
        raise InputError("date", "field.type") from None
    if not 1 <= args.packages <= 100_000:
        raise InputError("packages", "field.type")
    with open_context(args.data_dir) as ctx:
        check_station(ctx.store, ctx.station_code)  # another PC running this code: exit 2
        results = fill_demo_day(ctx, day, args.packages, seed=args.seed)
        refused = sum(1 for r in results if r.outcome == "refused")
        print(f"{ctx.office.name_kk}: {len(results)} packages on {day.isoformat()} "
              f"({len(results) - refused} accepted, {refused} refused); data in {ctx.folder}")
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
    p = sub.add_parser("demo", parents=[common], help="fill a realistic demo day")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--packages", type=int, default=60)
    p.add_argument("--seed", type=int, default=None)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="integrity and schema check")
    p.set_defaults(handler=cmd_check)
