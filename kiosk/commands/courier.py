"""dispatch, verify, return, issue, overdue: the courier path from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from kiosk import clock
from kiosk.commands.common import signed_in
from kiosk.context import open_context
from kiosk.errors import InputError
from kiosk.safe_write import guard_folder


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
        out = guard_folder(ctx.folder, args.out)
        result = dispatch_day(ctx, day, out, signed_in(ctx, args), clock.now())
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
    names = {"overdue": "OVERDUE", "provider_late": "provider late", "not_back": "not back"}
    for i in items:
        what = f"late {i.step}" if i.kind == "step_late" else names[i.kind]
        date = i.provider_due_date if i.kind == "provider_late" else i.due_date
        print(f"{what:13} {i.number}  due {date}  {i.days_late} working day(s) late  "
              f"{i.status:12} {i.applicant}  {i.phone}  {i.batch or ''}")
    return 0


def cmd_result(args: argparse.Namespace) -> int:
    """S2's result recorded on the package and printed for the seal and signature (seed 002
    l.37-39)."""
    from kiosk.preschool_result import preschool_result_pdf, record_preschool_result
    kind = "referral" if args.referral else "queue_notification"
    with open_context(args.data_dir) as ctx:
        r = record_preschool_result(ctx, args.number, kind,
                                    employee=signed_in(ctx, args).login,
                                    child=args.child, queue_number=args.queue_number,
                                    organisation=args.referral or "", group=args.group or "",
                                    now=clock.now())
        what = f"queue number {r.queue_number}" if r.queue_number else f"referral to {r.organisation}"
        print(f"{r.number}  result ready: {what}")
        if args.out:
            Path(args.out).write_bytes(preschool_result_pdf(ctx, r.number))
            print(args.out)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """The stage of one package (seed 003 l.117) for staff answering the phone or a letter."""
    from kiosk.stage import package_stage
    with open_context(args.data_dir) as ctx:
        st = package_stage(ctx, args.number, lang=args.lang, scanned=True)
    if args.json:
        print(json.dumps(st.to_dict(), ensure_ascii=False, indent=2))
        return 0
    due = f"  due {st.due_date}" if st.due_date else ""
    print(f"{st.number}  {st.text}{due}")
    if st.collect_at:
        print(f"  {st.collect_at}")
    return 0


def cmd_stages(args: argparse.Namespace) -> int:
    """The day's stage changes for the monitoring information system (seed 003 l.139)."""
    from kiosk.stage import export_stage_changes
    with open_context(args.data_dir) as ctx:
        paths = export_stage_changes(ctx, _day(args.date), args.out)
    for p in paths:
        print(p)
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from kiosk.deadlines import hand_over
    with open_context(args.data_dir) as ctx:
        done = hand_over(ctx, args.numbers, signed_in(ctx, args).login, clock.now())
    for number in done:
        print(f"{number}  handed over to the dispatch desk")
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

    p = sub.add_parser("result", parents=[common],
                       help="S2: record the queue notification (with the queue number) or the "
                            "referral to a preschool organisation and print it (seed 002 l.37)")
    p.add_argument("number", metavar="NUMBER", help="receipt number")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--queue-number", type=int, metavar="N")
    what.add_argument("--referral", metavar="ORGANISATION")
    p.add_argument("--group", help="the group of the referral")
    p.add_argument("--child", required=True, help="the child's surname, name, patronymic")
    p.add_argument("--out", metavar="FILE.pdf", help="write the paper to print")
    p.set_defaults(handler=cmd_result, right="returns")

    p = sub.add_parser("status", parents=[common],
                       help="the stage of a package: stage, due date, where to collect")
    p.add_argument("number", metavar="NUMBER", help="receipt number")
    p.add_argument("--json", action="store_true", help="JSON with stage, due_date, ...")
    p.set_defaults(handler=cmd_status, right="package")

    p = sub.add_parser("stages", parents=[common],
                       help="export a day's stage changes (CSV and JSON) for the monitoring "
                            "information system")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler=cmd_stages, right="registers")

    p = sub.add_parser("handover", parents=[common],
                       help="record accepted courier packages handed to the dispatch desk "
                            "(within 30 minutes, seed 004 l.287)")
    p.add_argument("numbers", nargs="+", metavar="NUMBER", help="receipt numbers")
    p.set_defaults(handler=cmd_handover, right="package")

    p = sub.add_parser("overdue", parents=[common],
                       help="packages past their due date, and providers late with results")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="as of this day (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_overdue, right="overdue")
