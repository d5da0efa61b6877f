"""A queue ticket: its categories, its code and barcode, its times, and what the applicant
pre-filled at the kiosk (checked field by field)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Mapping

from kiosk.applicant import clean_address, clean_name, clean_phone
from kiosk.catalogue import Service
from kiosk.errors import InputError
from kiosk.iin import validate_iin

__all__ = ["CATEGORY_LETTERS", "CATEGORY_NAMES", "DEFAULT_SERVICE_MIN", "DEFAULT_NO_SHOW_AFTER",
           "Ticket", "waiting_minutes", "service_minutes", "category_of", "barcode_text",
           "parse_barcode", "build_prefill"]

# the queue's categories: one letter per service category
CATEGORY_LETTERS: dict[str, str] = {"teachers": "A", "preschool": "B", "school": "C", "other": "D"}
# the categories' names on the hall display and the desk (Kazakh, Russian, English)
CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "A": {"kk": "Педагогтер", "ru": "Педагоги", "en": "Teachers"},
    "B": {"kk": "Мектепке дейінгі", "ru": "Дошкольное", "en": "Preschool"},
    "C": {"kk": "Мектеп", "ru": "Школа", "en": "School"},
    "D": {"kk": "Басқа", "ru": "Прочее", "en": "Other"},
}
DEFAULT_SERVICE_MIN = 10.0          # a guess for the first tickets of a day, before any data
DEFAULT_NO_SHOW_AFTER = 3           # recalls before an absent applicant counts as a no-show
_BARCODE_RE = re.compile(r"^T(\d{6})([A-Z])(\d{3,4})$")
_STAMP = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Ticket:
    id: int
    day: dt.date
    category: str                   # the letter
    seq: int
    code: str                       # "A012"
    service_id: str | None
    lang: str
    issued_at: dt.datetime
    status: str                     # waiting | called | no_show | served | closed
    called_at: dt.datetime | None = None
    served_at: dt.datetime | None = None
    desk: str | None = None
    recalls: int = 0
    package_id: int | None = None
    prefill: dict[str, Any] | None = None
    window: int | None = None       # the window it was called to
    redirect_window: int | None = None  # waiting for this window only (a redirect)
    queue_line: str | None = None   # the category line it was sent to (a redirect)

    @property
    def line(self) -> str:
        """The category line it waits in: its own letter unless redirected."""
        return self.queue_line or self.category

    @property
    def barcode(self) -> str:
        return barcode_text(self.day, self.code)

    @property
    def waiting_min(self) -> float | None:
        return waiting_minutes(self.issued_at, self.called_at)

    @property
    def service_min(self) -> float | None:
        return waiting_minutes(self.called_at, self.served_at)


def _ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _from_row(row: Mapping[str, Any]) -> Ticket:
    issued = _ts(row["issued_at"])
    assert issued is not None
    return Ticket(
        id=row["id"], day=dt.date.fromisoformat(row["day"]), category=row["category"],
        seq=row["seq"], code=row["code"], service_id=row["service_id"], lang=row["lang"] or "kk",
        issued_at=issued, status=row["status"], called_at=_ts(row["called_at"]),
        served_at=_ts(row["served_at"]), desk=row["desk"], recalls=row["recalls"] or 0,
        package_id=row["package_id"],
        prefill=json.loads(row["prefill"]) if row["prefill"] else None,
        window=row.get("window_no"), redirect_window=row.get("redirect_window"),
        queue_line=row.get("queue_line"))


def waiting_minutes(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60.0, 1)


def service_minutes(t: Ticket) -> float | None:
    return t.service_min


def category_of(service: Service | None) -> str:
    if service is None:
        return CATEGORY_LETTERS["other"]
    return CATEGORY_LETTERS.get(service.category, CATEGORY_LETTERS["other"])


def barcode_text(day: dt.date, code: str) -> str:
    """What the ticket's barcode carries: "T" + yymmdd + code, e.g. T261120A012."""
    return f"T{day:%y%m%d}{code}"


def parse_barcode(text: str) -> tuple[dt.date, str] | None:
    """(day, code) from a scanned ticket barcode, or None when it is not a ticket."""
    m = _BARCODE_RE.match(text.strip().upper())
    if not m:
        return None
    try:
        day = dt.datetime.strptime(m.group(1), "%y%m%d").date()
    except ValueError:
        return None
    return day, m.group(2) + m.group(3)


def build_prefill(service: Service, applicant: Mapping[str, str], answers: Mapping[str, bool],
                  consent: bool, representative: Mapping[str, str] | None = None
                  ) -> dict[str, Any]:
    """What the applicant typed at the kiosk, checked field by field (empty fields stay empty:
    the clerk completes them), in the accept-JSON shape the desk's intake form opens."""
    def person(data: Mapping[str, str], prefix: str) -> dict[str, str]:
        out: dict[str, str] = {}
        iin = (data.get("iin") or "").strip()
        if iin:
            try:
                out["iin"] = validate_iin(iin).iin
            except InputError as exc:
                exc.field = f"{prefix}.iin"
                raise
        for key in ("surname", "name", "patronymic"):
            value = data.get(key) or ""
            if value.strip():
                out[key] = clean_name(f"{prefix}.{key}", value)
        if (data.get("phone") or "").strip():
            out["phone"] = clean_phone(f"{prefix}.phone", data["phone"])
        if (data.get("address") or "").strip():
            out["address"] = clean_address(f"{prefix}.address", data["address"])
        return out

    known = {c.id for c in service.conditions}
    for key, value in answers.items():
        if key not in known:
            raise InputError("answers", "answer.unknown", answer=key)
        if not isinstance(value, bool):
            raise InputError(f"answers.{key}", "field.type")
    return {"service": service.id, "applicant": person(applicant, "applicant"),
            "representative": person(representative, "representative") if representative else None,
            "answers": dict(answers), "consent": bool(consent)}


def _stamp(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).strftime(_STAMP)

