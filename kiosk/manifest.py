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
                   files: dict[str, bytes]) -> bytes:
    """The manifest for a day: ``batches`` [{number, destination, count, register, csv}] and
    ``files`` [{path, sha256, bytes}] sorted by path.  Nothing in it depends on when it was
    written, so the same day gives the same manifest."""
    body = {
        "format": "qabyldau-dispatch/1",
        "office": office,
        "day": day,
        "batches": batches,
        "files": [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
                  for p, b in sorted(files.items())],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass
class VerifyReport:
    folder: Path
    ok: bool = True
    batches: int = 0
    files: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    count_mismatch: list[str] = field(default_factory=list)   # human sentences
    errors: list[str] = field(default_factory=list)           # manifest unreadable etc.

    def text(self) -> str:
        lines = [f"Folder {self.folder}"]
        if self.errors:
            lines += [f"  ERROR: {e}" for e in self.errors]
        lines += [f"  MISSING: {p} is listed in the manifest but not in the folder"
                  for p in self.missing]
        lines += [f"  CHANGED: {p} differs from the manifest (SHA-256 does not match)"
                  for p in self.changed]
        lines += [f"  EXTRA: {p} is in the folder but not in the manifest" for p in self.extra]
        lines += [f"  COUNT: {m}" for m in self.count_mismatch]
        if self.ok:
            lines.append(f"OK: {self.batches} batches, {self.files} files match the manifest")
        else:
            n = len(self.missing) + len(self.changed) + len(self.extra) + \
                len(self.count_mismatch) + len(self.errors)
            lines.append(f"DIFFERENCES: {n} problem(s) found; do not sign the register "
                         "as received without noting them in the discrepancy box")
        return "\n".join(lines)


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
        report.errors.append(f"no {MANIFEST} in the folder")
        report.ok = False
        return report
    except (ValueError, KeyError, TypeError) as exc:
        report.errors.append(f"{MANIFEST} cannot be read: {exc}")
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
            report.count_mismatch.append(f"batch {number}: its CSV {rel} is not in the manifest")
            continue
        if rel not in present:
            continue  # already reported missing
        try:
            rows = list(csv.reader(io.StringIO((root / rel).read_text(encoding="utf-8"))))
        except (UnicodeDecodeError, csv.Error) as exc:
            report.count_mismatch.append(f"batch {number}: {rel} cannot be read ({exc})")
            continue
        n = max(0, len([r for r in rows if r]) - 1)
        if n != b.get("count"):
            report.count_mismatch.append(
                f"batch {number}: the manifest says {b.get('count')} packages, {rel} has {n} rows")
    report.ok = not (report.missing or report.changed or report.extra or report.count_mismatch
                     or report.errors)
    return report
