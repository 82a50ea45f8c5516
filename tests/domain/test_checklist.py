"""The question bank: complete (every PRODUCT.md topic), stable ids, sources that exist, our own words,
each question honestly yes/no or open."""

import re
from pathlib import Path

from finder.domain.checklist import (
    ANSWERED,
    ANSWERS,
    CAUTION,
    CAUTION_SOURCE,
    CONTACT_QUESTION_ID,
    QUESTIONS,
    SECTIONS,
    SOURCE_TITLES,
    effective_answer,
    get_question,
    normalize_answer,
    question_ids,
    questions_by_section,
)
from finder.paths import seeds_dir

# Answers are stored under these ids and scripts pass them on the command line:
# changing one breaks saved checklists. Add new ids at need; never rename.
PINNED_IDS = [
    "fit-similar-issues",
    "fit-people-like-me",
    "fit-ages",
    "fit-intake",
    "fit-higher-level",
    "fit-spanish",
    "fit-language",
    "med-detox",
    "med-medication",
    "med-eating-disorder",
    "cost-insurance",
    "cost-out-of-pocket",
    "cost-payment-help",
    "cost-telehealth-rules",
    "sched-iop-track",
    "sched-hours",
    "sched-day-evening",
    "sched-virtual",
    "sched-attendance",
    "sched-length",
    "sched-rides",
    "appr-approach",
    "appr-therapies",
    "appr-holistic",
    "appr-group-individual",
    "appr-school",
    "staff-qualifications",
    "staff-accreditation",
    "staff-group-leaders",
    "after-family",
    "after-daily-life",
    "after-aftercare",
    "after-outcomes",
]
# "after-contact" was the last question until who we spoke to became the call's contact; the id
# stays reserved as the contact's storage key (CONTACT_QUESTION_ID) and is never a question again.

# PRODUCT.md "Vetting checklist": each topic -> words that must appear in one question of that section
TOPICS = {
    "Fit": [
        ["treated", "problems like"],
        ["race", "lgbtq"],
        ["ages"],
        ["assessment", "qualifies", "severity", "commitment"],
        ["more care", "php", "residential", "inpatient"],
    ],
    "Medical care": [
        ["detox", "provide", "refer"],
        ["medication management"],
        ["eating disorder", "medical supervision", "nutrition"],
    ],
    "Insurance & cost": [["insurance", "medicaid", "insurer"], ["pay"], ["sliding fee", "help with paying"]],
    "Structure & schedule": [
        ["intensive outpatient track", "national directory"],
        ["sessions", "hours a week"],
        ["daytime", "evening"],
        ["in person", "online"],
        ["missed session", "attendance"],
        ["how long", "who decides"],
    ],
    "Approach & therapies": [
        ["treatment approach"],
        ["cbt", "dbt", "12-step", "motivational", "therapeutic community", "family therapy"],
        ["mindfulness", "holistic"],
        ["groups", "one-on-one"],
        ["school"],
    ],
    "Staff": [["qualifications", "licences"], ["accredited"], ["leads the group"]],
    "Family & aftercare": [
        ["family"],
        ["work, school and daily life"],
        ["aftercare", "stepping down", "sober-living"],
        ["reviews", "results"],
    ],
}


def test_ids_are_pinned_unique_slugs():
    assert question_ids() == PINNED_IDS
    assert len(set(PINNED_IDS)) == len(PINNED_IDS)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)+", qid) for qid in PINNED_IDS)
    assert get_question("fit-ages").section == "Fit"
    assert get_question("nope") is None
    assert CONTACT_QUESTION_ID == "after-contact"
    assert get_question(CONTACT_QUESTION_ID) is None  # the call's contact, not a question


OPEN_WORDS = ("how", "what", "who", "which", "where", "when")


def _first_word(text: str) -> str:
    # "For eating disorders: is there ..." asks its question after the colon
    head, sep, rest = text.partition(":")
    if sep and head.lower().startswith("for "):
        text = rest
    return text.split()[0].strip(",").lower()


def test_every_question_has_an_honest_kind():
    kinds = {q.id: q.kind for q in QUESTIONS}
    assert set(kinds.values()) == {"yes-no", "open"}
    for q in QUESTIONS:
        assert (q.kind == "open") == (_first_word(q.text) in OPEN_WORDS), (q.id, q.text)
        assert q.answers == (("answered", "not-asked") if q.kind == "open" else ANSWERS)
        assert q.as_json()["kind"] == q.kind
    # the two the issue names
    assert get_question("fit-intake").kind == "open" and get_question("fit-ages").kind == "open"
    assert get_question("cost-insurance").kind == "yes-no"


def test_old_yes_no_answers_on_open_questions_read_as_the_note():
    ages = get_question("fit-ages")
    assert effective_answer(ages, "yes", "18 and over") == ANSWERED
    assert effective_answer(ages, "no", "  ") == "not-asked"
    assert effective_answer(get_question("cost-insurance"), "answered", "x") == "not-asked"
    assert effective_answer(get_question("cost-insurance"), "unsure", "") == "unsure"


def test_every_article_has_a_plain_title():
    names = sorted(p.name for p in (seeds_dir() / "articles").glob("*.txt"))
    assert sorted(SOURCE_TITLES) == names
    for q in QUESTIONS:
        assert q.source_title == SOURCE_TITLES[q.source] and not q.source_title.endswith(".txt")
    assert all(5 < len(t) <= 80 and "_" not in t for t in SOURCE_TITLES.values())


def test_every_product_topic_has_a_question():
    assert list(TOPICS) == list(SECTIONS)
    for section, questions in questions_by_section():
        texts = [q.text.lower() for q in questions]
        for words in TOPICS[section]:
            assert any(all(w in t for w in words) for t in texts), (section, words)


def test_questions_are_complete_and_cite_a_bundled_article():
    articles = seeds_dir() / "articles"
    for q in QUESTIONS:
        assert q.section in SECTIONS
        assert q.text.strip() and q.why.strip() and q.text.endswith(("?", ")"))
        assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", q.source), q.source
        assert (articles / q.source).is_file(), q.source
    assert (articles / CAUTION_SOURCE).is_file()
    assert "convenien" in CAUTION and "healthcare professional" in CAUTION
    assert "\n" not in CAUTION


def _shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_written_in_our_own_words():
    """No run of seven words is lifted from an article."""
    corpus = set()
    for path in sorted((seeds_dir() / "articles").glob("*.txt")):
        corpus |= _shingles(path.read_text(encoding="utf-8"))
    for text in [CAUTION, *SOURCE_TITLES.values()] + [f"{q.text} {q.why}" for q in QUESTIONS]:
        copied = _shingles(text) & corpus
        assert not copied, (text, copied)


def test_answers_normalise():
    assert ANSWERS == ("yes", "no", "unsure", "not-asked")
    assert normalize_answer("Yes") == "yes"
    assert normalize_answer(" not asked ") == "not-asked"
    assert normalize_answer("not_asked") == "not-asked"
    assert normalize_answer("Answered") == "answered"
    assert normalize_answer("maybe") is None


def test_articles_are_in_the_project():
    names = sorted(p.name for p in (seeds_dir() / "articles").glob("*.txt"))
    assert len(names) == 5 and all(Path(n).suffix == ".txt" for n in names)
