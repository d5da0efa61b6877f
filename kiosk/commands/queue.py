"""queue: the office's one queue from the command line, thin doors onto kiosk.queue (and
kiosk.announce for ``announce``).  The commands that change the queue (issue, call, recall,
no-show, redirect, pause, resume, windows with changes) sign in first (``--login``, PIN from
$QABYLDAU_PIN or asked for); ``board`` and ``announce`` only read."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from kiosk import clock, queue
from kiosk.commands.common import dump, signed_in
from kiosk.context import Context, open_context
from kiosk.errors import InputError, message
from kiosk.staff import require


def _desk_code(ctx: Context) -> str:
    return str(ctx.station_code)


def _ticket_of(ctx: Context, code: str) -> queue.Ticket:
    found = queue.ticket_by_barcode(ctx, code)
    if found is None:
        raise InputError("code", "queue.unknown_ticket", ticket=code)
    return found


def _ticket_dict(ctx: Context, t: queue.Ticket) -> dict[str, Any]:
    return {"id": t.id, "code": t.code, "category": t.category, "line": t.line,
            "service": t.service_id, "status": t.status, "window": t.window,
            "redirect_window": t.redirect_window, "recalls": t.recalls,
            "issued_at": t.issued_at.isoformat(sep=" "),
            "called_at": t.called_at.isoformat(sep=" ") if t.called_at else None,
            "waiting_min": t.waiting_min, "barcode": t.barcode}


def cmd_issue(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        signed_in(ctx, args)
        now = clock.now()
        t = queue.issue_ticket(ctx, args.service, lang=args.ticket_lang or args.lang, now=now)
        ahead = len(queue.people_ahead(ctx, t.line, before_id=t.id, now=now))
        wait = queue.estimate_wait(ctx, t.line, before_id=t.id, now=now)
        if args.json:
            dump({**_ticket_dict(ctx, t), "people_ahead": ahead, "estimate_min": wait})
        else:
            print(f"{t.code}\t{t.barcode}\tahead {ahead}\t~{wait} min")
    return 0


def cmd_call(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        who = signed_in(ctx, args)
        require(who, "queue")
        t = queue.call_next(ctx, _desk_code(ctx), window=args.window,
                            category=args.category, request_id=args.request_id or uuid.uuid4().hex,
                            now=clock.now())
        if t is None:
            print(f"qabyldau: {message('queue.no_one_waiting', args.lang)}", file=sys.stderr)
            return 1
        if args.json:
            dump(_ticket_dict(ctx, t))
        else:
            print(f"{t.code}\twindow {t.window}")
    return 0


def cmd_recall(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        require(signed_in(ctx, args), "queue")
        found = _ticket_of(ctx, args.code)
        window = args.window or found.window or queue.station_window(ctx)
        t = queue.recall(ctx, found.id, _desk_code(ctx), window=window, now=clock.now())
        if args.json:
            dump(_ticket_dict(ctx, t))
        elif t.status == "no_show":
            print(f"{t.code}\tno-show after {t.recalls} recalls")
        else:
            print(f"{t.code}\twindow {t.window}\trecall {t.recalls}")
    return 0


def cmd_no_show(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        require(signed_in(ctx, args), "queue")
        t = queue.no_show(ctx, _ticket_of(ctx, args.code).id, now=clock.now())
        print(f"{t.code}\tno-show")
    return 0


def cmd_redirect(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        require(signed_in(ctx, args), "queue")
        t = queue.redirect(ctx, _ticket_of(ctx, args.code).id, category=args.category,
                           window=args.window, now=clock.now())
        where = f"window {t.redirect_window}" if t.redirect_window else f"line {t.line}"
        print(f"{t.code}\twaiting for {where}")
    return 0


def cmd_pause(args: argparse.Namespace) -> int:
    paused = args.queue_action == "pause"
    with open_context(args.data_dir) as ctx:
        who = signed_in(ctx, args)
        require(who, "queue")
        queue.pause_window(ctx, args.window, paused, employee=who.login, now=clock.now())
        print(f"window {args.window}: {'on a break' if paused else 'calling'}")
    return 0


def _switch(text: str | None, name: str) -> bool | None:
    if text is None:
        return None
    if text in ("on", "off"):
        return text == "on"
    raise InputError(name, "field.type")


def _windows_arg(items: list[str]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for item in items:
        number, _, letters = item.partition("=")
        if not number.strip().isdigit():
            raise InputError("window", "queue.window_number", window=number)
        cats = tuple(c.strip().upper() for c in letters.split(",") if c.strip())
        out[int(number)] = cats
    return out


def cmd_windows(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        current = queue.queue_settings(ctx)
        changes = (args.set or args.all or args.no_show_after is not None or args.board
                   or args.voice or args.volume is not None)
        if changes:
            who = signed_in(ctx, args)
            windows = dict(current.windows)
            for number in args.all or []:
                windows.pop(number, None)
            windows.update(_windows_arg(args.set or []))
            board, voice = _switch(args.board, "board"), _switch(args.voice, "voice")
            current = queue.save_queue_settings(ctx, queue.QueueSettings(
                windows=windows,
                no_show_after=current.no_show_after if args.no_show_after is None
                else args.no_show_after,
                board=current.board if board is None else board,
                voice=current.voice if voice is None else voice,
                volume=current.volume if args.volume is None else args.volume),
                by=who, now=clock.now())
        paused = queue.paused_windows(ctx)
        if args.json:
            dump({**current.to_dict(), "paused": sorted(paused)})
            return 0
        for number, cats in sorted(current.windows.items()):
            print(f"window {number}\t{','.join(cats)}" + ("\ton a break" if number in paused else ""))
        print("other windows\tevery category")
        print(f"no-show after {current.no_show_after} recalls; hall display "
              f"{'yes' if current.board else 'no'}; voice {'on' if current.voice else 'off'}, "
              f"volume {current.volume}")
    return 0


def cmd_board(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        b = queue.board(ctx, now=clock.now())
        if args.json:
            dump(b.to_dict())
            return 0
        print(f"{b.office_kk}\n{b.office_ru}\n{b.now:%H:%M}")
        if not b.accepting:
            print("acceptance closed / қабылдау жабық / приём закрыт")
        for c in b.calls:
            print(f"{c.code}\t-> window {c.window}")
        for letter, n in b.waiting.items():
            name = queue.CATEGORY_NAMES[letter]
            print(f"{letter} {name['kk']} / {name['ru']}\twaiting {n}\t~{b.estimates[letter]} min")
        print("help: " + ", ".join(b.help_lines))
    return 0


def cmd_announce(args: argparse.Namespace) -> int:
    from kiosk.announce import AnnounceError, write_announcement
    out = Path(args.out)
    if not out.parent.is_dir():
        raise InputError("out", "queue.out_folder", folder=str(out.parent))
    with open_context(args.data_dir) as ctx:
        volume = queue.queue_settings(ctx).volume
    try:
        write_announcement(out, args.code, args.window, (args.lang,), volume=volume)
    except AnnounceError as exc:
        from kiosk.cli import CommandError
        raise CommandError(str(exc)) from None
    print(out)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    signer = argparse.ArgumentParser(add_help=False)
    signer.add_argument("--login", help="who does it (PIN from $QABYLDAU_PIN or asked for)")
    p = sub.add_parser("queue", parents=[common],
                       help="the office's queue: issue, call, recall, no-show, board, announce")
    qsub = p.add_subparsers(dest="queue_action", required=True)

    a = qsub.add_parser("issue", parents=[common, signer], help="a ticket, as the kiosk gives it")
    a.add_argument("--service", help="service id (none: a consultation, category D)")
    a.add_argument("--ticket-lang", choices=("kk", "ru", "en"), help="the applicant's language")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_issue)

    a = qsub.add_parser("call", parents=[common, signer],
                        help="call the next ticket to a window (exit 1: no one waiting)")
    a.add_argument("--window", type=int, required=True, metavar="N")
    a.add_argument("--category", metavar="LETTER",
                   help="only where the office lets windows choose a category")
    a.add_argument("--request-id", metavar="ID",
                   help="repeat a call whose answer was lost: the same id gives the same ticket")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_call)

    a = qsub.add_parser("recall", parents=[common, signer],
                        help="call a ticket again (a no-show after the office's N recalls)")
    a.add_argument("code", help="ticket code of today (A012) or its barcode")
    a.add_argument("--window", type=int, metavar="N", help="default: the window it was called to")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_recall)

    a = qsub.add_parser("no-show", parents=[common, signer],
                        help="the called applicant did not come")
    a.add_argument("code")
    a.set_defaults(handler=cmd_no_show)

    a = qsub.add_parser("redirect", parents=[common, signer],
                        help="send a ticket to another category's line or to one window")
    a.add_argument("code")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--category", metavar="LETTER")
    target.add_argument("--window", type=int, metavar="N")
    a.set_defaults(handler=cmd_redirect)

    for action, text in (("pause", "a window's break: nothing is called to it"),
                         ("resume", "the window calls again")):
        a = qsub.add_parser(action, parents=[common, signer], help=text)
        a.add_argument("--window", type=int, required=True, metavar="N")
        a.set_defaults(handler=cmd_pause)

    a = qsub.add_parser("windows", parents=[common, signer],
                        help="which categories each window serves, and the queue's settings")
    a.add_argument("--set", action="append", metavar="N=A,B",
                   help="window N serves these categories (repeat for more windows)")
    a.add_argument("--all", action="append", type=int, metavar="N",
                   help="window N serves every category again")
    a.add_argument("--no-show-after", type=int, metavar="N", help="recalls before a no-show")
    a.add_argument("--board", choices=("on", "off"), help="the office has a hall display")
    a.add_argument("--voice", choices=("on", "off"), help="the display announces calls")
    a.add_argument("--volume", type=int, metavar="0-100")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_windows)

    a = qsub.add_parser("board", parents=[common], help="what the hall display shows")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_board)

    a = qsub.add_parser("announce", help="write one announcement (chime and speech) to a WAV")
    a.add_argument("--data-dir", metavar="DIR", default=None, help="office data folder")
    a.add_argument("code", help="ticket code, e.g. A012")
    a.add_argument("--window", type=int, required=True, metavar="N")
    a.add_argument("--lang", choices=("kk", "ru"), required=True,
                   help="the announcement's language (also of messages)")
    a.add_argument("--out", required=True, metavar="FILE.wav")
    a.set_defaults(handler=cmd_announce)
