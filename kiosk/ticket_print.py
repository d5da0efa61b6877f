"""A queue ticket as a printable PDF: the store's ticket, today's queue in front of it and the
office's paper, turned into kiosk.documents.ticket's data."""

from __future__ import annotations

from pathlib import Path

from kiosk.context import Context
from kiosk.dates import shown_date
from kiosk.documents.ticket import TicketData, render_ticket
from kiosk.queue import Ticket, estimate_wait, people_ahead, queue_settings

__all__ = ["ticket_data", "ticket_pdf", "save_ticket"]


def ticket_data(ctx: Context, t: Ticket) -> TicketData:
    service = ctx.catalogue.service(t.service_id) if t.service_id else None
    office = ctx.office.name_kk if t.lang == "kk" else ctx.office.name_ru
    return TicketData(
        code=t.code, barcode=t.barcode, issued_at=shown_date(t.issued_at.isoformat(sep=" ", timespec="minutes")),
        lang=t.lang, office_name=office,
        service_name=f"{service.code}. {service.short_name.get(t.lang)}" if service else "",
        ahead=len(people_ahead(ctx, t.line, before_id=t.id, now=t.issued_at)),
        wait_min=estimate_wait(ctx, t.line, before_id=t.id, now=t.issued_at),
        prefilled=bool(t.prefill), board=queue_settings(ctx).board)


def ticket_pdf(ctx: Context, t: Ticket, fmt: str | None = None) -> bytes:
    """The roll printer's ticket (80 mm) unless the office prints tickets on A4."""
    return render_ticket(ticket_data(ctx, t), fmt or "80mm")


def save_ticket(ctx: Context, t: Ticket, fmt: str | None = None) -> Path:
    folder = ctx.folder / "tickets" / t.day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{t.code}.pdf"
    out.write_bytes(ticket_pdf(ctx, t, fmt))
    return out
