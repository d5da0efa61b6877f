"""Which services an office may accept and which it does (issue 15 points 1, 5 and 7): what the
Settings screen lists, one line a service.

- The catalogue decides what a kind of office may accept at all: a service in force, not
  information-only (S3 and S6 are filed on the portal, seed 003 l.213-217, l.322-350), with a
  channel through this kind of office (``Service.offered_at``; a village akimat is the
  provider's own office, seed 002 l.3, l.27).
- The office's setting (``OfficeProfile.services``) says which of those it accepts: S1 at a
  State Corporation branch only where the region's regulation says so (Mangystau, seed 001
  l.13-15; Akmola's standard names only the provider's office, seed 000 l.11).
- A courier service whose path through this office has no result term in the seeds (S1
  through the State Corporation) is expected back after the office's own working days
  (``OfficeProfile.return_days``), after which the package is overdue."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalogue import Catalogue, Service, channel_of
from kiosk.office import OfficeProfile

__all__ = ["REGIONAL_CHANNELS", "ServiceChoice", "service_choices", "has_result_term",
           "services_setting", "DEFAULT_RETURN_DAYS"]

# services whose channel through a kind of office exists only where the region's regulation
# says so: S1 at a State Corporation branch (Mangystau, seed 001 l.13-15; the Akmola standard
# names only the provider's office, seed 000 l.11)
REGIONAL_CHANNELS: dict[str, tuple[str, ...]] = {"teacher_attestation": ("state_corporation",)}
# the office's default when it first ticks such a service: 1 day there and 1 day back by
# courier (seed 004 l.289, 299) around the provider's own 20 minutes (seed 000 l.13)
DEFAULT_RETURN_DAYS = 2


def has_result_term(service: Service, office_kind: str) -> bool:
    """Whether a package of ``service`` accepted at this kind of office gets a result date
    from the catalogue (the steps of its path, or the version's result term)."""
    if service.steps:
        return any(st.in_term for st in service.path(channel_of(office_kind)))
    return bool(service.term_working_days)


@dataclass(frozen=True)
class ServiceChoice:
    """One service as the Settings screen lists it for a kind of office."""
    service: Service
    # why this kind of office cannot accept it at all: "repealed", "information_only",
    # "channel" (no channel through this kind of office); None: it may
    refusal: str | None
    accepted: bool               # the office accepts it (may, and its setting says so)
    regional: bool               # may, but only where the region's regulation says so
    needs_return_days: bool      # courier path without a result term: expected-back days
    return_days: int | None      # the office's expected-back days, when it needs them

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def _refusal(service: Service, office_kind: str) -> str | None:
    if service.status != "active":
        return "repealed"
    if service.information_only:
        return "information_only"
    if not service.offered_at(office_kind):
        return "channel"
    return None


def service_choices(catalogue: Catalogue, office: OfficeProfile,
                    office_kind: str | None = None) -> list[ServiceChoice]:
    """Every service of the catalogue for ``office`` as it would be of ``office_kind`` (the
    kind chosen on the screen before it is saved; by default the office's own)."""
    kind = office_kind or office.office_kind
    out = []
    for s in catalogue.services:
        refusal = _refusal(s, kind)
        needs = refusal is None and s.courier and kind == "state_corporation" \
            and not has_result_term(s, kind)
        out.append(ServiceChoice(
            s, refusal, refusal is None and office.accepts(s.id),
            refusal is None and kind in REGIONAL_CHANNELS.get(s.id, ()), needs,
            office.return_days.get(s.id, DEFAULT_RETURN_DAYS) if needs else None))
    return out


def services_setting(choices: list[ServiceChoice], ticked: set[str]) -> list[str] | None:
    """The office's ``services`` setting from the services ticked on the screen: None when
    every service this kind of office may accept is ticked (a service the catalogue adds
    later is then accepted too), else the ticked ones it may accept."""
    allowed = [c.service.id for c in choices if c.allowed]
    chosen = [sid for sid in allowed if sid in ticked]
    return None if len(chosen) == len(allowed) else chosen
