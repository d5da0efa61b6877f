"""The applicant and the representative: who hands in a package, and the checks on them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Mapping

from kiosk.errors import InputError
from kiosk.iin import validate_iin

__all__ = ["Person", "clean_name", "clean_phone", "clean_address", "person_from_dict",
           "format_phone"]

NAME_MAX = 60
ADDRESS_MAX = 200
POA_MAX = 120
_NAME_SEPARATORS = set(" -'’ʼ")


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str
    iin: str
    phone: str
    address: str
    poa: str = ""  # power of attorney (representatives only): number and date

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _no_control(field: str, text: str) -> None:
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise InputError(field, "text.control")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("LATIN"):
        return "latin"
    return "other"


def clean_name(field: str, text: Any, *, required: bool = True) -> str:
    """A surname, name or patronymic: letters of one alphabet, hyphen, apostrophe, space."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError(field, "field.type")
    value = unicodedata.normalize("NFC", " ".join(text.split()))
    if not value:
        if required:
            raise InputError(field, "name.empty")
        return ""
    if len(value) > NAME_MAX:
        raise InputError(field, "name.too_long", max=NAME_MAX)
    _no_control(field, value)
    scripts = set()
    for ch in value:
        if ch in _NAME_SEPARATORS:
            continue
        if not ch.isalpha():
            raise InputError(field, "name.chars")
        scripts.add(_script(ch))
    if "other" in scripts or not scripts:
        raise InputError(field, "name.chars")
    if len(scripts) > 1:
        raise InputError(field, "name.mixed")
    return value


# +7, 8 or 7 and the ten digits; or the ten digits alone, which in Kazakhstan always begin
# with 7 (mobile 70x/74x/77x, city codes 7xx: 727 Almaty, 717 Astana)
_PHONE_RE = re.compile(r"^(?:(?:\+7|8|7)(\d{10})|(7\d{9}))$")


def clean_phone(field: str, text: Any) -> str:
    """A Kazakh phone number, stored as +7 and ten digits: "+7 701 234 56 78",
    "8 701 234 56 78", "87012345678", "77012345678" and "701 234 56 78" are the same number."""
    if not isinstance(text, str):
        raise InputError(field, "field.type")
    compact = re.sub(r"[\s()\-]", "", text)
    m = _PHONE_RE.match(compact)
    if not m or not compact.isascii():
        raise InputError(field, "phone.invalid")
    return "+7" + (m.group(1) or m.group(2))


def format_phone(phone: str) -> str:
    """+77012345678 -> +7 701 234 56 78"""
    if len(phone) == 12 and phone.startswith("+7"):
        d = phone[2:]
        return f"+7 {d[0:3]} {d[3:6]} {d[6:8]} {d[8:10]}"
    return phone


def clean_address(field: str, text: Any) -> str:
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError(field, "field.type")
    value = unicodedata.normalize("NFC", " ".join(text.split()))
    if not value:
        raise InputError(field, "address.empty")
    if len(value) > ADDRESS_MAX:
        raise InputError(field, "address.too_long", max=ADDRESS_MAX)
    _no_control(field, value)
    return value


def person_from_dict(data: Any, prefix: str, *, representative: bool = False) -> Person:
    """Check a person's fields (from a form or the accept JSON); raise InputError naming the field."""
    if not isinstance(data, Mapping):
        raise InputError(prefix, "field.type")
    iin_text = data.get("iin")
    if iin_text is None:
        iin_text = ""
    if not isinstance(iin_text, str):
        raise InputError(f"{prefix}.iin", "field.type")
    try:
        iin = validate_iin(iin_text).iin
    except InputError as exc:
        exc.field = f"{prefix}.iin"
        raise
    poa = ""
    if representative:
        poa_raw = data.get("poa") or ""
        if not isinstance(poa_raw, str):
            raise InputError(f"{prefix}.poa", "field.type")
        poa = " ".join(poa_raw.split())
        if not poa:
            raise InputError(f"{prefix}.poa", "poa.empty")
        if len(poa) > POA_MAX:
            raise InputError(f"{prefix}.poa", "name.too_long", max=POA_MAX)
        _no_control(f"{prefix}.poa", poa)
    return Person(
        surname=clean_name(f"{prefix}.surname", data.get("surname")),
        name=clean_name(f"{prefix}.name", data.get("name")),
        patronymic=clean_name(f"{prefix}.patronymic", data.get("patronymic"), required=False),
        iin=iin,
        phone=clean_phone(f"{prefix}.phone", data.get("phone") or ""),
        address=clean_address(f"{prefix}.address", data.get("address")),
        poa=poa,
    )
