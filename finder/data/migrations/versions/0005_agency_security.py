"""agency security: login roles in finder_users, grants, row-level security, server-set identity

Revision ID: 0005
Revises: 0004

PostgreSQL only (a SQLite file has one user; nothing changes there):
- the group role `finder_users` (NOLOGIN) gets SELECT/INSERT/UPDATE/DELETE where the app needs
  it and no DDL; the role running this migration owns the schema;
- who did something is `session_user`, set by triggers: shortlists.owner, checklist_answers.
  answered_by, calls.by, history.who (and programs.verified_by), whatever the client sends;
- ENABLE + FORCE ROW LEVEL SECURITY on shortlists, shortlist_items, checklist_answers, calls,
  call_facts, history and geocode_cache: a row is visible when its shortlist is shared, ownerless
  or owned by session_user; only the owner may change a shortlist's owner or privacy or delete it;
- history is append-only for users (no UPDATE/DELETE grant); the answer history of a shortlist
  goes with it (a SECURITY DEFINER trigger) or, for its owner, with `finder_forget_answers()`;
- shortlist names are unique per owner (ignoring case);
- the geocode cache is per user (an `owner` column, part of the key).

Existing rows keep their owner/author names: a shortlist owned by "alice" is the login role
alice's once that role exists (`finder db add-user alice`).
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GROUP = "finder_users"
RLS_TABLES = (
    "shortlists",
    "shortlist_items",
    "checklist_answers",
    "calls",
    "call_facts",
    "history",
    "geocode_cache",
)

# visible to session_user: the condition on a shortlist row `s`
VISIBLE = "(s.shared OR s.owner = '' OR s.owner = session_user::text)"

SETUP = [
    # the group every case manager's login is in; needs CREATEROLE the first time
    f"""
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') THEN
            CREATE ROLE {GROUP} NOLOGIN;
        END IF;
    END
    $$""",
    # no DDL for anyone but the owner; the database itself only for the group (when we own it)
    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    f"GRANT USAGE ON SCHEMA public TO {GROUP}",
    f"""
    DO $$
    BEGIN
        IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                       'USAGE') THEN
            EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO {GROUP}', current_database());
        END IF;
    END
    $$""",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    f"GRANT SELECT ON alembic_version TO {GROUP}",
    f"GRANT SELECT, INSERT, UPDATE ON programs, program_sources, meta TO {GROUP}",
    (
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON shortlists, shortlist_items, checklist_answers, calls, "
        f"call_facts, geocode_cache TO {GROUP}"
    ),
    f"GRANT SELECT, INSERT ON history TO {GROUP}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}",
    # names unique per owner
    """
    DO $$
    DECLARE c text;
    BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'shortlists'::regclass AND contype = 'u' LOOP
            EXECUTE format('ALTER TABLE shortlists DROP CONSTRAINT %I', c);
        END LOOP;
    END
    $$""",
    "CREATE UNIQUE INDEX uq_shortlists_owner_name ON shortlists (owner, lower(name))",
    "ALTER TABLE shortlists ALTER COLUMN owner SET DEFAULT session_user",
    # the shared cache held addresses every user typed: start per user, empty
    "DELETE FROM geocode_cache",
    "ALTER TABLE geocode_cache ADD COLUMN owner VARCHAR(200) NOT NULL DEFAULT session_user",
    "ALTER TABLE geocode_cache DROP CONSTRAINT geocode_cache_pkey",
    "ALTER TABLE geocode_cache ADD PRIMARY KEY (owner, query)",
]

FUNCTIONS = [
    # who: the login, never what the client wrote
    r"""
    CREATE FUNCTION finder_is_user() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(session_user, 'finder_users', 'MEMBER')
               AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
    $$""",
    r"""
    CREATE FUNCTION finder_shortlist_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW.owner := session_user;
            RETURN NEW;
        END IF;
        IF NEW.owner IS DISTINCT FROM OLD.owner AND finder_is_user()
           AND NOT (OLD.owner = '' AND NEW.owner = session_user::text) THEN
            RAISE EXCEPTION 'only the administrator can give a shortlist to someone else'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.shared IS DISTINCT FROM OLD.shared AND OLD.owner NOT IN ('', session_user::text)
           AND finder_is_user() THEN
            RAISE EXCEPTION 'only the owner of a shortlist can change who sees it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT NEW.shared AND NEW.owner = '' THEN
            NEW.owner := session_user;  -- an ownerless list made private is the one who did it's
        END IF;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_answer_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.answered_by := session_user;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_call_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW."by" := session_user;
            RETURN NEW;
        END IF;
        NEW."by" := OLD."by";
        IF NEW.shortlist_id IS NOT NULL AND NEW.shortlist_id IS DISTINCT FROM OLD.shortlist_id THEN
            RAISE EXCEPTION 'a call stays with the shortlist it was made for'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- someone else's call: close its follow-up, or forget its note, nothing else
        IF OLD."by" <> session_user::text AND finder_is_user() AND (
               (NEW.program_id, NEW.at, NEW.outcome, NEW.accepting, NEW.wait_days, NEW.next_intake,
                NEW.follow_up) IS DISTINCT FROM
               (OLD.program_id, OLD.at, OLD.outcome, OLD.accepting, OLD.wait_days, OLD.next_intake,
                OLD.follow_up)
               OR (NEW.note <> OLD.note AND NEW.note <> '')
               OR (NEW.spoke_to <> OLD.spoke_to AND NEW.spoke_to <> '')) THEN
            RAISE EXCEPTION 'only who made a call can change it' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_history_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.who := session_user;
        IF NEW.entity = 'program' AND NEW.field = 'verified_by' THEN
            NEW.new_value := session_user;
        END IF;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_program_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.verified_by IS DISTINCT FROM OLD.verified_by AND NEW.verified_by <> '' THEN
            NEW.verified_by := session_user;
        END IF;
        RETURN NEW;
    END
    $$""",
    r"""
    CREATE FUNCTION finder_geocode_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.owner := session_user;
        RETURN NEW;
    END
    $$""",
    # a shortlist's history and its calls' notes go with it (users may not delete history);
    # runs as the schema owner, before the row goes, for the one who may delete it (RLS said so)
    r"""
    CREATE FUNCTION finder_shortlist_gone() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    BEGIN
        DELETE FROM history WHERE shortlist_id = OLD.id;
        UPDATE calls SET note = '', spoke_to = '', shortlist_id = NULL WHERE shortlist_id = OLD.id;
        RETURN OLD;
    END
    $$""",
    # the owner of a shortlist may erase the answer history of some of its programs
    r"""
    CREATE FUNCTION finder_forget_answers(sid integer, pids integer[]) RETURNS integer LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE n integer;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM shortlists
                       WHERE id = sid AND (owner = '' OR owner = session_user::text)) THEN
            RETURN 0;
        END IF;
        DELETE FROM history WHERE entity = 'answer' AND shortlist_id = sid
                              AND (pids IS NULL OR program_id = ANY (pids));
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
    END
    $$""",
    "REVOKE ALL ON FUNCTION finder_forget_answers(integer, integer[]) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION finder_forget_answers(integer, integer[]) TO {GROUP}",
    (
        "CREATE TRIGGER finder_stamp BEFORE INSERT OR UPDATE ON shortlists "
        "FOR EACH ROW EXECUTE FUNCTION finder_shortlist_stamp()"
    ),
    "CREATE TRIGGER finder_gone BEFORE DELETE ON shortlists FOR EACH ROW EXECUTE FUNCTION finder_shortlist_gone()",
    (
        "CREATE TRIGGER finder_stamp BEFORE INSERT OR UPDATE ON checklist_answers "
        "FOR EACH ROW EXECUTE FUNCTION finder_answer_stamp()"
    ),
    "CREATE TRIGGER finder_stamp BEFORE INSERT OR UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION finder_call_stamp()",
    "CREATE TRIGGER finder_stamp BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION finder_history_stamp()",
    "CREATE TRIGGER finder_stamp BEFORE UPDATE ON programs FOR EACH ROW EXECUTE FUNCTION finder_program_stamp()",
    (
        "CREATE TRIGGER finder_stamp BEFORE INSERT OR UPDATE ON geocode_cache "
        "FOR EACH ROW EXECUTE FUNCTION finder_geocode_stamp()"
    ),
]


def _of_shortlist(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM shortlists s WHERE s.id = {column})"


POLICIES = [
    f"CREATE POLICY finder_read ON shortlists FOR SELECT USING ({VISIBLE.replace('s.', '')})",
    "CREATE POLICY finder_add ON shortlists FOR INSERT WITH CHECK (owner = session_user::text)",
    (
        f"CREATE POLICY finder_change ON shortlists FOR UPDATE USING ({VISIBLE.replace('s.', '')}) "
        f"WITH CHECK ({VISIBLE.replace('s.', '')})"
    ),
    "CREATE POLICY finder_delete ON shortlists FOR DELETE USING (owner IN ('', session_user::text))",
    # rows of a shortlist follow it (the subquery is itself filtered by the shortlists policy)
    (
        f"CREATE POLICY finder_rows ON shortlist_items USING ({_of_shortlist('shortlist_id')}) "
        f"WITH CHECK ({_of_shortlist('shortlist_id')})"
    ),
    (
        f"CREATE POLICY finder_rows ON checklist_answers USING ({_of_shortlist('shortlist_id')}) "
        f"WITH CHECK ({_of_shortlist('shortlist_id')})"
    ),
    (
        f"CREATE POLICY finder_rows ON calls USING (shortlist_id IS NULL OR {_of_shortlist('shortlist_id')}) "
        f"WITH CHECK (shortlist_id IS NULL OR {_of_shortlist('shortlist_id')})"
    ),
    (
        "CREATE POLICY finder_rows ON call_facts USING (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id)) "
        "WITH CHECK (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id))"
    ),
    (
        f"CREATE POLICY finder_read ON history FOR SELECT "
        f"USING (shortlist_id IS NULL OR {_of_shortlist('history.shortlist_id')})"
    ),
    (
        f"CREATE POLICY finder_add ON history FOR INSERT WITH CHECK (who = session_user::text "
        f"AND (shortlist_id IS NULL OR {_of_shortlist('history.shortlist_id')}))"
    ),
    # only the SECURITY DEFINER functions above, running as the schema owner, delete history
    "CREATE POLICY finder_erase ON history FOR DELETE TO CURRENT_USER USING (true)",
    (
        "CREATE POLICY finder_own ON geocode_cache USING (owner = session_user::text) "
        "WITH CHECK (owner = session_user::text)"
    ),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in SETUP + FUNCTIONS + POLICIES:
        op.execute(sql)
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for policy in (
            "finder_read",
            "finder_add",
            "finder_change",
            "finder_delete",
            "finder_rows",
            "finder_erase",
            "finder_own",
        ):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
    for table in ("shortlists", "checklist_answers", "calls", "history", "programs", "geocode_cache"):
        op.execute(f"DROP TRIGGER IF EXISTS finder_stamp ON {table}")
    op.execute("DROP TRIGGER IF EXISTS finder_gone ON shortlists")
    for fn in (
        "finder_shortlist_stamp()",
        "finder_answer_stamp()",
        "finder_call_stamp()",
        "finder_history_stamp()",
        "finder_program_stamp()",
        "finder_geocode_stamp()",
        "finder_shortlist_gone()",
        "finder_forget_answers(integer, integer[])",
        "finder_is_user()",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    op.execute("DELETE FROM geocode_cache")
    op.execute("ALTER TABLE geocode_cache DROP CONSTRAINT geocode_cache_pkey")
    op.execute("ALTER TABLE geocode_cache DROP COLUMN owner")
    op.execute("ALTER TABLE geocode_cache ADD PRIMARY KEY (query)")
    op.execute("DROP INDEX uq_shortlists_owner_name")
    op.execute("ALTER TABLE shortlists ALTER COLUMN owner DROP DEFAULT")
    op.execute("ALTER TABLE shortlists ADD CONSTRAINT shortlists_name_key UNIQUE (name)")
