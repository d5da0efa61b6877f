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
    assert "15\t2026-11-20 10:15:00\tdue 2026-11-27" in capsys.readouterr().out
    monkeypatch.setenv("QABYLDAU_PIN", "1111")
    assert main(["complaint", "add", "--login", "clerk", "--number", "16", "--applicant", "А Б",
                 "--text", "т", "--data-dir", str(data_dir)]) == 2


# -- issue 15 point 9 --------------------------------------------------------------------------

def _slip_text(ctx, number):
    import io
    return PdfReader(io.BytesIO(complaint_slip_pdf(ctx, number))).pages[0].extract_text()


def test_slip_carries_what_a_registration_needs(ctx):
    """Seed 000 l.33: name, postal address, phone; who took it; the term and place of the
    answer; stamp, incoming number and date.  Seed 000 l.237: a slip (талон) with the date
    and time received."""
    ensure_demo_staff(ctx.store, now=NOW)
    add_complaint(ctx, MANAGER, incoming_number="ЖТ-77",
                  received=dt.datetime(2026, 11, 20, 9, 40), applicant="Серікбаев Асқар Болатұлы",
                  postal_address="050000, Алматы қ., Абай даңғылы, 10, 5-пәтер",
                  phone="+7 701 111 22 33", text="Қабылдауда ұзақ күттім",
                  answer_place="Әуезов ауданы ХҚКО, 12-кабинет", now=NOW)
    text = _slip_text(ctx, "ЖТ-77")
    for expected in ("ЖТ-77", "20.11.2026 09:40", "Серікбаев Асқар Болатұлы",
                     "050000, Алматы қ., Абай даңғылы, 10, 5-пәтер", "+7 701 111 22 33",
                     "Басшы Гүлнар Омарова", "27.11.2026", "Әуезов ауданы ХҚКО, 12-кабинет",
                     "мөртаңба", "штамп", "талон"):
        assert expected in text, expected


def test_state_corporation_staff_complaint_goes_to_its_head(ctx):
    """Seed 002 l.44: a complaint about a State Corporation employee goes to the head of the
    State Corporation; the demo office is a State Corporation centre."""
    c = add_complaint(ctx, MANAGER, incoming_number="9", received=NOW, applicant="А Б",
                      text="т", now=NOW)
    assert c.addressed_to == "state_corporation_head" and c.answer_due == "2026-11-27"
    assert "Мемлекеттік корпорацияның басшысы" in _slip_text(ctx, "9")


def test_quality_body_complaint_has_fifteen_working_days(ctx):
    """Seed 000 l.36 and seed 002 l.47: the quality-control body reviews a complaint within
    fifteen working days of its registration (the office calendar)."""
    c = add_complaint(ctx, MANAGER, incoming_number="10", received=NOW, applicant="А Б",
                      text="т", addressed_to="quality_body", now=NOW)
    assert c.answer_days == 15
    assert c.answer_due == ctx.calendar.add_working_days(NOW.date(), 15).isoformat() \
        == "2026-12-11"
    assert [x.incoming_number for x in overdue_complaints(ctx, dt.date(2026, 12, 11))] == []
    assert [x.incoming_number for x in overdue_complaints(ctx, dt.date(2026, 12, 14))] == ["10"]
    assert "15" in _slip_text(ctx, "10")


def test_complaint_add_command_takes_address_time_and_addressee(data_dir, tmp_path, capsys,
                                                                  monkeypatch):
    """Seed 000 l.33, l.237; seed 002 l.44."""
    monkeypatch.setenv("QABYLDAU_PIN", "3333")
    code = main(["complaint", "add", "--login", "manager", "--number", "21",
                 "--applicant", "Ахметов Ғалым", "--address", "Алматы қ., Төле би к., 5",
                 "--phone", "+77015556677", "--received", "2026-11-20 09:05",
                 "--to", "quality_body", "--text", "Нәтиже", "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 0 and "2026-11-20 09:05:00" in out and "quality_body" in out
    assert "2026-12-11" in out
