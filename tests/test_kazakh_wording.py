"""Issue 15 point 18: Kazakh wording reviewed against the seeds' own terms."""

from __future__ import annotations

import glob
import re
from pathlib import Path

from kiosk.errors import FIELD_NAMES, MESSAGES, InputError

ROOT = Path(__file__).resolve().parents[1]


def _kk_texts() -> str:
    texts = []
    for f in glob.glob(str(ROOT / "resources" / "i18n" / "*_kk.ts")):
        texts += re.findall(r"<translation>([^<]*)</translation>", Path(f).read_text("utf-8"))
    texts += [v["kk"] for v in MESSAGES.values() if "kk" in v]
    texts += [v["kk"] for v in FIELD_NAMES.values()]
    return "\n".join(texts)


def test_listed_fixes():
    """Seed 000 l.22 («кезек күту тәртібімен»), seed 002 l.52 («тұрғылықты жерінде»; «тіршілік
    әрекетін шектейтін денсаулығы тұрақты бұзылған»), seed 004 l.289 («жинақтау жүйесі»),
    the seeds' «көрсетілетін қызметті алушы / беруші»."""
    kk = _kk_texts()
    for wrong in ("топтамадан бас тартылды", "тірі кезек", "Үйден қабылдау", "үйден қабылдау",
                  "Киоскінің", "өтініш беруші", "Өтініш беруші"):
        assert wrong not in kk, wrong
    assert re.search(r"(?<!көрсетілетін )(?<!Көрсетілетін )\b[Ққ]ызмет беруші", kk) is None
    for right in ("топтаманы қабылдаудан бас тартылды", "кезек күту тәртібімен",
                  "тұрғылықты жерінде қабылдау", "тіршілік әрекетін шектейтін денсаулығы тұрақты",
                  "Киосктің", "Талонды қайта сақтау", "жинақтау жүйесі",
                  "көрсетілетін қызметті алушы", "көрсетілетін қызметті беруші"):
        assert right in kk, right
    assert not re.search(r"\d+ құжаттар топтамасы", kk)     # no plural after a numeral


def test_control_character_message_names_the_field():
    """«{field} өрісінде рұқсат етілмеген таңбалар бар»."""
    text = InputError("applicant.surname", "text.control").text("kk")
    assert text.startswith("Тегі өрісінде рұқсат етілмеген")
