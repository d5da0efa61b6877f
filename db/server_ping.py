"""Whether the office server answers, asked on a connection of its own: opened, one
``SELECT 1``, closed.  Any thread may ask (the desk's health check runs on a worker): the
store's own connection belongs to the thread that uses it and is never touched here."""

from __future__ import annotations

from db.engine_base import EngineError
from db.postgres_engine import libpq_reason, server_address

__all__ = ["ping_server", "PING_TIMEOUT_S"]

PING_TIMEOUT_S = 5   # libpq's connect_timeout (it counts whole seconds, at least 2)


def ping_server(uri: str, *, timeout_s: int = PING_TIMEOUT_S) -> None:
    """One round trip to the server at ``uri``; EngineError("unavailable") naming HOST:PORT
    (never a password) while it is away."""
    import psycopg
    try:
        with psycopg.connect(uri, autocommit=True, connect_timeout=timeout_s,
                             application_name="qabyldau-ping") as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        address, reason = server_address(uri), libpq_reason(exc)
        raise EngineError("unavailable",
                          f"cannot reach the office server at {address} ({reason})",
                          address=address, reason=reason) from None
