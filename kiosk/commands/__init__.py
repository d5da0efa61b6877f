"""Command-line commands, one module per area; each has ``register(subparsers, common)``."""

from kiosk.commands import backup, courier, home, intake, maintenance, manager, queue, store

MODULES = [intake, maintenance, courier, manager, home, backup, queue, store]
