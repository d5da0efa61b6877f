"""What the kiosk tells an applicant, as plain data: the office's information board and, for one
service, what to bring in plain words.  Also the request for acceptance at home (DOMAIN.md S2:
applicants whose health limits their movement), recorded for the office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import events
from db.home_requests import insert_request, requests_by_status
from kiosk.applicant import clean_address, clean_name, clean_phone
from kiosk.catalogue import Catalogue, Condition, Service, Text
from kiosk.context import Context
from kiosk.errors import InputError

__all__ = ["HELP_LINES", "Board", "ServiceSheet", "information_board", "service_sheet",
           "kiosk_services", "record_home_request", "home_requests"]

HELP_LINES = ("1414", "8-800-080-7777")
COMPLAINT_REVIEW_DAYS = 5           # the provider's head answers within 5 working days
COMPLAINT_QUALITY_DAYS = 15         # the authorised quality-control body


@dataclass(frozen=True)
class Board:
    office_kk: str
    office_ru: str
    address_kk: str
    address_ru: str
    phone: str
    open_time: str
    close_time: str
    accept_from: str
    accept_until: str
    lunch_start: str
    lunch_end: str
    working_day: bool
    accepting: bool               # documents are accepted right now
    services: tuple[Service, ...]
    help_lines: tuple[str, ...] = HELP_LINES
    complaint_days: int = COMPLAINT_REVIEW_DAYS
    quality_body_days: int = COMPLAINT_QUALITY_DAYS

    def office(self, lang: str) -> str:
        return self.office_kk if lang == "kk" else self.office_ru

    def address(self, lang: str) -> str:
        return self.address_kk if lang == "kk" else self.address_ru


def kiosk_services(catalogue: Catalogue) -> tuple[Service, ...]:
    """The services the kiosk lists: every service in force (portal-only ones too, to inform)."""
    return tuple(s for s in catalogue.services if s.status == "active")


def information_board(ctx: Context, now: dt.datetime | None = None) -> Board:
    moment = now or ctx.now()
    o = ctx.office
    working = ctx.calendar.is_working_day(moment.date())
    return Board(o.name_kk, o.name_ru, o.address_kk, o.address_ru, o.phone, o.open_time,
                 o.close_time, o.open_time, o.accept_until, o.lunch_start, o.lunch_end, working,
                 working and o.accepting_at(moment), kiosk_services(ctx.catalogue))


@dataclass(frozen=True)
class ServiceSheet:
    """One service's page: what to bring, and what to expect."""
    service: Service
    required: tuple[Text, ...]
    conditional: tuple[tuple[Text, Condition], ...]   # (document, the question that decides)
    optional: tuple[Text, ...]
    from_information_system: tuple[Text, ...]         # the office gets these itself
    max_wait_min: int | None
    max_service_min: int | None
    term_working_days: int | None
    acceptance_day_counts: bool
    courier: bool
    information_only: bool
    can_accept: bool

    def to_bring(self, answers: dict[str, bool]) -> list[Text]:
        """Every paper to bring given the answers so far (unanswered conditions count)."""
        out = list(self.required)
        for doc, cond in self.conditional:
            if answers.get(cond.id) is not cond.exempt_when:
                out.append(doc)
        return out


def _term(service: Service, office_kind: str | None) -> int | None:
    if office_kind is None or not service.steps:
        return service.term_working_days
    from kiosk.catalogue import channel_of
    days = sum(st.day_count for st in service.path(channel_of(office_kind)) if st.in_term)
    return days or None


def service_sheet(service: Service, office_kind: str | None = None) -> ServiceSheet:
    """What to bring for a service; with ``office_kind`` the result term is the one computed
    from the service's path through that office (issue 15 point 7), none when it has none."""
    required, conditional, optional, from_is = [], [], [], []
    for d in service.documents:
        if d.from_information_system:
            from_is.append(d.name)
        elif d.kind == "required":
            required.append(d.name)
        elif d.kind == "conditional" and d.condition is not None:
            conditional.append((d.name, d.condition))
        else:
            optional.append(d.name)
    lim = service.limits
    return ServiceSheet(service, tuple(required), tuple(conditional), tuple(optional),
                        tuple(from_is), lim.max_wait_min, lim.max_service_min,
                        _term(service, office_kind), service.acceptance_day_counts,
                        service.courier, service.information_only, service.can_accept)


def record_home_request(ctx: Context, *, name: str, phone: str, address: str,
                        service_id: str | None = None, note: str = "", consent: bool = False,
                        now: dt.datetime | None = None) -> int:
    """An applicant asks for documents to be accepted at home; the office calls back.  The
    applicant's consent to keeping their name, phone and address is recorded with the
    request (Law on personal data); without it nothing is stored."""
    if consent is not True:
        raise InputError("consent", "home.consent")
    if not phone.strip():
        raise InputError("phone", "home.phone_needed")
    clean_phone_ = clean_phone("phone", phone)
    clean_name_ = clean_name("name", name, required=False)
    clean_addr = clean_address("address", address)
    if service_id and ctx.catalogue.service(service_id) is None:
        raise InputError("service", "service.unknown", service=service_id)
    moment = (now or ctx.now()).replace(microsecond=0).isoformat(sep=" ")
    with ctx.store.write():
        request_id = insert_request(ctx.store, created_at=moment, name=clean_name_,
                                    phone=clean_phone_, address=clean_addr,
                                    service_id=service_id, note=note.strip(), consent_at=moment)
        events.append_event(ctx.store, "home_request", moment,
                            data={"id": request_id, "service": service_id, "consent": True})
    return request_id


def home_requests(ctx: Context, status: str | None = None) -> list[dict[str, object]]:
    return requests_by_status(ctx.store, status)
