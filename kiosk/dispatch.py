"""Dispatch: a day's courier packages into batches, one per destination provider, and the
batch registers (PDF), CSVs and the day's manifest in a folder.

- Every accepted package of a courier service, of the day or earlier, in no batch yet, goes
  into a new batch of that day for its destination.  The batch rows, the packages' batch and
  status and their events are written in ONE ``store.write()`` (BEGIN IMMEDIATE): two
  processes dispatching at once queue, and the second finds nothing left to take.
- Batch numbers: ``B-<office>-<yymmdd>-<NN>``, NN a gapless counter per office and day.
- Dispatching the same day again creates no batch when nothing new is waiting, and writes the
  same bytes again (all the day's batches are re-rendered from the store).  A package accepted
  after the day's dispatch goes into a NEW batch of the same day (the next NN) when the day is
  dispatched again, or into the next day's batches — never into a batch already signed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from db.batches import (assign_batch, batch_packages, batches_of_day, insert_batch,
                        pending_packages)
from db.events import append_events
from db.packages import next_seq
from kiosk.context import Context
from kiosk.documents.model import Bilingual
from kiosk.documents.register import RegisterData, RegisterRow, render_register
from kiosk.errors import InputError
from kiosk.iin import mask_iin
from kiosk.manifest import MANIFEST, VerifyReport, manifest_bytes, verify_folder
from kiosk.safe_write import write_if_changed
from kiosk.sheets import Sheet, csv_bytes
from kiosk.staff import full_name_of

__all__ = ["BatchInfo", "DispatchResult", "dispatch_day", "write_day", "batch_number",
           "register_data", "verify_folder", "VerifyReport", "CSV_HEADER"]

Progress = Callable[[int, int], None]

CSV_HEADER = ("line", "batch", "receipt_number", "accepted_at", "service_id", "service_kk",
              "service_ru", "applicant", "iin_masked", "documents", "pages", "due_date",
              "provider_due_date", "destination")


@dataclass(frozen=True)
class BatchInfo:
    number: str
    destination: str
    count: int
    register: str          # path of the PDF, relative to the folder
    csv: str               # path of the CSV, relative to the folder
    new: bool              # created by this dispatch


@dataclass(frozen=True)
class DispatchResult:
    day: dt.date
    folder: Path
    batches: tuple[BatchInfo, ...]
    manifest: Path

    @property
    def new_batches(self) -> tuple[BatchInfo, ...]:
        return tuple(b for b in self.batches if b.new)

    @property
    def packages(self) -> int:
        return sum(b.count for b in self.batches)


def batch_number(office_code: str, day: dt.date, seq: int) -> str:
    return f"B-{office_code}-{day:%y%m%d}-{seq:02d}"


def _employee_login(employee: Any) -> str:
    """The account kept in the batch and its events (one identity per person: the login);
    the register prints the account's full name."""
    return str(getattr(employee, "login", None) or employee or "")


def _destination(ctx: Context, row: dict[str, Any]) -> str:
    if row.get("destination"):
        return str(row["destination"])
    service = ctx.catalogue.service(row["service_id"])
    return ctx.office.destinations.get(row["service_id"]) or (
        service.provider.kk if service is not None else row["service_id"])


def _create_batches(ctx: Context, day: dt.date, employee: str, moment: dt.datetime) -> set[str]:
    """The one transaction that takes waiting packages into new batches; returns new numbers."""
    courier = [s.id for s in ctx.catalogue.services if s.courier]
    store = ctx.store
    at = moment.isoformat(sep=" ")
    created: set[str] = set()
    with store.write():
        waiting = pending_packages(store, day.isoformat(), courier)
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in waiting:
            groups[_destination(ctx, row)].append(row)
        for destination in sorted(groups):
            rows = groups[destination]
            seq = next_seq(store, f"batch/{ctx.office.code}/{day.isoformat()}")
            number = batch_number(ctx.office.code, day, seq)
            batch_id = insert_batch(store, {
                "number": number, "day": day.isoformat(), "destination": destination,
                "created_at": at, "employee": employee, "count": len(rows)})
            moved = assign_batch(store, batch_id, destination, [r["id"] for r in rows], at)
            if moved != len(rows):  # cannot happen under BEGIN IMMEDIATE; never half a batch
                raise RuntimeError(f"batch {number}: {moved} of {len(rows)} packages moved")
            trail = [("batch_created", at, employee, None,
                      {"number": number, "destination": destination, "count": len(rows),
                       "day": day.isoformat()})]
            trail += [("dispatched", at, employee, r["id"], {"number": r["number"], "batch": number})
                      for r in rows]
            append_events(store, trail)
            created.add(number)
    return created


def _fmt_day(iso: str | None) -> str:
    if not iso:
        return ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}"


def _fmt_moment(iso: str | None) -> str:
    if not iso:
        return ""
    return f"{_fmt_day(iso[:10])} {iso[11:16]}"


def register_data(ctx: Context, batch: dict[str, Any]) -> RegisterData:
    """What the register of a stored batch says: only stored facts, so it never changes."""
    names: dict[tuple[str, str], Bilingual] = {}
    rows = []
    for i, p in enumerate(batch_packages(ctx.store, batch["id"]), start=1):
        key = (p["catalogue_version"], p["service_id"])
        name = names.get(key)
        if name is None:
            try:
                svc = ctx.catalogue_version(key[0]).service(key[1])
            except KeyError:
                svc = ctx.catalogue.service(key[1])
            name = names[key] = Bilingual(svc.short_name.kk, svc.short_name.ru) if svc \
                else Bilingual(key[1], key[1])
        docs = json.loads(p["documents"] or "[]")
        applicant = " ".join(x for x in (p["surname"], p["name"], p["patronymic"]) if x)
        rows.append(RegisterRow(
            line=i, number=p["number"], service=name, applicant=applicant,
            iin_masked=mask_iin(p["iin"] or ""), documents=len(docs),
            pages=sum(int(d.get("pages") or 0) for d in docs),
            due=_fmt_day(p["due_date"]), provider_due=_fmt_day(p["provider_due_date"]),
            accepted=_fmt_moment(p["accepted_at"]), service_id=p["service_id"]))
    office = ctx.office
    return RegisterData(
        number=batch["number"], day=_fmt_day(batch["day"]),
        office=Bilingual(office.name_kk, office.name_ru), office_code=office.code,
        destination=batch["destination"],
        dispatcher=full_name_of(ctx.store, batch["employee"]),
        created_at=_fmt_moment(batch["created_at"]), rows=tuple(rows))


def _csv_bytes(batch: dict[str, Any], data: RegisterData) -> bytes:
    """UTF-8 with a BOM, ';' separated, text cells neutralised (kiosk.sheets): the courier's
    list opens in a spreadsheet as it is and cannot carry a formula from a name."""
    rows = [(r.line, batch["number"], r.number, r.accepted, r.service_id, r.service.kk,
             r.service.ru, r.applicant, r.iin_masked, r.documents, r.pages, r.due, r.provider_due,
             batch["destination"]) for r in data.rows]
    return csv_bytes(Sheet(batch["number"], CSV_HEADER, rows))  # type: ignore[arg-type]


def _day_anchor(ctx: Context, day: dt.date) -> dict[str, Any]:
    """The trail's position after the day's last batch was created (the head when the day
    has none): the same on every rewrite of the folder, and an anchor of the trail."""
    from db.events import anchor_of_event, chain_head, last_event_like
    event = last_event_like(ctx.store, "batch_created", f'"day": "{day.isoformat()}"')
    anchor = anchor_of_event(ctx.store, event) if event is not None else chain_head(ctx.store)
    return anchor.to_dict()


def write_day(ctx: Context, day: dt.date, out_dir: str | Path, *, new: set[str] | None = None,
              progress: Progress | None = None) -> DispatchResult:
    """(Re)write the registers, CSVs and manifest of every batch of ``day`` into ``out_dir``."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    batches = batches_of_day(ctx.store, day.isoformat())
    files: dict[str, bytes] = {}
    infos: list[BatchInfo] = []
    listed: list[dict[str, Any]] = []
    total = len(batches)
    for i, b in enumerate(batches):
        data = register_data(ctx, b)
        pdf = render_register(data)
        csv_data = _csv_bytes(b, data)
        reg_name, csv_name = f"{b['number']}.pdf", f"{b['number']}.csv"
        write_if_changed(folder / reg_name, pdf)
        write_if_changed(folder / csv_name, csv_data)
        files[reg_name], files[csv_name] = pdf, csv_data
        count = len(data.rows)
        infos.append(BatchInfo(b["number"], b["destination"], count, reg_name, csv_name,
                               b["number"] in (new or set())))
        listed.append({"number": b["number"], "destination": b["destination"], "count": count,
                       "register": reg_name, "csv": csv_name})
        if progress:
            progress(i + 1, total)
    manifest = folder / MANIFEST
    write_if_changed(manifest, manifest_bytes(ctx.office.code, day.isoformat(), listed, files,
                                              anchor=_day_anchor(ctx, day)))
    return DispatchResult(day, folder, tuple(infos), manifest)


def dispatch_day(ctx: Context, day: dt.date | str, out_dir: str | Path, employee: Any,
                 now: dt.datetime | None = None, *,
                 progress: Progress | None = None) -> DispatchResult:
    """Batch the day's waiting courier packages (one transaction) and write the folder."""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day.strip())
        except ValueError:
            raise InputError("date", "dispatch.date", value=day) from None
    moment = (now or ctx.now()).replace(microsecond=0)
    if day > moment.date():
        raise InputError("date", "dispatch.future", day=day.isoformat())
    new = _create_batches(ctx, day, _employee_login(employee), moment)
    return write_day(ctx, day, out_dir, new=new, progress=progress)
