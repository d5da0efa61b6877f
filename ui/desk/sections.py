"""The desk's sections, in the order they appear.  Each area adds its factories here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.desk.shell import DeskWindow

SECTION_FACTORIES: list[Callable[["DeskWindow"], QWidget]] = []

from ui.kiosk.queue_desk import QueueSection  # noqa: E402  (issue 5: the live queue)
SECTION_FACTORIES.append(QueueSection)
