"""Which services an office of each kind may accept and which it does (kiosk.office_services),
as the Settings screen lists them; and the preview of the anonymising setting (kiosk.privacy)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.catalogue import load_catalogue
from kiosk.office import DEMO_OFFICE
from kiosk.office_services import has_result_term, service_choices, services_setting
from kiosk.privacy import anonymise_cutoff


def _by_id(choices):
    return {c.service.id: c for c in choices}


def test_a_state_corporation_centre_may_not_take_portal_only_provider_only_or_repealed():
    """Seed 003 l.213-217 and l.322-350 (S3, S6 portal only), seed 003 l.299-316 (S5 at the
    provider's office), seed 004 l.482-487 (S10 repealed); S1 through the State Corporation
    only where the region's regulation says so (seed 001 l.13-15, seed 000 l.11)."""
    c = _by_id(service_choices(load_catalogue(), DEMO_OFFICE))
    assert c["preschool_admission"].refusal == "information_only"
    assert c["teacher_attestation_online"].refusal == "information_only"
    assert c["teacher_competition"].refusal == "channel"
    assert c["summer_camp"].refusal == "repealed"
    assert c["teacher_attestation"].allowed and c["teacher_attestation"].regional
    assert c["teacher_attestation"].accepted             # the demo ЦОН keeps S1
    assert not c["externat"].regional


def test_only_s1_through_the_state_corporation_needs_expected_back_days():
    """Issue 15 point 7: S1 has no result term in the seeds through the State Corporation;
    S8 (seed 004 l.287-303) and S9 (seed 004 l.411, 417) have theirs."""
    cat = load_catalogue()
    c = _by_id(service_choices(cat, DEMO_OFFICE))
    assert [sid for sid, ch in c.items() if ch.needs_return_days] == ["teacher_attestation"]
    assert c["teacher_attestation"].return_days == 2
    assert has_result_term(cat.service("externat"), "state_corporation")
    assert not has_result_term(cat.service("teacher_attestation"), "state_corporation")
    provider = _by_id(service_choices(cat, DEMO_OFFICE, "provider"))
    assert not any(ch.needs_return_days for ch in provider.values())   # no courier there


def test_a_provider_office_and_a_village_akimat_take_the_provider_channel():
    """Seed 004 l.243-247 (S8 through the State Corporation and the portal only); seed 002 l.3,
    l.27 (a village akimat is a provider)."""
    for kind in ("provider", "village_akimat"):
        c = _by_id(service_choices(load_catalogue(), DEMO_OFFICE, kind))
        assert c["externat"].refusal == "channel"
        assert c["teacher_competition"].allowed and c["school_admission"].allowed


def test_the_setting_is_none_when_every_allowed_service_is_ticked():
    choices = service_choices(load_catalogue(), DEMO_OFFICE)
    allowed = {c.service.id for c in choices if c.allowed}
    assert services_setting(choices, allowed | {"summer_camp"}) is None
    chosen = services_setting(choices, allowed - {"teacher_attestation"} | {"summer_camp"})
    assert chosen is not None and "teacher_attestation" not in chosen
    assert "summer_camp" not in chosen                    # never what the kind may not take
    office = dataclasses.replace(DEMO_OFFICE, services=chosen)
    assert not _by_id(service_choices(load_catalogue(), office))["teacher_attestation"].accepted


def test_anonymise_cutoff_on_29_february():
    assert anonymise_cutoff(dt.date(2028, 2, 29), 5) == dt.date(2023, 2, 28)
    assert anonymise_cutoff(dt.date(2026, 11, 20), 5) == dt.date(2021, 11, 20)
