"""The event trail: ``qabyldau audit verify`` passes an untouched store and names the first
broken event after a row is edited, a middle row deleted, or the last row deleted; a package
row edited in SQL, a package without its event and an event without its row fail it; a chain
rebuilt after a deletion fails ``--anchors``.

A new store's trail starts with three events before the first package: the bundled catalogue
imported, the office profile created, the audited rows sealed."""

import datetime as dt
import os

import pytest

from db.store import Store

from kiosk.audit import trail, verify
from kiosk.cli import main
from kiosk.demo import fill_demo_day
from kiosk.errors import InputError
from kiosk.staff import Employee

DAY = dt.date(2026, 11, 20)
BASE = 0
SETUP = 0   # the events of the store's own set-up (the training store's, counted)


@pytest.fixture
def store_file(ctx):
    global BASE, SETUP
    BASE = SETUP = len(ctx.store.query("SELECT id FROM events"))  # the store's own events
    fill_demo_day(ctx, DAY, 8, seed=3)
    target = os.environ.get("QABYLDAU_STORE") or ctx.store.path  # the file or the server
    ctx.close()
    return target


@pytest.fixture(autouse=True)
def _manager_pin(monkeypatch):
    monkeypatch.setenv("QABYLDAU_PIN", "3333")


def audit(capsys, data_dir):
    code = main(["audit", "verify", "--data-dir", str(data_dir), "--login", "manager"])
    return code, capsys.readouterr().out


def raw(target, sql, params=()):
    """Someone with direct access to the database changes it behind the program's back."""
    with Store(target, migrate=False) as store, store.write():
        store.execute(sql, params)


def read(target, sql, params=()):
    with Store(target, migrate=False) as store:
        return store.query(sql, params)


def test_untouched_store_verifies(capsys, data_dir, store_file):
    code, out = audit(capsys, data_dir)
    assert code == 0 and f"{BASE + 8} events" in out


def test_an_edited_row_is_named(capsys, data_dir, store_file):
    raw(store_file, "UPDATE events SET data = '{\"x\": 1}' WHERE id = ?", (BASE + 3,))
    raw(store_file, "UPDATE events SET employee = 'nobody' WHERE id = ?", (BASE + 5,))
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"event {BASE + 3}" in out and "edited" in out


def test_a_deleted_middle_row_is_named(capsys, data_dir, store_file):
    raw(store_file, "DELETE FROM events WHERE id = ?", (BASE + 4,))
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"event {BASE + 5}" in out  # the one after the gap no longer links


def test_a_deleted_last_row_shows(capsys, data_dir, store_file):
    raw(store_file, "DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)")
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"{BASE + 7} remain" in out and f"after event {BASE + 7}" in out


def test_trail_is_for_managers_only(ctx):
    fill_demo_day(ctx, DAY, 3, seed=1)
    manager = Employee("manager", "Басшы", "manager")
    rows = [r for r in trail(ctx.store, manager, day=DAY.isoformat()) if r["package"]]
    assert len(rows) == 3 and rows[0]["package"].startswith("ALM01-01-261120-")
    assert verify(ctx.store).ok
    with pytest.raises(InputError):
        trail(ctx.store, Employee("clerk", "Оператор", "clerk"))


# -- rows behind the trail's back ----------------------------------------------------------
def test_a_package_row_edited_in_sql_fails_verify_and_check(capsys, data_dir, store_file):
    number = read(store_file, "SELECT number FROM packages WHERE outcome = 'refused' "
                              "ORDER BY id LIMIT 1")[0]["number"]
    raw(store_file, "UPDATE packages SET outcome = 'accepted', status = 'accepted', "
                    "surname = 'Басқа', iin = '900515300018' WHERE number = ?", (number,))
    code, out = audit(capsys, data_dir)
    assert code == 1 and f"package {number} was changed behind the trail's back" in out
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert number in capsys.readouterr().out


def test_a_package_without_its_event_fails_check(capsys, data_dir, store_file):
    values = read(store_file, "SELECT * FROM packages ORDER BY id LIMIT 1")[0]
    values.pop("id")
    values.update(seq=99, number=values["number"][:-4] + "0099")
    with Store(store_file, migrate=False) as store, store.write():
        store.insert("packages", values)
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert f"package {values['number']} has no event in the trail" in out
    code, out = audit(capsys, data_dir)
    assert code == 1 and "has no event" in out


def test_an_event_without_its_row_fails(capsys, ctx, data_dir):
    from kiosk import clock
    from kiosk.settings import update_office
    update_office(ctx, Employee("admin", "Әкімші", "administrator"), {"printer": "HP 1"},
                  now=clock.now())
    target = os.environ.get("QABYLDAU_STORE") or ctx.store.path
    ctx.close()
    raw(target, "DELETE FROM settings WHERE key = 'printer'")
    code, out = audit(capsys, data_dir)
    assert code == 1 and "settings printer, which is no longer in the store" in out


def test_staff_setting_and_catalogue_rows_are_audited(capsys, ctx, data_dir):
    from kiosk import clock
    from kiosk.settings import update_office
    from kiosk.staff import add_employee, ensure_demo_staff
    admin = Employee("admin", "Әкімші", "administrator")
    on_sqlite = not os.environ.get("QABYLDAU_STORE")   # kiosk/staff.py: SQLite only so far
    if on_sqlite:
        ensure_demo_staff(ctx.store, now=clock.now())
        add_employee(ctx.store, admin, "aigerim", "Айгерім Сейітова", "clerk", "135790",
                     now=clock.now())
    update_office(ctx, admin, {"phone": "+7 727 000 00 00"}, now=clock.now())
    assert verify(ctx.store).ok
    target = os.environ.get("QABYLDAU_STORE") or ctx.store.path
    ctx.close()
    edits = [("UPDATE staff SET role = 'administrator' WHERE login = 'aigerim'",
              "UPDATE staff SET role = 'clerk' WHERE login = 'aigerim'"),
             ("UPDATE settings SET value = replace(value, '000 00 00', '111 11 11') "
              "WHERE key = 'office'",
              "UPDATE settings SET value = replace(value, '111 11 11', '000 00 00') "
              "WHERE key = 'office'"),
             ("UPDATE catalogue_versions SET content = replace(content, '\"diploma\"', "
              "'\"dipl0ma\"')",
              "UPDATE catalogue_versions SET content = replace(content, '\"dipl0ma\"', "
              "'\"diploma\"')")]
    for edit, undo in edits[0 if on_sqlite else 1:]:
        raw(target, edit)
        code, out = audit(capsys, data_dir)
        assert code == 1 and "changed behind the trail's back" in out, edit
        raw(target, undo)
    code, out = audit(capsys, data_dir)
    assert code == 0, out


# -- anchors -------------------------------------------------------------------------------
def _rechain(target):
    """What a careful forger does after deleting or editing events: recompute every hash and
    link and the head, so the chain alone verifies again."""
    import json
    from db.events import GENESIS, _digest
    with Store(target, migrate=False) as store, store.write():
        prev, n = GENESIS, 0
        for e in store.query("SELECT id, at, kind, employee, package_id, data, row_hashes "
                             "FROM events ORDER BY id"):
            digest = _digest(prev, e["at"], e["kind"], e["employee"], e["package_id"],
                             e["data"], e["row_hashes"])
            store.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?",
                          (prev, digest, e["id"]))
            prev, n = digest, n + 1
        store.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'",
                      (json.dumps({"count": n, "hash": prev}),))


def audit_anchors(capsys, data_dir, folder):
    os.environ["QABYLDAU_PIN"] = "3333"     # the manager's; monkeypatch undoes it after the test
    code = main(["audit", "verify", "--anchors", str(folder), "--data-dir", str(data_dir), "--login", "manager"])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("forgery", ["delete", "edit", "swap"])
def test_a_rechained_trail_fails_verify_anchors(capsys, tmp_path, data_dir, store_file, forgery):
    anchors = tmp_path / "anchors"
    anchors.mkdir()
    assert main(["audit", "anchor", "--out", str(anchors / "today.json"),
                 "--data-dir", str(data_dir), "--login", "manager"]) == 0
    capsys.readouterr()
    code, out = audit_anchors(capsys, data_dir, anchors)
    assert code == 0 and "1 anchor(s) held" in out
    first = 1 + SETUP
    if forgery == "delete":   # a refusal nobody should know about
        raw(store_file, f"DELETE FROM events WHERE id = {first + 2}")
    elif forgery == "edit":
        raw(store_file, f"UPDATE events SET employee = 'someone else' WHERE id = {first + 2}")
    else:
        a, b = read(store_file, f"SELECT at, data FROM events WHERE id IN ({first}, {first + 1}) "
                                "ORDER BY id")
        raw(store_file, "UPDATE events SET at = ?, data = ? WHERE id = ?", (b["at"], b["data"], first))
        raw(store_file, "UPDATE events SET at = ?, data = ? WHERE id = ?",
            (a["at"], a["data"], first + 1))
    _rechain(store_file)
    code, out = audit(capsys, data_dir)   # the chain alone no longer tells
    assert "BROKEN at event" not in out
    code, out = audit_anchors(capsys, data_dir, anchors)
    assert code == 1 and "anchor" in out and "BROKEN" in out


def test_dispatch_manifest_and_register_carry_the_anchor(capsys, tmp_path, data_dir, store_file):
    import json
    from pypdf import PdfReader
    out = tmp_path / "dispatch"
    assert main(["dispatch", "--date", DAY.isoformat(), "--out", str(out),
                 "--data-dir", str(data_dir), "--login", "manager"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    anchor = manifest["audit_anchor"]
    assert anchor["count"] > 8 and len(anchor["hash"]) == 64
    assert main(["register", "--date", DAY.isoformat(), "--out", str(tmp_path / "reg"),
                 "--format", "pdf", "--data-dir", str(data_dir), "--login", "manager"]) == 0
    capsys.readouterr()
    pdf = next((tmp_path / "reg").glob("*.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Аудит:" in text
    # the manifest is an anchor: deleting an event and re-chaining is caught
    code, out_text = audit_anchors(capsys, data_dir, out)
    assert code == 0, out_text
    raw(store_file, f"DELETE FROM events WHERE id = {1 + SETUP}")
    _rechain(store_file)
    code, out_text = audit_anchors(capsys, data_dir, out)
    assert code == 1


# -- signed anchors (Ed25519, the administrator's key) -------------------------------------
def _key(capsys, tmp_path, data_dir, monkeypatch, passphrase="correct horse"):
    monkeypatch.setenv("QABYLDAU_PIN", "4444")
    monkeypatch.setenv("QABYLDAU_KEY_PASSPHRASE", passphrase)
    key = tmp_path / "usb" / "anchor-key.pem"
    key.parent.mkdir()
    assert main(["audit", "key", "--out", str(key), "--data-dir", str(data_dir),
                 "--login", "admin"]) == 0
    fingerprint = capsys.readouterr().out.split("key fingerprint: ")[1].split("  ")[0]
    return key, fingerprint


def _signed_anchor(capsys, data_dir, key, folder):
    folder.mkdir(exist_ok=True)
    assert main(["audit", "anchor", "--out", str(folder / "today.json"), "--sign", str(key),
                 "--data-dir", str(data_dir), "--login", "admin"]) == 0
    capsys.readouterr()
    return folder / "today.json"


def test_a_signed_anchor_names_its_key_and_the_key_stays_out_of_the_store(
        capsys, tmp_path, data_dir, store_file, monkeypatch):
    key, fingerprint = _key(capsys, tmp_path, data_dir, monkeypatch)
    pem = key.read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem and key.stat().st_mode & 0o077 == 0
    body = pem.split(b"-----")[2].strip()
    stored = " ".join(str(r) for r in read(store_file, "SELECT key, value FROM settings"))
    assert body[:40].decode() not in stored and fingerprint in stored
    anchors = tmp_path / "anchors"
    _signed_anchor(capsys, data_dir, key, anchors)
    code, out = audit_anchors(capsys, data_dir, anchors)
    assert code == 0 and f"1 signed anchor(s) by key {fingerprint}" in out
    assert any(e["kind"] == "anchor_key_added" for e in read(store_file, "SELECT kind FROM events"))


def test_a_forger_who_rewrites_the_anchor_file_is_caught_only_when_it_was_signed(
        capsys, tmp_path, data_dir, store_file, monkeypatch):
    """Issue 13: a careful forger edits an event, re-chains, and rewrites the exported anchor
    to the new head.  An unsigned anchor then agrees; a signed one no longer matches its
    signature."""
    import json
    from db.events import chain_head
    key, _ = _key(capsys, tmp_path, data_dir, monkeypatch)
    plain, signed = tmp_path / "plain", tmp_path / "signed"
    plain.mkdir()
    assert main(["audit", "anchor", "--out", str(plain / "today.json"),
                 "--data-dir", str(data_dir), "--login", "admin"]) == 0
    anchor = _signed_anchor(capsys, data_dir, key, signed)
    raw(store_file, f"UPDATE events SET employee = 'someone else' WHERE id = {1 + SETUP + 2}")
    _rechain(store_file)
    with Store(store_file, migrate=False) as store:
        head = chain_head(store)
    for path in (plain / "today.json", anchor):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.update(count=head.count, hash=head.hash)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert audit_anchors(capsys, data_dir, plain)[0] == 0       # the weakness signing closes
    code, out = audit_anchors(capsys, data_dir, signed)
    assert code == 1 and "changed after signing" in out


def test_wrong_passphrase_a_foreign_key_and_a_manager_are_refused(
        capsys, tmp_path, data_dir, store_file, monkeypatch):
    key, _ = _key(capsys, tmp_path, data_dir, monkeypatch)
    anchors = tmp_path / "anchors"
    anchors.mkdir()
    out = ["audit", "anchor", "--out", str(anchors / "a.json"), "--data-dir", str(data_dir)]
    monkeypatch.setenv("QABYLDAU_KEY_PASSPHRASE", "not the one")
    assert main([*out, "--sign", str(key), "--login", "admin", "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert "Неверная парольная фраза" in err and "Traceback" not in err
    # a key made elsewhere, never registered with this office
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    foreign = tmp_path / "foreign.pem"
    foreign.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"not the one")))
    assert main([*out, "--sign", str(foreign), "--login", "admin"]) == 2
    assert "not registered" in capsys.readouterr().err
    assert not (anchors / "a.json").exists()
    # a manager verifies and exports anchors, but only an administrator signs or makes keys
    monkeypatch.setenv("QABYLDAU_PIN", "3333")
    assert main(["audit", "key", "--out", str(tmp_path / "k2.pem"), "--data-dir",
                 str(data_dir), "--login", "manager"]) == 2
    assert not (tmp_path / "k2.pem").exists()
    monkeypatch.setenv("QABYLDAU_KEY_PASSPHRASE", "short")
    monkeypatch.setenv("QABYLDAU_PIN", "4444")
    assert main(["audit", "key", "--out", str(tmp_path / "k3.pem"), "--data-dir",
                 str(data_dir), "--login", "admin"]) == 2
    assert "at least 8" in capsys.readouterr().err
