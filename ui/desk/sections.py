"""The desk's sections, in the order they appear.  Each area adds its factories here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QWidget

from ui.manager import audit as m_audit
from ui.manager.base import allowed
from ui.manager import catalogue as m_catalogue
from ui.manager import complaints as m_complaints
from ui.manager import registers as m_registers
from ui.manager import settings as m_settings
from ui.manager import staff as m_staff
from ui.manager import statistics as m_statistics

if TYPE_CHECKING:
    from ui.desk.shell import DeskWindow

SECTION_FACTORIES: list[Callable[["DeskWindow"], QWidget]] = [
    allowed(m_registers.RegistersSection),
    allowed(m_statistics.StatisticsSection),
    allowed(m_complaints.ComplaintsSection),
    allowed(m_catalogue.CatalogueSection),
    allowed(m_audit.AuditSection),
    allowed(m_staff.StaffSection),
    allowed(m_settings.SettingsSection),
]
