"""Screenshots of each desk screen with a demo day, for the README.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots] [--lang kk]

Works on a fresh temporary data folder (never the office's own data) and saves
desk-*.png files."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    p.add_argument("--lang", default="kk", choices=("kk", "ru", "en"))
    p.add_argument("--size", default="1440x900")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="qabyldau-shots-"))
    os.environ["QABYLDAU_HOME"] = str(home)
    os.environ.setdefault("QABYLDAU_NOW", "2026-11-20T15:40:00")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from kiosk.demo import fill_demo_day, random_person
    from kiosk.staff import DEFAULT_CLERK
    from ui import i18n_build, tasks
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.i18n import LANG

    i18n_build.build()
    from kiosk.office_setup import open_training_office
    ctx = open_training_office(home)  # the training office, as run.sh opens it
    day = ctx.now().date()
    results = fill_demo_day(ctx, day, packages=40, seed=2026)
    app = make_app()
    LANG.switch(args.lang)
    tasks.set_immediate(True)
    w, h = (int(x) for x in args.size.split("x"))
    desk = DeskWindow(ctx, DEFAULT_CLERK)
    desk.resize(w, h)
    desk.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"desk-{name}.png"
        desk.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    intake = desk.show_section("intake")
    intake.search.setText("аттестация")
    shot("service")

    import random

    from kiosk import queue
    person = random_person(random.Random(7)).person
    ticket = queue.issue_ticket(ctx, "teacher_attestation")  # the badge shows its code
    intake.start_from_prefill({
        "service": "teacher_attestation",
        "applicant": {"surname": person.surname, "name": person.name,
                      "patronymic": person.patronymic, "iin": person.iin,
                      "phone": person.phone, "address": person.address},
        "representative": None, "answers": {}, "consent": True}, ticket.id)
    rows = intake.checklist.rows
    for row in rows[:4]:
        row.received.setChecked(True)
    rows[1].original.setCurrentIndex(1)
    rows[2].pages.setValue(2)
    shot("checklist")
    for row in rows[4:6]:
        row.received.setChecked(True)
    intake.finish("accepted")
    shot("accepted")

    today = desk.show_section("today")
    today.refresh()
    shot("today")

    package = desk.show_section("package")
    refused = next((r for r in results if r.outcome == "refused"), results[0])
    desk.scanner.feed(refused.number)
    shot("package")

    _home_requests(ctx, ctx.now())
    home = desk.show_section("home")
    home.select(home.items[2].id)
    shot("home")

    LANG.switch("ru")
    desk.show_section("intake")
    intake.next_applicant()
    shot("checklist-ru")
    LANG.switch("en")
    desk.show_section("today")
    shot("today-en")
    desk.close()

    # the manager's screens: the daily register in Russian, the catalogue form, the audit trail
    from kiosk.staff import Employee
    desk = DeskWindow(ctx, Employee("manager", "Басшы Б.", "manager"))
    desk.resize(w, h)
    desk.show()
    LANG.switch("ru")
    desk.show_section("registers")
    shot("register-ru")
    LANG.switch(args.lang)
    catalogue = desk.show_section("catalogue")
    catalogue.name_edit(0, 1).setText("Өтініш")
    catalogue.name_edit(0, 2).setText("Заявление")
    catalogue.add_document_row("system", "Туу туралы куәлік", "Свидетельство о рождении")
    shot("catalogue")
    desk.show_section("audit")
    shot("audit")
    desk.close()
    ctx.close()
    return 0


def _home_requests(ctx, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    """Requests left at the kiosk for acceptance at home, at every step of their way."""
    from kiosk.home_visits import cancel_request, mark_done, schedule_visit
    from kiosk.kiosk_info import record_home_request
    from kiosk.staff import DEFAULT_CLERK as clerk
    day = dt.timedelta(days=1)
    ask = [("Гүлжан Оспанова", "87011112233", "Алматы қ., Әуезов ауданы, 6-шағын аудан, 12-үй, "
            "45-пәтер", "certificate_duplicate", "", 4),
           ("Серік Байжанов", "87771234567", "Алматы қ., Жандосов к., 98, 3-кіреберіс",
            "preschool_queue", "жүре алмайды", 1),
           ("", "87025556677", "Алматы қ., Төле би к., 286", None, "", 0),
           ("Мария Ким", "87053334455", "Алматы қ., Саина к., 2А", "teacher_attestation", "", 2),
           ("Әсел Нұрланқызы", "87019998877", "Алматы қ., Абай даңғ., 150", None, "", 3)]
    ids = [record_home_request(ctx, name=n, phone=p, address=a, service_id=s, note=t,
                               now=now - k * day) for n, p, a, s, t, k in ask]
    schedule_visit(ctx, clerk, ids[1], day=dt.date(2026, 11, 23), time="10:30",
                   note="3 қабат, лифт жоқ", now=now)
    schedule_visit(ctx, clerk, ids[3], day=now.date(), now=now)
    mark_done(ctx, clerk, ids[3], now=now)
    cancel_request(ctx, clerk, ids[4], reason="өтініш берушімен байланыс жоқ", now=now)


if __name__ == "__main__":
    raise SystemExit(main())
