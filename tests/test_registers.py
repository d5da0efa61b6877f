"""The daily register: one row a package (accepted and refused) in PDF, CSV and XLSX."""

import csv
import datetime as dt
import io

from openpyxl import load_workbook
from pypdf import PdfReader

from kiosk.cli import main
from kiosk.demo import fill_demo_day
from kiosk.registers import HEADINGS, export_register, register_rows

DAY = dt.date(2026, 11, 20)


def test_register_files_have_one_row_per_package(ctx, tmp_path):
    results = fill_demo_day(ctx, DAY, 40, seed=7)
    fill_demo_day(ctx, DAY + dt.timedelta(days=3), 5, seed=8)  # another day stays out
    refused = [r for r in results if r.outcome == "refused"]
    assert refused, "the demo day should have refusals"
    paths = export_register(ctx, DAY, tmp_path / "out")
    assert [p.suffix for p in paths] == [".pdf", ".csv", ".xlsx"]
    pdf, csv_path, xlsx = paths

    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADINGS["kk"])
    body = rows[1:]
    assert len(body) == 40
    assert [r[1] for r in body] == [r.number for r in results]
    by_number = {r[1]: r for r in body}
    for r in refused:
        line = by_number[r.number]
        assert line[6] == "бас тартылды" and line[7]  # names what was missing

    text = csv_path.read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(lines) == 41 and {l[1] for l in lines[1:]} == {r.number for r in results}

    reader = PdfReader(pdf)
    all_text = "".join(p.extract_text() for p in reader.pages)
    assert all(r.number in all_text for r in results)
    assert "Барлығы / Всего: 40" in all_text


def test_register_command_writes_the_three_files(ctx, data_dir, tmp_path, capsys, login_as):
    fill_demo_day(ctx, DAY, 6, seed=2)
    code = main(["register", "--date", DAY.isoformat(), "--out", str(tmp_path / "r"),
                 "--data-dir", str(data_dir), *login_as("manager")])
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "r").iterdir())
    assert names == [f"register-ALM01-{DAY}.{x}" for x in ("csv", "pdf", "xlsx")]
    assert main(["register", "--date", "20.11.2026", "--data-dir", str(data_dir),
                 *login_as("manager")]) == 2


def test_empty_day_gives_an_empty_register(ctx, tmp_path):
    assert register_rows(ctx, DAY) == []
    pdf, _, xlsx = export_register(ctx, DAY, tmp_path)
    assert load_workbook(xlsx).active.max_row == 1
    assert "Барлығы / Всего: 0" in PdfReader(pdf).pages[0].extract_text()
