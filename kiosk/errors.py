"""Errors the core raises for bad input, with their text in Kazakh, Russian and English.

The core never shows anything; it raises :class:`InputError` naming the field and a
message code, and the screen or the command line says it in the user's language.
"""

from __future__ import annotations

import unicodedata
from typing import Any

LANGS = ("kk", "ru", "en")

from kiosk.messages.courier import COURIER
from kiosk.messages.home_visits import HOME_VISITS
from kiosk.messages.intake import INTAKE
from kiosk.messages.names import FIELD_NAMES, SECTION_NAMES, STATUS_NAMES
from kiosk.messages.office import OFFICE
from kiosk.messages.safety import SAFETY

MESSAGES: dict[str, dict[str, str]] = {}
for _table in (OFFICE, INTAKE, COURIER, HOME_VISITS, SAFETY):
    _twice = MESSAGES.keys() & _table.keys()
    assert not _twice, f"message codes defined twice: {sorted(_twice)}"
    MESSAGES.update(_table)

__all__ = ["LANGS", "MESSAGES", "SECTION_NAMES", "STATUS_NAMES", "FIELD_NAMES", "field_label",
           "message", "InputError"]


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
        status = params.get("status")
        if isinstance(status, str) and status in STATUS_NAMES:
            params["status"] = STATUS_NAMES[status].get(lang, status)
        section = params.get("section")
        if isinstance(section, str) and section in SECTION_NAMES:
            params["section"] = SECTION_NAMES[section].get(lang, section)
        body = message(self.code, lang, **params)
        return body

    def __str__(self) -> str:  # "applicant.iin: IIN must have 12 digits, not 11"
        return f"{self.field}: {self.text('en')}" if self.field else self.text("en")
