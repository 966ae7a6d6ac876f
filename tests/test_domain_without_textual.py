"""The domain package never imports Textual."""

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import briefings
names = [m.name for m in pkgutil.walk_packages(briefings.__path__, "briefings.")]
for name in names:
    importlib.import_module(name)
assert len(names) > 5, names
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print(len(names), loaded)
sys.exit(1 if loaded else 0)
"""


def test_importing_every_briefings_module_leaves_textual_unloaded() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
