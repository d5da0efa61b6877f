"""The service catalogue: services, their documents and rules, loaded and checked from data.

The catalogue is a JSON file in ``resources/catalogue/`` (or one an office imports).
Loading checks every field and a broken file fails with :class:`CatalogueError` naming the
file, the service and the field.  A package keeps the version it was accepted under.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

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


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.service: str | None = None

    def fail(self, field_name: str | None, message: str) -> CatalogueError:
        return CatalogueError(self.file, message, self.service, field_name)

    def get(self, obj: Mapping[str, Any], key: str, path: str, types: type | tuple[type, ...],
            *, optional: bool = False) -> Any:
        if key not in obj:
            if optional:
                return None
            raise self.fail(path, "is missing")
        value = obj[key]
        if value is None and optional:
            return None
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            raise self.fail(path, f"has the wrong type ({type(value).__name__})")
        if not isinstance(value, types):
            raise self.fail(path, f"has the wrong type ({type(value).__name__})")
        return value

    def text(self, obj: Mapping[str, Any], key: str, path: str, *, optional: bool = False) -> Text | None:
        value = self.get(obj, key, path, dict, optional=optional)
        if value is None:
            return None
        parts = {}
        for lang in LANGS:
            s = value.get(lang)
            if not isinstance(s, str) or not s.strip():
                raise self.fail(f"{path}.{lang}", "must be a non-empty text")
            parts[lang] = s.strip()
        return Text(**parts)

    def minutes(self, obj: Mapping[str, Any], key: str, path: str) -> int | None:
        v = self.get(obj, key, path, int, optional=True)
        if v is not None and not 1 <= v <= 600:
            raise self.fail(path, "must be 1 to 600 minutes")
        return v

    def choice(self, value: Any, allowed: tuple[str, ...], path: str) -> str:
        if value not in allowed:
            raise self.fail(path, f"must be one of {', '.join(allowed)}, not {value!r}")
        return str(value)


def _ident(r: _Reader, value: Any, path: str) -> str:
    if not isinstance(value, str) or not value or not value.replace("_", "").isalnum() \
            or not value.isascii() or value != value.lower():
        raise r.fail(path, "must be a lowercase snake_case identifier")
    return value


def _parse_document(r: _Reader, d: Any, path: str, condition_ids: set[str]) -> Document:
    if not isinstance(d, dict):
        raise r.fail(path, "must be an object")
    doc_id = _ident(r, d.get("id"), f"{path}.id")
    path = f"documents.{doc_id}"
    kind = r.choice(d.get("kind"), KINDS, f"{path}.kind")
    name = r.text(d, "name", f"{path}.name")
    from_is = r.get(d, "from_information_system", f"{path}.from_information_system", bool,
                    optional=True) or False
    cond_raw = r.get(d, "condition", f"{path}.condition", dict, optional=True)
    condition = None
    if kind == "conditional":
        if cond_raw is None:
            raise r.fail(f"{path}.condition", "a conditional document needs a condition")
        cid = _ident(r, cond_raw.get("id"), f"{path}.condition.id")
        if cid in condition_ids:
            raise r.fail(f"{path}.condition.id", f"condition id {cid} is used twice")
        condition_ids.add(cid)
        question = r.text(cond_raw, "question", f"{path}.condition.question")
        exempt = r.get(cond_raw, "exempt_when", f"{path}.condition.exempt_when", bool)
        assert question is not None
        condition = Condition(cid, question, exempt)
    elif cond_raw is not None:
        raise r.fail(f"{path}.condition", "only a conditional document has a condition")
    note = r.text(d, "note", f"{path}.note", optional=True)
    source = r.get(d, "source", f"{path}.source", str, optional=True) or ""
    rules_raw = r.get(d, "at", f"{path}.at", dict, optional=True) or {}
    rules = []
    for office_kind, raw in rules_raw.items():
        rpath = f"{path}.at.{office_kind}"
        r.choice(office_kind, OFFICE_KINDS, rpath)
        if not isinstance(raw, dict):
            raise r.fail(rpath, "must be an object")
        rule_source = r.get(raw, "source", f"{rpath}.source", str)
        if not rule_source.strip():
            raise r.fail(f"{rpath}.source", "must cite the seed line the rule follows")
        rules.append((office_kind, DocumentRule(
            r.get(raw, "from_information_system", f"{rpath}.from_information_system", bool,
                  optional=True),
            bool(r.get(raw, "originals_shown", f"{rpath}.originals_shown", bool,
                       optional=True) or False),
            rule_source.strip())))
    assert name is not None
    return Document(doc_id, kind, name, bool(from_is), condition, note, source.strip(),
                    tuple(rules))


def _parse_steps(r: _Reader, raw: Any) -> tuple[tuple[str, tuple[Step, ...]], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise r.fail("steps", "must be an object of channel: [steps]")
    out = []
    for channel, items in raw.items():
        r.choice(channel, CHANNELS, f"steps.{channel}")
        if not isinstance(items, list) or not items:
            raise r.fail(f"steps.{channel}", "must be a non-empty list")
        steps = []
        seen: set[str] = set()
        for i, st in enumerate(items):
            path = f"steps.{channel}[{i}]"
            if not isinstance(st, dict):
                raise r.fail(path, "must be an object")
            sid = _ident(r, st.get("id"), f"{path}.id")
            if sid in seen:
                raise r.fail(f"{path}.id", "is used twice")
            seen.add(sid)
            by = r.choice(st.get("by"), STEP_BY, f"{path}.by")
            limits = {}
            for key, top in (("minutes", 600), ("days", 30), ("working_days", 366)):
                v = r.get(st, key, f"{path}.{key}", int, optional=True)
                if v is not None and not 1 <= v <= top:
                    raise r.fail(f"{path}.{key}", f"must be 1 to {top}")
                limits[key] = v
            if sum(v is not None for v in limits.values()) != 1:
                raise r.fail(path, "needs exactly one limit: minutes, days or working_days")
            src = r.get(st, "source", f"{path}.source", str)
            if not src.strip():
                raise r.fail(f"{path}.source", "must cite the seed line the step follows")
            in_term = bool(r.get(st, "in_term", f"{path}.in_term", bool, optional=True))
            if in_term and limits["minutes"] is not None:
                raise r.fail(f"{path}.in_term", "only a step of days counts in the term")
            steps.append(Step(sid, by, limits["minutes"], limits["days"],
                              limits["working_days"], in_term,
                              bool(r.get(st, "watched", f"{path}.watched", bool, optional=True)),
                              src.strip()))
        out.append((channel, tuple(steps)))
    return tuple(out)


def _parse_service(r: _Reader, s: Any, index: int, condition_ids: set[str]) -> Service:
    if not isinstance(s, dict):
        raise r.fail(f"services[{index}]", "must be an object")
    r.service = None
    sid = _ident(r, s.get("id"), f"services[{index}].id")
    r.service = sid
    code = r.get(s, "code", "code", str)
    registry_code = r.get(s, "registry_code", "registry_code", str, optional=True)
    if registry_code is not None and not (registry_code.isdigit() and len(registry_code) == 8):
        raise r.fail("registry_code", "must be 8 digits")
    category = r.choice(s.get("category", "other"), CATEGORIES, "category")
    name = r.text(s, "name", "name")
    short_name = r.text(s, "short_name", "short_name", optional=True) or name
    keywords_raw = r.get(s, "keywords", "keywords", list, optional=True) or []
    if not all(isinstance(k, str) and k.strip() for k in keywords_raw):
        raise r.fail("keywords", "must be a list of non-empty texts")
    legal_basis = r.text(s, "legal_basis", "legal_basis")
    provider = r.text(s, "provider", "provider")
    provider_kind = r.get(s, "provider_kind", "provider_kind", str)
    channels_raw = r.get(s, "channels", "channels", list)
    if not channels_raw:
        raise r.fail("channels", "must name at least one channel")
    channels = tuple(r.choice(c, CHANNELS, "channels") for c in channels_raw)
    limits_raw = r.get(s, "limits", "limits", dict)
    limits = Limits(r.minutes(limits_raw, "max_wait_min", "limits.max_wait_min"),
                    r.minutes(limits_raw, "max_service_min", "limits.max_service_min"),
                    r.minutes(limits_raw, "total_min", "limits.total_min"))
    term = r.get(s, "result_term", "result_term", dict)
    days = r.get(term, "working_days", "result_term.working_days", int, optional=True)
    if days is not None and not 0 <= days <= 366:
        raise r.fail("result_term.working_days", "must be 0 to 366")
    counts = r.get(term, "acceptance_day_counts", "result_term.acceptance_day_counts", bool)
    courier = r.get(s, "courier", "courier", bool)
    result_kinds = tuple(r.choice(k, RESULT_KINDS, "result_kinds")
                         for k in r.get(s, "result_kinds", "result_kinds", list))
    status = r.choice(s.get("status"), STATUSES, "status")
    info_only = r.get(s, "information_only", "information_only", bool, optional=True) or False
    note = r.text(s, "note", "note", optional=True)
    docs_raw = r.get(s, "documents", "documents", list)
    docs = tuple(_parse_document(r, d, f"documents[{i}]", condition_ids)
                 for i, d in enumerate(docs_raw))
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise r.fail(f"documents.{d.id}.id", "is used twice")
        seen.add(d.id)
    source = r.get(s, "source", "source", str, optional=True) or ""
    steps = _parse_steps(r, s.get("steps"))
    repealed = r.text(s, "repealed_acts", "repealed_acts", optional=True)
    no_docs = r.text(s, "no_documents_note", "no_documents_note", optional=True)
    assert name and short_name and legal_basis and provider
    return Service(sid, code, registry_code, category, name, short_name,
                   tuple(k.strip().casefold() for k in keywords_raw), legal_basis, provider,
                   provider_kind, channels, limits, days, bool(counts), bool(courier),
                   result_kinds, status, bool(info_only), note, docs, source.strip(), steps,
                   repealed, no_docs)


def parse_catalogue(data: bytes | str, source: str = "<catalogue>") -> Catalogue:
    """Parse and check catalogue JSON; raise CatalogueError naming file, service and field."""
    r = _Reader(source)
    try:
        raw_bytes = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        obj = json.loads(raw_bytes.decode("utf-8"))
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise r.fail(None, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise r.fail(None, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(obj, dict):
        raise r.fail(None, "must be a JSON object with version and services")
    version = r.get(obj, "version", "version", str)
    if not version.strip() or len(version) > 40:
        raise r.fail("version", "must be a short non-empty text")
    services_raw = r.get(obj, "services", "services", list)
    if not services_raw:
        raise r.fail("services", "must list at least one service")
    condition_ids: set[str] = set()
    services = []
    ids: set[str] = set()
    for i, s in enumerate(services_raw):
        svc = _parse_service(r, s, i, condition_ids)
        if svc.id in ids:
            raise r.fail("id", "is used by two services")
        ids.add(svc.id)
        services.append(svc)
    return Catalogue(version.strip(), tuple(services), hashlib.sha256(raw_bytes).hexdigest(),
                     source, raw_bytes.decode("utf-8"))


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    p = Path(path) if path is not None else default_catalogue_path()
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise CatalogueError(str(p), f"cannot be read ({exc.strerror})") from None
    return parse_catalogue(data, str(p))
