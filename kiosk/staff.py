"""Staff of the office, what each role may do, and signing in.

A PIN or password is kept only as a salted scrypt hash (memory-hard: n=2**14, r=8, about
16 MB a try); five wrong tries lock the account for a while.  Every change to the staff list
and every sign-in lands in the event trail with the employee who did it."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from typing import Any

from db import events
from db.store import Store
from kiosk.errors import InputError

__all__ = ["Employee", "ROLES", "ROLE_SECTIONS", "may", "DEFAULT_CLERK", "MANAGERS",
           "hash_secret", "check_secret", "sign_in", "add_employee", "set_secret",
           "set_active", "list_staff", "require", "ensure_demo_staff", "DEMO_ACCOUNTS",
           "MAX_TRIES", "LOCK_MINUTES"]

ROLES = ("clerk", "dispatcher", "manager", "administrator")

# which desk sections each role sees (a section names itself by key)
ROLE_SECTIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"intake", "today", "package", "returns", "issue", "overdue", "queue",
                        "home"}),
    "dispatcher": frozenset({"today", "package", "dispatch", "returns", "issue", "overdue"}),
    "manager": frozenset({"intake", "today", "package", "dispatch", "returns", "issue", "overdue",
                          "queue", "home", "registers", "statistics", "complaints", "catalogue",
                          "audit"}),
    "administrator": frozenset({"today", "package", "staff", "settings", "catalogue", "audit",
                                "registers", "statistics", "complaints", "overdue", "home"}),
}

MANAGERS = ("manager", "administrator")
MAX_TRIES = 5
LOCK_MINUTES = 15
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32
_LOGIN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")

# the demo office's accounts (login, full name, role, PIN); only seeded into an empty staff list
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str], ...] = (
    ("clerk", "Оператор Айгерім Сейтқали", "clerk", "1111"),
    ("dispatcher", "Диспетчер Ерлан Жақсыбеков", "dispatcher", "2222"),
    ("manager", "Басшы Гүлнар Омарова", "manager", "3333"),
    ("admin", "Әкімші Нұрлан Төлеуов", "administrator", "4444"),
)


@dataclass(frozen=True)
class Employee:
    login: str
    full_name: str
    role: str

    @property
    def sections(self) -> frozenset[str]:
        return ROLE_SECTIONS.get(self.role, frozenset())


def may(employee: Employee, section: str) -> bool:
    return section in employee.sections


def require(employee: Employee, section: str) -> None:
    """Raise InputError unless the employee's role opens ``section`` (the core's own check,
    whatever screen or command called it)."""
    if not may(employee, section):
        raise InputError("employee", "staff.forbidden", login=employee.login, section=section)


DEFAULT_CLERK = Employee("clerk", "Оператор", "clerk")


# -- hashing -------------------------------------------------------------------------------
def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex); a fresh 16-byte salt per account."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=SCRYPT_LEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_secret(secret: str, stored: str | None) -> bool:
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                             r=int(r), p=int(p), maxmem=64 * 1024 * 1024,
                             dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def _check_new_secret(secret: str) -> None:
    if not isinstance(secret, str) or len(secret) < 4 or len(secret) > 64 \
            or not secret.isprintable():
        raise InputError("secret", "staff.secret_short")


# -- the staff list ------------------------------------------------------------------------
def _row(store: Store, login: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM staff WHERE login = ?", (login.strip().lower(),))


def _employee(row: dict[str, Any]) -> Employee:
    return Employee(row["login"], row["full_name"], row["role"])


def list_staff(store: Store) -> list[dict[str, Any]]:
    """Accounts without their hashes."""
    return store.query("SELECT id, login, full_name, role, active, failed_tries, locked_until, "
                       "created_at FROM staff ORDER BY role, login")


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def _insert(store: Store, login: str, full_name: str, role: str, secret: str,
            now: dt.datetime, by: str) -> Employee:
    store.db.conn.execute(
        "INSERT INTO staff(login, full_name, role, secret_hash, failed_tries, active, created_at)"
        " VALUES (?, ?, ?, ?, 0, 1, ?)", (login, full_name, role, hash_secret(secret), _stamp(now)))
    events.append_event(store, "staff_added", _stamp(now), employee=by,
                        data={"login": login, "full_name": full_name, "role": role},
                        rows=[("staff", login)])
    return Employee(login, full_name, role)


def add_employee(store: Store, by: Employee, login: str, full_name: str, role: str,
                 secret: str, *, now: dt.datetime) -> Employee:
    require(by, "staff")
    login = (login or "").strip().lower()
    if not _LOGIN.match(login):
        raise InputError("login", "staff.login_invalid")
    full_name = " ".join((full_name or "").split())
    if not full_name or len(full_name) > 120:
        raise InputError("full_name", "name.empty")
    if role not in ROLES:
        raise InputError("role", "staff.role_unknown", role=role)
    _check_new_secret(secret)
    with store.write():
        if _row(store, login) is not None:
            raise InputError("login", "staff.login_taken", login=login)
        return _insert(store, login, full_name, role, secret, now, by.login)


def set_secret(store: Store, by: Employee, login: str, secret: str, *, now: dt.datetime) -> None:
    """A new PIN: by the employee themself or by an administrator; unlocks the account."""
    if by.login != login:
        require(by, "staff")
    _check_new_secret(secret)
    with store.write():
        if _row(store, login) is None:
            raise InputError("login", "staff.unknown", login=login)
        store.db.conn.execute("UPDATE staff SET secret_hash = ?, failed_tries = 0, "
                              "locked_until = NULL WHERE login = ?", (hash_secret(secret), login))
        events.append_event(store, "staff_secret_changed", _stamp(now), employee=by.login,
                            data={"login": login}, rows=[("staff", login)])


def set_active(store: Store, by: Employee, login: str, active: bool, *,
               now: dt.datetime) -> None:
    require(by, "staff")
    if login == by.login and not active:
        raise InputError("login", "staff.self_disable")
    with store.write():
        if _row(store, login) is None:
            raise InputError("login", "staff.unknown", login=login)
        store.db.conn.execute("UPDATE staff SET active = ?, failed_tries = 0, locked_until = NULL"
                              " WHERE login = ?", (int(active), login))
        events.append_event(store, "staff_enabled" if active else "staff_disabled", _stamp(now),
                            employee=by.login, data={"login": login}, rows=[("staff", login)])


def ensure_demo_staff(store: Store, *, now: dt.datetime) -> bool:
    """Seed the demo accounts into an empty staff list (first run); True when it did."""
    if store.query_one("SELECT 1 AS x FROM staff LIMIT 1") is not None:
        return False
    with store.write():
        if store.query_one("SELECT 1 AS x FROM staff LIMIT 1") is not None:
            return False
        for login, name, role, pin in DEMO_ACCOUNTS:
            _insert(store, login, name, role, pin, now, "system")
    return True


# -- signing in ----------------------------------------------------------------------------
def sign_in(store: Store, login: str, secret: str, *, now: dt.datetime) -> Employee:
    """The employee for a login and PIN, or InputError: unknown/wrong (one message, so a
    stranger learns nothing), or locked with the minutes left.  Five wrong tries in a row
    lock the account for LOCK_MINUTES."""
    login = (login or "").strip().lower()
    stamp = _stamp(now)
    row = _row(store, login)
    if row is None or not row["active"]:
        check_secret(secret, hash_secret("-"))  # same cost either way
        raise InputError("secret", "staff.wrong")
    if row["locked_until"] and row["locked_until"] > stamp:
        left = dt.datetime.fromisoformat(row["locked_until"]) - now.replace(microsecond=0)
        raise InputError("secret", "staff.locked", minutes=max(1, -(-int(left.total_seconds()) // 60)))
    ok = check_secret(secret or "", row["secret_hash"])
    with store.write():
        if ok:
            store.db.conn.execute("UPDATE staff SET failed_tries = 0, locked_until = NULL "
                                  "WHERE login = ?", (login,))
            events.append_event(store, "signed_in", stamp, employee=login)
            return _employee(row)
        tries = int(row["failed_tries"] or 0) + 1
        locked = None
        if tries >= MAX_TRIES:
            locked = _stamp(now + dt.timedelta(minutes=LOCK_MINUTES))
            tries = 0
        store.db.conn.execute("UPDATE staff SET failed_tries = ?, locked_until = ? WHERE login = ?",
                              (tries, locked, login))
        events.append_event(store, "sign_in_locked" if locked else "sign_in_failed", stamp,
                            employee=login, data={"tries": MAX_TRIES if locked else tries})
    if locked:
        raise InputError("secret", "staff.locked", minutes=LOCK_MINUTES)
    raise InputError("secret", "staff.wrong")


# -- leaving the kiosk ----------------------------------------------------------------------
KIOSK_LOCK_KEY = "kiosk_unlock"


def unlock_kiosk(store: Store, secret: str, *, now: dt.datetime) -> Employee:
    """Any active employee's PIN unlocks the kiosk (leaving full screen, reaching staff
    screens).  The PIN is checked against every account's scrypt hash, so no plain PIN is
    kept anywhere; five wrong tries in a row lock the kiosk's PIN pad for LOCK_MINUTES."""
    stamp = _stamp(now)
    state = store.get_setting(KIOSK_LOCK_KEY, {"tries": 0, "locked_until": None})
    if state["locked_until"] and state["locked_until"] > stamp:
        left = dt.datetime.fromisoformat(state["locked_until"]) - now.replace(microsecond=0)
        raise InputError("secret", "staff.locked", minutes=max(1, -(-int(left.total_seconds()) // 60)))
    ensure_demo_staff(store, now=now)
    rows = store.query("SELECT * FROM staff WHERE active = 1 ORDER BY id")
    match = next((r for r in rows if check_secret(secret or "", r["secret_hash"])), None)
    with store.write():
        if match is not None:
            store.put_setting(KIOSK_LOCK_KEY, {"tries": 0, "locked_until": None})
            events.append_event(store, "kiosk_unlocked", stamp, employee=match["login"])
            return _employee(match)
        tries = int(state["tries"]) + 1
        locked = _stamp(now + dt.timedelta(minutes=LOCK_MINUTES)) if tries >= MAX_TRIES else None
        store.put_setting(KIOSK_LOCK_KEY, {"tries": 0 if locked else tries, "locked_until": locked})
        events.append_event(store, "kiosk_unlock_failed", stamp, data={"tries": tries})
    if locked:
        raise InputError("secret", "staff.locked", minutes=LOCK_MINUTES)
    raise InputError("secret", "staff.wrong")
