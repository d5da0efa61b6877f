"""A keyboard-wedge barcode scanner at the desk: real key events on the desk's window, under the
Latin, Kazakh and Russian layouts, with and without the physical key's scan code."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import queue
from kiosk.demo import fill_demo_day
from tests.gui.keys import layout_text, press, type_code
from ui.keymap import decode_text, digit_text, key_char


def _number(ctx, i=3):
    return fill_demo_day(ctx, dt.date(2026, 11, 20), packages=8, seed=7)[i].number


def test_the_layouts_map_back_to_the_keys():
    assert decode_text('ФДЬқ"өқ"өә,"әқәөққү"') == "ALM01-01-261202-0081"     # Kazakh
    assert decode_text('Еә,"""әФқ"ә') == "T261112A012"
    assert decode_text("ФДЬ01-01-261202-0061") == "ALM01-01-261202-0061"
    assert key_char("қ", 19) == "0" and key_char("x", 19) == "0"   # the key wins over the text
    assert key_char("қ", 0x0B, "windows") == "0"
    assert [digit_text(c) for c in '"әіңғ,.үұқ'] == list("1234567890")
    assert digit_text("a") is None and digit_text("Һ", plus=True) == "+"


@pytest.mark.parametrize("layout", ["us", "kz", "ru"])
@pytest.mark.parametrize("native", [True, False], ids=["scan-codes", "text-only"])
def test_a_scan_opens_the_package_once_and_leaves_the_field_alone(qtbot, desk, ctx, layout,
                                                                  native):
    number = _number(ctx)
    intake = desk.show_section("intake")
    intake.search.setText("attest")
    intake.search.setFocus()
    opened = []
    package = desk.section("package")
    original = package.open_code
    package.open_code = lambda code: (opened.append(code), original(code))[1]
    shown = type_code(desk, number, layout, native=native)
    if layout != "us":
        assert shown != number                    # the layout really typed something else
    assert opened == [number], "one lookup, of the number itself"
    assert desk.current_section() is package and package.package["number"] == number
    assert intake.search.text() == "attest", "the scanned keys never reach the focused field"


@pytest.mark.parametrize("layout", ["kz", "ru"])
def test_a_ticket_scanned_under_a_cyrillic_layout_calls_its_applicant(qtbot, desk, ctx, layout):
    t = queue.issue_ticket(ctx, "preschool_queue")
    desk.show_section("today")
    type_code(desk, t.barcode, layout, native=False)
    assert queue.ticket(ctx, t.id).status == "called"
    assert desk.current_section() is desk.section("intake")


def test_a_person_typing_is_not_a_scan(qtbot, desk, ctx):
    number = _number(ctx)
    package = desk.show_section("package")
    package.code.setFocus()
    handle = desk.windowHandle()
    for ch in number:           # a person: a tenth of a second between keys
        key = Qt.Key.Key_Minus if ch == "-" else Qt.Key(ord(ch))
        shift = Qt.KeyboardModifier.ShiftModifier if ch.isalpha() else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(handle, key, shift, 80)
    # every key reached the field, in order (QTest types Latin keys in lower case)
    qtbot.waitUntil(lambda: package.code.text().upper() == number, timeout=2000)
    QTest.keyClick(handle, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 80)
    assert package.package is not None and package.package["number"] == number


def test_short_fast_bursts_reach_the_field(qtbot, desk):
    intake = desk.show_section("intake")
    intake.search.setFocus()
    type_code(desk, "S1", "us", enter=False)        # fast, but no Enter: typed text
    qtbot.waitUntil(lambda: intake.search.text() == "S1", timeout=2000)


def test_digit_row_under_the_kazakh_layout_types_digits_in_iin_and_phone(qtbot, desk, good_iin):
    intake = desk.show_section("intake")
    assert intake.choose_service("teacher_attestation")
    box = intake.form.applicant
    box.edits["iin"].setFocus()
    for d in good_iin:                      # slowly, as a person types
        press(desk, layout_text(d, "kz"))
        qtbot.wait(70)
    qtbot.waitUntil(lambda: box.edits["iin"].text() == good_iin, timeout=2000)
    box.edits["phone"].setFocus()
    press(desk, "Һ", shift=True)
    for d in "77012345678":
        press(desk, layout_text(d, "kz"))
        qtbot.wait(70)
    qtbot.waitUntil(lambda: box.edits["phone"].text() == "+77012345678", timeout=2000)


def test_a_pin_typed_under_the_kazakh_layout_signs_in(qtbot, ctx):
    from ui.app import make_app
    from ui.manager.sign_in import SignInScreen
    make_app()
    screen = SignInScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.login.setText("clerk")
    screen.pin.setFocus()
    for _ in range(4):
        press(screen, '"')                  # the "1" key under the Kazakh layout
    assert screen.pin.text() == "1111"
    employee = screen.submit()
    assert employee is not None and employee.login == "clerk"
    screen.pin.setText("a")                 # a password's letters stay letters
    press(screen, "қ")
    assert screen.pin.text() == "aқ"
