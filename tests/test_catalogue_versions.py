"""Catalogue versions: import, diff, activate; a package reprints the same under a new version;
S7's document list filled in by the office becomes a new version."""

import datetime as dt
import json

import pytest

from kiosk.catalogue import default_catalogue_path, parse_catalogue
from kiosk.catalogue_admin import (activate_version, diff_catalogues, fill_documents,
                                   store_catalogue, versions)
from kiosk.cli import main
from kiosk.errors import InputError
from kiosk.intake import check_service
from kiosk.demo import fill_demo_day
from kiosk.receipts import receipt_pdf
from kiosk.staff import Employee

NOW = dt.datetime(2026, 11, 20, 10, 15)
MANAGER = Employee("manager", "Басшы", "manager")


def v2_text():
    data = json.loads(default_catalogue_path().read_text("utf-8"))
    data["version"] = "2026.9"
    for s in data["services"]:
        if s["id"] == "teacher_attestation":
            s["documents"][0]["name"]["kk"] = "Өтініш (жаңа нысан)"
            s["documents"][0]["name"]["ru"] = "Заявление (новая форма)"
            s["documents"].pop()
    return json.dumps(data, ensure_ascii=False)


def test_package_under_v1_reprints_identically_after_v2(ctx):
    results = fill_demo_day(ctx, NOW.date(), 12, seed=9)
    s1 = [r for r in results if ctx.store.query_one(
        "SELECT service_id FROM packages WHERE number = ?", (r.number,))["service_id"] == "teacher_attestation"]
    assert s1
    before = {r.number: receipt_pdf(ctx, r.number) for r in results}
    v2 = parse_catalogue(v2_text(), "v2.json")
    diff = store_catalogue(ctx, MANAGER, v2, activate=True, now=NOW)
    assert diff.changed["teacher_attestation"][0].startswith("documents")
    assert ctx.catalogue.version == "2026.9"
    for number, pdf in before.items():
        assert receipt_pdf(ctx, number) == pdf
    kinds = [r["kind"] for r in ctx.store.query("SELECT kind FROM events WHERE employee = 'manager'")]
    assert kinds == ["catalogue_imported", "catalogue_activated"]
    assert [v["version"] for v in versions(ctx) if v["active"]] == ["2026.9"]
    activate_version(ctx, MANAGER, "2026.2", now=NOW)
    assert ctx.catalogue.version == "2026.2"


def test_same_version_other_content_is_refused(ctx):
    data = json.loads(v2_text())
    data["version"] = ctx.catalogue.version
    with pytest.raises(InputError) as e:
        store_catalogue(ctx, MANAGER, parse_catalogue(json.dumps(data), "x"), activate=True, now=NOW)
    assert e.value.code == "catalogue.version_taken"
    with pytest.raises(InputError):
        store_catalogue(ctx, Employee("d", "Д", "dispatcher"), parse_catalogue(v2_text()),
                        activate=True, now=NOW)


def test_fill_s7_documents_as_a_new_version(ctx):
    with pytest.raises(InputError):
        check_service(ctx.catalogue, "school_admission")
    docs = [{"id": "application", "kind": "required",
             "name": {"kk": "Өтініш", "ru": "Заявление", "en": "Application"}},
            {"id": "birth_certificate", "kind": "required", "from_information_system": True,
             "name": {"kk": "Туу туралы куәлік", "ru": "Свидетельство о рождении",
                      "en": "Birth certificate"}}]
    diff = fill_documents(ctx, MANAGER, "school_admission", docs, "2026.2-s7", now=NOW)
    assert diff.changed == {"school_admission": ["documents +application", "documents +birth_certificate"]}
    assert check_service(ctx.catalogue, "school_admission").code == "S7"
    assert diff_catalogues(ctx.catalogue, ctx.catalogue).empty


def test_catalogue_diff_command(tmp_path, data_dir, capsys, login_as):
    f = tmp_path / "v2.json"
    f.write_text(v2_text(), "utf-8")
    assert main(["catalogue", "diff", str(f), "--data-dir", str(data_dir),
                 *login_as("manager")]) == 0
    out = capsys.readouterr().out
    assert "2026.2 -> 2026.9" in out and "~ teacher_attestation" in out
