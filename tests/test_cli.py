"""The command line as a person at a shell uses it: demo, lookup, receipt, accept."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.cli import main
from kiosk.iin import make_iin

ROOT = Path(__file__).resolve().parents[1]
# every test on the embedded store and on the office server (store_target sets
# $QABYLDAU_STORE, which the shell commands inherit)
pytestmark = pytest.mark.usefixtures("store_target")
VALID_IIN = make_iin(dt.date(1990, 5, 15), "male", 1)
S1_DOCS = ["application", "identity_document", "diploma", "professional_development", "employment"]


PINS = {"clerk": "1111", "dispatcher": "2222", "manager": "3333", "admin": "4444"}


def run(capsys, *args, login="clerk"):
    """The command signed in as a demo account of the test's training store."""
    saved = os.environ.get("QABYLDAU_PIN")
    os.environ["QABYLDAU_PIN"] = PINS[login]
    try:
        code = main([*args, "--login", login])
    finally:
        if saved is None:
            os.environ.pop("QABYLDAU_PIN", None)
        else:
            os.environ["QABYLDAU_PIN"] = saved
    out, err = capsys.readouterr()
    return code, out, err


def applicant(**over):
    a = {"surname": "Әбілқайыров", "name": "Нұрсұлтан", "patronymic": "Өтегенұлы",
         "iin": VALID_IIN, "phone": "+7 701 234 56 78",
         "address": "Алматы қ., Әуезов ауданы, Жандосов көшесі, 98"}
    a.update(over)
    return a


def request(tmp_path, **over):
    from kiosk.catalogue import load_catalogue
    s1 = load_catalogue().service("teacher_attestation")
    cond = s1.conditions[0]
    req = {"service": "teacher_attestation", "applicant": applicant(), "representative": None,
           "answers": {cond.id: cond.exempt_when}, "documents": S1_DOCS, "consent": True}
    req.update(over)
    path = tmp_path / "req.json"
    path.write_text(json.dumps(req, ensure_ascii=False), encoding="utf-8")
    return path


def test_services_json(capsys, data_dir):
    code, out, _ = run(capsys, "services", "--json", "--data-dir", str(data_dir))
    assert code == 0
    services = json.loads(out)
    ids = [s["id"] for s in services]
    assert "summer_camp" not in ids and "teacher_attestation" in ids
    s1 = services[ids.index("teacher_attestation")]
    assert set(s1) >= {"id", "registry_code", "name", "status", "courier", "documents"}
    assert set(s1["name"]) == {"kk", "ru", "en"}
    cond = [d for d in s1["documents"] if d["kind"] == "conditional"][0]
    assert set(cond["condition"]) == {"id", "question", "exempt_when"}
    assert all(isinstance(d["from_information_system"], bool) for d in s1["documents"])


def test_accept_complete_and_refuse_incomplete(capsys, tmp_path, data_dir):
    good = request(tmp_path, applicant=applicant(iin=VALID_IIN))
    code, out, err = run(capsys, "accept", "--json", str(good), "--data-dir", str(data_dir))
    assert code == 0, err
    res = json.loads(out)
    assert res["outcome"] == "accepted" and res["missing"] == []
    assert res["number"].endswith("-261120-0001")
    text = "".join(p.extract_text() for p in PdfReader(res["pdf"]).pages)
    assert res["number"] in text and "Әбілқайыров Нұрсұлтан Өтегенұлы" in text

    bad = request(tmp_path, applicant=applicant(iin=VALID_IIN), documents=S1_DOCS[:3])
    code, out, _ = run(capsys, "accept", "--json", str(bad), "--data-dir", str(data_dir))
    res2 = json.loads(out)
    assert code == 0 and res2["outcome"] == "refused"
    assert res2["missing"] == ["professional_development", "employment"]
    assert res2["number"].endswith("-0002")

    code, out, _ = run(capsys, "lookup", "Әбілқ", "--json", "--data-dir", str(data_dir))
    rows = json.loads(out)
    assert [r["status"] for r in rows] == ["refused", "accepted"]
    assert set(rows[0]) >= {"number", "status", "service", "surname", "accepted_at"}


@pytest.mark.parametrize("change,field", [
    ({"applicant": {"iin": "900515300019"}}, "applicant.iin"),
    ({"applicant": {"surname": ""}}, "applicant.surname"),
    ({"service": "no_such_service"}, "service"),
    ({"service": "summer_camp"}, "service"),
    ({"service": "school_admission"}, "service"),
    ({"consent": False}, "consent"),
    ({"documents": ["passport_of_mars"]}, "documents"),
    ({"representative": {"surname": "Иванов", "name": "Иван", "iin": "900515300019",
                         "phone": "+77011234567", "address": "Алматы", "poa": "№1"}},
     "representative.iin"),
])
def test_invalid_input_exits_2_and_stores_nothing(capsys, tmp_path, data_dir, change, field):
    change = dict(change)  # the parameter is shared by both engines' runs
    base = {"applicant": applicant(iin=VALID_IIN)}
    if "applicant" in change:
        base["applicant"].update(change.pop("applicant"))
    path = request(tmp_path, **base, **change)
    code, out, err = run(capsys, "accept", "--json", str(path), "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert field in err
    code, out, _ = run(capsys, "lookup", "--json", "--data-dir", str(data_dir))
    assert json.loads(out) == []


def test_malformed_json(capsys, tmp_path, data_dir):
    p = tmp_path / "broken.json"
    p.write_text('{"service": "teacher_attestation", ', encoding="utf-8")
    code, _, err = run(capsys, "accept", "--json", str(p), "--data-dir", str(data_dir))
    assert code == 2 and "JSON" in err


def test_messages_in_kazakh(capsys, tmp_path, data_dir):
    path = request(tmp_path, applicant=applicant(iin="12345"))
    code, _, err = run(capsys, "accept", "--json", str(path), "--data-dir", str(data_dir), "--lang", "kk")
    assert code == 2 and "ЖСН 12 цифрдан" in err


def test_demo_lookup_receipt_check_from_a_shell(tmp_path):
    env_cmd = [sys.executable, "-m", "kiosk"]
    home = str(tmp_path / "office")
    env = {**os.environ, "QABYLDAU_PIN": "1111"}

    def sh(*args):
        return subprocess.run([*env_cmd, *args, "--data-dir", home, "--login", "clerk"],
                              capture_output=True, text=True, cwd=ROOT, env=env)

    r = sh("demo", "--date", "2026-11-20", "--packages", "30")
    assert r.returncode == 0, r.stderr
    rows = json.loads(sh("lookup", "--date", "2026-11-20", "--json").stdout)
    assert len(rows) == 30
    assert {r["status"] for r in rows} == {"accepted", "refused"}
    times = sorted(r["accepted_at"][11:16] for r in rows)
    assert "09:00" <= times[0] and times[-1] < "17:30"
    assert not any("13:00" <= t < "14:00" for t in times)
    number = rows[0]["number"]
    assert [x["number"] for x in json.loads(sh("lookup", number, "--json").stdout)] == [number]
    out = tmp_path / "again.pdf"
    r = sh("receipt", number, "--out", str(out), "--format", "80mm")
    assert r.returncode == 0 and out.exists()
    from kiosk.context import open_context
    with open_context(home) as ctx:                                   # the reprint is in the trail
        kinds = [(r["kind"], r["employee"]) for r in ctx.store.query(
            "SELECT e.kind, e.employee FROM events e JOIN packages p "
            "ON p.id = e.package_id WHERE p.number = ?", (number,))]
    assert ("reprinted", "clerk") in kinds
    assert number in "".join(p.extract_text() for p in PdfReader(out).pages)
    assert sh("receipt", "NOPE-01-000000-0000", "--out", str(out)).returncode == 1
    r = sh("check")
    assert r.returncode == 0 and r.stdout.startswith("ok")


def test_a_command_that_signs_in_without_a_pin_or_terminal_says_so(tmp_path, data_dir):
    import os
    env = {k: v for k, v in os.environ.items() if k != "QABYLDAU_PIN"}
    r = subprocess.run([sys.executable, "-m", "kiosk", "complaint", "add", "--login", "manager",
                        "--number", "K-1", "--applicant", "Ким М.", "--text", "Очередь",
                        "--data-dir", str(data_dir)],
                       capture_output=True, text=True, cwd=ROOT, env=env,
                       stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "no PIN for manager" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kiosk", "complaint", "add", "--number", "K-1",
                        "--applicant", "Ким М.", "--text", "Очередь", "--data-dir",
                        str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                       env=env, stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--login" in r.stderr
