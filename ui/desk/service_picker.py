"""Step 1 of intake: picking the service.  A mixin of IntakeSection: the search field and the
list of the catalogue's services (those this office cannot start greyed, with the reason), the
hint under the list, and choosing a service to start a package with.

Its strings belong to IntakeSection's translations: Qt looks them up under the instance's class
at run time, so they are written with QCoreApplication.translate("IntakeSection", ...) rather
than self.tr (which lupdate would file under this class's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from kiosk.catalogue import Service
from kiosk.errors import InputError
from kiosk.intake import check_office, check_service
from ui.desk.checklist_panel import ChecklistPanel
from ui.desk.intake_steps import SERVICE
from ui.i18n import LANG


class ServicePicker:
    # what the section provides
    ctx: Any
    service: Service | None
    steps: QStackedWidget
    checklist: ChecklistPanel
    new_applicant: Callable[[], None]

    # -- the page ------------------------------------------------------------------------
    def build_service_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.choose_title = QLabel()
        self.choose_title.setObjectName("Title")
        self.choose_title.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("service_search")
        self.search.setClearButtonEnabled(True)
        self.services = QListWidget()
        self.services.setObjectName("ServiceList")
        self.services.setWordWrap(True)
        self.service_reason = QLabel()
        self.service_reason.setObjectName("Warning")
        self.service_reason.setWordWrap(True)
        self.continue_btn = QPushButton()
        self.continue_btn.setObjectName("Primary")
        row = QHBoxLayout()
        row.addWidget(self.service_reason, 1)
        row.addWidget(self.continue_btn)
        box.addWidget(self.choose_title)
        box.addWidget(self.search)
        box.addWidget(self.services, 1)
        box.addLayout(row)
        self.search.textChanged.connect(self.fill_services)
        self.search.returnPressed.connect(self.choose_current)
        self.services.itemActivated.connect(lambda _: self.choose_current())
        self.services.currentItemChanged.connect(lambda *_: self._service_hint())
        self.continue_btn.clicked.connect(self.choose_current)
        return page

    def retranslate_service_page(self) -> None:
        self.choose_title.setText(QCoreApplication.translate(
            "IntakeSection", "Which service is the applicant here for?"))
        self.search.setPlaceholderText(QCoreApplication.translate(
            "IntakeSection", "Type a name, a registry code or a word such as "
                             "«дубликат», «экстернат», «аттестация»"))
        self.search.setAccessibleName(QCoreApplication.translate("IntakeSection",
                                                                 "Search services"))
        self.continue_btn.setText(QCoreApplication.translate("IntakeSection",
                                                             "Continue   Enter"))

    def search_arrows(self, obj: Any, event: QEvent) -> bool:
        """Up and Down in the search field move through the services (True: handled)."""
        if obj is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.services.currentRow() + step, 0), self.services.count() - 1)
            self.services.setCurrentRow(row)
            return True
        return False

    # -- the services --------------------------------------------------------------------
    def _status_text(self, service: Service) -> str:
        if service.status != "active":
            return QCoreApplication.translate("IntakeSection", "repealed")
        if service.information_only:
            return QCoreApplication.translate("IntakeSection", "information only: filed online")
        if not service.offered_at(self.ctx.office.office_kind):
            return QCoreApplication.translate("IntakeSection", "not through this kind of office")
        if not self.ctx.office.accepts(service.id):
            return QCoreApplication.translate("IntakeSection",
                                              "not accepted at this office (Settings)")
        if not service.documents:
            return QCoreApplication.translate("IntakeSection", "document list not entered yet")
        return ""

    def _acceptable(self, service: Service) -> bool:
        """The service can be started here: in force, with documents, and this office takes
        it (its kind's channels and its Settings, issue 15 points 1 and 5)."""
        return service.can_accept and service.offered_at(self.ctx.office.office_kind) \
            and self.ctx.office.accepts(service.id)

    def fill_services(self) -> None:
        current = self.services.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.services.blockSignals(True)
        self.services.clear()
        lang = LANG.current
        kept = first_ok = None
        for s in self.ctx.catalogue.search(self.search.text()):
            code = s.code + (f" · {s.registry_code}" if s.registry_code else "")
            status = self._status_text(s)
            text = f"{code}   {s.name.get(lang)}"
            if status:
                text += f"   — {status}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if not self._acceptable(s):
                item.setForeground(QBrush(QColor("#6b7380")))
            self.services.addItem(item)
            if s.id == keep:
                kept = item
            if first_ok is None and self._acceptable(s):
                first_ok = item
        select = kept or first_ok
        self.services.blockSignals(False)
        if select is not None:
            self.services.setCurrentItem(select)
        elif self.services.count():
            self.services.setCurrentRow(0)
        self._service_hint()

    def _current_service(self) -> Service | None:
        item = self.services.currentItem()
        return self.ctx.catalogue.service(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _service_hint(self) -> None:
        service = self._current_service()
        reason = ""
        if service is None:
            reason = QCoreApplication.translate("IntakeSection", "No service matches the search.") \
                if self.search.text() else ""
        else:
            try:
                if service.status == "active" and not service.information_only:
                    check_office(self.ctx, service)  # this office's channel and Settings
                check_service(self.ctx.catalogue, service.id)
            except InputError as exc:
                reason = exc.text(LANG.current)
        blocked = bool(reason)
        if service is not None and service.no_documents_note is not None:
            # item 9 of the standard is not in the seeds: what the office may add (issue 15
            # point 3), said to the clerk in the user's language
            reason = "\n".join(x for x in (reason, service.no_documents_note.get(LANG.current)) if x)
        self.service_reason.setText(reason)
        self.continue_btn.setEnabled(service is not None and not blocked)

    # -- choosing ------------------------------------------------------------------------
    def choose_current(self) -> bool:
        service = self._current_service()
        if service is None or not self._acceptable(service):
            return False
        return self.choose_service(service.id)

    def choose_service(self, service_id: str) -> bool:
        """Start a package for the service (refused for repealed/information-only/empty, and
        for a service this office does not take: the core's message says why)."""
        try:
            service = check_service(self.ctx.catalogue, service_id)
            check_office(self.ctx, service)
        except InputError as exc:
            self.service_reason.setText(exc.text(LANG.current))
            return False
        if self.service is None or self.service.id != service.id:
            self.service = service
            self.checklist.set_service(service, self.ctx.office.office_kind)
        self.new_applicant()
        return True

    def back_to_services(self) -> None:
        self.steps.setCurrentIndex(SERVICE)
        self.search.setFocus()
        self.search.selectAll()
