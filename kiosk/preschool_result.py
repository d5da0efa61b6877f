"""S2's result (seed 002 l.37-39): a notification of placement in the queue with the queue
number (free form), or, when a place is available, a referral to a preschool organisation
(Appendix 1 to the standard).  On paper it is drawn up electronically, printed, and
certified by the seal and signature of the provider's authorised person (seed 002 l.39).
The office records it on the package (the package becomes ready to issue) and issues it
like any result (kiosk.returns.issue_result)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import events
from db.packages import package_by_number
from db.results import record_result
from kiosk.context import Context
from kiosk.errors import InputError

if TYPE_CHECKING:
    from kiosk.documents.preschool_result import ResultPaper

__all__ = ["PreschoolResult", "record_preschool_result", "preschool_result",
           "preschool_result_pdf", "result_paper", "result_paper_path", "SERVICE_ID", "KINDS"]

SERVICE_ID = "preschool_queue"
KINDS = ("queue_notification", "referral")


@dataclass(frozen=True)
class PreschoolResult:
    number: str                  # the package's receipt number
    kind: str                    # queue_notification | referral
    child: str
    queue_number: int | None
    organisation: str
    group: str
    recorded_at: str
    recorded_by: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _clean(text: Any, field: str, *, required: bool = False, limit: int = 300) -> str:
    value = " ".join(str(text or "").split())
    if required and not value:
        raise InputError(field, "name.empty")
    if len(value) > limit:
        raise InputError(field, "name.too_long", max=limit)
    return value


def record_preschool_result(ctx: Context, number: str, kind: str, *, employee: str,
                            child: str, queue_number: int | None = None,
                            organisation: str = "", group: str = "",
                            now: dt.datetime | None = None) -> PreschoolResult:
    """Record the S2 result on an accepted package: the queue number (a notification,
    seed 002 l.37) or the preschool organisation of the referral (Appendix 1)."""
    if kind not in KINDS:
        raise InputError("result_kind", "settings.choice")
    child_name = _clean(child, "child", required=True)
    data: dict[str, Any] = {"child": child_name}
    if kind == "queue_notification":
        if isinstance(queue_number, bool) or not isinstance(queue_number, int) \
                or not 1 <= queue_number <= 10_000_000:
            raise InputError("queue_number", "result.queue_number")
        data["queue_number"] = queue_number
    else:
        data["organisation"] = _clean(organisation, "organisation", required=True)
        data["group"] = _clean(group, "group")
    at = (now or ctx.now()).replace(microsecond=0).isoformat(sep=" ")
    with ctx.store.write():
        p = package_by_number(ctx.store, (number or "").strip().upper())
        if p is None:
            raise InputError("number", "package.not_found", number=number)
        if p["service_id"] != SERVICE_ID:
            raise InputError("number", "result.not_s2", number=p["number"])
        if p["status"] != "accepted":
            raise InputError("number", "return.already" if p["status"] in
                             ("result_ready", "issued") else "return.refused",
                             number=p["number"], at=(p.get("result_ready_at") or "")[:16])
        if record_result(ctx.store, p["id"], kind, json.dumps(data, ensure_ascii=False), at,
                         employee) == 0:
            raise InputError("number", "return.already", number=p["number"], at=at[:16])
        events.append_event(ctx.store, "result_ready", at, employee=employee,
                            package_id=p["id"], data={"number": p["number"], "result": kind,
                                                      **data})
    result = preschool_result(ctx, p["number"])
    assert result is not None
    return result


def preschool_result(ctx: Context, number: str) -> PreschoolResult | None:
    p = package_by_number(ctx.store, (number or "").strip().upper())
    if p is None or not p.get("result_kind"):
        return None
    data = json.loads(p["result_data"] or "{}")
    return PreschoolResult(p["number"], p["result_kind"], data.get("child", ""),
                           data.get("queue_number"), data.get("organisation", ""),
                           data.get("group", ""), p["result_recorded_at"] or "",
                           p["result_recorded_by"] or "")


def result_paper(ctx: Context, number: str) -> "ResultPaper":
    """What the paper of a recorded S2 result says (store reads only: the desk reads it on
    its own thread and renders it in a worker)."""
    from kiosk.documents.preschool_result import ResultPaper
    p = package_by_number(ctx.store, (number or "").strip().upper())
    r = preschool_result(ctx, number)
    if p is None or r is None:
        raise InputError("number", "result.none", number=number)
    o = ctx.office
    applicant = " ".join(x for x in (p["surname"], p["name"], p["patronymic"]) if x)
    return ResultPaper(
        kind=r.kind, number=r.number, office_kk=o.name_kk, office_ru=o.name_ru,
        address_kk=o.address_kk, address_ru=o.address_ru, phone=o.phone, applicant=applicant,
        applicant_address=p["address"] or "", child=r.child, queue_number=r.queue_number,
        organisation=r.organisation, group=r.group, accepted_at=p["accepted_at"],
        recorded_at=r.recorded_at)


def result_paper_path(ctx: Context, package: dict[str, Any]) -> Path:
    """Where the desk keeps the paper it printed: beside the package's receipt
    (receipts/DAY/NUMBER-result.pdf)."""
    folder = ctx.receipts_dir / package["day"]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{package['number']}-result.pdf"


def preschool_result_pdf(ctx: Context, number: str) -> bytes:
    from kiosk.documents.preschool_result import render_result
    return render_result(result_paper(ctx, number))
