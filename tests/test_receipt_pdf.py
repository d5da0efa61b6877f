"""Printed receipts (kiosk.documents.receipt): the text a reader extracts, the formats, the
byte-identical reprint, and the barcode read back by a real decoder (zbar). No Qt."""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import decode_barcodes, needs_zbar, pdf_to_pngs
from kiosk.documents.barcode_draw import QUIET_ZONE, code128_modules, total_modules
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts
from kiosk.documents.model import Bilingual, ReceiptData, ReceiptLine
from kiosk.documents.receipt import render_receipt, render_receipt_to

MM = 72 / 25.4
KAZAKH_LETTERS = "әғқңөұүһі"
APPLICANT = "Әбілқайыр Нұрсұлтан Өтегенұлы"
ADDRESS = "Алматы қ., Әуезов ауданы, Мұхтар Әуезов шағын ауданы, Гауһартас көшесі, 12-үй, 45-пәтер"
NUMBER = "ALM01-01-261120-0007"

DOCS = [
    ("Аттестаттауға өтініш (Стандарттың 2-қосымшасы)",
     "Заявление на аттестацию (приложение 2 к Стандарту)", "required"),
    ("Жеке басын куәландыратын құжат көшірмесі",
     "Копия документа, удостоверяющего личность", "required"),
    ("Білімі туралы диплом көшірмесі", "Копия диплома об образовании", "required"),
    ("Біліктілікті арттыру туралы құжат көшірмесі",
     "Копия документа о повышении квалификации", "required"),
    ("Қызметкердің еңбек қызметін растайтын құжатының көшірмесі",
     "Копия документа, подтверждающего трудовую деятельность работника", "required"),
    ("Бұрын берген біліктілік санаты туралы куәлік көшірмесі",
     "Копия удостоверения о ранее присвоенной квалификационной категории", "conditional"),
    ("Кәсіптік жетістіктері туралы мәліметтер (2013 жылғы 7 тамыздағы № 323 бұйрықпен "
     "бекітілген аттестаттау қағидаларына сәйкес, НҚА тізілімінде № 8678) (болған жағдайда)",
     "Сведения о профессиональных достижениях (согласно правилам аттестации, утверждённым "
     "приказом № 323 от 7 августа 2013 года, рег. № 8678) (при наличии)", "optional"),
]
NOTE_7 = Bilingual(
    "Кәсіптік жетістіктері туралы мәліметтерді сараптамалық топқа жыл сайын 30 желтоқсанға "
    "дейін қосымша ұсынуға болады.",
    "Сведения о профессиональных достижениях могут представляться экспертной группе "
    "дополнительно ежегодно до 30 декабря.")


def make_data(**changes) -> ReceiptData:
    lines = []
    for i, (kk, ru, kind) in enumerate(DOCS, start=1):
        received = i <= 5
        lines.append(ReceiptLine(
            index=i, name=Bilingual(kk, ru), kind=kind, received=received,
            original=(i == 1), pages=(1 if i == 1 else 2) if received else None,
            exempt=(i == 6), note=NOTE_7 if i == 7 else None))
    data = ReceiptData(
        number=NUMBER, refused=False, accepted_at="2026-11-20 10:15",
        office_name=Bilingual(
            "«Азаматтарға арналған үкімет» МК Алматы қаласының Әуезов ауданы бойынша ХҚКО",
            "ЦОН Ауэзовского района города Алматы НАО «Правительство для граждан»"),
        office_address=Bilingual("Алматы қ., Әуезов ауданы, Жандосов көшесі, 98",
                                 "г. Алматы, Ауэзовский район, ул. Жандосова, 98"),
        office_phone="+7 727 300 14 14",
        service_name=Bilingual(
            "Педагог қызметкерлерге біліктілік санаттарын беру (растау) үшін аттестаттаудан "
            "өткізуге құжаттар қабылдау",
            "Приём документов для прохождения аттестации на присвоение (подтверждение) "
            "квалификационных категорий педагогическим работникам"),
        service_code="S1",
        legal_basis=Bilingual(
            "ҚР Білім және ғылым министрінің 2015 жылғы 9 қарашадағы № 632 бұйрығы "
            "(НҚА тізілімінде № 12449)",
            "Приказ Министра образования и науки РК № 632 от 9 ноября 2015 года "
            "(рег. № 12449)"),
        applicant_name=APPLICANT, applicant_iin="850615301234",
        applicant_phone="+7 701 234 56 78", applicant_address=ADDRESS,
        representative_name=None, representative_phone=None, representative_poa=None,
        lines=tuple(lines), missing=(), employee="Сейітқазы Гүлнәр Бақытжанқызы",
        result_issue=Bilingual("04.12.2026, 09:00–17:30, Алматы қ., Жандосов көшесі, 98",
                               "04.12.2026, 09:00–17:30, г. Алматы, ул. Жандосова, 98"),
        catalogue_version="2026.1")
    return dataclasses.replace(data, **changes) if changes else data


def make_refusal() -> ReceiptData:
    data = make_data()
    lines = tuple(dataclasses.replace(ln, received=False, pages=None, original=False)
                  if ln.index in (3, 5) else ln for ln in data.lines)
    return dataclasses.replace(data, refused=True, lines=lines,
                               missing=(lines[2].name, lines[4].name), result_issue=None)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace (including line breaks from wrapping) collapsed to single spaces."""
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------

def test_fonts_register_once() -> None:
    assert register_fonts() == (FONT, FONT_BOLD)
    assert register_fonts() == (FONT, FONT_BOLD)
    from reportlab.pdfbase import pdfmetrics
    assert {FONT, FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())
    face = pdfmetrics.getFont(FONT).face
    for ch in KAZAKH_LETTERS + KAZAKH_LETTERS.upper() + "☑☐—№«»":
        assert ord(ch) in face.charWidths, ch
    fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
    assert (fonts / "DejaVuSans-LICENSE.txt").read_text(encoding="utf-8").strip()


def test_code128_modules() -> None:
    modules = code128_modules(NUMBER)
    assert set(modules) == {"0", "1"} and modules.startswith("11010") and modules.endswith("11")
    assert total_modules(NUMBER) == len(modules) + 2 * QUIET_ZONE
    with pytest.raises(ValueError):
        code128_modules("")
    with pytest.raises(ValueError):
        code128_modules("Қ-1")


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_acceptance_text_complete(fmt: str) -> None:
    data = make_data()
    pdf = render_receipt(data, fmt)
    assert pdf.startswith(b"%PDF")
    raw = pdf_text(pdf)
    text = flat(raw)
    assert APPLICANT in text
    assert flat(ADDRESS) in text
    for letter in KAZAKH_LETTERS:
        assert letter in raw
    assert "Қолхат" in text and "Расписка" in text
    assert "құжаттарды қабылдау туралы / о приёме документов" in text
    assert NUMBER in text
    assert "20.11.2026 10:15" in text
    assert data.applicant_iin in text and data.applicant_phone in text
    assert flat(data.office_name.kk) in text and flat(data.office_address.ru) in text
    assert flat(data.service_name.kk) in text
    if fmt == "a4":   # the roll carries the long texts in Kazakh, the form's language
        assert flat(data.service_name.ru) in text
        assert flat(data.legal_basis.ru) in text
    assert flat(data.legal_basis.kk) in text
    for line in data.lines:
        assert flat(line.name.kk) in text, line.index
        assert fmt == "80mm" or flat(line.name.ru) in text, line.index
    assert "талап етілмейді / не требуется" in text          # doc 6, exempt
    assert flat(NOTE_7.kk) in text and (fmt == "80mm" or flat(NOTE_7.ru) in text)
    assert "Өтініштің қабылданған күні" in text               # seed 000 l.93
    assert text.count("☑") == 5 and text.count("☐") == 1    # doc 7 not received
    assert "Принято документов: 5" in text
    assert flat(data.result_issue.kk) in text and flat(data.result_issue.ru) in text
    assert data.employee in text
    assert "1414" in text and "8-800-080-7777" in text
    assert "2026.1" in text
    assert "подпись" in text and "қолы" in text


def test_information_system_and_representative() -> None:
    data = make_data()
    lines = list(data.lines)
    lines[1] = dataclasses.replace(lines[1], from_information_system=True, pages=None)
    data = dataclasses.replace(data, lines=tuple(lines),
                               representative_name="Қалиұлы Ғалымжан Үсенұлы",
                               representative_phone="+7 777 000 11 22",
                               representative_poa="№ 0412 от 01.11.2026, нотариус Һ. Іргебаева",
                               notes=(Bilingual("Нәтижені өкілге беруге болады.",
                                                "Результат может быть выдан представителю."),))
    text = flat(pdf_text(render_receipt(data)))
    assert "Нәтижені өкілге беруге болады." in text
    assert "Результат может быть выдан представителю." in text
    assert "ақпараттық жүйеден / из информационной системы" in text
    assert "Принято документов: 4" in text
    assert "Қалиұлы Ғалымжан Үсенұлы" in text
    assert "+7 777 000 11 22" in text
    assert "нотариус Һ. Іргебаева" in text


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_refusal_lists_missing(fmt: str) -> None:
    data = make_refusal()
    text = flat(pdf_text(render_receipt(data, fmt)))
    # the form's title, seed 002 l.31; "Жүгінген күні / Дата обращения", not a date of acceptance
    assert "Құжаттарды қабылдаудан бас тарту туралы қолхат" in text
    assert "Расписка об отказе в приёме документов" in text
    assert "Жүгінген күні / Дата обращения" in text and "Өтініштің қабылданған" not in text
    assert "Жоқ құжаттардың атауы" in text
    assert NUMBER in text and APPLICANT in text
    assert "Наименование отсутствующих документов" in text
    for doc in data.missing:
        assert flat(doc.kk) in text and (fmt == "80mm" or flat(doc.ru) in text)
    assert "неполный пакет документов (пункт 9 стандарта)" in text
    assert "стандарттың 9-тармағы" in text
    assert "Представлено документов: 3" in text
    assert "1414" in text and "8-800-080-7777" in text


def test_80mm_page_width_and_growing_height() -> None:
    short = PdfReader(io.BytesIO(render_receipt(make_data(), "80mm")))
    assert len(short.pages) == 1
    box = short.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * MM, abs=0.01)
    many = make_data(lines=tuple(dataclasses.replace(ln, index=i) for i, ln in
                                 enumerate(make_data().lines * 4, start=1)))
    long = PdfReader(io.BytesIO(render_receipt(many, "80mm")))
    assert len(long.pages) == 1
    assert float(long.pages[0].mediabox.height) > float(box.height) + 100 * MM


def test_a4_flows_onto_more_pages() -> None:
    base = make_data()
    lines = tuple(dataclasses.replace(ln, index=i) for i, ln in
                  enumerate(base.lines * 5, start=1))
    pdf = render_receipt(dataclasses.replace(base, lines=lines), "a4")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.27, abs=0.1)
    text = flat(pdf_text(pdf))
    assert "35." in text and text.count(flat(DOCS[6][0])) == 5
    assert "Бет / Стр. 2/" in text
    assert "1414" in text


def test_long_names_wrap_inside_page(tmp_path: Path) -> None:
    word = "Өтегенұлықұрылысмонтаждаушыларбірлестігі"
    long_name = " ".join([word] * 6)
    data = make_data(applicant_name=long_name, office_name=Bilingual(long_name, long_name),
                     applicant_address=" ".join([ADDRESS] * 3))
    for fmt in ("a4", "80mm"):
        pdf = render_receipt(data, fmt)
        raw = pdf_text(pdf)
        # a word wider than the roll is cut into pieces; joined again it is all there
        assert "".join(raw.split()).count(word) >= 18
        if not shutil.which("pdftoppm"):
            continue
        from PIL import Image
        (tmp_path / f"{fmt}.pdf").write_bytes(pdf)
        for png in pdf_to_pngs(tmp_path / f"{fmt}.pdf", tmp_path / fmt, dpi=100):
            img = Image.open(png).convert("L")
            w, h = img.size
            edge = round(2.5 / 25.4 * 100)  # nothing may be printed in the outer 2.5 mm
            for box in ((0, 0, edge, h), (w - edge, 0, w, h)):
                assert img.crop(box).getextrema()[0] > 200, (fmt, png.name, box)


def test_real_s1_texts_fit_one_a4_page() -> None:
    """The catalogue's full official S1 title and legal basis (several hundred letters each)
    still give a one-page A4 receipt; the roll just grows."""
    import json
    catalogue = Path(__file__).resolve().parents[1] / "resources" / "catalogue" / "services.json"
    services = json.loads(catalogue.read_text(encoding="utf-8"))["services"]
    s1 = next(s for s in services if s["id"] == "teacher_attestation")
    data = make_data(service_name=Bilingual(s1["name"]["kk"], s1["name"]["ru"]),
                     legal_basis=Bilingual(s1["legal_basis"]["kk"], s1["legal_basis"]["ru"]))
    pdf = render_receipt(data, "a4")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = flat(pdf_text(pdf))
    assert flat(s1["name"]["kk"]) in text and flat(s1["legal_basis"]["ru"]) in text
    assert "Бет / Стр. 1/1" in text


def test_unknown_format_raises() -> None:
    with pytest.raises(ValueError):
        render_receipt(make_data(), "a5")
    with pytest.raises(ValueError):
        render_receipt(make_data(), "A4 ")


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_reprint_is_byte_identical(fmt: str) -> None:
    assert render_receipt(make_data(), fmt) == render_receipt(make_data(), fmt)
    assert render_receipt(make_refusal(), fmt) == render_receipt(make_refusal(), fmt)
    assert render_receipt(make_data(), fmt) != render_receipt(make_data(number="X-1"), fmt)


def test_reprint_in_another_process_is_byte_identical(tmp_path: Path) -> None:
    """A reprint in a later session (fresh process, other hash seed) equals the first print."""
    import os
    import subprocess
    import sys
    here = Path(__file__).resolve().parent
    code = ("import sys; from test_receipt_pdf import make_data;"
            "from kiosk.documents.receipt import render_receipt;"
            "sys.stdout.buffer.write(render_receipt(make_data(), sys.argv[1]))")
    env = {**os.environ, "PYTHONHASHSEED": "12345",
           "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    for fmt in ("a4", "80mm"):
        out = subprocess.run([sys.executable, "-c", code, fmt], capture_output=True, env=env,
                             check=True).stdout
        assert out == render_receipt(make_data(), fmt)


def test_render_to_writes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "receipts" / "261120" / f"{NUMBER}.pdf"
    out = render_receipt_to(target, make_data(), "a4")
    assert out == target
    assert target.read_bytes() == render_receipt(make_data(), "a4")
    render_receipt_to(target, make_refusal(), "80mm")     # overwrite in place
    assert "Бас тарту" in pdf_text(target.read_bytes())
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_documents_package_never_imports_qt() -> None:
    import subprocess
    import sys
    code = ("import sys, kiosk.documents.receipt, kiosk.documents.barcode_draw;"
            "sys.exit(any(m.startswith(('PySide', 'PyQt', 'shiboken')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@needs_zbar
@pytest.mark.parametrize("fmt", ["a4", "80mm"])
@pytest.mark.parametrize("refused", [False, True])
def test_barcode_decodes_to_number(tmp_path: Path, fmt: str, refused: bool) -> None:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed"
    data = make_refusal() if refused else make_data()
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_receipt(data, fmt))
    pngs = pdf_to_pngs(pdf, tmp_path / "png", dpi=200)
    assert pngs
    assert decode_barcodes(pngs[0]) == [NUMBER]


@needs_zbar
@pytest.mark.parametrize("number", ["ALM01-01-261120-0001", "AST02-03-270105-9999", "Q-1",
                                    "12345", "SHY9-1-260101-0000001"])
def test_barcode_decodes_other_numbers(tmp_path: Path, number: str) -> None:
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_receipt(make_data(number=number), "80mm"))
    assert decode_barcodes(pdf_to_pngs(pdf, tmp_path / "png", dpi=200)[0]) == [number]


@needs_zbar
def test_code128_flowable_decodes(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from kiosk.documents.barcode_draw import Code128Flowable
    pdf = tmp_path / "flowable.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([Code128Flowable(NUMBER, 80 * MM, 15 * MM)])
    assert decode_barcodes(pdf_to_pngs(pdf, tmp_path / "png", dpi=200)[0]) == [NUMBER]
