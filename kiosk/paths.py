"""Where the office's data lives: ``--data-dir``, else ``QABYLDAU_HOME``, else the platform's
per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["data_dir", "store_path", "training_dir"]

STORE_FILE = "qabyldau.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get("QABYLDAU_HOME"):
        path = Path(os.environ["QABYLDAU_HOME"])
    else:
        path = Path(platformdirs.user_data_dir("qabyldau", appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path(folder: Path) -> Path:
    return folder / STORE_FILE


def training_dir() -> Path:
    """The training office's own folder (``run.sh``, the GUI's "training office"), beside the
    office's data and never the same: ``$QABYLDAU_TRAINING_HOME``, else the per-user data
    folder of "qabyldau-training"."""
    env = os.environ.get("QABYLDAU_TRAINING_HOME")
    path = Path(env) if env else Path(platformdirs.user_data_dir("qabyldau-training",
                                                                 appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path
