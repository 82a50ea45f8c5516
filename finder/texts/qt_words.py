"""Qt's own words that Qt's Spanish catalogue (qtbase_es.qm) lacks, answered from ours.

Qt asks its own catalogue first; for what it has no Spanish for, the CatalogueTranslator
(finder/reports/i18n.py) asks this one, so the file dialog reads "Buscar en:" instead of "Look in:".
The English is Qt's source text, exactly (with its & mnemonic).
"""

from __future__ import annotations

from finder.texts import N_

QT_WORDS = (
    N_("&Look in:"),  # QFileDialog
    N_("Files of &type:"),  # QFileDialog
    N_("Computer"),  # QFileDialog's side bar
)
