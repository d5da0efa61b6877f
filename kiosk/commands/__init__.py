"""Command-line commands, one module per area; each has ``register(subparsers, common)``."""

from kiosk.commands import backup, courier, intake, maintenance, manager

MODULES = [intake, maintenance, courier, manager, backup]
