"""Command-line commands, one module per area; each has ``register(subparsers, common)``."""

from kiosk.commands import intake, maintenance, manager

MODULES = [intake, maintenance, manager]
