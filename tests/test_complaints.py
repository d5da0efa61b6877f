"""Complaints: 5 working days to answer (the office calendar), a slip, overdue ones listed."""

import datetime as dt

import pytest
from pypdf import PdfReader

from kiosk.cli import main
from kiosk.complaints import (add_complaint, answer_complaint, complaint_slip_pdf,
                              list_complaints, overdue_complaints)
from kiosk.errors import InputError
from kiosk.settings import set_calendar_day
from kiosk.staff import Employee, ensure_demo_staff

NOW = dt.datetime(2026, 11, 20, 10, 15)   # a Friday
MANAGER = Employee("manager", "Басшы Гүлнар Омарова", "manager")


def test_answer_due_in_five_working_days(ctx):
    c = add_complaint(ctx, MANAGER, incoming_number="ЖТ-41", received=NOW.date(),
                      applicant="Серікбаев Асқар", text="Қабылдауда ұзақ күттім", now=NOW)
    assert c.answer_due == "2026-11-27" and c.taken_by == "manager"
    ev = ctx.store.query("SELECT employee FROM events WHERE kind = 'complaint_registered'")
    assert ev == [{"employee": "manager"}]
    # an extra rest day in the office calendar moves the date
    admin = Employee("admin", "Әкімші", "administrator")
    set_calendar_day(ctx, admin, dt.date(2026, 11, 24), False, "санитарлық күн", now=NOW)
    c2 = add_complaint(ctx, MANAGER, incoming_number="ЖТ-42", received=NOW.date(),
                       applicant="Қасымова Дана", text="…", now=NOW)
    assert c2.answer_due == "2026-11-30"


def test_duplicate_number_future_date_and_clerk_are_refused(ctx):
    add_complaint(ctx, MANAGER, incoming_number="1", received=NOW.date(), applicant="А Б",
                  text="т", now=NOW)
    with pytest.raises(InputError) as e:
        add_complaint(ctx, MANAGER, incoming_number="1", received=NOW.date(), applicant="А Б",
                      text="т", now=NOW)
    assert e.value.code == "complaint.number_taken"
    with pytest.raises(InputError):
        add_complaint(ctx, MANAGER, incoming_number="2", received=NOW.date() + dt.timedelta(1),
                      applicant="А Б", text="т", now=NOW)
    with pytest.raises(InputError) as e:
        add_complaint(ctx, Employee("clerk", "О", "clerk"), incoming_number="3",
                      received=NOW.date(), applicant="А Б", text="т", now=NOW)
    assert e.value.code == "staff.forbidden"


def test_overdue_until_answered_and_slip(ctx):
    add_complaint(ctx, MANAGER, incoming_number="7", received=dt.date(2026, 11, 10),
                  applicant="Нұрланова Элла", text="Нәтиже кешікті", package_number="alm01-01-261102-0003",
                  now=NOW)
    add_complaint(ctx, MANAGER, incoming_number="8", received=NOW.date(), applicant="А Б",
                  text="т", now=NOW)
    assert [c.incoming_number for c in overdue_complaints(ctx, NOW.date())] == ["7"]
    ensure_demo_staff(ctx.store, now=NOW)
    text = PdfReader(__import__("io").BytesIO(complaint_slip_pdf(ctx, "7"))).pages[0].extract_text()
    assert "17.11.2026" in text and "Нұрланова Элла" in text and "Басшы Гүлнар Омарова" in text
    assert "ALM01-01-261102-0003" in text
    answer_complaint(ctx, MANAGER, "7", "Түсіндірілді", now=NOW)
    assert overdue_complaints(ctx, NOW.date()) == []
    assert [c.incoming_number for c in list_complaints(ctx, open_only=True)] == ["8"]


def test_complaint_commands(ctx, data_dir, tmp_path, capsys, monkeypatch):
    ctx.close()
    monkeypatch.setenv("QABYLDAU_PIN", "3333")
    slip = tmp_path / "slip.pdf"
    code = main(["complaint", "add", "--login", "manager", "--number", "15", "--applicant",
                 "Ахметов Ғалым", "--text", "Кезек", "--slip", str(slip), "--data-dir", str(data_dir)])
    assert code == 0 and slip.read_bytes().startswith(b"%PDF")
    assert main(["complaint", "list", "--data-dir", str(data_dir), "--login", "manager"]) == 0
    assert "15\t2026-11-20\tdue 2026-11-27" in capsys.readouterr().out
    monkeypatch.setenv("QABYLDAU_PIN", "1111")
    assert main(["complaint", "add", "--login", "clerk", "--number", "16", "--applicant", "А Б",
                 "--text", "т", "--data-dir", str(data_dir)]) == 2
