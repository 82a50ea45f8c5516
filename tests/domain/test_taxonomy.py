"""SAMHSA codes become the tags a user filters by (DATA_FORMATS.md section 5)."""

import pytest

from finder.domain.taxonomy import (
    LEVELS,
    TYPES,
    UnknownSlug,
    from_mask,
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
        "php", "residential", "inpatient", "detox", "telehealth")


def test_payments():
    t = tags_from_codes(["MD", "MC", "PI", "MI", "ITU", "SI", "SF", "SS", "PA", "NP"])
    assert t.payments == ("medicaid", "medicare", "private", "military", "ihs", "state-funded", "self-pay",
                          "sliding-scale", "payment-assistance", "free")


def test_populations():
    t = tags_from_codes(["CHLD", "TAY", "ADLT", "SNR", "GL", "VET", "WN", "MALE", "PW", "TRMA"])
    assert t.populations == ("children", "adolescents", "young-adults", "adults", "seniors", "lgbtq",
                             "veterans", "women", "men", "pregnant", "trauma")


def test_therapies():
    t = tags_from_codes(["CBT", "DBT", "TWFA", "MOTI", "CFT", "GT", "IPT", "TRC", "RELP", "PEER", "UB"])
    assert t.therapies == ("cbt", "dbt", "twelve-step", "motivational", "family", "medication", "group",
                           "individual", "trauma", "relapse-prevention", "peer-support")


def test_languages_and_accreditation():
    t = tags_from_codes(["SP", "AH", "F17", "F70", "CARF", "JC"])
    assert t.languages == ("spanish", "sign-language", "chinese", "russian")
    assert t.accreditation == ("CARF", "Joint Commission")


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
