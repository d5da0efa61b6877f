"""Every string a user sees is translated: the .ts files hold every source string of ui/,
and none is unfinished or empty for Kazakh or Russian."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n_build

I18N = i18n_build.I18N


def _problems(ts: Path) -> list[str]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            src = msg.findtext("source")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (tr.text or "").strip() and not tr.findall("numerusform"):
                out.append(f"{ts.name}: {name}: {src!r}")
    return out


def test_ts_files_cover_every_source_string(tmp_path):
    copy = tmp_path / "i18n"
    shutil.copytree(I18N, copy)
    i18n_build.update(copy)  # what lupdate finds in the sources now
    problems = []
    for ts in sorted(copy.glob("*.ts")):
        problems += _problems(ts)
    assert not problems, "untranslated strings (run python -m ui.i18n_build --update):\n" + \
        "\n".join(problems[:60])


def test_every_area_has_kazakh_and_russian():
    for area in i18n_build.areas():
        for lang in ("kk", "ru"):
            assert (I18N / f"{area}_{lang}.ts").exists(), f"{area}_{lang}.ts is missing"


def _tr_literals() -> set[tuple[str, str, str]]:
    """(file, context, text) of every self.tr("...") (context: the enclosing class) and
    tr/translate(context, "...") call in ui/, also those inside f-strings, which Qt's lupdate
    does not see."""
    import ast

    found = set()

    def visit(node, cls, path):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and node.args:
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            args = node.args
            if name == "tr" and isinstance(f, ast.Attribute) and cls:
                ctx, text = cls, args[0]
            elif name in ("tr", "translate") and len(args) >= 2 and isinstance(args[0], ast.Constant):
                ctx, text = args[0].value, args[1]
            else:
                ctx, text = None, None
            if ctx and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((path.name, ctx, text.value))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, path)

    for path in sorted(Path(i18n_build.ROOT / "ui").rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return found


def test_every_tr_call_reaches_the_translations():
    sources = {(c.findtext("name"), m.findtext("source")) for ts in I18N.glob("*_kk.ts")
               for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    missing = sorted(f"{f}: {ctx}: {text!r}" for f, ctx, text in _tr_literals()
                     if (ctx, text) not in sources)
    assert not missing, "tr() calls lupdate cannot see (e.g. inside an f-string):\n" + \
        "\n".join(missing)
