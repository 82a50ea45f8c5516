"""finder/paths.py finds every shipped file inside the installed package (tests/test_wheel.py
checks the same from a wheel installed outside the checkout)."""

from __future__ import annotations

import ast
from pathlib import Path

import finder
from finder import paths

PACKAGE = Path(finder.__file__).resolve().parent


def test_every_shipped_location_is_inside_the_package():
    wanted = {
        paths.seeds_dir() / "national_directory.csv.gz",
        paths.seeds_dir() / "service_codes.csv",
        paths.migrations_dir() / "env.py",
        paths.migrations_dir() / "versions",
        paths.translations_dir() / "es.mo",
        paths.resource_path("icons"),
        paths.resource_path("map", "counties-10m.json"),
        paths.resource_path("templates", "checklist.html"),
        paths.resource_path("style.qss"),
        paths.resource_path("gazetteer.csv.gz"),
    }
    for path in wanted:
        assert path.exists(), path
        assert path.resolve().is_relative_to(PACKAGE), path


def test_alembic_finds_the_migrations_by_package_resource():
    from alembic.util.pyfiles import coerce_resource_to_filename

    assert (
        coerce_resource_to_filename(paths.MIGRATIONS_RESOURCE).resolve() == paths.migrations_dir().resolve()
    )


def test_no_module_reads_shipped_data_beside_the_source_tree():
    # data is found through finder.paths only: a path built from __file__ up to the checkout
    # (parent.parent / "seeds") works from a source tree and breaks in a wheel
    found = []
    for py in PACKAGE.rglob("*.py"):
        if "data" in py.relative_to(PACKAGE).parts[:1] or py.name.endswith(("_texts.py",)):
            continue  # the migrations; the catalogue generators are developer tools run from a checkout
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("parents", "parent"):
                inner = node.value
                while isinstance(inner, ast.Attribute):
                    inner = inner.value
                if isinstance(inner, ast.Call) and any(
                    isinstance(a, ast.Name) and a.id == "__file__" for a in ast.walk(inner)
                ):
                    found.append(f"{py.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, "paths from __file__ (use finder.paths): " + ", ".join(sorted(set(found)))
