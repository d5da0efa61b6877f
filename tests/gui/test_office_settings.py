"""The office settings the core had and no screen showed (issue 15 points 1, 3, 5 and 7; issue
13's privacy), driven as an administrator, a manager and a clerk do: clicks on the section
list, the tabs and the checkboxes, keys in the fields; then the desk's intake and the kiosk
follow what was saved.  Each test names the seed line or rule it follows."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QCheckBox

from db.packages import package_by_number
from kiosk.demo import fill_demo_day
from kiosk.errors import message
from kiosk.staff import Employee
from tests.gui.test_desk_intake import S1_PAPERS, _fill_applicant, _start_s1
from tests.gui.test_walk import _main_window, _sign_in_by_keys
from ui import tasks
from ui.desk.shell import DeskWindow
from ui.i18n import LANG

DAY = dt.date(2026, 11, 20)            # the tests' Friday (FIXED_NOW 10:15)
S1 = "teacher_attestation"
SERVICES_TAB, PRIVACY_TAB = 1, 2


@pytest.fixture(autouse=True)
def _immediate():
    from ui.app import make_app
    app = make_app()
    QTimer.singleShot(0, app.quit)   # an earlier main.main() may have asked the app to quit
    app.exec()
    LANG.switch("en")
    tasks.set_immediate(True)
    yield
    tasks.set_immediate(False)
    LANG.switch("en")


# -- what a person does ------------------------------------------------------------------------

def click(qtbot, widget, pos: QPoint | None = None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def tick(qtbot, box: QCheckBox) -> None:
    """A click on the checkbox's square (its text may be shorter than the column)."""
    click(qtbot, box, QPoint(11, box.height() // 2))


def open_section(qtbot, desk, key: str):
    """Click the section's line in the desk's list."""
    nav = desk.nav
    row = next(r for r in range(nav.count())
               if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)
    click(qtbot, nav.viewport(), nav.visualItemRect(nav.item(row)).center())
    section = desk.current_section()
    assert section.key == key
    return section


def open_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    click(qtbot, bar, bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a drop-down with the arrow keys, as the keyboard does."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        key = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def desk_for(qtbot, ctx, login: str, role: str) -> DeskWindow:
    d = DeskWindow(ctx, Employee(login, role.title(), role))
    qtbot.addWidget(d)
    d.resize(1280, 800)
    d.show()
    qtbot.waitExposed(d)
    return d


def services_box(qtbot, desk):
    settings = open_section(qtbot, desk, "settings")
    open_tab(qtbot, settings.tabs, SERVICES_TAB)
    return settings, settings.services_box


def package_count(ctx) -> int:
    return int(ctx.store.query_one("SELECT COUNT(*) AS n FROM packages")["n"])


def search_intake(qtbot, desk, text: str):
    intake = open_section(qtbot, desk, "intake")
    intake.search.setFocus()
    intake.search.selectAll()
    qtbot.keyClicks(intake.search, text)
    return intake


# -- 1. what the office is and which services it accepts ---------------------------------------

def test_services_unticked_in_settings_leave_the_desk_and_the_kiosk(qtbot, ctx):
    """Seed 001 l.13-15 (Mangystau: S1 also at the State Corporation branch) and seed 000 l.11
    (Akmola: the provider's office only): the administrator unticks S1 in Settings; the clerk's
    intake no longer offers it, with the core's message, and the kiosk says so."""
    w = _main_window(qtbot, ctx)
    _sign_in_by_keys(qtbot, w, "admin", "4444")
    settings, box = services_box(qtbot, w.desk)
    assert box.kind.currentData() == "state_corporation"
    s1 = box.lines[S1]
    assert s1.check.isEnabled() and s1.check.isChecked()   # the demo ЦОН keeps S1
    assert "only where the region's regulation says so" in s1.note.text()
    # what a State Corporation centre may not accept, greyed out with the reason
    for sid, reason in (("preschool_admission", "portal only"),           # seed 003 l.213-217
                        ("teacher_attestation_online", "portal only"),    # seed 003 l.322-350
                        ("teacher_competition", "only the provider's office"),  # 003 l.299-316
                        ("summer_camp", "repealed")):                     # seed 004 l.482-487
        line = box.lines[sid]
        assert not line.check.isEnabled() and not line.check.isChecked(), sid
        assert reason in line.note.text(), (sid, line.note.text())
    tick(qtbot, s1.check)
    assert not s1.check.isChecked() and not s1.days.isEnabled()
    assert "not at a State Corporation branch in this region" in s1.note.text()
    events_before = len(ctx.store.query("SELECT id FROM events WHERE kind = 'office_changed'"))
    click(qtbot, box.save)
    assert "saved" in settings.message.text()
    assert not ctx.office.accepts(S1)
    assert ctx.office.accepts("externat") and ctx.office.accepts("certificate_duplicate")
    changed = ctx.store.query("SELECT employee, data FROM events WHERE kind = 'office_changed'")
    assert len(changed) == events_before + 1 and changed[-1]["employee"] == "admin"
    assert "services" in changed[-1]["data"]
    # the clerk signs in after the administrator
    click(qtbot, w.desk.sign_out)
    _sign_in_by_keys(qtbot, w, "clerk", "1111")
    intake = search_intake(qtbot, w.desk, "S1")
    items = {intake.services.item(r).data(Qt.ItemDataRole.UserRole): intake.services.item(r)
             for r in range(intake.services.count())}
    assert "not accepted at this office" in items[S1].text()
    intake.services.setFocus()
    while intake.services.currentItem() is not items[S1]:
        qtbot.keyClick(intake.services, Qt.Key.Key_Down)
    assert intake.service_reason.text() == message("service.not_here", "en")
    assert not intake.continue_btn.isEnabled()
    qtbot.keyClick(intake.services, Qt.Key.Key_Return)
    assert intake.steps.currentIndex() == 0 and intake.service is None
    # the kiosk lists S1 to inform, says the office does not take it, and offers no pre-fill
    from ui.kiosk.window import KioskWindow
    kiosk = KioskWindow(ctx, idle_timeout_s=60, countdown_s=3)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 1024)
    kiosk.show()
    click(qtbot, kiosk.welcome.lang_buttons["en"])
    button = kiosk.services.service_buttons[S1]
    assert "documents are not accepted at this office" in button.text()
    assert "not accepted" not in kiosk.services.service_buttons["externat"].text()
    click(qtbot, button)
    assert message("service.not_here", "en") in kiosk.service.body.text()
    assert not kiosk.service.prefill.isVisible() and kiosk.service.just_ticket.isVisible()
    kiosk.close()


def test_a_form_open_when_s1_is_unticked_is_refused_with_the_core_message(qtbot, desk, ctx,
                                                                          good_iin):
    """Seed 001 l.13-15 / 000 l.11: a clerk's S1 form is open at one station when the
    administrator unticks S1 at another; Ctrl+Enter is refused with the core's message and
    nothing is stored (issue 15 point 5)."""
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        tick(qtbot, rows[doc].received)
    assert intake.accept_btn.isEnabled()
    admin = desk_for(qtbot, ctx, "admin", "administrator")
    _, box = services_box(qtbot, admin)
    tick(qtbot, box.lines[S1].check)
    click(qtbot, box.save)
    assert not ctx.office.accepts(S1)
    before = package_count(ctx)
    desk.activateWindow()
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert intake.last_result is None and intake.steps.currentIndex() == 1
    assert intake.form_error.isVisibleTo(desk)
    assert intake.form_error.text() == message("service.not_here", "en")
    assert package_count(ctx) == before


def test_office_kind_decides_what_may_be_ticked(qtbot, ctx):
    """Seed 000 l.11 (the provider's office), seed 004 l.243-247 (S8 only through the State
    Corporation and the portal), seed 003 l.299-316 (S5 at the provider's office), seed 002
    l.3, l.27 (a village akimat is a provider: originals shown, copies given)."""
    admin = desk_for(qtbot, ctx, "admin", "administrator")
    settings, box = services_box(qtbot, admin)
    choose(qtbot, box.kind, "provider")
    s8, s5 = box.lines["externat"], box.lines["teacher_competition"]
    assert not s8.check.isEnabled() and not s8.check.isChecked()
    assert "only the State Corporation, the portal" in s8.note.text()
    assert s5.check.isEnabled() and s5.check.isChecked()
    assert box.lines[S1].days is None            # no courier from the provider's own office
    assert "seed 000 l.11" in box.kind_hint.text()
    assert ctx.office.office_kind == "state_corporation"   # nothing saved yet
    choose(qtbot, box.kind, "village_akimat")
    assert "seed 002 l.27" in box.kind_hint.text()
    click(qtbot, box.save)
    assert ctx.office.office_kind == "village_akimat"
    assert ctx.office.services is None           # every service it may accept is ticked
    # at the desk (a manager's, who also takes applications) S8 is not through this office
    manager = desk_for(qtbot, ctx, "manager", "manager")
    intake = search_intake(qtbot, manager, "S8")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "externat"
    assert "not through this kind of office" in intake.services.currentItem().text()
    assert intake.service_reason.text().startswith(message("service.channel", "en"))
    assert not intake.continue_btn.isEnabled()


def test_s1_expected_back_days_are_set_in_settings_and_given_to_the_package(qtbot, ctx, desk,
                                                                             good_iin):
    """Issue 15 point 7: S1 through the State Corporation has no result term in the seeds
    (seed 001 l.13-15, seed 000 l.13: the provider's own 20 minutes); the office's own working
    days say when it is expected back, after which it is overdue."""
    admin = desk_for(qtbot, ctx, "admin", "administrator")
    _, box = services_box(qtbot, admin)
    spin = box.lines[S1].days
    assert spin.isEnabled() and spin.value() == 2          # the default setting
    assert "expected back in" in spin.text() and "working days" in spin.text()
    # services with a term in the seeds have no such field
    assert box.lines["externat"].days is None and box.lines["certificate_duplicate"].days is None
    type_number(qtbot, spin, 5)
    click(qtbot, box.save)
    assert ctx.office.return_days[S1] == 5
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        tick(qtbot, rows[doc].received)
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    row = package_by_number(ctx.store, intake.last_result.number)
    assert row["expected_back_date"] == "2026-11-27"       # Friday + 5 working days


# -- 2. item 9 of the standard is not in the seeds (S7, S8) -------------------------------------

def test_s8_note_beside_the_service_in_the_catalogue_screen(qtbot, ctx):
    """Issue 15 point 3; seed 004 l.95 (S7) and 004 item 4 of the external-study regulation
    (S8: the application only): the catalogue's note that item 9 is not in the seeds and the
    office may add it is shown beside the service, in the user's language."""
    manager = desk_for(qtbot, ctx, "manager", "manager")
    sec = open_section(qtbot, manager, "catalogue")
    choose(qtbot, sec.service, "externat")
    note = ctx.catalogue.service("externat").no_documents_note
    assert sec.service_note.isVisibleTo(manager) and sec.service_note.text() == note.en
    choose(qtbot, manager.lang, "ru")
    qtbot.waitUntil(lambda: sec.service_note.text() == note.ru)
    choose(qtbot, sec.service, "additional_education")   # a service with its full list
    assert not sec.service_note.isVisibleTo(manager)
    choose(qtbot, sec.service, "school_admission")
    assert sec.service_note.text() == ctx.catalogue.service("school_admission").no_documents_note.ru


def test_s7_s8_note_told_to_the_clerk_at_intake(qtbot, ctx, desk):
    """Issue 15 point 3: when the clerk chooses S8 (seed 004 l.241-303) the checklist carries
    the catalogue's note on item 9 as information, in the user's language; S7 (seed 004 l.95),
    which cannot be started at this office, shows it with the reason."""
    note = ctx.catalogue.service("externat").no_documents_note
    intake = search_intake(qtbot, desk, "S8")
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.steps.currentIndex() == 1 and intake.service.id == "externat"
    line = intake.checklist.catalogue_note
    assert line.isVisibleTo(desk) and note.en in line.text()
    choose(qtbot, desk.lang, "kk")
    qtbot.waitUntil(lambda: note.kk in line.text())
    qtbot.mouseClick(intake.change_service, Qt.MouseButton.LeftButton)
    intake.search.selectAll()
    qtbot.keyClicks(intake.search, "S7")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "school_admission"
    s7 = ctx.catalogue.service("school_admission").no_documents_note
    assert s7.kk in intake.service_reason.text()
    assert message("service.channel", "kk") in intake.service_reason.text()
    # a service without the note gets none
    qtbot.mouseClick(intake.services.viewport(), Qt.MouseButton.LeftButton)
    intake.search.selectAll()
    qtbot.keyClicks(intake.search, "S4")
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.service.id == "additional_education"
    assert not intake.checklist.catalogue_note.isVisibleTo(desk)


# -- 3. applicants' personal data (issue 13) ----------------------------------------------------

def test_anonymising_old_packages_is_turned_on_and_off_in_settings(qtbot, ctx):
    """Issue 13 (Law on personal data): "a setting (off by default) anonymises packages older
    than N years" — the administrator turns it on in Settings, confirms what it does at once,
    and the core records the change and the anonymised packages as events."""
    old = fill_demo_day(ctx, dt.date(2020, 11, 20), 3, seed=41, refusal_share=0)
    new = fill_demo_day(ctx, DAY, 2, seed=42, refusal_share=0, until=dt.datetime(2026, 11, 20, 10, 0))
    admin = desk_for(qtbot, ctx, "admin", "administrator")
    settings = open_section(qtbot, admin, "settings")
    open_tab(qtbot, settings.tabs, PRIVACY_TAB)
    box = settings.privacy_box
    assert not box.anonymise.isChecked() and not box.years.isEnabled()   # off by default
    assert "Off" in box.effect.text()
    tick(qtbot, box.anonymise)
    type_number(qtbot, box.years, 5)
    assert "20.11.2021" in box.effect.text() and "now 3 of them" in box.effect.text()
    click(qtbot, box.save)              # asks once more: it cannot be undone
    assert box.confirm.isVisibleTo(admin) and "cannot be undone" in box.confirm.text()
    assert package_by_number(ctx.store, old[0].number)["surname"] != "***"
    assert ctx.store.get_setting("anonymise_after_years") is None
    click(qtbot, box.save)
    assert "anonymised (now: 3)" in settings.message.text()
    for r in old:
        row = package_by_number(ctx.store, r.number)
        assert row["surname"] == "***" and row["phone"] == "" and "*" in row["iin"]
    for r in new:
        assert package_by_number(ctx.store, r.number)["surname"] != "***"
    events = ctx.store.query("SELECT kind, employee, data FROM events WHERE kind IN "
                             "('setting_changed', 'packages_anonymised') ORDER BY id")
    assert [(e["kind"], e["employee"]) for e in events] == [("setting_changed", "admin"),
                                                            ("packages_anonymised", "admin")]
    assert json.loads(events[0]["data"]) == {"key": "anonymise_after_years", "value": 5}
    assert not box.confirm.isVisibleTo(admin) and box.anonymise.isChecked()
    # off again: nothing to confirm, recorded
    tick(qtbot, box.anonymise)
    click(qtbot, box.save)
    assert ctx.store.get_setting("anonymise_after_years") is None
    last = ctx.store.query("SELECT data FROM events WHERE kind = 'setting_changed' "
                           "ORDER BY id DESC LIMIT 1")[0]
    assert json.loads(last["data"]) == {"key": "anonymise_after_years", "value": None}


def test_privacy_settings_are_the_administrators(qtbot, ctx):
    """Issue 13: settings are the administrator's (kiosk.staff.require): a manager's desk has
    no Settings, and a box shown to a manager has its controls off and the core refuses."""
    manager = desk_for(qtbot, ctx, "manager", "manager")
    assert "settings" not in manager.sections
    from kiosk.privacy import set_anonymise_after
    from kiosk.errors import InputError
    from ui.manager.privacy_settings import PrivacySettingsBox
    said: list = []
    box = PrivacySettingsBox(ctx, manager.employee, lambda text, kind: said.append(kind))
    qtbot.addWidget(box)
    assert not box.anonymise.isEnabled() and not box.save.isEnabled()
    assert not box.rights.isHidden()
    with pytest.raises(InputError) as err:
        set_anonymise_after(ctx, manager.employee, 5, now=dt.datetime(2026, 11, 20, 10, 15))
    assert err.value.code == "staff.forbidden"


def test_full_iins_on_the_daily_register_are_asked_for_and_recorded(qtbot, ctx):
    """Issue 13: "the daily register masks IINs like the courier register unless the manager
    asks for full ones (recorded in the audit)": the manager ticks the box, sees full IINs, the
    core records it; leaving the section masks them again."""
    results = fill_demo_day(ctx, DAY, 3, seed=43, until=dt.datetime(2026, 11, 20, 10, 0))
    manager = desk_for(qtbot, ctx, "manager", "manager")
    reg = open_section(qtbot, manager, "registers")
    iin_col = next(c for c in range(reg.table.columnCount())
                   if reg.table.horizontalHeaderItem(c).text() in ("IIN", "ИИН", "ЖСН"))
    full = package_by_number(ctx.store, results[0].number)["iin"]
    assert "*" in reg.table.item(0, iin_col).text()
    assert not ctx.store.query("SELECT id FROM events WHERE kind = 'register_full_iins'")
    tick(qtbot, reg.full_iins)
    assert reg.table.item(0, iin_col).text() == full
    asked = ctx.store.query("SELECT employee, data FROM events WHERE kind = 'register_full_iins'")
    assert asked and asked[-1]["employee"] == "manager"
    assert json.loads(asked[-1]["data"]) == {"day": DAY.isoformat()}
    open_section(qtbot, manager, "statistics")
    open_section(qtbot, manager, "registers")
    assert not reg.full_iins.isChecked() and "*" in reg.table.item(0, iin_col).text()
