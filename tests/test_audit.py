"""The event trail: ``qabyldau audit verify`` passes an untouched store and names the first
broken event after a row is edited, a middle row deleted, or the last row deleted."""

import datetime as dt
import os

import pytest

from db.store import Store

from kiosk.audit import trail, verify
from kiosk.cli import main
from kiosk.demo import fill_demo_day
from kiosk.errors import InputError
from kiosk.staff import Employee

DAY = dt.date(2026, 11, 20)
BASE = 0


@pytest.fixture
def store_file(ctx):
    global BASE
    BASE = len(ctx.store.query("SELECT id FROM events"))  # the training store's own events
    fill_demo_day(ctx, DAY, 8, seed=3)
    target = os.environ.get("QABYLDAU_STORE") or ctx.store.path  # the file or the server
    ctx.close()
    return target


@pytest.fixture(autouse=True)
def _manager_pin(monkeypatch):
    monkeypatch.setenv("QABYLDAU_PIN", "3333")


def audit(capsys, data_dir):
    code = main(["audit", "verify", "--data-dir", str(data_dir), "--login", "manager"])
    return code, capsys.readouterr().out


def raw(target, sql, params=()):
    """Someone with direct access to the database changes it behind the program's back."""
    with Store(target, migrate=False) as store, store.write():
        store.execute(sql, params)


def test_untouched_store_verifies(capsys, data_dir, store_file):
    code, out = audit(capsys, data_dir)
    assert code == 0 and f"{BASE + 8} events" in out


def test_an_edited_row_is_named(capsys, data_dir, store_file):
    raw(store_file, "UPDATE events SET data = '{\"x\": 1}' WHERE id = ?", (BASE + 3,))
    raw(store_file, "UPDATE events SET employee = 'nobody' WHERE id = ?", (BASE + 5,))
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"event {BASE + 3}" in out and "edited" in out


def test_a_deleted_middle_row_is_named(capsys, data_dir, store_file):
    raw(store_file, "DELETE FROM events WHERE id = ?", (BASE + 4,))
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"event {BASE + 5}" in out  # the one after the gap no longer links


def test_a_deleted_last_row_shows(capsys, data_dir, store_file):
    raw(store_file, "DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)")
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"{BASE + 7} remain" in out and f"after event {BASE + 7}" in out


def test_trail_is_for_managers_only(ctx):
    fill_demo_day(ctx, DAY, 3, seed=1)
    manager = Employee("manager", "Басшы", "manager")
    rows = [r for r in trail(ctx.store, manager, day=DAY.isoformat()) if r["package"]]
    assert len(rows) == 3 and rows[0]["package"].startswith("ALM01-01-261120-")
    assert verify(ctx.store).ok
    with pytest.raises(InputError):
        trail(ctx.store, Employee("clerk", "Оператор", "clerk"))
