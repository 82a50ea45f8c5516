"""referrals: each referral to its outcome, consent to share, unmet needs, a supervisor's report

Revision ID: 0015
Revises: 0014

Everywhere: the tables referrals (one per program on a shortlist) and referral_events (each status
with its day and who set it), consents (dates only: the signed form stays on paper) and
unmet_needs (needs, place, radius, why; never who).

PostgreSQL also: row-level security. Referrals, their events and consents follow their shortlist's
privacy, as checklist answers do; an unmet need is its author's. Authors are the server's
(`session_user`), whatever the client sends. The group role `finder_supervisors` may call
`finder_referral_report(from, to)`, which returns counts, shares and medians over everyone's
referrals and unmet needs, and nothing else (no notes, no shortlist names, no rows).
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

GROUP = "finder_users"
SUPERVISORS = "finder_supervisors"
TABLES = ("referrals", "referral_events", "consents", "unmet_needs")


def _tables() -> None:
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shortlist_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("intake_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shortlist_id", "program_id"],
            ["shortlist_items.shortlist_id", "shortlist_items.program_id"],
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("shortlist_id", "program_id", name="uq_referrals_item"),
    )
    op.create_index("ix_referrals_referred_on", "referrals", ["referred_on"])
    op.create_table(
        "referral_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("intake_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_referral_events_referral_id", "referral_events", ["referral_id"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shortlist_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["program_id"], ["programs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shortlist_id"], ["shortlists.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consents_item", "consents", ["shortlist_id", "program_id"])
    op.create_table(
        "unmet_needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("near", sa.String(length=200), nullable=False),
        sa.Column("radius_miles", sa.Float(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_unmet_needs_recorded_on", "unmet_needs", ["recorded_on"])


def _of_shortlist(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM shortlists s WHERE s.id = {column})"


# the report function runs as the schema's owner; FORCEd row security applies to it too, so the
# policies let the owner role itself read (never a case manager's or a supervisor's login)
OWNER = "finder_as_owner()"

SERVER = [
    f"""
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SUPERVISORS}') THEN
            CREATE ROLE {SUPERVISORS} NOLOGIN;
        END IF;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_as_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT current_user = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                               WHERE c.oid = 'public.referrals'::regclass)
    $$""",
    r"""
    CREATE FUNCTION finder_referral_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW."by" := session_user;
        ELSE
            NEW."by" := OLD."by";
        END IF;
        RETURN NEW;
    END
    $$""",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON referrals, referral_events, consents TO {GROUP}",
    f"GRANT SELECT, INSERT, DELETE ON unmet_needs TO {GROUP}",
    # an insert takes the next id; the last value (how many were ever made) stays hidden (0013)
    (
        "GRANT USAGE ON SEQUENCE referrals_id_seq, referral_events_id_seq, consents_id_seq, "
        f"unmet_needs_id_seq TO {GROUP}"
    ),
    (
        f"CREATE POLICY finder_rows ON referrals USING ({_of_shortlist('shortlist_id')} OR {OWNER}) "
        f"WITH CHECK ({_of_shortlist('shortlist_id')})"
    ),
    (
        "CREATE POLICY finder_rows ON referral_events USING "
        f"(EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id) OR {OWNER}) "
        "WITH CHECK (EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id))"
    ),
    (
        f"CREATE POLICY finder_rows ON consents USING ({_of_shortlist('shortlist_id')}) "
        f"WITH CHECK ({_of_shortlist('shortlist_id')})"
    ),
    (
        "CREATE POLICY finder_rows ON unmet_needs "
        f'USING ("by" = session_user::text OR {OWNER}) WITH CHECK ("by" = session_user::text)'
    ),
    # counts, shares and medians for a period; nothing that names a case, a note or a person
    r"""
    CREATE FUNCTION finder_referral_report(d_from date, d_to date) RETURNS jsonb LANGUAGE plpgsql
    STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        out jsonb;
    BEGIN
        IF NOT pg_has_role(session_user, 'finder_supervisors', 'MEMBER') THEN
            RAISE EXCEPTION 'the referral report across case managers is for supervisors'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        WITH r AS (
            SELECT program_id, status, CASE WHEN intake_on IS NULL THEN NULL
                                            ELSE intake_on - referred_on END AS days,
                   CASE WHEN intake_on IS NULL THEN NULL
                        ELSE (SELECT count(*) FROM generate_series(referred_on + 1, intake_on,
                                                                   interval '1 day') d
                              WHERE extract(isodow FROM d) < 6) END AS business_days
            FROM referrals WHERE referred_on BETWEEN d_from AND d_to
        ), u AS (
            SELECT n.need, count(*) AS n
            FROM unmet_needs m, LATERAL (SELECT DISTINCT x AS need
                                         FROM unnest(string_to_array(m.needs, ',')) x
                                         WHERE x <> '') n
            WHERE m.recorded_on BETWEEN d_from AND d_to GROUP BY n.need
        ), p AS (
            SELECT r.program_id, g.name, count(*) AS referrals,
                   count(*) FILTER (WHERE r.status = 'attended') AS attended,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY r.days) AS median
            FROM r JOIN programs g ON g.id = r.program_id GROUP BY r.program_id, g.name
        )
        SELECT jsonb_build_object(
            'referrals', (SELECT count(*) FROM r),
            'by_status', COALESCE((SELECT jsonb_object_agg(status, n)
                                   FROM (SELECT status, count(*) AS n FROM r GROUP BY status) t),
                                  '{}'::jsonb),
            'histogram', COALESCE((SELECT jsonb_object_agg(days::text, n)
                                   FROM (SELECT days, count(*) AS n FROM r WHERE days IS NOT NULL
                                         GROUP BY days) t), '{}'::jsonb),
            'within', (SELECT count(*) FROM r WHERE business_days <= 10),
            'median', (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM r),
            'p75', (SELECT percentile_cont(0.75) WITHIN GROUP (ORDER BY days) FROM r),
            'unmet_needs', COALESCE((SELECT jsonb_agg(jsonb_build_object('need', need, 'count', n)
                                                      ORDER BY n DESC, need) FROM u), '[]'::jsonb),
            'by_program', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                        'id', program_id, 'name', name, 'referrals', referrals,
                                        'attended', attended, 'median_days_to_intake', median)
                                        ORDER BY referrals DESC, name, program_id) FROM p),
                                   '[]'::jsonb)
        ) INTO out;
        RETURN out;
    END
    $$""",
    "REVOKE ALL ON FUNCTION finder_referral_report(date, date) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION finder_referral_report(date, date) TO {SUPERVISORS}",
]

STAMPED = ("referrals", "referral_events", "consents", "unmet_needs")


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in SERVER:
        op.execute(sql)
    for table in STAMPED:
        op.execute(
            f"CREATE TRIGGER finder_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION finder_referral_stamp()"
        )
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION finder_referral_report(date, date)")
    for table in ("unmet_needs", "consents", "referral_events", "referrals"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION finder_referral_stamp()")
        op.execute("DROP FUNCTION finder_as_owner()")
