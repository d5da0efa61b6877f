"""Reading a catalogue file: every field checked, a broken file failing with
:class:`kiosk.catalogue.CatalogueError` that names the file, the service and the field."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

from kiosk.catalogue import (CATEGORIES, CHANNELS, KINDS, LANGS, OFFICE_KINDS, RESULT_KINDS,
                             STATUSES, STEP_BY, Catalogue, CatalogueError, Condition, Document,
                             DocumentRule, Limits, Service, Step, Text)

__all__ = ["read_catalogue"]


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


def read_catalogue(data: bytes | str, source: str = "<catalogue>") -> Catalogue:
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
