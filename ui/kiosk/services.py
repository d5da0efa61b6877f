"""Finding a service (categories and search) and one service's page: what to bring in plain
words, the limits at the counter, the result term, the courier, and the way on (a printed
list, pre-filling, or just a ticket)."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from kiosk.catalogue import Service
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.intake import check_office
from kiosk.kiosk_info import ServiceSheet, kiosk_services, service_sheet
from ui.i18n import LANG
from ui.kiosk.keyboard import OnScreenKeyboard
from ui.kiosk.wrap_button import WrapButton

CATEGORIES = ("", "teachers", "preschool", "school")


def office_refusal(ctx: Context, service: Service) -> InputError | None:
    """Why this office does not take documents for a service it could (its kind's channels
    and its Settings, issue 15 points 1 and 5): the core's message; None when it does."""
    if not service.can_accept:
        return None
    try:
        check_office(ctx, service)
    except InputError as exc:
        return exc
    return None


def _scroll(inner: QWidget) -> QScrollArea:
    if isinstance(inner, QLabel):
        inner.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner.setContentsMargins(16, 8, 16, 8)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area



def escape(text: str) -> str:
    return _escape(text, quote=False)

class ServicesPage(QWidget):
    service_chosen = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.category = ""
        self.service_buttons: dict[str, QPushButton] = {}
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        self.title = QLabel()
        self.title.setObjectName("Title")
        layout.addWidget(self.title)
        cats = QHBoxLayout()
        self.cat_group = QButtonGroup(self)
        self.cat_buttons: dict[str, QPushButton] = {}
        for cat in CATEGORIES:
            b = QPushButton()
            b.setCheckable(True)
            b.setObjectName("KioskCategory")
            b.setMinimumHeight(72)
            b.clicked.connect(lambda _=False, c=cat: self.set_category(c))
            self.cat_group.addButton(b)
            self.cat_buttons[cat] = b
            cats.addWidget(b)
        self.cat_buttons[""].setChecked(True)
        layout.addLayout(cats)
        self.search = QLineEdit()
        self.search.setObjectName("KioskSearch")
        self.search.setMinimumHeight(64)
        self.search.textChanged.connect(lambda _: self.refresh())
        layout.addWidget(self.search)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setSpacing(10)
        layout.addWidget(_scroll(self.list_host), 1)
        self.nothing = QLabel()
        self.nothing.setObjectName("KioskLead")
        self.nothing.setWordWrap(True)
        layout.addWidget(self.nothing)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.search)
        layout.addWidget(self.keyboard)

    def set_category(self, cat: str) -> None:
        self.category = cat
        self.cat_buttons[cat].setChecked(True)
        self.refresh()

    def shown_services(self) -> list[Service]:
        q = self.search.text()
        return [s for s in kiosk_services(self.ctx.catalogue)
                if (not self.category or s.category == self.category) and s.matches(q)]

    def refresh(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.service_buttons = {}
        lang = LANG.current
        found = self.shown_services()
        for s in found:
            text = f"{s.code}.  {s.name.get(lang)}"
            if office_refusal(self.ctx, s) is not None:
                text += "  — " + self.tr("documents are not accepted at this office")
            b = WrapButton(text)
            b.setObjectName("KioskService")
            b.setMinimumHeight(80)
            b.setAccessibleName(s.name.get(lang))
            b.clicked.connect(lambda _=False, sid=s.id: self.service_chosen.emit(sid))
            self.service_buttons[s.id] = b
            self.list_layout.addWidget(b)
        self.list_layout.addStretch(1)
        self.nothing.setVisible(not found)

    def clear(self) -> None:
        self.search.clear()
        self.set_category("")

    def retranslate_ui(self) -> None:
        self.keyboard.set_layout(LANG.current if LANG.current in ("kk", "ru") else "en")
        self.title.setText(self.tr("Which service do you need?"))
        names = {"": self.tr("All services"), "teachers": self.tr("Teachers"),
                 "preschool": self.tr("Kindergarten"), "school": self.tr("School")}
        for cat, b in self.cat_buttons.items():
            b.setText(names[cat])
            b.setAccessibleName(names[cat])
        self.search.setPlaceholderText(self.tr("Search: type a word, e.g. attestation"))
        self.search.setAccessibleName(self.tr("Search services"))
        self.nothing.setText(self.tr("Nothing found. Try another word or ask the staff."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ServicePage(QWidget):
    """One service in plain words."""

    print_slip = Signal(str)
    prefill_requested = Signal(str)
    ticket_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.sheet: ServiceSheet | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        self.title = QLabel()
        self.title.setObjectName("Title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.full_name = QLabel()
        self.full_name.setObjectName("Subtitle")
        self.full_name.setWordWrap(True)
        layout.addWidget(self.full_name)
        self.body = QLabel()
        self.body.setObjectName("KioskBody")
        self.body.setWordWrap(True)
        layout.addWidget(_scroll(self.body), 1)
        self.status = QLabel()
        self.status.setObjectName("Ok")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.back = QPushButton()
        self.slip = QPushButton()
        self.prefill = QPushButton()
        self.prefill.setObjectName("Primary")
        self.just_ticket = QPushButton()
        for b in (self.back, self.slip, self.just_ticket, self.prefill):
            b.setMinimumHeight(80)
            row.addWidget(b)
        self.back.clicked.connect(self.back_requested)
        self.slip.clicked.connect(lambda: self.sheet and self.print_slip.emit(self.sheet.service.id))
        self.prefill.clicked.connect(
            lambda: self.sheet and self.prefill_requested.emit(self.sheet.service.id))
        self.just_ticket.clicked.connect(
            lambda: self.sheet and self.ticket_requested.emit(self.sheet.service.id))
        layout.addLayout(row)

    def show_service(self, service: Service) -> None:
        self.sheet = service_sheet(service, self.ctx.office.office_kind)
        self.status.clear()
        self.retranslate_ui()

    def clear(self) -> None:
        self.sheet = None
        self.status.clear()
        self.retranslate_ui()

    def _items(self, texts: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"

    def body_html(self) -> str:
        sh, lang = self.sheet, LANG.current
        if sh is None:
            return ""
        online = self.tr("This service is filed online only, at www.egov.kz. "
                         "The staff will help you with it.")
        refusal = office_refusal(self.ctx, sh.service)
        if sh.information_only:  # nothing is handed in here: the papers go with the online form
            h_required = self.tr("Papers you will need for the online application")
            h_conditional = self.tr("Only if it applies to you")
        else:
            h_required = self.tr("Bring these papers")
            h_conditional = self.tr("Bring only if it applies to you")
        asked = self.tr("We will ask:")
        h_optional = self.tr("If you have them")
        h_from_is = (self.tr("No need to attach: these come from information systems")
                     if sh.information_only else
                     self.tr("No need to bring: the office gets these from information systems"))
        no_list = self.tr("The list of papers for this service is not filled in yet: "
                          "please ask the staff.")
        h_expect = self.tr("What to expect")
        parts: list[str] = []
        if sh.information_only:
            parts.append(f"<p><b>{escape(online)}</b></p>")
        if refusal is not None:  # the office's Settings or its kind: the core's words
            parts.append(f"<p><b>{escape(refusal.text(lang))}</b></p>")
        if sh.required:
            parts.append(f"<h3>{escape(h_required)}</h3>"
                         + self._items([d.get(lang) for d in sh.required]))
        if sh.conditional:
            parts.append(f"<h3>{escape(h_conditional)}</h3><ul>")
            for d, cond in sh.conditional:
                parts.append(f"<li>{escape(d.get(lang))}<br><i>{escape(asked)} "
                             f"{escape(cond.question.get(lang))}</i></li>")
            parts.append("</ul>")
        if sh.optional:
            parts.append(f"<h3>{escape(h_optional)}</h3>"
                         + self._items([d.get(lang) for d in sh.optional]))
        if sh.from_information_system:
            parts.append(f"<h3>{escape(h_from_is)}</h3>"
                         + self._items([d.get(lang) for d in sh.from_information_system]))
        if not sh.service.documents:
            parts.append(f"<p>{escape(no_list)}</p>")
        facts = []
        if sh.max_wait_min and sh.max_service_min:
            facts.append(self.tr("Waiting in the queue: at most %1 min. Service at the desk: at most %2 min.")
                         .replace("%1", str(sh.max_wait_min)).replace("%2", str(sh.max_service_min)))
        if sh.term_working_days:
            facts.append(self.tr("The result: within %1 working days.")
                         .replace("%1", str(sh.term_working_days)))
        elif not sh.information_only:
            # no term in the rules for this office: the provider sets it, the office never guesses
            facts.append(self.tr("The term of the result is set by the provider; the office tells "
                                 "you when your result is here."))
        if sh.courier and refusal is None:  # not through an office that does not take it
            facts.append(self.tr("Your papers go to the provider by courier; the result comes back "
                                 "to this office and you collect it here."))
        facts.append(self.tr("The service is free."))
        parts.append(f"<h3>{escape(h_expect)}</h3>" + self._items(facts))
        return "".join(parts)

    def retranslate_ui(self) -> None:
        sh = self.sheet
        self.title.setText(f"{sh.service.code}. {sh.service.short_name.get(LANG.current)}"
                           if sh else "")
        self.full_name.setText(sh.service.name.get(LANG.current) if sh else "")
        self.body.setText(self.body_html())
        self.body.setAccessibleName(self.tr("What to bring"))
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.slip.setText(self.tr("Print this list"))
        self.slip.setAccessibleName(self.slip.text())
        self.prefill.setText(self.tr("Fill in my details and get a ticket"))
        self.prefill.setAccessibleName(self.prefill.text())
        self.just_ticket.setText(self.tr("Just a ticket"))
        self.just_ticket.setAccessibleName(self.tr("Get a ticket without filling in"))
        can = bool(sh and sh.can_accept and office_refusal(self.ctx, sh.service) is None)
        self.prefill.setVisible(can)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
