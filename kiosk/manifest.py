"""A dispatch folder's manifest (``manifest.json``: the day's batches and every file with its
SHA-256), atomic file writes, and the receiving office's check of a folder against it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.errors import message

__all__ = ["MANIFEST", "sha256_file", "manifest_bytes", "VerifyReport",
           "verify_folder"]

MANIFEST = "manifest.json"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def manifest_bytes(office: str, day: str, batches: list[dict[str, Any]],
                   files: dict[str, bytes], *, anchor: dict[str, Any] | None = None) -> bytes:
    """The manifest for a day: ``batches`` [{number, destination, count, register, csv}] and
    ``files`` [{path, sha256, bytes}] sorted by path.  Nothing in it depends on when it was
    written, so the same day gives the same manifest."""
    body: dict[str, Any] = {
        "format": "qabyldau-dispatch/1",
        "office": office,
        "day": day,
        "batches": batches,
        "files": [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
                  for p, b in sorted(files.items())],
    }
    if anchor is not None:  # the office's audit trail as it stood (qabyldau audit verify --anchors)
        body["audit_anchor"] = anchor
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


Problem = tuple[str, dict[str, Any]]   # a message code of kiosk.errors and its values


@dataclass
class VerifyReport:
    """What the check found; :meth:`text` says it in the reader's language."""
    folder: Path
    ok: bool = True
    batches: int = 0
    files: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    count_mismatch: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)      # manifest absent or unreadable

    @property
    def problems(self) -> int:
        return (len(self.missing) + len(self.changed) + len(self.extra) +
                len(self.count_mismatch) + len(self.errors))

    def lines(self, lang: str = "en") -> list[str]:
        """One line per problem, then the verdict (without the folder line)."""
        out = [message(code, lang, **values) for code, values in self.errors]
        out += [message("verify.missing", lang, path=p) for p in self.missing]
        out += [message("verify.changed", lang, path=p) for p in self.changed]
        out += [message("verify.extra", lang, path=p) for p in self.extra]
        out += [message(code, lang, **values) for code, values in self.count_mismatch]
        if self.ok:
            out.append(message("verify.ok", lang, batches=self.batches, files=self.files))
        else:
            out.append(message("verify.differences", lang, n=self.problems))
        return out

    def text(self, lang: str = "en") -> str:
        head = f"{message('verify.folder', lang)}: {self.folder}"
        return "\n".join([head, *self.lines(lang)])


def _listed(folder: Path) -> set[str]:
    out = set()
    for p in folder.rglob("*"):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            if rel != MANIFEST:
                out.add(rel)
    return out


def verify_folder(folder: str | os.PathLike[str]) -> VerifyReport:
    """Check every file against the manifest (missing, extra, changed hash) and every batch's
    count against the rows of its CSV."""
    root = Path(folder)
    report = VerifyReport(root)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        files = {f["path"]: f["sha256"] for f in manifest["files"]}
        batches = list(manifest["batches"])
    except FileNotFoundError:
        report.errors.append(("verify.no_manifest", {"name": MANIFEST}))
        report.ok = False
        return report
    except (ValueError, KeyError, TypeError) as exc:
        report.errors.append(("verify.bad_manifest", {"name": MANIFEST, "detail": str(exc)}))
        report.ok = False
        return report
    report.batches, report.files = len(batches), len(files)
    present = _listed(root)
    for rel, digest in sorted(files.items()):
        path = root / rel
        if rel not in present:
            report.missing.append(rel)
        elif sha256_file(path) != digest:
            report.changed.append(rel)
    report.extra = sorted(present - set(files))
    for b in batches:
        number = b.get("number", "?")
        rel = b.get("csv") or f"{number}.csv"
        if rel not in files:
            report.count_mismatch.append(("verify.csv_unlisted", {"batch": number, "path": rel}))
            continue
        if rel not in present:
            continue  # already reported missing
        try:
            text = (root / rel).read_text(encoding="utf-8-sig")
            rows = list(csv.reader(io.StringIO(text), delimiter=";" if ";" in text.partition("\n")[0]
                                   else ","))
        except (UnicodeDecodeError, csv.Error) as exc:
            report.count_mismatch.append(("verify.csv_unreadable",
                                          {"batch": number, "path": rel, "detail": str(exc)}))
            continue
        n = max(0, len([r for r in rows if r]) - 1)
        if n != b.get("count"):
            report.count_mismatch.append(("verify.count", {"batch": number, "path": rel,
                                                           "expected": b.get("count"), "rows": n}))
    report.ok = report.problems == 0
    return report
