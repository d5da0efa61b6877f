"""qabyldau queue issue|call|recall|no-show|redirect|pause|resume|windows|board|announce."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from kiosk.announce import wav_duration, wav_rms
from kiosk.cli import main


@pytest.fixture
def run(monkeypatch, capsys, data_dir):
    monkeypatch.setenv("QABYLDAU_PIN", "1111")

    def _run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run


def test_issue_call_recall_no_show_and_board(run):
    code, out, _ = run("queue", "issue", "--service", "teacher_attestation", "--login", "clerk",
                       "--json")
    assert code == 0 and json.loads(out)["code"] == "A001"
    run("queue", "issue", "--service", "preschool_queue", "--login", "clerk")
    code, out, _ = run("queue", "call", "--window", "4", "--login", "clerk", "--json",
                       "--request-id", "r1")
    called = json.loads(out)
    assert (code, called["code"], called["window"]) == (0, "A001", 4)
    code, out, _ = run("queue", "call", "--window", "4", "--login", "clerk", "--json",
                       "--request-id", "r1")                         # the answer was lost
    assert json.loads(out)["code"] == "A001"
    assert run("queue", "call", "--window", "2", "--login", "clerk")[1].startswith("B001")
    code, _, err = run("queue", "call", "--window", "2", "--login", "clerk")
    assert code == 1 and "no one waiting" in err
    code, out, _ = run("queue", "recall", "A001", "--login", "clerk")
    assert code == 0 and "window 4" in out and "recall 1" in out
    code, out, _ = run("queue", "no-show", "B001", "--login", "clerk")
    assert code == 0 and "no-show" in out
    code, out, _ = run("queue", "board", "--json", "--login", "clerk")
    board = json.loads(out)
    assert [(c["code"], c["window"]) for c in board["called"]] == [("A001", 4)]
    assert {w["category"]: w["waiting"] for w in board["waiting"]}["A"] == 0
    assert "estimate_min" in board["waiting"][0]


def test_changes_need_a_signed_in_employee_and_bad_input_is_named(run, monkeypatch):
    code, _, err = run("queue", "call", "--window", "1")
    assert code == 2 and "--login" in err
    code, _, err = run("queue", "call", "--window", "0", "--login", "clerk")
    assert code == 2 and "1 to 999" in err
    code, _, err = run("queue", "recall", "Z999", "--login", "clerk")
    assert code == 2 and "Z999" in err
    code, _, err = run("queue", "windows", "--set", "3=A,B", "--login", "clerk")
    assert code == 2 and "Settings" in err                           # a clerk may not
    monkeypatch.setenv("QABYLDAU_PIN", "4444")
    code, _, err = run("queue", "windows", "--set", "3=Q", "--login", "admin")
    assert code == 2 and "A, B, C, D" in err
    code, out, _ = run("queue", "windows", "--set", "3=A,B", "--no-show-after", "2",
                       "--login", "admin", "--json")
    assert json.loads(out)["windows"] == {"3": ["A", "B"]} and json.loads(out)["no_show_after"] == 2


def test_pause_and_resume_a_window(run):
    run("queue", "issue", "--login", "clerk")
    assert run("queue", "pause", "--window", "2", "--login", "clerk")[0] == 0
    code, _, err = run("queue", "call", "--window", "2", "--login", "clerk")
    assert code == 2 and "break" in err
    run("queue", "resume", "--window", "2", "--login", "clerk")
    assert run("queue", "call", "--window", "2", "--login", "clerk")[0] == 0


needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng") and not os.environ.get("CI"),
                                  reason="espeak-ng is not installed (test.sh installs it)")


@needs_espeak
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_announce_writes_speech_of_one_to_eight_seconds(run, tmp_path, lang):
    out = tmp_path / f"call-{lang}.wav"
    code, _, err = run("queue", "announce", "A012", "--window", "5", "--lang", lang,
                       "--out", str(out), "--login", "clerk")
    assert code == 0, err
    data = out.read_bytes()
    assert 1.0 <= wav_duration(data) <= 8.0
    assert wav_rms(data, 0.0, 0.9) > 0.02                            # the chime
    assert wav_rms(data, 1.2) > 0.02                                 # the speech after it


def test_announce_refuses_bad_input(run, tmp_path):
    code, _, err = run("queue", "announce", "12", "--window", "5", "--lang", "kk",
                       "--out", str(tmp_path / "x.wav"), "--login", "clerk")
    assert code == 2 and "A012" in err
    code, _, err = run("queue", "announce", "A012", "--window", "5", "--lang", "ru",
                       "--out", str(tmp_path / "no" / "x.wav"), "--login", "clerk")
    assert code == 2 and "Нет такой папки" in err
    assert not (tmp_path / "x.wav").exists()
