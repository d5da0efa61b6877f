"""What a receipt says, block by block: header, title, parties, the statement of documents
received, the documents table, what is missing (refusal), result, signatures.  Builds a list
of measured layout blocks for one paper format; kiosk.documents.receipt draws them."""

from __future__ import annotations

from typing import Any

from kiosk.dates import shown_date
from kiosk.documents.barcode_draw import total_modules
from kiosk.documents.blocks import BlockBuilder
from kiosk.documents.fonts import FONT, FONT_BOLD
from kiosk.documents.layout import (MM, NBSP, BarcodeBlock, Block, Box, Line, Row, Rule, Seg,
                                    Space, Stack, TextBlock, text_width)
from kiosk.documents.model import Bilingual, ReceiptData, ReceiptLine
from kiosk.documents.paper import Fmt

__all__ = ["ReceiptBuilder", "help_segs"]

# The marks are text (DejaVu Sans has the glyphs): text extraction and screen readers see them.
MARK_YES = "☑"
MARK_NO = "☐"
MARK_NA = "—"

T_FROM_IS = Bilingual("ақпараттық жүйеден", "из информационной системы")
T_EXEMPT = Bilingual("талап етілмейді", "не требуется")
T_NOT_GIVEN = Bilingual("ұсынылмады", "не представлен")
T_ORIGINAL = Bilingual("түпнұсқа", "оригинал")
T_COPY = Bilingual("көшірме", "копия")
# at a village akimat: the original shown for identification, a copy given (seed 002 l.27)
T_SHOWN = Bilingual("түпнұсқа көрсетілді, көшірме", "оригинал предъявлен, копия")


class ReceiptBuilder(BlockBuilder):
    def __init__(self, data: ReceiptData, f: Fmt) -> None:
        super().__init__(f)
        self.d = data

    def barcode(self, width: float, align: str) -> BarcodeBlock:
        f = self.f
        bar_w = min(width, total_modules(self.d.number) * f.module)
        return BarcodeBlock(self.d.number, width, bar_w, f.bar_h, f.body, align)

    # sections -------------------------------------------------------------------------------

    def header(self) -> None:
        d, f = self.d, self.f
        align = "left" if f.columns else "center"
        office = self.lines(d.office_name.kk, size=f.ru, bold=True, align=align)
        office += self.lines(d.office_name.ru, size=f.ru, align=align)
        phone = f" · тел. {d.office_phone}" if d.office_phone else ""
        both = f"{d.office_address.kk} / {d.office_address.ru}{phone}"
        if f.columns and text_width(both, FONT, f.small) <= self.w:
            office += self.lines(both, size=f.small, align=align)
        else:
            office += self.lines(d.office_address.kk, size=f.small, align=align)
            office += self.lines(d.office_address.ru + phone, size=f.small, align=align)
        self.add(TextBlock(office), Rule(self.w, 0.8 if f.columns else 0.6,
                                      before=1.2 * MM, after=2 * MM))

    def addressee(self) -> None:
        """Appendix 1 (seed 000 l.55-57): the applicant's surname, name, patronymic and address
        stand before the title, at the right as on the form."""
        d, f = self.d, self.f
        width = self.w * (0.62 if f.columns else 1.0)
        x = self.w - width
        align = "right" if f.columns else "left"
        name = self.lines(d.applicant_name, width, bold=True, align=align)
        if d.applicant_address:
            name += self.lines(d.applicant_address, width, size=f.small, align=align)
        name += self.lines("(Т.А.Ә., көрсетілетін қызметті алушының мекенжайы / Ф.И.О., адрес "
                           "услугополучателя)", width, size=f.tiny, gray=f.label_gray,
                           align=align)
        if f.columns:
            self.add(Row([(x, TextBlock(name))], self.w), Space(1.5 * MM))
        else:
            self.add(TextBlock(name, 0, 1.2 * MM))

    def title(self) -> None:
        d, f = self.d, self.f
        n = d.number
        if f.columns:
            bc = self.barcode(min(self.w * 0.45, total_modules(n) * f.module), "right")
            width = self.w - bc.bar_w - 6 * MM
            align = "left"
        else:
            bc = None
            width = self.w
            align = "center"
        if d.refused:   # the form's title (seed 002 l.31, Appendix 3)
            t = self.lines("Құжаттарды қабылдаудан бас тарту туралы қолхат", width,
                           size=f.title, bold=True, align=align)
            t += self.lines("Расписка об отказе в приёме документов", width,
                            size=f.title - 2, bold=True, align=align)
            t += self.lines(f"№ {n}", width, size=f.title, bold=True, align=align)
        elif text_width(f"Расписка № {n}", FONT_BOLD, f.title) <= width:
            t = self.lines(f"Қолхат № {n}", width, size=f.title, bold=True, align=align)
            t += self.lines(f"Расписка № {n}", width, size=f.title, bold=True, align=align)
        else:
            t = self.lines("Қолхат / Расписка", width, size=f.title, bold=True, align=align)
            t += self.lines(f"№ {n}", width, size=f.title, bold=True, align=align)
        if not d.refused:
            t += self.lines("құжаттарды қабылдау туралы / о приёме документов", width,
                            size=f.ru, align=align)
        # Appendix 1 (seed 000 l.93): «Өтініштің қабылданған күні»; a refused applicant
        # applied, nothing was accepted: "Жүгінген күні / Дата обращения"
        date_label = ("Жүгінген күні / Дата обращения:" if d.refused else
                      "Өтініштің қабылданған күні / Дата приёма заявления:")
        t += self.lines([self.seg(date_label, f.small, gray=f.label_gray),
                         self.seg(shown_date(d.accepted_at).replace(" ", NBSP), f.body, bold=True)],
                        width, align=align)
        after = 2 * MM
        if bc is not None:
            self.add(Row([(0, TextBlock(t)), (self.w - bc.bar_w, bc)], self.w), Space(after))
        else:
            self.add(TextBlock(t, 0, after))

    def parties(self) -> None:
        d, f = self.d, self.f
        label = Bilingual("Көрсетілетін мемлекеттік қызмет", "Государственная услуга")
        code = f" · тізілім коды / код в реестре: {d.service_code}" if d.service_code else ""
        # the 80 mm roll carries the long texts in Kazakh, the form's language (Appendix 1),
        # and keeps the labels in both languages; A4 carries Russian under every text
        name = self.bi(d.service_name) if f.columns else self.lines(d.service_name.kk)
        self.add(TextBlock(self.lines([self.seg(f"{label.kk} / {label.ru}{code}", f.small,
                                            gray=f.label_gray)]) + name, 0, 0.8 * MM))
        basis = self.lines([self.seg("Құқықтық негізі / Правовое основание:", f.tiny,
                                     bold=True), self.seg(d.legal_basis.kk, f.tiny)])
        if f.columns:
            basis += self.lines(d.legal_basis.ru, size=f.tiny)
        if d.repealed_acts is not None:   # shown so, never as if in force (seed 004 l.5-9)
            basis += self.lines([self.seg("Күші жойылған / Утратил силу:", f.tiny, bold=True),
                                 self.seg(d.repealed_acts.kk, f.tiny)])
            if f.columns:
                basis += self.lines(d.repealed_acts.ru, size=f.tiny)
        self.add(TextBlock(basis, 0, 0.5 * MM))
        self.add(Rule(self.w, 0.3, 0.6, before=0.8 * MM, after=0.8 * MM))
        self.short_fields([(Bilingual("ЖСН", "ИИН"), d.applicant_iin),
                           (Bilingual("Телефон", "Телефон"), d.applicant_phone)])
        if d.representative_name:
            self.field(Bilingual("Өкіл", "Представитель"),
                       self.lines(d.representative_name, self.value_w, bold=True))
            self.short_fields([(Bilingual("Өкілдің телефоны", "Телефон представителя"),
                                d.representative_phone or "")])
            if d.representative_poa:
                self.field(Bilingual("Сенімхат", "Доверенность"),
                           self.lines(d.representative_poa, self.value_w))

    def _from_whom(self) -> tuple[str, Bilingual]:
        d = self.d
        if d.representative_name:
            return d.representative_name, Bilingual("көрсетілетін қызметті алушының өкілі",
                                                    "представитель услугополучателя")
        return d.applicant_name, Bilingual("көрсетілетін қызметті алушы", "услугополучатель")

    def statement(self) -> None:
        d, f = self.d, self.f
        name, role = self._from_whom()
        before = 2 * MM
        if d.refused:
            self.add(self.para(
                "Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызмет стандартының "
                "9-тармағына сәйкес құжаттар топтамасын толық ұсынбағандықтан, құжаттарды "
                "қабылдаудан бас тартылады.", size=f.body, before=before, after=0.5 * MM))
            if f.columns:
                self.add(self.para(
                    "В связи с представлением услугополучателем неполного пакета документов "
                    "согласно пункту 9 стандарта государственной услуги в приёме документов "
                    "отказано.", size=f.ru))
            self.missing()
            self.add(self.para([self.seg(name, f.body, bold=True),
                                self.seg(f"({role.kk} / {role.ru}) ұсынған құжаттар / "
                                         "представленные документы:", f.body)],
                               before=3 * MM, after=1.2 * MM))
            return
        self.add(self.para([self.seg(name, f.body, bold=True),
                            self.seg(f"({role.kk}) көрсетілетін қызметті беруші мынадай "
                                     "құжаттарды алды (алынғандары белгіленген):", f.body)],
                           before=before, after=0.4 * MM))
        if f.columns:
            self.add(self.para([self.seg("От", f.ru), self.seg(name, f.ru, bold=True),
                                self.seg(f"({role.ru}) услугодатель получил следующие "
                                         "документы (полученные отмечены):", f.ru)],
                               after=1.5 * MM))
        else:
            self.add(Space(1.1 * MM))

    @staticmethod
    def _mark(ln: ReceiptLine) -> str:
        if ln.exempt and not ln.received:
            return MARK_NA
        return MARK_YES if ln.received else MARK_NO

    @staticmethod
    def _status(ln: ReceiptLine) -> list[Bilingual]:
        if ln.from_information_system:
            return [T_FROM_IS]
        if ln.exempt and not ln.received:
            return [T_EXEMPT]
        if not ln.received:
            return [T_NOT_GIVEN]
        return []

    @staticmethod
    def _paper(ln: ReceiptLine) -> Bilingual | None:
        if not ln.received or ln.from_information_system:
            return None
        if ln.originals_shown:
            return T_SHOWN
        return T_ORIGINAL if ln.original else T_COPY

    def _name_cell(self, ln: ReceiptLine, width: float, extra: str = "") -> list[Line]:
        f = self.f
        if f.columns:
            out = self.bi(ln.name, width, size=f.body, ru_size=f.ru)
        status = [f"{st.kk} / {st.ru}" for st in self._status(ln)]
        if f.columns:
            for st_text in status:
                out += self.lines(st_text, width, size=f.small, bold=True)
            if extra:
                out += self.lines(extra, width, size=f.small)
        else:
            # the roll: the name, then what was received on the same flow of text
            segs = [self.seg(ln.name.kk, f.small)]
            if status:
                segs.append(self.seg("— " + " · ".join(status), f.tiny, bold=True))
            if extra:
                segs.append(self.seg("— " + extra, f.tiny))
            out = self.lines(segs, width)
        if ln.note:
            out += self.lines([self.seg("Ескерту / Примечание:", f.small, bold=True),
                               self.seg(ln.note.kk, f.small)], width)
            if f.columns:
                out += self.lines(ln.note.ru, width, size=f.small)
        return out

    def documents(self) -> None:
        d, f = self.d, self.f
        rows: list[Block] = []
        # a refusal lists what was presented (and what the information systems give); what is
        # missing stands in its own box above
        shown = [ln for ln in d.lines if ln.received or not d.refused]
        if f.columns:
            widest = max((text_width(f"{ln.index}.", FONT, f.body) for ln in shown), default=0.0)
            c_no = max(6 * MM, widest + 1.8 * MM)
            c_mark, c_form, c_pages, gap = 6 * MM, 17 * MM, 10 * MM, 2.5 * MM
            x_name = c_no + c_mark + gap
            x_pages = self.w - c_pages
            x_form = x_pages - gap - c_form
            name_w = x_form - gap - x_name
            lab: dict[str, Any] = {"size": f.tiny, "gray": f.label_gray}
            head = Row([
                (0, self.para("№", c_no, **lab)),
                (x_name, TextBlock(self.lines("Құжаттың атауы", name_w, **lab)
                               + self.lines("Наименование документа", name_w, **lab))),
                (x_form, TextBlock(self.lines("Түпнұсқа / көшірме", c_form, **lab)
                               + self.lines("Оригинал / копия", c_form, **lab))),
                (x_pages, TextBlock(self.lines("Парақ", c_pages, **lab)
                                + self.lines("Листов", c_pages, **lab))),
            ], self.w, pad=0.8 * MM, rule=0.6, rule_gray=0.0)
            header = Stack([Rule(self.w, 0.6), head])
            for ln in shown:
                paper = self._paper(ln)
                cells: list[tuple[float, Block]] = [
                    (0, self.para(f"{ln.index}.", c_no, size=f.body)),
                    (c_no, self.para(self._mark(ln), c_mark, size=f.mark)),
                    (x_name, TextBlock(self._name_cell(ln, name_w))),
                ]
                if paper:
                    cells.append((x_form, TextBlock(self.lines(paper.kk, c_form, size=f.small)
                                                + self.lines(paper.ru, c_form, size=f.small))))
                if ln.pages is not None:
                    cells.append((x_pages, self.para(str(ln.pages), c_pages, size=f.body)))
                row = Row(cells, self.w, pad=0.6 * MM + 0.2 * MM * (f.body >= 10),
                           rule=0.3, rule_gray=0.55)
                row.cont_header = header
                rows.append(row)
            self.add(Stack([header] + rows[:1]), *rows[1:])
        else:
            widest = max((text_width(f"{ln.index}.", FONT, f.body) for ln in shown), default=0.0)
            c_no, c_mark = max(4.5 * MM, widest + 1.2 * MM), 4.5 * MM
            x_name = c_no + c_mark
            name_w = self.w - x_name
            for ln in shown:
                paper = self._paper(ln)
                bits = []
                if paper:
                    bits.append(f"{paper.kk} / {paper.ru}")
                if ln.pages:
                    bits.append(f"{ln.pages} п. / л.")
                rows.append(Row([
                    (0, self.para(f"{ln.index}.", c_no, size=f.body)),
                    (c_no, self.para(self._mark(ln), c_mark, size=f.mark)),
                    (x_name, TextBlock(self._name_cell(ln, name_w, " · ".join(bits)))),
                ], self.w, pad=0.8 * MM, rule=0.3, rule_gray=0.0))
            self.add(Rule(self.w, 0.5), *rows)

    def count(self) -> None:
        d, f = self.d, self.f
        label = (Bilingual("Ұсынылған құжаттар саны", "Представлено документов") if d.refused
                 else Bilingual("Қабылданған құжаттар саны", "Принято документов"))
        self.add(self.para([self.seg(f"{label.kk} / {label.ru}:", f.body),
                            self.seg(str(d.received_count), f.body, bold=True)],
                           before=1.8 * MM, after=0.3 * MM))
        from_is = sum(1 for ln in d.lines if ln.from_information_system and ln.received)
        if from_is:
            self.add(self.para(
                f"Ақпараттық жүйелерден алынды / Получено из информационных систем: {from_is}",
                size=f.small))

    def missing(self) -> None:
        d, f = self.d, self.f
        pad = 2.5 * MM if f.columns else 1.8 * MM
        inner_w = self.w - 2 * pad
        blocks: list[Block] = [
            self.para("Жоқ құжаттардың атауы / Наименование отсутствующих документов:",
                      inner_w, size=f.body, bold=True, after=1.0 * MM)]
        num_w = 6 * MM if f.columns else 4.5 * MM
        for i, b in enumerate(d.missing, start=1):
            blocks.append(Row([(0, self.para(f"{i})", num_w, size=f.body, bold=True)),
                                (num_w, TextBlock(
                                    self.bi(b, inner_w - num_w) if f.columns else
                                    self.lines(b.kk, inner_w - num_w, size=f.body)))],
                               inner_w, pad=0.6 * MM))
        if not d.missing:
            blocks.append(self.para("—", inner_w))
        blocks.append(self.para(
            [self.seg("Бас тарту негізі / Основание отказа:", f.small, bold=True),
             self.seg("құжаттар топтамасы толық емес (стандарттың 9-тармағы) / неполный пакет "
                      "документов (пункт 9 стандарта)", f.small)], inner_w, before=1.2 * MM))
        self.add(Space(2.5 * MM), Box(blocks, self.w, pad))

    CONSENT = {"written": Bilingual("жазбаша", "письменно"),
               "eds": Bilingual("ЭЦҚ-мен расталған", "подтверждено ЭЦП"),
               "sms": Bilingual("ұялы байланыс құрылғысы арқылы (SMS)",
                                "через абонентское устройство сотовой связи (SMS)")}

    def consent(self) -> None:
        """Seed 003 l.143: the applicant's consent to the use of legally protected data held
        in information systems -- written, by EDS or by SMS -- was obtained."""
        d, f = self.d, self.f
        how = self.CONSENT.get(d.consent_method or "")
        if how is None:
            return
        ru = (f" / согласие на использование сведений из информационных систем получено "
              f"({how.ru})") if f.columns else ""
        self.add(self.para(
            [self.seg("Келісім / Согласие:", f.small, bold=True),
             self.seg(f"ақпараттық жүйелердегі мәліметтерді пайдалануға келісім берілді "
                      f"({how.kk}){ru}", f.small)], before=0.8 * MM))

    def notes(self) -> None:
        d, f = self.d, self.f
        for note in d.notes:
            self.add(TextBlock(self.lines([self.seg("Ескерту / Примечание:", f.small, bold=True),
                                       self.seg(note.kk, f.small)])
                           + self.lines(note.ru, size=f.small), 1.2 * MM, 0))
        if d.refused:
            self.add(self.para("Осы қолхат әр тарапқа бір-бірден 2 данада жасалды. / Настоящая "
                               "расписка составлена в двух экземплярах, по одному для каждой "
                               "стороны.", size=f.small, before=2 * MM))

    def result(self) -> None:
        d = self.d
        if d.result_issue is None or d.refused:
            return
        label = Bilingual("Нәтижені беру күні, уақыты және орны",
                          "Дата, время и место выдачи результата")
        self.add(TextBlock(self.label(label) + self.bi(d.result_issue, bold=True), 1.5 * MM, 0,
                       keep=True))

    def _sign(self, width: float, who: Bilingual, name: str, caption: Bilingual,
              extra: str) -> Stack:
        """Who signs, room to sign with "signature" at its right end, the line, the name
        under it, then a phone or a date."""
        f = self.f
        cap = self.para(f"{caption.kk} / {caption.ru}", width, size=f.tiny, align="right")
        parts: list[Block] = [TextBlock(self.label(who, width)),
                               Space(max(0.0, 6.5 * MM - cap.height)), cap,
                               Rule(width, 0.5, before=0.3 * MM),
                               self.para(name or " ", width, size=f.body, bold=True,
                                         before=0.6 * MM)]
        parts.append(self.para(extra, width, size=f.small, before=0.3 * MM))
        return Stack(parts)

    def signatures(self) -> None:
        d, f = self.d, self.f
        if d.refused:
            emp_who = Bilingual("Бас тартқан қызметкер", "Сотрудник, отказавший в приёме")
        else:
            emp_who = Bilingual("Құжатты қабылдаған жауапты адам",
                                "Ответственное лицо, принявшее документы")
        emp_extra = f"Телефон: {d.office_phone}" if d.office_phone else " "
        name, _ = self._from_whom()
        got_who = Bilingual("Қабылдадым: Т.А.Ә. / көрсетілетін қызметті алушының қолы",
                            "Получил(а): Ф.И.О. / подпись услугополучателя")
        got_caption = Bilingual("қолы", "подпись")
        got_extra = f"Күні / Дата: {shown_date(d.accepted_at).split(' ')[0]}"
        emp_caption = got_caption
        if f.columns:
            col = (self.w - 10 * MM) / 2
            self.add(Space(2.5 * MM), Row([
                (0, self._sign(col, emp_who, d.employee, emp_caption, emp_extra)),
                (col + 10 * MM, self._sign(col, got_who, name, got_caption, got_extra)),
            ], self.w))
        else:
            self.add(Space(1.5 * MM),
                     self._sign(self.w, emp_who, d.employee, emp_caption, emp_extra),
                     Space(1.2 * MM),
                     self._sign(self.w, got_who, name, got_caption, got_extra))

    def closing(self) -> None:
        d, f = self.d, self.f
        if f.columns:
            return  # A4: the help lines and the catalogue version are in every page's footer
        self.add(Stack([
            Rule(self.w, 0.3, 0.5, before=2.5 * MM, after=1.2 * MM),
            self.para(help_segs(d, f.small)),
            self.para(f"Қызметтер каталогының нұсқасы / Версия каталога услуг: "
                      f"{d.catalogue_version}", size=f.tiny, before=0.8 * MM),
            Space(3 * MM),
            self.barcode(self.w, "center"),
        ]))

    def build(self) -> list[Block]:
        self.header()
        self.addressee()
        self.title()
        self.parties()
        self.statement()
        self.documents()
        self.count()
        self.consent()
        self.notes()
        self.result()
        self.signatures()
        self.closing()
        return self.blocks


def help_segs(d: ReceiptData, size: float) -> list[Seg]:
    return [("Бірыңғай байланыс орталығы / Единый контакт-центр:", FONT, size, 0.0),
            (", ".join(d.help_lines), FONT_BOLD, size, 0.0),
            ("(қоңырау тегін / звонок бесплатный)", FONT, size, 0.0)]
