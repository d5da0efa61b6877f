"""Dispatch of a day's courier packages: batches per destination, the folder (registers,
CSVs, manifest), idempotence, verification, and no package in two batches, also when two
processes dispatch at once."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import decode_barcodes, needs_zbar, pdf_to_pngs
from courier_helpers import NOW, accept
from kiosk.cli import main
from kiosk.dispatch import dispatch_day
from kiosk.errors import InputError
from kiosk.manifest import verify_folder

ROOT = Path(__file__).resolve().parents[1]
DAY = NOW.date()
EVENING = NOW.replace(hour=17, minute=45)


def _day_of_packages(ctx):
    """3 externat and 2 duplicates (two destinations), one refused externat, one package of a
    service without courier, and one externat of the day before."""
    made = {"externat": [], "certificate_duplicate": []}
    for i in range(3):
        made["externat"].append(accept(ctx, "externat", NOW + dt.timedelta(minutes=i), i).number)
    for i in range(2):
        made["certificate_duplicate"].append(
            accept(ctx, "certificate_duplicate", NOW + dt.timedelta(minutes=10 + i), 10 + i).number)
    refused = accept(ctx, "externat", NOW + dt.timedelta(minutes=20), 20, complete=False)
    assert refused.outcome == "refused"
    local = accept(ctx, "additional_education", NOW + dt.timedelta(minutes=21), 21)
    yesterday = accept(ctx, "externat", NOW - dt.timedelta(days=1), 30)
    made["externat"].append(yesterday.number)
    return made, refused.number, local.number


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_batch_per_destination_with_counts_and_hashes(ctx, tmp_path):
    made, refused, local = _day_of_packages(ctx)
    out = tmp_path / "out"
    result = dispatch_day(ctx, DAY, out, "Диспетчер Д.", EVENING)
    assert len(result.batches) == 2 and all(b.new for b in result.batches)
    by_dest = {b.destination: b for b in result.batches}
    dests = ctx.office.destinations
    assert by_dest[dests["externat"]].count == 4            # yesterday's one too
    assert by_dest[dests["certificate_duplicate"]].count == 2
    numbers = sorted(b.number for b in result.batches)
    assert numbers == ["B-ALM01-261120-01", "B-ALM01-261120-02"]

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted((b["number"], b["count"]) for b in manifest["batches"]) == \
        sorted((b.number, b.count) for b in result.batches)
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert set(listed) == {p.name for p in out.iterdir() if p.name != "manifest.json"}
    for path, digest in listed.items():
        assert _sha(out / path) == digest
    for b in result.batches:
        rows = list(csv.DictReader((out / b.csv).open(encoding="utf-8-sig"), delimiter=";"))
        assert len(rows) == b.count
        assert sorted(r["receipt_number"] for r in rows) == [r["receipt_number"] for r in rows]
        assert all(r["batch"] == b.number and "****" in r["iin_masked"] for r in rows)
    ext_rows = list(csv.DictReader((out / by_dest[dests["externat"]].csv).open(encoding="utf-8-sig"),
                              delimiter=";"))
    assert {r["receipt_number"] for r in ext_rows} == set(made["externat"])

    # statuses: dispatched for the batched; refused and counter-only packages untouched
    st = {r["number"]: r["status"] for r in ctx.store.query("SELECT number, status FROM packages")}
    assert all(st[n] == "dispatched" for ns in made.values() for n in ns)
    assert st[refused] == "refused" and st[local] == "accepted"
    kinds = [r["kind"] for r in ctx.store.query("SELECT kind FROM events")]
    assert kinds.count("dispatched") == 6 and kinds.count("batch_created") == 2
    from db.events import verify_chain
    assert verify_chain(ctx.store).ok                      # the trail stays one chain
    assert verify_folder(out).ok


def test_second_dispatch_is_a_no_op_with_identical_files(ctx, tmp_path):
    _day_of_packages(ctx)
    first = dispatch_day(ctx, DAY, tmp_path / "a", "Диспетчер", EVENING)
    before = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    events_before = ctx.store.query_one("SELECT COUNT(*) AS n FROM events")["n"]
    again = dispatch_day(ctx, DAY, tmp_path / "a", "Someone else", EVENING + dt.timedelta(hours=1))
    other = dispatch_day(ctx, DAY, tmp_path / "b", "Someone else", EVENING + dt.timedelta(hours=2))
    assert not again.new_batches and not other.new_batches
    assert [b.number for b in again.batches] == [b.number for b in first.batches]
    assert ctx.store.query_one("SELECT COUNT(*) AS n FROM batches")["n"] == 2
    assert ctx.store.query_one("SELECT COUNT(*) AS n FROM events")["n"] == events_before
    for folder in ("a", "b"):
        assert {p.name: p.read_bytes() for p in (tmp_path / folder).iterdir()} == before


def test_package_accepted_after_dispatch_goes_into_a_new_batch(ctx, tmp_path):
    _day_of_packages(ctx)
    out = tmp_path / "out"
    midday = NOW.replace(hour=16)          # acceptance goes on until 17:30 (seed 000 l.21)
    dispatch_day(ctx, DAY, out, "Диспетчер", midday)
    old = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".pdf"}
    late = accept(ctx, "externat", midday + dt.timedelta(minutes=5), 40).number
    result = dispatch_day(ctx, DAY, out, "Диспетчер", EVENING)
    assert [b.number for b in result.new_batches] == ["B-ALM01-261120-03"]
    assert result.new_batches[0].count == 1
    rows = list(csv.DictReader((out / "B-ALM01-261120-03.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert [r["receipt_number"] for r in rows] == [late]
    for name, data in old.items():          # signed batches never change
        assert (out / name).read_bytes() == data
    assert len(json.loads((out / "manifest.json").read_text())["batches"]) == 3
    assert verify_folder(out).ok


def test_nothing_to_dispatch_and_future_day(ctx, tmp_path):
    result = dispatch_day(ctx, DAY, tmp_path / "o", "Д", EVENING)
    assert result.batches == () and (tmp_path / "o" / "manifest.json").exists()
    assert verify_folder(tmp_path / "o").ok
    with pytest.raises(InputError) as err:
        dispatch_day(ctx, DAY + dt.timedelta(days=1), tmp_path / "o", "Д", EVENING)
    assert err.value.code == "dispatch.future"
    with pytest.raises(InputError):
        dispatch_day(ctx, "20.11.2026", tmp_path / "o", "Д", EVENING)


def test_tampered_missing_and_extra_files_fail_verify(ctx, tmp_path, capsys, data_dir):
    _day_of_packages(ctx)
    out = tmp_path / "out"
    result = dispatch_day(ctx, DAY, out, "Диспетчер", EVENING)
    assert main(["verify", str(out)]) == 0
    assert "OK" in capsys.readouterr().out

    pdf = out / result.batches[0].register
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    report = verify_folder(out)
    assert not report.ok and report.changed == [pdf.name]
    assert main(["verify", str(out)]) == 1
    text = capsys.readouterr().out
    assert "CHANGED" in text and pdf.name in text

    # a row taken out of a CSV and its hash "fixed" in the manifest: the count still tells
    dispatch_day(ctx, DAY, out, "Диспетчер", EVENING)            # restores the files
    assert verify_folder(out).ok
    csv_path = out / result.batches[0].csv
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    csv_path.write_text("".join(lines[:-1]), encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        if f["path"] == csv_path.name:
            f["sha256"] = _sha(csv_path)
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "note.txt").write_text("extra")
    (out / result.batches[1].register).unlink()
    report = verify_folder(out)
    assert not report.ok
    assert report.extra == ["note.txt"]
    assert report.missing == [result.batches[1].register]
    assert len(report.count_mismatch) == 1
    code, values = report.count_mismatch[0]
    assert code == "verify.count" and values["batch"] == result.batches[0].number
    ru = report.text("ru")                  # the receiving office reads it in its language
    assert "ЛИШНИЙ: note.txt" in ru and f"НЕТ: {result.batches[1].register}" in ru
    assert f"партия {result.batches[0].number}" in ru and "РАСХОЖДЕНИЯ: найдено проблем: 3" in ru
    assert "АРТЫҚ: note.txt" in report.text("kk")
    nowhere = verify_folder(tmp_path / "nowhere")
    assert not nowhere.ok and "Бумада manifest.json жоқ" in nowhere.text("kk")


def test_register_pdf_says_what_the_courier_carries(ctx, tmp_path):
    _day_of_packages(ctx)
    result = dispatch_day(ctx, DAY, tmp_path / "out", "Сәрсенбаева Г. Қ.", EVENING)
    batch = result.batches[0]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "out" / batch.register).pages)
    row = ctx.store.query_one("SELECT number, iin FROM packages WHERE status = 'dispatched' "
                              "AND destination = ? ORDER BY number", (batch.destination,))
    for needle in (batch.number, "ТІЗІЛІМДЕМЕ", "РЕЕСТР", batch.destination, row["number"],
                   row["iin"][:6] + "****" + row["iin"][10:], "Сәрсенбаева Г. Қ.",
                   "Курьер қабылдады", "Сәйкессіздіктер", "Расхождения", "20.11.2026"):
        assert needle in text, needle
    assert row["iin"] not in text                          # never the whole IIN


@needs_zbar
def test_register_barcode_reads_back(ctx, tmp_path):
    _day_of_packages(ctx)
    result = dispatch_day(ctx, DAY, tmp_path / "out", "Д", EVENING)
    b = result.batches[0]
    pngs = pdf_to_pngs(tmp_path / "out" / b.register, tmp_path / "png", dpi=200)
    assert b.number in decode_barcodes(pngs[0])


def test_big_batch_flows_onto_pages_with_totals(ctx, tmp_path):
    from db.packages import package_by_number
    for i in range(70):
        accept(ctx, "externat", NOW + dt.timedelta(seconds=i), i)
    result = dispatch_day(ctx, DAY, tmp_path / "out", "Д", EVENING)
    reader = PdfReader(tmp_path / "out" / result.batches[0].register)
    assert len(reader.pages) >= 3
    last = reader.pages[-1].extract_text()
    assert "Барлығы: 70" in last and "Итого: пакетов 70" in last
    assert package_by_number(ctx.store, "ALM01-01-261120-0070")["status"] == "dispatched"


_RACER = """
import sys, datetime as dt
from kiosk.context import open_context
from kiosk.dispatch import dispatch_day
with open_context(sys.argv[1]) as ctx:
    r = dispatch_day(ctx, dt.date(2026, 11, 20), sys.argv[2], sys.argv[3])
    print(sum(b.count for b in r.new_batches))
"""


def test_two_processes_dispatching_at_once_never_double_assign(ctx, tmp_path, data_dir):
    for i in range(60):
        accept(ctx, "externat" if i % 3 else "certificate_duplicate",
               NOW + dt.timedelta(seconds=i), i)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", _RACER, str(data_dir),
                               str(tmp_path / f"out{k}"), f"disp{k}"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    taken = sorted(int(o[0].strip()) for o in outs)
    assert taken == [0, 60]                      # one took everything, the other nothing
    rows = ctx.store.query("SELECT package_id, COUNT(*) AS n FROM events "
                           "WHERE kind = 'dispatched' GROUP BY package_id")
    assert len(rows) == 60 and all(r["n"] == 1 for r in rows)
    batches = ctx.store.query("SELECT id, count FROM batches")
    assert len(batches) == 2 and sum(b["count"] for b in batches) == 60
    for b in batches:
        n = ctx.store.query_one("SELECT COUNT(*) AS n FROM packages WHERE batch_id = ?",
                                (b["id"],))["n"]
        assert n == b["count"]
    for k in range(2):   # both folders describe the same batches, byte for byte
        assert verify_folder(tmp_path / f"out{k}").ok
    assert (tmp_path / "out0" / "manifest.json").read_bytes() == \
        (tmp_path / "out1" / "manifest.json").read_bytes()


def test_cli_dispatch_then_lookup_status(capsys, data_dir, tmp_path, login_as):
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        number = accept(c, "externat", NOW, 1).number
    out = tmp_path / "out"
    me = login_as("dispatcher")
    assert main(["dispatch", "--date", "2026-11-20", "--out", str(out), "--data-dir",
                 str(data_dir), "--json", *me]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [b["count"] for b in got["batches"]] == [1] and got["batches"][0]["new"]
    assert main(["dispatch", "--date", "2026-11-20", "--out", str(out), "--data-dir",
                 str(data_dir), *me]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert main(["lookup", number, "--json", "--data-dir", str(data_dir), *me]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "dispatched"
    assert main(["dispatch", "--date", "2026-13-01", "--out", str(out), "--data-dir",
                 str(data_dir), *me]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
