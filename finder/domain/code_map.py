"""SAMHSA service codes -> our tags (DATA_FORMATS.md section 5, docs/codes.md).

CODE_MAP[vocabulary][slug] lists the codes any one of which gives the program that tag, gathered
from the terms of the registry (finder.domain.registry, where each term declares its codes);
finder.domain.taxonomy reads it (tags_from_codes). Also the accreditation codes and the language
slugs of earlier versions.
"""

from __future__ import annotations

from finder.domain.registry import REGISTRY

# each term's codes are declared with the term (finder.domain.registry)
CODE_MAP: dict[str, dict[str, tuple[str, ...]]] = {
    v.name: {t.slug: t.codes for t in v.terms if t.codes} for v in REGISTRY if any(t.codes for t in v.terms)
}

ACCREDITATION_CODES = {
    "CARF": "CARF",
    "JC": "Joint Commission",
    "COA": "COA",
    "NCQA": "NCQA",
    "HFAP": "HFAP",
}

# languages that earlier versions stored as their own slugs (before languages were a vocabulary
# with a bit per slug, migration 0014): what each one is now
OLD_LANGUAGE_SLUGS = {
    "ojibwa": "native-languages",
    "yupik": "native-languages",
    "native-american-languages": "native-languages",
}
