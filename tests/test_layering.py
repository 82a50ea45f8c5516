"""finder/domain, finder/db and finder/services must run without Qt (CLI, benchmarks, headless tests)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_layers_import_without_qt():
    modules = [p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
               for layer in ("domain", "db", "services") for p in (ROOT / "finder" / layer).rglob("*.py")]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt is not allowed here: ' + name)\n"
            "sys.meta_path.insert(0, Block())\n"
            + "".join(f"import {m}\n" for m in modules)
            + "import finder.cli\nfinder.cli.build_parser()\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert p.returncode == 0, p.stderr[-2000:]
