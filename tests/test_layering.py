"""The layers hold: every import in finder/ (inside functions too) follows the table, and none loops.

    ui, cli  ->  reports  ->  words  ->  services  ->  db  ->  domain  ->  errors  ->  texts
                                 \\-> locations, settings, logs, paths (Qt-free helpers any layer may use)

The text layer is two rooms: `texts` (finder/texts/__init__.py's gettext and N_ marks, the error
codes' English, the catalogue tool), which the domain may use to mark its registries' labels;
and `words` (every other finder/texts module: sentences from values), above the services.

`locations` (which database to open) is the one helper above both `paths` and `settings`; those
two import neither each other nor it. Imports inside functions count like any other.

Qt (PySide6) only in ui/ and the reports. A test that imports the core with PySide6 blocked
checks the same from the other side.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "finder"

# which room a module is in: its first part under finder/ (modules at the top are rooms of their own)
REPORTS = {"reports"}
TEXTS_CORE = {"catalogue", "error_codes"}  # and errors_*.py: data, under finder.texts
BASE = {"errors", "paths", "settings", "logs", "locations", "__init__", "texts"}
ALLOWED: dict[str, set[str]] = {
    "errors": {"texts"},  # the English of an error code
    "texts": {"paths"},
    "words": {"words", "services", "db", "domain"} | BASE,
    "__init__": set(),
    "paths": set(),
    "locations": {"paths", "settings"},
    "settings": {"errors"},
    "logs": {"__init__"},
    "domain": {"domain", "errors", "texts"},
    "db": {"db", "domain", "errors", "paths", "texts"},
    "services": {"services", "db", "domain"} | BASE,
    "reports": {"reports", "words", "services", "domain"} | BASE,
    "cli": {"cli", "words", "services", "domain", "reports", "ui"} | BASE,  # `finder gui` starts the window
    "ui": {"ui", "words", "services", "domain", "reports"} | BASE,
    "bench": {"bench", "words", "services", "domain", "reports"} | BASE,
    "__main__": {"cli"},
    # package data: the Alembic migrations (finder/data/migrations) describe the models' tables
    "data": {"db"},
}
QT_ROOMS = {"ui", "reports"}


def room(module: str) -> str:
    parts = module.split(".")
    first = parts[1] if len(parts) > 1 else "__init__"
    if first == "texts" and len(parts) > 2:
        core = parts[2] in TEXTS_CORE or parts[2].startswith("errors_")
        return "texts" if core else "words"
    return "reports" if first in REPORTS else first


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    name = ".".join(rel.parts)
    return name.removesuffix(".__init__")


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import statement in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.append((node.lineno, target))
            # `from finder import settings` names a module, not an attribute
            out += [
                (node.lineno, f"{target}.{a.name}")
                for a in node.names
                if (PACKAGE.parent / Path(*f"{target}.{a.name}".split("."))).with_suffix(".py").exists()
                or (PACKAGE.parent / Path(*f"{target}.{a.name}".split(".")) / "__init__.py").exists()
            ]
    return out


def finder_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def test_every_import_follows_the_layer_table():
    broken = []
    for name, path in finder_modules().items():
        mine = room(name)
        assert mine in ALLOWED, f"{name}: room {mine!r} is not in the table; add it"
        for line, target in imports_of(path):
            top = target.split(".")[0]
            if top == "PySide6" and mine not in QT_ROOMS:
                broken.append(
                    f"{path.relative_to(ROOT)}:{line} imports Qt ({target}) outside ui/ and reports"
                )
            if top != "finder" or target == "finder":
                continue
            theirs = room(target)
            if theirs != mine and theirs not in ALLOWED[mine]:
                broken.append(f"{path.relative_to(ROOT)}:{line} ({mine}) imports {target} ({theirs})")
    assert not broken, "\n".join(broken)


def _graph() -> dict[str, set[str]]:
    mods = finder_modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for name, path in mods.items():
        for _line, target in imports_of(path):
            # an import of a.b.c also runs a and a.b: count the deepest module that exists
            parts = target.split(".")
            while parts and ".".join(parts) not in mods:
                parts.pop()
            dep = ".".join(parts)
            if dep and dep != name and not name.startswith(dep + ".") and dep != "finder":
                graph[name].add(dep)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_no_module_imports_itself_round_a_loop():
    cycle = find_cycle(_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_check_finds_a_loop():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_core_layers_import_without_qt():
    modules = [
        module_name(p) for layer in ("domain", "db", "services") for p in (PACKAGE / layer).rglob("*.py")
    ]
    modules += ["finder.settings", "finder.logs", "finder.paths", "finder.locations"]
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {m}\n" for m in modules)
        + "import finder.cli\nfinder.cli.build_parser()\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert p.returncode == 0, p.stderr[-2000:]


def test_an_import_inside_a_function_counts(tmp_path, monkeypatch):
    # the loop paths -> settings -> paths once hid in a function body: such imports are edges too
    pkg = tmp_path / "finder"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "paths.py").write_text("def where():\n    from finder.settings import load\n    return load()\n")
    (pkg / "settings.py").write_text(
        "import os\n\ndef load():\n    from finder import paths\n    return paths\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", pkg)
    assert (2, "finder.settings") in imports_of(pkg / "paths.py")
    assert find_cycle(_graph()) in (
        ["finder.paths", "finder.settings", "finder.paths"],
        ["finder.settings", "finder.paths", "finder.settings"],
    )
