"""Command-line commands, one module per area; each has ``register(subparsers, common)``."""

from kiosk.commands import backup, intake, maintenance

MODULES = [intake, maintenance, backup]
