"""Error codes and their English templates: the domain's, the database's and the imports' (finder/domain, finder/db, finder/services/importing).

raise UserError("some-code", value1, value2)   # in the code below the text layer
"some-code": N_("Something about %1 and %2"),   # here; Spanish in finder/i18n/es.po
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {}
