"""backup, restore: an administrator's commands (``--login``, the PIN from $QABYLDAU_PIN or
asked for).  On an office whose store is a PostgreSQL server both refuse and name pg_dump and
pg_restore, which copy a server's database; these copy the embedded SQLite store only."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from db.packages import count_packages
from db.store import Store, StoreError
from kiosk import clock
from kiosk.backup import (PG_BACKUP_HINT, backup_store, check_backup, is_server_store,
                          restore_store)
from kiosk.backup_check import copy_in, staging_file, unlink_db
from kiosk.commands.common import signed_in
from kiosk.context import open_context
from kiosk.paths import data_dir, store_path
from kiosk.staff import Employee, sign_in


def _administrator(employee: Employee, what: str) -> Employee:
    from kiosk.errors import InputError
    if employee.role != "administrator":
        raise InputError("login", "staff.forbidden", login=employee.login, section=what)
    return employee


def cmd_backup(args: argparse.Namespace) -> int:
    if is_server_store(args.data_dir, getattr(args, "store", None)):
        from kiosk.cli import CommandError
        raise CommandError(PG_BACKUP_HINT)
    with open_context(args.data_dir) as ctx:
        _administrator(signed_in(ctx, args), "backup")
        target = backup_store(ctx.store, Path(args.out))
        print(f"backup written: {target} ({count_packages(ctx.store)} packages; "
              "integrity checked, opens without its folder)")
    return 0


def _pin(login: str) -> str:
    from kiosk.cli import CommandError
    try:
        return os.environ.get("QABYLDAU_PIN") or getpass.getpass(f"PIN for {login}: ")
    except (EOFError, KeyboardInterrupt):
        raise CommandError(f"no PIN for {login}: set $QABYLDAU_PIN or run the command "
                           "in a terminal") from None


def _sign_in_for_restore(folder: Path, source: Path, args: argparse.Namespace) -> Employee:
    """The administrator of the current store; when that store is lost or cannot be read,
    the administrator of the backup being restored (checked on a private copy)."""
    from kiosk.cli import CommandError
    if not args.login:
        raise CommandError("restore replaces the office's data: give --login of an "
                           "administrator (PIN from $QABYLDAU_PIN or asked for)")
    current = store_path(folder)
    if current.exists() and current.stat().st_size > 0:
        try:
            with open_context(folder) as ctx:
                return _administrator(signed_in(ctx, args), "restore")
        except StoreError:
            pass   # damaged: its staff cannot be read, the backup's can
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    tmp = staging_file(folder, "check")
    try:
        copy_in(source, tmp)
        with Store(tmp, migrate=False) as copy:
            return _administrator(sign_in(copy, args.login, _pin(args.login), now=clock.now()),
                                  "restore")
    finally:
        unlink_db(tmp)


def cmd_restore(args: argparse.Namespace) -> int:
    if is_server_store(args.data_dir, getattr(args, "store", None)):
        from kiosk.cli import CommandError
        raise CommandError(PG_BACKUP_HINT)
    folder = data_dir(args.data_dir)
    source = Path(args.file).expanduser()
    check_backup(source, folder)   # a file that cannot be restored is refused before anything
    admin = _sign_in_for_restore(folder, source, args)
    result = restore_store(folder, source, now=clock.now(), by=admin)
    print(f"restored from {result.restored_from}: {result.packages} packages, "
          f"{result.events} events, schema v{result.schema_version}")
    if result.kept_aside:
        print(f"the replaced store is kept in {result.kept_aside}")
    if result.counters_raised:
        print(f"{result.counters_raised} number series continue after the highest number "
              "already issued: no receipt number is issued twice")
    print("packages accepted after this backup was made are not in it: check today's receipts")
    with open_context(folder):  # proves the store opens (and seals an older backup's rows)
        pass
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="copy the store to a file (safe while the desk is working); "
                            "administrator")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--login", help="an administrator (PIN from $QABYLDAU_PIN or asked for)")
    p.set_defaults(handler=cmd_backup, right="backup", sign_in=False)  # signs in itself

    p = sub.add_parser("restore", parents=[common],
                       help="replace the store with a checked backup (the current one is kept "
                            "aside); administrator")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--login", help="an administrator (PIN from $QABYLDAU_PIN or asked for)")
    p.set_defaults(handler=cmd_restore, right="restore", sign_in=False)  # signs in itself
