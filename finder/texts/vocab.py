"""The words of every vocabulary term, from one place: its label, its short label, and its family phrase.

    label("payments", "sliding-scale")    # "Sliding fee scale"  (the window, the comparison)
    short("payments", "sliding-scale")    # "Sliding fee"        (a narrow table cell)
    family("payments", "sliding-scale")   # "Lower fees for lower incomes (sliding scale)" (the handout)

The label and short label are declared with the term in finder/domain/taxonomy.py (English, N_-marked
there for the catalogue); the family phrase, the plain words a family reads,
is here, keyed by (vocabulary, slug). tests/texts/test_vocab.py fails when a term of the registry has
no label, no family phrase, or no Spanish for either.
"""

from __future__ import annotations

from finder.domain.taxonomy import BY_NAME, IOP_NOT_RECORDED, NOT_RECORDED
from finder.texts import N_, _

FAMILY: dict[tuple[str, str], str] = {
    # what a program treats; two types say whom a program is for (FOR_WHOM)
    ("types", "addiction"): N_("Alcohol or drug use"),
    ("types", "mental-health"): N_("Mental health"),
    ("types", "dual-diagnosis"): N_("Mental health and substance use together"),
    ("types", "teen"): N_("A program for teens"),
    ("types", "eating-disorder"): N_("A program for eating disorders"),
    # short: the handout's word list says what IOP, day treatment, residential and detox are
    ("levels", "iop"): N_("Intensive outpatient (IOP)"),
    ("levels", "php"): N_("Day treatment (PHP)"),
    ("levels", "outpatient"): N_("Regular outpatient visits"),
    ("levels", "residential"): N_("Residential (living at the center)"),
    ("levels", "inpatient"): N_("A hospital stay"),
    ("levels", "detox"): N_("Detox"),
    ("levels", "telehealth"): N_("Sessions by video or phone"),
    ("payments", "medicaid"): N_("Medicaid"),
    ("payments", "medicare"): N_("Medicare"),
    ("payments", "private"): N_("Private health insurance"),
    ("payments", "military"): N_("Military insurance (TRICARE)"),
    ("payments", "ihs"): N_("Indian Health Service or tribal health programs"),
    ("payments", "state-funded"): N_("Health plans paid for by the state"),
    ("payments", "self-pay"): N_("Paying on your own"),
    ("payments", "sliding-scale"): N_("Lower fees for lower incomes (sliding scale)"),
    ("payments", "payment-assistance"): N_("Help with paying"),
    ("payments", "free"): N_("Free of charge"),
    ("populations", "children"): N_("Children"),
    ("populations", "adolescents"): N_("Teens"),
    ("populations", "young-adults"): N_("Young adults"),
    ("populations", "adults"): N_("Adults"),
    ("populations", "seniors"): N_("Older adults"),
    ("populations", "lgbtq"): N_("LGBTQ+ people"),
    ("populations", "veterans"): N_("Veterans"),
    ("populations", "women"): N_("Women"),
    ("populations", "men"): N_("Men"),
    ("populations", "pregnant"): N_("Pregnant women and new mothers"),
    ("populations", "trauma"): N_("People who have lived through trauma"),
    ("therapies", "cbt"): N_("Therapy for changing unhelpful thoughts and habits (CBT)"),
    ("therapies", "dbt"): N_("Skills for strong emotions and relationships (DBT)"),
    ("therapies", "twelve-step"): N_("Help to join 12-step groups"),
    ("therapies", "motivational"): N_("Counseling that builds the wish to change"),
    ("therapies", "therapeutic-community"): N_("A community where people in recovery help each other"),
    ("therapies", "family"): N_("Therapy with the family"),
    ("therapies", "medication"): N_("Medicines as part of treatment"),
    ("therapies", "group"): N_("Therapy in small groups"),
    ("therapies", "individual"): N_("Therapy one on one"),
    ("therapies", "trauma"): N_("Therapy for trauma"),
    ("therapies", "relapse-prevention"): N_("Help to keep from going back to old habits"),
    ("therapies", "peer-support"): N_("Support from people who have been through it"),
    ("therapies", "mindfulness"): N_("Calming the mind and body (mindfulness)"),
    # a language is named as it is (the handout lists them under "Languages besides English")
    ("languages", "spanish"): N_("Spanish"),
    ("languages", "sign-language"): N_("Sign language"),
    ("languages", "chinese"): N_("Chinese"),
    ("languages", "arabic"): N_("Arabic"),
    ("languages", "vietnamese"): N_("Vietnamese"),
    ("languages", "korean"): N_("Korean"),
    ("languages", "tagalog"): N_("Tagalog"),
    ("languages", "russian"): N_("Russian"),
    ("languages", "french"): N_("French"),
    ("languages", "creole"): N_("Creole"),
    ("languages", "portuguese"): N_("Portuguese"),
    ("languages", "polish"): N_("Polish"),
    ("languages", "hindi"): N_("Hindi"),
    ("languages", "hmong"): N_("Hmong"),
    ("languages", "farsi"): N_("Farsi"),
    ("languages", "german"): N_("German"),
    ("languages", "greek"): N_("Greek"),
    ("languages", "hebrew"): N_("Hebrew"),
    ("languages", "italian"): N_("Italian"),
    ("languages", "japanese"): N_("Japanese"),
    ("languages", "native-languages"): N_("American Indian or Alaska Native languages"),
    ("languages", "other-languages"): N_("Other languages"),
    # what each support means for getting to, and staying in, treatment
    ("supports", "transportation"): N_("They can help with rides."),
    ("supports", "child-care"): N_("They can look after children during sessions."),
    ("supports", "interim-services"): N_("They offer some help while you wait for a place."),
    ("supports", "housing"): N_("They can help with housing."),
    ("supports", "peer-support"): N_("People who have been through it themselves offer support."),
    ("supports", "case-management"): N_("Someone there can help arrange other services."),
    ("supports", "employment"): N_("They can help with finding work."),
    ("supports", "walk-in"): N_("You can come in without an appointment."),
    ("schedule", "daytime"): N_("Sessions in the daytime"),
    ("schedule", "evening"): N_("Sessions in the evening"),
    ("schedule", "weekend"): N_("Sessions on weekends"),
}
# the types that say whom a program is for, not what it treats ("Treats: Teen" reads oddly)
FOR_WHOM = frozenset({("types", "teen"), ("types", "eating-disorder")})
IOP_UNKNOWN_FAMILY = N_(
    "The national list does not say whether they have an intensive outpatient program: ask them."
)


def label(vocab: str, slug: str) -> str:
    """The term's label in the current language ("Sliding fee scale"); the slug when no term has it."""
    v = BY_NAME.get(vocab)
    return _(v.label(slug)) if v is not None else slug


def short(vocab: str, slug: str) -> str:
    """The term's short label for a narrow place ("Sliding fee"); its label when it has none."""
    v = BY_NAME.get(vocab)
    return _(v.short_label(slug)) if v is not None else slug


def family(vocab: str, slug: str) -> str:
    """The plain words a family reads for the term ("Lower fees for lower incomes (sliding scale)")."""
    phrase = FAMILY.get((vocab, slug))
    return _(phrase) if phrase else label(vocab, slug)


def for_whom(vocab: str, slug: str) -> bool:
    """True for a type that says whom a program is for ("teen"), not what it treats."""
    return (vocab, slug) in FOR_WHOM


def heading(vocab: str) -> str:
    """The vocabulary's heading in the filter panel ("Treats")."""
    return _(BY_NAME[vocab].heading)


def compare_label(vocab: str) -> str:
    """The vocabulary's row in a comparison ("Payments accepted")."""
    return _(BY_NAME[vocab].compare_label)


def key_label(key: str) -> str:
    """A tag key ('payments:medicaid') in a few words: the short label when the label has one in
    brackets ("IOP" for "Intensive outpatient (IOP)"), else the label ("Evening hours")."""
    vocab, _sep, slug = key.partition(":")
    v = BY_NAME.get(vocab)
    if v is None:
        return slug or key
    return short(vocab, slug) if "(" in v.label(slug) else label(vocab, slug)


def language_name(slug: str) -> str:
    """A language a program speaks ("sign-language") in the current language ("Sign language"): the
    languages vocabulary's label; a slug it lacks as written."""
    languages = BY_NAME["languages"]
    return _(languages.label(slug)) if slug in languages.slugs else slug.replace("-", " ").capitalize()


def iop_not_recorded() -> str:
    """'IOP: not recorded'."""
    return _(IOP_NOT_RECORDED)


def not_recorded() -> str:
    return _(NOT_RECORDED)


def iop_unknown_family() -> str:
    return _(IOP_UNKNOWN_FAMILY)
