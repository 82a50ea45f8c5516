"""The domain's words in Spanish: every vocabulary label and heading, every checklist question and its reason.

finder/domain stays English and Qt-free; finder/reports/domain_strings.py (generated from it) hands
its texts to pyside6-lupdate, and finder.reports.i18n translates them in contexts "vocabulary"
and "checklist". A label added to the registry without Spanish fails here.
"""

from __future__ import annotations

from finder.domain import checklist, taxonomy
from finder.reports.domain_texts import CHECKLIST, VOCABULARY, domain_messages, generated_source, strings_path


def spanish() -> dict[tuple[str, str], str]:
    """(the module's context, English) -> Spanish, from the one catalogue (contexts are not part of a message)."""
    from finder.texts import catalogue

    cat = catalogue.read("es")
    return {
        (ctx, text): m.string
        for ctx, text in domain_messages()
        for m in [cat.get(text)]
        if m is not None and m.string
    }


def test_the_strings_module_is_current():
    assert strings_path().read_text(encoding="utf-8") == generated_source(), (
        "finder/reports/domain_strings.py is stale: run `make translations` (it regenerates it)"
    )


def test_every_vocabulary_label_and_checklist_question_has_spanish():
    have = spanish()
    wanted = set(domain_messages())
    for v in taxonomy.REGISTRY:  # whatever the registry holds now, the schedule vocabulary too
        assert (VOCABULARY, v.heading) in wanted
        assert all((VOCABULARY, label) in wanted for label in v.labels.values())
    for q in checklist.QUESTIONS:
        assert (CHECKLIST, q.text) in wanted and (CHECKLIST, q.why) in wanted
    missing = [f"{c}: {t!r}" for c, t in domain_messages() if (c, t) not in have]
    assert missing == [], (
        "no Spanish for (run `python -m finder.reports.domain_texts`, `make translations`, "
        "then translate in finder/i18n/es.po):\n" + "\n".join(missing)
    )


def test_translated_at_run_time_in_the_report_language():
    from finder.reports.i18n import checklist_text, report_language, vocabulary_label, vocabulary_text

    with report_language("es"):
        assert vocabulary_label("types", "addiction") == "Adicciones"
        assert vocabulary_label("schedule", "evening", short=True) == "Tarde-noche"
        assert vocabulary_text("Levels of care") == "Niveles de atención"
        assert checklist_text("Who leads the group sessions?") == "¿Quién dirige las sesiones de grupo?"
        assert checklist_text("Unsure") == "No está claro"
    with report_language("en"):
        assert vocabulary_label("types", "addiction") == "Addiction"
