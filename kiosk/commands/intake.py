"""services, accept, receipt, lookup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from db.packages import STATUSES, find_packages
from kiosk import clock
from kiosk.commands.common import dump, signed_in
from kiosk.context import open_context
from kiosk.documents.model import FORMATS
from kiosk.errors import InputError
from kiosk.intake import accept_package, parse_request_json
from kiosk.receipts import PackageNotFound, record_reprint, save_receipt
from kiosk.safe_write import guard_output
from kiosk.station import check_station


def cmd_services(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        services = ctx.catalogue.services if args.all else ctx.catalogue.active()
        if args.json:
            dump([{"id": s.id, "registry_code": s.registry_code, "name": s.name.to_dict(),
                    "status": s.status, "information_only": s.information_only,
                    "courier": s.courier, "documents": [d.to_dict() for d in s.documents]}
                   for s in services])
            return 0
        lang = args.lang if args.lang in ("kk", "ru") else "en"
        print(f"catalogue {ctx.catalogue.version}")
        for s in services:
            flags = []
            if s.status != "active":
                flags.append(s.status)
            if s.information_only:
                flags.append("information only")
            if s.courier:
                flags.append("courier")
            if not s.documents:
                flags.append("no document list")
            code = s.registry_code or s.code
            extra = f"  [{', '.join(flags)}]" if flags else ""
            print(f"{s.id:28} {code:9} {s.short_name.get(lang)}{extra}")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from kiosk.cli import CommandError
    path = Path(args.json)
    try:
        text = sys.stdin.read() if args.json == "-" else path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read {args.json}: {exc}") from None
    with open_context(args.data_dir) as ctx:
        check_station(ctx.store, ctx.station_code)  # another PC running this code: exit 2
        request = parse_request_json(ctx.catalogue, text)
        result = accept_package(ctx, request, employee=signed_in(ctx, args).login,
                                now=clock.now())
        # the package is stored: whatever happens to its PDF, its number is reported
        pdf: Path | None = None
        warning = None
        try:
            pdf = save_receipt(ctx, result.number, fmt=args.format)
        except OSError as exc:
            warning = (f"{result.number} is stored, but its receipt could not be written "
                       f"({exc.strerror or exc}); print it again with: qabyldau receipt "
                       f"{result.number} --out FILE --data-dir \"{ctx.folder}\"")
            print(f"qabyldau: warning: {warning}", file=sys.stderr)
        out = {"outcome": result.outcome, "number": result.number,
               "pdf": str(pdf) if pdf else None, "missing": list(result.missing),
               "due_date": result.due_date.isoformat() if result.due_date else None}
        if warning:
            out["warning"] = warning
        dump(out)
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from kiosk.cli import CommandError
    number = args.number.strip().upper()
    with open_context(args.data_dir) as ctx:
        out = guard_output(ctx.folder, args.out, f"{number}.pdf")
        try:
            path = save_receipt(ctx, number, out, args.format)
        except PackageNotFound as exc:
            raise CommandError(str(exc), 1) from None
        record_reprint(ctx, args.number.strip().upper(), signed_in(ctx, args).login, clock.now(),
                       to="file")
        print(path)
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    if args.date:
        try:
            import datetime as dt
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise InputError("date", "field.type") from None
    if not 1 <= args.limit <= 10_000:
        raise InputError("limit", "option.range", option="--limit", low=1, high=10_000,
                         value=str(args.limit)[:20])
    with open_context(args.data_dir) as ctx:
        rows = find_packages(ctx.store, args.query, day=args.date, status=args.status,
                             limit=args.limit)
        names = {s.id: s for s in ctx.catalogue.services}
        if args.json:
            dump([{"number": r["number"], "status": r["status"], "outcome": r["outcome"],
                    "service": r["service_id"], "surname": r["surname"], "name": r["name"],
                    "iin": r["iin"], "accepted_at": r["accepted_at"], "due_date": r["due_date"],
                    "missing": r["missing"]} for r in rows])
            return 0
        if not rows:
            print("nothing found")
            return 0
        lang = args.lang if args.lang in ("kk", "ru") else "en"
        for r in rows:
            svc = names.get(r["service_id"])
            title = svc.short_name.get(lang) if svc else r["service_id"]
            print(f"{r['number']}  {r['accepted_at'][:16]}  {r['status']:12} "
                  f"{r['surname']} {r['name']}  {r['iin']}  {title}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("services", parents=[common], help="list the services of the catalogue")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include repealed services")
    p.set_defaults(handler=cmd_services, sign_in=False)

    p = sub.add_parser("accept", parents=[common], help="accept (or refuse) a package from a JSON file")
    p.add_argument("--json", required=True, metavar="FILE", help="request file, or - for stdin")
    p.add_argument("--format", choices=FORMATS, default=None, help="receipt paper format")
    p.set_defaults(handler=cmd_accept, right="intake")

    p = sub.add_parser("receipt", parents=[common], help="reprint a receipt")
    p.add_argument("number")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default=None)
    p.set_defaults(handler=cmd_receipt, right="package")

    p = sub.add_parser("lookup", parents=[common], help="find packages by number, IIN or surname")
    p.add_argument("query", nargs="?", default=None)
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_lookup, right="package")
