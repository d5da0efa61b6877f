"""Catalogue versions: import, diff, activate; a package reprints the same under a new version;
S7's document list filled in by the office becomes a new version."""

import datetime as dt
import json

import pytest

from db.packages import package_by_number
from kiosk.catalogue import Document, Text, default_catalogue_path, parse_catalogue
from kiosk.catalogue_admin import (DocumentRow, activate_version, diff_catalogues, document_rows,
                                   fill_document_rows, fill_documents, merge_document_rows,
                                   store_catalogue, versions)
from kiosk.cli import main
from kiosk.errors import InputError
from kiosk.iin import make_iin
from kiosk.intake import accept_package, check_service, request_from_dict
from kiosk.demo import fill_demo_day
from kiosk.receipts import receipt_data, receipt_pdf
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


# -- the manager's document form merged with the service's documents (catalogue_admin) --------

ITEM9_ROWS = [DocumentRow("required", "Денсаулық жағдайы туралы анықтама",
                          "Справка о состоянии здоровья"),
              DocumentRow("optional", "Білім туралы құжат", "Документ об образовании")]


def externat_request(ctx, documents):
    return request_from_dict(ctx.catalogue, {
        "service": "externat",
        "applicant": {"surname": "Сейітқали", "name": "Әйгерім", "patronymic": "",
                      "iin": make_iin(dt.date(1990, 1, 1), "female", 7),
                      "phone": "+7 701 234 56 78", "address": "Алматы қ., Абай даңғылы, 10"},
        "documents": documents, "consent": True})


def test_s8_keeps_its_seeded_application_when_item9_documents_are_added(ctx):
    """S8 (externat) holds only the application of item 4 of the regulation (seed 004 l.259,
    "Стандарттың 2-қосымшасына сәйкес өтініш") and a note that item 9 of the standard is not in
    the seeds.  An office adding the item-9 documents keeps ``application``: its id, name,
    source and the intake's handling of it (handed in as an original, intake._documents)."""
    before = ctx.catalogue.service("externat")
    application = before.document("application")
    old_number = accept_package(ctx, externat_request(ctx, ["application"]), employee="clerk",
                                now=NOW).number
    rows = document_rows(before.documents)
    assert rows == [DocumentRow("required", application.name.kk, application.name.ru,
                                "application")]
    diff = fill_document_rows(ctx, MANAGER, "externat", rows + ITEM9_ROWS, "2026.2-s8", now=NOW)
    assert diff.lines() == ["~ externat: documents +office_doc_1, documents +office_doc_2"]
    # the note that item 9 may be added goes once the office has added it
    assert ctx.catalogue.service("externat").no_documents_note is None
    after = ctx.catalogue.service("externat")
    assert ctx.catalogue.version == "2026.2-s8"
    assert [d.id for d in after.documents] == ["application", "office_doc_1", "office_doc_2"]
    assert after.document("application") == application
    assert after.document("application").source.startswith("004 l.259")
    assert after.document("office_doc_2").kind == "optional"
    assert after.document("office_doc_1").name.ru == "Справка о состоянии здоровья"
    # a package accepted under the new version: the application still an original
    result = accept_package(ctx, externat_request(ctx, ["application", "office_doc_1"]),
                            employee="clerk", now=NOW)
    assert result.outcome == "accepted" and result.missing == ()
    package = package_by_number(ctx.store, result.number)
    assert package["catalogue_version"] == "2026.2-s8"
    lines = {ln.name.ru: ln for ln in receipt_data(ctx, package).lines}
    assert lines[application.name.ru].original and lines[application.name.ru].received
    assert not lines["Справка о состоянии здоровья"].original
    assert not lines["Документ об образовании"].received
    # the package accepted before keeps its one-document list
    old = receipt_data(ctx, package_by_number(ctx.store, old_number))
    assert [ln.name.ru for ln in old.lines] == [application.name.ru] and old.lines[0].original


def test_unchanged_rows_give_back_every_service_unchanged(ctx):
    """Loading a service into the form and saving it untouched changes nothing, for every
    service of the catalogue (conditional documents, office-kind rules, notes included)."""
    for s in ctx.catalogue.services:
        assert merge_document_rows(s.documents, document_rows(s.documents)) == \
            [d.to_dict() for d in s.documents], s.id


def test_merge_keeps_fields_of_kept_documents_and_drops_removed_ones(ctx):
    s1 = ctx.catalogue.service("teacher_attestation")
    rows = document_rows(s1.documents)
    conditional = next(r for r in rows if r.kind == "conditional")
    assert s1.document(conditional.document_id).condition is not None
    first = rows[0]
    renamed_kk = DocumentRow(first.kind, "Өтініш (жаңа)", first.name_ru, first.document_id)
    renamed_ru = DocumentRow("optional", rows[1].name_kk, "Новое имя", rows[1].document_id)
    kept = [renamed_kk, renamed_ru, conditional]
    docs = merge_document_rows(s1.documents, kept + [DocumentRow("system", "Жаңа", "Новый")])
    assert [d["id"] for d in docs] == [first.document_id, rows[1].document_id,
                                       conditional.document_id, "office_doc_1"]
    old0 = s1.document(first.document_id)
    assert docs[0]["name"] == {"kk": "Өтініш (жаңа)", "ru": old0.name.ru, "en": old0.name.en}
    assert {k: v for k, v in docs[0].items() if k != "name"} == \
        {k: v for k, v in old0.to_dict().items() if k != "name"}
    assert docs[1]["name"]["en"] == "Новое имя"  # the ru name changed: the en one follows
    assert docs[1]["kind"] == "optional"
    assert docs[2] == s1.document(conditional.document_id).to_dict()
    assert docs[3] == {"id": "office_doc_1", "kind": "required", "from_information_system": True,
                       "name": {"kk": "Жаңа", "ru": "Новый", "en": "Новый"}}


def test_new_ids_never_collide_with_the_services_documents(ctx):
    existing = [Document("office_doc_1", "required", Text("a", "a", "a")),
                Document("office_doc_3", "required", Text("b", "b", "b"))]
    rows = [DocumentRow("required", "a", "a", "office_doc_1"),
            DocumentRow("required", "c", "c"), DocumentRow("optional", "d", "d")]
    assert [d["id"] for d in merge_document_rows(existing, rows)] == \
        ["office_doc_1", "office_doc_4", "office_doc_5"]


@pytest.mark.parametrize("row, field, code", [
    (DocumentRow("required", "", "", "application"), "documents.2.name_kk", "name.empty"),
    (DocumentRow("required", "Анықтама", ""), "documents.2.name_ru", "name.empty"),
    (DocumentRow("conditional", "Анықтама", "Справка"), "documents.2.kind", "field.type"),
    (DocumentRow("conditional", "Өтініш", "Заявление", "application"), "documents.2.kind",
     "field.type"),
    (DocumentRow("sometimes", "Анықтама", "Справка"), "documents.2.kind", "field.type"),
    (DocumentRow("required", "Анықтама", "Справка", "no_such"), "documents.2", "document.unknown"),
])
def test_bad_rows_name_their_row(ctx, row, field, code):
    s8 = ctx.catalogue.service("externat")
    first = DocumentRow("required", "Өтініш", "Заявление", "application")
    rows = [first, row] if row.document_id != "application" else [DocumentRow("required", "x", "y"), row]
    with pytest.raises(InputError) as e:
        merge_document_rows(s8.documents, rows)
    assert (e.value.field, e.value.code) == (field, code)
    assert e.value.text("kk") != code and e.value.text("ru") != code  # a message, not a code


def test_the_same_document_twice_and_an_empty_list_are_refused(ctx):
    s8 = ctx.catalogue.service("externat")
    row = DocumentRow("required", "Өтініш", "Заявление", "application")
    with pytest.raises(InputError) as e:
        merge_document_rows(s8.documents, [row, row])
    assert e.value.code == "document.duplicate"
    with pytest.raises(InputError) as e:
        fill_document_rows(ctx, MANAGER, "externat", [DocumentRow("required", "", "")], "v", now=NOW)
    assert e.value.code == "catalogue.no_documents"
    assert ctx.catalogue.service("externat").documents == s8.documents
