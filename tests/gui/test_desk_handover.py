"""Issue 15 point 8 at the desk: accepted courier packages go to the dispatch desk («жинақтау
жүйесі») within 30 minutes of acceptance (seed 004 l.287) -- one at a time from the Package
section, or the half hour's pile at once from Today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from db.events import events_for_package
from db.packages import package_by_number
from tests.courier_helpers import accept
from tests.gui.desk_actions import at, click, click_row, open_package


def test_a_package_is_handed_to_the_dispatch_desk_from_its_screen(qtbot, desk, ctx):
    """Seed 004 l.287: «қабылданған құжаттарды 30 (отыз) минут ішінде жинақтау жүйесіне береді»."""
    number = accept(ctx, "externat", at("10:00"), 1).number
    package = open_package(desk, number)
    assert package.info_values["handover"].text() == "to hand over by 20.11.2026 10:30"
    assert package.handover_btn.isVisible() and not package.result_btn.isVisible()
    click(qtbot, package.handover_btn)
    row = package_by_number(ctx.store, number)
    assert row["handed_over_at"] == "2026-11-20 10:15:00" and row["handed_over_by"] == "clerk"
    assert package.trail.item(package.trail.rowCount() - 1, 2).text() == \
        "handed to the dispatch desk"
    assert not package.handover_btn.isVisible(), "handed over once"
    assert package.info_values["handover"].text() == "handed over 20.11.2026 10:15 · clerk"
    assert package.action_msg.text() == f"{number} handed to the dispatch desk."
    assert [e["kind"] for e in events_for_package(ctx.store, row["id"])] == \
        ["accepted", "handed_over"]


def test_a_package_that_does_not_travel_has_no_handover(qtbot, desk, ctx):
    """Seed 004 l.287 is a step of the courier path: S2 at the ЦОН does not travel."""
    number = accept(ctx, "preschool_queue", at("10:00"), 2).number
    package = open_package(desk, number)
    assert not package.handover_btn.isVisible()
    assert not package.info_values["handover"].isVisible()


def test_today_shows_what_is_still_to_hand_over_and_hands_the_selected_in_one_step(
        qtbot, desk, ctx):
    """Seed 004 l.287 (30 minutes): at the end of the half hour the clerk filters today's list
    to the courier packages still to hand over, leaves out a folder not in the pile, and hands
    the rest over at once."""
    late1 = accept(ctx, "externat", at("09:30"), 1).number          # due there by 10:00
    late2 = accept(ctx, "certificate_duplicate", at("09:40"), 2).number   # by 10:10
    fresh = accept(ctx, "externat", at("10:05"), 3).number          # by 10:35
    s2 = accept(ctx, "preschool_queue", at("10:00"), 4).number      # does not travel
    refused = accept(ctx, "externat", at("10:10"), 5, complete=False).number
    today = desk.show_section("today")
    column = {today.table.item(r, 0).text(): today.table.item(r, 5)
              for r in range(today.table.rowCount())}
    assert column[late1].text() == "late: by 10:00"
    assert column[late1].foreground().color() == QColor(Qt.GlobalColor.darkRed)
    assert column[fresh].text() == "by 10:35"
    assert column[s2].text() == "" and column[refused].text() == ""
    assert today.handover_line.text() == "To hand to the dispatch desk: 3 — 2 late"
    assert not today.handover_btn.isEnabled()

    click(qtbot, today.only_waiting)                         # the filter selects them all
    shown = [today.table.item(r, 0).text() for r in range(today.table.rowCount())]
    assert sorted(shown) == sorted([late1, late2, fresh])
    assert today.handover_btn.text() == "Hand over the selected (3)"
    click_row(qtbot, today.table, shown.index(fresh), Qt.KeyboardModifier.ControlModifier)
    assert today.handover_btn.text() == "Hand over the selected (2)"
    click(qtbot, today.handover_btn)

    for number in (late1, late2):
        row = package_by_number(ctx.store, number)
        assert row["handed_over_at"] == "2026-11-20 10:15:00"
        assert [e["kind"] for e in events_for_package(ctx.store, row["id"])] == \
            ["accepted", "handed_over"]
    assert package_by_number(ctx.store, fresh)["handed_over_at"] is None
    assert today.handover_msg.text() == "Packages handed to the dispatch desk at 10:15: 2."
    assert [today.table.item(r, 0).text() for r in range(today.table.rowCount())] == [fresh]
    assert today.handover_line.text() == "To hand to the dispatch desk: 1 — the first by 10:35"
    click(qtbot, today.only_waiting)                         # the whole day again
    column = {today.table.item(r, 0).text(): today.table.item(r, 5).text()
              for r in range(today.table.rowCount())}
    assert column[late1] == "handed over 10:15" and column[fresh] == "by 10:35"


def test_today_in_kazakh_names_the_dispatch_desk_as_the_seed_does(qtbot, desk, ctx):
    """Seed 004 l.287-289: «жинақтау жүйесі»."""
    accept(ctx, "externat", at("10:00"), 1)
    desk.lang.setCurrentIndex(desk.lang.findData("kk"))
    qtbot.waitUntil(lambda: desk.sign_out.text() == "Шығу")
    today = desk.show_section("today")
    assert today.table.horizontalHeaderItem(5).text() == "Жинақтау жүйесі"
    assert today.handover_line.text().startswith("Жинақтау жүйесіне берілуі керек: 1")
