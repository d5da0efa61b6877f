"""The training office's mark on every screen of the application window; none at an office."""

from __future__ import annotations


def test_every_screen_of_a_training_office_carries_the_mark(qtbot, ctx):
    from ui.main_window import MainWindow
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    band = win.training_band
    assert band is not None and band.isVisible() and "ОҚУ / УЧЕБНЫЙ" in band.text()
    for open_screen in (win.open_staff, lambda: win.open_kiosk(full_screen=False)):
        open_screen()
        assert band.isVisible()                      # above the stack, whatever it shows


def test_an_office_shows_no_training_mark(qtbot, tmp_path, monkeypatch):
    from kiosk.office_setup import OfficeDetails, make_office_store
    from ui.main_window import MainWindow
    monkeypatch.delenv("QABYLDAU_NOW")
    office = make_office_store(tmp_path / "office", OfficeDetails(
        "AST02", "Астана ХҚКО", "ЦОН Астаны", "Астана қ."), "aliya", "Әлия Ж.", "739164")
    try:
        win = MainWindow(office)
        qtbot.addWidget(win)
        win.show()
        assert win.training_band is None
        assert not [w for w in win.findChildren(object) if getattr(w, "objectName", lambda: "")()
                    == "TrainingMark"]
        win.close()
    finally:
        office.close()


def test_an_empty_data_folder_offers_the_set_up_or_the_training_office(qtbot, tmp_path,
                                                                       monkeypatch):
    from kiosk.context import open_context
    from ui.first_run import FirstRunDialog
    monkeypatch.delenv("QABYLDAU_NOW")
    dialog = FirstRunDialog(tmp_path / "office", tmp_path / "training")
    qtbot.addWidget(dialog)
    dialog.code.setText("AST02")
    dialog.name_kk.setText("Астана ХҚКО")
    dialog.name_ru.setText("ЦОН Астаны")
    dialog.address.setText("Астана қ.")
    dialog.admin.setText("aliya")
    dialog.pin.setText("1234")
    dialog.pin2.setText("1234")
    dialog.create.click()
    assert "6" in dialog.error.text() and dialog.result_ctx is None     # too short for an office
    dialog.pin.setText("739164")
    dialog.pin2.setText("739164")
    dialog.create.click()
    assert dialog.result_ctx is not None and not dialog.result_ctx.training
    dialog.result_ctx.close()
    with open_context(tmp_path / "office") as ctx:
        assert ctx.office.code == "AST02"
    other = FirstRunDialog(tmp_path / "empty", tmp_path / "training")
    qtbot.addWidget(other)
    other.training.click()                           # the training office, in its own folder
    assert other.result_ctx is not None and other.result_ctx.training
    assert other.result_ctx.folder == (tmp_path / "training").resolve()
    other.result_ctx.close()
