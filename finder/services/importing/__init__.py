"""Importing directory files: read -> records -> validate -> one transaction.

`import_file(db, path)` is the entry point; see DATA_FORMATS.md for the formats.
"""

from finder.services.importing.run import ImportReport, import_file, import_records  # noqa: F401
