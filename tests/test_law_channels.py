"""Issue 15, points 1-6: who may be served where, with which documents, and when.
Each test names the seed line it follows (../shared/seeds/)."""

from __future__ import annotations

import datetime as dt

import pytest

from courier_helpers import accept, person
from kiosk.catalogue import load_catalogue
from kiosk.checklist import evaluate
from kiosk.errors import InputError
from kiosk.intake import AcceptRequest, ReceivedDocument, accept_package, request_from_dict
from tests.office_helpers import store_office

NOW = dt.datetime(2026, 11, 20, 10, 15)   # a Friday, in the acceptance hours


def _count(ctx) -> int:
    return ctx.store.query_one("SELECT COUNT(*) AS n FROM packages")["n"]


def _office(ctx, **changes):
    store_office(ctx, **changes)


def test_catalogue_is_a_new_version_citing_seed_lines():
    cat = load_catalogue()
    assert cat.version == "2026.2"
    for s in cat.services:
        assert s.source, s.id
        for d in s.documents:
            assert d.source, (s.id, d.id)
        for _, steps in s.steps:
            assert all(st.source for st in steps)


def test_s4_at_the_state_corporation_takes_identity_from_information_systems(ctx):
    """Seed 003 l.295: at the State Corporation the employee obtains the parent's identity
    document and the child's birth certificate through the e-government gateway; Law 88-V
    (seed 003 l.155) forbids demanding them."""
    s4 = ctx.catalogue.service("additional_education")
    docs = ("application", "medical_certificate_027", "personal_data_consent")
    r = evaluate(s4, {}, docs, "state_corporation")
    assert r.complete and "identity_document" not in r.missing_ids
    before = _count(ctx)
    req = AcceptRequest("additional_education", person(1), None, {},
                        tuple(ReceivedDocument(d) for d in docs), True)
    result = accept_package(ctx, req, employee="clerk", now=NOW)
    assert result.outcome == "accepted" and _count(ctx) == before + 1
    # at the provider's own office the paper is still asked for (seed 003 l.292)
    _office(ctx, office_kind="provider")
    assert evaluate(s4, {}, docs, "provider").missing_ids == ["identity_document"]


def test_s2_at_a_village_akimat_originals_shown_and_copies_given(ctx):
    """Seed 002 l.27: at a settlement, village or rural district akimat the applicant shows
    the originals (for identification) and gives copies; seed 002 l.25: elsewhere the
    employee obtains them from information systems."""
    s2 = ctx.catalogue.service("preschool_queue")
    at_con = evaluate(s2, {}, ["application"], "state_corporation")
    assert at_con.complete
    village = evaluate(s2, {}, ["application"], "village_akimat")
    assert village.missing_ids == ["birth_certificate", "identity_document"]
    docs = {d.id: d for d in s2.documents_at("village_akimat")}
    assert docs["birth_certificate"].originals_shown and not docs["birth_certificate"].from_information_system


def test_s3_at_a_counter_is_refused_as_portal_only(ctx):
    """Seed 003 l.213-217: S3 is filed through the portal, informatisation objects or a
    registered mobile device only: a counter informs (as for S6)."""
    before = _count(ctx)
    s3 = ctx.catalogue.service("preschool_admission")
    assert s3.information_only and s3.channels == ("portal",)
    with pytest.raises(InputError) as err:
        request_from_dict(ctx.catalogue, {"service": "preschool_admission"})
    assert err.value.code == "service.information_only"
    assert "портал" in err.value.text("kk") and "портал" in err.value.text("ru")
    assert _count(ctx) == before


def test_s8_only_the_application_and_item_9_shown_as_missing_from_the_seeds():
    """Seed 004 l.259: the application by Appendix 2 of the standard is the only document
    the seed names; item 9 of the standard is not in the seeds (as for S7, 004 l.95)."""
    cat = load_catalogue()
    s8 = cat.service("externat")
    assert [d.id for d in s8.documents] == ["application"]
    assert all("medical" not in d.id for d in s8.documents)
    assert s8.no_documents_note is not None and "9" in s8.no_documents_note.kk
    assert cat.service("school_admission").no_documents_note is not None


def test_s8_accepted_with_the_application_alone(ctx):
    """Seed 004 l.259."""
    r = accept(ctx, "externat", NOW, 1)
    assert r.outcome == "accepted" and r.missing == ()


def test_s5_personnel_record_sheet_is_required():
    """Seed 003 l.307: only the phones are "if any" («бар болса» inside the bracket)."""
    s5 = load_catalogue().service("teacher_competition")
    doc = s5.document("personnel_record_sheet")
    assert doc.kind == "required"
    r = evaluate(s5, {}, [d.id for d in s5.documents if d.kind == "required"
                          and d.id != "personnel_record_sheet"])
    assert r.missing_ids == ["personnel_record_sheet"]


def test_office_setting_says_which_services_it_accepts(ctx):
    """Seed 001 l.13-15 (Mangystau: S1 also at the State Corporation branch) and seed 000
    l.11 (Akmola: only the provider's office): an office setting decides; the demo ЦОН
    keeps S1."""
    assert ctx.office.accepts("teacher_attestation")
    assert accept(ctx, "teacher_attestation", NOW, 1).outcome == "accepted"
    _office(ctx, services=["externat", "certificate_duplicate"])
    before = _count(ctx)
    with pytest.raises(InputError) as err:
        accept(ctx, "teacher_attestation", NOW, 2)
    assert err.value.code == "service.not_here" and _count(ctx) == before


def test_a_service_unticked_on_one_pc_is_refused_on_another(ctx, data_dir):
    """Issue 15 point 5 in an office of several PCs: the administrator unticks S1 at one PC;
    another PC, open since the morning, refuses S1 at its next acceptance and says why."""
    from kiosk.context import open_context
    from kiosk.settings import update_office
    from kiosk.staff import Employee
    other = open_context(data_dir)
    try:
        assert accept(other, "teacher_attestation", NOW, 1).outcome == "accepted"
        admin = Employee("admin", "Administrator", "administrator")
        update_office(ctx, admin, {"services": ["externat", "certificate_duplicate"]}, now=NOW)
        before = _count(ctx)
        with pytest.raises(InputError) as err:
            accept(other, "teacher_attestation", NOW, 2)
        assert err.value.code == "service.not_here" and _count(ctx) == before
        update_office(ctx, admin, {"services": None}, now=NOW)
        assert accept(other, "teacher_attestation", NOW, 3).outcome == "accepted"
    finally:
        other.close()


def test_s8_at_a_provider_office_is_not_a_channel(ctx):
    """Seed 004 l.243-247: S8 is accepted through the State Corporation and the portal."""
    _office(ctx, office_kind="provider")
    with pytest.raises(InputError) as err:
        accept(ctx, "externat", NOW, 1)
    assert err.value.code == "service.channel"


@pytest.mark.parametrize("moment", [dt.datetime(2026, 11, 20, 19, 40),   # evening
                                    dt.datetime(2026, 11, 22, 11, 0),    # Sunday
                                    dt.datetime(2026, 12, 16, 11, 0),    # Independence Day
                                    dt.datetime(2026, 11, 20, 13, 20),   # lunch
                                    dt.datetime(2026, 11, 20, 17, 30)])  # accepted until 17:30
def test_acceptance_outside_hours_is_refused_with_nothing_stored(ctx, moment):
    """Seed 000 l.20-21: documents are accepted on working days 09:00-17:30 with the lunch
    break, except weekends and holidays."""
    before = _count(ctx)
    with pytest.raises(InputError) as err:
        accept(ctx, "externat", moment, 1)
    assert err.value.code == "office.closed"
    assert "09:00–17:30" in err.value.text("kk") and "09:00–17:30" in err.value.text("ru")
    assert "Ничего не сохранено" in err.value.text("ru")
    assert _count(ctx) == before
    assert ctx.store.query_one("SELECT COUNT(*) AS n FROM events WHERE kind IN "
                               "('accepted', 'refused')")["n"] == 0


def test_an_office_with_extended_hours_accepts_in_the_evening(ctx):
    """Seed 000 l.21 sets 09:00-17:30; an office may set extended hours in its profile."""
    _office(ctx, accept_until="20:00", close_time="20:00")
    assert accept(ctx, "externat", dt.datetime(2026, 11, 20, 19, 40), 1).outcome == "accepted"


def test_consent_method_recorded(ctx):
    """Seed 003 l.143: written consent, consent confirmed by EDS, or by a mobile device."""
    base = {"service": "externat", "applicant": person(3).to_dict(),
            "documents": ["application"]}
    req = request_from_dict(ctx.catalogue, {**base, "consent": True, "consent_method": "sms"})
    r = accept_package(ctx, req, employee="clerk", now=NOW)
    row = ctx.store.query_one("SELECT consent_method FROM packages WHERE number = ?", (r.number,))
    assert row["consent_method"] == "sms"
    assert request_from_dict(ctx.catalogue, {**base, "consent": "eds"}).consent_method == "eds"
    assert request_from_dict(ctx.catalogue, {**base, "consent": True}).consent_method == "written"
    with pytest.raises(InputError) as err:
        request_from_dict(ctx.catalogue, {**base, "consent": True, "consent_method": "phone"})
    assert err.value.code == "consent.method"


def test_office_settings_for_kind_services_and_return_term(ctx):
    """Seed 001 l.13-15 / 000 l.11 (which services an office accepts), seed 002 l.27 (a village
    akimat), issue 15 point 7 (S1's expected return, a setting)."""
    from kiosk.settings import update_office
    from kiosk.staff import Employee
    admin = Employee("admin", "Әкімші", "administrator")
    update_office(ctx, admin, {"office_kind": "provider", "services": ["teacher_attestation"],
                               "return_days": {"teacher_attestation": 4}}, now=NOW)
    assert ctx.office.office_kind == "provider" and ctx.office.services == ["teacher_attestation"]
    assert ctx.office.return_days == {"teacher_attestation": 4}
    with pytest.raises(InputError):
        update_office(ctx, admin, {"office_kind": "bank"}, now=NOW)
    with pytest.raises(InputError) as err:
        accept(ctx, "certificate_duplicate", NOW, 1)
    assert err.value.code == "service.not_here"
