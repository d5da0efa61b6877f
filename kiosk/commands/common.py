"""What several command modules share: JSON output and signing in for commands that change
office data (``--login``, the PIN from $QABYLDAU_PIN or asked for on the terminal)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
from typing import Any

from kiosk import clock
from kiosk.context import Context
from kiosk.staff import Employee, ensure_demo_staff, sign_in

__all__ = ["dump", "signed_in"]


def dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def signed_in(ctx: Context, args: argparse.Namespace) -> Employee:
    """The employee behind ``--login``; a wrong PIN raises the sign-in's InputError.  With no
    terminal to ask the PIN on and no $QABYLDAU_PIN, says so (exit 2) instead of a traceback."""
    from kiosk.cli import CommandError  # the cli module imports this one
    if not args.login:
        raise CommandError("this command changes office data: give --login (PIN from "
                           "$QABYLDAU_PIN or asked for)")
    ensure_demo_staff(ctx.store, now=clock.now())
    try:
        pin = os.environ.get("QABYLDAU_PIN") or getpass.getpass(f"PIN for {args.login}: ")
    except (EOFError, KeyboardInterrupt):
        raise CommandError(f"no PIN for {args.login}: set $QABYLDAU_PIN or run the command "
                           "in a terminal") from None
    return sign_in(ctx.store, args.login, pin, now=clock.now())
