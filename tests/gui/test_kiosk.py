"""The applicant kiosk walked as an applicant would: language, search, what to bring, pre-fill
with a bad then a good IIN, the ticket, the idle wipe, the PIN, home requests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit

from conftest import decode_barcodes, needs_zbar, pdf_to_pngs
from kiosk import queue
from kiosk.iin import make_iin
from ui import tasks
from ui.i18n import LANG

GOOD_IIN = make_iin(dt.date(1985, 3, 14), "female", 77)
BAD_IIN = GOOD_IIN[:11] + str((int(GOOD_IIN[11]) + 1) % 10)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    from ui import i18n_build
    i18n_build.build()


@pytest.fixture
def kiosk(ctx, qtbot):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    make_app()
    tasks.set_immediate(True)
    LANG.switch("kk")
    w = KioskWindow(ctx, idle_timeout_s=1, countdown_s=3)
    qtbot.addWidget(w)
    w.resize(1280, 1024)
    w.show()
    qtbot.waitExposed(w)
    yield w
    tasks.set_immediate(False)
    LANG.switch("en")
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_keys(qtbot, keyboard, text):
    """Type on the on-screen keyboard, key by key."""
    for ch in text:
        key = keyboard.keys[ch.lower()]
        if (ch != ch.lower()) != keyboard.shift:
            click(qtbot, keyboard.shift_key)
        click(qtbot, key)


def test_first_screen_is_kazakh_with_a_large_language_choice(kiosk):
    assert kiosk.current_page() is kiosk.welcome
    assert LANG.current == "kk"
    buttons = kiosk.welcome.lang_buttons
    assert [b.text() for b in buttons.values()] == ["Қазақша", "Русский", "English"]
    assert all(b.height() >= 100 for b in buttons.values())
    board = kiosk.welcome.info.text()
    assert "1414" in board and "8-800-080-7777" in board
    assert "09:00" in board and "17:30" in board and "13:00" in board
    assert "S1." in board and "S10." not in board  # repealed services are not offered
    assert not kiosk.welcome.closed.isVisible()  # Friday 10:15: accepting


def test_closed_notice_after_hours(ctx, qtbot, monkeypatch):
    monkeypatch.setenv("QABYLDAU_NOW", "2026-11-20T17:45:00")
    from ui.app import make_app
    from ui.kiosk.board import WelcomePage
    make_app()
    LANG.switch("en")
    page = WelcomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.closed.isVisible()
    assert "not being accepted" in page.closed.text()


def test_language_switch(kiosk, qtbot):
    click(qtbot, kiosk.welcome.lang_buttons["ru"])
    assert LANG.current == "ru"
    assert kiosk.current_page() is kiosk.services
    title = kiosk.services.title.text
    qtbot.waitUntil(lambda: title() == "Какая услуга вам нужна?")  # LanguageChange is posted
    assert kiosk.services.cat_buttons["preschool"].text() == "Детский сад"
    click(qtbot, kiosk.langs["kk"])
    qtbot.waitUntil(lambda: title() == "Сізге қандай қызмет керек?")
    assert kiosk.services.service_buttons["teacher_attestation"].text().startswith(
        "S1.  " + kiosk.ctx.catalogue.service("teacher_attestation").name.kk)
    click(qtbot, kiosk.langs["en"])
    qtbot.waitUntil(lambda: title() == "Which service do you need?")


def test_service_search_and_categories(kiosk, qtbot):
    click(qtbot, kiosk.welcome.lang_buttons["ru"])
    page = kiosk.services
    assert "summer_camp" not in page.service_buttons
    click(qtbot, page.cat_buttons["preschool"])
    assert set(page.service_buttons) == {"preschool_queue", "preschool_admission"}
    click(qtbot, page.cat_buttons[""])
    type_keys(qtbot, page.keyboard, "аттестац")
    assert page.search.text().lower() == "аттестац"
    assert set(page.service_buttons) == {"teacher_attestation", "teacher_attestation_online"}
    click(qtbot, page.keyboard.clear_key)
    page.search.setText("zzzz")
    assert not page.service_buttons and page.nothing.isVisible()


def test_what_to_bring_and_the_printed_list(kiosk, qtbot, ctx):
    from pypdf import PdfReader
    click(qtbot, kiosk.welcome.lang_buttons["en"])
    page = kiosk.services
    page.search.setText("preschool queue")
    click(qtbot, page.service_buttons["preschool_queue"])
    assert kiosk.current_page() is kiosk.service
    body = kiosk.service.body.text()
    s = ctx.catalogue.service("preschool_queue")
    assert "Bring these papers" in body and s.document("application").name.en in body
    assert "No need to bring: the office gets these from information systems" in body
    assert s.document("birth_certificate").name.en in body
    assert "at most 15 min" in body
    click(qtbot, kiosk.service.slip)
    text = " ".join(PdfReader(kiosk.last_slip_pdf).pages[0].extract_text().split())
    assert "What to bring" in text and s.document("application").name.en in text
    # a conditional paper comes with its question; the courier is said
    kiosk.open_service("teacher_attestation")
    body = kiosk.service.body.text()
    t = ctx.catalogue.service("teacher_attestation")
    cond = t.document("previous_category")
    assert "Bring only if it applies to you" in body and cond.condition.question.en in body
    assert "by courier" in body


def _walk_to_prefill(kiosk, qtbot, service_id="teacher_attestation"):
    click(qtbot, kiosk.welcome.lang_buttons["ru"])
    click(qtbot, kiosk.services.service_buttons[service_id])
    click(qtbot, kiosk.service.prefill)
    assert kiosk.current_page() is kiosk.prefill
    return kiosk.prefill


@needs_zbar
def test_prefill_bad_then_good_iin_and_the_ticket(kiosk, qtbot, ctx, tmp_path):
    page = _walk_to_prefill(kiosk, qtbot)
    iin = page.edits["iin"]
    assert page.keyboard.target is iin and page.keyboard.layout_name == "digits"
    type_keys(qtbot, page.keyboard, BAD_IIN)
    assert iin.property("invalid") is True
    assert page.iin_state.text() == "Контрольная цифра ИИН не совпадает: одна из цифр введена с ошибкой"
    click(qtbot, page.keyboard.keys["⌫"])
    type_keys(qtbot, page.keyboard, GOOD_IIN[-1])
    assert iin.text() == GOOD_IIN and iin.property("valid") is True
    page.edits["surname"].setFocus()
    page.focus_field(page.edits["surname"])
    assert page.keyboard.layout_name == "ru"
    type_keys(qtbot, page.keyboard, "Иванова")
    page.edits["name"].setText("Әлия")
    page.edits["phone"].setText("8 701 234 56 78")
    page.answer("no_previous_category", True)
    click(qtbot, page.submit)
    assert "согласие" in page.error.text()  # consent first
    click(qtbot, page.consent)
    click(qtbot, page.submit)
    assert kiosk.current_page() is kiosk.ticket
    t = queue.ticket(ctx, kiosk.last_ticket.id)
    assert t.code == "A001" and kiosk.ticket.code.text() == "A001"
    assert t.prefill == {"service": "teacher_attestation", "representative": None,
                         "applicant": {"iin": GOOD_IIN, "surname": "Иванова", "name": "Әлия",
                                       "phone": "+77012345678"},
                         "answers": {"no_previous_category": True}, "consent": True}
    pngs = pdf_to_pngs(kiosk.last_ticket_pdf, tmp_path / "png", dpi=300)
    assert decode_barcodes(pngs[0]) == ["T261120A001"]
    click(qtbot, kiosk.ticket.finish)
    assert kiosk.current_page() is kiosk.welcome and LANG.current == "kk"


def test_just_a_ticket_shows_people_ahead_and_wait(kiosk, qtbot, ctx):
    for _ in range(2):
        queue.issue_ticket(ctx, "preschool_queue")
    click(qtbot, kiosk.welcome.lang_buttons["en"])
    click(qtbot, kiosk.services.service_buttons["preschool_queue"])
    click(qtbot, kiosk.service.just_ticket)
    assert kiosk.ticket.code.text() == "B003"
    assert "People ahead of you: 2. Estimated wait: about 20 min." in kiosk.ticket.wait.text()
    assert kiosk.last_ticket.prefill is None


def test_idle_timeout_wipes_everything_typed(kiosk, qtbot):
    page = _walk_to_prefill(kiosk, qtbot)
    page.edits["iin"].setText(GOOD_IIN)
    page.edits["surname"].setText("Иванова")
    click(qtbot, page.consent)
    assert kiosk.idle.interval() == 1000 and kiosk.idle.isActive()
    kiosk.on_idle()                   # what the idle timer does after 1 s without a touch
    assert kiosk.countdown.isVisible() and "3" in kiosk.countdown_text.text()
    kiosk.countdown_tick()
    kiosk.countdown_tick()
    assert kiosk.current_page() is kiosk.prefill  # still counting down
    kiosk.countdown_tick()
    assert kiosk.current_page() is kiosk.welcome and not kiosk.countdown.isVisible()
    assert LANG.current == "kk"
    assert all(e.text() == "" for e in page.edits.values())
    assert not page.consent.isChecked() and page.answers == {}


def test_a_touch_stops_the_countdown(kiosk, qtbot):
    page = _walk_to_prefill(kiosk, qtbot)
    page.edits["surname"].setText("Иванова")
    kiosk.on_idle()
    click(qtbot, kiosk.still_here)
    assert not kiosk.countdown.isVisible() and kiosk.current_page() is kiosk.prefill
    assert page.edits["surname"].text() == "Иванова"


def test_idle_timer_is_wired_to_the_countdown(kiosk, qtbot):
    _walk_to_prefill(kiosk, qtbot)
    assert kiosk.idle.isSingleShot() and kiosk.idle.interval() == 1000  # injected: 1 s
    kiosk.idle.timeout.emit()            # what Qt does when the second has passed
    assert kiosk.countdown.isVisible() and kiosk.tick.isActive()


def test_staff_pin(kiosk, qtbot, ctx):
    click(qtbot, kiosk.staff)
    assert kiosk.current_page() is kiosk.pin
    type_keys(qtbot, kiosk.pin.pad, "1234")
    click(qtbot, kiosk.pin.ok)
    assert kiosk.pin.error.text() and kiosk.current_page() is kiosk.pin
    with qtbot.waitSignal(kiosk.staff_unlocked, timeout=1000):
        type_keys(qtbot, kiosk.pin.pad, "1111")  # the demo clerk's PIN
        click(qtbot, kiosk.pin.ok)


def test_home_visit_request_is_recorded(kiosk, qtbot, ctx):
    from kiosk.kiosk_info import home_requests
    click(qtbot, kiosk.welcome.home_visit)
    page = kiosk.home_visit
    page.edits["name"].setText("Әлия")
    page.edits["address"].setText("Алматы, Абай 1")
    click(qtbot, page.submit)
    assert page.error.text()  # the phone is needed
    page.edits["phone"].setText("87012345678")
    click(qtbot, page.submit)
    assert page.error.text() and home_requests(ctx) == []  # no consent: nothing kept
    click(qtbot, page.consent)
    click(qtbot, page.submit)
    rows = home_requests(ctx)
    assert len(rows) == 1 and rows[0]["phone"] == "+77012345678" and page.done.text()
    assert rows[0]["consent_at"] == "2026-11-20 10:15:00"
    assert not page.consent.isChecked()                     # the next applicant asks again


def test_where_is_my_application(kiosk, qtbot, ctx):
    """Issue 15 point 11, seed 003 l.117: the number and the last 4 IIN digits (or a scanned
    receipt) show the stage, the due date and where to collect, in the applicant's language."""
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent.parent))
    from courier_helpers import accept, person
    number = accept(ctx, "externat", dt.datetime(2026, 11, 20, 10, 0), 1).number
    click(qtbot, kiosk.welcome.where)
    page = kiosk.status
    assert kiosk.current_page() is page
    page.edits["receipt"].setText(number)
    page.edits["iin"].setText("0000")
    click(qtbot, page.submit)
    assert page.error.text() and not page.answer.text()     # wrong IIN: nothing shown
    page.edits["iin"].setText(person(1).iin[-4:])
    click(qtbot, page.submit)
    text = page.answer.text()
    assert "Құжаттар қабылданды" in text and "10.12.2026" in text and "Әуезов" in text
    assert person(1).iin not in text and "Әбілқайырова" not in text     # nothing else shown
    click(qtbot, kiosk.langs["ru"])
    qtbot.waitUntil(lambda: "Документы приняты" in page.answer.text())   # LanguageChange is posted
    click(qtbot, kiosk.langs["kk"])
    qtbot.waitUntil(lambda: "Құжаттар" in page.answer.text())
    page.clear()
    page.scanned(number)                                      # a scanned receipt
    assert "Құжаттар қабылданды" in page.answer.text()
    click(qtbot, page.back)
    assert kiosk.current_page() is kiosk.welcome and not page.answer.text()


def test_keyboard_has_the_whole_kazakh_alphabet(kiosk):
    from ui.kiosk.keyboard import KAZAKH_LETTERS, OnScreenKeyboard
    kb = OnScreenKeyboard()
    kb.set_layout("kk")
    assert KAZAKH_LETTERS <= set(kb.keys)
    assert set("әғқңөұүһі") <= set(kb.keys)
    kb.set_layout("digits")
    assert set("0123456789") <= set(kb.keys)
    kb.deleteLater()


@pytest.mark.parametrize("page_name", ["welcome", "services", "service", "prefill", "ticket",
                                       "home_visit", "pin", "status"])
def test_touch_targets_and_accessible_names(kiosk, qtbot, ctx, page_name):
    kiosk.open_service("teacher_attestation")
    kiosk.prefill.start(ctx.catalogue.service("teacher_attestation"))
    kiosk.issue_plain_ticket("teacher_attestation")
    kiosk.stack.setCurrentWidget(getattr(kiosk, page_name))
    qtbot.wait(10)
    widgets = [w for cls in (QAbstractButton, QLineEdit, QCheckBox) for w in kiosk.findChildren(cls)]
    for w in widgets:
        if not w.isVisible():
            continue
        assert w.accessibleName(), f"{type(w).__name__} {w.text()!r} has no accessible name"
        assert w.height() >= 64, f"{w.text()!r} is {w.height()} px high"


def test_large_text_and_high_contrast(kiosk, qtbot):
    click(qtbot, kiosk.large)
    click(qtbot, kiosk.contrast)
    assert kiosk.property("large") == "on" and kiosk.property("contrast") == "on"
    before = kiosk.welcome.choose.font().pointSizeF(), kiosk.welcome.choose.fontInfo().pixelSize()
    kiosk.reset()
    assert kiosk.property("large") == "off"
    assert kiosk.welcome.choose.fontInfo().pixelSize() < before[1]


def test_main_window_opens_the_kiosk_and_the_pin_leaves_it(ctx, qtbot):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    from ui.main_window import MainWindow
    make_app()
    LANG.switch("en")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start.kiosk.click()               # the start screen's "Applicant kiosk"
    kiosk = win.stack.currentWidget()
    assert isinstance(kiosk, KioskWindow)
    kiosk.show_page(kiosk.pin)
    kiosk.pin.field.setText("3333")  # the demo manager's PIN
    kiosk.pin.ok.click()
    assert win.stack.currentWidget() is win.start
    assert win.open_kiosk(full_screen=False) is kiosk   # one kiosk, reused
    win.close()
