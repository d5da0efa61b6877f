"""Command-line commands, one module per area; each has ``register(subparsers, common)``."""

from kiosk.commands import courier, intake, maintenance

MODULES = [intake, maintenance, courier]
