"""Shared by the courier tests: accept packages of a service on a given moment."""

from __future__ import annotations

import datetime as dt

from kiosk.applicant import Person
from kiosk.iin import make_iin
from kiosk.intake import AcceptRequest, IntakeResult, ReceivedDocument, accept_package

NOW = dt.datetime(2026, 11, 20, 10, 15)


def person(i: int) -> Person:
    iin = None
    serial = i
    while iin is None:
        iin = make_iin(dt.date(1985, 3, 1 + i % 28), "female", serial)
        serial += 1
    return Person("Әбілқайырова", "Гүлнар", "Серікқызы", iin, "+77012345678",
                  "Алматы қ., Абай даңғылы, 1")


def accept(ctx, service_id: str = "externat", when: dt.datetime = NOW, i: int = 1,
           complete: bool = True) -> IntakeResult:
    svc = ctx.catalogue.service(service_id)
    answers = {c.id: c.exempt_when for c in svc.conditions}
    docs = tuple(ReceivedDocument(d.id, pages=2) for d in svc.documents
                 if not d.from_information_system and d.kind != "optional")
    if not complete:
        docs = docs[1:]
    req = AcceptRequest(service_id, person(i), None, answers, docs, True)
    return accept_package(ctx, req, employee="clerk", now=when)
