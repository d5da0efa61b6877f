"""Build the translations: ``python -m ui.i18n_build`` compiles resources/i18n/*.ts to .qm
with pyside6-lrelease; ``--update`` first refreshes the .ts sources from ui/ with
pyside6-lupdate (then translate the new entries in Qt Linguist or by hand).

One pair of .ts files per area, so areas are translated and reviewed on their own:
``ui/*.py`` -> ``app_kk.ts`` / ``app_ru.ts``; ``ui/<area>/*.py`` -> ``<area>_kk.ts`` / ``<area>_ru.ts``.
All of them are loaded together at run time."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("kk", "ru")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def areas() -> dict[str, list[str]]:
    """area name -> its source files (relative to the project root)."""
    ui = ROOT / "ui"
    out = {"app": sorted(str(p.relative_to(ROOT)) for p in ui.glob("*.py"))}
    for folder in sorted(p for p in ui.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        files = sorted(str(p.relative_to(ROOT)) for p in folder.rglob("*.py"))
        if files:
            out[folder.name] = files
    return out


def update(target: Path = I18N, only: str | None = None) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        if only and area != only:
            continue
        for lang in LANGS:
            subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                            *sources, "-ts", str(target / f"{area}_{lang}.ts")],
                           check=True, cwd=ROOT, capture_output=True)


def fill(mapping: dict[str, dict[str, str]], target: Path = I18N) -> int:
    """Put translations into every .ts where the source text matches and the entry is
    unfinished or empty.  ``mapping``: {"English source": {"kk": "...", "ru": "..."}}.
    Returns how many entries were filled."""
    import xml.etree.ElementTree as ET
    filled = 0
    for ts in sorted(target.glob("*.ts")):
        lang = ts.stem.rsplit("_", 1)[-1]
        tree = ET.parse(ts)
        changed = False
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src is None or tr is None or src not in mapping or lang not in mapping[src]:
                continue
            if tr.get("type") == "unfinished" or not (tr.text or "").strip():
                tr.text = mapping[src][lang]
                tr.attrib.pop("type", None)
                changed = True
                filled += 1
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def build() -> list[Path]:
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        out.append(qm)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--update", action="store_true", help="refresh .ts from the sources first")
    p.add_argument("--area", help="with --update: only this area (app, desk, kiosk, ...)")
    p.add_argument("--fill", metavar="JSON",
                   help='fill unfinished entries from {"source": {"kk": .., "ru": ..}}')
    args = p.parse_args()
    if args.update:
        update(only=args.area)
    if args.fill:
        import json
        n = fill(json.loads(Path(args.fill).read_text(encoding="utf-8")))
        print(f"filled {n} entries")
    for qm in build():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
