"""The ``qabyldau`` command line: a thin door onto the same core functions as the GUI.

Every command takes ``--data-dir`` and, except ``services``, ``check``, ``verify``, ``demo``
and ``setup``, signs in with ``--login`` (kiosk.commands.common).  Bad input exits 2 with a
message naming the field, in the language of ``--lang`` (or the system's: kk, ru, else en);
nothing is stored then.  Files the commands write are the user's only (umask 077).
"""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from typing import Callable, Sequence

from db.store import StoreBusy, StoreError, StoreUnavailable
from kiosk.catalogue import CatalogueError
from kiosk.commands import MODULES
from kiosk.commands.common import add_login_option, sign_in_command
from kiosk.errors import InputError, message
from kiosk.station import StationError, StationTaken

__all__ = ["main", "CommandError"]

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A command that cannot go on; exit code and message for the person at the terminal."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def default_lang() -> str:
    env = os.environ.get("QABYLDAU_LANG") or os.environ.get("LANG", "")
    for lang in ("kk", "ru"):
        if env.startswith(lang):
            return lang
    return "en"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=None,
                        help="office data folder (default: $QABYLDAU_HOME or the per-user data folder)")
    common.add_argument("--lang", choices=("kk", "ru", "en"), default=None,
                        help="language of messages (default: from the system)")
    common.add_argument("--store", metavar="URL", default=None,
                        help="the office's store: a postgresql:// URI of the office server or "
                             "an embedded store file (default: $QABYLDAU_STORE, else the "
                             "station file's store, else the data folder's embedded store)")
    parser = argparse.ArgumentParser(
        prog="qabyldau",
        description="Qabyldau: document intake at a public-service front office.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in MODULES:
        module.register(sub, common)
    _give_login(parser)
    return parser


def _give_login(parser: argparse.ArgumentParser) -> None:
    """Every command (each leaf parser) takes ``--login``; a module may declare its own."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        if "--login" not in parser._option_string_actions:
            add_login_option(parser)
        return
    for child in subs[0].choices.values():
        _give_login(child)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or default_lang()
    if getattr(args, "store", None):
        # every command opens its office through open_context, which reads this
        os.environ["QABYLDAU_STORE"] = args.store
    handler: Handler = args.handler
    if os.name == "posix":
        os.umask(0o077)  # the store, backups, receipts and exports: the user's only
    try:
        _check_numbers(args)
        if getattr(args, "sign_in", True):
            args.account = sign_in_command(args)
        return handler(args)
    except InputError as exc:
        where = f"{exc.field}: " if exc.field else ""
        print(f"qabyldau: {where}{exc.text(args.lang)}", file=sys.stderr)
        return 2
    except CatalogueError as exc:
        print(f"qabyldau: {exc}", file=sys.stderr)
        return 2
    except StationTaken as exc:
        print(f"qabyldau: {exc.text(args.lang)}", file=sys.stderr)
        return 2
    except StationError as exc:
        print(f"qabyldau: {message('station.file', args.lang)}: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"qabyldau: {exc}", file=sys.stderr)
        return exc.code
    except StoreBusy:
        from db.dialect import lock_wait_s
        print(f"qabyldau: {message('store.busy', args.lang, seconds=f'{lock_wait_s():g}')}",
              file=sys.stderr)
        return 3
    except StoreUnavailable as exc:
        text = message("store.unavailable", args.lang, address=exc.address,
                       reason=exc.reason) if exc.address else str(exc)
        print(f"qabyldau: {text}", file=sys.stderr)
        return 3
    except StoreError as exc:
        print(f"qabyldau: {exc}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        return 0
    except OSError as exc:   # a full disk, a folder that cannot be written: a message
        where = exc.filename or "the data folder"
        code = "out.disk_full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "out.not_writable"
        print(f"qabyldau: {message(code, args.lang, path=str(where), detail=exc.strerror or exc)}",
              file=sys.stderr)
        return 3
    except sqlite3.OperationalError as exc:
        full = "full" in str(exc)
        text = message("store.disk_full", args.lang) if full else \
            message("store.io", args.lang, detail=str(exc))
        print(f"qabyldau: {text}", file=sys.stderr)
        return 3
    except OverflowError:
        print(f"qabyldau: {message('option.range', args.lang, option='number', low=0, high=_INT_MAX, value='…')}",
              file=sys.stderr)
        return 2


_INT_MAX = 2 ** 63 - 1


def _check_numbers(args: argparse.Namespace) -> None:
    """Whole numbers of the options fit the store's integers (no OverflowError later)."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, int) and not isinstance(v, bool) and not -_INT_MAX <= v <= _INT_MAX:
                raise InputError(name, "option.range", option=f"--{name.replace('_', '-')}",
                                 low=-_INT_MAX, high=_INT_MAX, value=str(v)[:20] + "…")
