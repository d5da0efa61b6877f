"""The stage of the service (issue 15 point 11; Law No 88-V, seed 003 l.117: the applicant
can learn the stage of their service; l.139: stage data go into the monitoring information
system).

``package_stage`` answers "Where is my application?": the stage (accepted, handed to the
dispatch desk, sent to the provider on ..., result back, issued; or refused), the due date
and where to collect -- nothing else of the package.  At the kiosk a typed receipt number
needs the last four digits of the IIN; a scanned receipt is the paper itself.  A wrong number
and a wrong IIN give the same answer, so nobody learns which receipts exist.

``stage_changes`` / ``export_stage_changes`` write the day's stage changes as CSV and JSON
(fields in ``EXPORT_FIELDS``, documented in README "Stage export")."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import stages as db_stages
from kiosk.context import Context
from kiosk.dates import shown_date
from kiosk.errors import InputError
from kiosk.safe_write import write_atomic
from kiosk.sheets import Sheet, csv_bytes

__all__ = ["Stage", "package_stage", "stage_changes", "export_stage_changes", "EXPORT_FIELDS",
           "STAGE_NAMES"]

STAGE_NAMES: dict[str, dict[str, str]] = {
    "accepted": {"kk": "Құжаттар қабылданды", "ru": "Документы приняты",
                 "en": "Documents accepted"},
    "handed_over": {"kk": "Құжаттар жинақтау жүйесіне берілді",
                    "ru": "Документы переданы в накопительный сектор",
                    "en": "Handed to the dispatch desk"},
    "dispatched": {"kk": "Көрсетілетін қызметті берушіге {date} жіберілді",
                   "ru": "Отправлено услугодателю {date}",
                   "en": "Sent to the provider on {date}"},
    "result_ready": {"kk": "Нәтиже дайын: алуға келіңіз",
                     "ru": "Результат готов: приходите получить",
                     "en": "The result is back: come and collect it"},
    "issued": {"kk": "Нәтиже {date} берілді", "ru": "Результат выдан {date}",
               "en": "The result was issued on {date}"},
    "refused": {"kk": "Құжаттарды қабылдаудан бас тартылды",
                "ru": "В приёме документов отказано",
                "en": "Acceptance of the documents was refused"},
}

EXPORT_FIELDS = ("office_code", "receipt_number", "service_id", "registry_code", "stage",
                 "changed_at", "due_date", "destination", "catalogue_version", "event_id")


@dataclass(frozen=True)
class Stage:
    number: str
    stage: str                   # accepted | handed_over | dispatched | result_ready | issued | refused
    text: str                    # the stage in the asked language
    since: str | None            # ISO moment the stage began
    due_date: str | None         # ISO date the result is due (None: no term)
    collect_at: str              # where (and when) to collect, in the asked language

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _stage_of(row: dict[str, Any]) -> tuple[str, str | None]:
    if row["outcome"] == "refused":
        return "refused", row["accepted_at"]
    status = row["status"]
    if status == "issued":
        return "issued", row["issued_at"]
    if status == "result_ready":
        return "result_ready", row["result_ready_at"]
    if status == "dispatched":
        return "dispatched", row["dispatched_at"]
    if row.get("handed_over_at"):
        return "handed_over", row["handed_over_at"]
    return "accepted", row["accepted_at"]


def package_stage(ctx: Context, number: str, *, iin_last4: str | None = None,
                  lang: str = "kk", scanned: bool = False) -> Stage:
    """The stage of one package.  Unless ``scanned`` (the receipt's barcode was read) the
    last four digits of the applicant's IIN must match."""
    clean = (number or "").strip().upper()
    if not clean:
        raise InputError("package_number", "field.missing")
    row = db_stages.stage_row(ctx.store, clean)
    if not scanned:
        digits = (iin_last4 or "").strip()
        if not (len(digits) == 4 and digits.isdigit()):
            raise InputError("iin", "stage.iin_last4")
        if row is None or not str(row["iin"]).endswith(digits):
            raise InputError("package_number", "stage.not_found")
    elif row is None:
        raise InputError("package_number", "stage.not_found")
    assert row is not None
    stage, since = _stage_of(row)
    text = STAGE_NAMES[stage].get(lang, STAGE_NAMES[stage]["en"]).format(
        date=shown_date((since or "")[:10]))
    o = ctx.office
    name, address = (o.name_ru, o.address_ru) if lang == "ru" else (o.name_kk, o.address_kk)
    collect = "" if stage == "refused" else \
        f"{name}, {address}; {o.open_time}–{o.accept_until} ({o.lunch_start}–{o.lunch_end})"
    due = None if stage in ("refused", "issued") else row["due_date"]
    return Stage(row["number"], stage, text, since, due, collect)


def stage_changes(ctx: Context, day: dt.date) -> list[dict[str, Any]]:
    """The day's stage changes, one row per event, with the fields of ``EXPORT_FIELDS``."""
    start = day.isoformat()
    end = (day + dt.timedelta(days=1)).isoformat()
    codes: dict[tuple[str, str], str] = {}
    out = []
    for r in db_stages.stage_changes(ctx.store, start, end):
        key = (r["catalogue_version"], r["service_id"])
        if key not in codes:
            try:
                svc = ctx.catalogue_version(r["catalogue_version"]).service(r["service_id"])
            except KeyError:
                svc = None
            codes[key] = (svc.registry_code or "") if svc else ""
        out.append({"office_code": r["office_code"], "receipt_number": r["number"],
                    "service_id": r["service_id"], "registry_code": codes[key],
                    "stage": r["kind"], "changed_at": r["at"], "due_date": r["due_date"] or "",
                    "destination": r["destination"] or "",
                    "catalogue_version": r["catalogue_version"], "event_id": r["event_id"]})
    return out


def export_stage_changes(ctx: Context, day: dt.date, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``stages-YYYY-MM-DD.csv`` (UTF-8, header, comma) and ``.json`` (a list of
    objects) into ``out_dir``; returns both paths."""
    rows = stage_changes(ctx, day)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    # through kiosk.sheets (text cells neutralised), keeping this documented machine format
    data = csv_bytes(Sheet("stages", EXPORT_FIELDS, [[r.get(f) for f in EXPORT_FIELDS] for r in rows]),
                     delimiter=",", bom=False, digits_as_text=False, lineterminator="\n")
    csv_path = folder / f"stages-{day.isoformat()}.csv"
    json_path = folder / f"stages-{day.isoformat()}.json"
    write_atomic(csv_path, data)
    write_atomic(json_path, json.dumps(
        {"office_code": ctx.office.code, "day": day.isoformat(), "fields": list(EXPORT_FIELDS),
         "changes": rows}, ensure_ascii=False, indent=1).encode("utf-8"))
    return csv_path, json_path
