"""Errors the core raises for bad input, with their text in Kazakh, Russian and English.

The core never shows anything; it raises :class:`InputError` naming the field and a
message code, and the screen or the command line says it in the user's language.
"""

from __future__ import annotations

import unicodedata
from typing import Any

LANGS = ("kk", "ru", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "iin.empty": {"kk": "ЖСН толтырылмаған: 12 цифрды енгізіңіз",
                  "ru": "ИИН не заполнен: введите 12 цифр",
                  "en": "IIN is empty: enter the 12 digits"},
    "iin.not_digits": {"kk": "ЖСН тек цифрлардан тұруы керек",
                       "ru": "ИИН должен состоять только из цифр",
                       "en": "IIN must contain digits only"},
    "iin.length": {"kk": "ЖСН 12 цифрдан тұруы керек, енгізілгені: {n}",
                   "ru": "ИИН должен содержать 12 цифр, введено: {n}",
                   "en": "IIN must have 12 digits, not {n}"},
    "iin.century": {"kk": "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек",
                    "ru": "7-я цифра ИИН (век и пол) должна быть от 1 до 6",
                    "en": "IIN digit 7 (century and sex) must be 1 to 6"},
    "iin.date": {"kk": "ЖСН-нің алғашқы 6 цифры нақты туған күн емес",
                 "ru": "Первые 6 цифр ИИН не являются реальной датой рождения",
                 "en": "IIN digits 1-6 are not a real birth date"},
    "iin.checksum": {"kk": "ЖСН-нің бақылау цифры сәйкес келмейді: бір цифр қате терілген",
                     "ru": "Контрольная цифра ИИН не совпадает: одна из цифр введена с ошибкой",
                     "en": "IIN check digit does not match: a digit is mistyped"},
    "name.empty": {"kk": "{field} толтырылмаған", "ru": "Поле «{field}» не заполнено",
                   "en": "{field} is empty"},
    "name.too_long": {"kk": "{field} тым ұзын (ең көбі {max} таңба)",
                      "ru": "Поле «{field}» слишком длинное (не более {max} символов)",
                      "en": "{field} is too long (at most {max} characters)"},
    "name.chars": {"kk": "{field} тек әріптерден, дефис, апостроф және бос орыннан тұруы мүмкін",
                   "ru": "Поле «{field}» может содержать только буквы, дефис, апостроф и пробел",
                   "en": "{field} may contain only letters, hyphens, apostrophes and spaces"},
    "name.mixed": {"kk": "{field} бір әліпбимен жазылуы керек (кириллица немесе латын)",
                   "ru": "Поле «{field}» должно быть написано одним алфавитом (кириллица или латиница)",
                   "en": "{field} must be written in one alphabet (Cyrillic or Latin)"},
    "phone.invalid": {"kk": "Телефон +7 және 10 цифр түрінде болуы керек, мысалы +7 701 234 56 78",
                      "ru": "Телефон должен быть в виде +7 и 10 цифр, например +7 701 234 56 78",
                      "en": "Phone must be +7 and ten digits, e.g. +7 701 234 56 78"},
    "address.empty": {"kk": "Мекенжай толтырылмаған", "ru": "Адрес не заполнен",
                      "en": "Address is empty"},
    "address.too_long": {"kk": "Мекенжай тым ұзын (ең көбі {max} таңба)",
                         "ru": "Адрес слишком длинный (не более {max} символов)",
                         "en": "Address is too long (at most {max} characters)"},
    "text.control": {"kk": "{field} рұқсат етілмеген таңбалар бар",
                     "ru": "Поле «{field}» содержит недопустимые символы",
                     "en": "{field} contains characters that are not allowed"},
    "poa.empty": {"kk": "Сенімхаттың нөмірі мен күні толтырылмаған",
                  "ru": "Не заполнены номер и дата доверенности",
                  "en": "Power of attorney number and date are empty"},
    "consent.missing": {"kk": "Дербес деректерді пайдалануға келісім алынбаған",
                        "ru": "Не получено согласие на использование персональных данных",
                        "en": "Consent to use personal data has not been given"},
    "service.unknown": {"kk": "Мұндай қызмет жоқ: {service}", "ru": "Нет такой услуги: {service}",
                        "en": "Unknown service: {service}"},
    "service.repealed": {"kk": "Бұл қызметтің регламенті күшін жойған: құжаттар қабылданбайды",
                         "ru": "Регламент этой услуги утратил силу: документы не принимаются",
                         "en": "This service's regulation is repealed: documents are not accepted"},
    "service.information_only": {
        "kk": "Бұл қызмет тек порталда көрсетіледі: кеңсе тек ақпарат береді",
        "ru": "Эта услуга оказывается только через портал: офис лишь информирует",
        "en": "This service is filed online only: the office can only inform about it"},
    "service.no_documents": {
        "kk": "Бұл қызметтің құжаттар тізбесі әлі толтырылмаған: басшы оны баптауларда енгізуі керек",
        "ru": "Перечень документов этой услуги ещё не заполнен: руководитель должен внести его в настройках",
        "en": "This service's document list has not been filled in yet: a manager must enter it in settings"},
    "document.unknown": {"kk": "Қызметте мұндай құжат жоқ: {document}",
                         "ru": "В услуге нет такого документа: {document}",
                         "en": "The service has no document {document}"},
    "answer.unknown": {"kk": "Қызметте мұндай сұрақ жоқ: {answer}",
                       "ru": "В услуге нет такого вопроса: {answer}",
                       "en": "The service has no question {answer}"},
    "json.malformed": {"kk": "JSON файлы бүлінген: {detail}", "ru": "Файл JSON повреждён: {detail}",
                       "en": "Malformed JSON: {detail}"},
    "field.type": {"kk": "{field} өрісінің түрі қате", "ru": "Неверный тип поля «{field}»",
                   "en": "{field} has the wrong type"},
    "field.missing": {"kk": "{field} өрісі жоқ", "ru": "Нет поля «{field}»",
                      "en": "{field} is missing"},
    "ticket.unknown": {"kk": "Мұндай кезек талоны жоқ: {ticket}",
                       "ru": "Нет такого талона очереди: {ticket}",
                       "en": "There is no queue ticket {ticket}"},
    "pages.invalid": {"kk": "Беттер саны 1-ден 999-ға дейін болуы керек",
                      "ru": "Число страниц должно быть от 1 до 999",
                      "en": "Pages must be a number from 1 to 999"},
}

FIELD_NAMES: dict[str, dict[str, str]] = {
    "surname": {"kk": "Тегі", "ru": "Фамилия", "en": "Surname"},
    "name": {"kk": "Аты", "ru": "Имя", "en": "Name"},
    "patronymic": {"kk": "Әкесінің аты", "ru": "Отчество", "en": "Patronymic"},
    "iin": {"kk": "ЖСН", "ru": "ИИН", "en": "IIN"},
    "phone": {"kk": "Телефон", "ru": "Телефон", "en": "Phone"},
    "address": {"kk": "Мекенжай", "ru": "Адрес", "en": "Address"},
    "poa": {"kk": "Сенімхат", "ru": "Доверенность", "en": "Power of attorney"},
}


def field_label(field: str, lang: str = "en") -> str:
    leaf = field.rsplit(".", 1)[-1]
    names = FIELD_NAMES.get(leaf)
    return names.get(lang, names["en"]) if names else field


SHOWN_MAX = 60


def _shown(value: Any) -> Any:
    """A value echoed in a message: printable (no control characters or lone surrogates, which
    a terminal or a label cannot show) and short (not the 10,000 characters someone typed)."""
    if not isinstance(value, str):
        return value
    clean = "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")
                    else ch for ch in value)
    return clean if len(clean) <= SHOWN_MAX else clean[:SHOWN_MAX] + "…"


def message(code: str, lang: str = "en", **params: Any) -> str:
    table = MESSAGES.get(code)
    if table is None:
        return code
    text = table.get(lang) or table["en"]
    try:
        return text.format(**{k: _shown(v) for k, v in params.items()})
    except (KeyError, IndexError):
        return text


class InputError(ValueError):
    """Bad input from a person or a file: names the field and says what is wrong."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        params = dict(self.params)
        params.setdefault("field", field_label(self.field, lang))
        body = message(self.code, lang, **params)
        return body

    def __str__(self) -> str:  # "applicant.iin: IIN must have 12 digits, not 11"
        return f"{self.field}: {self.text('en')}" if self.field else self.text("en")
