"""Staff accounts: PINs only as scrypt hashes, lockout after five wrong tries, roles."""

import datetime as dt

import pytest

from kiosk.errors import InputError
from kiosk.staff import (DEMO_ACCOUNTS, LOCK_MINUTES, Employee, add_employee, check_secret,
                         ensure_demo_staff, hash_secret, list_staff, require, set_active,
                         set_secret, sign_in)

NOW = dt.datetime(2026, 11, 20, 10, 15)
ADMIN = Employee("admin", "Әкімші", "administrator")


@pytest.fixture
def seeded(ctx):
    """The test's training store: made with the demo accounts."""
    assert ctx.training
    return ctx


def test_demo_accounts_sign_in_with_their_pins(seeded):
    for login, name, role, pin in DEMO_ACCOUNTS:
        who = sign_in(seeded.store, login, pin, now=NOW)
        assert who == Employee(login, name, role)
    assert not ensure_demo_staff(seeded.store, now=NOW)  # seeded once only


def test_wrong_pin_and_unknown_login_say_the_same(seeded):
    with pytest.raises(InputError) as a:
        sign_in(seeded.store, "clerk", "9999", now=NOW)
    with pytest.raises(InputError) as b:
        sign_in(seeded.store, "nobody", "9999", now=NOW)
    assert a.value.code == b.value.code == "staff.wrong"


def test_five_wrong_pins_lock_the_account(seeded):
    for _ in range(4):
        with pytest.raises(InputError) as e:
            sign_in(seeded.store, "clerk", "0000", now=NOW)
        assert e.value.code == "staff.wrong"
    with pytest.raises(InputError) as e:
        sign_in(seeded.store, "clerk", "0000", now=NOW)
    assert e.value.code == "staff.locked"
    # even the right PIN is refused while locked
    later = NOW + dt.timedelta(minutes=LOCK_MINUTES - 1)
    with pytest.raises(InputError) as e:
        sign_in(seeded.store, "clerk", "1111", now=later)
    assert e.value.code == "staff.locked" and e.value.params["minutes"] == 1
    # after the lock, the right PIN works and the count starts again
    after = NOW + dt.timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert sign_in(seeded.store, "clerk", "1111", now=after).role == "clerk"
    kinds = [r["kind"] for r in seeded.store.query("SELECT kind FROM events WHERE employee='clerk'")]
    assert kinds.count("sign_in_failed") == 4 and "sign_in_locked" in kinds and "signed_in" in kinds


def test_a_right_pin_resets_the_count(seeded):
    for _ in range(4):
        with pytest.raises(InputError):
            sign_in(seeded.store, "clerk", "0000", now=NOW)
    sign_in(seeded.store, "clerk", "1111", now=NOW)
    for _ in range(4):
        with pytest.raises(InputError) as e:
            sign_in(seeded.store, "clerk", "0000", now=NOW)
        assert e.value.code == "staff.wrong"


def _stored_values(store) -> list[str]:
    """Every value of every table of the store, as text."""
    if store.path is not None:
        tables = [r["name"] for r in store.query(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
    else:
        tables = [r["table_name"] for r in store.query(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")]
    return [str(v) for t in tables for row in store.query(f'SELECT * FROM "{t}"')
            for v in row.values() if v is not None]


def test_no_plain_pin_in_the_database_file(seeded, request):
    add_employee(seeded.store, ADMIN, "aigul", "Айгүл Серікова", "clerk", "Qaz-pass-7319", now=NOW)
    if seeded.store.path is not None:
        seeded.store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
        raws = [seeded.store.path.read_bytes()]
    else:  # the server's files: its tables and its write-ahead log, after a checkpoint
        seeded.store.execute("CHECKPOINT")
        data = request.getfixturevalue("pg_cluster").data
        raws = [p.read_bytes() for p in data.rglob("*") if p.is_file()]
    assert not [r for r in raws if b"Qaz-pass-7319" in r]  # nowhere, free pages included
    # a 4-digit PIN such as 2222 turns up by chance in hex hashes and timestamps of the raw
    # file, so for those: no stored value is the PIN or carries it as a JSON value
    values = _stored_values(seeded.store)
    for *_, pin in DEMO_ACCOUNTS:
        assert not [v for v in values if v == pin or f'"{pin}"' in v or f"'{pin}'" in v], pin
    hashes = {r["login"]: r["secret_hash"] for r in seeded.store.query(
        "SELECT login, secret_hash FROM staff")}
    assert hashes.pop("aigul").startswith("scrypt$65536$8$1$")   # a real account: today's cost
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes.values())  # public demo PINs
    hashes = list(hashes.values())
    assert len(set(h.split("$")[4] for h in hashes)) == len(hashes)  # a salt per account


def test_hash_is_salted_memory_hard_and_checks():
    a, b = hash_secret("1111"), hash_secret("1111")
    assert a != b                      # fresh salt each time
    assert check_secret("1111", a) and check_secret("1111", b)
    assert not check_secret("1112", a)
    kind, n, r, p, salt, digest = a.split("$")
    assert kind == "scrypt" and int(n) >= 2 ** 14 and int(r) >= 8
    assert len(bytes.fromhex(salt)) == 16 and "1111" not in a


def test_only_an_administrator_manages_staff(seeded):
    manager = sign_in(seeded.store, "manager", "3333", now=NOW)
    with pytest.raises(InputError) as e:
        add_employee(seeded.store, manager, "x1", "Икс", "clerk", "5555", now=NOW)
    assert e.value.code == "staff.forbidden"
    assert e.value.text("ru") == "Для manager этот раздел закрыт: Сотрудники"   # its title, not "staff"
    admin = sign_in(seeded.store, "admin", "4444", now=NOW)
    add_employee(seeded.store, admin, "dana", "Дана Қасымова", "dispatcher", "8080", now=NOW)
    assert sign_in(seeded.store, "dana", "8080", now=NOW).role == "dispatcher"
    set_active(seeded.store, admin, "dana", False, now=NOW)
    with pytest.raises(InputError):
        sign_in(seeded.store, "dana", "8080", now=NOW)
    set_active(seeded.store, admin, "dana", True, now=NOW)
    set_secret(seeded.store, admin, "dana", "9090", now=NOW)
    assert sign_in(seeded.store, "dana", "9090", now=NOW).login == "dana"
    rows = {r["login"]: r for r in list_staff(seeded.store)}
    assert "secret_hash" not in rows["dana"]
    added = seeded.store.query("SELECT employee FROM events WHERE kind = 'staff_added' "
                               "AND data LIKE '%dana%'")
    assert added == [{"employee": "admin"}]


def test_clerk_has_no_manager_sections():
    clerk = Employee("clerk", "Оператор", "clerk")
    for section in ("statistics", "registers", "audit", "staff", "settings", "complaints"):
        with pytest.raises(InputError):
            require(clerk, section)


def test_kiosk_unlocks_with_any_staff_pin_and_locks_after_five_wrong(ctx):
    import datetime as dt

    import pytest

    from kiosk.errors import InputError
    from kiosk.staff import unlock_kiosk
    now = dt.datetime(2026, 11, 20, 10, 15)
    assert unlock_kiosk(ctx.store, "2222", now=now).login == "dispatcher"
    for _ in range(4):
        with pytest.raises(InputError) as e:
            unlock_kiosk(ctx.store, "9999", now=now)
        assert e.value.code == "staff.wrong"
    with pytest.raises(InputError) as e:
        unlock_kiosk(ctx.store, "9999", now=now)
    assert e.value.code == "staff.locked"
    with pytest.raises(InputError) as e:  # even the right PIN waits out the lock
        unlock_kiosk(ctx.store, "1111", now=now + dt.timedelta(minutes=5))
    assert e.value.code == "staff.locked"
    assert unlock_kiosk(ctx.store, "1111", now=now + dt.timedelta(minutes=16)).login == "clerk"
    kinds = [r["kind"] for r in ctx.store.query("SELECT kind FROM events WHERE kind LIKE 'kiosk%'")]
    assert kinds.count("kiosk_unlocked") == 2 and kinds.count("kiosk_unlock_failed") == 5


PARALLEL_TRY = """
import sys, datetime as dt
sys.path.insert(0, {root!r})
from db.store import Store
from kiosk.errors import InputError
from kiosk.staff import sign_in
with Store({path!r}) as store:
    try:
        sign_in(store, "clerk", sys.argv[1], now=dt.datetime(2026, 11, 20, 10, 15))
        print("IN")
    except InputError as e:
        print(e.code)
"""


def test_parallel_wrong_pins_lock_the_account_after_five(ctx):
    """Twelve processes try a wrong PIN at the same moment, and one the right PIN among them:
    five wrong ones are checked, the account locks, every other try is refused as locked —
    the right PIN too, so a parallel guess cannot slip past the lock."""
    import subprocess
    import sys
    from pathlib import Path
    root = str(Path(__file__).resolve().parents[1])
    code = PARALLEL_TRY.format(root=root, path=ctx.store.conninfo or str(ctx.store.path))
    pins = ["0000"] * 12
    procs = [subprocess.Popen([sys.executable, "-c", code, pin], stdout=subprocess.PIPE,
                              text=True) for pin in pins]
    said = [p.communicate(timeout=300)[0].strip() for p in procs]
    assert said.count("staff.wrong") == 4 and said.count("staff.locked") == 8, said
    kinds = [r["kind"] for r in ctx.store.query(
        "SELECT kind FROM events WHERE employee = 'clerk' AND kind LIKE 'sign_in%'")]
    assert kinds.count("sign_in_failed") == 4 and kinds.count("sign_in_locked") == 1
    with pytest.raises(InputError) as e:                  # the right PIN waits out the lock
        sign_in(ctx.store, "clerk", "1111", now=NOW + dt.timedelta(minutes=1))
    assert e.value.code == "staff.locked"


def test_parallel_threads_lock_too(ctx, tmp_path):
    """The same with threads of one process, each with its own connection."""
    import threading

    from db.store import Store
    results: list[str] = []

    def one() -> None:
        with Store(ctx.store.conninfo or ctx.store.path) as store:
            try:
                sign_in(store, "manager", "9999", now=NOW)
                results.append("in")
            except InputError as exc:
                results.append(exc.code)

    threads = [threading.Thread(target=one) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("staff.wrong") == 4 and results.count("staff.locked") == 6


def test_office_pins_cost_and_length_and_old_hashes_upgrade(tmp_path, monkeypatch):
    """An office store: a new PIN has at least 6 characters and today's cost (scrypt
    n*r >= 2**16*8: 64 MiB, about 0.2 s a try); a hash of the old cost still signs in and is
    replaced by today's at that sign-in."""
    from db import staff as staff_db
    from kiosk.office_setup import OfficeDetails, make_office_store
    from kiosk.staff import SCRYPT_N, SCRYPT_R
    monkeypatch.delenv("QABYLDAU_NOW")
    assert SCRYPT_N * SCRYPT_R >= 2 ** 16 * 8
    office = make_office_store(tmp_path / "office", OfficeDetails(
        "AST02", "Астана ХҚКО", "ЦОН Астаны", "Астана қ."), "aliya", "Әлия Ж.", "739164")
    with office:
        admin = sign_in(office.store, "aliya", "739164", now=dt.datetime.now())
        with pytest.raises(InputError) as e:
            add_employee(office.store, admin, "dana", "Дана", "clerk", "12345",
                         now=dt.datetime.now())
        assert e.value.code == "staff.secret_short" and e.value.params["min"] == 6
        add_employee(office.store, admin, "dana", "Дана", "clerk", "123456", now=dt.datetime.now())
        old = hash_secret("123456", n=2 ** 14)             # as the program made them before
        with office.store.write():
            staff_db.update_secret(office.store, "dana", old)
        assert sign_in(office.store, "dana", "123456", now=dt.datetime.now()).login == "dana"
        now_hash = staff_db.account(office.store, "dana")["secret_hash"]
        assert now_hash != old and now_hash.startswith(f"scrypt${SCRYPT_N}$")
        assert check_secret("123456", now_hash)
