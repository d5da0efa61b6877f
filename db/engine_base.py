"""What both engines of the store share: the error they raise (turned into the store's own
errors by :mod:`db.store`) and how long a write waits for another station's write lock."""

from __future__ import annotations

import os

__all__ = ["EngineError", "lock_wait_s", "busy_message", "BUSY_TIMEOUT_S",
           "LOCK_WAIT_DEFAULT_S"]

BUSY_TIMEOUT_S = 30.0
LOCK_WAIT_DEFAULT_S = 60.0


def lock_wait_s() -> float:
    """How long a write waits for another station's write lock before it gives up:
    $QABYLDAU_LOCK_WAIT_S (seconds), else 60 s.  The desk sets its own 5 s on its store."""
    try:
        value = float(os.environ.get("QABYLDAU_LOCK_WAIT_S") or LOCK_WAIT_DEFAULT_S)
    except ValueError:
        return LOCK_WAIT_DEFAULT_S
    return min(max(value, 0.1), 3600.0)


def busy_message(seconds: float) -> str:
    return (f"another station is writing: waited {seconds:g} s for it to finish; nothing "
            "was stored, try again")


class EngineError(Exception):
    """Raised by an engine; :mod:`db.store` turns it into the store's own errors."""

    def __init__(self, kind: str, message: str, *, address: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.kind = kind          # "damaged", "unavailable", "busy", "other"
        self.address = address    # HOST:PORT of the server ("unavailable")
        self.reason = reason

