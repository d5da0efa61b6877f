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
def ctx(data_dir: Path):
    from kiosk.context import open_context
    c = open_context(data_dir)
    yield c
    c.close()


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
