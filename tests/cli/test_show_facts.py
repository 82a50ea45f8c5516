"""`finder show --facts`: how many programs list each language and each support service."""

import json

from finder.db.models import Program
from finder.domain.taxonomy import LANGUAGES, SUPPORTS, from_mask
from finder.services.overview import tag_counts
from tests.helpers import finder_here as run


def test_counts_per_language_and_support_are_the_programs_holding_each(sample_db):
    counts = tag_counts(sample_db)
    assert list(counts["languages"]) == list(LANGUAGES) and list(counts["supports"]) == list(SUPPORTS)
    with sample_db.Session() as s:
        programs = s.query(Program).all()
        for slug in LANGUAGES:
            assert counts["languages"][slug] == sum(
                slug in from_mask("languages", p.languages_mask) for p in programs
            )
        for slug in SUPPORTS:
            assert counts["supports"][slug] == sum(
                slug in from_mask("supports", p.supports_mask) for p in programs
            )
    assert counts["languages"]["spanish"] > 0 and counts["supports"]["transportation"] > 0


def test_show_facts_prints_and_gives_json(sample_db, capsys):
    path = sample_db.engine.url.database
    table = run(capsys, path, "show", "--facts")
    assert (
        table.returncode == 0
        and "Languages besides English" in table.stdout
        and "Transportation" in table.stdout
    )
    data = json.loads(run(capsys, path, "show", "--facts", "--format", "json").stdout)
    assert data["languages"] == tag_counts(sample_db)["languages"] and "supports" in data
    assert run(capsys, path, "show").returncode == 2
