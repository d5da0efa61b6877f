"""Printers as they really are (no Qt): is there one, is it working, did it take the job.

On Linux and macOS printing goes through CUPS: ``lp`` submits the PDF with a title (the receipt
or ticket number) and answers with a job id; ``lpstat`` tells the queue's state (idle,
printing, stopped), whether it accepts jobs, its alerts (printer-state-reasons: ``media-low``,
``media-empty``, ``offline-report``…) and whether the job completed.  Nothing is ever called
"printed" before CUPS says the job completed.  Where CUPS is absent (Windows) the screens use
Qt's spooler path and check its answer (``ui.printing``).

Every CUPS command runs through ``_run`` (the test set-up replaces it: tests never reach a real
printer).  Messages are in kk/ru/en here, for the screens and the command line alike.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["PrinterState", "PrintResult", "cups_available", "list_printers", "default_printer",
           "choose_printer", "printer_state", "submit", "job_state", "cancel", "print_pdf",
           "MESSAGES",
           "message", "paper_alert"]

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def _run(argv: list[str]) -> "subprocess.CompletedProcess[str]":
    env = dict(os.environ, LC_ALL="C", LANG="C")     # lpstat's English words, parsed below
    return subprocess.run(argv, capture_output=True, text=True, timeout=15, env=env)


def _call(argv: list[str]) -> "subprocess.CompletedProcess[str]":
    return _run(argv)    # looked up at call time: the test set-up swaps _run


MESSAGES: dict[str, dict[str, str]] = {
    "print.printed": {"kk": "Басылды: {printer} (тапсырма {job}).",
                      "ru": "Напечатано: {printer} (задание {job}).",
                      "en": "Printed on {printer} (job {job})."},
    "print.sent": {"kk": "{printer} принтеріне жіберілді, принтер қабылдады. Қағаздың шыққанын "
                         "тексеріңіз.",
                   "ru": "Отправлено на принтер {printer}, принтер принял задание. Проверьте, "
                         "вышел ли лист.",
                   "en": "Sent to {printer}; the printer took the job. Check that the page came "
                         "out."},
    "print.waiting": {"kk": "{printer} әлі баспады: тапсырма {job} кезекте тұр ({state}).",
                      "ru": "{printer} ещё не напечатал: задание {job} ждёт в очереди ({state}).",
                      "en": "{printer} has not printed yet: job {job} is waiting in the queue "
                            "({state})."},
    "print.no_printer": {"kk": "Бұл компьютерде принтер орнатылмаған. Құжатты PDF ретінде "
                               "сақтаңыз (Ctrl+S) немесе әкімшіге хабарлаңыз.",
                         "ru": "На этом компьютере не установлен принтер. Сохраните документ в "
                               "PDF (Ctrl+S) или сообщите администратору.",
                         "en": "No printer is installed on this computer. Save the document as "
                               "PDF (Ctrl+S) or tell the administrator."},
    "print.unknown_printer": {"kk": "«{printer}» принтері бұл компьютерде жоқ (баптауларды "
                                    "тексеріңіз).",
                              "ru": "Принтера «{printer}» на этом компьютере нет (проверьте "
                                    "настройки).",
                              "en": "There is no printer “{printer}” on this computer (check "
                                    "the settings)."},
    "print.stopped": {"kk": "{printer} принтері тоқтатылған{reason}. Тапсырма {job}: {state}. "
                            "Принтерді қосыңыз немесе әкімшіге хабарлаңыз.",
                      "ru": "Принтер {printer} остановлен{reason}. Задание {job}: {state}. "
                            "Включите принтер или сообщите администратору.",
                      "en": "The printer {printer} is stopped{reason}. Job {job}: {state}. "
                            "Turn the printer on or tell the administrator."},
    "print.rejecting": {"kk": "{printer} принтері тапсырма қабылдамайды{reason}. Ештеңе "
                              "басылған жоқ.",
                        "ru": "Принтер {printer} не принимает задания{reason}. Ничего не "
                              "напечатано.",
                        "en": "The printer {printer} does not accept jobs{reason}. Nothing was "
                              "printed."},
    "print.offline": {"kk": "{printer} принтері желіде жоқ (өшірілген не ажыратылған). "
                            "Тапсырма {job}: {state}.",
                      "ru": "Принтер {printer} недоступен (выключен или отключён). "
                            "Задание {job}: {state}.",
                      "en": "The printer {printer} is offline (off or disconnected). "
                            "Job {job}: {state}."},
    "print.failed": {"kk": "Басып шығару сәтсіз: {detail}",
                     "ru": "Печать не удалась: {detail}",
                     "en": "Printing failed: {detail}"},
    "print.paper_low": {"kk": "{printer}: қағаз азайып қалды.",
                        "ru": "{printer}: заканчивается бумага.",
                        "en": "{printer}: paper is running low."},
    "print.paper_out": {"kk": "{printer}: қағаз бітті — қағаз салыңыз.",
                        "ru": "{printer}: нет бумаги — вложите бумагу.",
                        "en": "{printer}: out of paper — load paper."},
    "print.state.pending": {"kk": "кезекте күтуде", "ru": "ждёт в очереди",
                            "en": "waiting in the queue"},
    "print.state.held": {"kk": "ұсталып тұр", "ru": "задержано", "en": "held"},
    "print.state.processing": {"kk": "басылуда", "ru": "печатается", "en": "printing"},
    "print.state.completed": {"kk": "басылды", "ru": "напечатано", "en": "completed"},
    "print.state.none": {"kk": "жасалмады", "ru": "не создано", "en": "not created"},
    "print.state.withdrawn": {"kk": "кезектен алынды, басылмайды", "ru": "снято с очереди, "
                              "печататься не будет", "en": "withdrawn, it will not print"},
}

REASON_TEXT = {
    "paused": {"kk": "кідіртілген", "ru": "приостановлен", "en": "paused"},
    "offline-report": {"kk": "желіде жоқ", "ru": "не в сети", "en": "offline"},
    "media-empty": {"kk": "қағаз жоқ", "ru": "нет бумаги", "en": "out of paper"},
    "media-needed": {"kk": "қағаз жоқ", "ru": "нет бумаги", "en": "out of paper"},
    "media-low": {"kk": "қағаз азайды", "ru": "мало бумаги", "en": "paper low"},
    "media-jam": {"kk": "қағаз кептелді", "ru": "замяло бумагу", "en": "paper jam"},
    "door-open": {"kk": "қақпағы ашық", "ru": "открыта крышка", "en": "cover open"},
    "toner-empty": {"kk": "тонер бітті", "ru": "нет тонера", "en": "out of toner"},
}


def message(code: str, lang: str = "en", **params: Any) -> str:
    table = MESSAGES.get(code) or {"en": code}
    text = table.get(lang) or table["en"]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


@dataclass(frozen=True)
class PrinterState:
    name: str
    exists: bool = True
    state: str = "idle"              # idle | printing | stopped | unknown
    accepting: bool = True
    reasons: tuple[str, ...] = ()    # CUPS printer-state-reasons, without -report/-warning/-error
    detail: str = ""                 # the queue's own message (lpstat), e.g. "Paused"

    @property
    def offline(self) -> bool:
        return "offline" in self.reasons

    @property
    def ready(self) -> bool:
        return self.exists and self.accepting and self.state != "stopped" and not self.offline


@dataclass(frozen=True)
class PrintResult:
    """What happened to one print: ``ok`` only when the printer took (or finished) the job."""
    code: str                        # a MESSAGES key: print.printed, print.stopped, …
    ok: bool = False
    printer: str = ""
    job: str = ""
    job_state: str = "none"          # pending | held | processing | completed | withdrawn | none
    reasons: tuple[str, ...] = ()
    detail: str = ""
    params: dict[str, str] = field(default_factory=dict)

    @property
    def printed(self) -> bool:
        return self.ok and self.code == "print.printed"

    def text(self, lang: str = "en") -> str:
        reason = ", ".join(REASON_TEXT[r][lang] if r in REASON_TEXT and lang in REASON_TEXT[r]
                           else r for r in self.reasons if r not in ("none",))
        return message(self.code, lang, printer=self.printer or "—", job=self.job or "—",
                       state=message(f"print.state.{self.job_state}", lang),
                       reason=f" ({reason})" if reason else "", detail=self.detail,
                       **self.params)


def paper_alert(state: PrinterState, lang: str = "en") -> str:
    """"Paper low" / "out of paper" for the desk, when CUPS reports it; "" otherwise."""
    if {"media-empty", "media-needed"} & set(state.reasons):
        return message("print.paper_out", lang, printer=state.name)
    if "media-low" in state.reasons:
        return message("print.paper_low", lang, printer=state.name)
    return ""


# -- CUPS -----------------------------------------------------------------------------------
def cups_available() -> bool:
    return bool(shutil.which("lp") and shutil.which("lpstat"))


def list_printers() -> list[str]:
    """The print queues CUPS knows (``lpstat -e``); [] when none is installed."""
    out = _call(["lpstat", "-e"])
    if out.returncode != 0:
        return []
    return [line.strip() for line in out.stdout.splitlines() if line.strip()]


def default_printer() -> str | None:
    out = _call(["lpstat", "-d"])
    m = re.search(r"system default destination:\s*(\S+)", out.stdout)
    return m.group(1) if m else None


def choose_printer(wanted: str | None) -> tuple[str | None, str]:
    """The queue to print on: the one set for this station or office, else the system default,
    else the only one.  Returns (name, "") or (None, message code)."""
    names = list_printers()
    if not names:
        return None, "print.no_printer"
    if wanted:
        return (wanted, "") if wanted in names else (None, "print.unknown_printer")
    default = default_printer()
    if default in names:
        return default, ""
    return names[0], ""


_REASON_SUFFIX = re.compile(r"-(report|warning|error)$")


def printer_state(name: str) -> PrinterState:
    """One queue's state: ``lpstat -l -p NAME`` (state, alerts) and ``lpstat -a NAME``."""
    out = _call(["lpstat", "-l", "-p", name])
    text = out.stdout
    if out.returncode != 0 or not text.strip():
        return PrinterState(name, exists=False, state="unknown", accepting=False,
                            detail=(out.stderr or "").strip())
    first = text.splitlines()[0]
    if " disabled" in first:
        state = "stopped"
    elif "now printing" in first:
        state = "printing"
    elif " is idle" in first:
        state = "idle"
    else:
        state = "unknown"
    lines = text.splitlines()
    detail = lines[1].strip() if len(lines) > 1 and not lines[1].strip().startswith(
        ("Form", "Alerts", "Content", "Printer types", "Description", "Location")) else ""
    reasons: list[str] = []
    m = re.search(r"^\s*Alerts:\s*(.*)$", text, re.MULTILINE)
    if m:
        for r in m.group(1).replace(",", " ").split():
            r = _REASON_SUFFIX.sub("", r.strip())
            if r and r != "none" and r not in reasons:
                reasons.append(r)
    if state == "stopped" and "paused" not in reasons and detail.lower().startswith("paused"):
        reasons.append("paused")
    acc = _call(["lpstat", "-a", name])
    accepting = acc.returncode == 0 and "not accepting" not in acc.stdout
    return PrinterState(name, True, state, accepting, tuple(reasons), detail)


def submit(path: Path, printer: str, title: str, media: str | None = None) -> str:
    """Hand a PDF to the queue; returns CUPS's job id ("Receipts-12").  Raises OSError with
    lp's own words when CUPS refuses it."""
    argv = ["lp", "-d", printer, "-t", title]
    if media:
        argv += ["-o", f"media={media}"]
    argv.append(str(path))
    out = _call(argv)
    m = re.search(r"request id is (\S+)", out.stdout)
    if out.returncode != 0 or not m:
        raise OSError((out.stderr or out.stdout).strip() or f"lp exited {out.returncode}")
    return m.group(1)


def job_state(printer: str, job: str) -> str:
    """pending / processing / completed / held, from ``lpstat -o`` and the completed list."""
    out = _call(["lpstat", "-l", "-o", printer])
    for block in re.split(r"\n(?=\S)", out.stdout):
        if block.split(None, 1)[:1] == [job]:
            if "job-hold-until" in block or "held" in block.lower():
                return "held"
            return "processing" if "now printing" in block else "pending"
    done = _call(["lpstat", "-W", "completed", "-o", printer])
    if any(line.split(None, 1)[:1] == [job] for line in done.stdout.splitlines()):
        return "completed"
    return "pending" if out.returncode != 0 else "completed"


def cancel(job: str) -> bool:
    """Withdraw a job that did not print (a kiosk's ticket must not come out minutes later,
    into the hands of the next person)."""
    return _call(["cancel", job]).returncode == 0


def print_pdf(path: Path, title: str, *, printer: str | None = None, media: str | None = None,
              wait_s: float = 8.0, poll_s: float = 0.4, withdraw: bool = False,
              sleep: Callable[[float], None] | None = None) -> PrintResult:
    """Print a PDF on CUPS and say truthfully what happened (runs off the GUI thread).
    ``withdraw``: a job that has not completed by then is cancelled (the kiosk's tickets)."""
    sleep = sleep or time.sleep
    name, problem = choose_printer(printer)
    if name is None:
        return PrintResult(problem, printer=printer or "")
    before = printer_state(name)
    if not before.exists:
        return PrintResult("print.unknown_printer", printer=name, detail=before.detail)
    if not before.accepting:
        return PrintResult("print.rejecting", printer=name, reasons=before.reasons)
    try:
        job = submit(path, name, title, media)
    except OSError as exc:
        return PrintResult("print.failed", printer=name, detail=str(exc))
    waited = 0.0
    state = job_state(name, job)
    while state != "completed" and waited < wait_s:
        now = printer_state(name)
        if now.state == "stopped" or now.offline:
            break
        sleep(poll_s)
        waited += poll_s
        state = job_state(name, job)
    if state == "completed":
        after = printer_state(name)
        return PrintResult("print.printed", ok=True, printer=name, job=job, job_state=state,
                           reasons=after.reasons)
    now = printer_state(name)
    if withdraw and cancel(job):
        state = "withdrawn"
    if now.state == "stopped":
        return PrintResult("print.stopped", printer=name, job=job, job_state=state,
                           reasons=now.reasons)
    if now.offline:
        return PrintResult("print.offline", printer=name, job=job, job_state=state,
                           reasons=now.reasons)
    return PrintResult("print.waiting", printer=name, job=job, job_state=state,
                       reasons=now.reasons)
