"""Requests for acceptance at home, handled at the office: new -> scheduled -> done or
cancelled; every other step refused with a message in three languages; each step in the
audit trail under the employee's login; late ones marked by the office calendar."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from db.events import verify_chain
from kiosk.errors import LANGS, InputError
from kiosk.home_visits import (LATE_NOT_SCHEDULED, LATE_VISIT_PASSED, cancel_request,
                               home_request, list_home_requests, mark_done, schedule_visit)
from kiosk.kiosk_info import record_home_request
from kiosk.staff import Employee

FRIDAY = dt.datetime(2026, 11, 20, 10, 15)
MONDAY = dt.date(2026, 11, 23)
CLERK = Employee("clerk", "Оператор Айгерім", "clerk")
DISPATCHER = Employee("disp", "Диспетчер", "dispatcher")


def _request(ctx, name="Әлия", now=FRIDAY, service="preschool_queue") -> int:
    return record_home_request(ctx, consent=True, name=name, phone="8 701 234 56 78",
                               address="Алматы, Абай 1", service_id=service, now=now)


def _events(ctx, kind_prefix="home_visit"):
    rows = ctx.store.query("SELECT kind, employee, package_id, data FROM events "
                           "WHERE kind LIKE ? ORDER BY id", (kind_prefix + "%",))
    return [{**r, "data": json.loads(r["data"])} for r in rows]


def _refused(code: str, fn, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        fn(*args, **kwargs)
    exc = info.value
    assert exc.code == code
    texts = {lang: exc.text(lang) for lang in LANGS}
    assert all(t and t != code for t in texts.values()) and len(set(texts.values())) == 3
    return exc


def test_scheduled_visit_is_done_and_linked_to_its_package(ctx):
    rid = _request(ctx)
    r = home_request(ctx, rid)
    assert r.status == "new" and r.is_open and r.service_name.get("kk")
    r = schedule_visit(ctx, CLERK, rid, day=MONDAY, time="9.30", note=" call before ",
                       now=FRIDAY)
    assert (r.status, r.scheduled_for, r.scheduled_time, r.visit_note, r.scheduled_by) == \
        ("scheduled", "2026-11-23", "09:30", "call before", "clerk")
    assert r.visit() == "2026-11-23 09:30"
    number = _accepted_package(ctx)
    r = mark_done(ctx, CLERK, rid, package_number=number.lower(),
                  now=dt.datetime(2026, 11, 23, 11, 0))
    assert (r.status, r.package_number, r.handled_by, r.handled_at) == \
        ("done", number, "clerk", "2026-11-23 11:00:00")
    assert not r.is_open
    evs = _events(ctx)
    assert [e["kind"] for e in evs] == ["home_visit_scheduled", "home_visit_done"]
    assert all(e["employee"] == "clerk" for e in evs)
    assert evs[0]["data"] == {"id": rid, "date": "2026-11-23", "time": "09:30",
                              "note": "call before"}
    package = ctx.store.query_one("SELECT id FROM packages WHERE number = ?", (number,))
    assert evs[1]["package_id"] == package["id"] and evs[1]["data"]["package"] == number
    assert verify_chain(ctx.store).ok


def _accepted_package(ctx) -> str:
    from kiosk.demo import fill_demo_day
    results = fill_demo_day(ctx, FRIDAY.date(), 1, seed=3)
    return results[0].number


def test_done_without_a_package_number(ctx):
    rid = _request(ctx)
    schedule_visit(ctx, CLERK, rid, day=FRIDAY.date(), now=FRIDAY)
    r = mark_done(ctx, CLERK, rid, now=FRIDAY)
    assert r.status == "done" and r.package_number is None
    assert _events(ctx)[-1]["package_id"] is None


def test_a_scheduled_visit_can_be_moved(ctx):
    rid = _request(ctx)
    schedule_visit(ctx, CLERK, rid, day=MONDAY, time="10:00", now=FRIDAY)
    r = schedule_visit(ctx, CLERK, rid, day=MONDAY + dt.timedelta(days=1), now=FRIDAY)
    assert r.status == "scheduled" and r.visit() == "2026-11-24"
    last = _events(ctx)[-1]
    assert last["kind"] == "home_visit_rescheduled" and last["data"]["was"] == "2026-11-23 10:00"


def test_cancel_new_or_scheduled_with_a_reason(ctx):
    a, b = _request(ctx), _request(ctx, name="Бақыт")
    schedule_visit(ctx, CLERK, b, day=MONDAY, now=FRIDAY)
    ra = cancel_request(ctx, CLERK, a, reason="  applicant   unreachable ", now=FRIDAY)
    rb = cancel_request(ctx, CLERK, b, reason="came to the office himself", now=FRIDAY)
    assert (ra.status, ra.outcome, ra.handled_by) == ("cancelled", "applicant unreachable",
                                                      "clerk")
    assert rb.status == "cancelled"
    kinds = [(e["kind"], e["data"]["was"]) for e in _events(ctx, "home_visit_cancelled")]
    assert kinds == [("home_visit_cancelled", "new"), ("home_visit_cancelled", "scheduled")]


def test_out_of_order_steps_are_refused_and_store_nothing(ctx):
    rid = _request(ctx)
    before = ctx.store.query_one("SELECT COUNT(*) AS n FROM events")["n"]
    _refused("home.not_scheduled", mark_done, ctx, CLERK, rid, now=FRIDAY)
    _refused("home.unknown", schedule_visit, ctx, CLERK, 999, day=MONDAY, now=FRIDAY)
    _refused("home.reason_needed", cancel_request, ctx, CLERK, rid, reason="  ", now=FRIDAY)
    _refused("staff.forbidden", schedule_visit, ctx, DISPATCHER, rid, day=MONDAY, now=FRIDAY)
    assert ctx.store.query_one("SELECT COUNT(*) AS n FROM events")["n"] == before
    assert home_request(ctx, rid).status == "new"

    schedule_visit(ctx, CLERK, rid, day=MONDAY, now=FRIDAY)
    mark_done(ctx, CLERK, rid, now=FRIDAY)
    exc = _refused("home.already_done", mark_done, ctx, CLERK, rid, now=FRIDAY)
    assert "clerk" in exc.text("ru") and str(rid) in exc.text("kk")
    _refused("home.already_done", schedule_visit, ctx, CLERK, rid, day=MONDAY, now=FRIDAY)
    _refused("home.already_done", cancel_request, ctx, CLERK, rid, reason="x", now=FRIDAY)

    other = _request(ctx)
    cancel_request(ctx, CLERK, other, reason="unreachable", now=FRIDAY)
    _refused("home.already_cancelled", schedule_visit, ctx, CLERK, other, day=MONDAY, now=FRIDAY)
    _refused("home.already_cancelled", mark_done, ctx, CLERK, other, now=FRIDAY)
    assert home_request(ctx, other).status == "cancelled"


def test_bad_visit_date_time_note_and_package_are_refused(ctx):
    rid = _request(ctx)
    _refused("home.date_past", schedule_visit, ctx, CLERK, rid,
             day=FRIDAY.date() - dt.timedelta(days=1), now=FRIDAY)
    _refused("home.date_rest_day", schedule_visit, ctx, CLERK, rid,
             day=dt.date(2026, 11, 21), now=FRIDAY)                       # a Saturday
    _refused("home.date_rest_day", schedule_visit, ctx, CLERK, rid,
             day=dt.date(2026, 12, 16), now=FRIDAY)                       # Independence Day
    for bad in ("25:00", "10:60", "ten", "10-30"):
        _refused("home.time", schedule_visit, ctx, CLERK, rid, day=MONDAY, time=bad, now=FRIDAY)
    _refused("name.too_long", schedule_visit, ctx, CLERK, rid, day=MONDAY, note="x" * 301,
             now=FRIDAY)
    _refused("text.control", cancel_request, ctx, CLERK, rid, reason="no\x00body", now=FRIDAY)
    schedule_visit(ctx, CLERK, rid, day=MONDAY, now=FRIDAY)
    _refused("package.not_found", mark_done, ctx, CLERK, rid,
             package_number="ALM01-01-261120-9999", now=FRIDAY)
    assert home_request(ctx, rid).status == "scheduled"


def test_open_ones_first_and_late_ones_marked(ctx):
    thursday = FRIDAY - dt.timedelta(days=1)
    old = _request(ctx, name="Ескі", now=thursday - dt.timedelta(days=3))   # Monday the 16th
    fresh = _request(ctx, name="Жаңа", now=FRIDAY)
    later = _request(ctx, name="Кейін", now=FRIDAY)
    soon = _request(ctx, name="Жақын", now=FRIDAY)
    closed = _request(ctx, name="Жабық", now=FRIDAY)
    schedule_visit(ctx, CLERK, later, day=MONDAY + dt.timedelta(days=2), now=FRIDAY)
    schedule_visit(ctx, CLERK, soon, day=MONDAY, now=FRIDAY)
    cancel_request(ctx, CLERK, closed, reason="unreachable", now=FRIDAY)
    items = list_home_requests(ctx)
    assert [r.id for r in items] == [old, fresh, soon, later, closed]
    assert [r.id for r in list_home_requests(ctx, open_only=True)] == [old, fresh, soon, later]
    today = FRIDAY.date()
    # made on Monday the 16th: to be scheduled by Tuesday; on Friday it is late
    assert items[0].schedule_by == dt.date(2026, 11, 17)
    assert items[0].late(today) == LATE_NOT_SCHEDULED
    # made on Friday: Monday is its day to be scheduled by (the weekend does not count)
    assert items[1].schedule_by == MONDAY
    assert items[1].late(MONDAY) is None and items[1].late(MONDAY + dt.timedelta(days=1))
    assert items[2].late(today) is None
    assert items[2].late(MONDAY + dt.timedelta(days=1)) == LATE_VISIT_PASSED
    assert items[4].late(dt.date(2027, 1, 1)) is None
    d = items[0].to_dict(today, "ru")
    assert d["late"] == LATE_NOT_SCHEDULED and d["service"] and d["phone"] == "+77012345678"


def test_a_request_without_a_service(ctx):
    rid = record_home_request(ctx, consent=True, name="", phone="87012345678", address="Алматы", now=FRIDAY)
    r = home_request(ctx, rid)
    assert r.service_id is None and r.service_name is None and r.to_dict(FRIDAY.date())["service"] is None


def test_a_v2_store_migrates_and_keeps_its_requests(data_dir, monkeypatch):
    import sqlite_utils

    from db.schema import MIGRATIONS
    from kiosk.context import open_context
    monkeypatch.delenv("QABYLDAU_NOW")   # a store of before: an office's, the computer's clock
    path = data_dir / "qabyldau.sqlite3"
    path.unlink()
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    MIGRATIONS[0](db)
    MIGRATIONS[1](db)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO home_requests (created_at, name, phone, address, service_id, "
                 "note, status) VALUES ('2026-11-19 09:00:00', 'Әлия', '+77012345678', "
                 "'Алматы', NULL, '', 'new')")
    conn.commit()
    conn.close()
    with open_context(data_dir) as ctx:
        assert ctx.store.version == len(MIGRATIONS)
        [r] = list_home_requests(ctx)
        assert (r.name, r.status, r.scheduled_for) == ("Әлия", "new", None)
        # made on Thursday: to be scheduled by Friday, late from Monday
        assert r.late(FRIDAY.date()) is None and r.late(MONDAY) == LATE_NOT_SCHEDULED
        schedule_visit(ctx, CLERK, r.id, day=MONDAY, now=FRIDAY)
        assert home_request(ctx, r.id).status == "scheduled"
        assert not ctx.store.integrity_problems()
    assert (data_dir / f"qabyldau.sqlite3.before-v{len(MIGRATIONS)}.bak").exists()


def test_home_commands(ctx, data_dir, capsys, monkeypatch):
    from kiosk.cli import main
    late = _request(ctx, name="Ескі", now=FRIDAY - dt.timedelta(days=4))
    rid = _request(ctx)
    ctx.close()
    d = ["--data-dir", str(data_dir)]

    def run(*args, pin="1111"):
        monkeypatch.setenv("QABYLDAU_PIN", pin)
        code = main([*args, *d])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("home", "list", "--login", "clerk")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(f"{late}\t") and "LATE" in lines[0]
    assert "LATE" not in lines[1] and "+77012345678" in lines[1]
    code, out, err = run("home", "schedule", str(rid), "--date", "2026-11-21", "--login", "clerk",
                         "--lang", "ru")
    assert code == 2 and "нерабочий" in err and not out
    code, out, _ = run("home", "schedule", str(rid), "--date", "2026-11-23", "--time", "10:30",
                       "--note", "3 этаж", "--login", "clerk")
    assert code == 0 and "2026-11-23 10:30" in out
    code, _, err = run("home", "done", str(late), "--login", "clerk")
    assert code == 2 and "schedule the visit first" in err
    code, _, err = run("home", "done", str(rid), "--login", "dispatcher", pin="2222")
    assert code == 2
    code, _, err = run("home", "done", str(rid), "--login", "clerk", pin="0000")
    assert code == 2 and "Wrong login or PIN" in err
    code, _, err = run("home", "cancel", str(late), "--reason", " ", "--login", "clerk")
    assert code == 2 and "reason" in err
    code, _, _ = run("home", "cancel", str(late), "--reason", "unreachable", "--login", "clerk")
    assert code == 0
    code, out, _ = run("home", "done", str(rid), "--login", "clerk")
    assert code == 0 and "done" in out
    code, _, err = run("home", "cancel", str(rid), "--reason", "x", "--login", "clerk",
                       "--lang", "kk")
    assert code == 2 and "орындалды" in err
    code, out, _ = run("home", "list", "--json", "--login", "clerk")
    rows = json.loads(out)
    by_id = {r["id"]: r for r in rows}
    assert (by_id[rid]["status"], by_id[late]["status"]) == ("done", "cancelled")
    assert by_id[rid]["handled_by"] == "clerk" and by_id[rid]["visit_note"] == "3 этаж"
    assert json.loads(run("home", "list", "--open", "--json", "--login", "clerk")[1]) == []
