"""history set by the server: its time and who on every row, and program changes made by any path

Revision ID: 0011
Revises: 0010

PostgreSQL only. Before this a case manager's login could write history rows with any date
(`INSERT INTO history (…, at) VALUES (…, '2001-01-01')`), and change a program with plain SQL
(`UPDATE programs SET phone = …`) leaving no history at all. Now:

- every history row gets `who` = the login and `at` = the server's clock (a trigger, whatever the
  client sends), in the time zone the server had when this migration ran (baked into
  `finder_zone()`, so a session's own TimeZone setting cannot move it; the app shows these times as
  local times, as on a SQLite file). To change the zone, the owner re-creates finder_zone();
- a deferred trigger on programs records, at commit, each changed column that the app did not
  record itself in the same transaction (the app writes its own rows, with the field names and
  values a person reads: 'payments: medicaid'; the trigger writes the column and its raw value:
  'payments_mask: 4'). Bookkeeping columns (search text, merge key, updated_at, version…) are not
  changes of the program. Imports, which write no history of their own, are recorded this way too.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

UPGRADE = [
    # the server's zone as it is now, as a constant no session setting changes
    r"""
    DO $$
    BEGIN
        EXECUTE format('CREATE FUNCTION finder_zone() RETURNS text LANGUAGE sql IMMUTABLE AS %L',
                       format('SELECT %L::text', current_setting('TimeZone')));
    END
    $$""",
    r"""
    CREATE OR REPLACE FUNCTION finder_history_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.who := session_user;
        NEW.at := date_trunc('second', now() AT TIME ZONE finder_zone());
        IF NEW.entity = 'program' AND NEW.field = 'verified_by' THEN
            NEW.new_value := session_user;
        END IF;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_program_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        o jsonb := to_jsonb(OLD);
        n jsonb := to_jsonb(NEW);
        v_col text;
        v_field text;
        this_xact text := (txid_current() % 4294967296)::text;
    BEGIN
        FOR v_col IN SELECT jsonb_object_keys(n) LOOP
            CONTINUE WHEN v_col IN ('id', 'search_text', 'merge_key', 'user_edited', 'created_at',
                                    'updated_at', 'version');
            CONTINUE WHEN (n -> v_col) IS NOT DISTINCT FROM (o -> v_col);
            v_field := CASE WHEN v_col LIKE '%\_mask' THEN left(v_col, -5)
                            WHEN v_col IN ('latitude', 'longitude', 'location_precision') THEN 'location'
                            ELSE v_col END;
            -- the app recorded this field itself in this transaction
            CONTINUE WHEN EXISTS (SELECT 1 FROM history h
                                  WHERE h.program_id = NEW.id AND h.entity = 'program'
                                    AND h.field IN (v_field, v_col) AND h.xmin::text = this_xact);
            INSERT INTO history (entity, program_id, question_id, field, old_value, new_value, who, at,
                                 version)
            VALUES ('program', NEW.id, '', v_col, coalesce(o ->> v_col, ''), coalesce(n ->> v_col, ''),
                    session_user, now(), NEW.version);
        END LOOP;
        RETURN NULL;
    END
    $$""",
    (
        "CREATE CONSTRAINT TRIGGER finder_changed AFTER UPDATE ON programs DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION finder_program_changed()"
    ),
]

DOWNGRADE = [
    "DROP TRIGGER finder_changed ON programs",
    "DROP FUNCTION finder_program_changed()",
    r"""
    CREATE OR REPLACE FUNCTION finder_history_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.who := session_user;
        IF NEW.entity = 'program' AND NEW.field = 'verified_by' THEN
            NEW.new_value := session_user;
        END IF;
        RETURN NEW;
    END
    $$""",
    "DROP FUNCTION finder_zone()",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in UPGRADE:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in DOWNGRADE:
        op.execute(sql)
