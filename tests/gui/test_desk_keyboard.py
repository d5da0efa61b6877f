"""The keyboard alone does the whole acceptance: Enter goes on, Space ticks, Ctrl+Enter accepts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.packages import package_by_number


def test_keyboard_only_acceptance(qtbot, desk, ctx, good_iin):
    # QTest types faster than any person: the desk's scanner route would take each field
    # followed by Enter for a scanned code, so it is switched off for this test
    QApplication.instance().removeEventFilter(desk.scanner)
    desk.activateWindow()
    qtbot.waitExposed(desk)
    intake = desk.show_section("intake")
    intake.search.setFocus()
    qtbot.keyClicks(intake.search, "S1")
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.steps.currentIndex() == 1
    for text in ("Petrova", "Anna", "", good_iin, "+77012345678", "Almaty, Abai 10"):
        edit = QApplication.focusWidget()
        if text:
            qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    box = intake.form.applicant
    assert box.edits["surname"].text() == "Petrova" and box.edits["address"].text()
    # Enter after the address: the representative box, then the consent box
    assert QApplication.focusWidget() is intake.form.has_rep
    qtbot.keyClick(intake.form.has_rep, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.form.consent
    qtbot.keyClick(intake.form.consent, Qt.Key.Key_Space)
    assert intake.form.consent.isChecked()
    qtbot.keyClick(intake.form.consent, Qt.Key.Key_Return)   # on to the papers
    question = intake.checklist.questions[0]
    assert QApplication.focusWidget() is question.yes
    for row in intake.checklist.rows[:6]:
        row.received.setFocus()
        qtbot.keyClick(row.received, Qt.Key.Key_Space)
    assert intake.accept_btn.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    result = intake.last_result
    assert result is not None and result.outcome == "accepted"
    assert package_by_number(ctx.store, result.number)["surname"] == "Petrova"
    assert "Ctrl+Enter" in intake.accept_btn.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert intake.steps.currentIndex() == 1 and box.edits["surname"].text() == ""
