"""The station in the GUI: a PC started with a code another PC runs now is told so in a
message box in its language and does not start (exit 2); the desk's top bar shows the station
and its window; a running program keeps its claim alive and gives it back when it closes."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk.context import open_context
from kiosk.station import claim_station


def test_second_pc_with_the_same_code_gets_a_message_and_exit_2(data_dir, tmp_path, monkeypatch,
                                                                 qtbot, capsys):
    import main
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # main installs its own
    (tmp_path / "station.ini").write_text("[station]\ncode = 03\nwindow = 3\n", encoding="utf-8")
    with open_context(data_dir) as ctx:
        claim_station(ctx.store, "03", host="DESK-07", pid=4242)
    shown = {}

    def fake_exec(box):
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert main.main(["--data-dir", str(data_dir), "--lang", "ru", "--smoke"]) == 2
    assert shown["title"] == "Эта станция уже работает"
    assert "Станция 03 уже работает на другом компьютере (DESK-07" in shown["text"]
    assert "DESK-07" in capsys.readouterr().err
    with open_context(data_dir) as ctx:   # the other PC's claim is untouched
        assert ctx.store.query_one("SELECT host FROM station_claims WHERE code = '03'")["host"] \
            == "DESK-07"


def test_the_program_claims_its_station_and_gives_it_back(data_dir, tmp_path, monkeypatch, qtbot):
    import main
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    (tmp_path / "station.ini").write_text("[station]\ncode = 05\n", encoding="utf-8")
    seen = {}
    import ui.connection as connection
    real = connection.keep_station

    def spy(ctx, runs, **kw):
        ok = real(ctx, runs, **kw)
        seen["claim"] = ctx.store.query_one("SELECT code, runs FROM station_claims")
        return ok
    monkeypatch.setattr(connection, "keep_station", spy)
    assert main.main(["--data-dir", str(data_dir), "--lang", "en", "--smoke"]) == 0
    assert seen["claim"] == {"code": "05", "runs": "desk"}
    with open_context(data_dir) as ctx:
        assert ctx.store.query("SELECT code FROM station_claims") == []


def test_top_bar_shows_station_and_window(qtbot, tmp_path, data_dir):
    (tmp_path / "station.ini").write_text("[station]\ncode = 03\nwindow = 3\n", encoding="utf-8")
    from kiosk.staff import DEFAULT_CLERK
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.i18n import LANG
    make_app()
    with open_context(data_dir) as ctx:
        desk = DeskWindow(ctx, DEFAULT_CLERK, factories=[])
        qtbot.addWidget(desk)
        assert desk.station_label.text() == "Station 03  ·  Window 3"
        LANG.switch("kk")
        QApplication.processEvents()
        try:
            assert desk.station_label.text() == "Станция 03  ·  3-терезе"
        finally:
            LANG.switch("en")
            QApplication.processEvents()
        desk.close()


def test_a_running_program_refreshes_its_claim_and_hears_of_a_takeover(qtbot, ctx, monkeypatch):
    import ui.connection as connection
    from ui.connection import store_watch
    monkeypatch.setattr(connection, "HEARTBEAT_S", 0)
    watch = store_watch(ctx)
    claim_station(ctx.store, "01", window=1)
    before = ctx.store.query_one("SELECT heartbeat_at FROM station_claims")["heartbeat_at"]
    watch.keep_claim("01", "desk", 1)
    taken = []
    watch.station_taken.connect(taken.append)
    qtbot.wait(1100)
    watch.check()
    after = ctx.store.query_one("SELECT heartbeat_at FROM station_claims")["heartbeat_at"]
    assert after > before and not taken
    with ctx.store.write():   # meanwhile another PC took the code (ours looked dead to it)
        ctx.store.execute("UPDATE station_claims SET host = 'DESK-09', heartbeat_at = ?",
                          ("2999-01-01 00:00:00",))
    watch.check()
    assert taken and taken[0].holder["host"] == "DESK-09"
    watch.stop()
