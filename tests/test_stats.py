"""Statistics: they agree with the register, and queue times are measured against the limits."""

import datetime as dt
import json

from openpyxl import load_workbook

from kiosk.cli import main
from kiosk.demo import fill_demo_day
from kiosk.registers import export_register
from kiosk.stats import office_stats, percentile

DAY = dt.date(2026, 11, 20)


def test_stats_agree_with_the_register(ctx, tmp_path):
    fill_demo_day(ctx, DAY, 50, seed=11)
    fill_demo_day(ctx, DAY - dt.timedelta(days=1), 12, seed=12)
    s = office_stats(ctx, DAY, DAY)
    xlsx = export_register(ctx, DAY, tmp_path, ("xlsx",))[0]
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))[1:]
    assert s.office.packages == len(rows) == 50
    assert s.office.refused == sum(1 for r in rows if r[6].startswith("бас тартылды"))
    assert s.office.accepted == sum(1 for r in rows if r[6].startswith("қабылданды"))
    assert sum(c.packages for c in s.by_service.values()) == 50
    assert sum(c.packages for c in s.by_employee.values()) == 50
    by_emp = {}
    for r in rows:
        by_emp[r[11]] = by_emp.get(r[11], 0) + 1
    from kiosk.staff import names_by_login   # statistics key the account, the register names it
    names = names_by_login(ctx.store)
    assert {names.get(k, k): c.packages for k, c in s.by_employee.items()} == by_emp
    # every refused package named what was missing, and the reasons count those documents
    missing = sum(len(r[7].split("; ")) for r in rows if r[7])
    assert sum(x["count"] for x in s.office.refusal_reasons.values()) == missing
    assert office_stats(ctx, DAY - dt.timedelta(days=1), DAY).office.packages == 62


def _ticket(ctx, seq, service_id, issued, called, served):
    with ctx.store.write():
        ctx.store.execute(
            "INSERT INTO tickets(day, category, seq, code, service_id, issued_at, called_at, "
            "served_at, status) VALUES (?, 'teachers', ?, ?, ?, ?, ?, ?, 'served')",
            (DAY.isoformat(), seq, f"A{seq:03d}", service_id, f"{DAY} {issued}",
             f"{DAY} {called}", f"{DAY} {served}"))


def test_waiting_and_service_times_against_the_limits(ctx):
    # S1 teacher_attestation: at most 20 min waiting and 20 min service
    _ticket(ctx, 1, "teacher_attestation", "09:00:00", "09:10:00", "09:15:00")   # 10 / 5
    _ticket(ctx, 2, "teacher_attestation", "09:05:00", "09:35:00", "10:00:00")   # 30 / 25
    _ticket(ctx, 3, "teacher_attestation", "09:10:00", "09:30:00", "09:40:00")   # 20 / 10
    _ticket(ctx, 4, "preschool_queue", "09:20:00", "09:40:00", "09:45:00")       # 20 / 5 (limit 15)
    s = office_stats(ctx, DAY, DAY)
    w = s.office.waiting
    assert w.count == 4 and w.mean_min == 20 and w.p90_min == 30
    assert (w.within_limit, w.with_limit) == (2, 4)
    sv = s.by_service["teacher_attestation"].service
    assert sv.count == 3 and sv.p90_min == 25 and sv.within_share == 2 / 3
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9


def test_stats_command_json(ctx, data_dir, capsys, login_as):
    fill_demo_day(ctx, DAY, 20, seed=5)
    _ticket(ctx, 1, "teacher_attestation", "09:00:00", "09:10:00", "09:15:00")
    code = main(["stats", "--from", DAY.isoformat(), "--to", DAY.isoformat(), "--json",
                 "--data-dir", str(data_dir), *login_as("manager")])
    d = json.loads(capsys.readouterr().out)
    assert code == 0
    assert d["packages"] == 20 and d["accepted"] + d["refused"] == 20
    assert d["waiting"]["count"] == 1 and d["waiting"]["mean_min"] == 10
    assert d["service"]["within_share"] == 1.0
    assert main(["stats", "--from", "2026-11-21", "--to", "2026-11-20",
                 "--data-dir", str(data_dir), *login_as("manager")]) == 2


def test_overdue_counts_results_not_issued_in_time(ctx):
    fill_demo_day(ctx, dt.date(2026, 11, 2), 10, seed=4)
    s = office_stats(ctx, dt.date(2026, 11, 2), dt.date(2026, 11, 2), today=DAY)
    late = ctx.store.query("SELECT COUNT(*) AS n FROM packages WHERE due_date < ? "
                           "AND outcome = 'accepted'", (DAY.isoformat(),))[0]["n"]
    assert s.office.overdue == late > 0
    with ctx.store.write():
        ctx.store.execute("UPDATE packages SET status = 'issued'")
    assert office_stats(ctx, dt.date(2026, 11, 2), dt.date(2026, 11, 2), today=DAY).office.overdue == 0


def test_a_clerk_gets_no_statistics_or_register(ctx):
    import pytest
    from kiosk.errors import InputError
    from kiosk.registers import register_rows
    from kiosk.staff import Employee
    clerk = Employee("clerk", "Оператор", "clerk")
    with pytest.raises(InputError):
        office_stats(ctx, DAY, DAY, by=clerk)
    with pytest.raises(InputError):
        register_rows(ctx, DAY, by=clerk)
    assert office_stats(ctx, DAY, DAY, by=Employee("m", "М", "manager")).office.packages == 0
