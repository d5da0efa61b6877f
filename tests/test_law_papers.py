"""Issue 15 points 6, 7 (papers), 12-16 and issue 14's "Paper" bullet: receipts as the seed
forms word them.  Each test names the seed line it follows."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from courier_helpers import person
from kiosk.intake import accept_package, request_from_dict
from kiosk.receipts import receipt_pdf
from tests.office_helpers import store_office

NOW = dt.datetime(2026, 11, 20, 10, 15)
MM = 72 / 25.4


def _accept(ctx, sid, docs, i=1, answers=None, **extra):
    req = request_from_dict(ctx.catalogue, {"service": sid, "applicant": person(i).to_dict(),
                                            "answers": answers or {}, "documents": docs,
                                            "consent": True, **extra})
    return accept_package(ctx, req, employee="Сәрсенбаева Гүлмира Қайратқызы",
                          now=NOW + dt.timedelta(minutes=i)).number


def _s1(ctx, i=1, complete=True):
    s1 = ctx.catalogue.service("teacher_attestation")
    docs = [{"id": d.id, "pages": 2} for d in s1.documents if d.kind != "optional"]
    return _accept(ctx, "teacher_attestation", docs if complete else docs[:2], i,
                   {s1.documents[5].condition.id: False})


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _height_mm(pdf: bytes) -> float:
    return float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height) / MM


def test_80mm_s1_receipt_at_most_350mm_and_refusal_at_most_400mm(ctx):
    """Issue 14 "Paper"; seed 000 l.53-98 (Appendix 1) for what stays on the roll."""
    ok = receipt_pdf(ctx, _s1(ctx, 1), "80mm")
    refused = receipt_pdf(ctx, _s1(ctx, 2, complete=False), "80mm")
    assert _height_mm(ok) <= 350 and _height_mm(refused) <= 400
    text = _pages(ok)[0]
    for kk in ("Өтініштің қабылданған күні", "қосымша ұсынады", "Келісім"):
        assert kk in text


def test_refusal_a4_is_one_complete_page_per_copy(ctx):
    """Seed 002 l.31 (Appendix 3 refusal receipt), made in two copies."""
    number = _s1(ctx, 3, complete=False)
    pages = _pages(receipt_pdf(ctx, number, "a4"))
    assert len(pages) == 2
    for copy, text in enumerate(pages, start=1):
        assert "Құжаттарды қабылдаудан бас тарту туралы қолхат" in text
        assert number in text and "Жоқ құжаттардың атауы" in text
        assert "Бас тартқан қызметкер" in text and "Қабылдадым" in text
        assert f"{copy}-дана" in text
        assert "Жүгінген күні / Дата обращения" in text


def test_name_and_address_before_the_title(ctx):
    """Seed 000 l.55-58: surname, name, patronymic and address, then «Қолхат № ___»."""
    text = _pages(receipt_pdf(ctx, _s1(ctx, 4), "a4"))[0]
    p = person(4)
    assert text.index(p.surname) < text.index("Қолхат №") and \
        text.index(p.address) < text.index("Қолхат №")


def test_no_registry_code_where_the_seeds_give_none(ctx):
    """Seed 003 l.168-169: only S3 (00403002) and S4 (00403006) have registry codes."""
    s1 = _pages(receipt_pdf(ctx, _s1(ctx, 5), "a4"))[0]
    assert "код: S1" not in s1 and "коды" not in s1
    s4 = _accept(ctx, "additional_education",
                 ["application", "medical_certificate_027", "personal_data_consent"], 6)
    text = _pages(receipt_pdf(ctx, s4, "a4"))[0]
    assert "00403006" in text
    # the ЦОН obtains the identity documents from information systems (seed 003 l.295)
    assert "ақпараттық жүйеден" in text


def test_repealed_regulation_shown_as_repealed(ctx):
    """Seed 004 l.5-9: the Aktobe regulation of S7-S9 was repealed in 2020; the standard
    still applies."""
    text = _pages(receipt_pdf(ctx, _accept(ctx, "externat", ["application"], 7), "a4"))[0]
    assert "Күші жойылған / Утратил силу" in text and "№ 55" in text
    assert "№ 179" in text


@pytest.mark.parametrize("method,words", [("written", "жазбаша"), ("eds", "ЭЦҚ"),
                                          ("sms", "SMS")])
def test_receipt_states_the_consent(ctx, method, words):
    """Seed 003 l.143: written, EDS or SMS consent to use data from information systems."""
    number = _accept(ctx, "externat", ["application"], 8, consent_method=method)
    text = _pages(receipt_pdf(ctx, number, "a4"))[0]
    assert "ақпараттық жүйелердегі мәліметтерді пайдалануға келісім берілді" in text
    assert words in text


def test_application_is_an_original_by_default(ctx):
    """Seed 000 l.24, l.69: the application (Appendix 2) is the applicant's own form."""
    number = _accept(ctx, "externat", ["application"], 9)
    row = ctx.store.query_one("SELECT documents FROM packages WHERE number = ?", (number,))
    assert '"original": true' in row["documents"]
    assert "түпнұсқа" in _pages(receipt_pdf(ctx, number, "a4"))[0]


def test_dispatch_register_no_zero_pages_and_totals_never_alone(ctx, tmp_path):
    """Issue 14 "Paper"; seed 004 l.289 (the register, тізілімдеме).  Pages not counted are
    not printed as "0 бет"; no plural after a numeral («құжат топтамасы»)."""
    from kiosk.dispatch import dispatch_day
    from kiosk.documents.register import rows_per_page
    n = rows_per_page(True)                 # a first page full of rows
    for i in range(n):
        _accept(ctx, "externat", ["application"], 20 + i)
    dispatch_day(ctx, NOW.date(), tmp_path / "out", "Диспетчер", NOW.replace(hour=16))
    pdf = next((tmp_path / "out").glob("*.pdf")).read_bytes()
    pages = _pages(pdf)
    assert "0 бет" not in " ".join(pages) and "беттер саны көрсетілмеген" in pages[-1]
    assert f"{n} құжат топтамасы" in pages[-1]
    last = pages[-1]
    assert "Барлығы" in last and "ALM01-01-261120-" in last.split("Барлығы")[0]


def test_daily_register_in_both_languages_totals_with_rows(ctx):
    """Issue 15 point 17: service and document names in Kazakh and Russian."""
    from kiosk.registers import register_pdf
    _s1(ctx, 50, complete=False)
    _accept(ctx, "externat", ["application"], 51)
    text = " ".join(_pages(register_pdf(ctx, NOW.date())))
    s1 = ctx.catalogue.service("teacher_attestation")
    assert s1.short_name.kk in text and s1.short_name.ru in text
    assert "Білімі туралы диплом көшірмесі" in text and "Копия диплома об образовании" in text
    pages = _pages(register_pdf(ctx, NOW.date()))
    assert "Барлығы / Всего" in pages[-1] and "ALM01-01-" in pages[-1]


def test_village_akimat_receipt_says_original_shown_copy_given(ctx):
    """Seed 002 l.27: at a village akimat the applicant shows originals and gives copies."""
    store_office(ctx, office_kind="village_akimat")
    number = _accept(ctx, "preschool_queue", ["application", "birth_certificate",
                                              "identity_document"], 60)
    text = _pages(receipt_pdf(ctx, number, "a4"))[0]
    assert text.count("түпнұсқа көрсетілді, көшірме") == 2
