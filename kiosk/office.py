"""The office profile: who this front office is, its hours, its stations and its habits.
An embedded demo office works out of the box; a manager edits the profile in settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kiosk.documents.model import Bilingual

__all__ = ["OfficeProfile", "DEMO_OFFICE", "office_from_dict"]


@dataclass(frozen=True)
class OfficeProfile:
    code: str                                  # short, A-Z and digits: part of receipt numbers
    station: str                               # this workstation's code, "01"
    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    phone: str
    open_time: str = "09:00"
    close_time: str = "18:00"
    accept_until: str = "17:30"                # documents accepted and results issued until
    lunch_start: str = "13:00"
    lunch_end: str = "14:00"
    paper: str = "a4"                          # a4 | 80mm
    idle_timeout_s: int = 90
    language: str = "kk"
    queue_any_category: bool = False           # desks may pick a category when calling next
    # where packages of courier services go: service id -> provider's office name
    destinations: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> Bilingual:
        return Bilingual(self.name_kk, self.name_ru)

    @property
    def address(self) -> Bilingual:
        return Bilingual(self.address_kk, self.address_ru)

    def accepting_at(self, moment: dt.datetime) -> bool:
        t = moment.strftime("%H:%M")
        return self.open_time <= t < self.accept_until and not (self.lunch_start <= t < self.lunch_end)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


DEMO_OFFICE = OfficeProfile(
    code="ALM01",
    station="01",
    name_kk="«Азаматтарға арналған үкімет» МК Алматы қаласының Әуезов ауданы бойынша ХҚКО",
    name_ru="ЦОН Ауэзовского района города Алматы НАО «Правительство для граждан»",
    address_kk="Алматы қ., Әуезов ауданы, Жандосов көшесі, 98",
    address_ru="г. Алматы, Ауэзовский район, ул. Жандосова, 98",
    phone="+7 727 300 14 14",
    destinations={
        "teacher_attestation": "Алматы қаласы Білім басқармасы",
        "externat": "Алматы қаласы Білім басқармасы",
        "certificate_duplicate": "№ 129 жалпы білім беретін мектеп",
    },
)


def office_from_dict(data: dict[str, Any]) -> OfficeProfile:
    known = {f.name for f in dataclasses.fields(OfficeProfile)}
    return OfficeProfile(**{k: v for k, v in data.items() if k in known})
