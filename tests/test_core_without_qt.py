"""The core (kiosk/, db/) never imports Qt: every module imports with PySide6 blocked."""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pathlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, Block())
root = pathlib.Path(sys.argv[1])
sys.path.insert(0, str(root))
for pkg in ("kiosk", "db"):
    for f in sorted((root / pkg).rglob("*.py")):
        mod = ".".join(f.relative_to(root).with_suffix("").parts)
        if mod.endswith("__main__"):
            continue
        importlib.import_module(mod.removesuffix(".__init__"))
print("ok")
"""


def test_core_imports_without_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
