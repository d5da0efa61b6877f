"""The "what to bring" slip the kiosk prints for one service: the papers to bring, the
conditional ones with the question that decides, the optional ones, what the office gets from
information systems (not to bring), the limits at the counter and the result term."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from kiosk.documents.layout import PaperCanvas

from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts
from kiosk.documents.ticket import MM, wrap_text
from kiosk.kiosk_info import ServiceSheet

__all__ = ["render_slip", "SLIP_LABELS"]

SLIP_LABELS: dict[str, dict[str, str]] = {
    "title": {"kk": "Қандай құжаттар әкелу керек", "ru": "Какие документы принести",
              "en": "What to bring"},
    "required": {"kk": "Міндетті", "ru": "Обязательно", "en": "Required"},
    "conditional": {"kk": "Жағдайға байланысты", "ru": "В зависимости от случая",
                    "en": "Depending on your case"},
    "asked": {"kk": "Сұрақ", "ru": "Вопрос", "en": "Question"},
    "optional": {"kk": "Бар болса", "ru": "Если есть", "en": "If you have them"},
    "from_is": {"kk": "Әкелудің қажеті жоқ: қызметкер ақпараттық жүйеден алады",
                "ru": "Приносить не нужно: сотрудник получит из информационных систем",
                "en": "No need to bring: the office gets these from information systems"},
    "limits": {"kk": "Кезекте күту ең көбі {w} мин, қызмет көрсету ең көбі {s} мин",
               "ru": "Ожидание в очереди не более {w} мин, обслуживание не более {s} мин",
               "en": "Waiting at most {w} min, service at most {s} min"},
    "term": {"kk": "Нәтиже мерзімі: {d} жұмыс күні", "ru": "Срок результата: {d} рабочих дн.",
             "en": "Result within {d} working days"},
    "courier": {"kk": "Құжаттар берушіге курьермен жіберіледі, нәтиже осы кеңседе беріледі",
                "ru": "Документы отправляются поставщику курьером, результат выдаётся в этом офисе",
                "en": "Documents go to the provider by courier; the result comes back to this office"},
    "portal": {"kk": "Бұл қызмет тек порталда көрсетіледі (www.egov.kz)",
               "ru": "Эта услуга оказывается только на портале (www.egov.kz)",
               "en": "This service is filed online only (www.egov.kz)"},
    "help": {"kk": "Анықтама", "ru": "Справки", "en": "Help lines"},
    "free": {"kk": "Қызмет тегін", "ru": "Услуга бесплатная", "en": "The service is free"},
}


def _l(key: str, lang: str) -> str:
    return SLIP_LABELS[key].get(lang) or SLIP_LABELS[key]["kk"]


def render_slip(sheet: ServiceSheet, lang: str, office_name: str, printed_at: str,
                fmt: str = "80mm") -> bytes:
    register_fonts()
    if fmt == "a4":
        page_w, margin = A4[0], 20 * MM
    else:
        page_w, margin = 80 * MM, 5 * MM
    width = page_w - 2 * margin
    ops: list[tuple[float, float, str, str, float]] = []   # (x-indent, y, text, font, size)
    y = 0.0

    def text(t: str, font: str = FONT, size: float = 8.5, indent: float = 0.0) -> None:
        nonlocal y
        for line in wrap_text(t, font, size, width - indent):
            y += size * 1.3
            ops.append((indent, y, line, font, size))

    s = sheet.service
    text(office_name, FONT, 7)
    y += 3
    text(_l("title", lang), FONT_BOLD, 11)
    text(f"{s.code}. {s.name.get(lang)}", FONT_BOLD, 9)
    y += 3
    if sheet.information_only:
        text(_l("portal", lang), FONT_BOLD)
    if sheet.required:
        text(_l("required", lang) + ":", FONT_BOLD)
        for d in sheet.required:
            text("☐ " + d.get(lang), indent=3 * MM)
    if sheet.conditional:
        text(_l("conditional", lang) + ":", FONT_BOLD)
        for d, cond in sheet.conditional:
            text("☐ " + d.get(lang), indent=3 * MM)
            text(f"{_l('asked', lang)}: {cond.question.get(lang)}", FONT, 7.5, indent=7 * MM)
    if sheet.optional:
        text(_l("optional", lang) + ":", FONT_BOLD)
        for d in sheet.optional:
            text("☐ " + d.get(lang), indent=3 * MM)
    if sheet.from_information_system:
        text(_l("from_is", lang) + ":", FONT_BOLD)
        for d in sheet.from_information_system:
            text("✓ " + d.get(lang), indent=3 * MM)
    y += 3
    if sheet.max_wait_min and sheet.max_service_min:
        text(_l("limits", lang).format(w=sheet.max_wait_min, s=sheet.max_service_min))
    if sheet.term_working_days:
        text(_l("term", lang).format(d=sheet.term_working_days))
    if sheet.courier:
        text(_l("courier", lang))
    text(_l("free", lang))
    y += 3
    text(f"{_l('help', lang)}: 1414, 8-800-080-7777", FONT, 8)
    text(printed_at, FONT, 7)

    page_h = A4[1] if fmt == "a4" else y + 2 * margin
    top = page_h - margin
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=(page_w, page_h), invariant=1, pageCompression=1)
    c.setTitle(_l("title", lang))
    for indent, off, t, font, size in ops:
        c.setFont(font, size)
        c.drawString(margin + indent, top - off, t)
    c.showPage()
    c.save()
    return buf.getvalue()
