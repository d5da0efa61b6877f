"""backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk import clock
from kiosk.backup import backup_store, restore_store
from kiosk.context import open_context
from kiosk.paths import data_dir


def cmd_backup(args: argparse.Namespace) -> int:
    with open_context(args.data_dir) as ctx:
        target = backup_store(ctx.store, Path(args.out))
        count = ctx.store.query_one("SELECT COUNT(*) AS n FROM packages")
        print(f"backup written: {target} ({count['n'] if count else 0} packages)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # the current store is not opened: it may be the damaged file being replaced
    folder = data_dir(args.data_dir)
    result = restore_store(folder, Path(args.file), now=clock.now())
    print(f"restored from {result.restored_from}: {result.packages} packages, "
          f"{result.events} events, schema v{result.schema_version}")
    if result.kept_aside:
        print(f"the replaced store is kept in {result.kept_aside}")
    print("packages accepted after this backup was made are not in it: check today's receipts")
    with open_context(folder):  # migrates an older backup and proves the store opens
        pass
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="copy the store to a file (safe while the desk is working)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup, right="backup")

    p = sub.add_parser("restore", parents=[common],
                       help="replace the store with a checked backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore, right="restore")
