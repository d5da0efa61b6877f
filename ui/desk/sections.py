"""The desk's sections, in the order they appear: (key, factory) pairs.  The desk builds a
section only when the signed-in employee's role may see its key (kiosk.staff.ROLE_SECTIONS)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QWidget

from ui.courier import SECTIONS as COURIER
from ui.desk.home_visits import HomeVisitsSection
from ui.desk.intake import IntakeSection
from ui.desk.package_view import PackageSection
from ui.desk.today import TodaySection
from ui.kiosk.queue_desk import QueueSection
from ui.manager import SECTIONS as MANAGER

if TYPE_CHECKING:
    from ui.desk.shell import DeskWindow

SectionEntry = tuple[str, Callable[["DeskWindow"], QWidget]]

SECTION_FACTORIES: list[SectionEntry] = [
    ("intake", IntakeSection),     # a package at the counter: service, applicant, checklist, outcome
    ("today", TodaySection),       # the day's packages at this station
    ("package", PackageSection),   # one package by receipt number (also what a scan opens)
    ("queue", QueueSection),   # the live queue: call next, no-show, recall, scanned tickets
    ("home", lambda desk: HomeVisitsSection(desk.ctx, desk.employee)),  # acceptance at home
    *COURIER,   # dispatch, returns, issue, overdue
    *MANAGER,   # registers, statistics, complaints, catalogue, audit, staff, settings
]
