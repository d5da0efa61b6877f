import copy
import json

import pytest

from kiosk.catalogue import CatalogueError, default_catalogue_path, load_catalogue, parse_catalogue

RAW = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
KAZAKH = set("әғқңөұүһі")


def _broken(mutate) -> CatalogueError:
    data = copy.deepcopy(RAW)
    mutate(data)
    with pytest.raises(CatalogueError) as e:
        parse_catalogue(json.dumps(data, ensure_ascii=False), "broken.json")
    return e.value


def test_all_ten_services_load():
    cat = load_catalogue()
    assert [s.code for s in cat.services] == [f"S{i}" for i in range(1, 11)]
    assert cat.version
    for s in cat.services:
        assert s.name.kk and s.name.ru and s.name.en
        assert any(ch in KAZAKH for ch in s.name.kk.lower()), s.id


EXPECTED_DOCS = {  # DOMAIN.md section 2: (count, kinds in order where the digest fixes them)
    "teacher_attestation": ["required"] * 5 + ["conditional", "optional"],
    "preschool_queue": ["required", "required", "required", "optional"],
    "additional_education": ["required"] * 4,
}


@pytest.mark.parametrize("sid,kinds", EXPECTED_DOCS.items())
def test_documents_as_domain_lists(sid, kinds):
    s = load_catalogue().service(sid)
    assert [d.kind for d in s.documents] == kinds


def test_seed_details():
    cat = load_catalogue()
    s1 = cat.service("teacher_attestation")
    assert s1.limits.max_wait_min == 20 and s1.limits.max_service_min == 20
    doc6 = s1.documents[5]
    assert doc6.condition and doc6.condition.exempt_when is True
    assert s1.documents[6].note is not None  # professional achievements: until 30 December
    s2 = cat.service("preschool_queue")
    assert [d.from_information_system for d in s2.documents] == [False, True, True, True]
    assert s2.limits.max_wait_min == 15 and s2.limits.total_min == 30
    assert cat.service("preschool_admission").registry_code == "00403002"
    s4 = cat.service("additional_education")
    assert s4.registry_code == "00403006"
    assert s4.term_working_days == 1 and s4.acceptance_day_counts is False
    assert len(cat.service("preschool_admission").documents) == 7
    assert len(cat.service("teacher_competition").documents) == 12
    assert len(cat.service("teacher_attestation_online").documents) == 9
    assert cat.service("teacher_attestation_online").information_only
    assert cat.service("school_admission").documents == ()
    assert not cat.service("school_admission").can_accept
    assert cat.service("summer_camp").status == "repealed"
    assert cat.service("certificate_duplicate").term_working_days == 14
    assert cat.service("externat").term_working_days == 12
    assert {s.id for s in cat.services if s.courier} >= {"externat", "certificate_duplicate"}
    assert "summer_camp" not in {s.id for s in cat.active()}


def test_search_by_words_clerks_type():
    cat = load_catalogue()
    assert "certificate_duplicate" in [s.id for s in cat.search("дубликат")]
    assert "externat" in [s.id for s in cat.search("экстернат")]
    assert "teacher_attestation" in [s.id for s in cat.search("аттестация")]
    assert [s.id for s in cat.search("00403006")] == ["additional_education"]


def test_broken_json_names_file_and_position():
    with pytest.raises(CatalogueError) as e:
        parse_catalogue('{"version": "1", "services": [', "bad.json")
    assert "bad.json" in str(e.value) and "line 1" in str(e.value)


def test_missing_field_names_service_and_field():
    err = _broken(lambda d: d["services"][0]["name"].pop("ru"))
    assert err.file == "broken.json" and err.service == "teacher_attestation"
    assert err.field == "name.ru"
    assert "teacher_attestation" in str(err) and "name.ru" in str(err)


def test_bad_kind_named():
    err = _broken(lambda d: d["services"][1]["documents"][0].update(kind="mandatory"))
    assert err.service == "preschool_queue" and err.field.endswith(".kind")
    assert "mandatory" in str(err)


def test_conditional_without_condition():
    err = _broken(lambda d: d["services"][0]["documents"][5].update(condition=None))
    assert err.field.endswith("condition")


def test_duplicate_service_and_document_ids():
    err = _broken(lambda d: d["services"][1].update(id=d["services"][0]["id"]))
    assert "two services" in str(err)
    err = _broken(lambda d: d["services"][0]["documents"][1].update(
        id=d["services"][0]["documents"][0]["id"]))
    assert "used twice" in str(err)


def test_wrong_types_and_values():
    assert _broken(lambda d: d["services"][0].update(courier="yes")).field == "courier"
    assert _broken(lambda d: d["services"][0]["limits"].update(max_wait_min=-5)).field == "limits.max_wait_min"
    assert _broken(lambda d: d["services"][0].update(status="old")).field == "status"
    assert _broken(lambda d: d.pop("version")).field == "version"
    assert _broken(lambda d: d["services"][0].update(registry_code="12")).field == "registry_code"


def test_unreadable_file(tmp_path):
    with pytest.raises(CatalogueError) as e:
        load_catalogue(tmp_path / "nope.json")
    assert "nope.json" in str(e.value)
    (tmp_path / "latin1.json").write_bytes("{\"version\": \"é\"}".encode("latin-1"))
    with pytest.raises(CatalogueError) as e:
        load_catalogue(tmp_path / "latin1.json")
    assert "UTF-8" in str(e.value)
