"""store copy: move a one-PC office's embedded store onto the office server."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.context import open_context
from kiosk.paths import data_dir, store_path
from kiosk.store_copy import copy_store


def cmd_store_copy(args: argparse.Namespace) -> int:
    # the source is always this PC's embedded store, whatever --store or QABYLDAU_STORE say
    embedded = str(store_path(data_dir(args.data_dir)))
    with open_context(args.data_dir, store=embedded) as ctx:
        report = copy_store(ctx.store, args.to)
    width = max(len(t) for t in report.rows) if report.rows else 10
    for table, n in report.rows.items():
        print(f"  {table:<{width}}  {n:>9} rows")
    print(f"copied into {report.target} (schema v{report.version}): "
          f"{report.packages} packages, {report.events} events; row counts match and the "
          "event trail is intact there")
    print("receipts, registers and other files stay in the data folder; point every PC's "
          "station file (store = ...) or QABYLDAU_STORE at the server")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("store", help="the office's store: copy it onto the office server")
    inner = p.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    c = inner.add_parser("copy", parents=[common],
                         help="copy this PC's embedded store into an empty PostgreSQL database")
    c.add_argument("--to", required=True, metavar="URL",
                   help="postgresql://user@host:port/dbname?sslmode=verify-full (password "
                        "through PGPASSWORD, ~/.pgpass or a service file)")
    # an administrator of the embedded store being copied signs in (kiosk.commands.common)
    c.set_defaults(handler=cmd_store_copy, right="backup", sign_in_embedded=True)
