"""Each vocabulary is declared once (finder.domain.taxonomy.REGISTRY) and reaches every place
that lists vocabularies: the CLI flags, the search criteria and their SQL, the results and
their JSON, the filter panel, the comparison rows. A vocabulary added to the registry shows up
in all of them; nothing lists a vocabulary by hand beside it (issue 14)."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import fields

import pytest
from PySide6.QtCore import Qt

from finder.cli import build_parser
from finder.db.models import Program
from finder.domain.taxonomy import REGISTRY, SEARCH_VOCABULARIES, Match
from finder.errors import UserError
from finder.services.compare import ATTRIBUTE_KEYS, build_comparison
from finder.services.directory import ProgramDetail, get_program
from finder.services.origins import resolve_offline
from finder.services.search import ResultRow, SearchCriteria, search_programs, tag_conditions, tag_params
from finder.services.shortlists import add_programs, create_shortlist
from finder.texts.compare import worded
from finder.texts.vocab import for_whom

SEARCHABLE = [pytest.param(v, id=v.name) for v in SEARCH_VOCABULARIES]
EVERY = [pytest.param(v, id=v.name) for v in REGISTRY]


def _search_options() -> dict[str, argparse.Action]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {flag: action for action in sub.choices["search"]._actions for flag in action.option_strings}


def _search(db, **criteria):
    return search_programs(
        db, resolve_offline("92660"), SearchCriteria(radius_miles=500, limit=1000, **criteria)
    )


# ------------------------------------------------------------------ the CLI


@pytest.mark.parametrize("vocab", SEARCHABLE)
def test_cli_search_has_a_repeatable_flag_per_vocabulary(vocab):
    action = _search_options()[vocab.cli_flag]
    assert isinstance(action, argparse._AppendAction) and action.dest == vocab.name and action.default == []
    args = build_parser().parse_args(
        ["search", "--near", "92660", vocab.cli_flag, vocab.slugs[0], vocab.cli_flag, vocab.slugs[-1]]
    )
    assert getattr(args, vocab.name) == [vocab.slugs[0], vocab.slugs[-1]]


def test_cli_search_filter_flags_are_exactly_the_registry():
    repeatable = {flag for flag, a in _search_options().items() if isinstance(a, argparse._AppendAction)}
    assert repeatable == {v.cli_flag for v in SEARCH_VOCABULARIES}
    # the contract of PRODUCT.md "Command line"
    assert repeatable == {"--type", "--level", "--payment", "--population", "--language", "--support"}


# ------------------------------------------------------------------ criteria and SQL


@pytest.mark.parametrize("vocab", SEARCHABLE)
def test_criteria_accept_each_vocabulary_and_refuse_unknown_slugs(vocab):
    c = SearchCriteria(**{vocab.name: [vocab.slugs[0]]})
    c.validate()
    assert getattr(c, vocab.name) == [vocab.slugs[0]] and getattr(SearchCriteria(), vocab.name) == []
    with pytest.raises(UserError, match=f"unknown {vocab.singular} 'nonsense'"):
        SearchCriteria(**{vocab.name: ["nonsense"]}).validate()


@pytest.mark.parametrize("vocab", SEARCHABLE)
def test_sql_condition_tests_the_mask_column_as_the_registry_says(vocab):
    assert vocab.mask_column in Program.__table__.c
    c = SearchCriteria(**{vocab.name: list(vocab.slugs[:2])})
    (cond,) = tag_conditions(c)
    sql = str(cond.compile())  # named parameters
    assert sql.startswith(f"(programs.{vocab.mask_column} & :{vocab.name}_m)")
    assert sql.endswith(f") = :{vocab.name}_m" if vocab.match is Match.ALL else ") != :param_1")
    assert tag_params(c) == {f"{vocab.name}_m": 0b11}


@pytest.mark.parametrize("vocab", SEARCHABLE)
def test_two_ticked_slugs_combine_as_the_registry_says(sample_db, vocab):
    """all: every result has both; any: every result has one of them, and some have only one."""
    seen = Counter(s for r in _search(sample_db).results for s in getattr(r, vocab.name))
    a, b = (slug for slug, _n in seen.most_common(2))
    found = [set(getattr(r, vocab.name)) for r in _search(sample_db, **{vocab.name: [a, b]}).results]
    assert found
    if vocab.match is Match.ALL:
        assert all({a, b} <= tags for tags in found)
    else:
        assert all(tags & {a, b} for tags in found) and any(not {a, b} <= tags for tags in found)


def test_criteria_results_and_details_carry_every_vocabulary():
    criteria = [f.name for f in fields(SearchCriteria)]
    assert criteria[1 : 1 + len(SEARCH_VOCABULARIES)] == [v.name for v in SEARCH_VOCABULARIES]
    assert {v.name for v in SEARCH_VOCABULARIES} <= {f.name for f in fields(ResultRow)}
    assert {v.name for v in REGISTRY} <= {f.name for f in fields(ProgramDetail)}


def test_search_json_has_each_vocabulary_under_its_key(sample_db):
    row = _search(sample_db).results[0].as_json()
    for v in SEARCH_VOCABULARIES:
        assert isinstance(row[v.json_key], list)
    assert [k for k in row if k in {v.json_key for v in REGISTRY}] == [
        "types",
        "levels",
        "payments",
        "populations",
        "languages",
        "supports",
    ]


# ------------------------------------------------------------------ the filter panel


def test_filter_panel_has_a_list_per_vocabulary_with_its_labels(qtbot):
    from finder.ui.search_panel import RULE_TEXT, FilterPanel, SearchPanel

    panel = FilterPanel()
    qtbot.addWidget(panel)
    assert list(panel.lists) == [v.name for v in SEARCH_VOCABULARIES]
    for v in SEARCH_VOCABULARIES:
        lst = panel.lists[v.name]
        items = [lst.item(i) for i in range(lst.count())]
        assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == list(v.slugs)
        assert [i.text() for i in items] == [v.label(s) for s in v.slugs]
        assert lst.accessibleName() == f"{v.heading} filter, {RULE_TEXT[v.match]}"
    # what is ticked becomes the criteria, vocabulary by vocabulary
    search = SearchPanel()
    for v in SEARCH_VOCABULARIES:
        search.filters.set_selected(v.name, [v.slugs[-1]])
    c = search.criteria()
    assert all(getattr(c, v.name) == [v.slugs[-1]] for v in SEARCH_VOCABULARIES)
    assert all(search.state()[v.name] == [v.slugs[-1]] for v in SEARCH_VOCABULARIES)


# ------------------------------------------------------------------ the comparison


@pytest.mark.parametrize("vocab", EVERY)
def test_comparison_has_a_row_per_vocabulary(sample_db, vocab):
    create_shortlist(sample_db, "Case", origin=resolve_offline("92660"))
    add_programs(sample_db, "Case", [9, 12])
    comparison = build_comparison(sample_db, "Case")
    assert vocab.name in ATTRIBUTE_KEYS
    row = next(r for r in worded(comparison).rows if r.key == vocab.name)
    assert row.label == vocab.compare_label
    for pid, value in zip((9, 12), row.cells, strict=True):
        slugs = getattr(get_program(sample_db, pid), vocab.name)
        # the Treats row says whom a program is for after what it treats ("a program for teens")
        labels = [vocab.label(s) for s in slugs if not for_whom(vocab.name, s)]
        assert value.startswith(", ".join(labels) or ("" if slugs else "—"))


# ------------------------------------------------------------------ one IOP rule


def test_results_and_details_agree_on_iop_not_recorded(sample_db):
    results = _search(sample_db).results
    flagged = [r for r in results if r.iop_not_recorded]
    assert flagged and len(flagged) < len(results)
    for r in results:
        assert r.iop_not_recorded == get_program(sample_db, r.id).iop_not_recorded, r.id
    # programs of the mental-health directory that also treat addiction are flagged too
    assert any("addiction" in r.types for r in flagged)
