"""The complaint slip (талон, seed 000 l.237): the complainant's proof that the office
registered the complaint -- the complainant's name, postal address and phone (seed 000 l.33),
the date and time it was received (l.237), the incoming number, who took it, whom it is
addressed to (seed 002 l.44), where and when the answer will be given (seed 000 l.33) with
its term in working days (5, or 15 at the quality-control body: seed 000 l.34, l.36), and a
place for the office's stamp (мөртаңба, seed 000 l.33).  A4, Kazakh with Russian under it;
invariant PDF, one page."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from kiosk.documents.layout import PaperCanvas, wrap_words

from kiosk.dates import shown_date
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts

__all__ = ["SlipData", "render_slip", "ADDRESSEE_NAMES"]

MM = 72.0 / 25.4

ADDRESSEE_NAMES = {
    "provider_head": ("Көрсетілетін қызметті берушінің басшысы",
                      "Руководитель услугодателя"),
    "state_corporation_head": ("Мемлекеттік корпорацияның басшысы",
                               "Руководитель Государственной корпорации"),
    "quality_body": ("Мемлекеттік қызмет көрсету сапасын бағалау және бақылау жөніндегі "
                     "уәкілетті орган",
                     "Уполномоченный орган по оценке и контролю за качеством оказания "
                     "государственных услуг"),
}


@dataclass(frozen=True)
class SlipData:
    office_kk: str
    office_ru: str
    address_kk: str
    address_ru: str
    phone: str
    incoming_number: str
    received_at: str               # ISO date and time (or a date alone)
    applicant: str
    postal_address: str
    applicant_phone: str
    package_number: str
    taken_by: str
    answer_due: dt.date
    answer_place: str
    addressed_to: str
    answer_days: int
    text: str


def render_slip(d: SlipData) -> bytes:
    register_fonts()
    w, h = A4
    m = 20 * MM
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"Шағым / Жалоба {d.incoming_number}")
    c.setAuthor("Qabyldau")
    y = h - m
    c.setFont(FONT, 9)
    for line in (d.office_kk, d.office_ru, f"{d.address_kk} / {d.address_ru} · тел. {d.phone}"):
        for part in wrap_words(line, FONT, 9, w - 2 * m):
            c.drawString(m, y, part)
            y -= 12
    y -= 16
    c.setFont(FONT_BOLD, 14)
    c.drawCentredString(w / 2, y, "Шағымның қабылданғаны туралы талон")
    y -= 17
    c.setFont(FONT, 11)
    c.drawCentredString(w / 2, y, "Талон о приёме жалобы")
    y -= 26
    to_kk, to_ru = ADDRESSEE_NAMES.get(d.addressed_to, ADDRESSEE_NAMES["provider_head"])
    label_w = 62 * MM
    value_w = w - 2 * m - label_w
    rows = (
        ("Кіріс нөмірі / Входящий номер", d.incoming_number, True),
        ("Қабылданған күні мен уақыты / Дата и время приёма", shown_date(d.received_at), True),
        ("Шағым берушінің Т.А.Ә. / Ф.И.О. заявителя", d.applicant, True),
        ("Пошталық мекенжайы / Почтовый адрес", d.postal_address or "—", False),
        ("Байланыс телефоны / Контактный телефон", d.applicant_phone or "—", False),
        ("Қолхат нөмірі / Номер расписки", d.package_number or "—", False),
        ("Кімге жолданды / Кому адресована", f"{to_kk} / {to_ru}", False),
        ("Шағымды қабылдаған адамның Т.А.Ә. / Ф.И.О. принявшего жалобу", d.taken_by, True),
        ("Жауап алу мерзімі / Срок получения ответа",
         f"{d.answer_due:%d.%m.%Y} ({d.answer_days} жұмыс күні / рабочих дней)", True),
        ("Жауап алу орны / Место получения ответа", d.answer_place or "—", False),
    )
    for label, value, bold in rows:
        lab = wrap_words(label, FONT, 9, label_w - 4 * MM)
        val = wrap_words(value, FONT_BOLD if bold else FONT, 10.5, value_w)
        yy = y
        c.setFont(FONT, 9)
        for part in lab:
            c.drawString(m, yy, part)
            yy -= 11
        yv = y
        c.setFont(FONT_BOLD if bold else FONT, 10.5)
        for part in val:
            c.drawString(m + label_w, yv, part)
            yv -= 13
        y = min(yy, yv) - 6
    y -= 4
    c.setFont(FONT, 8.5)
    note_kk = (f"Шағым тіркелген күнінен бастап {d.answer_days} жұмыс күні ішінде қаралады "
               "(«Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі № 88-V Заң). "
               "Нәтижемен келіспеген жағдайда – сотқа жүгінуге құқылысыз. "
               "Бірыңғай байланыс орталығы: 1414, 8-800-080-7777.")
    note_ru = (f"Жалоба рассматривается в течение {d.answer_days} рабочих дней со дня "
               "регистрации (Закон РК «О государственных услугах» № 88-V от 15 апреля 2013 года). "
               "При несогласии с результатом вы вправе обратиться в суд. "
               "Единый контакт-центр: 1414, 8-800-080-7777.")
    for part in (wrap_words(note_kk, FONT, 8.5, w - 2 * m)
                 + wrap_words(note_ru, FONT, 8.5, w - 2 * m)):
        c.drawString(m, y, part)
        y -= 11
    y -= 10
    c.setFont(FONT_BOLD, 10)
    c.drawString(m, y, "Шағымның мазмұны / Содержание жалобы")
    y -= 14
    c.setFont(FONT, 9.5)
    lines = wrap_words(d.text, FONT, 9.5, w - 2 * m)
    room = int((y - (m + 45 * MM)) // 12.5)
    if len(lines) > room:
        lines = lines[:max(1, room - 1)] + ["… (толық мәтін тіркелген шағымда / полный текст "
                                            "в зарегистрированной жалобе)"]
    for part in lines:
        c.drawString(m, y, part)
        y -= 12.5
    # signature and the stamp's place at the foot of the page
    base = m + 30 * MM
    c.setFont(FONT, 9)
    c.drawString(m, base + 10 * MM, "Шағымды қабылдаған адамның қолы / Подпись принявшего жалобу:")
    c.line(m, base, m + 80 * MM, base)
    c.setFont(FONT, 8)
    c.drawString(m, base - 10, d.taken_by)
    sx, sw = w - m - 45 * MM, 45 * MM
    c.setDash(3, 2)
    c.circle(sx + sw / 2, base + 5 * MM, 20 * MM)
    c.setDash()
    c.setFont(FONT, 8)
    c.drawCentredString(sx + sw / 2, base + 6 * MM, "М.О. / М.П.")
    c.drawCentredString(sx + sw / 2, base + 2 * MM, "(мөртаңба / штамп)")
    c.showPage()
    c.save()
    return buf.getvalue()
