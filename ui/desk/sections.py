"""The desk's sections, in the order they appear.  Each area adds its factories here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.desk.shell import DeskWindow

SECTION_FACTORIES: list[Callable[["DeskWindow"], QWidget]] = []

from ui.desk.intake import IntakeSection  # noqa: E402
from ui.desk.package_view import PackageSection  # noqa: E402
from ui.desk.today import TodaySection  # noqa: E402

SECTION_FACTORIES.append(IntakeSection)
SECTION_FACTORIES.append(TodaySection)
SECTION_FACTORIES.append(PackageSection)
