"""What the command modules share: JSON output, asking for PINs, and signing in.

Every command signs in (``--login LOGIN``, the PIN from $QABYLDAU_PIN or asked for on the
terminal) except those that change nothing of an office's work or make a store: ``services``,
``check``, ``verify`` (a dispatch folder), ``demo``, ``setup`` and ``--help``.  A command says
which right it needs with ``set_defaults(right=...)`` — a desk section of kiosk.staff
(``intake``, ``dispatch``, ``audit``, …) or a command right (``backup``, ``restore``) — and
``set_defaults(sign_in=False)`` when it needs none; a command that says nothing needs any
signed-in employee.  :func:`kiosk.cli.main` signs in before the command runs and puts the
employee in ``args.account``, so the employee stored and printed is always the signed-in one."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from kiosk import clock
from kiosk.context import Context, open_context
from kiosk.errors import InputError
from kiosk.staff import Employee, require, sign_in

__all__ = ["dump", "signed_in", "sign_in_command", "ask_pin", "ask_new_pin", "PIN_ENV",
           "NEW_PIN_ENV", "add_login_option"]

PIN_ENV = "QABYLDAU_PIN"
NEW_PIN_ENV = "QABYLDAU_NEW_PIN"


def dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def add_login_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--login", metavar="LOGIN",
                        help="who runs the command (PIN from $QABYLDAU_PIN or asked for)")


def _terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_pin(login: str) -> str:
    """$QABYLDAU_PIN, else asked once on the terminal (not echoed)."""
    pin = os.environ.get(PIN_ENV)
    if pin:
        return pin
    if not _terminal():
        raise InputError("", "staff.no_pin", login=login)
    try:
        return getpass.getpass(f"PIN ({login}): ")
    except (EOFError, KeyboardInterrupt):
        raise InputError("", "staff.no_pin", login=login) from None


def ask_new_pin(login: str, env: str = NEW_PIN_ENV) -> str:
    """A new PIN: from ``env``, else asked twice on the terminal; the two must agree."""
    pin = os.environ.get(env)
    if pin:
        return pin
    if not _terminal():
        raise InputError("", "staff.no_pin", login=login)
    try:
        first = getpass.getpass(f"new PIN ({login}): ")
        second = getpass.getpass(f"new PIN again ({login}): ")
    except (EOFError, KeyboardInterrupt):
        raise InputError("", "staff.no_pin", login=login) from None
    if first != second:
        raise InputError("secret", "staff.secret_mismatch")
    return first


def sign_in_command(args: argparse.Namespace) -> Employee:
    """Sign in for the command in ``args`` against the store of ``--data-dir`` and check its
    right; the store's rules come first (a folder without a store, QABYLDAU_NOW on an office
    store: exit 2 before any PIN is asked)."""
    login = getattr(args, "login", None)
    folder = getattr(args, "data_dir", None)
    store = None
    if getattr(args, "sign_in_embedded", False):  # store copy: this PC's embedded store
        from kiosk.paths import data_dir, store_path
        store = str(store_path(data_dir(folder)))
    with open_context(folder, store=store) as ctx:
        if not login:
            raise InputError("", "staff.no_login")
        right = getattr(args, "right", None)
        # a right PIN adds nothing (what the command stores carries the login; a lookup, a
        # backup or an audit check leaves the store as it was); wrong ones are counted
        employee = sign_in(ctx.store, login, ask_pin(login), now=clock.now(),
                           record_success=False)
    if right:
        require(employee, right)
    return employee


def signed_in(ctx: Context, args: argparse.Namespace) -> Employee:
    """The employee the command signed in as (kiosk.cli.main did it before the command ran);
    a command run some other way signs in here."""
    account = getattr(args, "account", None)
    if isinstance(account, Employee):
        return account
    login = getattr(args, "login", None)
    if not login:
        raise InputError("", "staff.no_login")
    employee = sign_in(ctx.store, login, ask_pin(login), now=clock.now())
    right = getattr(args, "right", None)
    if right:
        require(employee, right)
    return employee
