"""The domain's words in Spanish: every vocabulary label and heading, every checklist question and its reason.

finder/domain stays English and Qt-free: its registries mark each text with N_() where it is
declared (finder/domain/taxonomy.py, checklist.py, validation.py), so the catalogue tool extracts
them, and the text layer translates them where they are shown. A label added to a registry
without N_() or without Spanish fails here.
"""

from __future__ import annotations

from finder import texts
from finder.domain import checklist, taxonomy
from finder.domain.validation import LABELS
from finder.texts import catalogue


def domain_texts() -> list[str]:
    """Every text of the domain's registries a person reads, without repeats, in a stable order."""
    out: list[str] = []
    for v in taxonomy.REGISTRY:  # whatever the registry holds now, the schedule vocabulary too
        out += [v.heading, v.compare_label]
        for _slug, label, short, *_rest in v.terms:
            out += [label, *([short] if short else [])]
    out += [taxonomy.IOP_NOT_RECORDED, taxonomy.NOT_RECORDED]
    out += [*checklist.SECTIONS, *checklist.ANSWER_LABELS.values(), *checklist.SOURCE_TITLES.values()]
    out.append(checklist.CAUTION)
    for q in checklist.QUESTIONS:
        out += [q.text, q.why]
    out += LABELS.values()  # the edit form's field names, before each broken rule
    return list(dict.fromkeys(out))


def test_every_domain_text_is_marked_where_it_is_declared():
    found = catalogue.extract()
    unmarked = [
        t
        for t in domain_texts()
        if (None, t) not in found
        or not any(p.startswith("finder/domain/") for p, _ in found[(None, t)].places)
    ]
    assert unmarked == [], "mark these with N_() in finder/domain (then catalogue update):\n" + "\n".join(
        unmarked
    )


def test_every_vocabulary_label_and_checklist_question_has_spanish():
    cat = catalogue.read("es")
    missing = [t for t in domain_texts() if (m := cat.get(t)) is None or not m.string]
    assert missing == [], (
        "no Spanish for (run `python -m finder.texts.catalogue update`, then fill es):\n" + "\n".join(missing)
    )
    texts_of = set(domain_texts())
    assert taxonomy.BY_NAME["levels"].label("iop") in texts_of and "Who leads the group sessions?" in texts_of


def test_translated_at_run_time_in_the_current_language():
    types, schedule = taxonomy.BY_NAME["types"], taxonomy.BY_NAME["schedule"]
    with texts.use_language("es"):
        assert texts._(types.label("addiction")) == "Adicciones"
        assert texts._(schedule.short_label("evening")) == "Tarde-noche"
        assert texts._(taxonomy.BY_NAME["levels"].compare_label) == "Niveles de atención"
        assert (
            texts._(checklist.get_question("staff-group-leaders").text)
            == "¿Quién dirige las sesiones de grupo?"
        )
        assert texts._(checklist.ANSWER_LABELS["unsure"]) == "No está claro"
        assert texts._(LABELS["zip"]) == "Código postal"
    with texts.use_language("en"):
        assert texts._(types.label("addiction")) == "Addiction"
