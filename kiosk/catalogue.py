"""The service catalogue: services, their documents and rules, loaded and checked from data.

The catalogue is a JSON file in ``resources/catalogue/`` (or one an office imports).
Loading checks every field and a broken file fails with :class:`CatalogueError` naming the
file, the service and the field.  A package keeps the version it was accepted under.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

__all__ = ["Text", "Condition", "Document", "Service", "Catalogue", "CatalogueError",
           "load_catalogue", "parse_catalogue", "default_catalogue_path", "KINDS"]

LANGS = ("kk", "ru", "en")
KINDS = ("required", "conditional", "optional")
CHANNELS = ("provider", "state_corporation", "portal")
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


@dataclass(frozen=True)
class Document:
    id: str
    kind: str
    name: Text
    from_information_system: bool = False
    condition: Condition | None = None
    note: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name.to_dict(),
                               "from_information_system": self.from_information_system}
        if self.condition is not None:
            out["condition"] = self.condition.to_dict()
        if self.note is not None:
            out["note"] = self.note.to_dict()
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

    @property
    def can_accept(self) -> bool:
        return self.status == "active" and not self.information_only and bool(self.documents)

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
    assert name is not None
    return Document(doc_id, kind, name, bool(from_is), condition, note)


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
    assert name and short_name and legal_basis and provider
    return Service(sid, code, registry_code, category, name, short_name,
                   tuple(k.strip().casefold() for k in keywords_raw), legal_basis, provider,
                   provider_kind, channels, limits, days, bool(counts), bool(courier),
                   result_kinds, status, bool(info_only), note, docs)


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
