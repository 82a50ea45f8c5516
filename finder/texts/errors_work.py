"""Error codes and their English templates: the services' other than the imports' (finder/services).

raise UserError("some-code", value1, value2)   # in the code below the text layer
"some-code": N_("Something about %1 and %2"),   # here; Spanish in finder/i18n/es.po

A code names one sentence; the same sentence raised in finder/domain, db or the imports has a code
of its own in errors_data.py (the two registries share one namespace, tests/test_no_sentences_below_texts.py).
"""

from __future__ import annotations

from finder.texts import N_

TEMPLATES: dict[str, str] = {
    # agency.py
    "users-need-server": N_(
        "users are managed on a shared PostgreSQL directory only; a SQLite file has one user"
    ),
    "upgrade-not-owner": N_(
        "%1 does not own the shared directory's schema; run `db upgrade` as the role that owns it (see docs/agency.md)"
    ),
    "bad-user-name": N_(
        "'%1' cannot be a user name: use lower-case letters, digits, '_', '.' or '-', starting with a letter (at most 63), e.g. casey or j.doe"
    ),
    "reserved-user-name": N_("'%1' is reserved; choose another user name"),
    "user-admin-refused": N_(
        "cannot %1 (%2); run it as the role that owns the directory, with CREATEROLE (see docs/agency.md)"
    ),
    "user-is-admin-role": N_(
        "%1 is an administrator role (it bypasses row security); case managers need a login of their own"
    ),
    "no-such-user": N_("%1 is not a Program Finder user (see 'finder --db URL db users')"),
    # answer_rules.py
    "assignment-shape": N_("%1 '%2' should look like QUESTION_ID=VALUE (see 'finder checklist --questions')"),
    "no-such-question": N_("no checklist question with id '%1' (see 'finder checklist --questions')"),
    "not-an-answer": N_("'%1' is not an answer; use one of %2"),
    "open-question-answer": N_(
        "'%1' is an open question, answered by its note: use --note %1=TEXT (or %1=answered / %1=not-asked), not '%2'"
    ),
    "yes-no-question-answer": N_("'%1' is a yes/no question: use one of %2, not '%3'"),
    # backups.py
    "backups-sqlite-only": N_(
        "backups are made of a local SQLite directory only; use the server's own backups for a shared database"
    ),
    "folder-read-only": N_(
        "the folder %1 is read-only: the directory can be searched and read, but not changed; nothing was changed"
    ),
    "backup-disk-full": N_(
        "the disk is full (%1 MB free); nothing was changed. A backup of the directory needs about %2 MB in %3: free some space and try again"
    ),
    "backup-not-made": N_("a backup could not be made in %1 (%2); nothing was changed"),
    "no-backups": N_("there are no backups yet"),
    "no-such-backup": N_("no backup %1: choose 1 to %2 ('finder backup list')"),
    "backup-damaged": N_("backup %1 (%2) is damaged; choose another"),
    "restore-disk-full": N_(
        "the disk is full (%1 MB free); nothing was changed. Free some space and restore again"
    ),
    # calls.py
    "not-a-date": N_("%1 '%2' is not a date; use YYYY-MM-DD, e.g. 2026-12-15"),
    "bad-accepting": N_("accepting '%1' is not yes, no or unknown"),
    "not-a-call-fact": N_(
        "'%1' is not a fact a call can confirm: use phone, address, website or a tag slug such as medicaid, iop, adolescents, evening (see 'finder search --help')"
    ),
    "confirm-shape": N_("--confirm '%1' should look like FIELD=yes or FIELD=no"),
    "confirm-not-yes-no": N_("--confirm %1: '%2' is not yes or no"),
    "call-text-too-long": N_("%1 is %2 characters long; at most %3 are allowed"),
    "bad-outcome": N_("outcome '%1' is not one of %2"),
    "bad-wait-days": N_("wait of %1 days: give 0 to %2 days"),
    "follow-up-before-call": N_("the follow-up date %1 is before the call (%2): a follow-up comes after it"),
    "no-such-call": N_("no call %1 (see 'finder calls PROGRAM_ID')"),
    "call-not-yours": N_("only %1, who made the call, can delete it"),
    # checklists.py
    "no-such-program": N_("no program with id %1"),
    "when-needs-spoke-to": N_("say who you spoke to (--spoke-to NAME) before giving when"),
    "open-question-not-asked-note": N_(
        "'%1' is an open question: a note answers it, so it cannot be not-asked with a note"
    ),
    "open-question-needs-note": N_("'%1' is an open question, answered by its note: add --note %1=TEXT"),
    # directory.py
    "bad-program-id": N_("'%1' is not a program id (a whole number)"),
    "cannot-write": N_("cannot write %1: %2"),
    # editing.py
    "list-item-too-long": N_("'%1…' is %2 characters long; at most %3 per entry"),
    "list-too-long": N_("is longer than %1 characters in all"),
    "zip-not-in-gazetteer": N_(
        "ZIP %1 is not in the offline gazetteer; give the location as LAT,LON as well"
    ),
    # files.py
    "target-is-folder": N_("%1 is a folder; give a file name such as %2"),
    "no-such-folder": N_("the folder %1 does not exist"),
    # opening.py
    "restore-sqlite-only": N_(
        "backups are made of a local SQLite directory only; use the server's own backups (pg_dump) for a shared database"
    ),
    # origins.py
    "no-origin": N_("no origin given: type a ZIP (92660), a city (Newport Beach, CA) or lat,lon"),
    "bad-latlon": N_("'%1' is not a valid location: latitude must be -90..90 and longitude -180..180"),
    "zip-not-found": N_("ZIP code %1 was not found in the offline ZIP list"),
    "origin-bad-state": N_("'%1' is not a US state or territory code (in '%2')"),
    "city-not-found": N_("city '%1, %2' was not found in the offline place list"),
    "city-needs-state": N_("'%1' needs its state: %2"),
    "unreadable-origin": N_(
        "cannot read the origin '%1': use a ZIP (92660), 'City, ST' (Newport Beach, CA) or lat,lon (33.6,-117.9); street addresses need online lookup (--online)"
    ),
    "online-lookup-failed": N_("online lookup failed (%1)"),
    "online-lookup-empty": N_("online lookup found nothing"),
    "origin-not-found": N_("'%1' could not be found: %2, and it holds no known ZIP or 'City, ST'"),
    # search.py
    "bad-limit": N_("limit must be at least 1"),
    # shortlists.py
    "shortlist-needs-name": N_(
        "a shortlist needs a name: use a case reference such as 'Case 2291', not a client's name"
    ),
    "shortlist-name-too-long": N_("a shortlist name can be at most %1 characters"),
    "no-such-shortlist": N_("no shortlist named '%1' (see 'finder shortlist list')"),
    "shortlist-private": N_("the shortlist '%1' is private to %2; only they can open or change it"),
    "shortlist-ambiguous": N_(
        "several shared shortlists are named '%1' (made by %2); ask one of them to rename theirs"
    ),
    "shortlist-exists": N_("a shortlist named '%1' already exists; choose another name or add to that one"),
    "shortlist-exists-private": N_(
        "a shortlist named '%1' already exists (private to %2); choose another name or add to that one"
    ),
    "shortlist-share-not-yours": N_("only %1, who made the shortlist '%2', can change who sees it"),
    "not-on-shortlist": N_("program %1 is not on the shortlist '%2'"),
    "shortlist-delete-not-yours": N_("only %1, who made the shortlist '%2', can delete it"),
    "not-on-shortlist-add-it": N_(
        "program %1 is not on the shortlist '%2'; add it with 'finder shortlist add \"%2\" %1'"
    ),
    # agency.py
    "user-add": N_("add %1"),
    "user-remove": N_("remove %1"),
    # backups.py
    "copy-did-not-check-out": N_("the copy did not check out (%1)"),
    "copy-not-whole": N_("not a whole copy"),
    "copy-no-schema": N_("no Program Finder schema"),
    "copy-no-pages": N_("it has no pages"),
    # calls.py
    "what-next-intake": N_("next intake"),
    "what-follow-up": N_("follow-up"),
    "what-spoke-to": N_("who you spoke to"),
    # shortlists.py
    "what-shortlist-name": N_("the shortlist name"),
    "what-note": N_("the note"),
    "owner-nobody": N_("nobody"),
    # origins.py
    "origin-fallback": N_("%1; searching from %2 instead"),
    # conflicts.py
    "edit-conflict": N_(
        "program %1 was not saved: %2. Look again (finder show %1) or repeat with --if-version %3 to overwrite"
    ),
    "edit-conflict-someone": N_("someone else changed it"),
    "edit-conflict-others": N_("someone else (%1) changed it meanwhile: %2"),
    "edit-conflict-now": N_("%1 is now '%2'"),
    "edit-conflict-now-empty": N_("%1 is now empty"),
    "who-unknown": N_("unknown"),
    "answer-conflict": N_(
        "not saved: someone else answered meanwhile: %1. Keep their answer, or save yours over it"
    ),
    "their-answer": N_("'%1' was answered '%2' by %3"),
    "their-answer-at": N_("'%1' was answered '%2' by %3 at %4"),
    "their-answer-note": N_("'%1' was answered '%2' (note: '%3') by %4"),
    "their-answer-note-at": N_("'%1' was answered '%2' (note: '%3') by %4 at %5"),
    # connection.py (the database a problem is with, then the problems)
    "db-server": N_("the database server"),
    "db-file": N_("the database file %1"),
    "db-server-at": N_("the database server %1 (database %2)"),
    "conn-no-ca": N_(
        "cannot verify %1: no CA certificate to check it against; put the agency's CA certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.crt to the database URL"
    ),
    "conn-no-ca-file": N_(
        "cannot verify %1: no CA certificate to check it against (%2 is missing); put the agency's CA certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.crt to the database URL"
    ),
    "conn-cert-unverified": N_(
        "%1 offered a certificate that could not be verified (%2); check with the administrator, then name the CA that signed it: ~/.postgresql/root.crt, or ?sslrootcert=/path/to/ca.crt in the database URL"
    ),
    "conn-cert-expired": N_("it has expired"),
    "conn-cert-untrusted": N_("it is not signed by the CA you trust"),
    "conn-cert-wrong-host": N_(
        "%1 presented a certificate for %2, not for the host in the URL; connect by the name on the certificate, or ask the administrator for one that names this host"
    ),
    "conn-cert-other-name": N_("another name"),
    "conn-no-tls": N_(
        "%1 does not offer TLS; ask the administrator to turn on ssl (hostssl in pg_hba.conf), see docs/agency.md"
    ),
    "conn-tls-required": N_("%1 accepts encrypted connections only; remove sslmode=disable from the URL"),
    "conn-tls-failed": N_(
        "the TLS handshake with %1 failed; check sslmode and sslrootcert in the database URL"
    ),
    "conn-login-refused": N_("%1 refused the user name or password; check the database URL or ~/.pgpass"),
    "conn-login-refused-for": N_(
        "%1 refused the user name or password for %2; check the database URL or ~/.pgpass"
    ),
    "conn-no-host": N_("cannot find %1: no network, or the host name is wrong"),
    "conn-no-database": N_("%1 has no such database; create it, then run 'finder --db URL db upgrade'"),
    "conn-no-role": N_("%1 does not know this user; ask the administrator to create the role"),
    "conn-timeout": N_("%1 did not answer in time (network down or server busy); try again shortly"),
    "conn-read-only": N_(
        "%1 is in a read-only folder: it can be searched and read, but not changed; nothing was changed. Open a copy in a folder you can write to (--db) to make changes"
    ),
    "conn-disk-full": N_(
        "the disk holding %1 is full (%2 MB free); nothing was changed. Free some space and try again"
    ),
    "conn-locked": N_("%1 is busy (locked by another program); try again shortly"),
    "conn-cannot-open": N_("cannot open %1: check that the folder exists and is writable"),
    "conn-lost": N_("lost the connection to %1; nothing was saved in the interrupted step; try again"),
    "conn-unreachable": N_("cannot reach %1: is the server running and the network up?"),
    # the comparison's and the needs' refusals
    "compare-ids-not-numbers": N_("--ids needs program ids separated by commas, e.g. --ids 12,15,9"),
    "compare-empty-shortlist": N_(
        "the shortlist '%1' has no programs to compare; add some with 'finder shortlist add \"%1\" ID...'"
    ),
    "compare-none-chosen": N_("choose at least one program to compare"),
    "compare-choose-ids": N_(
        "the shortlist '%1' has %2 programs and a comparison shows at most "
        "%3; choose them with --ids ID,ID,... (ids from 'finder shortlist list')"
    ),
    "compare-too-many": N_("a comparison shows at most %1 programs; %2 were given"),
    "compare-id-twice": N_("program %1 is named twice in --ids"),
    "compare-not-on-shortlist": N_("program %1 is not on the shortlist '%2' (see 'finder shortlist list')"),
    "needs-too-many": N_("%1 needs given; a shortlist holds at most %2"),
    "needs-unknown": N_(
        "'%1' is not a need this directory knows: use tag slugs such as medicaid, adolescents, iop, evening (vocabulary:slug when a slug is in two)"
    ),
}
