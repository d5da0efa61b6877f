"""Applicants' personal data (administrator, in Settings; issue 13, Law on personal data): the
setting that anonymises packages older than N years (kiosk.privacy; off by default), with
what turning it on would do at once, and the protections always in force.

Turning it on when old packages exist asks once more (they are anonymised at once and that
cannot be undone); the core checks the administrator's right (kiosk.staff.require) and records
the change and each anonymised batch as events."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout)

from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.privacy import (anonymise_after, anonymise_old_packages, packages_older_than,
                           set_anonymise_after)
from kiosk.staff import Employee, may
from ui.i18n import LANG
from ui.manager.base import SettingsBox


class PrivacySettingsBox(SettingsBox):
    def __init__(self, ctx: Context, employee: Employee,
                 say: Callable[[str, str], None]) -> None:
        super().__init__(ctx, employee, say)
        self.confirming = False
        box = QVBoxLayout(self)
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        box.addWidget(self.lead)
        row = QHBoxLayout()
        self.anonymise = QCheckBox()
        self.anonymise.setObjectName("anonymise_on")
        self.years = QSpinBox()
        self.years.setObjectName("anonymise_years")
        self.years.setRange(1, 75)
        self.years.setValue(5)
        row.addWidget(self.anonymise)
        row.addWidget(self.years)
        row.addStretch(1)
        box.addLayout(row)
        self.effect = QLabel()
        self.effect.setObjectName("Hint")
        self.effect.setWordWrap(True)
        box.addWidget(self.effect)
        self.confirm = QLabel()
        self.confirm.setObjectName("Warning")
        self.confirm.setWordWrap(True)
        self.confirm.hide()
        box.addWidget(self.confirm)
        self.save = QPushButton()
        self.save.setObjectName("save_privacy")
        self.save.clicked.connect(self.store)
        box.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.always_title = QLabel()
        self.always_title.setObjectName("Subtitle")
        box.addWidget(self.always_title)
        self.always = QLabel()
        self.always.setWordWrap(True)
        box.addWidget(self.always)
        self.rights = QLabel()
        self.rights.setObjectName("Warning")
        self.rights.setWordWrap(True)
        box.addWidget(self.rights)
        box.addStretch(1)
        self.anonymise.toggled.connect(lambda _: self.changed())
        self.years.valueChanged.connect(lambda _: self.changed())
        allowed = may(employee, "settings")  # the core checks again on saving
        for w in (self.anonymise, self.years, self.save):
            w.setEnabled(allowed)
        self.rights.setVisible(not allowed)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Applicants' personal data"))
        self.lead.setText(self.tr("Law on personal data: an applicant's data are kept no longer "
                                  "than needed. Anonymising removes the names, phone, address, "
                                  "representative and answers of a package and masks its IIN; "
                                  "the receipt number, service, dates, documents and status stay "
                                  "for the statistics and the audit trail. It cannot be undone."))
        self.anonymise.setText(self.tr("Anonymise packages older than"))
        self.years.setSuffix(self.tr(" years"))
        self.always_title.setText(self.tr("Always in force"))
        self.always.setText("\n".join("• " + t for t in (
            self.tr("The daily register shows IINs masked; a manager may ask for full IINs in the "
                    "Daily register section, and each time is recorded in the audit trail."),
            self.tr("What an applicant types at the kiosk is deleted when the ticket is served "
                    "or the day closes."),
            self.tr("A request for acceptance at home is kept only with the applicant's "
                    "consent."))))
        self.rights.setText(self.tr("Only an administrator changes these settings."))
        self.changed(keep_confirm=self.confirming)

    def load(self) -> None:
        years = anonymise_after(self.ctx)
        for w in (self.anonymise, self.years):
            w.blockSignals(True)
        self.anonymise.setChecked(years is not None)
        if years is not None:
            self.years.setValue(years)
        for w in (self.anonymise, self.years):
            w.blockSignals(False)
        self.changed()

    def pending(self) -> tuple[int | None, int]:
        """The years chosen on the screen (None: off) and how many packages they would
        anonymise at once."""
        if not self.anonymise.isChecked():
            return None, 0
        years = self.years.value()
        return years, packages_older_than(self.ctx, years, now=self.ctx.now())[1]

    def changed(self, keep_confirm: bool = False) -> None:
        """What the setting on the screen means, said beside it; a change asks again."""
        self.confirming = keep_confirm
        self.years.setEnabled(self.anonymise.isChecked() and self.anonymise.isEnabled())
        if not self.anonymise.isChecked():
            self.effect.setText(self.tr("Off: packages keep the applicant's data (the default)."))
        else:
            years = self.years.value()
            cutoff, count = packages_older_than(self.ctx, years, now=self.ctx.now())
            self.effect.setText(
                self.tr("On: packages accepted before %1 are anonymised, now %2 of them; then "
                        "every day as the office opens.")
                .replace("%1", f"{cutoff:%d.%m.%Y}").replace("%2", str(count)))
            if self.confirming:
                self.confirm.setText(
                    self.tr("%1 packages accepted before %2 will be anonymised at once. This "
                            "cannot be undone. Press the button again to confirm.")
                    .replace("%1", str(count)).replace("%2", f"{cutoff:%d.%m.%Y}"))
        self.confirm.setVisible(self.confirming)
        self.save.setText(self.tr("Anonymise and save") if self.confirming else
                          self.tr("Save the personal data setting"))

    def store(self) -> None:
        years, count = self.pending()
        if count and not self.confirming:
            self.changed(keep_confirm=True)
            return
        try:
            set_anonymise_after(self.ctx, self.employee, years, now=self.ctx.now())
            done = anonymise_old_packages(self.ctx, now=self.ctx.now(), by=self.employee)
        except InputError as exc:
            self.say(exc.text(LANG.current), "Error")
            self.load()
            return
        if years is None:
            self.say(self.tr("Anonymising old packages is off"), "Ok")
        else:
            self.say(self.tr("Packages older than %1 years are anonymised (now: %2)")
                     .replace("%1", str(years)).replace("%2", str(done)), "Ok")
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
