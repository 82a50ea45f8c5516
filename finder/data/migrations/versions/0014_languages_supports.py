"""languages and supports: two searchable vocabularies with a bit per slug

Revision ID: 0014
Revises: 0013

- programs.languages_mask replaces programs.languages (";"-joined slugs, searchable by no one):
  one bit per language of the "languages" vocabulary. The old slugs ojibwa, yupik and
  native-american-languages become native-languages; a language a user typed that the
  vocabulary does not have ("Somali") becomes other-languages, so nothing a user said is dropped;
- programs.supports_mask (transportation, child care, housing, walk-in, …) is filled from the
  SAMHSA codes the program's sources already hold (the records a newer edition still lists, or
  all of them when none is), as the importer derives tags;
- ix_programs_box, the index a search's box and tag filters read alone, takes both masks.

The slugs and codes are written out here, not imported from finder.domain: a migration must do
the same thing in every later version of the app. Agency mode (PostgreSQL): no new table, so no
new GRANT; the fill runs with the programs' user triggers off, so it records no history rows
(it changes how tags are stored, not what anyone knows about a program).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# bit order of the "languages" and "supports" vocabularies (finder/domain/taxonomy.py at 0014)
LANGUAGES = [
    "spanish",
    "sign-language",
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
    "hindi",
    "hmong",
    "farsi",
    "german",
    "greek",
    "hebrew",
    "italian",
    "japanese",
    "native-languages",
    "other-languages",
]
OLD_LANGUAGES = {"ojibwa": "native-languages", "yupik": "native-languages"}
OLD_LANGUAGES["native-american-languages"] = "native-languages"
SUPPORT_CODES = (
    ("transportation", ("TA",)),
    ("child-care", ("CCC",)),
    ("interim-services", ("ISC",)),
    ("housing", ("HS", "HH", "SH")),
    ("peer-support", ("PEER",)),
    ("case-management", ("CM", "ICM")),
    ("employment", ("EMP", "SEMP")),
    ("walk-in", ("WI",)),
)
SUPPORT_SLUGS = [slug for slug, _codes in SUPPORT_CODES]
SUPPORT_BIT = {code: 1 << i for i, (_slug, codes) in enumerate(SUPPORT_CODES) for code in codes}

BOX_BEFORE = [
    "longitude",
    "latitude",
    "types_mask",
    "levels_mask",
    "payments_mask",
    "populations_mask",
    "schedule_mask",
    "status",
    "delisted_since",
]
BOX_AFTER = BOX_BEFORE[:7] + ["languages_mask", "supports_mask"] + BOX_BEFORE[7:]


def language_mask(text: str) -> int:
    mask = 0
    for raw in (text or "").split(";"):
        slug = "-".join(raw.strip().lower().split())
        if not slug:
            continue
        slug = OLD_LANGUAGES.get(slug, slug)
        mask |= 1 << LANGUAGES.index(slug if slug in LANGUAGES else "other-languages")
    return mask


def _stated_supports(tags: str) -> int:
    """Supports a source states as slugs ("supports=housing,walk-in" in program_sources.tags)."""
    mask = 0
    for part in (tags or "").split("|"):
        vocab, _, slugs = part.partition("=")
        if vocab == "supports":
            mask |= sum(1 << SUPPORT_SLUGS.index(s) for s in slugs.split(",") if s in SUPPORT_SLUGS)
    return mask


def _supports_masks(conn) -> dict[int, int]:
    rows = conn.execute(sa.text("SELECT program_id, codes, tags, missing_since FROM program_sources"))
    live: dict[int, int] = {}
    every: dict[int, int] = {}
    for pid, codes, tags, missing in rows:
        mask = _stated_supports(tags)
        for code in (codes or "").split():
            mask |= SUPPORT_BIT.get(code.upper(), 0)
        every[pid] = every.get(pid, 0) | mask
        if missing is None:
            live[pid] = live.get(pid, 0) | mask
    return {pid: live.get(pid, mask) for pid, mask in every.items()}


def _set_index(columns: list[str]) -> None:
    op.drop_index("ix_programs_box", table_name="programs")
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_programs_box", "programs", columns, postgresql_include=["id"])
    else:
        op.create_index("ix_programs_box", "programs", columns)


def _triggers(state: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE programs {state} TRIGGER USER")


def upgrade() -> None:
    with op.batch_alter_table("programs") as batch:
        batch.add_column(sa.Column("languages_mask", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("supports_mask", sa.Integer(), nullable=False, server_default="0"))
    conn = op.get_bind()
    masks: dict[int, dict[str, int]] = {}
    for pid, text in conn.execute(sa.text("SELECT id, languages FROM programs WHERE languages <> ''")):
        if language_mask(text):
            masks.setdefault(pid, {})["languages_mask"] = language_mask(text)
    for pid, mask in _supports_masks(conn).items():
        if mask:
            masks.setdefault(pid, {})["supports_mask"] = mask
    _triggers("DISABLE")
    update = sa.text(
        "UPDATE programs SET languages_mask = :languages_mask, supports_mask = :supports_mask WHERE id = :id"
    )
    rows = [{"id": pid, "languages_mask": 0, "supports_mask": 0, **m} for pid, m in masks.items()]
    for start in range(0, len(rows), 1000):
        conn.execute(update, rows[start : start + 1000])
    _triggers("ENABLE")
    _set_index(BOX_AFTER)
    # SQLite drops a column in place (3.35 and later): no copy of the table, its indexes kept as they are
    op.execute("ALTER TABLE programs DROP COLUMN languages")


def downgrade() -> None:
    with op.batch_alter_table("programs") as batch:
        batch.add_column(sa.Column("languages", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = []
    for pid, mask in conn.execute(
        sa.text("SELECT id, languages_mask FROM programs WHERE languages_mask <> 0")
    ):
        rows.append({"id": pid, "text": ";".join(s for i, s in enumerate(LANGUAGES) if mask >> i & 1)})
    _triggers("DISABLE")
    for start in range(0, len(rows), 1000):
        conn.execute(
            sa.text("UPDATE programs SET languages = :text WHERE id = :id"), rows[start : start + 1000]
        )
    _triggers("ENABLE")
    _set_index(BOX_BEFORE)
    op.execute("ALTER TABLE programs DROP COLUMN supports_mask")
    op.execute("ALTER TABLE programs DROP COLUMN languages_mask")
