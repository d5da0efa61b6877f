"""Staff of the office, what each role may do, and signing in.

A PIN or password is kept only as a salted scrypt hash.  New hashes cost n=2**16, r=8
(64 MiB and about 0.2 s a try on an ordinary office PC), so an offline search of a stolen
store's 6-digit PINs takes days, not seconds; older, cheaper hashes still verify and are
replaced by a new one at the next sign-in.  Five wrong tries lock the account for a while:
the try counter is read and written inside one write transaction, around the hash check,
so parallel attempts queue and the sixth is refused however many are sent at once.

An office store's accounts need at least 6 characters; the training store's demo accounts
(clerk/1111 …) have public 4-digit PINs and cheap hashes, since they guard nothing.  Every
change to the staff list and every sign-in lands in the event trail with the employee who
did it."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from typing import Any

from db import events
from db import staff as staff_db
from db.store import Store
from kiosk.errors import InputError
from kiosk.store_kind import is_training

__all__ = ["Employee", "ROLES", "ROLE_SECTIONS", "ROLE_RIGHTS", "may", "DEFAULT_CLERK",
           "MANAGERS", "hash_secret", "check_secret", "sign_in", "add_employee", "set_secret",
           "set_active", "list_staff", "require", "ensure_demo_staff", "seed_demo_staff",
           "DEMO_ACCOUNTS", "MAX_TRIES", "LOCK_MINUTES", "min_secret_length", "full_name_of",
           "names_by_login", "unlock_kiosk", "OFFICE_MIN_SECRET", "TRAINING_MIN_SECRET",
           "needs_upgrade", "add_first_administrator"]

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

# rights that are not desk sections: what only the command line does
ROLE_RIGHTS: dict[str, frozenset[str]] = {
    "administrator": frozenset({"backup", "restore"}),
}

MANAGERS = ("manager", "administrator")
MAX_TRIES = 5
LOCK_MINUTES = 15
OFFICE_MIN_SECRET = 6
TRAINING_MIN_SECRET = 4
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 16, 8, 1, 32
DEMO_SCRYPT_N = 2 ** 14          # the demo accounts' public PINs: a cheap hash is enough
SCRYPT_MAXMEM = 256 * 1024 * 1024
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
        return ROLE_SECTIONS.get(self.role, frozenset()) | ROLE_RIGHTS.get(self.role, frozenset())


def may(employee: Employee, section: str) -> bool:
    return section in employee.sections


def require(employee: Employee, section: str) -> None:
    """Raise InputError unless the employee's role opens ``section`` (the core's own check,
    whatever screen or command called it)."""
    if not may(employee, section):
        raise InputError("employee", "staff.forbidden", login=employee.login, section=section)


DEFAULT_CLERK = Employee("clerk", "Оператор", "clerk")


# -- hashing -------------------------------------------------------------------------------
def hash_secret(secret: str, salt: bytes | None = None, *, n: int = SCRYPT_N) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex); a fresh 16-byte salt per account."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=SCRYPT_MAXMEM, dklen=SCRYPT_LEN)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_secret(secret: str, stored: str | None) -> bool:
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt" or int(n) > 2 ** 20 or int(r) > 32 or int(p) > 16:
            return False
        got = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                             r=int(r), p=int(p), maxmem=SCRYPT_MAXMEM,
                             dklen=len(digest) // 2)
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def needs_upgrade(stored: str | None) -> bool:
    """A hash cheaper than today's (made before the cost was raised)."""
    try:
        kind, n, r, p, _salt, _digest = (stored or "").split("$")
        return kind != "scrypt" or int(n) * int(r) < SCRYPT_N * SCRYPT_R
    except ValueError:
        return True


_DEMO_HASHES: dict[str, str] = {}


def _demo_hash(pin: str) -> str:
    """The demo accounts' hashes, made once per process (their PINs are printed on the
    sign-in screen, so nothing is lost by sharing a salt)."""
    if pin not in _DEMO_HASHES:
        _DEMO_HASHES[pin] = hash_secret(pin, n=DEMO_SCRYPT_N)
    return _DEMO_HASHES[pin]


def min_secret_length(store: Store) -> int:
    return TRAINING_MIN_SECRET if is_training(store) else OFFICE_MIN_SECRET


def _check_new_secret(store: Store, secret: str) -> None:
    least = min_secret_length(store)
    if not isinstance(secret, str) or len(secret) < least or len(secret) > 64 \
            or not secret.isprintable() or secret != secret.strip():
        raise InputError("secret", "staff.secret_short", min=least)


# -- the staff list ------------------------------------------------------------------------
def _row(store: Store, login: str) -> dict[str, Any] | None:
    return staff_db.account(store, (login or "").strip().lower())


def _employee(row: dict[str, Any]) -> Employee:
    return Employee(row["login"], row["full_name"], row["role"])


def list_staff(store: Store) -> list[dict[str, Any]]:
    """Accounts without their hashes."""
    return staff_db.accounts_without_secrets(store)


def names_by_login(store: Store) -> dict[str, str]:
    """login -> full name, for papers and screens that show who did something."""
    return staff_db.full_names(store)


def full_name_of(store: Store, who: str | None) -> str:
    """The full name behind a login kept in a package or an event; a value that is no login
    (a name stored before accounts were kept there) is shown as it is."""
    if not who:
        return ""
    return staff_db.full_names(store).get(who, who)


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def _insert(store: Store, login: str, full_name: str, role: str, secret_hash: str,
            now: dt.datetime, by: str) -> Employee:
    staff_db.insert_account(store, login, full_name, role, secret_hash, _stamp(now))
    events.append_event(store, "staff_added", _stamp(now), employee=by,
                        data={"login": login, "full_name": full_name, "role": role},
                        rows=[("staff", login)])
    return Employee(login, full_name, role)


def _valid_account(login: str, full_name: str, role: str) -> tuple[str, str]:
    login = (login or "").strip().lower()
    if not _LOGIN.match(login):
        raise InputError("login", "staff.login_invalid")
    full_name = " ".join((full_name or "").split())
    if not full_name or len(full_name) > 120 or not full_name.isprintable():
        raise InputError("full_name", "name.empty")
    if role not in ROLES:
        raise InputError("role", "staff.role_unknown", role=role)
    return login, full_name


def add_employee(store: Store, by: Employee, login: str, full_name: str, role: str,
                 secret: str, *, now: dt.datetime) -> Employee:
    require(by, "staff")
    login, full_name = _valid_account(login, full_name, role)
    _check_new_secret(store, secret)
    secret_hash = hash_secret(secret)  # the costly part, before the write lock is taken
    with store.write():
        if _row(store, login) is not None:
            raise InputError("login", "staff.login_taken", login=login)
        return _insert(store, login, full_name, role, secret_hash, now, by.login)


def add_first_administrator(store: Store, login: str, full_name: str, secret: str, *,
                            now: dt.datetime) -> Employee:
    """The office store's first account (``qabyldau setup``); inside the set-up's write
    transaction, which also records the store's kind."""
    login, full_name = _valid_account(login, full_name, "administrator")
    if not store.in_transaction:
        raise RuntimeError("add_first_administrator runs inside the set-up's transaction")
    if staff_db.any_account(store):
        raise InputError("login", "staff.login_taken", login=login)
    return _insert(store, login, full_name, "administrator", hash_secret(secret), now, "setup")


def set_secret(store: Store, by: Employee, login: str, secret: str, *, now: dt.datetime) -> None:
    """A new PIN: by the employee themself or by an administrator; unlocks the account."""
    login = (login or "").strip().lower()
    if by.login != login:
        require(by, "staff")
    _check_new_secret(store, secret)
    secret_hash = hash_secret(secret)
    with store.write():
        if _row(store, login) is None:
            raise InputError("login", "staff.unknown", login=login)
        staff_db.update_secret(store, login, secret_hash)
        events.append_event(store, "staff_secret_changed", _stamp(now), employee=by.login,
                            data={"login": login}, rows=[("staff", login)])


def set_active(store: Store, by: Employee, login: str, active: bool, *,
               now: dt.datetime) -> None:
    require(by, "staff")
    login = (login or "").strip().lower()
    if login == by.login and not active:
        raise InputError("login", "staff.self_disable")
    with store.write():
        row = _row(store, login)
        if row is None:
            raise InputError("login", "staff.unknown", login=login)
        if not active and row["role"] == "administrator" and row["active"] \
                and staff_db.count_accounts(store, "administrator") <= 1:
            raise InputError("login", "staff.last_admin")
        staff_db.update_active(store, login, active)
        events.append_event(store, "staff_enabled" if active else "staff_disabled", _stamp(now),
                            employee=by.login, data={"login": login}, rows=[("staff", login)])


def seed_demo_staff(store: Store, now: dt.datetime) -> None:
    """The demo accounts, inside the training store's set-up transaction."""
    for login, name, role, pin in DEMO_ACCOUNTS:
        _insert(store, login, name, role, _demo_hash(pin), now, "system")


def ensure_demo_staff(store: Store, *, now: dt.datetime) -> bool:
    """A training store whose staff list is empty gets the demo accounts; True when it did.
    An office store never does: its accounts are made by its administrator."""
    if staff_db.any_account(store) or not is_training(store):
        return False
    with store.write():
        if staff_db.any_account(store):
            return False
        seed_demo_staff(store, now)
    return True


# -- signing in ----------------------------------------------------------------------------
def _minutes_left(locked_until: str, now: dt.datetime) -> int:
    left = dt.datetime.fromisoformat(locked_until) - now.replace(microsecond=0)
    return max(1, -(-int(left.total_seconds()) // 60))


def sign_in(store: Store, login: str, secret: str, *, now: dt.datetime,
            record_success: bool = True) -> Employee:
    """The employee for a login and PIN, or InputError: unknown/wrong (one message, so a
    stranger learns nothing), or locked with the minutes left.  Five wrong tries in a row
    lock the account for LOCK_MINUTES.

    The account's row is read, its hash checked and its try counter written inside one
    write transaction: parallel attempts (several PCs, several processes) queue one behind
    the other, each sees the counter the one before left, and once five were wrong every
    further attempt is refused without its PIN being checked.

    ``record_success=False``: a right PIN changes nothing in the store (a restore about to
    replace it records who did it in its own event); wrong ones are counted all the same."""
    login = (login or "").strip().lower()
    stamp = _stamp(now)
    if not isinstance(secret, str):
        secret = ""
    training = is_training(store)
    result: Employee | None = None
    locked: str | None = None
    error = InputError("secret", "staff.wrong")
    with store.write():
        row = _row(store, login)
        if row is None or not row["active"]:
            check_secret(secret, _demo_hash("-") if training else _dummy_hash())
            error = InputError("secret", "staff.wrong")
        elif row["locked_until"] and row["locked_until"] > stamp:
            error = InputError("secret", "staff.locked",
                               minutes=_minutes_left(row["locked_until"], now))
        elif check_secret(secret, row["secret_hash"]):
            result = _employee(row)
            if record_success:
                if row["failed_tries"]:
                    staff_db.update_tries(store, login, 0, None)
                upgraded = not training and needs_upgrade(row["secret_hash"])
                if upgraded:
                    staff_db.update_secret(store, login, hash_secret(secret), unlock=False)
                events.append_event(store, "signed_in", stamp, employee=login,
                                    data={"hash_upgraded": True} if upgraded else None,
                                    rows=[("staff", login)] if upgraded else ())
        else:
            tries = int(row["failed_tries"] or 0) + 1
            if tries >= MAX_TRIES:
                locked = _stamp(now + dt.timedelta(minutes=LOCK_MINUTES))
            staff_db.update_tries(store, login, 0 if locked else tries, locked)
            events.append_event(store, "sign_in_locked" if locked else "sign_in_failed", stamp,
                                employee=login, data={"tries": MAX_TRIES if locked else tries})
            error = (InputError("secret", "staff.locked", minutes=LOCK_MINUTES) if locked
                     else InputError("secret", "staff.wrong"))
    if result is not None:
        return result
    raise error


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    """A hash of today's cost, so an unknown login takes as long as a known one."""
    if not _DUMMY:
        _DUMMY.append(hash_secret("-"))
    return _DUMMY[0]


# -- leaving the kiosk ----------------------------------------------------------------------
KIOSK_LOCK_KEY = "kiosk_unlock"


def unlock_kiosk(store: Store, secret: str, *, now: dt.datetime) -> Employee:
    """Any active employee's PIN unlocks the kiosk (leaving full screen, reaching staff
    screens).  The PIN is checked against every account's scrypt hash, so no plain PIN is
    kept anywhere; five wrong tries in a row lock the kiosk's PIN pad for LOCK_MINUTES.  The
    pad's try counter is read and written in the write transaction around the checks."""
    stamp = _stamp(now)
    ensure_demo_staff(store, now=now)
    match: dict[str, Any] | None = None
    locked: str | None = None
    error = InputError("secret", "staff.wrong")
    with store.write():
        state = store.get_setting(KIOSK_LOCK_KEY, {"tries": 0, "locked_until": None})
        if state["locked_until"] and state["locked_until"] > stamp:
            error = InputError("secret", "staff.locked",
                               minutes=_minutes_left(state["locked_until"], now))
        else:
            rows = staff_db.accounts(store, active_only=True)
            match = next((r for r in rows if check_secret(secret or "", r["secret_hash"])), None)
            if match is not None:
                store.put_setting(KIOSK_LOCK_KEY, {"tries": 0, "locked_until": None})
                events.append_event(store, "kiosk_unlocked", stamp, employee=match["login"])
            else:
                tries = int(state["tries"]) + 1
                locked = _stamp(now + dt.timedelta(minutes=LOCK_MINUTES)) \
                    if tries >= MAX_TRIES else None
                store.put_setting(KIOSK_LOCK_KEY,
                                  {"tries": 0 if locked else tries, "locked_until": locked})
                events.append_event(store, "kiosk_unlock_failed", stamp, data={"tries": tries})
                error = (InputError("secret", "staff.locked", minutes=LOCK_MINUTES) if locked
                         else InputError("secret", "staff.wrong"))
    if match is not None:
        return _employee(match)
    raise error
