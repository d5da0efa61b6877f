"""Training store and office store, and signing in for every command, as a person at a shell
meets them: `setup` makes an office with its first administrator and no demo accounts;
`demo` works on a training store only; a folder without a store names both ways to make one;
QABYLDAU_NOW is honoured on a training store only; every command but services, check,
verify, demo and setup signs in, and the role decides as at the desk."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.iin import make_iin

SETUP = ["setup", "--office-code", "AST02", "--name-kk", "Астана қ. ХҚКО №2",
         "--name-ru", "ЦОН №2 г. Астаны", "--address", "Астана қ., Сарыарқа ауданы, 5",
         "--admin", "aliya", "--admin-name", "Әлия Нұрланқызы Жақсыбекова"]
ADMIN_PIN = "739164"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path, monkeypatch, capsys) -> Path:
    """An office store made with `qabyldau setup` (the computer's clock, no QABYLDAU_NOW)."""
    monkeypatch.delenv("QABYLDAU_NOW", raising=False)
    folder = tmp_path / "office"
    monkeypatch.setenv("QABYLDAU_PIN", ADMIN_PIN)
    code, out, err = run(capsys, *SETUP, "--data-dir", str(folder))
    assert code == 0, err
    assert "AST02" in out and "aliya" in out
    return folder


def staff_of(folder: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(folder / "qabyldau.sqlite3") as db:
        return {r[0]: (r[1], r[2]) for r in db.execute("SELECT login, role, secret_hash FROM staff")}


def test_setup_makes_an_office_with_its_administrator_and_no_demo_accounts(office, capsys,
                                                                          monkeypatch):
    accounts = staff_of(office)
    assert list(accounts) == ["aliya"] and accounts["aliya"][0] == "administrator"
    assert accounts["aliya"][1].startswith("scrypt$65536$")
    code, out, _ = run(capsys, "staff", "list", "--json", "--login", "aliya", "--data-dir",
                       str(office))
    assert code == 0 and [a["full_name"] for a in json.loads(out)] == ["Әлия Нұрланқызы Жақсыбекова"]
    for login, pin in (("clerk", "1111"), ("admin", "4444")):   # no demo account exists
        monkeypatch.setenv("QABYLDAU_PIN", pin)
        code, _, err = run(capsys, "lookup", "--login", login, "--data-dir", str(office))
        assert code == 2 and "Wrong login or PIN" in err
    # a second setup in the same folder is refused and changes nothing
    monkeypatch.setenv("QABYLDAU_PIN", ADMIN_PIN)
    code, _, err = run(capsys, *SETUP, "--data-dir", str(office))
    assert code == 2 and "already holds a store" in err
    assert list(staff_of(office)) == ["aliya"]


def test_setup_asks_for_a_pin_of_at_least_6_and_refuses_a_fixed_clock(tmp_path, capsys,
                                                                       monkeypatch):
    monkeypatch.delenv("QABYLDAU_NOW", raising=False)
    monkeypatch.setenv("QABYLDAU_PIN", "1234")
    code, _, err = run(capsys, *SETUP, "--data-dir", str(tmp_path / "a"))
    assert code == 2 and "6 to 64 characters" in err
    monkeypatch.setenv("QABYLDAU_PIN", ADMIN_PIN)
    monkeypatch.setenv("QABYLDAU_NOW", "2025-01-01T09:00:00")
    code, _, err = run(capsys, *SETUP, "--data-dir", str(tmp_path / "b"))
    assert code == 2 and "QABYLDAU_NOW" in err
    monkeypatch.delenv("QABYLDAU_NOW")
    monkeypatch.delenv("QABYLDAU_PIN")
    code, _, err = run(capsys, *SETUP, "--data-dir", str(tmp_path / "c"))   # no terminal
    assert code == 2 and "QABYLDAU_PIN" in err and "Traceback" not in err
    code, _, err = run(capsys, *[a if a != "AST02" else "a b" for a in SETUP],
                       "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "office_code" in err


def test_a_folder_without_a_store_names_both_ways_to_make_one(tmp_path, capsys, monkeypatch):
    empty = tmp_path / "empty"
    monkeypatch.setenv("QABYLDAU_PIN", "1111")
    for argv in (["lookup", "--login", "clerk"], ["check"], ["services"],
                 ["audit", "verify", "--login", "clerk"]):
        code, out, err = run(capsys, *argv, "--data-dir", str(empty))
        assert code == 2, argv
        assert "qabyldau setup --office-code" in err and "qabyldau demo" in err
        assert str(empty) in err and "Traceback" not in err
    assert not (empty / "qabyldau.sqlite3").exists()      # nothing was made on the way


def test_demo_makes_a_training_store_and_refuses_an_office_store(tmp_path, office, capsys,
                                                                 monkeypatch):
    before = office.joinpath("qabyldau.sqlite3").read_bytes()
    code, _, err = run(capsys, "demo", "--packages", "5", "--data-dir", str(office))
    assert code == 2 and "office store" in err
    with sqlite3.connect(office / "qabyldau.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM packages").fetchone()[0] == 0

    training = tmp_path / "training"
    monkeypatch.setenv("QABYLDAU_NOW", "2026-11-20T11:30:00")
    code, out, err = run(capsys, "demo", "--packages", "20", "--data-dir", str(training))
    assert code == 0, err and "training" in out
    accounts = staff_of(training)
    assert {k: v[0] for k, v in accounts.items()} == {
        "clerk": "clerk", "dispatcher": "dispatcher", "manager": "manager",
        "admin": "administrator"}
    with sqlite3.connect(training / "qabyldau.sqlite3") as db:
        times = [r[0] for r in db.execute("SELECT accepted_at FROM packages")]
        who = {r[0] for r in db.execute("SELECT employee FROM packages")}
    assert len(times) == 20 and max(times) <= "2026-11-20 11:30:00"   # never later than now
    assert who == {"clerk"}                                             # an account, not a name
    code, _, err = run(capsys, "demo", "--date", "2026-11-21", "--data-dir", str(training))
    assert code == 2 and "future" in err
    # --if-empty (run.sh): a day that has packages gets no more
    code, out, _ = run(capsys, "demo", "--if-empty", "--data-dir", str(training))
    assert code == 0 and "already has packages" in out
    del before


def test_the_fixed_clock_works_on_a_training_store_only(office, data_dir, capsys, monkeypatch):
    monkeypatch.setenv("QABYLDAU_NOW", "2025-01-01T09:00:00")
    before = (office / "qabyldau.sqlite3").read_bytes()
    code, _, err = run(capsys, "lookup", "--login", "aliya", "--data-dir", str(office))
    assert code == 2 and "QABYLDAU_NOW" in err
    code, _, err = run(capsys, "check", "--data-dir", str(office))
    assert code == 2 and "QABYLDAU_NOW" in err
    assert (office / "qabyldau.sqlite3").read_bytes() == before
    monkeypatch.setenv("QABYLDAU_PIN", "1111")                    # the training store: fine
    code, _, err = run(capsys, "lookup", "--login", "clerk", "--data-dir", str(data_dir))
    assert code == 0, err


def test_every_command_but_five_signs_in(data_dir, tmp_path, capsys, monkeypatch):
    import shutil
    monkeypatch.delenv("QABYLDAU_PIN", raising=False)
    d = ["--data-dir", str(data_dir)]
    shutil.copy(data_dir / "qabyldau.sqlite3", tmp_path / "b")   # a restorable file
    needs = [["lookup"], ["receipt", "X", "--out", str(tmp_path / "r.pdf")],
             ["accept", "--json", str(tmp_path / "none.json")], ["dispatch", "--out", "o"],
             ["return", "X"], ["issue", "X"], ["overdue"], ["audit", "verify"],
             ["register", "--out", "o"], ["stats"], ["complaint", "list"], ["staff", "list"],
             ["catalogue", "diff", "f.json"], ["home", "list"],
             ["backup", "--out", str(tmp_path / "b")], ["restore", str(tmp_path / "b")]]
    for argv in needs:
        code, out, err = run(capsys, *argv, *d)
        assert code == 2 and "--login" in err, (argv, err)
    assert run(capsys, "services", *d)[0] == 0
    assert run(capsys, "check", *d)[0] == 0


@pytest.mark.parametrize("login,argv,allowed", [
    ("clerk", ["backup", "--out", "B"], False),
    ("manager", ["backup", "--out", "B"], False),
    ("admin", ["backup", "--out", "B"], True),
    ("clerk", ["audit", "verify"], False),
    ("manager", ["audit", "verify"], True),
    ("dispatcher", ["stats"], False),
    ("clerk", ["staff", "list"], False),
    ("admin", ["staff", "list"], True),
    ("dispatcher", ["accept", "--json", "REQ"], False),
    ("clerk", ["dispatch", "--out", "OUT"], False),
    ("dispatcher", ["dispatch", "--out", "OUT"], True),
])
def test_the_role_decides_as_at_the_desk(data_dir, tmp_path, capsys, login_as, login, argv,
                                         allowed):
    argv = [a.replace("B", str(tmp_path / "b.sqlite3")).replace("OUT", str(tmp_path / "out"))
            .replace("REQ", str(tmp_path / "r.json")) for a in argv]
    code, _, err = run(capsys, *argv, "--data-dir", str(data_dir), *login_as(login))
    if allowed:
        assert code == 0, err
    else:
        assert code == 2 and "may not open" in err


def test_a_wrong_pin_stops_the_command_and_nothing_is_stored(data_dir, tmp_path, capsys,
                                                             monkeypatch):
    from kiosk.catalogue import load_catalogue
    s = load_catalogue().service("externat")
    req = {"service": "externat", "consent": True, "representative": None,
           "applicant": {"surname": "Омаров", "name": "Дәурен", "patronymic": "",
                         "iin": make_iin(dt.date(1990, 5, 15), "male", 1),
                         "phone": "+77011234567", "address": "Алматы"},
           "answers": {c.id: c.exempt_when for c in s.conditions},
           "documents": [d.id for d in s.documents if not d.from_information_system]}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(req, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("QABYLDAU_PIN", "9999")
    code, out, err = run(capsys, "accept", "--json", str(path), "--login", "clerk",
                         "--data-dir", str(data_dir))
    assert code == 2 and out == "" and "Wrong login or PIN" in err
    monkeypatch.setenv("QABYLDAU_PIN", "1111")
    code, out, err = run(capsys, "accept", "--json", str(path), "--login", "clerk",
                         "--data-dir", str(data_dir))
    assert code == 0, err
    with sqlite3.connect(data_dir / "qabyldau.sqlite3") as db:
        (count,) = db.execute("SELECT COUNT(*) FROM packages").fetchone()
        kinds = [r for r in db.execute("SELECT kind, employee FROM events ORDER BY id")]
    assert count == 1
    assert ("sign_in_failed", "clerk") in kinds and ("accepted", "clerk") in kinds


def test_staff_add_disable_and_pin_from_the_command_line(office, capsys, monkeypatch):
    d = ["--data-dir", str(office), "--login", "aliya"]
    monkeypatch.setenv("QABYLDAU_PIN", ADMIN_PIN)
    monkeypatch.setenv("QABYLDAU_NEW_PIN", "2468")
    code, _, err = run(capsys, "staff", "add", "dana", "--name", "Дана Қасымова", "--role",
                       "clerk", *d)
    assert code == 2 and "6 to 64" in err                      # an office store: 6 at least
    monkeypatch.setenv("QABYLDAU_NEW_PIN", "246813")
    code, out, err = run(capsys, "staff", "add", "dana", "--name", "Дана Қасымова", "--role",
                         "clerk", *d)
    assert code == 0, err and "dana" in out
    monkeypatch.setenv("QABYLDAU_PIN", "246813")
    code, _, err = run(capsys, "lookup", "--login", "dana", "--data-dir", str(office))
    assert code == 0, err
    code, _, err = run(capsys, "staff", "add", "x2", "--name", "X", "--role", "clerk",
                       "--login", "dana", "--data-dir", str(office))
    assert code == 2 and "may not open" in err                 # a clerk manages no staff
    monkeypatch.setenv("QABYLDAU_NEW_PIN", "135792")           # one's own PIN: any role
    code, _, err = run(capsys, "staff", "pin", "dana", "--login", "dana", "--data-dir",
                       str(office))
    assert code == 0, err
    monkeypatch.setenv("QABYLDAU_PIN", ADMIN_PIN)
    assert run(capsys, "staff", "disable", "dana", *d)[0] == 0
    code, _, err = run(capsys, "staff", "disable", "aliya", *d)
    assert code == 2                                           # not oneself
    monkeypatch.setenv("QABYLDAU_PIN", "135792")
    code, _, err = run(capsys, "lookup", "--login", "dana", "--data-dir", str(office))
    assert code == 2 and "Wrong login or PIN" in err


def test_training_papers_carry_the_mark_and_office_papers_do_not(office, data_dir, tmp_path,
                                                                capsys, monkeypatch, login_as):
    """(An office accepts only in its working hours by the computer's clock, so its paper is
    rendered here from the receipt test's data, with the office store open.)"""
    from pypdf import PdfReader

    from kiosk.context import open_context
    from kiosk.documents.receipt import render_receipt
    from tests.test_cli import request
    from tests.test_receipt_pdf import make_data
    monkeypatch.setenv("QABYLDAU_NOW", "2026-11-20T10:15:00")
    code, out, err = run(capsys, "accept", "--json", str(request(tmp_path)), "--data-dir",
                         str(data_dir), *login_as("clerk"))
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(json.loads(out)["pdf"]).pages)
    assert "ОҚУ / УЧЕБНЫЙ" in text
    assert "Оператор Айгерім Сейтқали" in text              # the account's full name
    monkeypatch.delenv("QABYLDAU_NOW")
    with open_context(office):
        pdf = tmp_path / "office.pdf"
        pdf.write_bytes(render_receipt(make_data(), "a4"))
        text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "ОҚУ" not in text and "УЧЕБНЫЙ" not in text
