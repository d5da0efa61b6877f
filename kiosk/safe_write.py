"""Writing files so that nothing is half-written: receipts, registers, manifests, exports.

The bytes go to a temporary file in the same folder, are flushed to disk, and replace the
target in one rename; a reader (or a power cut) sees the old file or the new one, never a part.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic", "write_if_changed"]


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def write_if_changed(path: str | os.PathLike[str], data: bytes) -> bool:
    """Write atomically unless the file already holds exactly these bytes; True when written."""
    target = Path(path)
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(target, data)
    return True


# -- where an output may go ------------------------------------------------------------------
def is_own_file(folder: str | os.PathLike[str], path: str | os.PathLike[str]) -> bool:
    """True for the store of ``folder`` and its companions (``-wal``, ``-shm``, ``-journal``,
    the copy kept before a migration) and anything under its ``backups/``."""
    from kiosk.paths import store_path
    root = Path(folder).expanduser().resolve()
    store = store_path(root)
    target = Path(path).expanduser().resolve()
    if target.parent == store.parent and target.name.startswith(store.name):
        return True
    backups = root / "backups"
    return target == backups or backups in target.parents


def guard_output(folder: str | os.PathLike[str], out: str | os.PathLike[str],
                 default_name: str | None = None, *, field: str = "out") -> Path:
    """The file an ``--out``/``--slip`` option names, refused (exit 2) when it is one of the
    store's own files (the store, its ``-wal``/``-shm``, anything under ``backups/``).  An
    existing folder means a file ``default_name`` inside it."""
    from kiosk.errors import InputError
    target = Path(out).expanduser()
    if target.is_dir() and default_name:
        target = target / default_name
    if is_own_file(folder, target):
        raise InputError(field, "out.store_file", path=str(target))
    return target


def guard_folder(folder: str | os.PathLike[str], out: str | os.PathLike[str], *,
                 field: str = "out") -> Path:
    """A folder an ``--out DIR`` names: refused when it is (or is inside) the store's own
    files or its backups, or an existing file."""
    from kiosk.errors import InputError
    target = Path(out).expanduser()
    if is_own_file(folder, target) or is_own_file(folder, target / "x"):
        raise InputError(field, "out.store_file", path=str(target))
    if target.exists() and not target.is_dir():
        raise InputError(field, "out.not_folder", path=str(target))
    return target
