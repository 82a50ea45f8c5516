"""Error codes and their English templates: the domain's, the database's and the imports' (finder/domain,
finder/db, finder/services/importing), and the settings' (finder/settings.py).

raise UserError("some-code", value1, value2)   # in the code below the text layer
"some-code": N_("Something about %1 and %2"),   # here; Spanish in finder/i18n/es.po

The English is the message str(exc) gives and the catalogue's key: change it and the Spanish must
be given again (python -m finder.texts.catalogue update, then fill).
"""

from __future__ import annotations

from finder.texts import N_

TEMPLATES: dict[str, str] = {
    # finder/domain/geo.py
    "radius-out-of-range": N_("radius must be between %1 and %2 miles (got %3)"),
    "radius-not-a-number": N_("radius '%1' is not a number of miles"),
    # finder/domain/taxonomy.py
    "not-a-tag": N_("'%1' is not a tag: use a slug such as medicaid, iop, adolescents, evening"),
    "not-a-tag-of-vocabulary": N_("'%1' is no tag: %2 has %3"),
    "tag-in-two-vocabularies": N_("'%1' is in %2: say which, e.g. %3:%1"),
    "no-such-vocabulary": N_("'%1': there is no vocabulary '%2'; use one of %3"),
    "unknown-slug": N_("unknown %1 '%2'; valid: %3"),
    "and-list": N_("%1 and %2"),  # the last two of a list: "populations and therapies"
    # finder/domain/validation.py
    "field-problem": N_("%1: %2"),
    "field-required": N_("is required"),
    "field-too-long": N_("is %1 characters long; at most %2 are allowed"),
    "field-control-character": N_("contains an invisible control character (%1); type it again without it"),
    "control-character": N_("%1 contains an invisible control character (%2); type it again without it"),
    "field-not-a-zip": N_("'%1' is not a ZIP code: use 5 digits, e.g. 07030"),
    "field-not-a-state": N_("'%1' is not a US state or territory code (e.g. CA, NJ, PR)"),
    "phone-too-long": N_("is too long for a phone number"),
    "not-a-phone-number": N_("'%1' is not a phone number"),
    "phone-bad-area-code": N_("'%1' is not a valid US number (area code or exchange starts with 0 or 1)"),
    "not-a-us-phone-number": N_("'%1' is not a US phone number: give 10 digits, e.g. 949-555-0100"),
    "website-too-long": N_("is longer than %1 characters"),
    "website-scheme": N_("must start with http:// or https://"),
    "not-a-web-address": N_("'%1' is not a web address (e.g. https://example.org)"),
    "lat-lon-not-numbers": N_("latitude and longitude must be numbers"),
    "latitude-out-of-range": N_("latitude %1 is out of range (-90 to 90)"),
    "longitude-out-of-range": N_("longitude %1 is out of range (-180 to 180)"),
    "not-lat-lon": N_("'%1' is not LAT,LON (e.g. 33.62,-117.93)"),
    "not-a-status": N_("'%1' is not a status; use active or do-not-refer"),
    "field-not-editable": N_("is not a field that can be edited"),
    "types-required": N_("choose at least one type (addiction, mental health, …)"),
    "reason-required": N_("give a reason when marking a program do-not-refer"),
    # finder/db
    "db-no-backup-hint": N_(
        "there is no backup of it; move it aside to start a fresh directory, or open another file with --db"
    ),
    "db-backup-hint": N_(
        "the latest backup is from %1: 'finder backup restore 1' puts it back (File > Restore backup in the window) and keeps the damaged file aside (%2)"
    ),
    "db-unreadable": N_("cannot read the database %1: %2"),
    "db-not-sqlite": N_("%1 is not a Program Finder database (not a SQLite file); %2"),
    "db-truncated": N_("the database %1 is damaged (cut off: %2 of %3 bytes); %4"),
    "db-damaged": N_("the database %1 is damaged (%2); %3"),
    "db-no-schema-version": N_("this database has no schema version; it was not made by Program Finder"),
    "db-cannot-upgrade": N_(
        "cannot upgrade the schema (%1); run `db upgrade` as the role that owns the directory, with CREATEROLE the first time (see docs/agency.md)"
    ),
    "db-is-folder": N_("%1 is a folder, not a database file"),
    "db-cannot-create": N_("cannot create %1: %2"),
    "db-schema-out-of-date": N_(
        "the shared directory's schema is out of date; ask your administrator to run `finder --db URL db upgrade`"
    ),
    "db-no-schema": N_(
        "the shared directory has no schema yet; ask your administrator to run `finder --db URL db upgrade`"
    ),
    "db-password-in-url": N_(
        "do not put a password in the database URL (it would be stored and shown in clear); keep it in ~/.pgpass (chmod 600), e.g. postgresql://me@server/finder"
    ),
    # finder/db/engine.py: a connection to a server with less than verified TLS (a warning, not an error)
    "db-tls-weak": N_(
        "warning: sslmode=%1: the connection to %2 %3; use it only on a network you trust "
        "(docs/agency.md: verify-full and the agency's CA certificate)"
    ),
    "db-tls-the-server": N_("the server"),
    "db-tls-may-be-unencrypted": N_("may be unencrypted and the server is not verified"),
    "db-tls-unencrypted": N_("is unencrypted and the server is not verified"),
    "db-tls-no-certificate-check": N_(
        "is encrypted, but does not check the server's certificate: anyone on the way could pose as the server"
    ),
    "db-tls-no-host-check": N_(
        "is encrypted and the certificate checked, but it does not check that the certificate is for %1: "
        "a server with any certificate of that CA could pose as it"
    ),
    # finder/services/importing: the file
    "import-file-not-found": N_("file not found: %1"),
    "import-is-folder": N_("%1 is a folder; import a file (or an HSDS folder with datapackage.json)"),
    "import-not-regular-file": N_("%1 is not a regular file"),
    "import-cannot-read": N_("cannot read %1: %2"),
    "import-file-too-big": N_("%1 was not imported: it is more than %2; an import reads at most %2"),
    "import-unpacks-too-big": N_(
        "%1 was not imported: it unpacks to more than %2; an import reads at most %2"
    ),
    "import-zip-bomb": N_(
        "%1 was not imported: it unpacks to more than %2 times its packed size (a zip bomb?), the most an import accepts is %2:1"
    ),
    "import-bad-gzip": N_("%1 is a damaged gzip file"),
    "import-utf16": N_(
        "%1 is saved as UTF-16 text, which an import does not read; open it and save it again as UTF-8 (in Excel: Save As > CSV UTF-8)"
    ),
    "import-not-text": N_("%1 is not a text, XLSX or zip file"),
    "import-bad-csv": N_("%1 is not readable CSV: %2"),
    "import-too-many-columns": N_(
        "%1 was not imported: row %2 has more than %3 columns, the most an import reads"
    ),
    "import-too-many-rows": N_("%1 was not imported: it has more than %2 rows, the most an import reads"),
    "import-too-many-cells": N_("%1 was not imported: it has more than %2 cells, the most an import reads"),
    "import-zip-too-many-files": N_(
        "%1 was not imported: it holds more than %2 files; an import reads at most %2"
    ),
    "import-zip-encrypted": N_("%1 is encrypted; import a file without a password"),
    "import-zip-compression": N_("%1 uses a compression other than deflate, which the import does not read"),
    "import-bad-zip": N_("%1 is a damaged zip file (%2: %3)"),
    "import-xlsx-entities": N_(
        "%1 was not imported: its part %2 declares XML entities (an entity bomb?), which a workbook never needs"
    ),
    "import-xlsx-too-many-columns": N_(
        "%1 was not imported: a row of its sheet has more than %2 columns, the most an import reads"
    ),
    "import-xlsx-too-many-strings": N_(
        "%1 was not imported: it holds more shared strings than its sheets have cells (more than %2), which a workbook never needs"
    ),
    "import-bad-xlsx": N_("%1 is not a readable XLSX workbook (%2)"),
    "import-xlsx-no-sheet": N_("%1 is an XLSX workbook without a worksheet"),
    "import-out-of-memory": N_("%1 was not imported: it is too large to read in this computer's memory"),
    # the parts of the messages above: a size, a file without a name, a member of a zip
    "import-size-mb": N_("%1 MB"),
    "import-size-bytes": N_("%1 bytes"),
    "import-the-file": N_("the file"),
    "import-zip-member": N_("%1 (%2)"),
    # finder/services/importing: the layout and the rows
    "import-unknown-layout": N_(
        "%1 has an unknown layout: expected a SAMHSA directory, a SAMHSA locator export, an HSDS datapackage or a Program Finder export"
    ),
    "import-unknown-format": N_("unknown import format '%1'; valid: %2"),
    "import-empty": N_("%1 is empty"),
    "import-wrong-columns": N_("%1 does not have the columns of the %2 format"),
    "import-no-rows": N_("%1 has a header but no rows"),
    "import-rows-refused": N_("%1 was not imported, nothing changed: %2%3"),
    "import-and-more": N_(" (and %1 more)"),
    "import-row-problem": N_("row %1: %2"),
    "row-not-a-number": N_("%1 '%2' is not a number"),
    "row-out-of-range": N_("%1 %2 is out of range (%3 to %4)"),
    "row-no-name": N_("has an address but no name"),
    "row-too-long": N_("%1 is longer than %2 characters"),
    "row-bad-state": N_("state '%1' is not a US state or territory code"),
    "row-half-location": N_("has a latitude or a longitude but not both"),
    "row-bad-zip": N_("ZIP '%1' is not a ZIP code (5 digits or ZIP+4, e.g. 92660)"),
    "row-bad-location-precision": N_("location_precision '%1' is not exact, zip or manual"),
    "row-bad-status": N_("status '%1' is not active or do-not-refer"),
    # finder/services/importing/hsds.py
    "hsds-path-outside": N_("%1: datapackage.json points outside the package (%2)"),
    "hsds-path-is-url": N_(
        "%1: datapackage.json points to a web address (%2); an import reads only files inside the package"
    ),
    "hsds-folder-without-package": N_(
        "%1 is a folder without datapackage.json; an HSDS import needs the whole datapackage"
    ),
    "hsds-zip-without-package": N_(
        "%1 is a zip without datapackage.json; an HSDS import needs a Frictionless datapackage"
    ),
    "hsds-link-outside": N_("%1: %2 is a link to a file outside the package"),
    "hsds-no-resources": N_(
        "%1: datapackage.json is not a valid data package (it needs a list of resources)"
    ),
    "hsds-too-many-tables": N_(
        "%1 was not imported: its datapackage.json lists more than %2 tables; an import reads at most %2"
    ),
    "hsds-table-missing": N_("%1: table %2 (%3) is listed in datapackage.json but missing"),
    "hsds-table-not-listed": N_("%1: the HSDS table %2 is missing from datapackage.json"),
    "hsds-no-taxonomy-term": N_("%1: attributes need the taxonomy_term table, which is missing"),
    "hsds-empty-reference": N_("%1 row %2: %3 is empty"),
    "hsds-bad-reference": N_("%1 row %2: %3 '%4' is not an id in %5"),
    "hsds-row-problem": N_("%1 row %2: %3"),
    "hsds-no-rows": N_("%1: the HSDS package has no service_at_location rows"),
    "hsds-location-problem": N_("its location (%1 row %2) has %3"),
    "row-no-name-or-address": N_("has neither a name nor an address"),
    # finder/settings.py: a setting typed on the command line or read from settings.ini
    "setting-database-not-a-url": N_(
        "database: use a file path, or a URL starting with postgresql:// (e.g. postgresql://me@server/finder)"
    ),
    "setting-database-unreadable": N_(
        "database: that URL cannot be read; e.g. postgresql://me@server/finder"
    ),
    "setting-database-password": N_(
        "database: do not put a password in the URL (it would be stored and shown in clear); keep it in ~/.pgpass (chmod 600) and use postgresql://me@server/finder"
    ),
    "setting-user-name-too-long": N_("user-name: at most 200 characters"),
    "setting-user-name-control": N_("user-name: control characters are not allowed"),
    "setting-not-on-or-off": N_("online-lookup: '%1' is not on or off; use true or false"),
    "setting-unknown-language": N_("language: '%1' is not one of %2 (unset it to follow the system)"),
    "setting-unknown": N_("unknown setting '%1'; the settings are %2"),
}
