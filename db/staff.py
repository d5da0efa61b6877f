"""The staff accounts' SQL (kiosk.staff holds the rules).  Portable SQL only: ``?`` marks,
integers for booleans, timestamps as ISO text."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["account", "accounts", "accounts_without_secrets", "any_account", "insert_account",
           "update_secret", "update_tries", "update_active", "full_names", "count_accounts"]

_PUBLIC = "id, login, full_name, role, active, failed_tries, locked_until, created_at"


def account(store: Store, login: str) -> dict[str, Any] | None:
    """One account with its hash and try counter (inside a write transaction, the values
    the transaction will change)."""
    return store.query_one("SELECT * FROM staff WHERE login = ?", (login,))


def accounts(store: Store, *, active_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM staff" + (" WHERE active = 1" if active_only else "") + " ORDER BY id"
    return store.query(sql)


def accounts_without_secrets(store: Store) -> list[dict[str, Any]]:
    return store.query(f"SELECT {_PUBLIC} FROM staff ORDER BY role, login")


def any_account(store: Store) -> bool:
    return store.query_one("SELECT 1 AS x FROM staff LIMIT 1") is not None


def count_accounts(store: Store, role: str | None = None) -> int:
    if role is None:
        row = store.query_one("SELECT COUNT(*) AS n FROM staff WHERE active = 1")
    else:
        row = store.query_one("SELECT COUNT(*) AS n FROM staff WHERE active = 1 AND role = ?",
                              (role,))
    return int(row["n"]) if row else 0


def insert_account(store: Store, login: str, full_name: str, role: str, secret_hash: str,
                   created_at: str) -> int:
    return store.insert("staff", {"login": login, "full_name": full_name, "role": role,
                                  "secret_hash": secret_hash, "failed_tries": 0, "active": 1,
                                  "created_at": created_at})


def update_secret(store: Store, login: str, secret_hash: str, *, unlock: bool = True) -> None:
    if unlock:
        store.execute("UPDATE staff SET secret_hash = ?, failed_tries = 0, locked_until = NULL "
                      "WHERE login = ?", (secret_hash, login))
    else:
        store.execute("UPDATE staff SET secret_hash = ? WHERE login = ?", (secret_hash, login))


def update_tries(store: Store, login: str, tries: int, locked_until: str | None) -> None:
    store.execute("UPDATE staff SET failed_tries = ?, locked_until = ? WHERE login = ?",
                  (tries, locked_until, login))


def update_active(store: Store, login: str, active: bool) -> None:
    store.execute("UPDATE staff SET active = ?, failed_tries = 0, locked_until = NULL "
                  "WHERE login = ?", (int(active), login))


def full_names(store: Store) -> dict[str, str]:
    """login -> full name of every account (disabled ones too: old papers still name them)."""
    return {r["login"]: r["full_name"] for r in store.query("SELECT login, full_name FROM staff")}
