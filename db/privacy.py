"""Deleting and anonymising applicants' personal data (Law on personal data): the SQL."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["forget_prefills", "packages_to_anonymise", "count_to_anonymise", "anonymise_package",
           "package_iin"]

ANONYMOUS = "***"


def forget_prefills(store: Store, day: str) -> int:
    """The kiosk's pre-filled data of every ticket of ``day`` and before (the day closed)."""
    cur = store.execute("UPDATE tickets SET prefill = NULL WHERE day <= ? AND prefill IS NOT NULL",
                        (day,))
    return int(cur.rowcount)


def packages_to_anonymise(store: Store, before_day: str, limit: int = 500) -> list[dict[str, Any]]:
    """Packages accepted before ``before_day`` that still carry an applicant's data."""
    return store.query("SELECT id, number FROM packages WHERE day < ? AND surname <> ? "
                       "ORDER BY id LIMIT ?", (before_day, ANONYMOUS, limit))


def count_to_anonymise(store: Store, before_day: str) -> int:
    """How many packages accepted before ``before_day`` still carry an applicant's data."""
    row = store.query_one("SELECT COUNT(*) AS n FROM packages WHERE day < ? AND surname <> ?",
                          (before_day, ANONYMOUS))
    return int((row or {}).get("n") or 0)


def anonymise_package(store: Store, package_id: int, iin_masked: str) -> None:
    """Names, phone, address, representative and answers gone; the IIN kept masked (the
    receipt number, service, dates, documents and status stay for the statistics)."""
    store.execute("UPDATE packages SET surname = ?, surname_key = ?, name = '', patronymic = '', "
                  "iin = ?, phone = '', address = '', representative = NULL, answers = NULL "
                  "WHERE id = ?", (ANONYMOUS, ANONYMOUS, iin_masked, package_id))


def package_iin(store: Store, package_id: int) -> str:
    row = store.query_one("SELECT iin FROM packages WHERE id = ?", (package_id,))
    return str((row or {}).get("iin") or "")
