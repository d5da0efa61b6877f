"""dispatch, verify, return, issue, overdue: the courier path from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from kiosk import clock
from kiosk.commands.common import signed_in
from kiosk.context import open_context
from kiosk.errors import InputError


def _day(text: str | None) -> dt.date:
    if not text:
        return clock.now().date()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError("date", "dispatch.date", value=text) from None


def cmd_dispatch(args: argparse.Namespace) -> int:
    from kiosk.dispatch import dispatch_day
    day = _day(args.date)
    with open_context(args.data_dir) as ctx:
        result = dispatch_day(ctx, day, args.out, signed_in(ctx, args), clock.now())
    if args.json:
        print(json.dumps({"day": day.isoformat(), "folder": str(result.folder),
                          "manifest": str(result.manifest),
                          "batches": [{"number": b.number, "destination": b.destination,
                                       "count": b.count, "new": b.new, "register": b.register,
                                       "csv": b.csv} for b in result.batches]},
                         ensure_ascii=False, indent=2))
        return 0
    if not result.batches:
        print(f"{day}: no courier packages to dispatch")
    elif not result.new_batches:
        print(f"{day}: nothing new to dispatch; the day's {len(result.batches)} batch(es) "
              f"were written again unchanged")
    for b in result.batches:
        mark = "new " if b.new else "    "
        print(f"{mark}{b.number}  {b.count:5d} packages  -> {b.destination}")
    print(f"folder: {result.folder}  (manifest: {result.manifest.name})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from kiosk.manifest import verify_folder
    report = verify_folder(args.folder)
    print(report.text(args.lang))
    return 0 if report.ok else 1


def cmd_return(args: argparse.Namespace) -> int:
    from kiosk.returns import mark_returned
    failed = 0
    with open_context(args.data_dir) as ctx:
        who = signed_in(ctx, args).login
        for number in args.numbers:
            try:
                h = mark_returned(ctx, number, who, clock.now(), lang=args.lang)
            except InputError as exc:
                failed += 1
                print(f"qabyldau: {exc.text(args.lang)}", file=sys.stderr)
                continue
            print(f"{h.number}  result ready  {h.applicant}  {h.phone}")
    return 2 if failed else 0


def cmd_issue(args: argparse.Namespace) -> int:
    from kiosk.returns import issue_result
    with open_context(args.data_dir) as ctx:
        h = issue_result(ctx, args.number, signed_in(ctx, args).login, clock.now(),
                         lang=args.lang)
    print(f"{h.number}  issued to {h.applicant}  at {h.issued_at}  by {h.issued_by}")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from kiosk.deadlines import overdue
    today = _day(args.date)
    with open_context(args.data_dir) as ctx:
        items = overdue(ctx, today)
    if args.json:
        print(json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"{today}: nothing overdue")
        return 0
    for i in items:
        what = "OVERDUE" if i.kind == "overdue" else "provider late"
        date = i.due_date if i.kind == "overdue" else i.provider_due_date
        print(f"{what:13} {i.number}  due {date}  {i.days_late} working day(s) late  "
              f"{i.status:12} {i.applicant}  {i.phone}  {i.batch or ''}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("dispatch", parents=[common],
                       help="batch a day's courier packages and write registers, CSVs, manifest")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the day's files")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_dispatch, right="dispatch")

    p = sub.add_parser("verify", parents=[common],
                       help="check a dispatch folder against its manifest (exit 1: differences)")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(handler=cmd_verify, sign_in=False)

    p = sub.add_parser("return", parents=[common],
                       help="mark results brought back by the courier as ready to issue")
    p.add_argument("numbers", nargs="+", metavar="NUMBER", help="receipt numbers")
    p.set_defaults(handler=cmd_return, right="returns")

    p = sub.add_parser("issue", parents=[common], help="hand a ready result to the applicant")
    p.add_argument("number", metavar="NUMBER", help="receipt number")
    p.set_defaults(handler=cmd_issue, right="issue")

    p = sub.add_parser("overdue", parents=[common],
                       help="packages past their due date, and providers late with results")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="as of this day (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_overdue, right="overdue")
