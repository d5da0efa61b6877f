"""Every shortcut the desk advertises (on its buttons and in its section list) pressed on the
desk's window as a clerk presses it, and what each one does."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from kiosk import printers
from tests.fake_cups import FakeCups, Queue
from tests.gui.test_desk_intake import S1_PAPERS, _fill_applicant, _start_s1

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ADVERTISED = re.compile(r"Ctrl\+(?:Shift\+)?(?:Enter|[A-Z0-9])\b")


def _advertised(desk) -> set[str]:
    texts = [desk.nav.item(i).text() for i in range(desk.nav.count())]
    for w in desk.findChildren(QAbstractButton) + desk.findChildren(QLabel):
        texts += [w.text(), w.toolTip()]
    return {m for t in texts for m in ADVERTISED.findall(t)}


def _press(desk, key, mods=CTRL) -> None:
    QTest.keyClick(desk.windowHandle(), key, mods)


def test_every_shortcut_the_desk_advertises_works(qtbot, desk, ctx, good_iin, tmp_path,
                                                   monkeypatch):
    cups = FakeCups(Receipts=Queue())
    monkeypatch.setattr(printers, "_run", cups)
    monkeypatch.setattr(printers, "cups_available", lambda: True)
    desk.activateWindow()
    qtbot.waitExposed(desk)
    advertised = _advertised(desk)
    pressed: set[str] = set()

    # Ctrl+1..9: the sections in the order of the list
    for row in range(min(desk.nav.count(), 9)):
        _press(desk, Qt.Key(Qt.Key.Key_1.value + row))
        key = desk.nav.item(row).data(Qt.ItemDataRole.UserRole)
        assert desk.current_section() is desk.section(key), f"Ctrl+{row + 1}"
        pressed.add(f"Ctrl+{row + 1}")

    # Ctrl+Shift+Enter refuses an incomplete package, Ctrl+N takes the next applicant
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    _press(desk, Qt.Key.Key_Return, CTRL | SHIFT)
    assert intake.last_result is not None and intake.last_result.outcome == "refused"
    pressed.add("Ctrl+Shift+Enter")
    _press(desk, Qt.Key.Key_N)
    assert intake.steps.currentIndex() == 1 and intake.form.applicant.edits["surname"].text() == ""
    pressed.add("Ctrl+N")

    # Ctrl+Enter accepts a complete one
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        rows[doc].received.setChecked(True)
    _press(desk, Qt.Key.Key_Enter)
    result = intake.last_result
    assert result.outcome == "accepted" and intake.steps.currentIndex() == 2
    pressed.add("Ctrl+Enter")
    qtbot.waitUntil(lambda: intake.receipt.print_btn.isEnabled())
    advertised |= _advertised(desk)      # the receipt's buttons are on screen now

    # Ctrl+P prints the receipt (titled with its number), Ctrl+S saves it as a PDF
    with qtbot.waitSignal(intake.receipt.printed):
        _press(desk, Qt.Key.Key_P)
    assert [j.title for j in cups.jobs] == [result.number]
    assert intake.receipt.status.text().startswith("Printed on Receipts")
    pressed.add("Ctrl+P")
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    with qtbot.waitSignal(intake.receipt.saved):
        _press(desk, Qt.Key.Key_S)
    assert target.read_bytes().startswith(b"%PDF")
    pressed.add("Ctrl+S")

    # the same keys after a language switch (retranslate_ui must not drop them)
    from ui.i18n import LANG
    LANG.switch("kk")
    qtbot.waitUntil(lambda: "Ctrl+P" in intake.receipt.print_btn.text()
                    and intake.receipt.print_btn.text() != "Print   Ctrl+P")
    with qtbot.waitSignal(intake.receipt.printed):
        _press(desk, Qt.Key.Key_P)
    assert len(cups.jobs) == 2

    assert advertised - pressed == set(), "an advertised shortcut nobody pressed"
    assert {"Ctrl+P", "Ctrl+S", "Ctrl+Enter", "Ctrl+Shift+Enter", "Ctrl+N", "Ctrl+1"} <= advertised


def test_ctrl_p_and_ctrl_s_under_a_kazakh_only_keyboard(qtbot, desk, ctx, tmp_path, monkeypatch):
    """With only the Kazakh layout loaded, the P key types "з": Qt finds no Latin key for its
    shortcuts; the desk reads the physical key (scan code) and prints all the same."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.demo import fill_demo_day
    import datetime as dt
    cups = FakeCups(Receipts=Queue())
    monkeypatch.setattr(printers, "_run", cups)
    monkeypatch.setattr(printers, "cups_available", lambda: True)
    number = fill_demo_day(ctx, dt.date(2026, 11, 20), packages=4, seed=7)[0].number
    desk.scanner.feed(number)
    receipt = desk.current_section().receipt
    qtbot.waitUntil(lambda: receipt.print_btn.isEnabled())

    def ctrl(letter: str, scan_code: int) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(desk.windowHandle(), QKeyEvent(
                kind, ord(letter.upper()), CTRL, scan_code, 0, 0, ""))
    with qtbot.waitSignal(receipt.printed):
        ctrl("з", 33)                                   # the P key under the Kazakh layout
    assert [j.title for j in cups.jobs] == [number]
    target = tmp_path / "kz.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    with qtbot.waitSignal(receipt.saved):
        ctrl("ы", 39)                                   # the S key
    assert target.read_bytes().startswith(b"%PDF")
    ctrl("ә", 11)                                       # Ctrl+2 (the "ә" key): Today
    assert desk.current_section() is desk.section("today")
    ctrl("\"", 10)                                      # Ctrl+1 (the key typing ")
    assert desk.current_section() is desk.section("intake")
