"""The desk fits the front office's smallest screens (1280x1024, 1366x768, 1280x800): every
section of every role, in Kazakh, Russian and English, in a 1280x720 window -- the window
does not ask for more, and no button's label is cut.  The sections are seen fresh and with
something in them (a package open, a ticket called, a home-visit request selected, the
intake form of a service)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from db.packages import package_by_number
from kiosk import queue
from kiosk.demo import fill_demo_day
from kiosk.kiosk_info import record_home_request
from ui.i18n import LANG, LANGUAGES
from ui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 720
NOW = dt.datetime(2026, 11, 20, 10, 15)       # the fixed clock of tests/conftest.py
ACCOUNTS = {"clerk": "1111", "dispatcher": "2222", "manager": "3333", "admin": "4444"}


@pytest.fixture(autouse=True)
def _styled_app_and_immediate_tasks():
    from ui import tasks
    from ui.app import make_app
    make_app()                  # the desk's stylesheet: its fonts and paddings are the sizes
    LANG.switch("en")
    tasks.set_immediate(True)
    yield
    LANG.switch("en")
    tasks.set_immediate(False)


def settle() -> None:
    for _ in range(3):       # layouts, then the timers they start (row heights)
        QApplication.processEvents()


def sign_in(qtbot, ctx, login: str) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(WIDTH, HEIGHT)
    w.show()
    screen = w.open_staff()
    qtbot.keyClicks(screen.login, login)
    qtbot.keyClicks(screen.pin, ACCOUNTS[login])
    qtbot.mouseClick(screen.go, Qt.MouseButton.LeftButton)
    assert w.desk is not None
    return w


def choose_language(w: MainWindow, lang: str) -> None:
    w.desk.lang.setCurrentIndex(list(LANGUAGES).index(lang))   # the desk's language list
    settle()
    assert LANG.current == lang


def open_section(qtbot, w: MainWindow, key: str):
    """A click on the section's name in the desk's list."""
    nav = w.desk.nav
    row = next(r for r in range(nav.count())
               if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)
    nav.scrollToItem(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    settle()
    section = w.desk.current_section()
    assert section is w.desk.section(key)
    return section


def misfits(w: MainWindow, where: str) -> list[str]:
    """What does not fit: the window's minimum beyond 1280x720, the window grown, a visible
    button narrower than its label or partly past the edge of what holds it (a scrolled-away
    button, wholly out of sight, is not counted)."""
    found = []
    hint = w.minimumSizeHint()
    if hint.width() > WIDTH or hint.height() > HEIGHT:
        found.append(f"{where}: the window needs {hint.width()}x{hint.height()}")
    if (w.width(), w.height()) != (WIDTH, HEIGHT):
        found.append(f"{where}: the window grew to {w.width()}x{w.height()}")
    for b in w.findChildren(QAbstractButton):
        if not b.isVisible() or not b.text():
            continue
        if b.sizeHint().width() > b.width():
            found.append(f"{where}: button {b.text()!r} cut ({b.width()} < "
                         f"{b.sizeHint().width()})")
        shown = b.visibleRegion().boundingRect()       # what its parents let be seen of it
        if not shown.isEmpty() and shown.width() < min(b.width(), b.sizeHint().width()):
            found.append(f"{where}: button {b.text()!r} hidden past its parent's edge "
                         f"({shown.width()} of {b.sizeHint().width()} seen)")
    return found


def visit_all(qtbot, w: MainWindow, state: str) -> list[str]:
    found = []
    for lang in ("kk", "ru", "en"):
        choose_language(w, lang)
        for key in list(w.desk.sections):
            open_section(qtbot, w, key)
            found += misfits(w, f"{w.desk.employee.role} {lang} {key} ({state})")
    return found


def something_in_each(qtbot, w: MainWindow, number: str) -> None:
    """What a working day puts on the sections: a package open, a ticket called, a request
    selected, a service chosen at intake."""
    desk = w.desk
    if "package" in desk.sections:
        package = open_section(qtbot, w, "package")
        qtbot.keyClicks(package.code, number)
        qtbot.keyClick(package.code, Qt.Key.Key_Return)
        assert package.package is not None and package.package["number"] == number
        if package.result_btn.isVisible():       # S2: the result's form beside the documents
            qtbot.mouseClick(package.result_btn, Qt.MouseButton.LeftButton)
            assert package.papers.currentIndex() == 1
    if "queue" in desk.sections:
        section = open_section(qtbot, w, "queue")
        qtbot.mouseClick(section.call, Qt.MouseButton.LeftButton)
        assert section.current is not None
    if "home" in desk.sections:
        section = open_section(qtbot, w, "home")
        rect = section.table.visualItemRect(section.table.item(0, 0))
        qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert section.selected() is not None
    if "intake" in desk.sections:
        section = open_section(qtbot, w, "intake")
        qtbot.keyClick(section.search, Qt.Key.Key_Return)      # the first service
        settle()
        assert section.steps.currentIndex() == 1


def with_system_documents(ctx, numbers: list[str]) -> str:
    """An accepted package of a service with documents taken from information systems."""
    for number in numbers:
        p = package_by_number(ctx.store, number)
        service = ctx.catalogue.service(p["service_id"])
        if p["outcome"] == "accepted" and service and \
                any(d.from_information_system for d in service.documents):
            return number
    raise AssertionError("no package with documents from information systems")


@pytest.mark.parametrize("login", list(ACCOUNTS))
def test_every_section_fits_1280x720_in_each_language(qtbot, ctx, login):
    results = fill_demo_day(ctx, NOW.date(), 15, seed=21)
    number = with_system_documents(ctx, [r.number for r in results])
    record_home_request(ctx, consent=True, name="Сейтова Әлия Нұрланқызы",
                        phone="8 701 234 56 78", service_id="preschool_queue", now=NOW,
                        address="Алматы қ., Әуезов ауданы, Жетісу-3 шағын ауданы, 45-үй, 112-пәтер")
    queue.issue_ticket(ctx, "preschool_queue")
    w = sign_in(qtbot, ctx, login)
    found = visit_all(qtbot, w, "fresh")
    choose_language(w, "en")
    something_in_each(qtbot, w, number)
    found += visit_all(qtbot, w, "in use")
    assert not found, "\n".join(found)


def test_document_names_keep_the_room_of_the_received_column(qtbot, ctx):
    """The Package section's Documents: «из информационных систем» wraps in a narrow column,
    word by word, and the documents' names take the rest of the table."""
    results = fill_demo_day(ctx, NOW.date(), 15, seed=21)
    number = with_system_documents(ctx, [r.number for r in results])
    w = sign_in(qtbot, ctx, "clerk")
    choose_language(w, "ru")
    package = open_section(qtbot, w, "package")
    qtbot.keyClicks(package.code, number)
    qtbot.keyClick(package.code, Qt.Key.Key_Return)
    settle()
    docs = package.docs
    marks = [docs.item(r, 1).text() for r in range(docs.rowCount())]
    assert "из информационных систем" in marks
    metrics = docs.fontMetrics()
    assert docs.columnWidth(1) < metrics.horizontalAdvance("из информационных систем")
    assert docs.columnWidth(1) >= metrics.horizontalAdvance("информационных")   # no word cut
    assert docs.columnWidth(0) > docs.columnWidth(1) + docs.columnWidth(2)   # the names' room
    row = marks.index("из информационных систем")
    assert docs.rowHeight(row) >= 2 * metrics.height()      # the mark on two lines, all shown
    assert docs.item(row, 1).toolTip() == "из информационных систем"


def test_the_window_starts_within_the_screens_free_area(qtbot, ctx):
    """A counter PC with a 1366x768 screen (and a taskbar): the program's window starts no
    larger than the screen's free area, so no part of the desk starts below its edge; on a
    larger screen it starts at 1280x800."""
    from ui.app import make_app
    from ui.main_window import MainWindow
    make_app()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    free = win.screen().availableGeometry().size()
    assert win.width() <= min(1280, free.width()) and win.height() <= min(800, free.height())
    if free.width() >= 1300 and free.height() >= 840:
        assert (win.width(), win.height()) == (1280, 800)
