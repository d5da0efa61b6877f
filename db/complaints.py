"""Complaints in the store (kiosk.complaints): the insert, the answer, lookups."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["number_taken", "insert_complaint", "record_answer", "complaint_by_number",
           "all_complaints", "overdue_complaints", "employee_full_name"]


def number_taken(store: Store, incoming_number: str) -> bool:
    return store.query_one("SELECT 1 AS x FROM complaints WHERE incoming_number = ?",
                           (incoming_number,)) is not None


def insert_complaint(store: Store, values: dict[str, Any]) -> int:
    """Insert one complaint (inside a write transaction)."""
    return store.insert("complaints", values)


def record_answer(store: Store, incoming_number: str, answered_at: str, answer: str) -> int:
    """The answer given; returns how many complaints changed (0: no such number)."""
    cur = store.execute("UPDATE complaints SET answered_at = ?, answer = ? "
                        "WHERE incoming_number = ?", (answered_at, answer, incoming_number))
    return int(cur.rowcount or 0)


def complaint_by_number(store: Store, incoming_number: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM complaints WHERE incoming_number = ?",
                           (incoming_number,))


def all_complaints(store: Store, *, open_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM complaints"
    if open_only:
        sql += " WHERE answered_at IS NULL"
    return store.query(sql + " ORDER BY received_at DESC, id DESC")


def overdue_complaints(store: Store, day: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM complaints WHERE answered_at IS NULL AND answer_due < ? "
                       "ORDER BY answer_due", (day,))


def employee_full_name(store: Store, login: str) -> str | None:
    """The full name of the employee who took a complaint (the slip prints it)."""
    row = store.query_one("SELECT full_name FROM staff WHERE login = ?", (login,))
    return str(row["full_name"]) if row and row["full_name"] else None
