"""The office server goes away and comes back while the desk and the kiosk are open: a banner
in the user's language at once, Accept, Refuse and Call disabled, what was typed kept, nothing
stored half-way, and the banner gone by itself when the server answers again.

The store stand-in wraps the test's real embedded store and refuses every call while ``down``
(the way the PostgreSQL engine raises StoreUnavailable when its server stops)."""

from __future__ import annotations

import contextlib
import threading
from typing import Any, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from db.store import StoreUnavailable
from kiosk.station import claim_station
from tests.gui.test_desk_intake import S1_PAPERS, _fill_applicant, _start_s1
from ui import tasks
from ui.connection import StoreWatch, store_watch
from ui.i18n import LANG


class FlakyStore:
    """The real store behind a switch: while ``down``, every call raises StoreUnavailable;
    ``fail_on`` makes one named call fail inside an open transaction (the server stopping in
    the middle of a write)."""

    is_server = True

    def __init__(self, real: Any) -> None:
        self.real = real
        self.down = False
        self.fail_on: str | None = None
        self.pings = 0

    def _gate(self, what: str) -> None:
        if self.down or self.fail_on == what:
            self.fail_on = None
            raise StoreUnavailable("cannot reach the office server at 127.0.0.1:55111 "
                                   "(connection refused)")

    def ping(self) -> None:
        self.pings += 1
        self._gate("ping")

    def pinger(self) -> Any:
        """The health check the watch runs (on a worker): the switch, never the real store."""
        return self.ping

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        self._gate("write")
        with self.real.write() as db:
            yield db

    def query(self, *a: Any, **k: Any) -> Any:
        self._gate("query")
        return self.real.query(*a, **k)

    def query_one(self, *a: Any, **k: Any) -> Any:
        self._gate("query_one")
        return self.real.query_one(*a, **k)

    def execute(self, *a: Any, **k: Any) -> Any:
        self._gate("execute")
        return self.real.execute(*a, **k)

    def insert(self, *a: Any, **k: Any) -> Any:
        self._gate("insert")
        return self.real.insert(*a, **k)

    def get_setting(self, *a: Any, **k: Any) -> Any:
        self._gate("get_setting")
        return self.real.get_setting(*a, **k)

    def put_setting(self, *a: Any, **k: Any) -> Any:
        self._gate("put_setting")
        return self.real.put_setting(*a, **k)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.fixture
def flaky(ctx, monkeypatch):
    monkeypatch.setattr(StoreWatch, "DOWN_MS", 150)   # tries again quickly in tests
    monkeypatch.setattr(StoreWatch, "UP_MS", 200)
    real = ctx.store
    ctx.store = FlakyStore(real)
    yield ctx.store
    store_watch(ctx).stop()
    ctx.store = real


def counts(real) -> tuple[int, int]:
    p = real.query_one("SELECT COUNT(*) AS n FROM packages")["n"]
    e = real.query_one("SELECT COUNT(*) AS n FROM events")["n"]
    return p, e


def test_desk_banner_disabled_buttons_typed_kept_and_recovery(qtbot, flaky, desk, ctx, good_iin):
    watch = store_watch(ctx)
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        rows[doc].received.setChecked(True)
    assert intake.accept_btn.isEnabled() and not desk.banner.isVisible()
    before = counts(flaky.real)

    flaky.down = True   # the server stops; the clerk presses Ctrl+Enter
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert desk.banner.isVisible()
    assert "No connection to the office server" in desk.banner.text()
    assert "127.0.0.1:55111" in desk.banner.toolTip()
    assert not intake.accept_btn.isEnabled() and not intake.refuse_btn.isEnabled()
    assert intake.last_result is None and intake.steps.currentIndex() == 1
    assert intake.form.applicant.edits["surname"].text() == "Әбілқайырова"
    assert intake.form.applicant.edits["iin"].text() == good_iin
    assert all(rows[d].received.isChecked() for d in S1_PAPERS)
    assert counts(flaky.real) == before   # nothing stored

    # Call waits too
    queue = desk.show_section("queue")
    assert not queue.call.isEnabled()
    desk.show_section("intake")

    LANG.switch("ru")   # the banner speaks the clerk's language
    QCoreApplication.processEvents()
    assert "Нет связи с сервером офиса" in desk.banner.text()
    LANG.switch("kk")
    QCoreApplication.processEvents()
    assert "Кеңсе серверімен байланыс жоқ" in desk.banner.text()
    LANG.switch("en")
    QCoreApplication.processEvents()

    pings = flaky.pings
    qtbot.wait(400)      # still away: it keeps trying, the banner stays
    assert flaky.pings > pings and desk.banner.isVisible()

    flaky.down = False   # the server is back: nobody touches anything
    qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=3000)
    assert watch.connected and intake.accept_btn.isEnabled() and queue.call.isEnabled()
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert intake.last_result is not None and intake.last_result.outcome == "accepted"
    assert intake.last_result.number == "ALM01-01-261120-0001"   # no number lost to the failure
    assert counts(flaky.real) == (before[0] + 1, before[1] + 1)


def test_server_stopping_in_the_middle_of_an_acceptance_stores_nothing(
        qtbot, flaky, desk, ctx, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    for row in intake.checklist.rows:
        if row.document.id in S1_PAPERS:
            row.received.setChecked(True)
    before = counts(flaky.real)
    flaky.fail_on = "put_setting"   # counter, package and event written; the trail's head fails
    intake.accept_btn.click()
    assert desk.banner.isVisible() and intake.last_result is None
    assert counts(flaky.real) == before
    assert flaky.real.query_one("SELECT COUNT(*) AS n FROM counters")["n"] == 0
    qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=3000)
    intake.accept_btn.click()
    assert intake.last_result.number == "ALM01-01-261120-0001"


def test_an_idle_desk_learns_of_the_server_stopping(qtbot, flaky, desk, ctx):
    assert not desk.banner.isVisible()
    flaky.down = True
    qtbot.waitUntil(desk.banner.isVisible, timeout=3000)
    flaky.down = False
    qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=3000)


def test_kiosk_banner_in_the_applicants_language_and_no_ticket_while_away(qtbot, flaky, ctx):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    make_app()
    tasks.set_immediate(True)
    LANG.switch("kk")
    w = KioskWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 1024)
    w.show()
    try:
        qtbot.mouseClick(w.welcome.lang_buttons["ru"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(w.services.service_buttons["preschool_queue"], Qt.MouseButton.LeftButton)
        flaky.down = True
        qtbot.mouseClick(w.service.just_ticket, Qt.MouseButton.LeftButton)
        assert w.banner.isVisible() and "сервер офиса не отвечает" in w.banner.text()
        assert w.current_page() is w.service and w.last_ticket is None
        assert flaky.real.query_one("SELECT COUNT(*) AS n FROM tickets")["n"] == 0
        flaky.down = False
        qtbot.waitUntil(lambda: not w.banner.isVisible(), timeout=3000)
        qtbot.mouseClick(w.service.just_ticket, Qt.MouseButton.LeftButton)
        assert w.last_ticket is not None and w.last_ticket.code == "B001"
    finally:
        tasks.set_immediate(False)
        LANG.switch("en")
        w.close()


class ThreadNoted:
    """The real store, noting the thread of every call that reaches it."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.threads: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        self.threads.add(threading.current_thread().name)
        return getattr(self.real, name)


def test_the_health_check_never_uses_the_guis_connection_from_a_worker(
        qtbot, pg_cluster, pg_uri, data_dir, monkeypatch):
    """A desk on a real office server, its tasks on worker threads as in the program: the
    watch pings on a worker, the server stops and comes back, the station claim is refreshed —
    and no call ever reaches the desk's store connection from any thread but the GUI's."""
    import ui.connection as connection
    from db import server_ping
    from kiosk.context import open_context
    from kiosk.office_setup import make_training_store
    from kiosk.staff import DEFAULT_CLERK
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    make_training_store(data_dir, store_url=pg_uri).close()
    monkeypatch.setattr(StoreWatch, "DOWN_MS", 100)
    monkeypatch.setattr(StoreWatch, "UP_MS", 100)
    monkeypatch.setattr(connection, "HEARTBEAT_S", 0)
    pinged_on: list[str] = []
    real_ping = server_ping.ping_server

    def noted_ping(uri: str, **kw: Any) -> None:
        pinged_on.append(threading.current_thread().name)
        real_ping(uri, **kw)
    monkeypatch.setattr(server_ping, "ping_server", noted_ping)
    make_app()
    LANG.switch("en")
    assert not tasks._immediate
    gui = threading.current_thread().name
    with open_context(data_dir) as ctx:
        assert ctx.store.is_server
        noted = ThreadNoted(ctx.store)
        ctx.store = noted
        desk = DeskWindow(ctx, DEFAULT_CLERK)
        qtbot.addWidget(desk)
        desk.show()
        watch = store_watch(ctx)
        claim_station(ctx.store, ctx.station_code, window=1)
        before = noted.real.query_one("SELECT heartbeat_at FROM station_claims")["heartbeat_at"]
        watch.keep_claim(ctx.station_code, "desk", 1)
        try:
            qtbot.wait(800)                              # a few checks while it answers
            assert not desk.banner.isVisible()
            pg_cluster.stop_server()
            try:
                qtbot.waitUntil(desk.banner.isVisible, timeout=15000)
                assert "cannot reach the office server" in desk.banner.toolTip()
            finally:
                pg_cluster.start_server()
            qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=15000)
            qtbot.waitUntil(lambda: noted.real.query_one(
                "SELECT heartbeat_at FROM station_claims")["heartbeat_at"] > before,
                timeout=5000)
        finally:
            watch.stop()
            tasks.wait_all()
            desk.close()
        assert noted.threads == {gui}, noted.threads     # the store only ever on the GUI's
        assert pinged_on and gui not in pinged_on        # the pings did run, on workers
