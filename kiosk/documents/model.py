"""What a printed receipt says: plain data, built by the core from a stored package, so a
reprint gives the same page as the first print."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ReceiptLine", "ReceiptData", "Bilingual", "FORMATS"]

FORMATS = ("a4", "80mm")


@dataclass(frozen=True)
class Bilingual:
    kk: str
    ru: str


@dataclass(frozen=True)
class ReceiptLine:
    """One document of the service's list as it stands on the receipt."""
    index: int                 # 1-based, as in item 9 of the standard
    name: Bilingual
    kind: str                  # required | conditional | optional
    received: bool
    from_information_system: bool = False
    original: bool = False     # original shown (False: a copy)
    pages: int | None = None
    exempt: bool = False       # conditional document the applicant is exempt from
    note: Bilingual | None = None
    originals_shown: bool = False  # original shown for identification, a copy given (002 l.27)


@dataclass(frozen=True)
class ReceiptData:
    number: str
    refused: bool                           # True: refusal receipt (бас тарту туралы қолхат)
    accepted_at: str                        # "2026-11-21 10:15"
    office_name: Bilingual
    office_address: Bilingual
    office_phone: str
    service_name: Bilingual
    service_code: str                       # registry code where the seeds give one, else ""
    legal_basis: Bilingual
    applicant_name: str                     # surname name patronymic
    applicant_iin: str
    applicant_phone: str
    applicant_address: str
    representative_name: str | None
    representative_phone: str | None
    representative_poa: str | None
    lines: tuple[ReceiptLine, ...]
    missing: tuple[Bilingual, ...]          # refusal: what is missing
    employee: str                           # accepting employee's name
    result_issue: Bilingual | None          # date, time and place the result will be issued
    catalogue_version: str
    help_lines: tuple[str, ...] = ("1414", "8-800-080-7777")
    notes: tuple[Bilingual, ...] = field(default=())
    consent_method: str | None = None       # written | eds | sms (seed 003 l.143)
    repealed_acts: Bilingual | None = None  # acts of the legal basis no longer in force

    @property
    def received_count(self) -> int:
        return sum(1 for line in self.lines if line.received and not line.from_information_system)
