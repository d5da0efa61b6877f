"""Issue 15 point 11: the stage of the service (Law No 88-V, seed 003 l.117: the applicant
can learn the stage; l.139: stage data go into the monitoring information system)."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from courier_helpers import accept, person
from kiosk.cli import main
from kiosk.deadlines import hand_over
from kiosk.dispatch import dispatch_day
from kiosk.errors import InputError
from kiosk.returns import issue_result, mark_returned
from kiosk.stage import EXPORT_FIELDS, export_stage_changes, package_stage

NOW = dt.datetime(2026, 11, 20, 10, 15)


def test_stage_follows_the_package_in_the_applicants_language(ctx, tmp_path):
    """Seed 003 l.117: accepted -> sent to the provider on ... -> result back -> issued."""
    number = accept(ctx, "externat", NOW, 1).number
    last4 = person(1).iin[-4:]
    st = package_stage(ctx, number, iin_last4=last4, lang="kk")
    assert st.stage == "accepted" and st.due_date == "2026-12-10"
    assert "Әуезов" in st.collect_at and "09:00–17:30" in st.collect_at
    hand_over(ctx, [number], "clerk", NOW + dt.timedelta(minutes=10))
    assert package_stage(ctx, number, iin_last4=last4).stage == "handed_over"
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Д", NOW.replace(hour=16))
    st = package_stage(ctx, number, iin_last4=last4, lang="ru")
    assert st.stage == "dispatched" and st.text == "Отправлено услугодателю 20.11.2026"
    mark_returned(ctx, number, "kim", dt.datetime(2026, 12, 7, 10))
    assert package_stage(ctx, number, iin_last4=last4, lang="en").text.startswith("The result is back")
    issue_result(ctx, number, "kim", dt.datetime(2026, 12, 7, 11))
    st = package_stage(ctx, number, scanned=True, lang="kk")
    assert st.stage == "issued" and "07.12.2026" in st.text and st.due_date is None
    # nothing else of the package is shown
    assert set(st.to_dict()) == {"number", "stage", "text", "since", "due_date", "collect_at"}


def test_wrong_iin_and_unknown_number_say_the_same(ctx):
    """Seed 003 l.117 gives the applicant the stage of their own service only."""
    number = accept(ctx, "externat", NOW, 2).number
    with pytest.raises(InputError) as a:
        package_stage(ctx, number, iin_last4="0000")
    with pytest.raises(InputError) as b:
        package_stage(ctx, "ALM01-01-261120-9999", iin_last4=person(2).iin[-4:])
    assert a.value.code == b.value.code == "stage.not_found"
    assert a.value.text("kk") == b.value.text("kk")
    with pytest.raises(InputError) as c:
        package_stage(ctx, number, iin_last4="12a")
    assert c.value.code == "stage.iin_last4"


def test_status_command_json(data_dir, capsys, login_as):
    """Seed 003 l.117: `qabyldau status NUMBER --json` gives stage and due_date."""
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        number = accept(c, "externat", NOW, 3).number
    assert main(["status", number, "--json", "--data-dir", str(data_dir), *login_as("clerk")]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["stage"] == "accepted" and got["due_date"] == "2026-12-10"
    assert main(["status", "NOPE", "--data-dir", str(data_dir), *login_as("clerk")]) == 2


def test_daily_stage_export_csv_and_json(ctx, tmp_path, data_dir):
    """Seed 003 l.139: stage data for the monitoring information system."""
    a = accept(ctx, "externat", NOW, 4).number
    b = accept(ctx, "preschool_queue", NOW + dt.timedelta(minutes=5), 5, complete=False).number
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Д", NOW.replace(hour=16))
    csv_path, json_path = export_stage_changes(ctx, NOW.date(), tmp_path / "mis")
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert tuple(rows[0]) == EXPORT_FIELDS
    assert [(r["receipt_number"], r["stage"]) for r in rows] == [
        (a, "accepted"), (b, "refused"), (a, "dispatched")]
    doc = json.loads(json_path.read_text("utf-8"))
    assert doc["day"] == "2026-11-20" and len(doc["changes"]) == 3
    assert export_stage_changes(ctx, NOW.date() - dt.timedelta(days=1), tmp_path / "x")[0] \
        .read_text("utf-8").strip() == ",".join(EXPORT_FIELDS)
