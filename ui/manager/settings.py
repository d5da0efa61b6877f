"""Office settings (administrator), on three tabs: the office profile, paper and printer, idle
timeout, default language, extra working or rest days, and the queue and hall display; what the
office is and which services it accepts (ui.manager.office_services); applicants' personal
data (ui.manager.privacy_settings)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QScrollArea, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from kiosk.errors import InputError
from kiosk.settings import (calendar_overrides, printer_name, set_calendar_day, update_office)
from ui.manager.base import ManagerSection, to_date, to_qdate

TEXT_FIELDS = ("name_kk", "name_ru", "address_kk", "address_ru", "phone", "station", "open_time",
               "lunch_start", "lunch_end", "accept_until", "close_time", "printer")


class SettingsSection(ManagerSection):
    key = "settings"

    def title(self) -> str:
        return self.tr("Settings")

    def setup_ui(self) -> None:
        row = QHBoxLayout()
        self.profile = QGroupBox()
        form = QFormLayout(self.profile)
        self.fields: dict[str, QLineEdit] = {k: QLineEdit() for k in TEXT_FIELDS}
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("80 mm", "80mm")
        self.language = QComboBox()
        for code, name in (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(name, code)
        self.idle = QSpinBox()
        self.idle.setRange(15, 3600)
        self.idle.setSuffix(" s")
        self.labels: dict[str, QLabel] = {}
        for key, w in [*self.fields.items(), ("paper", self.paper), ("idle_timeout_s", self.idle),
                       ("language", self.language)]:
            label = QLabel()
            label.setBuddy(w)
            self.labels[key] = label
            form.addRow(label, w)
        self.save = QPushButton()
        self.save.setObjectName("Primary")
        self.save.clicked.connect(self.save_profile)
        form.addRow(self.save)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.profile)
        row.addWidget(scroll, 1)
        self.days_box = QGroupBox()
        days = QVBoxLayout(self.days_box)
        self.day = QDateEdit(to_qdate(self.ctx.now().date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day_kind = QComboBox()
        self.note = QLineEdit()
        self.apply_day = QPushButton()
        self.apply_day.clicked.connect(self.change_day)
        for w in (self.day, self.day_kind, self.note, self.apply_day):
            days.addWidget(w)
        self.days = QListWidget()
        days.addWidget(self.days, 1)
        self.days.setMinimumHeight(90)
        self.days.setMaximumHeight(130)
        side_page = QWidget()
        side = QVBoxLayout(side_page)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.days_box)
        from ui.manager.queue_settings import QueueSettingsBox
        self.queue_box = QueueSettingsBox(self.ctx, self.employee, self.say)
        side.addWidget(self.queue_box)
        side.addStretch(1)
        # the column scrolls like the profile beside it: on a low screen the queue box keeps
        # the height its wrapped hints need instead of being squeezed under them
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setWidget(side_page)
        row.addWidget(side_scroll, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        profile_page = QWidget()
        profile_page.setLayout(row)
        self.tabs.addTab(profile_page, "")
        from ui.manager.office_services import OfficeServicesBox
        from ui.manager.privacy_settings import PrivacySettingsBox
        self.services_box = OfficeServicesBox(self.ctx, self.employee, self.say)
        self.tabs.addTab(self.services_box, "")
        self.privacy_box = PrivacySettingsBox(self.ctx, self.employee, self.say)
        self.tabs.addTab(self.privacy_box, "")
        self.layout_.addWidget(self.tabs, 1)
        self.load()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.profile.setTitle(self.tr("Office profile"))
        for i, text in enumerate((self.tr("Office, calendar and queue"),
                                  self.tr("Services accepted"), self.tr("Personal data"))):
            self.tabs.setTabText(i, text)
        names = {"name_kk": self.tr("Name (Kazakh)"), "name_ru": self.tr("Name (Russian)"),
                 "address_kk": self.tr("Address (Kazakh)"), "address_ru": self.tr("Address (Russian)"),
                 "phone": self.tr("Phone"), "station": self.tr("Station code"),
                 "open_time": self.tr("Opens"), "lunch_start": self.tr("Lunch from"),
                 "lunch_end": self.tr("Lunch until"), "accept_until": self.tr("Accepts until"),
                 "close_time": self.tr("Closes"), "printer": self.tr("Printer (empty: default)"),
                 "paper": self.tr("Paper"), "idle_timeout_s": self.tr("Kiosk idle timeout"),
                 "language": self.tr("Default language")}
        for key, label in self.labels.items():
            label.setText(names[key])
        self.save.setText(self.tr("Save"))
        self.days_box.setTitle(self.tr("Extra working and rest days"))
        kind = self.day_kind.currentIndex()
        self.day_kind.clear()
        self.day_kind.addItem(self.tr("extra working day"), True)
        self.day_kind.addItem(self.tr("extra rest day"), False)
        self.day_kind.addItem(self.tr("as the national calendar"), None)
        self.day_kind.setCurrentIndex(max(0, kind))
        self.note.setPlaceholderText(self.tr("Note (e.g. order number)"))
        self.apply_day.setText(self.tr("Apply to the day"))
        self.load_days()

    def load(self) -> None:
        o = self.ctx.office.to_dict()
        o["printer"] = printer_name(self.ctx)
        for key, w in self.fields.items():
            w.setText(str(o.get(key, "")))
            w.setCursorPosition(0)
        self.paper.setCurrentIndex(max(0, self.paper.findData(o["paper"])))
        self.language.setCurrentIndex(max(0, self.language.findData(o["language"])))
        self.idle.setValue(int(o["idle_timeout_s"]))

    def load_days(self) -> None:
        self.days.clear()
        for r in calendar_overrides(self.ctx):
            kind = self.tr("working") if r["working"] else self.tr("rest")
            self.days.addItem(f"{r['day']}  {kind}  {r['note'] or ''}")

    def activated(self) -> None:
        self.load()
        self.load_days()
        self.queue_box.load()
        self.services_box.load()
        self.privacy_box.load()

    def save_profile(self) -> None:
        changes = {k: w.text() for k, w in self.fields.items()}
        changes.update(paper=self.paper.currentData(), language=self.language.currentData(),
                       idle_timeout_s=self.idle.value())
        try:
            changed = update_office(self.ctx, self.employee, changes, now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Saved: %1").replace("%1", ", ".join(changed) or "—"))
        self.load()

    def change_day(self) -> None:
        try:
            set_calendar_day(self.ctx, self.employee, to_date(self.day.date()),
                             self.day_kind.currentData(), self.note.text(), now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.note.clear()
        self.say(self.tr("Calendar changed"))
        self.load_days()
