"""Personal data (Law on personal data): the kiosk's pre-filled data goes when its ticket is
served or the day closes; a home-visit request needs consent; the daily register masks IINs
unless a manager asks (recorded in the audit); old packages are anonymised when an
administrator turns that on (off by default)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk import queue
from kiosk.errors import InputError
from kiosk.iin import make_iin
from kiosk.kiosk_info import home_requests, record_home_request
from kiosk.registers import export_register, register_rows
from kiosk.staff import Employee
from tests.courier_helpers import accept

NOW = dt.datetime(2026, 11, 20, 10, 15)
MANAGER = Employee("manager", "Басшы Гүлнар Омарова", "manager")
CLERK = Employee("clerk", "Оператор Айгерім Сейтқали", "clerk")
ADMIN = Employee("admin", "Әкімші Нұрлан Төлеуов", "administrator")
APPLICANT = {"surname": "Омаров", "name": "Дәурен", "patronymic": "",
             "iin": make_iin(dt.date(1990, 5, 15), "male", 7), "phone": "87011234567",
             "address": "Алматы, Абай 1"}


def _prefills(ctx) -> list[object]:
    return [r["prefill"] for r in ctx.store.query("SELECT prefill FROM tickets ORDER BY id")]


def test_prefilled_data_goes_when_the_ticket_is_served_or_the_day_closes(ctx):
    a = queue.issue_prefilled_ticket(ctx, "externat", APPLICANT, {}, True, now=NOW)
    b = queue.issue_prefilled_ticket(ctx, "externat", APPLICANT, {}, True, now=NOW)
    assert all(p and "Омаров" in p for p in _prefills(ctx))
    called = queue.call_next(ctx, "01", window=1, now=NOW)
    assert called is not None and called.id == a.id
    queue.serve(ctx, a.id, now=NOW)
    assert _prefills(ctx)[0] is None and "Омаров" in _prefills(ctx)[1]
    queue.close_day(ctx, NOW.date(), employee="manager", now=NOW)
    assert _prefills(ctx) == [None, None]
    del b


def test_a_package_accepted_on_a_ticket_clears_its_prefill(ctx):
    t = queue.issue_prefilled_ticket(ctx, "externat", APPLICANT, {}, True, now=NOW)
    import dataclasses

    from kiosk.intake import AcceptRequest, ReceivedDocument, accept_package
    from tests.courier_helpers import person
    queue.call_next(ctx, "01", window=1, now=NOW)
    svc = ctx.catalogue.service("externat")
    req = AcceptRequest("externat", person(1), None, {c.id: c.exempt_when for c in svc.conditions},
                        tuple(ReceivedDocument(d.id, pages=2) for d in svc.documents
                              if not d.from_information_system and d.kind != "optional"), True)
    accept_package(ctx, dataclasses.replace(req, ticket_id=t.id), employee="clerk", now=NOW)
    assert _prefills(ctx) == [None]


def test_a_home_visit_request_needs_consent(ctx):
    with pytest.raises(InputError) as e:
        record_home_request(ctx, name="Әлия", phone="87012345678", address="Алматы", now=NOW)
    assert e.value.code == "home.consent" and "согласие" in e.value.text("ru")
    assert home_requests(ctx) == []
    rid = record_home_request(ctx, name="Әлия", phone="87012345678", address="Алматы",
                              consent=True, now=NOW)
    row = home_requests(ctx)[0]
    assert row["id"] == rid and row["consent_at"] == "2026-11-20 10:15:00"


def test_the_daily_register_masks_iins_unless_a_manager_asks(ctx, tmp_path):
    r = accept(ctx, "externat", NOW, 1)
    iin = ctx.store.query_one("SELECT iin FROM packages WHERE number = ?", (r.number,))["iin"]
    rows = register_rows(ctx, NOW.date(), by=MANAGER)
    assert rows[0].iin == iin[:6] + "****" + iin[10:]
    assert rows[0].employee == "Оператор Айгерім Сейтқали"        # the account's full name
    with pytest.raises(InputError) as e:                          # nobody named: no full IINs
        register_rows(ctx, NOW.date(), full_iins=True)
    assert e.value.code == "register.full_iins"
    with pytest.raises(InputError):
        register_rows(ctx, NOW.date(), by=CLERK, full_iins=True)
    csv = export_register(ctx, NOW.date(), tmp_path, ("csv",), by=MANAGER, full_iins=True)[0]
    assert iin in csv.read_text(encoding="utf-8-sig")
    asked = ctx.store.query("SELECT employee, data FROM events WHERE kind = 'register_full_iins'")
    assert len(asked) == 1 and asked[0]["employee"] == "manager" and "2026-11-20" in asked[0]["data"]
    plain = export_register(ctx, NOW.date(), tmp_path / "m", ("csv",), by=MANAGER)[0]
    assert iin not in plain.read_text(encoding="utf-8-sig")


def test_old_packages_are_anonymised_only_when_turned_on(ctx):
    from kiosk.privacy import anonymise_after, anonymise_old_packages, set_anonymise_after
    old = accept(ctx, "externat", dt.datetime(2021, 3, 1, 10, 0), 1).number
    new = accept(ctx, "externat", NOW, 2).number
    assert anonymise_after(ctx) is None                               # off by default
    assert anonymise_old_packages(ctx, now=NOW) == 0
    with pytest.raises(InputError):
        set_anonymise_after(ctx, MANAGER, 5, now=NOW)                 # settings: administrator
    set_anonymise_after(ctx, ADMIN, 5, now=NOW)
    assert anonymise_old_packages(ctx, now=NOW) == 1
    rows = {r["number"]: r for r in ctx.store.query(
        "SELECT number, surname, name, phone, address, iin FROM packages")}
    assert rows[old]["surname"] == "***" and rows[old]["phone"] == "" and "****" in rows[old]["iin"]
    assert rows[new]["surname"] != "***"
    kinds = [r["kind"] for r in ctx.store.query("SELECT kind FROM events")]
    assert "packages_anonymised" in kinds
    assert anonymise_old_packages(ctx, now=NOW) == 0                  # once
