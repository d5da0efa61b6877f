"""Issue 15 point 10 at the desk: S2's result (seed 002 l.37-39) recorded from the Package
section -- the queue notification with the queue number, or the referral to a preschool
organisation -- its paper previewed and printed as the receipt is, printed again later; only
for employees with the "returns" right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db.events import events_for_package
from db.packages import package_by_number
from kiosk.preschool_result import record_preschool_result, result_paper_path
from tests.courier_helpers import accept
from tests.gui.desk_actions import at, click, cups, open_package, pdf_text, type_text

__all__ = ["cups"]


def _ctrl_p(desk) -> None:
    QTest.keyClick(desk.windowHandle(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_queue_notification_is_recorded_with_its_number_and_printed(qtbot, desk, ctx, cups):
    """Seed 002 l.37: «кезектілік нөмірі көрсетілген кезекке қою туралы хабарлама»; l.39:
    printed for the seal and signature of the provider's authorised person."""
    number = accept(ctx, "preschool_queue", at("09:40"), 1).number
    package = open_package(desk, number)
    assert package.result_btn.isVisible() and not package.handover_btn.isVisible()
    click(qtbot, package.result_btn)
    form = package.result_form
    assert package.papers.currentWidget() is package.result_page and form.isVisible()
    assert form.notification.isChecked() and form.child.text() == "", "nothing prefilled"
    assert form.child.hasFocus()

    click(qtbot, form.save_btn)                             # no name: refused at the field
    assert form.messages["child"].isVisible()
    assert form.messages["child"].text() == "Child's name is empty"
    type_text(qtbot, form.child, "Әбілқайыров Нұрлан Серікұлы")
    qtbot.keyClick(form.child, Qt.Key.Key_Return)          # no queue number: at its field
    assert form.messages["queue_number"].text() == \
        "The queue number must be a positive whole number"
    assert package_by_number(ctx.store, number)["status"] == "accepted", "nothing stored"

    assert form.queue_number.hasFocus(), "the message's field is where the clerk types next"
    qtbot.wait(10)
    qtbot.keyClicks(form.queue_number, "1287")
    qtbot.keyClick(form.queue_number, Qt.Key.Key_Return)
    row = package_by_number(ctx.store, number)
    assert row["status"] == "result_ready" and row["result_kind"] == "queue_notification"
    assert package.info_values["status"].text() == "result ready"
    assert "queue number 1287" in package.info_values["result"].text()
    assert package.trail.item(package.trail.rowCount() - 1, 2).text() == "result ready"
    assert not package.result_btn.isVisible(), "recorded once"
    assert "the result is recorded" in package.action_msg.text()

    paper = package.result_paper
    assert package.result_page.currentWidget() is paper and paper.pages
    text = pdf_text(paper.pdf)
    assert "кезекке қою туралы хабарлама" in text and "1287" in text
    assert "Әбілқайыров Нұрлан Серікұлы" in text and "М.О." in text
    assert result_paper_path(ctx, row).read_bytes() == paper.pdf
    with qtbot.waitSignal(paper.printed) as blocker:
        _ctrl_p(desk)
    assert blocker.args[0] == 1
    [job] = cups.jobs
    assert job.title == f"{number}-result" and job.media == "A4"
    assert paper.status.text() == f"Printed on Receipts (job {job.id})."


def test_referral_names_the_organisation_and_group(qtbot, desk, ctx, cups):
    """Seed 002 l.37: a referral to a preschool organisation by Appendix 1 to the standard."""
    number = accept(ctx, "preschool_queue", at("09:45"), 2).number
    package = open_package(desk, number)
    click(qtbot, package.result_btn)
    form = package.result_form
    click(qtbot, form.referral)
    assert not form.queue_number.isVisible() and form.organisation.isVisible()
    type_text(qtbot, form.child, "Ахметова Аяла Маратқызы")
    click(qtbot, form.save_btn)                               # no organisation: at its field
    assert form.messages["organisation"].text() == "Preschool organisation is empty"
    type_text(qtbot, form.organisation, "№ 45 «Балапан» бөбекжай-бақшасы")
    type_text(qtbot, form.group, "Ортаңғы топ")
    click(qtbot, form.save_btn)
    row = package_by_number(ctx.store, number)
    assert row["status"] == "result_ready" and row["result_kind"] == "referral"
    assert "«Балапан»" in package.info_values["result"].text()
    text = pdf_text(package.result_paper.pdf)
    assert "Мектепке дейінгі ұйымға жолдама" in text and "1-қосымша" in text
    assert "«Балапан»" in text and "Ортаңғы топ" in text and "Ахметова Аяла" in text
    kinds = [e["kind"] for e in events_for_package(ctx.store, row["id"])]
    assert kinds == ["accepted", "result_ready"]


def test_a_recorded_result_is_printed_again_from_the_package(qtbot, desk, ctx, cups):
    """Seed 002 l.39: the paper is printed for the seal and signature -- again when the first
    copy is spoilt."""
    number = accept(ctx, "preschool_queue", at("09:50"), 3).number
    record_preschool_result(ctx, number, "queue_notification", employee="clerk",
                            child="Серікұлы Ерлан", queue_number=77, now=at("10:00"))
    package = open_package(desk, number)
    assert not package.result_btn.isVisible()
    assert package.papers.count() == 2 and package.papers.currentIndex() == 0
    bar = package.papers.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    paper = package.result_paper
    assert package.result_page.currentWidget() is paper and paper.print_btn.isVisible()
    assert "77" in pdf_text(paper.pdf)
    click(qtbot, paper.print_btn)
    [job] = cups.jobs
    assert job.title == f"{number}-result"


def test_the_result_error_is_in_the_clerks_language(qtbot, desk, ctx):
    """Seed 002 l.37 (the child's name is on the paper): the core's message, in Kazakh."""
    number = accept(ctx, "preschool_queue", at("09:55"), 4).number
    desk.lang.setCurrentIndex(desk.lang.findData("kk"))
    qtbot.waitUntil(lambda: desk.sign_out.text() == "Шығу")
    package = open_package(desk, number)
    assert package.result_btn.text() == "Нәтижені ресімдеу…"
    click(qtbot, package.result_btn)
    click(qtbot, package.result_form.save_btn)
    assert package.result_form.messages["child"].text() == "Баланың Т.А.Ә. толтырылмаған"


def test_without_the_returns_right_there_is_no_result_action(qtbot, ctx):
    """Seed 002 l.37-39 recorded by those who handle results (kiosk.staff: "returns", as
    `qabyldau result` requires): an administrator sees the package, not the action."""
    from kiosk.staff import Employee
    from ui import tasks
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    make_app()
    tasks.set_immediate(True)
    number = accept(ctx, "preschool_queue", at("10:00"), 5).number
    window = DeskWindow(ctx, Employee("admin", "Әкімші", "administrator"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        package = open_package(window, number)
        assert not package.result_btn.isVisible()
        assert package.papers.count() == 1, "no Result tab"
        assert package.save_result() is False
        assert package_by_number(ctx.store, number)["status"] == "accepted"
    finally:
        window.close()
        tasks.set_immediate(False)
