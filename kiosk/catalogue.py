"""The service catalogue: services, their documents and rules, loaded and checked from data.

The catalogue is a JSON file in ``resources/catalogue/`` (or one an office imports).
Loading checks every field and a broken file fails with :class:`CatalogueError` naming the
file, the service and the field (the checking reader: :mod:`kiosk.catalogue_reader`).  A
package keeps the version it was accepted under.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

__all__ = ["Text", "Condition", "Document", "DocumentRule", "Step", "Service", "Catalogue",
           "CatalogueError", "load_catalogue", "parse_catalogue", "default_catalogue_path",
           "KINDS", "OFFICE_KINDS", "channel_of"]

LANGS = ("kk", "ru", "en")
KINDS = ("required", "conditional", "optional")
CHANNELS = ("provider", "state_corporation", "portal")
# What an office is (DOMAIN.md §1; issue 15 point 1): a public service centre of the State
# Corporation, the provider's own office (a school, an education department), or a village
# (settlement, rural district) akimat, where seed 002 l.27 asks for originals and copies.
OFFICE_KINDS = ("state_corporation", "provider", "village_akimat")
# who does a step of a service's path (seed 004 l.271-303)
STEP_BY = ("office", "dispatch", "courier", "provider")
STATUSES = ("active", "repealed")
CATEGORIES = ("teachers", "preschool", "school", "other")
RESULT_KINDS = ("receipt", "refusal", "order", "duplicate", "queue_notification", "referral",
                "admission", "notification")


def default_catalogue_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "catalogue" / "services.json"


class CatalogueError(ValueError):
    """A catalogue file that does not hold up; says where."""

    def __init__(self, file: str, message: str, service: str | None = None,
                 field: str | None = None) -> None:
        self.file, self.service, self.field, self.reason = file, service, field, message
        where = file
        if service:
            where += f": service {service}"
        if field:
            where += f": field {field}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Text:
    kk: str
    ru: str
    en: str

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.kk

    def to_dict(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru, "en": self.en}


@dataclass(frozen=True)
class Condition:
    id: str
    question: Text
    exempt_when: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "question": self.question.to_dict(), "exempt_when": self.exempt_when}


def channel_of(office_kind: str) -> str:
    """The channel an office of this kind serves: a village akimat is the provider's own
    office (seed 002 l.3: akims of villages are providers)."""
    return "state_corporation" if office_kind == "state_corporation" else "provider"


@dataclass(frozen=True)
class DocumentRule:
    """How one document is taken at one kind of office (issue 15 point 1): from information
    systems (the employee obtains it, the applicant is never asked for paper, Law 88-V, seed
    003 l.155), or originals shown for identification and copies given (seed 002 l.27)."""
    from_information_system: bool | None = None
    originals_shown: bool = False
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source}
        if self.from_information_system is not None:
            out["from_information_system"] = self.from_information_system
        if self.originals_shown:
            out["originals_shown"] = True
        return out


@dataclass(frozen=True)
class Document:
    id: str
    kind: str
    name: Text
    from_information_system: bool = False
    condition: Condition | None = None
    note: Text | None = None
    source: str = ""
    rules: tuple[tuple[str, DocumentRule], ...] = ()
    originals_shown: bool = False          # set by at(): originals shown, copies given

    def rule(self, office_kind: str) -> DocumentRule | None:
        for kind, rule in self.rules:
            if kind == office_kind:
                return rule
        return None

    def at(self, office_kind: str) -> "Document":
        """This document as an office of that kind takes it."""
        rule = self.rule(office_kind)
        if rule is None:
            return self
        from_is = self.from_information_system if rule.from_information_system is None \
            else rule.from_information_system
        return replace(self, from_information_system=from_is,
                       originals_shown=rule.originals_shown)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name.to_dict(),
                               "from_information_system": self.from_information_system}
        if self.condition is not None:
            out["condition"] = self.condition.to_dict()
        if self.note is not None:
            out["note"] = self.note.to_dict()
        if self.source:
            out["source"] = self.source
        if self.rules:
            out["at"] = {k: r.to_dict() for k, r in self.rules}
        return out


@dataclass(frozen=True)
class Step:
    """One step of a service's path with its limit (seed 004 l.285-303).  ``in_term``: the
    step's days make up the result date; ``watched``: the office watches the step's deadline
    (handover to the dispatch desk, dispatch, issue); ``provider``: the step is the provider's
    (its end is the date the provider hands the result to the courier)."""
    id: str
    by: str
    minutes: int | None = None
    days: int | None = None            # "1 (бір) күн": counted as working days of the office
    working_days: int | None = None
    in_term: bool = False
    watched: bool = False
    source: str = ""

    @property
    def day_count(self) -> int:
        return (self.days or 0) + (self.working_days or 0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "by": self.by, "source": self.source}
        for key in ("minutes", "days", "working_days"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.in_term:
            out["in_term"] = True
        if self.watched:
            out["watched"] = True
        return out


@dataclass(frozen=True)
class Limits:
    max_wait_min: int | None
    max_service_min: int | None
    total_min: int | None


@dataclass(frozen=True)
class Service:
    id: str
    code: str
    registry_code: str | None
    category: str
    name: Text
    short_name: Text
    keywords: tuple[str, ...]
    legal_basis: Text
    provider: Text
    provider_kind: str
    channels: tuple[str, ...]
    limits: Limits
    term_working_days: int | None
    acceptance_day_counts: bool
    courier: bool
    result_kinds: tuple[str, ...]
    status: str
    information_only: bool
    note: Text | None
    documents: tuple[Document, ...]
    source: str = ""
    steps: tuple[tuple[str, tuple[Step, ...]], ...] = ()
    repealed_acts: Text | None = None      # acts of the legal basis no longer in force
    no_documents_note: Text | None = None  # item 9 not in the seeds: what the office may add

    @property
    def can_accept(self) -> bool:
        return self.status == "active" and not self.information_only and bool(self.documents)

    def documents_at(self, office_kind: str) -> tuple[Document, ...]:
        """The document list as an office of that kind takes it (issue 15 point 1)."""
        return tuple(d.at(office_kind) for d in self.documents)

    def path(self, channel: str) -> tuple[Step, ...]:
        """The steps of this service's path through a channel ("" when the catalogue gives
        none: the result is given at the counter or no term is known)."""
        for ch, steps in self.steps:
            if ch == channel:
                return steps
        return ()

    def offered_at(self, office_kind: str) -> bool:
        return channel_of(office_kind) in self.channels

    def document(self, doc_id: str) -> Document | None:
        for d in self.documents:
            if d.id == doc_id:
                return d
        return None

    @property
    def conditions(self) -> tuple[Condition, ...]:
        return tuple(d.condition for d in self.documents if d.condition is not None)

    def matches(self, query: str) -> bool:
        """Search by name in any language, registry code, code, id or keyword."""
        q = " ".join(query.casefold().split())
        if not q:
            return True
        hay = [self.id, self.code, self.registry_code or "", *self.keywords,
               *self.name.to_dict().values(), *self.short_name.to_dict().values()]
        return any(q in h.casefold() for h in hay)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "code": self.code, "registry_code": self.registry_code,
            "category": self.category, "name": self.name.to_dict(),
            "short_name": self.short_name.to_dict(), "status": self.status,
            "information_only": self.information_only, "courier": self.courier,
            "channels": list(self.channels),
            "limits": {"max_wait_min": self.limits.max_wait_min,
                       "max_service_min": self.limits.max_service_min,
                       "total_min": self.limits.total_min},
            "result_term": {"working_days": self.term_working_days,
                            "acceptance_day_counts": self.acceptance_day_counts},
            "legal_basis": self.legal_basis.to_dict(), "provider": self.provider.to_dict(),
            "repealed_acts": self.repealed_acts.to_dict() if self.repealed_acts else None,
            "source": self.source,
            "steps": {ch: [st.to_dict() for st in steps] for ch, steps in self.steps},
            "documents": [d.to_dict() for d in self.documents],
        }


@dataclass(frozen=True)
class Catalogue:
    version: str
    services: tuple[Service, ...]
    sha256: str = ""
    source: str = ""
    text: str = field(default="", compare=False, repr=False)  # the file as imported

    def service(self, service_id: str) -> Service | None:
        for s in self.services:
            if s.id == service_id:
                return s
        return None

    def active(self) -> list[Service]:
        return [s for s in self.services if s.status == "active"]

    def search(self, query: str) -> list[Service]:
        return [s for s in self.services if s.matches(query)]

    def to_json(self) -> str:
        return self.text


def parse_catalogue(data: bytes | str, source: str = "<catalogue>") -> Catalogue:
    """Parse and check catalogue JSON; raise CatalogueError naming file, service and field."""
    from kiosk.catalogue_reader import read_catalogue   # it reads into the classes above
    return read_catalogue(data, source)


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    p = Path(path) if path is not None else default_catalogue_path()
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise CatalogueError(str(p), f"cannot be read ({exc.strerror})") from None
    return parse_catalogue(data, str(p))
