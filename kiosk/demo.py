"""A realistic demo day for a training office: a mix of services and applicants with valid
IINs, some refusals, spread over office hours up to now (never later), accepted by the
training office's demo clerks, so a new user sees a live office."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from kiosk.applicant import Person
from kiosk.catalogue import Service
from kiosk.checklist import needed
from kiosk.context import Context
from kiosk.iin import make_iin
from kiosk.intake import AcceptRequest, IntakeResult, ReceivedDocument, accept_package

__all__ = ["fill_demo_day", "DemoPerson", "random_person"]

SURNAMES_M = ["Әбілқайыров", "Нұрланов", "Сейітқали", "Жұмабаев", "Төлеуов", "Құрманғазиев",
              "Ахметов", "Иванов", "Оспанов", "Серікбаев", "Өтегенов", "Ғабитов", "Қасымов"]
SURNAMES_F = ["Әбілқайырова", "Нұрланова", "Жұмабаева", "Төлеуова", "Ахметова", "Иванова",
              "Оспанова", "Серікбаева", "Өтегенова", "Ғабитова", "Қасымова", "Үсенова"]
NAMES_M = ["Нұрсұлтан", "Ерлан", "Асқар", "Дәурен", "Бауыржан", "Қайрат", "Алексей", "Ілияс",
           "Мұрат", "Ғалым", "Сергей", "Әлихан"]
NAMES_F = ["Айгүл", "Гүлнар", "Әсел", "Дана", "Жанар", "Мөлдір", "Ольга", "Сәуле", "Іңкәр",
           "Ұлжан", "Айнұр", "Елена"]
PATRONYMICS_M = ["Серікұлы", "Бекұлы", "Асанұлы", "Маратович", "Қайратұлы", "Нұрланұлы", ""]
PATRONYMICS_F = ["Серікқызы", "Бекқызы", "Асанқызы", "Маратовна", "Қайратқызы", "Нұрланқызы", ""]
STREETS = ["Абай даңғылы", "Төле би көшесі", "Сәтпаев көшесі", "Жандосов көшесі",
           "Райымбек даңғылы", "Өтеген батыр көшесі", "Шаңырақ ықшамауданы", "Айнабұлақ ықшамауданы"]
EMPLOYEES = ["clerk"]   # the training office's demo account that accepts
# how often each service comes to a centre in a day (relative)
WEIGHTS = {"certificate_duplicate": 5, "externat": 3, "teacher_attestation": 4,
           "preschool_queue": 6, "additional_education": 3, "teacher_competition": 2,
           "preschool_admission": 2}


@dataclass(frozen=True)
class DemoPerson:
    person: Person
    sex: str


def random_person(rng: random.Random, *, adult: bool = True) -> DemoPerson:
    sex = rng.choice(["male", "female"])
    for _ in range(50):
        year = rng.randint(1965, 2003) if adult else rng.randint(2008, 2016)
        birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        iin = make_iin(birth, sex, rng.randint(0, 9999))
        if iin:
            break
    else:  # pragma: no cover - practically impossible
        raise RuntimeError("no valid IIN generated")
    m = sex == "male"
    surname = rng.choice(SURNAMES_M if m else SURNAMES_F)
    name = rng.choice(NAMES_M if m else NAMES_F)
    patronymic = rng.choice(PATRONYMICS_M if m else PATRONYMICS_F)
    phone = "+77" + rng.choice(["01", "02", "05", "07", "47", "71", "75", "77"]) + \
        f"{rng.randint(0, 9999999):07d}"
    address = f"Алматы қ., {rng.choice(STREETS)}, {rng.randint(1, 250)}-үй, {rng.randint(1, 120)}-пәтер"
    return DemoPerson(Person(surname, name, patronymic, iin, phone, address), sex)


def _times(rng: random.Random, day: dt.date, n: int,
           until: dt.datetime | None = None) -> list[dt.datetime]:
    """n moments within acceptance hours (09:00-13:00, 14:00-17:30), sorted, none later than
    ``until`` (today's demo stops at now; before opening time it is all at the opening)."""
    start = dt.datetime.combine(day, dt.time())
    last = 17 * 60 + 30
    if until is not None and until.date() == day:
        last = max(9 * 60 + 1, min(last, until.hour * 60 + until.minute))
    minutes = [m for m in range(9 * 60, last) if not 13 * 60 <= m < 14 * 60] or [9 * 60]
    picks = sorted(rng.choice(minutes) * 60 + rng.randint(0, 59) for _ in range(n))
    moments = [start + dt.timedelta(seconds=s) for s in picks]
    if until is not None:
        moments = [min(m, until) for m in moments]
    return moments


def _request(rng: random.Random, service: Service, refuse: bool) -> AcceptRequest:
    applicant = random_person(rng).person
    answers = {c.id: rng.random() < 0.3 for c in service.conditions}
    docs: list[ReceivedDocument] = []
    needed_ids = []
    for d in service.documents:
        need, _ = needed(d, answers)
        if d.from_information_system:
            continue
        if need:
            needed_ids.append(d.id)
        if need or rng.random() < 0.5:
            docs.append(ReceivedDocument(d.id, original=rng.random() < 0.3,
                                         pages=rng.randint(1, 6)))
    if refuse and needed_ids:
        drop = set(rng.sample(needed_ids, k=min(len(needed_ids), rng.randint(1, 2))))
        docs = [d for d in docs if d.id not in drop]
    representative = None
    if rng.random() < 0.1:
        rep = random_person(rng).person
        representative = Person(rep.surname, rep.name, rep.patronymic, rep.iin, rep.phone,
                                rep.address, poa=f"№ {rng.randint(100, 9999)} от 0{rng.randint(1, 9)}.10.2026")
    return AcceptRequest(service.id, applicant, representative, answers, tuple(docs), True)


def fill_demo_day(ctx: Context, day: dt.date, packages: int = 60, *, seed: int | None = None,
                  refusal_share: float = 0.12,
                  until: dt.datetime | None = None) -> list[IntakeResult]:
    """Fill ``day`` of a training office (NotTraining on an office store)."""
    from kiosk.store_kind import NotTraining
    if not ctx.training:
        raise NotTraining()
    rng = random.Random(seed if seed is not None else day.toordinal())
    # only what this office takes (its kind's channels and its own setting, issue 15 points 2, 5)
    services = [s for s in ctx.catalogue.services if s.can_accept
                and s.offered_at(ctx.office.office_kind) and ctx.office.accepts(s.id)]
    weights = [WEIGHTS.get(s.id, 1) for s in services]
    results = []
    for moment in _times(rng, day, packages, until):
        service = rng.choices(services, weights)[0]
        request = _request(rng, service, rng.random() < refusal_share)
        results.append(accept_package(ctx, request, employee=rng.choice(EMPLOYEES), now=moment))
    return results
