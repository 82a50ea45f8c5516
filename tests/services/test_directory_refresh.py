"""A new edition of the directory: what changed, delisted (not deleted) programs, shortlisted first.

The "next edition" is built from the real rows of tests/fixtures/directory_sample.csv: two
single-record programs dropped, the substance half of a mental/substance pair dropped, one
phone changed, two facilities added.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from finder.db.models import ChecklistAnswer, Program, ProgramSource, ShortlistItem
from finder.services.calls import log_call
from finder.services.directory import get_program
from finder.services.editing import edit_program
from finder.services.importing import import_file
from finder.services.importing.records import ImportRecord
from finder.services.importing.report import decide_delisting
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.services.shortlists import add_programs, create_shortlist
from finder.texts import imports
from tests.services.test_import_formats import SAMPLE, locator_rows, sample_rows, write_csv

NEW_PHONE = "714-555-0142"


def _sources(db) -> dict[int, list[tuple[str, str]]]:
    with db.Session() as s:
        out: dict[int, list[tuple[str, str]]] = {}
        for pid, key, dtype in s.execute(
            select(ProgramSource.program_id, ProgramSource.source_key, ProgramSource.directory_type).order_by(
                ProgramSource.id
            )
        ):
            out.setdefault(pid, []).append((key, dtype))
        return out


class Edition:
    """The sample's rows, and which programs the next edition drops, halves and changes."""

    def __init__(self, db):
        self.rows = sample_rows(real_only=False)
        self.header = list(self.rows[0])
        by_program = _sources(db)
        singles = [pid for pid, src in sorted(by_program.items()) if len(src) == 1]
        self.pair = next(
            pid
            for pid, src in sorted(by_program.items())
            if len(src) == 2 and {d for _, d in src} == {"mental", "substance"}
        )
        self.gone = singles[:2]
        self.phone_changed = singles[2]
        self.gone_keys = [by_program[p][0][0] for p in self.gone]
        self.drop_keys = set(self.gone_keys)
        self.drop_keys.add(next(k for k, d in by_program[self.pair] if d == "substance"))
        self.phone_key = by_program[self.phone_changed][0][0]
        with db.Session() as s:
            self.old_phone = s.get(Program, self.phone_changed).phone

    def next_rows(self) -> list[dict]:
        out = []
        for r in self.rows:
            if r["facility_id"] in self.drop_keys:
                continue
            out.append({**r, "phone": NEW_PHONE} if r["facility_id"] == self.phone_key else r)
        real = [r for r in self.rows if r["name1"]]
        for n, base in enumerate(real[:2], start=1):
            out.append(
                {
                    **base,
                    "facility_id": f"substance_9900{n}",
                    "directory_type": "substance",
                    "name1": f"{base['name1']} Annex {n}",
                    "name2": "",
                    "street1": f"{n}00 Main Street",
                }
            )
        return out

    def write(self, tmp_path: Path, name: str = "directory_2025.csv") -> Path:
        return write_csv(tmp_path / name, self.header, self.next_rows())


@pytest.fixture
def edition(sample_db) -> Edition:
    return Edition(sample_db)


def _search(db, **kw):
    return search_programs(db, resolve_origin("92660"), SearchCriteria(radius_miles=500, limit=500, **kw))


def test_a_full_next_edition_reports_added_changed_missing_and_marks_them(sample_db, edition, tmp_path):
    report = import_file(sample_db, edition.write(tmp_path), full=True, edition="2025", backup=False)

    assert report.full and report.edition == "2025"
    assert len(report.added_ids) == 2
    assert report.missing_ids == edition.gone  # the pair keeps its mental record: still listed
    changed = {c["id"]: c for c in report.changed}
    assert changed[edition.phone_changed]["fields"]["phone"] == [edition.old_phone, NEW_PHONE]
    assert changed[edition.phone_changed]["name"]
    # the pair lost its substance record: its tags follow the record still listed
    old_levels, new_levels = changed[edition.pair]["fields"]["levels"]
    assert set(new_levels) < set(old_levels)

    gone = get_program(sample_db, edition.gone[0])
    assert gone.delisted is not None and gone.delisted.since == f"{date.today():%Y-%m-%d}"
    assert gone.delisted.file == "directory_2025.csv"
    assert gone.delisted.edition == "2025"  # "Not in the 2025 directory …" (finder.texts.availability)
    assert gone.as_json()["delisted"]["file"] == "directory_2025.csv"
    pair = get_program(sample_db, edition.pair)
    assert pair.delisted is None and pair.as_json()["delisted"] is None
    assert sorted(bool(s.missing_since) for s in pair.sources) == [False, True]

    found = {r.id: r for r in _search(sample_db).results}
    assert found[edition.gone[0]].as_json()["delisted"]["since"] == gone.delisted.since
    assert found[edition.pair].as_json()["delisted"] is None
    hidden = {r.id for r in _search(sample_db, hide_delisted=True).results}
    assert not hidden & set(edition.gone) and edition.pair in hidden
    assert len(hidden) == len(found) - 2


def test_programs_on_shortlists_come_first_and_keep_their_answers_and_calls(sample_db, edition, tmp_path):
    create_shortlist(sample_db, "Case 2291")
    add_programs(sample_db, "Case 2291", [edition.gone[0], edition.phone_changed])
    log_call(sample_db, edition.gone[0], outcome="reached", shortlist="Case 2291", note="call back Monday")
    with sample_db.Session.begin() as s:
        sid = s.scalar(select(ShortlistItem.shortlist_id))
        s.add(
            ChecklistAnswer(
                shortlist_id=sid, program_id=edition.gone[0], question_id="fit-similar", answer="yes", note=""
            )
        )

    report = import_file(sample_db, edition.write(tmp_path), full=True, backup=False)

    assert report.shortlisted_ids == sorted([edition.gone[0], edition.phone_changed])
    assert imports.shortlist_headline(report) == "1 program on your shortlists changed; 1 is no longer listed"
    with sample_db.Session() as s:
        assert s.scalar(select(ShortlistItem.program_id).where(ShortlistItem.program_id == edition.gone[0]))
        assert (
            s.scalar(select(ChecklistAnswer.answer).where(ChecklistAnswer.program_id == edition.gone[0]))
            == "yes"
        )
    from finder.services.calls import list_calls

    assert [c.note for c in list_calls(sample_db, edition.gone[0])] == ["call back Monday"]


def test_the_same_edition_again_reports_nothing_and_keeps_the_marks(sample_db, edition, tmp_path):
    path = edition.write(tmp_path)
    first = import_file(sample_db, path, full=True, backup=False)
    again = import_file(sample_db, path, full=True, backup=False)

    assert (again.added_ids, again.changed, again.missing_ids, again.relisted_ids) == ([], [], [], [])
    assert again.updated == 0 and again.shortlisted_ids == []
    assert (
        get_program(sample_db, edition.gone[0]).delisted.since
        == get_program(sample_db, first.missing_ids[0]).delisted.since
    )


def test_a_later_file_that_lists_them_again_clears_the_mark(sample_db, edition, tmp_path):
    import_file(sample_db, edition.write(tmp_path), full=True, backup=False)
    back = import_file(sample_db, SAMPLE, full=True, backup=False)

    assert back.relisted_ids == edition.gone
    assert all(get_program(sample_db, p).delisted is None for p in edition.gone)
    # the two facilities the 2025 file added are the ones the older file lacks now
    assert len(back.missing_ids) == 2
    assert all(s.missing_since == "" for s in get_program(sample_db, edition.pair).sources)


def test_a_partial_file_delists_nothing_unless_full(sample_db, edition, tmp_path):
    report = import_file(sample_db, edition.write(tmp_path), backup=False)

    assert not report.full and report.missing_ids == []
    assert report.delisting.reason == "partial-edition" and report.as_json()["delisting"] == "partial-edition"
    assert "--full" in imports.delisting_text(report.delisting) and "--full" in imports.changes_line(report)
    assert all(r.delisted is None for r in _search(sample_db).results)
    # what it does list still updates
    assert any(c["id"] == edition.phone_changed for c in report.changed)


def test_a_whole_national_edition_is_full_by_default_and_other_formats_never_are():
    states = sorted(__import__("finder.services.gazetteer", fromlist=["US_STATES"]).US_STATES)[:45]
    records = [
        ImportRecord(
            row=n + 2,
            source_kind="samhsa-directory",
            name=f"p{n}",
            state=states[n % 45],
            directory_type="mental" if n % 2 else "substance",
        )
        for n in range(1200)
    ]
    whole = decide_delisting("samhsa-directory", records, "national_2025.csv", edition="2025")
    assert whole.full and whole.edition == "2025" and whole.reason == "full-edition"
    assert imports.delisting_text(whole) == (
        "full edition (1,200 listings in 45 states and territories): programs it no longer lists are "
        "marked delisted"
    )
    assert (
        decide_delisting("samhsa-directory", records, "national_2025.csv").edition == ""
    )  # not from the name
    assert whole.covers("samhsa-directory", "mental") and not whole.covers("samhsa-locator", "")
    few = decide_delisting("samhsa-directory", records[:50], "national.csv")
    assert not few.full and imports.delisting_text(few).startswith("partial (50 listings in 45 states,")
    assert imports.delisting_text(decide_delisting("hsds", records, "pkg.zip")).startswith(
        "partial (an HSDS package lists only part of the directory)"
    )
    assert not decide_delisting("samhsa-locator", records, "locator.csv").full
    assert decide_delisting("hsds", records, "pkg.zip", full=True).full
    # SAMHSA's own layout names the directory in the file name: only that directory is delisted from
    plain = [ImportRecord(row=2, source_kind="samhsa-directory", name="x", state="CA")]
    mh = decide_delisting("samhsa-directory", plain, "mental_health_directory_2025.xlsx", full=True)
    assert mh.covers("samhsa-directory", "mental") and not mh.covers("samhsa-directory", "substance")
    assert plain[0].directory_type == "mental"


def test_hand_edits_and_confirmations_are_kept_and_listed(sample_db, edition, tmp_path):
    target = edition.pair
    edit_program(sample_db, target, {"phone": "949-555-0100"})
    other = edition.phone_changed
    lacks = next(
        p
        for p in ("military", "ihs", "free", "medicare", "self-pay")
        if p not in get_program(sample_db, other).payments
    )
    log_call(sample_db, other, outcome="reached", confirm={f"payments:{lacks}": True})

    report = import_file(sample_db, SAMPLE, backup=False)

    assert {target, other} <= set(report.kept_ids)
    assert report.changed == [] and report.added_ids == []
    assert get_program(sample_db, target).phone == "949-555-0100"
    assert report.as_json()["kept_user_edits"] == report.kept_ids


def test_a_program_also_in_a_locator_export_stays_listed_while_that_export_lists_it(
    sample_db, edition, tmp_path
):
    gone_rows = [
        r for r in sample_rows() if r["facility_id"] in edition.drop_keys and r["directory_type"] != ""
    ]
    header, loc = locator_rows(gone_rows)
    locator = write_csv(tmp_path / "locator.csv", header, loc)
    import_file(sample_db, locator, backup=False)
    assert set(edition.gone) <= {pid for pid, src in _sources(sample_db).items() if len(src) == 2}

    report = import_file(sample_db, edition.write(tmp_path), full=True, backup=False)
    assert report.missing_ids == []  # their locator records are still listed
    assert get_program(sample_db, edition.gone[0]).delisted is None

    # a locator export never delists unless imported with full=True, then only its own records
    header, keep = locator_rows([r for r in gone_rows if r["facility_id"] != edition.gone_keys[0]])
    smaller = write_csv(tmp_path / "locator2.csv", header, keep)
    assert import_file(sample_db, smaller, backup=False).missing_ids == []
    report = import_file(sample_db, smaller, full=True, backup=False)
    assert report.missing_ids == [edition.gone[0]]
    assert get_program(sample_db, edition.gone[1]).delisted is None


def test_a_reused_facility_id_on_another_name_is_another_facility(sample_db, edition, tmp_path):
    rows = edition.next_rows()
    victim = next(r for r in rows if r["facility_id"] == edition.phone_key)
    rows.append(
        {
            **victim,
            "facility_id": next(iter(sorted(edition.drop_keys))),
            "name1": "Harbor Light Annex",
            "street1": "9 Harbor Road",
        }
    )
    path = write_csv(tmp_path / "directory_2025.csv", edition.header, rows)
    report = import_file(sample_db, path, full=True, backup=False)

    assert len(report.added_ids) == 3
    names = {get_program(sample_db, p).name for p in edition.gone}
    assert "Harbor Light Annex" not in names


def test_comparison_and_its_printout_say_a_program_is_no_longer_listed(sample_db, edition, tmp_path):
    from finder.reports.compare_report import comparison_html
    from finder.services.compare import build_comparison
    from finder.texts.compare import program_delisted, worded

    create_shortlist(sample_db, "Case 7")
    add_programs(sample_db, "Case 7", [edition.gone[0], edition.pair])
    import_file(sample_db, edition.write(tmp_path), full=True, edition="2025", backup=False)
    c = build_comparison(sample_db, "Case 7")

    mark = "Not in the 2025 directory — may have closed; call to check"
    assert [p.delisted.edition if p.delisted else None for p in c.programs] == ["2025", None]  # values
    assert [program_delisted(p) for p in c.programs] == [mark, ""]  # and their words
    status = next(r for r in worded(c).rows if r.key == "status")
    assert mark in status.cells[0] and mark not in status.cells[1]
    assert f"⚠ {mark}" in comparison_html(c)
