"""This PC's station file: which station of the office it is, what it runs, the window
number of a desk, where the office's store is and which printer it prints on.

The file is ``station.ini`` in the platform's per-user config folder (``QABYLDAU_STATION_FILE``
names another one), one ``[station]`` section of ``key = value`` lines::

    [station]
    code = 03
    runs = desk            ; desk | kiosk | display
    window = 3
    store = postgresql://qabyldau@office-server:5432/qabyldau?sslmode=verify-full
    printer = Receipts-80mm

``QABYLDAU_STATION`` overrides the code.  A missing file is a one-PC office: station "01"
(or the office profile's), a desk at window 1, the embedded store, the default printer.
The password of a store never belongs here: libpq's own ways (PGPASSWORD, ~/.pgpass, a
service file) carry it."""

from __future__ import annotations

import configparser
import datetime as dt
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from db import stations
from db.store import Store
from kiosk.errors import message

__all__ = ["Station", "StationError", "load_station", "station_file", "RUNS", "StationTaken",
           "claim_station", "check_station", "release_station", "this_host", "HEARTBEAT_S",
           "STALE_S"]

RUNS = ("desk", "kiosk", "display")
_CODE = re.compile(r"^[0-9A-Z]{1,4}$")


class StationError(ValueError):
    """The station file is unreadable or says something impossible; the message names it."""


@dataclass(frozen=True)
class Station:
    code: str | None = None       # None: the office profile's station code
    runs: str = "desk"
    window: int | None = None     # a desk's window number in the hall
    store: str | None = None      # a libpq URI; None: the embedded store in the data folder
    printer: str | None = None    # None: the system's default printer
    path: Path | None = None      # the file it was read from, if any


def station_file() -> Path:
    override = os.environ.get("QABYLDAU_STATION_FILE")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("qabyldau", appauthor=False)) / "station.ini"


def load_station(path: Path | None = None) -> Station:
    path = path or station_file()
    values: dict[str, str] = {}
    if path.is_file():
        parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"))
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError, OSError) as exc:
            raise StationError(f"{path}: cannot be read ({exc})") from None
        if parser.has_section("station"):
            values = {k: v.strip() for k, v in parser.items("station") if v.strip()}
    code = os.environ.get("QABYLDAU_STATION") or values.get("code")
    if code is not None:
        code = code.strip().upper()
        if not _CODE.match(code):
            raise StationError(f"{path}: station code {code!r} must be 1-4 letters A-Z or digits")
    runs = values.get("runs", "desk").lower()
    if runs not in RUNS:
        raise StationError(f"{path}: runs = {runs!r}; expected one of {', '.join(RUNS)}")
    window: int | None = None
    if "window" in values:
        text = values["window"]
        if not (text.isdigit() and 1 <= int(text) <= 999):
            raise StationError(f"{path}: window = {text!r}; expected a number from 1 to 999")
        window = int(text)
    return Station(code=code, runs=runs, window=window, store=values.get("store"),
                   printer=values.get("printer"), path=path if path.is_file() else None)


# -- who runs a station now --------------------------------------------------------------

HEARTBEAT_S = 15          # a running desk, kiosk or display refreshes its claim this often
STALE_S = 60              # a claim not refreshed for this long is a PC that stopped or crashed


class StationTaken(Exception):
    """Another PC runs this station code now; ``holder`` is its claim row (host, pid, since)."""

    def __init__(self, code: str, holder: dict[str, Any]) -> None:
        self.code = code
        self.holder = holder
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        since = str(self.holder.get("started_at") or "")
        try:  # stored in UTC; shown in this PC's local time, day first
            since = dt.datetime.fromisoformat(since).replace(tzinfo=dt.timezone.utc) \
                .astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            since = since[:16]
        text = message("station.taken", lang, station=self.code,
                       host=self.holder.get("host") or "?", since=since, path="\x00path")
        return text.replace("\ufffdpath", str(station_file()))  # a path is shown whole


def this_host() -> str:
    return socket.gethostname() or "localhost"


def _utc(moment: dt.datetime | None) -> dt.datetime:
    return moment or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def claim_station(store: Store, code: str, *, runs: str = "desk", window: int | None = None,
                  host: str | None = None, pid: int | None = None,
                  now: dt.datetime | None = None) -> None:
    """Take (or refresh: the heartbeat) this PC's claim on ``code``.  Several programs of one
    PC share it; another PC holding it with a live heartbeat raises :class:`StationTaken`.
    Times are real UTC (not the office clock): staleness is about processes, not the day."""
    moment = _utc(now)
    host = host or this_host()
    stale_before = (moment - dt.timedelta(seconds=STALE_S)).isoformat(sep=" ")
    # on the office server, the code's session lock says at once whether a program holding
    # it still runs: if nobody holds it, a fresh-looking claim is a PC that crashed just now
    locked_here = stations.hold_station_lock(store, code)
    if locked_here and store.is_server:
        stale_before = "9999"
    with store.write():
        holder = stations.claim_of(store, code)
        if not locked_here and holder is not None and holder["host"] != host:
            raise StationTaken(code, holder)   # its program is running: its session holds the lock
        if stations.take_claim(store, code=code, host=host, pid=pid or os.getpid(), runs=runs,
                               window=window, now=moment.isoformat(sep=" "),
                               stale_before=stale_before):
            return
        holder = stations.claim_of(store, code) or {"host": "?"}
    if locked_here and store.is_server:
        stations.free_station_lock(store, code)
    raise StationTaken(code, holder)


def check_station(store: Store, code: str, *, host: str | None = None,
                  now: dt.datetime | None = None) -> None:
    """For a one-shot command: StationTaken when another PC runs ``code`` now (nothing is
    claimed: a command does not keep the code from the PC's own desk)."""
    holder = stations.claim_of(store, code)
    if holder is None or holder["host"] == (host or this_host()):
        return
    stale_before = (_utc(now) - dt.timedelta(seconds=STALE_S)).isoformat(sep=" ")
    if str(holder["heartbeat_at"]) >= stale_before:
        raise StationTaken(code, holder)


def release_station(store: Store, code: str, *, host: str | None = None,
                    pid: int | None = None) -> None:
    """The program is closing: give the code back (a crash leaves it to go stale)."""
    with store.write():
        stations.drop_claim(store, code=code, host=host or this_host(), pid=pid or os.getpid())
    stations.free_station_lock(store, code)
