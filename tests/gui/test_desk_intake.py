"""The whole acceptance at the counter, driven with the keyboard and the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from db.events import events_for_package
from db.packages import package_by_number

S1_PAPERS = ("application", "identity_document", "diploma", "professional_development",
             "employment", "previous_category")


def _type(qtbot, edit, text: str) -> None:
    """Type as a person would; QTest types ASCII only, so other letters are put in at once."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _fill_applicant(qtbot, intake, iin: str) -> None:
    box = intake.form.applicant
    _type(qtbot, box.edits["surname"], "Әбілқайырова")
    _type(qtbot, box.edits["name"], "Айгүл")
    _type(qtbot, box.edits["patronymic"], "Серікқызы")
    qtbot.keyClicks(box.edits["iin"], iin)
    qtbot.keyClicks(box.edits["phone"], "+77012345678")
    _type(qtbot, box.edits["address"], "Алматы қ., Абай даңғылы, 10-үй")
    intake.form.consent.setChecked(True)


def _start_s1(qtbot, desk):
    intake = desk.show_section("intake")
    _type(qtbot, intake.search, "аттестация")
    first = intake.services.currentItem()
    assert first.data(Qt.ItemDataRole.UserRole) == "teacher_attestation"
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.steps.currentIndex() == 1
    return intake


def test_accept_complete_s1_package_gives_receipt_pdf_and_row(qtbot, desk, ctx, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        rows[doc].received.setChecked(True)
    rows["diploma"].original.setCurrentIndex(1)
    rows["diploma"].pages.setValue(2)
    assert "6 of 6 required received" in intake.completeness.text()
    assert intake.accept_btn.isEnabled() and not intake.refuse_btn.isEnabled()
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    result = intake.last_result
    assert result is not None and result.outcome == "accepted"
    assert intake.steps.currentIndex() == 2
    assert result.number in intake.outcome_title.text()
    row = package_by_number(ctx.store, result.number)
    assert row["status"] == "accepted" and row["surname"] == "Әбілқайырова"
    assert row["iin"] == good_iin and row["consent"] == 1
    diploma = next(d for d in row["documents"] if d["id"] == "diploma")
    assert diploma == {"id": "diploma", "original": True, "pages": 2}
    assert [e["kind"] for e in events_for_package(ctx.store, row["id"])] == ["accepted"]
    pdf = ctx.receipts_dir / row["day"] / f"{result.number}.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert intake.receipt.pages, "the preview shows the rendered pages"
    assert intake.receipt.print_btn.isEnabled()


def test_next_applicant_keeps_the_service_and_clears_the_form(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    intake.checklist.rows[0].received.setChecked(True)
    intake.refuse_btn.click()
    assert intake.last_result.outcome == "refused"
    qtbot.keyClick(intake.next_btn, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert intake.steps.currentIndex() == 1
    assert intake.service.id == "teacher_attestation"
    assert intake.form.applicant.edits["surname"].text() == ""
    assert not intake.form.consent.isChecked()
    assert not intake.checklist.rows[0].received.isChecked()


def test_refuse_incomplete_package_lists_what_is_missing(qtbot, desk, ctx, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS[:4]:
        rows[doc].received.setChecked(True)
    line = intake.completeness.text()
    assert "4 of 6 required received" in line and "missing:" in line
    assert not intake.accept_btn.isEnabled()
    assert intake.finish("accepted") is None, "an incomplete package cannot be accepted"
    intake.refuse_btn.click()
    result = intake.last_result
    assert result.outcome == "refused"
    assert set(result.missing) == {"employment", "previous_category"}
    row = package_by_number(ctx.store, result.number)
    assert row["status"] == "refused"
    assert "missing:" in intake.outcome_text.text()
    assert (ctx.receipts_dir / row["day"] / f"{result.number}.pdf").exists()


def test_answering_the_condition_exempts_the_previous_category(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS[:5]:
        rows[doc].received.setChecked(True)
    assert not intake.accept_btn.isEnabled()
    intake.checklist.questions[0].yes.click()
    assert "5 of 5 required received" in intake.completeness.text()
    assert intake.accept_btn.isEnabled()


def test_iin_field_rejects_a_bad_number_with_a_message(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    box = intake.form.applicant
    bad = good_iin[:-1] + str((int(good_iin[-1]) + 1) % 10)
    qtbot.keyClicks(box.edits["iin"], bad)
    msg = box.messages["iin"]
    assert not msg.isHidden() and "check digit" in msg.text()
    assert box.edits["iin"].property("invalid") is True
    box.edits["iin"].clear()
    qtbot.keyClicks(box.edits["iin"], good_iin)
    assert "12.03.1985" in msg.text() and "female" in msg.text()
    assert box.edits["iin"].property("valid") is True


def test_missing_consent_is_required(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    intake.form.consent.setChecked(False)
    intake.checklist.rows[0].received.setChecked(True)
    assert intake.finish("refused") is None
    assert not intake.form.consent_msg.isHidden()
    assert "onsent" in intake.form.consent_msg.text()


def test_repealed_and_information_only_services_cannot_start(qtbot, desk):
    intake = desk.show_section("intake")
    _type(qtbot, intake.search, "лагерь")
    assert intake.services.count() == 1
    assert "repealed" in intake.services.item(0).text()
    assert not intake.continue_btn.isEnabled()
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.steps.currentIndex() == 0
    assert not intake.choose_service("teacher_attestation_online")
    assert not intake.choose_service("school_admission")


def test_search_by_registry_code_and_keyword(qtbot, desk):
    intake = desk.show_section("intake")
    qtbot.keyClicks(intake.search, "00403006")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "additional_education"
    intake.search.clear()
    _type(qtbot, intake.search, "дубликат")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "certificate_duplicate"
    intake.search.clear()
    _type(qtbot, intake.search, "экстернат")
    assert intake.services.currentItem().data(Qt.ItemDataRole.UserRole) == "externat"


def test_prefill_from_a_queue_ticket(qtbot, desk, ctx, good_iin):
    intake = desk.section("intake")
    prefill = {"service": "teacher_attestation",
               "applicant": {"surname": "Нұрланов", "name": "Ерлан", "patronymic": "",
                             "iin": good_iin, "phone": "+77012345678",
                             "address": "Алматы қ., Төле би көшесі, 5"},
               "representative": None, "answers": {"no_previous_category": True},
               "consent": True}
    assert intake.start_from_prefill(prefill, None)
    assert intake.form.applicant.edits["surname"].text() == "Нұрланов"
    assert intake.form.consent.isChecked()
    assert intake.checklist.questions[0].yes.isChecked()
    for row in intake.checklist.rows[:5]:
        row.received.setChecked(True)
    result = intake.finish("accepted")
    assert result.outcome == "accepted"
    assert package_by_number(ctx.store, result.number)["answers"] == {"no_previous_category": True}


def test_printing_goes_to_a_pdf_file(qtbot, desk, tmp_path, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    for row in intake.checklist.rows[:6]:
        row.received.setChecked(True)
    intake.finish("accepted")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(intake.receipt.printed, timeout=10000) as blocker:
        assert intake.receipt.print_receipt(printer)
    assert blocker.args[0] >= 1
    assert out.exists() and out.stat().st_size > 10000
    saved = tmp_path / "saved.pdf"
    assert intake.receipt.save_pdf(str(saved))
    assert saved.read_bytes() == Path(intake.receipt.path).read_bytes()


def test_representative_needs_a_power_of_attorney(qtbot, desk, good_iin):
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    intake.form.has_rep.setChecked(True)
    rep = intake.form.rep
    _type(qtbot, rep.edits["surname"], "Иванов")
    _type(qtbot, rep.edits["name"], "Сергей")
    qtbot.keyClicks(rep.edits["iin"], good_iin)
    qtbot.keyClicks(rep.edits["phone"], "+77051234567")
    _type(qtbot, rep.edits["address"], "Алматы қ., Абай даңғылы, 1")
    intake.checklist.rows[0].received.setChecked(True)
    assert intake.finish("refused") is None
    assert not rep.messages["poa"].isHidden()
    _type(qtbot, rep.edits["poa"], "№ 123 от 01.10.2026")
    assert intake.finish("refused").outcome == "refused"


def test_arrow_keys_in_the_search_move_through_services(qtbot, desk):
    intake = desk.show_section("intake")
    first = intake.services.currentRow()
    qtbot.keyClick(intake.search, Qt.Key.Key_Down)
    assert intake.services.currentRow() == first + 1
    qtbot.keyClick(intake.search, Qt.Key.Key_Up)
    assert intake.services.currentRow() == first


CONSENT_ON_RECEIPT = {"written": "келісім берілді (жазбаша)",
                      "eds": "келісім берілді (ЭЦҚ-мен расталған)",
                      "sms": "келісім берілді (ұялы байланыс құрылғысы арқылы (SMS))"}


@pytest.mark.parametrize("method, downs", [("written", 0), ("eds", 1), ("sms", 2)])
def test_the_consent_method_is_chosen_stored_and_stated_on_the_receipt(qtbot, desk, ctx,
                                                                        good_iin, method, downs):
    """Seed 003 l.143: consent given in writing, confirmed by EDS, or through the applicant's
    mobile device (SMS); the package records which and the receipt states it."""
    from kiosk.receipts import receipt_data
    from tests.gui.desk_actions import pdf_text
    intake = _start_s1(qtbot, desk)
    _fill_applicant(qtbot, intake, good_iin)
    how = intake.form.consent_how
    assert how.isVisible() and how.currentData() == "written", "written is the default"
    how.setFocus()
    for _ in range(downs):
        qtbot.keyClick(how, Qt.Key.Key_Down)
    assert how.currentData() == method
    rows = {r.document.id: r for r in intake.checklist.rows}
    for doc in S1_PAPERS:
        rows[doc].received.setChecked(True)
    qtbot.keyClick(intake.form.applicant.edits["address"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    result = intake.last_result
    assert result is not None and result.outcome == "accepted"
    row = package_by_number(ctx.store, result.number)
    assert row["consent"] == 1 and row["consent_method"] == method
    assert receipt_data(ctx, row).consent_method == method
    pdf = (ctx.receipts_dir / row["day"] / f"{result.number}.pdf").read_bytes()
    assert CONSENT_ON_RECEIPT[method] in pdf_text(pdf)
    qtbot.keyClick(intake.next_btn, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert how.currentData() == "written", "the next applicant starts from the default"
