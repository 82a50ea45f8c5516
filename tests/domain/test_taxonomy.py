"""SAMHSA codes become the tags a user filters by (DATA_FORMATS.md section 5)."""

from dataclasses import fields

import pytest

from finder.domain.taxonomy import (
    BY_NAME,
    LABELS,
    LEVELS,
    REGISTRY,
    SEARCH_VOCABULARIES,
    TYPES,
    VOCABULARIES,
    LocationPrecision,
    Match,
    Status,
    Tags,
    UnknownSlug,
    from_mask,
    iop_not_recorded,
    language_slug,
    parse_codes,
    tags_from_codes,
    to_mask,
)


def test_types_from_codes_and_directory():
    t = tags_from_codes(["SA", "CO", "PED", "AD"], directory_types=["mental"])
    assert t.types == ("addiction", "mental-health", "dual-diagnosis", "teen", "eating-disorder")


def test_levels_iop_only_from_oit():
    assert tags_from_codes(["OIT", "OP"]).levels == ("iop", "outpatient")
    assert "iop" not in tags_from_codes(["OP", "PHDT", "RES", "HI", "DT", "TELE"]).levels
    assert tags_from_codes(["PHDT", "RES", "HI", "DT", "TELE"]).levels == (
        "php",
        "residential",
        "inpatient",
        "detox",
        "telehealth",
    )


def test_payments():
    t = tags_from_codes(["MD", "MC", "PI", "MI", "ITU", "SI", "SF", "SS", "PA", "NP"])
    assert t.payments == (
        "medicaid",
        "medicare",
        "private",
        "military",
        "ihs",
        "state-funded",
        "self-pay",
        "sliding-scale",
        "payment-assistance",
        "free",
    )


def test_populations():
    t = tags_from_codes(["CHLD", "TAY", "ADLT", "SNR", "GL", "VET", "WN", "MALE", "PW", "TRMA"])
    assert t.populations == (
        "children",
        "adolescents",
        "young-adults",
        "adults",
        "seniors",
        "lgbtq",
        "veterans",
        "women",
        "men",
        "pregnant",
        "trauma",
    )


def test_therapies():
    t = tags_from_codes(["CBT", "DBT", "TWFA", "MOTI", "CFT", "GT", "IPT", "TRC", "RELP", "PEER", "UB"])
    assert t.therapies == (
        "cbt",
        "dbt",
        "twelve-step",
        "motivational",
        "family",
        "medication",
        "group",
        "individual",
        "trauma",
        "relapse-prevention",
        "peer-support",
    )


def test_languages_and_accreditation():
    t = tags_from_codes(["SP", "AH", "F17", "F70", "CARF", "JC"])
    assert t.languages == ("spanish", "sign-language", "chinese", "russian")
    assert t.accreditation == ("CARF", "Joint Commission")


def test_every_language_and_support_code_of_the_table_gives_its_tag():
    # DATA_FORMATS.md section 5, the F-codes in the order the table gives them
    others = [
        "chinese",
        "arabic",
        "vietnamese",
        "korean",
        "tagalog",
        "russian",
        "french",
        "creole",
        "portuguese",
        "polish",
    ]
    others += ["hindi", "hmong", "farsi", "german", "greek", "hebrew", "italian", "japanese"]
    f_codes = [
        "F17",
        "F4",
        "F92",
        "F47",
        "F81",
        "F70",
        "F28",
        "F19",
        "F67",
        "F66",
        "F36",
        "F37",
        "F25",
        "F30",
        "F31",
        "F35",
        "F42",
        "F43",
    ]
    for code, slug in zip(f_codes, others, strict=True):
        assert tags_from_codes([code]).languages == (slug,), code
    for code in ("NX", "N24", "N40"):
        assert tags_from_codes([code]).languages == ("native-languages",)
    assert tags_from_codes(["FX"]).languages == ("other-languages",)
    supports = {
        "TA": "transportation",
        "CCC": "child-care",
        "ISC": "interim-services",
        "HS": "housing",
        "HH": "housing",
        "SH": "housing",
        "PEER": "peer-support",
        "CM": "case-management",
        "ICM": "case-management",
        "EMP": "employment",
        "SEMP": "employment",
        "WI": "walk-in",
    }
    for code, slug in supports.items():
        assert tags_from_codes([code]).supports == (slug,), code
    # PEER is a therapy and a support at once
    assert tags_from_codes(["PEER"]).therapies == ("peer-support",)


def test_language_slug_reads_old_slugs_and_names():
    assert language_slug("Sign language") == "sign-language"
    assert language_slug("ojibwa") == language_slug("Yupik") == "native-languages"
    assert language_slug("native-american-languages") == "native-languages"
    assert language_slug("Somali") is None


def test_unknown_codes_give_no_tags():
    t = tags_from_codes(["ZZZ", "Intensive"])
    assert t.types == t.levels == t.payments == ()


def test_parse_codes_drops_group_separators():
    assert parse_codes("SA MH SUMH * OP * CMHC") == ["SA", "MH", "SUMH", "OP", "CMHC"]


def test_masks_round_trip_and_reject_unknown_slugs():
    assert from_mask("levels", to_mask("levels", ["detox", "iop"])) == ("iop", "detox")
    assert from_mask("types", to_mask("types", TYPES)) == TYPES
    assert len(LEVELS) == 7
    with pytest.raises(UnknownSlug, match="valid: addiction"):
        to_mask("types", ["nonsense"])


def test_iop_not_recorded_only_for_the_mental_health_directory_alone():
    # the national mental-health directory has no IOP code: absence there means "unknown"
    assert iop_not_recorded(("outpatient",), ["mental"])
    # many of its programs carry SA (type addiction) too; still unknown
    assert iop_not_recorded((), ["mental", "mental"])
    # the substance-use directory does record IOP (OIT): absence there means "no"
    assert not iop_not_recorded(("outpatient",), ["mental", "substance"])
    assert not iop_not_recorded(("outpatient",), ["substance"])
    # tagged iop by a user or another source: recorded
    assert not iop_not_recorded(("iop", "outpatient"), ["mental"])
    # typed in by hand or from a file that is no national directory: nothing to flag
    assert not iop_not_recorded((), [])
    assert not iop_not_recorded((), ["", "hsds"])


def test_registry_keeps_the_slugs_labels_and_flags_of_the_contract():
    assert [v.name for v in REGISTRY] == [
        "types",
        "levels",
        "payments",
        "populations",
        "therapies",
        "languages",
        "supports",
        "schedule",
    ]
    assert [(v.name, v.cli_flag, v.json_key, v.match) for v in SEARCH_VOCABULARIES] == [
        ("types", "--type", "types", Match.ALL),
        ("levels", "--level", "levels", Match.ANY),
        ("payments", "--payment", "payments", Match.ANY),
        ("populations", "--population", "populations", Match.ALL),
        ("languages", "--language", "languages", Match.ALL),
        ("supports", "--support", "supports", Match.ALL),
    ]
    assert BY_NAME["therapies"].cli_flag is None and not BY_NAME["therapies"].searchable
    assert [v.mask_column for v in REGISTRY] == [f"{v.name}_mask" for v in REGISTRY]
    assert BY_NAME["levels"].label("iop") == "Intensive outpatient (IOP)" == LABELS["iop"]
    assert BY_NAME["levels"].short_label("iop") == "IOP"
    assert BY_NAME["populations"].short_label("young-adults") == "Young adults"  # none declared: the label
    assert BY_NAME["types"].label("nonsense") == "nonsense"


def test_registry_entries_are_well_formed():
    flags = [v.cli_flag for v in SEARCH_VOCABULARIES]
    assert len(set(flags)) == len(flags) and all(f.startswith("--") for f in flags)
    for v in REGISTRY:
        assert len(set(v.slugs)) == len(v.slugs), v.name
        assert all(t.label and (t.short is None or t.short) for t in v.terms), v.name
        assert VOCABULARIES[v.name] == v.slugs
    # a slug in two vocabularies ("trauma") must read the same in both, since LABELS is one table
    for v in REGISTRY:
        for slug, label in v.labels.items():
            assert LABELS[slug] == label, (v.name, slug)


def test_tags_carry_one_field_per_vocabulary():
    assert [f.name for f in fields(Tags)][: len(REGISTRY)] == [v.name for v in REGISTRY]
    assert Tags().therapies == () and Tags(levels=("iop",)).levels == ("iop",)


def test_unknown_slug_message_names_the_vocabulary_in_the_singular():
    for v in REGISTRY:
        with pytest.raises(UnknownSlug, match=f"unknown {v.singular} 'zz'; valid: {v.slugs[0]}"):
            to_mask(v.name, ["zz"])


def test_status_and_precision_are_the_stored_strings():
    assert Status.DO_NOT_REFER == "do-not-refer" and Status.ACTIVE == "active"
    assert [p.value for p in LocationPrecision] == ["exact", "zip", "manual"]
    assert "zip" == LocationPrecision.ZIP and f"{Status.DO_NOT_REFER}" == "do-not-refer"


def test_schedules_are_a_vocabulary_no_directory_records():
    schedule = BY_NAME["schedule"]
    assert schedule.slugs == ("daytime", "evening", "weekend")
    assert not schedule.recorded and not schedule.searchable and schedule.mask_column == "schedule_mask"
    assert all(v.recorded for v in REGISTRY if v.name != "schedule")
    # SAMHSA data has no schedule codes: an import leaves them unset (unknown, not "no")
    every_code = ["SA", "MH", "OIT", "OP", "MD", "AD", "CBT", "TELE", "PHDT", "RES"]
    assert tags_from_codes(every_code).schedule == ()
    assert to_mask("schedule", ["evening"]) == 0b10 and from_mask("schedule", 0b101) == ("daytime", "weekend")


def test_tag_labels_in_a_few_words():
    from finder.domain.taxonomy import tag_label

    assert tag_label("levels:iop") == "IOP"  # the label has its short form in brackets
    assert tag_label("payments:medicaid") == "Medicaid"
    assert tag_label("payments:private") == "Private insurance"  # "Private" alone would be unclear
    assert tag_label("schedule:evening") == "Evening hours"
    assert tag_label("evening") == "Evening hours" and tag_label("nonsense") == "nonsense"
