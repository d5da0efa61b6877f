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
