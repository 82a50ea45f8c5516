"""SAMHSA service codes -> our tags (DATA_FORMATS.md section 5): pure data, no imports.

CODE_MAP[vocabulary][slug] lists the codes any one of which gives the program that tag.
finder.domain.taxonomy reads it (tags_from_codes); the vocabularies themselves are declared there.
"""

from __future__ import annotations

CODE_MAP: dict[str, dict[str, tuple[str, ...]]] = {
    "types": {
        "addiction": ("SA",),
        "mental-health": ("MH",),
        "dual-diagnosis": ("CO", "SUMH", "IDD"),
        "teen": ("AD", "CHLD"),
        "eating-disorder": ("PED",),
    },
    "levels": {
        "iop": ("OIT",),
        "php": ("PHDT", "ODT", "PH"),
        "outpatient": ("OP", "ORT", "OMB", "OMH"),
        "residential": ("RES", "RS", "RL", "RTCA", "RTCC", "ORES"),
        "inpatient": ("HI", "HIT", "IPSY", "PSY", "PSYH"),
        "detox": ("DT", "HID", "RD", "OD"),
        "telehealth": ("TELE",),
    },
    "payments": {
        "medicaid": ("MD",),
        "medicare": ("MC",),
        "private": ("PI",),
        "military": ("MI",),
        "ihs": ("ITU",),
        "state-funded": ("SI",),
        "self-pay": ("SF",),
        "sliding-scale": ("SS",),
        "payment-assistance": ("PA",),
        "free": ("NP",),
    },
    "populations": {
        "children": ("CHLD",),
        "adolescents": ("AD", "CHLD"),
        "young-adults": ("YAD", "TAY"),
        "adults": ("ADLT",),
        "seniors": ("SE", "SNR"),
        "lgbtq": ("GL",),
        "veterans": ("VET",),
        "women": ("FEM", "WN"),
        "men": ("MALE", "MN"),
        "pregnant": ("PW",),
        "trauma": ("TRMA",),
    },
    "therapies": {
        "cbt": ("CBT",),
        "dbt": ("DBT",),
        "twelve-step": ("TWFA",),
        "motivational": ("MOTI", "CMI"),
        "family": ("FCO", "CFT", "FPSY"),
        "group": ("GCO", "GT"),
        "individual": ("ICO", "IPT"),
        "trauma": ("TRC",),
        "relapse-prevention": ("RELP",),
        "peer-support": ("PEER",),
        "medication": ("MMD", "PMAT", "UB", "UN", "MM", "OMB"),
    },
    "languages": {
        "spanish": ("SP",),
        "sign-language": ("AH",),
        "chinese": ("F17",),
        "arabic": ("F4",),
        "vietnamese": ("F92",),
        "korean": ("F47",),
        "tagalog": ("F81",),
        "russian": ("F70",),
        "french": ("F28",),
        "creole": ("F19",),
        "portuguese": ("F67",),
        "polish": ("F66",),
        "hindi": ("F36",),
        "hmong": ("F37",),
        "farsi": ("F25",),
        "german": ("F30",),
        "greek": ("F31",),
        "hebrew": ("F35",),
        "italian": ("F42",),
        "japanese": ("F43",),
        "native-languages": ("NX", "N24", "N40"),  # N24 Ojibwa, N40 Yupik
        "other-languages": ("FX",),  # other than Spanish
    },
    "supports": {
        "transportation": ("TA",),
        "child-care": ("CCC",),
        "interim-services": ("ISC",),
        "housing": ("HS", "HH", "SH"),
        "peer-support": ("PEER",),
        "case-management": ("CM", "ICM"),
        "employment": ("EMP", "SEMP"),
        "walk-in": ("WI",),
    },
}

ACCREDITATION_CODES = {
    "CARF": "CARF",
    "JC": "Joint Commission",
    "COA": "COA",
    "NCQA": "NCQA",
    "HFAP": "HFAP",
}

# languages that earlier versions stored as their own slugs (before languages were a vocabulary
# with a bit per slug, migration 0014): what each one is now
OLD_LANGUAGE_SLUGS = {
    "ojibwa": "native-languages",
    "yupik": "native-languages",
    "native-american-languages": "native-languages",
}
