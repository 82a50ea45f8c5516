"""docs/codes.md lists the same codes for each language and support as finder/domain/code_map.py."""

import re
from pathlib import Path

from finder.domain.code_map import CODE_MAP

DOC = Path(__file__).parents[2] / "docs" / "codes.md"


def test_the_table_is_the_code_map():
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `([a-z-]+)` \| [^|]+ \| ([^|]+) \|", line)
        if m:
            rows[m.group(1)] = tuple(re.findall(r"`([A-Z0-9]+)`", m.group(2)))
    expected = {**CODE_MAP["languages"], **CODE_MAP["supports"]}
    assert rows == expected
