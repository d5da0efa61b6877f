"""The live queue: numbering, call-next order, no-show and recall, closing the day, and the
waiting and service times every ticket records."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk import queue
from kiosk.errors import InputError
from kiosk.iin import make_iin
from kiosk.intake import accept_package, request_from_dict
from tests.office_helpers import store_office

T0 = dt.datetime(2026, 11, 20, 10, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_tickets_are_numbered_per_category_and_day(ctx):
    a1 = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    b1 = queue.issue_ticket(ctx, "preschool_queue", now=at(1))
    a2 = queue.issue_ticket(ctx, "teacher_competition", now=at(2))
    anon = queue.issue_ticket(ctx, None, now=at(3))
    assert [a1.code, b1.code, a2.code, anon.code] == ["A001", "B001", "A002", "D001"]
    nextday = queue.issue_ticket(ctx, "teacher_attestation", now=at(24 * 60))
    assert nextday.code == "A001"


def test_barcode_is_not_a_receipt_number_and_parses_back(ctx):
    t = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    assert t.barcode == "T261120A001"
    assert queue.parse_barcode(t.barcode) == (dt.date(2026, 11, 20), "A001")
    assert queue.parse_barcode("ALM01-01-261120-0007") is None
    assert queue.ticket_by_barcode(ctx, "t261120a001").id == t.id
    assert queue.ticket_by_barcode(ctx, "A001").id == t.id  # typed code of today
    assert queue.ticket_by_barcode(ctx, "T261121A001") is None


def test_call_next_takes_the_oldest_across_categories(ctx):
    first = queue.issue_ticket(ctx, "preschool_queue", now=at(0))
    second = queue.issue_ticket(ctx, "teacher_attestation", now=at(1))
    third = queue.issue_ticket(ctx, "preschool_queue", now=at(2))
    order = [queue.call_next(ctx, "01", now=at(5)).code for _ in range(3)]
    assert order == [first.code, second.code, third.code]
    assert queue.call_next(ctx, "01", now=at(6)) is None


def test_category_choice_only_where_the_office_allows(ctx):
    queue.issue_ticket(ctx, "preschool_queue", now=at(0))
    t = queue.issue_ticket(ctx, "teacher_attestation", now=at(1))
    with pytest.raises(InputError) as err:
        queue.call_next(ctx, "01", category="A", now=at(2))
    assert "in order only" in err.value.text("en")
    store_office(ctx, queue_any_category=True)
    assert queue.call_next(ctx, "01", category="A", now=at(2)).id == t.id


def test_no_show_recall_and_close_day(ctx):
    t = queue.issue_ticket(ctx, "teacher_attestation", now=at(0))
    waiting = queue.issue_ticket(ctx, "teacher_attestation", now=at(1))
    called = queue.call_next(ctx, "02", now=at(4))
    gone = queue.no_show(ctx, called.id, now=at(6))
    assert gone.status == "no_show"
    back = queue.recall(ctx, t.id, "03", now=at(9))
    assert back.status == "called" and back.recalls == 1 and back.desk == "03"
    assert back.waiting_min == 4.0  # measured to the first call
    with pytest.raises(InputError):
        queue.serve(ctx, waiting.id, now=at(10))  # not called yet
    assert queue.close_day(ctx, T0.date(), now=at(600)) == 2
    assert {x.status for x in queue.tickets_of_day(ctx, T0.date())} == {"closed"}


def _prefill_request(ticket_id: int) -> dict:
    return {"service": "preschool_queue", "consent": True, "ticket_id": ticket_id,
            "applicant": {"surname": "Сейітқали", "name": "Әлия", "iin":
                          make_iin(dt.date(1990, 5, 17), "female", 1),
                          "phone": "+7 701 234 56 78", "address": "Алматы, Абай 1"},
            "documents": ["application", "birth_certificate", "identity_document"]}


def test_waiting_and_service_times_are_recorded_for_receipts_refusals_and_consultations(ctx):
    accepted = queue.issue_ticket(ctx, "preschool_queue", now=at(0))
    refused = queue.issue_ticket(ctx, "preschool_queue", now=at(2))
    consult = queue.issue_ticket(ctx, None, now=at(3))
    queue.call_next(ctx, "01", now=at(12))
    accept_package(ctx, request_from_dict(ctx.catalogue, _prefill_request(accepted.id)),
                   employee="clerk", now=at(20))
    queue.call_next(ctx, "01", now=at(21))
    req = _prefill_request(refused.id)
    req["documents"] = []  # the application form is missing
    res = accept_package(ctx, request_from_dict(ctx.catalogue, req), employee="clerk", now=at(30))
    assert res.outcome == "refused"
    queue.call_next(ctx, "02", now=at(31))
    queue.serve(ctx, consult.id, now=at(35))
    times = {t.code: (t.waiting_min, t.service_min, t.status)
             for t in queue.tickets_of_day(ctx, T0.date())}
    assert times == {"B001": (12.0, 8.0, "served"), "B002": (19.0, 9.0, "served"),
                     "D001": (28.0, 4.0, "served")}
    assert queue.ticket(ctx, refused.id).package_id == res.package_id


def test_wait_estimate_follows_todays_real_times(ctx):
    assert queue.estimate_wait(ctx, "A", now=at(0)) == 0
    for i in range(3):
        queue.issue_ticket(ctx, "teacher_attestation", now=at(i))
    assert queue.estimate_wait(ctx, "A", now=at(3)) == 3 * queue.DEFAULT_SERVICE_MIN
    t = queue.call_next(ctx, "01", now=at(10))
    queue.serve(ctx, t.id, now=at(14))  # 4 min of service today
    assert queue.estimate_wait(ctx, "A", now=at(15)) == 10  # the real wait (10 min) dominates
    t = queue.call_next(ctx, "01", now=at(16))
    queue.serve(ctx, t.id, now=at(18))
    # one left ahead, mean service 3 min, recent waits 10 and 15 min -> 12.5 rounds to 12
    assert queue.estimate_wait(ctx, "A", now=at(19)) == 12


def test_prefill_checks_what_was_typed(ctx):
    service = ctx.catalogue.service("teacher_attestation")
    with pytest.raises(InputError) as err:
        queue.build_prefill(service, {"iin": "900517400001"}, {}, True)
    assert err.value.field == "applicant.iin"
    good = make_iin(dt.date(1990, 5, 17), "female", 1)
    pre = queue.build_prefill(service, {"iin": good, "surname": " Әбілова ", "phone": "87012345678"},
                              {"no_previous_category": True}, True)
    assert pre == {"service": "teacher_attestation",
                   "applicant": {"iin": good, "surname": "Әбілова", "phone": "+77012345678"},
                   "representative": None, "answers": {"no_previous_category": True},
                   "consent": True}
    t = queue.issue_ticket(ctx, service.id, prefill=pre, lang="ru", now=at(0))
    assert queue.ticket(ctx, t.id).prefill == pre and t.lang == "ru"
