"""Whatever a person types or a file holds, the core answers with a clear message (in Kazakh,
Russian and English) or a clean value, never a crash, and nothing is stored half-way."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.applicant import (ADDRESS_MAX, NAME_MAX, clean_address, clean_name, clean_phone,
                             person_from_dict)
from kiosk.catalogue import CatalogueError, default_catalogue_path, parse_catalogue
from kiosk.errors import LANGS, MESSAGES, InputError
from kiosk.iin import make_iin, validate_iin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request as good_request  # noqa: E402

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

NASTY = [
    "", " ", "\t\n", "A" * 10_000, "Ә" * 10_000, "\x00", "Иван\x07ов", "Ив\u200bанов", "\ud800",
    "Ivanов", "Иванов😀", "😀", "O'Brien", "'; DROP TABLE packages; --", "\" OR 1=1 --",
    "Robert'); DELETE FROM events;--", "<script>alert(1)</script>", "١٢٣", "Ⅻ", "\u202eвонави",
    "Әбілқайыров-Сейітқали", "Д’Артаньян", "Нұр  Сұлтан", "ИВАНОВ", "e\u0301", "ǅ",
    "2026-02-30", "31.02.2026", "00000000000", "+7 (701) 234-56-78", "8 701 234 56 78",
    "+7701234567８", "９９０５１５３０００１２",
]
texts = st.one_of(st.sampled_from(NASTY), st.text(max_size=300),
                  st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Zs", "Pd")),
                          max_size=80))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12)


def assert_clear(exc: InputError) -> None:
    """A message a person can read, in all three languages, with no unfilled placeholder."""
    assert exc.code in MESSAGES, exc.code
    for lang in LANGS:
        text = exc.text(lang)
        assert text.strip() and "{" not in text, (exc.code, lang, text)
        assert len(text) < 400 and text.encode("utf-8")  # printable, not an echo of 10,000 chars
    str(exc).encode("utf-8")


def no_controls(value: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in value)


# -- fields --------------------------------------------------------------------------------
@SETTINGS
@given(texts)
def test_names(text: str) -> None:
    try:
        value = clean_name("applicant.surname", text)
    except InputError as exc:
        assert exc.field == "applicant.surname"
        assert_clear(exc)
        return
    assert value and len(value) <= NAME_MAX and no_controls(value)
    assert value == value.strip() and "  " not in value
    assert not any(ch.isdigit() for ch in value) and "'" + ";" not in value


@SETTINGS
@given(texts)
def test_addresses(text: str) -> None:
    try:
        value = clean_address("applicant.address", text)
    except InputError as exc:
        assert_clear(exc)
        return
    assert value and len(value) <= ADDRESS_MAX and no_controls(value)


@SETTINGS
@given(st.one_of(texts, st.from_regex(r"\A[+0-9 ()\-]{0,20}\Z")))
def test_phones(text: str) -> None:
    try:
        value = clean_phone("applicant.phone", text)
    except InputError as exc:
        assert_clear(exc)
        return
    assert len(value) == 12 and value.startswith("+7") and value[1:].isascii() and value[1:].isdigit()


@SETTINGS
@given(st.one_of(texts, st.from_regex(r"\A[0-9]{12}\Z"), st.from_regex(r"\A[0-9 ]{0,16}\Z")))
def test_iins(text: str) -> None:
    try:
        info = validate_iin(text)
    except InputError as exc:
        assert_clear(exc)
        return
    assert len(info.iin) == 12 and info.iin.isascii() and info.iin.isdigit()


@pytest.mark.parametrize("birth", ["990230", "000231", "851301", "850000", "850432"])
def test_impossible_birth_dates_in_an_iin(birth: str) -> None:
    for serial in range(20):
        first11 = f"{birth}3{serial:04d}"
        from kiosk.iin import iin_check_digit
        check = iin_check_digit(first11)
        if check is None:
            continue
        with pytest.raises(InputError) as exc:
            validate_iin(first11 + str(check))
        assert exc.value.code == "iin.date"
        assert_clear(exc.value)
        return
    pytest.fail("no IIN built")


@SETTINGS
@given(json_values)
def test_person_from_any_json(data: object) -> None:
    try:
        person_from_dict(data, "applicant")
        person_from_dict(data, "representative", representative=True)
    except InputError as exc:
        assert exc.field.startswith(("applicant", "representative"))
        assert_clear(exc)


@SETTINGS
@given(st.dictionaries(st.sampled_from(["surname", "name", "patronymic", "iin", "phone",
                                        "address", "poa"]), json_values))
def test_person_fields_replaced_by_anything(change: dict) -> None:
    base = {"surname": "Сейітқали", "name": "Әйгерім", "patronymic": "",
            "iin": make_iin(dt.date(1990, 5, 15), "male", 1), "phone": "+77012345678",
            "address": "Алматы", "poa": "№ 12 от 01.02.2026"}
    base.update(change)
    try:
        p = person_from_dict(base, "representative", representative=True)
    except InputError as exc:
        assert_clear(exc)
        return
    for value in (p.surname, p.name, p.patronymic, p.address, p.poa):
        assert isinstance(value, str) and no_controls(value)


# -- the accept request ----------------------------------------------------------------------
KEYS = ["service", "applicant", "representative", "answers", "documents", "consent",
        "channel", "ticket_id"]


@pytest.fixture(scope="module")
def catalogue():
    from kiosk.catalogue import load_catalogue
    return load_catalogue()


def _count(ctx) -> tuple[int, int, int]:
    q = ctx.store.query_one
    # a new store's own set-up events (accounts, catalogue imported, office created, rows
    # sealed) and sign-ins aside: the events of the work
    return (q("SELECT COUNT(*) AS n FROM packages")["n"],
            q("SELECT COUNT(*) AS n FROM events WHERE kind NOT IN ('store_created', "
              "'staff_added', 'signed_in', 'catalogue_imported', 'office_created', "
              "'audit_sealed')")["n"],
            q("SELECT COALESCE(SUM(last), 0) AS n FROM counters")["n"])


@SETTINGS
@given(st.dictionaries(st.sampled_from(KEYS), json_values, min_size=1, max_size=3))
def test_accept_request_with_any_field_replaced(ctx, change: dict) -> None:
    """A valid request with some fields replaced by anything: either a clear InputError and
    nothing stored, or one whole package with its event and number."""
    from kiosk.intake import accept_package, request_from_dict
    data = good_request(1, ctx.catalogue)
    data.update(change)
    before = _count(ctx)
    try:
        req = request_from_dict(ctx.catalogue, data)
        result = accept_package(ctx, req, employee="desk")
    except InputError as exc:
        assert_clear(exc)
        assert _count(ctx) == before
        return
    after = _count(ctx)
    assert after == (before[0] + 1, before[1] + 1, before[2] + 1)
    from kiosk.receipts import receipt_pdf
    assert receipt_pdf(ctx, result.number).startswith(b"%PDF")


@SETTINGS
@given(st.one_of(json_values, st.text(max_size=200), st.binary(max_size=200)))
def test_accept_json_of_anything(catalogue, payload: object) -> None:
    from kiosk.intake import parse_request_json
    text = payload if isinstance(payload, (str, bytes)) else json.dumps(payload)
    with pytest.raises(InputError) as exc:
        parse_request_json(catalogue, text)
    assert_clear(exc.value)


def test_sql_looking_text_is_stored_as_text(ctx) -> None:
    from kiosk.intake import accept_package, request_from_dict
    from db.packages import find_packages
    data = good_request(2, ctx.catalogue)
    data["applicant"]["address"] = "'); DROP TABLE packages; -- \"x\" OR 1=1"
    result = accept_package(ctx, request_from_dict(ctx.catalogue, data), employee="desk")
    assert find_packages(ctx.store, result.number)[0]["address"] == data["applicant"]["address"]
    assert find_packages(ctx.store, "'; DROP TABLE packages; --") == []
    assert find_packages(ctx.store, "%") == [] and find_packages(ctx.store, "_") == []


def test_a_failure_inside_the_write_stores_nothing(ctx, monkeypatch) -> None:
    from db import events
    from kiosk.intake import accept_package, request_from_dict
    req = request_from_dict(ctx.catalogue, good_request(4, ctx.catalogue))
    before = _count(ctx)

    def fail(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(events, "append_event", fail)
    with pytest.raises(OSError):
        accept_package(ctx, req, employee="desk")
    assert _count(ctx) == before


CLI_BAD = [b"", b"\xff\xfe\x00garbage", b"[]", b"null", b'{"service": "\\ud800"}',
           json.dumps({"a": "x" * 10_000}).encode(), b"{" * 5000]


@pytest.mark.parametrize("raw", CLI_BAD, ids=range(len(CLI_BAD)))
def test_cli_accept_with_a_bad_file(tmp_path, data_dir, capsys, login_as, raw: bytes) -> None:
    from kiosk.cli import main
    f = tmp_path / "req.json"
    f.write_bytes(raw)
    code = main(["accept", "--json", str(f), "--data-dir", str(data_dir), "--lang", "kk",
                 *login_as("clerk")])
    out, err = capsys.readouterr()
    assert code == 2 and err.strip().startswith("qabyldau:") and "Traceback" not in err
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        assert _count(c) == (0, 0, 0)


def test_cli_impossible_date(data_dir, capsys, login_as) -> None:
    from kiosk.cli import main
    assert main(["lookup", "--date", "2026-02-30", "--data-dir", str(data_dir),
                 *login_as("clerk")]) == 2
    assert "date" in capsys.readouterr().err


# -- a catalogue file ------------------------------------------------------------------------
REAL = json.loads(default_catalogue_path().read_text(encoding="utf-8"))


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p in _paths(REAL) if p][:4000]


def _set(obj, path, value):
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


def _expect_only_catalogue_error(data) -> None:
    try:
        parse_catalogue(data, "test.json")
    except CatalogueError as exc:
        assert str(exc).strip()
        assert str(exc).startswith("test.json")


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values), min_size=1, max_size=3))
def test_catalogue_with_fields_replaced(changes) -> None:
    data = copy.deepcopy(REAL)
    for path, value in changes:
        try:
            _set(data, path, value)
        except (KeyError, IndexError, TypeError):
            assume(False)
    _expect_only_catalogue_error(json.dumps(data, ensure_ascii=False))
    _expect_only_catalogue_error(json.dumps(data).encode("ascii"))  # escapes such as \\ud800


@SETTINGS
@given(st.one_of(st.binary(max_size=500), st.text(max_size=500), json_values.map(json.dumps)))
def test_catalogue_of_anything(data) -> None:
    _expect_only_catalogue_error(data)


@SETTINGS
@given(st.integers(0, len(default_catalogue_path().read_bytes())))
def test_truncated_catalogue(cut: int) -> None:
    _expect_only_catalogue_error(default_catalogue_path().read_bytes()[:cut])


@pytest.mark.parametrize("change", [
    {"ticket_id": 5}, {"ticket_id": 2 ** 70}, {"ticket_id": -1}, {"ticket_id": "1"},
    {"channel": "\ud800"}, {"channel": "x" * 10_000}, {"channel": {"a": 1}}, {"channel": 7},
    {"consent": "yes"}, {"documents": [{"id": "application", "pages": 10 ** 30}]},
    {"answers": {"\ud800": True}}, {"service": "x" * 10_000},
])
def test_accept_request_edge_fields(ctx, change) -> None:
    from kiosk.intake import accept_package, request_from_dict
    data = good_request(1, ctx.catalogue)
    data.update(change)
    with pytest.raises(InputError) as exc:
        accept_package(ctx, request_from_dict(ctx.catalogue, data), employee="desk")
    assert_clear(exc.value)
    assert _count(ctx) == (0, 0, 0)
