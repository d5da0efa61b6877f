"""The printed ticket and the what-to-bring slip."""

from __future__ import annotations

import datetime as dt

from conftest import decode_barcodes, needs_zbar, pdf_to_pngs
from kiosk import queue
from kiosk.documents.slip import render_slip
from kiosk.kiosk_info import home_requests, information_board, record_home_request, service_sheet
from kiosk.ticket_print import save_ticket, ticket_data

T0 = dt.datetime(2026, 11, 20, 10, 0)


@needs_zbar
def test_ticket_pdf_barcode_decodes(ctx, tmp_path):
    queue.issue_ticket(ctx, "teacher_attestation", now=T0)
    t = queue.issue_ticket(ctx, "teacher_attestation", lang="ru", now=T0)
    data = ticket_data(ctx, t)
    assert data.ahead == 1 and data.wait_min == 10 and data.code == "A002"
    pdf = save_ticket(ctx, t)
    assert pdf.read_bytes().startswith(b"%PDF")
    pngs = pdf_to_pngs(pdf, tmp_path / "png", dpi=300)
    assert decode_barcodes(pngs[0]) == ["T261120A002"]


def test_ticket_text(ctx):
    from pypdf import PdfReader
    t = queue.issue_ticket(ctx, "preschool_queue", now=T0)
    text = PdfReader(save_ticket(ctx, t)).pages[0].extract_text()
    assert "B001" in text and "Кезек талоны" in text and "1414" in text


def test_slip_lists_what_to_bring(tmp_path):
    from pypdf import PdfReader

    from kiosk.catalogue import load_catalogue
    sheet = service_sheet(load_catalogue().service("preschool_queue"))
    assert [d.en for d in sheet.required] == [sheet.service.document("application").name.en]
    assert len(sheet.from_information_system) == 3
    out = tmp_path / "slip.pdf"
    out.write_bytes(render_slip(sheet, "ru", "ЦОН", "2026-11-20 10:15"))
    text = PdfReader(out).pages[0].extract_text()
    assert "Какие документы принести" in text
    assert "информационных систем" in text


def test_conditional_papers_follow_the_answer():
    from kiosk.catalogue import load_catalogue
    sheet = service_sheet(load_catalogue().service("teacher_attestation"))
    doc, cond = sheet.conditional[0]
    assert doc in sheet.to_bring({})
    assert doc not in sheet.to_bring({cond.id: cond.exempt_when})


def test_board_says_when_acceptance_is_closed(ctx):
    assert information_board(ctx, T0).accepting
    assert not information_board(ctx, T0.replace(hour=13, minute=30)).accepting  # lunch
    assert not information_board(ctx, T0.replace(hour=17, minute=45)).accepting
    assert not information_board(ctx, dt.datetime(2026, 11, 21, 10, 0)).accepting  # Saturday


def test_home_request_is_recorded(ctx):
    rid = record_home_request(ctx, consent=True, name="Әлия", phone="8 701 234 56 78",
                              address="Алматы, Абай 1", service_id="preschool_queue", now=T0)
    rows = home_requests(ctx)
    assert rows[0]["id"] == rid and rows[0]["phone"] == "+77012345678"
    assert rows[0]["status"] == "new"
