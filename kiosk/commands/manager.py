"""audit, register, stats, complaint, staff, catalogue: the office manager's commands.

Every one signs in first (``--login``, the PIN from $QABYLDAU_PIN or asked for) with a role
that opens the same section at the desk: audit, register, stats, complaints, catalogue for a
manager or an administrator; staff for an administrator."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from pathlib import Path
from typing import Any

from db.checks import last_event_id
from kiosk import clock
from kiosk.audit import verify
from kiosk.commands.common import NEW_PIN_ENV, ask_new_pin, dump, signed_in
from kiosk.safe_write import guard_folder, guard_output, write_atomic
from kiosk.context import open_context
from kiosk.errors import InputError

KEY_PASSPHRASE_ENV = "QABYLDAU_KEY_PASSPHRASE"


def _date(text: str | None, field: str) -> dt.date:
    if not text:
        return clock.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(field, "date.invalid") from None


def _passphrase(twice: bool = False) -> str:
    """The anchor key's passphrase: $QABYLDAU_KEY_PASSPHRASE, else asked on the terminal
    (twice for a new key)."""
    from kiosk.commands.common import _terminal
    value = os.environ.get(KEY_PASSPHRASE_ENV)
    if value:
        return value
    if not _terminal():
        raise InputError("passphrase", "anchor.no_passphrase")
    try:
        first = getpass.getpass("key passphrase: ")
        if twice and getpass.getpass("key passphrase again: ") != first:
            raise InputError("passphrase", "staff.secret_mismatch")
    except (EOFError, KeyboardInterrupt):
        raise InputError("passphrase", "anchor.no_passphrase") from None
    return first


def _audit_key(args: argparse.Namespace) -> int:
    from kiosk.anchor_keys import new_key
    from kiosk.cli import CommandError
    if not args.out:
        raise CommandError("audit key: give --out KEYFILE (keep it off this PC, e.g. on a USB stick)")
    with open_context(args.data_dir) as ctx:
        target = guard_output(ctx.folder, args.out, f"anchor-key-{ctx.office.code}.pem")
        if Path(target).exists():
            raise InputError("out", "anchor.key_exists", path=str(target))
        fp = new_key(ctx.store, signed_in(ctx, args), target, _passphrase(twice=True), clock.now())
    print(f"{target}\nkey fingerprint: {fp}  (write it down: audit verify names it)")
    return 0


def _audit_anchor(args: argparse.Namespace) -> int:
    from kiosk.anchor_keys import load_private_key, sign_document
    from kiosk.audit import anchor_document, write_anchor
    from kiosk.cli import CommandError
    if not args.out:
        raise CommandError("audit anchor: give --out FILE")
    key = load_private_key(args.sign, _passphrase()) if args.sign else None
    with open_context(args.data_dir) as ctx:
        target = guard_output(ctx.folder, args.out,
                              f"anchor-{ctx.office.code}-{clock.now():%Y-%m-%d-%H%M%S}.json")
        document = anchor_document(ctx.store, ctx.office.code, clock.now())
        if key is not None:
            document = sign_document(ctx.store, signed_in(ctx, args), document, key)
        print(write_anchor(target, ctx.office.code, document, clock.now()))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from kiosk.anchor_keys import registered_keys
    from kiosk.audit import anchor_signatures, read_anchors
    from kiosk.cli import CommandError
    if args.action == "key":
        return _audit_key(args)
    if args.action == "anchor":
        return _audit_anchor(args)
    anchors, unreadable = read_anchors(args.anchors) if args.anchors else ([], [])
    if args.anchors and not Path(args.anchors).is_dir():
        raise CommandError(f"--anchors {args.anchors}: not a folder")
    with open_context(args.data_dir) as ctx:
        report = verify(ctx.store, anchors)
        last = last_event_id(ctx.store)
        signed, bad_signatures = anchor_signatures(args.anchors, registered_keys(ctx.store)) \
            if args.anchors else ({}, [])
    unreadable = [*unreadable, *bad_signatures]
    if report.ok and not unreadable:
        extra = f", {len(anchors)} anchor(s) held" if args.anchors else ""
        keys = "".join(f"\n  {n} signed anchor(s) by key {fp}" for fp, n in signed.items())
        print(f"ok: {report.count} events, the trail is intact{extra}{keys}")
        return 0
    if report.first_broken is not None or (not report.problems and not report.ok):
        where = f"event {report.first_broken}" if report.first_broken else \
            f"the end of the trail (events after event {last} are missing)"
        print(f"BROKEN at {where}: {report.reason}")
    for problem in [*report.problems, *unreadable]:
        print(f"BROKEN: {problem}")
    return 1


def cmd_register(args: argparse.Namespace) -> int:
    from kiosk.registers import FORMATS, export_register
    day = _date(args.date, "date")
    formats = tuple(args.format) if args.format else FORMATS
    with open_context(args.data_dir) as ctx:
        for path in export_register(ctx, day, guard_folder(ctx.folder, args.out), formats,
                                    lang=args.lang, by=signed_in(ctx, args),
                                    full_iins=args.full_iins):
            print(path)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kiosk.stats import office_stats
    start = _date(args.date_from, "from")
    end = _date(args.date_to, "to") if args.date_to else start
    if start > end:
        raise InputError("from", "period.invalid")
    with open_context(args.data_dir) as ctx:
        stats = office_stats(ctx, start, end, lang=args.lang if args.lang != "en" else "ru")
    if args.xlsx:
        from kiosk.stats import stats_xlsx
        out = Path(args.xlsx)
        if not out.parent.is_dir():
            raise InputError("xlsx", "queue.out_folder", folder=str(out.parent))
        print(stats_xlsx(stats, out, args.lang))
    d = stats.to_dict()
    if args.json:
        dump(d)
        return 0
    print(f"{d['from']} .. {d['to']}: {d['packages']} packages, {d['accepted']} accepted, "
          f"{d['refused']} refused, {d['overdue']} overdue")
    for name, t in (("waiting", d["waiting"]), ("service", d["service"])):
        share = "—" if t["within_share"] is None else f"{t['within_share']:.0%}"
        print(f"  {name}: {t['count']} tickets, mean {t['mean_min']} min, p90 {t['p90_min']} min, "
              f"within limit {share}")
    for sid, s in d["by_service"].items():
        print(f"  {s['name']}: {s['packages']} ({s['accepted']} accepted, {s['refused']} refused)")
    for number, w in d["by_window"].items():
        print(f"  window {number}: {w['served']} served of {w['called']} called, waiting mean "
              f"{w['waiting']['mean_min']} p90 {w['waiting']['p90_min']} min, service mean "
              f"{w['service']['mean_min']} p90 {w['service']['p90_min']} min")
    return 0


def _received(text: str | None, now: dt.datetime) -> dt.date | dt.datetime:
    """--received: "YYYY-MM-DD HH:MM" (or a date alone for a paper registered later);
    default: now."""
    if not text:
        return now.replace(microsecond=0)
    try:
        if len(text.strip()) <= 10:
            return dt.date.fromisoformat(text.strip())
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError("received", "date.invalid", value=text) from None


def cmd_complaint_add(args: argparse.Namespace) -> int:
    from kiosk.complaints import add_complaint, complaint_slip_pdf
    with open_context(args.data_dir) as ctx:
        slip = guard_output(ctx.folder, args.slip, f"complaint-{args.number}.pdf",
                            field="slip") if args.slip else None
        who = signed_in(ctx, args)
        now = clock.now()
        c = add_complaint(ctx, who, incoming_number=args.number,
                          received=_received(args.received, now), applicant=args.applicant,
                          text=args.text, phone=args.phone or "",
                          postal_address=args.address or "", addressed_to=args.to,
                          answer_place=args.answer_place or "",
                          package_number=args.package or "", now=now)
        print(f"{c.incoming_number}: received {c.received_at}, to {c.addressed_to}, "
              f"answer due {c.answer_due} ({c.answer_days} working days) at {c.answer_place}")
        if slip is not None:
            write_atomic(slip, complaint_slip_pdf(ctx, c.incoming_number))
            print(slip)
    return 0


def cmd_complaint_list(args: argparse.Namespace) -> int:
    from kiosk.complaints import list_complaints
    with open_context(args.data_dir) as ctx:
        today = clock.today()
        items = list_complaints(ctx, open_only=args.open)
        if args.json:
            dump([{**c.__dict__, "overdue": c.overdue(today)} for c in items])
            return 0
        for c in items:
            mark = " OVERDUE" if c.overdue(today) else (" answered" if c.answered_at else "")
            print(f"{c.incoming_number}\t{c.received_at}\tdue {c.answer_due}\t{c.applicant}{mark}")
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    from kiosk.staff import add_employee, list_staff, require, set_active, set_secret
    with open_context(args.data_dir) as ctx:
        who = signed_in(ctx, args)
        if args.action == "list":
            require(who, "staff")
            rows = list_staff(ctx.store)
            if args.json:
                dump([{k: r[k] for k in ("login", "full_name", "role", "active",
                                         "locked_until", "created_at")} for r in rows])
                return 0
            for r in rows:
                state = "active" if r["active"] else "disabled"
                print(f"{r['login']}\t{r['role']}\t{state}\t{r['full_name']}")
            return 0
        if not args.account_login:
            raise InputError("login", "staff.login_invalid")
        if args.action == "add":
            if not args.role:
                raise InputError("role", "staff.role_unknown", role="")
            pin = ask_new_pin(args.account_login, NEW_PIN_ENV)
            e = add_employee(ctx.store, who, args.account_login, args.name or "", args.role, pin,
                             now=clock.now())
            print(f"{e.login}: {e.role}, {e.full_name}")
        elif args.action == "disable":
            set_active(ctx.store, who, args.account_login, False, now=clock.now())
            print(f"{args.account_login.strip().lower()}: disabled")
        elif args.action == "enable":
            set_active(ctx.store, who, args.account_login, True, now=clock.now())
            print(f"{args.account_login.strip().lower()}: enabled")
        else:  # pin
            pin = ask_new_pin(args.account_login, NEW_PIN_ENV)
            set_secret(ctx.store, who, args.account_login, pin, now=clock.now())
            print(f"{args.account_login.strip().lower()}: new PIN set")
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from kiosk.catalogue_admin import diff_catalogues, read_catalogue, store_catalogue
    new = read_catalogue(args.file)
    with open_context(args.data_dir) as ctx:
        if args.action == "diff":
            diff = diff_catalogues(ctx.catalogue, new)
        else:
            diff = store_catalogue(ctx, signed_in(ctx, args), new,
                                   activate=args.action == "activate", now=clock.now())
        print(f"{diff.old_version} -> {diff.new_version}")
        for line in diff.lines() or ["(no changes)"]:
            print(f"  {line}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    signer = argparse.ArgumentParser(add_help=False)
    signer.add_argument("--login", help="who does it (PIN from $QABYLDAU_PIN or asked for)")

    p = sub.add_parser("audit", parents=[common],
                       help="verify: check the event trail (hash chain, audited rows, anchors); "
                            "anchor: export the trail's head (--sign: signed with the administrator's "
                            "key); key: make the administrator's anchor key")
    p.add_argument("action", choices=("verify", "anchor", "key"))
    p.add_argument("--anchors", metavar="DIR",
                   help="verify: anchor files and dispatch manifests the trail must still hold")
    p.add_argument("--out", metavar="FILE", help="anchor: the file (or folder) to write; "
                                                 "key: the private key file to make")
    p.add_argument("--sign", metavar="KEYFILE",
                   help="anchor: sign it with the administrator's key (passphrase from "
                        "$QABYLDAU_KEY_PASSPHRASE or asked for)")
    p.set_defaults(handler=cmd_audit, right="audit")

    p = sub.add_parser("register", parents=[common], help="the daily register (PDF, CSV, XLSX)")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--out", metavar="DIR", default=".")
    p.add_argument("--format", action="append", choices=("pdf", "csv", "xlsx"))
    p.add_argument("--full-iins", action="store_true",
                   help="full IINs instead of masked ones (recorded in the audit trail)")
    p.set_defaults(handler=cmd_register, right="registers")

    p = sub.add_parser("stats", parents=[common], help="statistics for a day or a period")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", metavar="FILE.xlsx",
                   help="also write the statistics workbook (by window, service, employee)")
    p.set_defaults(handler=cmd_stats, right="statistics")

    p = sub.add_parser("complaint", parents=[common], help="register and list complaints")
    csub = p.add_subparsers(dest="complaint_action", required=True)
    a = csub.add_parser("add", parents=[common], help="register a complaint")
    a.add_argument("--number", required=True, help="incoming number")
    a.add_argument("--received", metavar="'YYYY-MM-DD HH:MM'",
                   help="date and time received (seed 000 l.237); default: now")
    a.add_argument("--applicant", required=True, help="complainant's surname, name, patronymic")
    a.add_argument("--address", help="complainant's postal address (seed 000 l.33)")
    a.add_argument("--text", required=True)
    a.add_argument("--phone", help="complainant's phone (seed 000 l.33)")
    a.add_argument("--to", choices=("provider_head", "state_corporation_head", "quality_body"),
                   help="whom it is addressed to: the provider's head (5 working days), the "
                        "State Corporation's head for its staff (seed 002 l.44; default at a "
                        "State Corporation centre), the quality-control body (15 working days)")
    a.add_argument("--answer-place", help="where the answer will be given (default: this office)")
    a.add_argument("--package", help="receipt number the complaint is about")
    a.add_argument("--slip", metavar="FILE.pdf", help="write the confirmation slip")
    a.set_defaults(handler=cmd_complaint_add, right="complaints")
    a = csub.add_parser("list", parents=[common], help="list complaints")
    a.add_argument("--open", action="store_true", help="only those not answered")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_complaint_list, right="complaints")

    p = sub.add_parser("staff", parents=[common],
                       help="the office's staff accounts: list, add, disable, enable, pin")
    p.add_argument("action", choices=("list", "add", "disable", "enable", "pin"))
    p.add_argument("account_login", nargs="?", metavar="LOGIN",
                   help="the account to add, disable, enable or give a new PIN")
    p.add_argument("--name", metavar="FULL NAME", help="full name, as printed on receipts (add)")
    p.add_argument("--role", choices=("clerk", "dispatcher", "manager", "administrator"),
                   help="role (add)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_staff)  # a PIN of one's own needs no staff right

    p = sub.add_parser("catalogue", parents=[common],
                       help="compare, import or activate a catalogue file")
    p.add_argument("action", choices=("diff", "import", "activate"))
    p.add_argument("file")
    p.set_defaults(handler=cmd_catalogue, right="catalogue")
