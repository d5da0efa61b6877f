"""A store of N packages for the lookup benchmark, generated fast: realistic Kazakh names
and valid IINs, one event per package (a real hash chain), rows written with executemany
inside one transaction and the indexes built once at the end.  Cached under bench/.cache/
keyed by size (and schema version)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.events import GENESIS, _digest  # noqa: E402
from db.schema import SCHEMA_VERSION  # noqa: E402
from db.store import Store  # noqa: E402
from kiosk.catalogue import load_catalogue  # noqa: E402
from kiosk.demo import (NAMES_F, NAMES_M, PATRONYMICS_F, PATRONYMICS_M, STREETS,  # noqa: E402
                        SURNAMES_F, SURNAMES_M)
from kiosk.iin import make_iin  # noqa: E402
from kiosk.intake import receipt_number  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
PER_DAY = 2000
MORE_SURNAMES = ["Бекмұхамбетов", "Жақсылықов", "Тұрсынбаев", "Мұхтаров", "Бейсенов",
                 "Дүйсенбаев", "Есенжолов", "Қалиев", "Смағұлов", "Шәріпов", "Ысқақов",
                 "Петров", "Ким", "Пак", "Цой", "Әлиев", "Бақытжанов", "Ерғалиев", "Нұртазин",
                 "Рахымжанов", "Сапарбеков", "Тоқтаров", "Уәлиханов", "Хамитов"]
SERVICES = ["preschool_queue", "certificate_duplicate", "teacher_attestation", "externat",
            "additional_education", "teacher_competition", "preschool_admission"]


def _people(rng: random.Random, n: int) -> list[tuple[str, str, str, str, str]]:
    """A pool of n distinct applicants (surname, name, patronymic, iin, phone)."""
    pool = []
    while len(pool) < n:
        female = rng.random() < 0.55
        birth = dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
        iin = make_iin(birth, "female" if female else "male", rng.randint(0, 9999))
        if iin is None:
            continue
        base = rng.choice(MORE_SURNAMES + SURNAMES_M) if not female else \
            rng.choice(SURNAMES_F + [s + "а" for s in MORE_SURNAMES if s.endswith("ов")])
        pool.append((base, rng.choice(NAMES_F if female else NAMES_M),
                     rng.choice(PATRONYMICS_F if female else PATRONYMICS_M), iin,
                     f"+77{rng.choice(['01', '02', '05', '07', '47', '71', '77'])}"
                     f"{rng.randint(0, 9999999):07d}"))
    return pool


def build(path: Path, n: int, seed: int = 1) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    Store(tmp).close()                          # the real schema, migrated
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('packages', 'events')")]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                "AND sql IS NOT NULL AND tbl_name IN ('packages', 'events')"
                                ).fetchall():
        conn.execute(f"DROP INDEX {name}")
    rng = random.Random(seed)
    people = _people(rng, min(n, 300_000))
    docs = json.dumps([{"id": d, "original": False, "pages": 1} for d in
                       ("application", "identity_document", "birth_certificate")],
                      ensure_ascii=False)
    version = load_catalogue().version
    start = dt.date(2024, 1, 9)
    conn.execute("BEGIN")
    prev = GENESIS
    day, seq = start, 0
    pkg_rows, ev_rows = [], []
    for i in range(1, n + 1):
        if seq == PER_DAY:
            day += dt.timedelta(days=1)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            seq = 0
        seq += 1
        surname, name, patronymic, iin, phone = people[rng.randrange(len(people))]
        number = receipt_number("ALM01", "01", day, seq)
        at = f"{day.isoformat()} {9 + seq * 9 // PER_DAY:02d}:{seq % 60:02d}:00"
        svc = SERVICES[i % len(SERVICES)]
        refused = i % 17 == 0
        outcome = "refused" if refused else "accepted"
        due = None if refused else (day + dt.timedelta(days=5)).isoformat()
        pkg_rows.append((i, number, "ALM01", "01", day.isoformat(), seq, svc, version, outcome,
                         outcome, surname, surname.casefold(), name, patronymic, iin, phone,
                         f"Алматы қ., {rng.choice(STREETS)}, {rng.randint(1, 250)}-үй",
                         None, "{}", docs, "[]" if not refused else '["diploma"]', 1,
                         "counter", "Сәрсенбаева Г. Қ.", at, due, due, None, "a4"))
        data = json.dumps({"missing": [], "number": number, "service": svc},
                          ensure_ascii=False, sort_keys=True)
        digest = _digest(prev, at, outcome, "Сәрсенбаева Г. Қ.", i, data)
        ev_rows.append((i, at, outcome, "Сәрсенбаева Г. Қ.", i, data, prev, digest))
        prev = digest
        if len(pkg_rows) == 50_000 or i == n:
            conn.executemany(
                "INSERT INTO packages(id, number, office_code, station, day, seq, service_id, "
                "catalogue_version, outcome, status, surname, surname_key, name, patronymic, "
                "iin, phone, address, representative, answers, documents, missing, consent, "
                "channel, employee, accepted_at, due_date, provider_due_date, destination, "
                "format) VALUES (" + ", ".join("?" * 29) + ")", pkg_rows)
            conn.executemany("INSERT INTO events(id, at, kind, employee, package_id, data, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ev_rows)
            pkg_rows, ev_rows = [], []
        if seq == PER_DAY or i == n:
            conn.execute("INSERT INTO counters(scope, last) VALUES (?, ?) ON CONFLICT(scope) "
                         "DO UPDATE SET last = excluded.last",
                         (f"receipt/ALM01/01/{day.isoformat()}", seq))
    conn.execute("INSERT INTO settings(key, value) VALUES ('audit_head', ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value",
                 (json.dumps({"count": n, "hash": prev}, sort_keys=True),))
    conn.execute("COMMIT")
    for sql in indexes:
        conn.execute(sql)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    tmp.replace(path)


def cached_store(n: int) -> Path:
    """The path of a store with n packages, built once and kept in bench/.cache/."""
    CACHE.mkdir(exist_ok=True)
    key = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    path = CACHE / f"store-{n}-v{SCHEMA_VERSION}-{key}.sqlite3"
    if not path.exists():
        build(path, n)
    return path
