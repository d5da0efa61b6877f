"""The paper of S2's result (seed 002 l.37-39): «Кезекке қою туралы хабарлама» with the
queue number (free form) or «Мектепке дейінгі ұйымға жолдама» (Appendix 1 to the standard),
drawn up electronically and printed for the seal and the signature of the provider's
authorised person.  A4, one page, Kazakh with Russian under it; invariant PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from kiosk.dates import shown_date
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts
from kiosk.documents.layout import PaperCanvas, wrap_words

__all__ = ["ResultPaper", "render_result"]

MM = 72.0 / 25.4


@dataclass(frozen=True)
class ResultPaper:
    kind: str                    # queue_notification | referral
    number: str
    office_kk: str
    office_ru: str
    address_kk: str
    address_ru: str
    phone: str
    applicant: str
    applicant_address: str
    child: str
    queue_number: int | None
    organisation: str
    group: str
    accepted_at: str
    recorded_at: str


def render_result(d: ResultPaper) -> bytes:
    register_fonts()
    w, h = A4
    m = 20 * MM
    tw = w - 2 * m
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=A4, invariant=1, pageCompression=1)  # training mark
    referral = d.kind == "referral"
    title_kk = ("Мектепке дейінгі ұйымға жолдама" if referral
                else "Мектепке дейінгі ұйымға кезекке қою туралы хабарлама")
    title_ru = ("Направление в дошкольную организацию" if referral
                else "Уведомление о постановке в очередь в дошкольную организацию")
    c.setTitle(f"{title_kk} / {title_ru} · {d.number}")
    c.setAuthor("Qabyldau")
    y = h - m
    c.setFont(FONT, 9)
    for line in (d.office_kk, d.office_ru, f"{d.address_kk} / {d.address_ru} · тел. {d.phone}"):
        for part in wrap_words(line, FONT, 9, tw):
            c.drawString(m, y, part)
            y -= 12
    if referral:
        c.setFont(FONT, 8)
        c.drawRightString(w - m, y - 4, "Стандартқа 1-қосымша / Приложение 1 к стандарту")
        y -= 12
    y -= 22
    c.setFont(FONT_BOLD, 14)
    for part in wrap_words(title_kk, FONT_BOLD, 14, tw):
        c.drawCentredString(w / 2, y, part)
        y -= 17
    c.setFont(FONT, 11)
    for part in wrap_words(title_ru, FONT, 11, tw):
        c.drawCentredString(w / 2, y, part)
        y -= 14
    y -= 18
    rows = [("Өтініш нөмірі / Номер заявления", d.number),
            ("Өтініштің қабылданған күні / Дата приёма заявления", shown_date(d.accepted_at)),
            ("Ата-анасы (заңды өкілі) / Родитель (законный представитель)", d.applicant),
            ("Мекенжайы / Адрес", d.applicant_address or "—"),
            ("Баланың Т.А.Ә. / Ф.И.О. ребёнка", d.child)]
    if referral:
        rows.append(("Мектепке дейінгі ұйым / Дошкольная организация", d.organisation))
        if d.group:
            rows.append(("Топ / Группа", d.group))
    else:
        rows.append(("Кезектілік нөмірі / Номер очерёдности", str(d.queue_number)))
    label_w = 70 * MM
    for label, value in rows:
        c.setFont(FONT, 9.5)
        ly = y
        for part in wrap_words(label, FONT, 9.5, label_w - 4 * MM):
            c.drawString(m, ly, part)
            ly -= 12
        vy = y
        c.setFont(FONT_BOLD, 11 if value != str(d.queue_number) else 16)
        for part in wrap_words(value, FONT_BOLD, 11, tw - label_w):
            c.drawString(m + label_w, vy, part)
            vy -= 14
        y = min(ly, vy) - 8
    y -= 8
    c.setFont(FONT, 9)
    if referral:
        text_kk = ("Бала осы жолдама бойынша көрсетілген мектепке дейінгі ұйымға қабылданады.")
        text_ru = ("Ребёнок принимается в указанную дошкольную организацию по настоящему "
                   "направлению.")
    else:
        text_kk = ("Бала мектепке дейінгі ұйымға орын алу кезегіне қойылды. Кезектілік нөмірі "
                   "жоғарыда көрсетілген.")
        text_ru = ("Ребёнок поставлен в очередь на получение места в дошкольной организации. "
                   "Номер очерёдности указан выше.")
    for part in wrap_words(text_kk, FONT, 9, tw) + wrap_words(text_ru, FONT, 9, tw):
        c.drawString(m, y, part)
        y -= 12
    y -= 4
    for part in wrap_words(f"Ресімделген күні / Дата оформления: {shown_date(d.recorded_at)}",
                      FONT, 9, tw):
        c.drawString(m, y, part)
        y -= 12
    base = max(m + 40 * MM, y - 30 * MM)
    c.setFont(FONT, 9)
    ly = base + 14 * MM
    for part in wrap_words("Көрсетілетін қызметті берушінің уәкілетті адамы / Уполномоченное лицо "
                      "услугодателя:", FONT, 9, tw - 50 * MM):
        c.drawString(m, ly, part)
        ly -= 11
    c.line(m, base, m + 85 * MM, base)
    c.setFont(FONT, 7.5)
    c.drawString(m, base - 9, "Т.А.Ә., қолы / Ф.И.О., подпись")
    cx = w - m - 25 * MM
    c.setDash(3, 2)
    c.circle(cx, base + 5 * MM, 20 * MM)
    c.setDash()
    c.setFont(FONT, 8)
    c.drawCentredString(cx, base + 6 * MM, "М.О. / М.П.")
    c.drawCentredString(cx, base + 2 * MM, "(мөрі / печать)")
    c.setFont(FONT, 7.5)
    c.drawString(m, m, "Бірыңғай байланыс орталығы / Единый контакт-центр: 1414, 8-800-080-7777")
    c.showPage()
    c.save()
    return buf.getvalue()
