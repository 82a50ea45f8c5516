"""Where things live: the files that ship inside the `finder` package, and the user's data folder.

Everything the app ships (seeds, migrations, icons, map data, report templates, translations)
is package data under finder/data/ and finder/i18n/, found through `importlib.resources`, so a
plain wheel, an editable install, the PyInstaller bundle and the .deb all find it the same way
and none of them needs the source tree.

    finder/data/seeds/        the bundled directory, service codes, checklist articles
    finder/data/migrations/   Alembic env.py, script.py.mako and versions/
    finder/data/icons/        the app icon (SVG, PNG sizes, .ico, .icns)
    finder/data/map/          base map (us-atlas TopoJSON) and the town names it labels
    finder/data/templates/    report templates
    finder/data/style.qss     the window's style sheet
    finder/data/gazetteer.csv.gz  ZIP centroids
    finder/i18n/              the text catalogue: <lang>.po and the <lang>.mo the app reads
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "finder"

# Alembic's script_location as a package resource ("package:path"): Alembic resolves it with
# importlib.resources itself, so the migrations are found wherever the package is installed.
MIGRATIONS_RESOURCE = "finder:data/migrations"

_extracted = ExitStack()  # files copied out of a zipped install, removed at exit
atexit.register(_extracted.close)


@cache
def _on_disk(*parts: str) -> Path:
    """A shipped file or folder as a real path (Qt, Alembic and gzip need one).

    Installed as files (wheel, bundle, .deb) this is the file itself; from a zip it is a
    temporary copy kept until the process ends.
    """
    resource = files("finder")
    for part in parts:
        resource = resource / part
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))


def data_path(*parts: str) -> Path:
    """A file or folder under finder/data/."""
    return _on_disk("data", *parts)


def resource_path(*parts: str) -> Path:
    """Icons, map data, templates, the style sheet, the gazetteer (all under finder/data/)."""
    return data_path(*parts)


def seeds_dir() -> Path:
    return data_path("seeds")


def migrations_dir() -> Path:
    return data_path("migrations")


def translations_dir() -> Path:
    """The text catalogue (es.po/es.mo, en.po/en.mo: finder.texts)."""
    return _on_disk("i18n")


def data_dir() -> Path:
    """The user's data folder (directory, backups). Which database to open: finder.locations."""
    return Path(user_data_dir(APP_NAME, appauthor=False))
