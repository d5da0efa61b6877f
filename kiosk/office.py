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
    # what this office is (issue 15 point 1): state_corporation (a public service centre of
    # the State Corporation), provider (the provider's own office: a school, an education
    # department), village_akimat (a settlement, village or rural district akimat, seed 002 l.27)
    office_kind: str = "state_corporation"
    # which services this office accepts (issue 15 point 5): S1 at a State Corporation branch
    # exists only where the region's regulation says so (Mangystau, seed 001 l.13-15; Akmola's
    # standard names only the provider's office, seed 000 l.11).  None: every service the
    # catalogue lets this kind of office accept.
    services: list[str] | None = None
    # services whose courier path has no result term in the seeds (S1 through the State
    # Corporation): working days after acceptance when the result is expected back; after
    # that the package is overdue "not back".  S1: 1 day there and 1 day back by courier
    # (seed 004 l.289, 299) around the provider's own 20 minutes (seed 000 l.13).
    return_days: dict[str, int] = field(default_factory=lambda: {"teacher_attestation": 2})

    @property
    def name(self) -> Bilingual:
        return Bilingual(self.name_kk, self.name_ru)

    @property
    def address(self) -> Bilingual:
        return Bilingual(self.address_kk, self.address_ru)

    def accepting_at(self, moment: dt.datetime) -> bool:
        """Documents are accepted on working days 09:00-17:30 with the lunch break (seed 000
        l.21); the office sets its own (extended) hours in the profile."""
        t = moment.strftime("%H:%M")
        return self.open_time <= t < self.accept_until and not (self.lunch_start <= t < self.lunch_end)

    @property
    def acceptance_hours(self) -> str:
        """"09:00–17:30, lunch 13:00–14:00" as numbers only: every language reads it."""
        return f"{self.open_time}–{self.accept_until} ({self.lunch_start}–{self.lunch_end})"

    def accepts(self, service_id: str) -> bool:
        return self.services is None or service_id in self.services

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
    values = {k: v for k, v in data.items() if k in known}
    if values.get("office_kind") not in (None, "state_corporation", "provider", "village_akimat"):
        values.pop("office_kind")
    return OfficeProfile(**values)
