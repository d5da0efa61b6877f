"""When the office server is away: one watch per open store, a banner for the desk and the
kiosk, and the buttons that must wait for the server.

The engine reports connection health in two ways (``db.store``):

- any store call raises :class:`db.store.StoreUnavailable` when the server cannot be reached;
  the transaction it was in is rolled back whole, so nothing is half stored;
- ``store.pinger()`` gives a check for any thread: one ``SELECT 1`` on a short-lived
  connection of its own, ``StoreUnavailable`` while the server is still away
  (``store.is_server`` is False for the embedded store: it has no server and is never pinged).

Only the GUI thread uses the store's own connection (a psycopg or sqlite3 connection shared
with a worker thread interleaves transactions, or worse): the worker runs the pinger, which
holds the server's URI and nothing of the store; the station claim (the heartbeat) is written
on the GUI thread once the ping has answered, and the store reconnects by itself at its next
call.

A screen that catches ``StoreUnavailable`` calls :meth:`StoreWatch.report`; the watch then says
so at once (``lost``), pings every 2.5 s on a worker thread and says ``restored`` when the server
answers again.  On a server store it also pings every 5 s while connected, so an idle desk
learns of a stopped server within seconds, and it refreshes this PC's station claim (the
heartbeat) every ``HEARTBEAT_S``.  Buttons that store something sit in a :class:`HeldWhileAway`
container, which is disabled while the server is away: their own enabled state (a complete
package enables Accept) comes back untouched, and nothing typed is cleared.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from db.store import StoreUnavailable
from kiosk.context import Context
from kiosk.station import HEARTBEAT_S, StationTaken, claim_station

__all__ = ["StoreWatch", "store_watch", "ServerBanner", "HeldWhileAway", "is_server_store",
           "ping", "pinger"]


def is_server_store(store: Any) -> bool:
    """True for a store on an office server (it can go away); False for the embedded one."""
    return bool(getattr(store, "is_server", False))


def pinger(store: Any) -> Callable[[], None]:
    """The store's health check, made on the GUI thread and safe to run on a worker: it
    never touches the store's own connection (``Store.pinger``)."""
    check: Callable[[], None] = store.pinger()
    return check


def ping(store: Any) -> None:
    """One cheap round trip to the store's server; StoreUnavailable while it is away."""
    pinger(store)()


class StoreWatch(QObject):
    """Whether the office's store answers now; ``lost`` and ``restored`` on every change."""

    lost = Signal()
    restored = Signal()
    station_taken = Signal(object)   # StationTaken: another PC took this station's code

    DOWN_MS = 2500     # while away: try again this often
    UP_MS = 5000       # while connected to a server: check this often

    def __init__(self, ctx: Context, *, server: bool | None = None) -> None:
        super().__init__(QCoreApplication.instance())
        self.ctx = ctx
        self.server = is_server_store(ctx.store) if server is None else server
        self.connected = True
        self.detail = ""             # the engine's own words (host:port), for a tooltip
        self.claim: dict[str, Any] | None = None   # the station claim this program keeps
        self._last_beat = 0.0
        self._checking = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        if self.server:
            self.timer.start(self.UP_MS)

    # -- the station claim kept alive ------------------------------------------------------
    def keep_claim(self, code: str, runs: str, window: int | None) -> None:
        """Refresh this PC's claim on its station code with the health checks."""
        self.claim = {"code": code, "runs": runs, "window": window}
        self._last_beat = time.monotonic()
        if not self.timer.isActive():
            self.timer.start(self.UP_MS)

    def _heartbeat(self) -> None:
        if self.claim is None or time.monotonic() - self._last_beat < HEARTBEAT_S:
            return
        self._last_beat = time.monotonic()
        try:
            claim_station(self.ctx.store, self.claim["code"], runs=self.claim["runs"],
                          window=self.claim["window"])
        except StationTaken as exc:
            self.station_taken.emit(exc)

    # -- health ----------------------------------------------------------------------------
    def report(self, exc: BaseException | None = None) -> None:
        """A store call failed with StoreUnavailable: the server is away from now on."""
        if exc is not None:
            self.detail = str(exc)
        if self.connected:
            self.connected = False
            self.timer.start(self.DOWN_MS)
            self.lost.emit()

    def check(self) -> None:
        """Ping on a worker thread (a server that is away may take seconds to refuse)."""
        if self._checking:
            return
        if self.connected and not self.server:
            self._heartbeat()
            return
        from ui.tasks import run_task
        check = pinger(self.ctx.store)   # here, on the GUI thread; the worker only runs it
        self._checking = True
        run_task(check, self._answered, self._failed)

    def _answered(self, _: object) -> None:
        self._checking = False
        if not self.connected:
            self.connected = True
            if self.server or self.claim:
                self.timer.start(self.UP_MS)
            else:
                self.timer.stop()
            self._last_beat = 0.0            # claim again at once: another PC may have it now
            self.restored.emit()
        try:
            self._heartbeat()
        except StoreUnavailable as exc:
            self.report(exc)

    def _failed(self, exc: Exception) -> None:
        self._checking = False
        if isinstance(exc, StoreUnavailable):
            self.report(exc)
        # anything else is not about reaching the server: the next check tries again


    def stop(self) -> None:
        """The office closes: no more checks (the store is about to close)."""
        self.timer.stop()
        self.claim = None


def store_watch(ctx: Context) -> StoreWatch:
    """The one watch of this open office (made on first use)."""
    watch = getattr(ctx, "_store_watch", None)
    if watch is None:
        watch = StoreWatch(ctx)
        setattr(ctx, "_store_watch", watch)
    return watch


class HeldWhileAway(QWidget):
    """A row of buttons that store something (Accept, Refuse, Call...): disabled as a whole
    while the server is away; each button keeps its own state underneath."""

    def __init__(self, watch: StoreWatch, *buttons: QWidget) -> None:
        super().__init__()
        self.setObjectName("HeldWhileAway")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            row.addWidget(b)
        self.setEnabled(watch.connected)
        watch.lost.connect(lambda: self.setEnabled(False))
        watch.restored.connect(lambda: self.setEnabled(True))


class ServerBanner(QLabel):
    """A red line at the top of the desk or the kiosk while the server is away."""

    def __init__(self, watch: StoreWatch, *, applicant: bool = False) -> None:
        super().__init__()
        self.watch = watch
        self.applicant = applicant
        self.setObjectName("ServerBanner")
        self.setWordWrap(True)
        self.setVisible(not watch.connected)
        watch.lost.connect(self._lost)
        watch.restored.connect(self.hide)
        self.retranslate_ui()

    def _lost(self) -> None:
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        if self.applicant:
            self.setText(self.tr("The service is interrupted for a moment: the office server "
                                 "does not answer. Please wait; nothing you entered is lost. "
                                 "You can also ask at the information desk."))
        else:
            self.setText(self.tr("No connection to the office server. Accept, Refuse and Call "
                                 "wait until it is back; what you typed stays, and nothing was "
                                 "half stored. Reconnecting by itself…"))
        self.setToolTip(self.watch.detail)
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# -- this PC's station while the program runs ---------------------------------------------

def _say_taken(exc: StationTaken, *, wait: bool = True, smoke: bool = False) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import LANG
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("ServerBanner", "This station is already running"),
                      exc.text(LANG.current), QMessageBox.StandardButton.Close)
    box.setObjectName("StationTaken")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if smoke:
        QTimer.singleShot(0, box.accept)
    if wait:
        box.exec()
    else:
        box.setModal(False)
        box.show()


def keep_station(ctx: Context, runs: str, *, smoke: bool = False) -> bool:
    """Claim this PC's station code for the program's life (refreshed by the store watch) and
    let any server-away error anywhere in the screens raise the banner.  False, after saying so
    on the terminal and in a message box, when another PC runs the code now."""
    import sys

    from ui.i18n import LANG
    code = ctx.station_code
    try:
        claim_station(ctx.store, code, runs=runs, window=ctx.station.window)
    except StationTaken as exc:
        print(f"qabyldau: {exc.text(LANG.current)}", file=sys.stderr)
        _say_taken(exc, smoke=smoke)
        return False
    except StoreUnavailable as exc:  # the server went away just now: the banner says so
        store_watch(ctx).report(exc)
    watch = store_watch(ctx)
    watch.keep_claim(code, runs, ctx.station.window)
    watch.station_taken.connect(lambda exc: _say_taken(exc, wait=False))
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        if isinstance(value, StoreUnavailable):   # a screen's store call with the server away
            watch.report(value)
            return
        previous(kind, value, tb)
    sys.excepthook = hook
    return True


def leave_station(ctx: Context) -> None:
    """The program closes: give the station code back (with the server away it goes stale)."""
    from kiosk.station import release_station
    store_watch(ctx).stop()
    try:
        release_station(ctx.store, ctx.station_code)
    except Exception:  # noqa: BLE001 - closing anyway; a claim left behind goes stale
        pass
