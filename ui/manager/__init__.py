"""The office manager's screens: sign-in, and the desk sections registers, statistics,
complaints, catalogue, audit, staff and settings."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget


def _entry(module: str, name: str, key: str) -> tuple[str, Callable[[Any], QWidget]]:
    def make(desk: Any) -> QWidget:
        import importlib
        cls = getattr(importlib.import_module(f"ui.manager.{module}"), name)
        return cls(desk.ctx, desk.employee)
    return key, make


SECTIONS = [
    _entry("registers", "RegistersSection", "registers"),
    _entry("statistics", "StatisticsSection", "statistics"),
    _entry("complaints", "ComplaintsSection", "complaints"),
    _entry("catalogue", "CatalogueSection", "catalogue"),
    _entry("audit", "AuditSection", "audit"),
    _entry("staff", "StaffSection", "staff"),
    _entry("settings", "SettingsSection", "settings"),
]
