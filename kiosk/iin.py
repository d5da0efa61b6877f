"""Individual identification number (ЖСН / ИИН) of the Republic of Kazakhstan.

Layout: YYMMDD (birth date), one digit for century and sex, four digits of a serial
number, one check digit.  The check digit is the weighted sum of the first eleven digits
modulo 11 with weights 1..11; when that gives 10 a second pass with weights 3..11,1,2 is
made, and a second 10 means the number is invalid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.errors import InputError

__all__ = ["IINError", "IINInfo", "validate_iin", "iin_check_digit", "mask_iin"]

_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# digit 7: (century base, sex)
_CENTURY = {1: (1800, "male"), 2: (1800, "female"), 3: (1900, "male"),
            4: (1900, "female"), 5: (2000, "male"), 6: (2000, "female")}


class IINError(InputError):
    """An IIN that is not valid; ``reason`` says why, ``text(lang)`` says it to a person."""

    def __init__(self, reason: str, field: str = "iin", **params: object) -> None:
        super().__init__(field, f"iin.{reason}", **params)
        self.reason = reason


@dataclass(frozen=True)
class IINInfo:
    iin: str
    birth_date: dt.date
    sex: str  # "male" | "female"


def iin_check_digit(first11: str) -> int | None:
    """The check digit for eleven digits, or None when no valid one exists."""
    digits = [int(c) for c in first11]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS_1)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, _WEIGHTS_2)) % 11
        if total == 10:
            return None
    return total


def validate_iin(text: str) -> IINInfo:
    """Parse and check an IIN; raise :class:`IINError` with a clear message if it is wrong."""
    value = (text or "").strip().replace(" ", "")
    if not value:
        raise IINError("empty")
    if not value.isascii() or not value.isdigit():
        raise IINError("not_digits")
    if len(value) != 12:
        raise IINError("length", n=len(value))
    c = int(value[6])
    if c not in _CENTURY:
        raise IINError("century")
    base, sex = _CENTURY[c]
    try:
        birth = dt.date(base + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise IINError("date") from None
    check = iin_check_digit(value[:11])
    if check is None or check != int(value[11]):
        raise IINError("checksum")
    from kiosk.clock import today
    if birth > today():
        raise IINError("future", birth=birth.strftime("%d.%m.%Y"))
    return IINInfo(value, birth, sex)


def make_iin(birth: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN for a birth date, sex and serial (demo data and tests)."""
    century = {1800: 1, 1900: 3, 2000: 5}[birth.year // 100 * 100]
    digit7 = century + (1 if sex == "female" else 0)
    first11 = f"{birth:%y%m%d}{digit7}{serial % 10000:04d}"
    check = iin_check_digit(first11)
    return None if check is None else first11 + str(check)


def mask_iin(iin: str) -> str:
    """Partly masked IIN for registers: the birth date part and the last two digits."""
    if len(iin) != 12:
        return iin
    return iin[:6] + "****" + iin[10:]
