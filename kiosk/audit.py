"""The audit trail as the manager reads it: the events, filtered, the chain check (events,
the audited rows behind them, exported anchors) and the anchors themselves.

An anchor file (``qabyldau audit anchor --out FILE``) is JSON: ``format``
``qabyldau-anchor/1``, the office, when it was taken, and the chain's position (``count``
events, ``hash`` of the last).  ``audit verify --anchors DIR`` reads every anchor file and
every dispatch manifest (its ``audit_anchor``) under DIR."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pathlib import Path

from db.event_trail import events_filtered
from kiosk.anchor_keys import check_signature
from db.events import Anchor, ChainReport, append_event, chain_head, verify_chain
from db.store import Store
from kiosk.safe_write import write_atomic
from kiosk.staff import Employee, require

__all__ = ["trail", "verify", "record", "ChainReport", "Anchor", "ANCHOR_FORMAT",
           "anchor_document", "export_anchor", "read_anchors", "write_anchor",
           "anchor_signatures"]

ANCHOR_FORMAT = "qabyldau-anchor/1"


def trail(store: Store, viewer: Employee, *, day: str | None = None,
          employee: str | None = None, kind: str | None = None,
          limit: int = 500) -> list[dict[str, Any]]:
    """Newest first; ``day`` is YYYY-MM-DD."""
    require(viewer, "audit")
    return events_filtered(store, day=day, employee=employee, kind=kind, limit=limit)


def verify(store: Store, anchors: list[Anchor] | tuple[Anchor, ...] = ()) -> ChainReport:
    """The hash chain, every audited row against its last event, and every anchor given."""
    return verify_chain(store, anchors)


def anchor_document(store: Store, office_code: str, now: dt.datetime) -> dict[str, Any]:
    head = chain_head(store)
    return {"format": ANCHOR_FORMAT, "office": office_code,
            "at": now.replace(microsecond=0).isoformat(sep=" "), **head.to_dict()}


def write_anchor(out: str | Path, office_code: str, document: dict[str, Any],
                 now: dt.datetime) -> Path:
    """Write an anchor document to ``out`` (a folder: a file named for the office and the
    moment inside it)."""
    target = Path(out)
    if target.is_dir():
        target = target / f"anchor-{office_code}-{now:%Y-%m-%d-%H%M%S}.json"
    body = json.dumps(document, ensure_ascii=False, indent=2)
    return write_atomic(target, (body + "\n").encode("utf-8"))


def export_anchor(store: Store, office_code: str, out: str | Path, now: dt.datetime) -> Path:
    """Write today's anchor (the chain's head now) to ``out``."""
    return write_anchor(out, office_code, anchor_document(store, office_code, now), now)


def anchor_signatures(folder: str | Path, keys: dict[str, dict[str, Any]]
                      ) -> tuple[dict[str, int], list[str]]:
    """The signed anchor files under ``folder``: how many each registered key signed, and the
    files whose signature is bad (changed after signing, or an unknown key)."""
    signed: dict[str, int] = {}
    bad: list[str] = []
    root = Path(folder)
    if not root.is_dir():
        return signed, bad
    for path in sorted(root.rglob("*.json")):
        try:
            if path.stat().st_size > 10_000_000:
                continue
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, RecursionError, ValueError):
            continue          # read_anchors names the unreadable ones
        if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
            continue
        fp, why = check_signature(data, keys)
        if why:
            bad.append(f"{path}: {why}")
        elif fp:
            signed[fp] = signed.get(fp, 0) + 1
    return signed, bad


def _anchor_from(data: Any) -> Anchor | None:
    if not isinstance(data, dict):
        return None
    if data.get("format") != ANCHOR_FORMAT:
        data = data.get("audit_anchor")      # a dispatch manifest
        if not isinstance(data, dict):
            return None
    count, digest = data.get("count"), data.get("hash")
    if isinstance(count, bool) or not isinstance(count, int) or not isinstance(digest, str) \
            or count < 0 or len(digest) != 64:
        raise ValueError("count or hash missing or of the wrong type")
    return Anchor(count, digest.lower())


def read_anchors(folder: str | Path) -> tuple[list[Anchor], list[str]]:
    """Every anchor under ``folder`` (anchor files, dispatch manifests); the files that look
    like anchors but cannot be read are named in the second list."""
    root = Path(folder)
    if not root.is_dir():
        return [], [f"{root}: not a folder"]
    anchors: list[Anchor] = []
    bad: list[str] = []
    for path in sorted(root.rglob("*.json")):
        try:
            if path.stat().st_size > 10_000_000:
                continue
            anchor = _anchor_from(json.loads(path.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError, RecursionError) as exc:
            bad.append(f"{path}: {exc}")
            continue
        except ValueError as exc:
            if path.name.startswith("anchor") or "anchor" in path.read_text(errors="replace")[:4000]:
                bad.append(f"{path}: not a valid anchor ({exc})")
            continue
        if anchor is not None:
            anchors.append(anchor)
    return anchors, bad


def record(store: Store, kind: str, employee: Employee, now: dt.datetime,
           data: dict[str, Any] | None = None) -> None:
    """One office event in its own transaction (e.g. a register printed)."""
    with store.write():
        append_event(store, kind, now.replace(microsecond=0).isoformat(sep=" "),
                     employee=employee.login, data=data)
