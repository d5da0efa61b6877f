"""Test set-up that never leaks: offscreen Qt, a fresh data folder and a fixed clock per test.

Every test's data folder (``QABYLDAU_HOME``, the ``data_dir`` fixture) starts as a fresh
**training store** — what ``qabyldau demo`` makes in an empty folder: the demo office and its
accounts clerk/1111, dispatcher/2222, manager/3333, admin/4444 — so ``QABYLDAU_NOW`` works.
A test that needs an empty folder or an office store uses a folder of its own."""

from __future__ import annotations

import os
import shutil
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

FIXED_NOW = "2026-11-20T10:15:00"  # a Friday


@pytest.fixture(scope="session")
def _training_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One training store made as ``qabyldau demo`` makes it, copied into each test's folder
    (making it per test would cost every test the store's set-up)."""
    folder = tmp_path_factory.mktemp("training-template")
    saved = os.environ.get("QABYLDAU_NOW")
    os.environ["QABYLDAU_NOW"] = FIXED_NOW
    try:
        from kiosk.office_setup import make_training_store
        make_training_store(folder).close()
    finally:
        if saved is None:
            os.environ.pop("QABYLDAU_NOW", None)
        else:
            os.environ["QABYLDAU_NOW"] = saved
    from kiosk.paths import STORE_FILE
    return folder / STORE_FILE


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _training_template: Path):
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    shutil.copy2(_training_template, home / _training_template.name)
    monkeypatch.setenv("QABYLDAU_HOME", str(home))
    monkeypatch.setenv("QABYLDAU_NOW", FIXED_NOW)
    monkeypatch.setenv("QABYLDAU_LANG", "en")
    monkeypatch.setenv("QABYLDAU_STATION_FILE", str(tmp_path / "station.ini"))
    monkeypatch.delenv("QABYLDAU_STATION", raising=False)
    monkeypatch.delenv("QABYLDAU_STORE", raising=False)
    yield
    _delete_left_widgets()
    import sys
    if "kiosk.documents.layout" in sys.modules:  # the process-wide training mark of papers
        sys.modules["kiosk.documents.layout"].set_training_mark(False)


def _delete_left_widgets() -> None:
    """Widgets a test closed are deleted before the next test starts, so none of them hears
    the next test's language switch with a store that is already closed."""
    import sys
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class RealPrinterReached(AssertionError):
    pass


_PRINT_COMMANDS = {"lp", "lpr", "lpadmin", "cupsenable", "cupsdisable", "cupsaccept",
                   "cupsreject", "cancel", "lpoptions"}


def _no_real_cups(argv: list[str]):
    """The test set-up's CUPS: no printer installed.  Printing or changing a queue fails the
    test (a test that needs printers gives kiosk.printers._run a fake of its own)."""
    name = os.path.basename(argv[0]) if argv else ""
    if name in _PRINT_COMMANDS:
        pytest.fail(f"a test tried to reach a real printer: {' '.join(argv)}", pytrace=False)
    return subprocess.CompletedProcess(argv, 1, "", "lpstat: No destinations added.\n")


@pytest.fixture(autouse=True)
def _no_real_printer(monkeypatch: pytest.MonkeyPatch):
    """Tests never reach a real printer: CUPS looks empty, and a QPainter opened on a QPrinter
    that does not print to a file fails the test."""
    from kiosk import printers
    monkeypatch.setattr(printers, "_run", _no_real_cups)
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    real_begin = QPainter.begin

    def begin(painter, device):  # noqa: ANN001
        if isinstance(device, QPrinter) and not (
                device.outputFormat() == QPrinter.OutputFormat.PdfFormat
                and device.outputFileName()):
            pytest.fail("a test tried to print on a real printer (a QPrinter not printing to "
                        "a file)", pytrace=False)
        return real_begin(painter, device)
    monkeypatch.setattr(QPainter, "begin", begin)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    yield


DEMO_PINS = {"clerk": "1111", "dispatcher": "2222", "manager": "3333", "admin": "4444"}


@pytest.fixture
def login_as(monkeypatch: pytest.MonkeyPatch):
    """``login_as("manager")`` -> ``["--login", "manager"]`` with $QABYLDAU_PIN set to that
    demo account's PIN: the sign-in a command line of the training office takes."""
    def sign(login: str) -> list[str]:
        monkeypatch.setenv("QABYLDAU_PIN", DEMO_PINS[login])
        return ["--login", login]
    return sign


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def ctx(data_dir: Path, store_target):
    from kiosk.context import open_context
    c = open_context(data_dir)
    yield c
    c.close()


# -- both engines ------------------------------------------------------------------------------
# The core and store tests run on the embedded store and on a real PostgreSQL that the session
# starts itself (tests/pg.py).  A test runs on both when it uses ``ctx`` or ``store_target``
# (a module can mark itself ``pytestmark = pytest.mark.usefixtures("store_target")``); a module
# that is about SQLite itself defines its own ``store_target`` fixture returning None.

def _pg_required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("QABYLDAU_TEST_PG_REQUIRED"))


@pytest.fixture(scope="session")
def pg_cluster():
    from tests.pg import PgCluster
    cluster = PgCluster.start()
    if cluster is None:
        if _pg_required():
            pytest.fail("PostgreSQL (initdb) is not installed; test.sh installs it")
        pytest.skip("PostgreSQL (initdb) is not installed here; test.sh installs it")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_uri(pg_cluster, monkeypatch: pytest.MonkeyPatch):
    """A fresh empty database on the session's cluster, set as $QABYLDAU_STORE (so commands,
    subprocesses and open_context all use it); dropped afterwards."""
    uri = pg_cluster.new_database()
    monkeypatch.setenv("QABYLDAU_STORE", uri)
    yield uri
    pg_cluster.drop_database(uri)


# Tests about the embedded store itself (its file, SQLite's plans, backups of the file), and
# tests of modules that still reach for the SQLite connection instead of db/ functions (the
# owner moves their SQL, then removes the line here), run on the embedded store only.
SQLITE_ONLY = [
    "test_backup.py",            # SQLite online backup and restore of the file
    "test_lookup_plan.py",       # SQLite's EXPLAIN QUERY PLAN
]


def _engines_for(nodeid: str) -> list[str]:
    name = nodeid.split("/")[-1]
    if any(name.startswith(prefix) for prefix in SQLITE_ONLY):
        return ["sqlite"]
    return ["sqlite", "postgresql"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_target" in metafunc.fixturenames and not metafunc.definition.nodeid.startswith(
            "tests/gui/"):
        metafunc.parametrize("store_target", _engines_for(metafunc.definition.nodeid),
                             indirect=True)


@pytest.fixture
def store_target(request: pytest.FixtureRequest):
    """None: the embedded store in the test's data folder; else the PostgreSQL URI (also in
    $QABYLDAU_STORE)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    uri = request.getfixturevalue("pg_uri")
    # the office server's database holds the test's training store, as the data folder does
    from kiosk.office_setup import make_training_store
    make_training_store(os.environ["QABYLDAU_HOME"], store_url=uri).close()
    return uri


def _zbar_available() -> bool:
    if shutil.which("zbarimg"):
        return True
    try:
        from pyzbar import pyzbar  # noqa: F401
        return True
    except Exception:  # ImportError or the shared library missing
        return False


def decode_barcodes(png: Path) -> list[str]:
    """Decode every barcode in a PNG with a real decoder (zbar)."""
    if shutil.which("zbarimg"):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        return [line for line in out.stdout.splitlines() if line]
    from PIL import Image
    from pyzbar import pyzbar
    return [r.data.decode() for r in pyzbar.decode(Image.open(png))]


def pdf_to_pngs(pdf: Path, out_dir: Path, dpi: int = 200) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_dir / "page")], check=True)
    return sorted(out_dir.glob("page*.png"))


needs_zbar = pytest.mark.skipif(
    not (_zbar_available() and shutil.which("pdftoppm")) and not os.environ.get("CI"),
    reason="zbar and poppler-utils are not installed (.ci/run installs them)")
