"""After dispatch: results back from the provider, issue to the applicant (only in order, only
once), due dates across Nauryz and a weekend, and the overdue list."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from courier_helpers import NOW, accept
from kiosk.cli import main
from kiosk.deadlines import day_batches, hand_over, overdue, service_due_dates
from kiosk.dispatch import dispatch_day
from kiosk.errors import InputError
from kiosk.returns import handover, issue_result, mark_returned

LATER = NOW + dt.timedelta(days=14)


def _dispatched(ctx, tmp_path, n=2):
    numbers = [accept(ctx, "externat", NOW + dt.timedelta(minutes=i), i).number for i in range(n)]
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Диспетчер", NOW.replace(hour=17))
    return numbers


def _status(ctx, number):
    return ctx.store.query_one("SELECT * FROM packages WHERE number = ?", (number,))


def test_return_then_issue_records_who_and_when(ctx, tmp_path):
    a, _ = _dispatched(ctx, tmp_path)
    h = mark_returned(ctx, a, "kim", LATER)
    assert h.status == "result_ready" and h.batch == "B-ALM01-261120-01"
    assert handover(ctx, a, for_issue=True).applicant.startswith("Әбілқайырова")
    h = issue_result(ctx, a.lower() + " ", "omarov", LATER + dt.timedelta(hours=1))
    row = _status(ctx, a)
    assert row["status"] == "issued" and row["issued_by"] == "omarov"
    assert row["issued_at"] == "2026-12-04 11:15:00" and row["result_ready_at"] == "2026-12-04 10:15:00"
    kinds = [e["kind"] for e in ctx.store.query(
        "SELECT kind FROM events WHERE package_id = ? ORDER BY id", (row["id"],))]
    assert kinds == ["accepted", "dispatched", "result_ready", "issued"]


def test_out_of_order_steps_are_refused_with_a_message(ctx, tmp_path):
    a, b = _dispatched(ctx, tmp_path)
    waiting = accept(ctx, "externat", NOW + dt.timedelta(hours=1), 9).number
    refused = accept(ctx, "externat", NOW + dt.timedelta(hours=1), 8, complete=False).number

    with pytest.raises(InputError) as err:            # not back from the provider yet
        issue_result(ctx, a, "omarov", LATER)
    assert err.value.code == "issue.not_ready"
    assert "sent by courier" in err.value.text("en")
    assert "отправлен курьером" in err.value.text("ru")
    assert "курьермен жөнелтілді" in err.value.text("kk")
    with pytest.raises(InputError) as err:            # not even dispatched
        mark_returned(ctx, waiting, "kim", LATER)
    assert err.value.code == "return.not_dispatched"
    with pytest.raises(InputError) as err:
        mark_returned(ctx, refused, "kim", LATER)
    assert err.value.code == "return.refused" and "refused" in err.value.text("en")
    assert "отказано" in err.value.text("ru")
    with pytest.raises(InputError) as err:
        issue_result(ctx, "ALM01-01-261120-9999", "omarov", LATER)
    assert err.value.code == "package.not_found"

    mark_returned(ctx, a, "kim", LATER)
    with pytest.raises(InputError) as err:            # twice returned
        mark_returned(ctx, a, "kim", LATER)
    assert err.value.code == "return.already"
    issue_result(ctx, a, "omarov", LATER)
    with pytest.raises(InputError) as err:            # twice issued
        issue_result(ctx, a, "ahmetov", LATER + dt.timedelta(days=1))
    assert err.value.code == "issue.already"
    assert "omarov" in err.value.text("kk") and "2026-12-04 10:15" in err.value.text("ru")
    with pytest.raises(InputError):
        handover(ctx, a, for_issue=True)
    row = _status(ctx, a)
    assert row["issued_by"] == "omarov"                # the first issue stands
    assert _status(ctx, b)["status"] == "dispatched"
    assert _status(ctx, waiting)["status"] == "accepted"


def test_cli_return_issue_and_lookup_statuses(capsys, data_dir, tmp_path, login_as):
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        a, b = _dispatched(c, tmp_path)
    d = ["--data-dir", str(data_dir), *login_as("clerk")]

    def status(number):
        assert main(["lookup", number, "--json", *d]) == 0
        return json.loads(capsys.readouterr().out)[0]["status"]

    assert status(a) == "dispatched"
    assert main(["issue", a, *d]) == 2
    assert "not ready" in capsys.readouterr().err
    assert main(["return", a, b, *d]) == 0
    assert capsys.readouterr().out.count("result ready") == 2
    assert status(a) == "result_ready" and status(b) == "result_ready"
    assert main(["return", a, "NOPE-1", *d]) == 2        # each number answered on its own
    err = capsys.readouterr().err
    assert "already" in err and "NOPE-1" in err
    assert main(["issue", a, *d]) == 0
    assert "issued to" in capsys.readouterr().out
    assert status(a) == "issued"
    assert main(["issue", a, "--lang", "ru", *d]) == 2
    assert "уже выдан" in capsys.readouterr().err


# -- deadlines -------------------------------------------------------------------------------

def test_due_dates_across_nauryz_and_a_weekend(ctx):
    """Seed 004 l.287-303 (S8's State Corporation path: courier 1 day, executor 12 working
    days, courier back 1 day) and seed 003 l.276 (acceptance day not counted)."""
    # Nauryz 2026: Sat 21 - Wed 25 March (the 24th and 25th moved days off)
    nauryz = service_due_dates(ctx, "externat", dt.date(2026, 3, 19))   # Thu: 1 + 12 + 1
    assert nauryz.due == dt.date(2026, 4, 13) and nauryz.provider_due == dt.date(2026, 4, 10)
    # "the day of acceptance is not counted": Friday 20 March -> the next working day is 26th
    add = service_due_dates(ctx, "additional_education", dt.date(2026, 3, 20))
    assert add.due == dt.date(2026, 3, 26)
    # a plain weekend: Friday 20 November -> Monday 23 November
    assert service_due_dates(ctx, "additional_education", dt.date(2026, 11, 20)).due == \
        dt.date(2026, 11, 23)
    # the package keeps the dates it was accepted with
    r = accept(ctx, "externat", dt.datetime(2026, 3, 19, 11, 0), 1)
    assert (r.due_date, r.provider_due_date) == (dt.date(2026, 4, 13), dt.date(2026, 4, 10))


def test_office_override_moves_the_due_date(ctx):
    with ctx.store.write():
        ctx.store.execute("INSERT INTO calendar_overrides(day, working, note) "
                          "VALUES ('2026-04-08', 0, 'office closed')")
    ctx.reload()
    assert service_due_dates(ctx, "externat", dt.date(2026, 3, 19)).due == dt.date(2026, 4, 14)


def test_overdue_lists_provider_late_then_overdue_until_issued(ctx, tmp_path):
    number = accept(ctx, "externat", dt.datetime(2026, 3, 19, 11, 0), 1).number
    dispatch_day(ctx, dt.date(2026, 3, 19), tmp_path / "out", "Д", dt.datetime(2026, 3, 19, 17))
    local = accept(ctx, "additional_education", dt.datetime(2026, 3, 19, 11, 5), 2).number
    mark_returned(ctx, local, "kim", dt.datetime(2026, 3, 19, 15))     # decided here, no courier
    issue_result(ctx, local, "kim", dt.datetime(2026, 3, 19, 16))
    assert [i for i in overdue(ctx, dt.date(2026, 4, 10)) if i.kind != "step_late"] == []
    late = [i for i in overdue(ctx, dt.date(2026, 4, 13)) if i.kind != "step_late"]
    assert [(i.kind, i.number) for i in late] == [("provider_late", number)]
    assert late[0].batch == "B-ALM01-260319-01"
    items = [i for i in overdue(ctx, dt.date(2026, 4, 15)) if i.kind != "step_late"]
    assert [(i.kind, i.days_late) for i in items] == [("overdue", 2)]
    mark_returned(ctx, number, "kim", dt.datetime(2026, 4, 15, 9))
    assert [i.kind for i in overdue(ctx, dt.date(2026, 4, 15)) if i.kind != "step_late"] == \
        ["overdue"]
    issue_result(ctx, number, "kim", dt.datetime(2026, 4, 15, 10))
    assert overdue(ctx, dt.date(2026, 4, 15)) == []
    assert day_batches(ctx, dt.date(2026, 3, 19))[0]["issued"] == 1


def test_a_package_decided_here_is_ready_without_dispatch_and_overdue_when_late(ctx):
    """S4 through the State Corporation has no courier: the result comes through the
    information systems within 1 working day, the acceptance day not counted (seed 003 l.276);
    it is marked ready at the desk, and it is overdue when nobody did."""
    number = accept(ctx, "additional_education", dt.datetime(2026, 3, 20, 11, 5), 3).number
    row = _status(ctx, number)
    assert row["destination"] is None and row["due_date"] == "2026-03-26"   # after Nauryz
    assert overdue(ctx, dt.date(2026, 3, 26)) == []
    items = overdue(ctx, dt.date(2026, 3, 27))      # a week on, nobody marked it ready
    assert [(i.kind, i.number, i.batch) for i in items] == [("overdue", number, None)]
    with pytest.raises(InputError) as err:          # nothing to issue before the result is ready
        issue_result(ctx, number, "kim", dt.datetime(2026, 3, 27, 9))
    assert err.value.code == "issue.not_ready"
    h = mark_returned(ctx, number, "kim", dt.datetime(2026, 3, 27, 9, 30))
    assert h.status == "result_ready" and h.batch is None
    issue_result(ctx, number, "omarov", dt.datetime(2026, 3, 27, 10))
    assert overdue(ctx, dt.date(2026, 3, 27)) == []
    kinds = [e["kind"] for e in ctx.store.query(
        "SELECT kind FROM events WHERE package_id = ? ORDER BY id", (row["id"],))]
    assert kinds == ["accepted", "result_ready", "issued"]


def test_cli_overdue_json(capsys, data_dir, tmp_path, login_as):
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        number = accept(c, "externat", dt.datetime(2026, 3, 19, 11, 0), 1).number
        hand_over(c, [number], "clerk", dt.datetime(2026, 3, 19, 11, 20))   # seed 004 l.287
    me = login_as("clerk")
    assert main(["overdue", "--date", "2026-04-14", "--json", "--data-dir", str(data_dir), *me]) == 0
    got = [i for i in json.loads(capsys.readouterr().out) if i["kind"] != "step_late"]
    assert got[0]["number"] == number and got[0]["kind"] == "overdue"
    assert got[0]["due_date"] == "2026-04-13"
    assert main(["overdue", "--date", "2026-03-20", "--data-dir", str(data_dir), *me]) == 0
    assert "nothing overdue" in capsys.readouterr().out
