"""What the office is and which services it accepts (administrator, in Settings; issue 15
points 1, 5 and 7): the office kind, one checkbox a service (those this kind of office may not
accept greyed out with the reason), and for a courier service without a result term in the
seeds (S1 through the State Corporation) the working days after which its result is expected
back.  Saved with kiosk.settings.update_office: one transaction and its event."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout,
                               QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from kiosk.catalogue import OFFICE_KINDS
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.office_services import ServiceChoice, service_choices, services_setting
from kiosk.settings import update_office
from kiosk.staff import Employee
from ui.i18n import LANG
from ui.manager.base import SettingsBox


class ServiceLine:
    """One service's widgets in the grid: its checkbox, why it is greyed out or what to know,
    and the expected-back days when it needs them."""

    def __init__(self, choice: ServiceChoice, checked: bool) -> None:
        self.choice = choice
        self.check = QCheckBox()
        self.check.setObjectName(f"accepts_{choice.service.id}")
        self.check.setChecked(choice.allowed and checked)
        self.check.setEnabled(choice.allowed)
        self.check.setProperty("allowed", "true" if choice.allowed else "false")
        self.note = QLabel()
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.days: QSpinBox | None = None
        if choice.needs_return_days:
            self.days = QSpinBox()
            self.days.setObjectName(f"return_days_{choice.service.id}")
            self.days.setRange(1, 60)
            self.days.setMaximumWidth(340)
            self.days.setValue(choice.return_days or 1)
            self.days.setEnabled(self.check.isChecked())
            self.check.toggled.connect(self.days.setEnabled)

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.check, self.note, self.days) if w is not None]


class OfficeServicesBox(SettingsBox):
    def __init__(self, ctx: Context, employee: Employee,
                 say: Callable[[str, str], None]) -> None:
        super().__init__(ctx, employee, say)
        self.lines: dict[str, ServiceLine] = {}
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("office_kind")
        for kind in OFFICE_KINDS:
            self.kind.addItem(kind, kind)
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        box.addLayout(form)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("Hint")
        self.kind_hint.setWordWrap(True)
        box.addWidget(self.kind_hint)
        self.heading = QLabel()
        self.heading.setObjectName("Subtitle")
        box.addWidget(self.heading)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid_host)
        box.addWidget(scroll, 1)
        self.save = QPushButton()
        self.save.setObjectName("Primary")
        self.save.clicked.connect(self.store)
        box.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.kind.currentIndexChanged.connect(lambda _: self.fill(keep=True))
        self.retranslate_ui()
        self.load()

    # -- texts ----------------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {"state_corporation": self.tr("Public service centre of the State Corporation"),
                "provider": self.tr("The provider's own office (a school, an education "
                                    "department)"),
                "village_akimat": self.tr("Village, settlement or rural district akimat")}

    def channel_names(self) -> dict[str, str]:
        return {"provider": self.tr("the provider's office"),
                "state_corporation": self.tr("the State Corporation"),
                "portal": self.tr("the portal")}

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What the office is and which services it accepts"))
        self.kind_label.setText(self.tr("The office is"))
        for i, name in enumerate(self.kind_names().values()):
            self.kind.setItemText(i, name)
        self.heading.setText(self.tr("Services accepted at this office"))
        self.save.setText(self.tr("Save the office's services"))
        self._kind_hint()
        for line in self.lines.values():
            self._line_texts(line)

    def _kind_hint(self) -> None:
        hints = {
            "state_corporation": self.tr("Courier services go to the provider through the "
                                         "dispatch desk; documents held in information systems "
                                         "are taken from them (seed 003 l.155, l.295)."),
            "provider": self.tr("Documents are accepted and results issued at the provider's "
                                "own office (seed 000 l.11)."),
            "village_akimat": self.tr("The applicant shows the originals for identification and "
                                      "hands in copies (seed 002 l.27).")}
        self.kind_hint.setText(hints.get(self.kind.currentData(), ""))

    def _line_texts(self, line: ServiceLine) -> None:
        c, lang = line.choice, LANG.current
        line.check.setText(f"{c.service.code}  {c.service.short_name.get(lang)}")
        line.check.setToolTip(c.service.name.get(lang))
        note = ""
        if c.refusal == "repealed":
            note = self.tr("not accepted: its regulation is repealed")
        elif c.refusal == "information_only":
            note = self.tr("portal only: the office informs about it")
        elif c.refusal == "channel":
            channels = self.channel_names()
            note = self.tr("not through this kind of office: only %1").replace(
                "%1", ", ".join(channels[ch] for ch in c.service.channels if ch in channels))
        elif c.regional and line.check.isChecked():
            note = self.tr("at a State Corporation branch only where the region's regulation "
                           "says so (Mangystau: seed 001 l.13-15)")
        elif c.regional:
            note = self.tr("not at a State Corporation branch in this region (Akmola's standard "
                           "names only the provider's office: seed 000 l.11)")
        elif not line.check.isChecked():
            note = self.tr("not accepted at this office")
        elif not c.service.documents:
            note = self.tr("its document list is not filled in yet (Catalogue)")
        line.note.setText(note)
        if line.days is not None:
            line.days.setPrefix(self.tr("expected back in "))
            line.days.setSuffix(self.tr(" working days"))
            line.days.setToolTip(self.tr("No result term in the seeds: the package is overdue "
                                         "when its result is not back after these working days"))

    # -- data -----------------------------------------------------------------------------
    def load(self) -> None:
        """The office as stored."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.ctx.office.office_kind)))
        self.kind.blockSignals(False)
        self.fill(keep=False)

    def fill(self, keep: bool) -> None:
        """The grid for the kind chosen; ``keep``: the ticks and days already on the screen
        stay (the kind was changed, not saved yet)."""
        ticks = {sid: ln.check.isChecked() for sid, ln in self.lines.items()
                 if ln.check.isEnabled()} if keep else {}
        days = {sid: ln.days.value() for sid, ln in self.lines.items()
                if ln.days is not None} if keep else {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.lines = {}
        office = self.ctx.office
        for row, c in enumerate(service_choices(self.ctx.catalogue, office,
                                                self.kind.currentData())):
            line = ServiceLine(c, ticks.get(c.service.id, office.accepts(c.service.id)))
            if line.days is not None and c.service.id in days:
                line.days.setValue(days[c.service.id])
            line.check.toggled.connect(lambda _=False, ln=line: self._line_texts(ln))
            self.lines[c.service.id] = line
            self.grid.addWidget(line.check, row, 0)
            self.grid.addWidget(line.note, row, 1)
            if line.days is not None:
                self.grid.addWidget(line.days, row, 2)
            self._line_texts(line)
        self._kind_hint()

    def changes(self) -> dict[str, object]:
        choices = [ln.choice for ln in self.lines.values()]
        ticked = {sid for sid, ln in self.lines.items() if ln.check.isChecked()}
        return_days = dict(self.ctx.office.return_days)
        return_days.update({sid: ln.days.value() for sid, ln in self.lines.items()
                            if ln.days is not None})
        return {"office_kind": self.kind.currentData(),
                "services": services_setting(choices, ticked), "return_days": return_days}

    def store(self) -> None:
        try:
            changed = update_office(self.ctx, self.employee, self.changes(), now=self.ctx.now())
        except InputError as exc:
            self.say(exc.text(LANG.current), "Error")
            return
        if changed:
            self.say(self.tr("The office's services are saved"), "Ok")
        else:
            self.say(self.tr("Nothing changed"), "Hint")
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
