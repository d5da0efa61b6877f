"""Slow work off the GUI thread: one helper for rendering, printing, dispatch and exports.

``run_task(func, on_done, on_error)`` runs ``func`` on the global QThreadPool and posts the
plain-data result back to the GUI thread.  Qt objects stay on the GUI thread; workers only
return data.  Tests may call ``set_immediate(True)`` to run tasks at once.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_immediate = False
_alive: set["_Relay"] = set()


def set_immediate(value: bool) -> None:
    global _immediate
    _immediate = value


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach its slots there (queued)."""
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[Exception], None] | None) -> None:
        super().__init__()
        self.on_done, self.on_error = on_done, on_error
        self.done.connect(self._done)
        self.failed.connect(self._failed)

    @Slot(object)
    def _done(self, value: Any) -> None:
        _alive.discard(self)
        if self.on_done and _owner_alive(self.on_done):
            self.on_done(value)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        _alive.discard(self)
        if self.on_error:
            if _owner_alive(self.on_error):
                self.on_error(exc)
        else:
            traceback.print_exception(exc)


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method (or a partial of one) of a widget Qt has deleted
    meanwhile, e.g. a receipt preview closed while its page rendered: its answer goes nowhere."""
    target = getattr(callback, "func", callback)
    owner = getattr(target, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func, self.relay = func, relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # handed to the GUI thread, which explains it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def run_task(func: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None) -> None:
    if _immediate:
        try:
            result = func()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done:
            on_done(result)
        return
    relay = _Relay(on_done, on_error)
    _alive.add(relay)
    QThreadPool.globalInstance().start(_Job(func, relay))


def run_store_task(ctx: Any, func: Callable[[Any], Any],
                   on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[Exception], None] | None = None) -> None:
    """``run_task`` for work that reads or writes the store: ``func`` gets the office on a
    connection of its own (``Context.for_worker``), never the GUI thread's."""
    def work() -> Any:
        with ctx.for_worker() as own:
            return func(own)
    run_task(work, on_done, on_error)


def wait_all(ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(ms)
