"""Issue 15 point 10: S2's result (seed 002 l.37-39) -- a notification of placement in the
queue with the queue number, or a referral to a preschool organisation (Appendix 1), printed
for the seal and signature, recorded on the package, issued like any result."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from courier_helpers import accept
from kiosk.cli import main
from kiosk.errors import InputError
from kiosk.preschool_result import (preschool_result, preschool_result_pdf,
                                    record_preschool_result)
from kiosk.returns import issue_result

NOW = dt.datetime(2026, 11, 20, 10, 15)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_queue_notification_with_the_queue_number_then_issued(ctx):
    """Seed 002 l.37: «кезектілік нөмірі көрсетілген кезекке қою туралы хабарлама»."""
    number = accept(ctx, "preschool_queue", NOW, 1).number
    r = record_preschool_result(ctx, number, "queue_notification", employee="clerk",
                                child="Әбілқайыров Нұрлан Серікұлы", queue_number=1287,
                                now=NOW + dt.timedelta(hours=1))
    assert r.queue_number == 1287
    row = ctx.store.query_one("SELECT status, result_kind FROM packages WHERE number = ?",
                              (number,))
    assert row == {"status": "result_ready", "result_kind": "queue_notification"}
    text = _text(preschool_result_pdf(ctx, number))
    assert "кезекке қою туралы хабарлама" in text and "1287" in text
    assert "М.О." in text and "уәкілетті адамы" in text          # seal and signature, l.39
    issue_result(ctx, number, "clerk", NOW + dt.timedelta(hours=2))
    assert preschool_result(ctx, number).kind == "queue_notification"


def test_referral_names_the_preschool_organisation(ctx):
    """Seed 002 l.37: a referral to a preschool organisation by the form of Appendix 1."""
    number = accept(ctx, "preschool_queue", NOW, 2).number
    record_preschool_result(ctx, number, "referral", employee="clerk", child="Ахметова Аяла",
                            organisation="№ 45 «Балапан» бөбекжай-бақшасы", group="Ортаңғы топ",
                            now=NOW)
    text = _text(preschool_result_pdf(ctx, number))
    assert "Мектепке дейінгі ұйымға жолдама" in text and "1-қосымша" in text
    assert "«Балапан»" in text and "Ахметова Аяла" in text


def test_wrong_result_input_is_refused_and_nothing_changes(ctx):
    """Seed 002 l.37: the notification needs its queue number; only S2 has this result."""
    number = accept(ctx, "preschool_queue", NOW, 3).number
    with pytest.raises(InputError) as err:
        record_preschool_result(ctx, number, "queue_notification", employee="c", child="А Б")
    assert err.value.code == "result.queue_number"
    s8 = accept(ctx, "externat", NOW, 4).number
    with pytest.raises(InputError) as err:
        record_preschool_result(ctx, s8, "queue_notification", employee="c", child="А Б",
                                queue_number=3)
    assert err.value.code == "result.not_s2"
    assert ctx.store.query_one("SELECT status FROM packages WHERE number = ?",
                               (number,))["status"] == "accepted"


def test_result_command(data_dir, tmp_path, capsys, login_as):
    """Seed 002 l.37-39."""
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        number = accept(c, "preschool_queue", NOW, 5).number
    out = tmp_path / "r.pdf"
    assert main(["result", number, "--queue-number", "77", "--child", "Серікұлы Ерлан",
                 "--out", str(out), "--data-dir", str(data_dir), *login_as("clerk")]) == 0
    assert "queue number 77" in capsys.readouterr().out and "77" in _text(out.read_bytes())
    assert main(["result", number, "--queue-number", "78", "--child", "Х",
                 "--data-dir", str(data_dir), *login_as("clerk")]) == 2
