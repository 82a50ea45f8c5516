"""calls written once: only their author deletes a call, nobody changes it, the server records it

Revision ID: 0010
Revises: 0009

PostgreSQL only (a SQLite file has one user; its services do the same checks). Before this, any
case manager could, with plain SQL and his own login, delete a colleague's calls (on a shared list
or with none, their facts going along), change or add to what a colleague's call confirmed, and
detach a call from its shortlist (`shortlist_id = NULL`) so its note outlived the list. Now:

- calls: a user inserts his own (the server writes `by`); he deletes only his own (the owner role
  any); nobody changes one afterwards, except that a later call to the same program closes the
  earlier ones' follow-ups (`follow_up_done` false -> true, nothing else). Whether a change comes
  from a user is decided on `current_user`, so the server's own SECURITY DEFINER functions
  (a shortlist's or a program's call notes going with it) and foreign-key actions, which run as
  the schema owner, still do their part;
- call_facts: no UPDATE or DELETE for users (they go with their call); a user adds facts only to
  his own call, in the transaction that wrote it;
- a deleted call is recorded in the history (entity 'call': its outcome and time, never its note),
  by a trigger, whatever path deleted it;
- taking a program off a shortlist forgets the notes of the calls made for it there (a trigger,
  as for a deleted shortlist), since users may no longer change calls themselves.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GROUP = "finder_users"


def _visible(column: str) -> str:
    return f"({column} IS NULL OR EXISTS (SELECT 1 FROM shortlists s WHERE s.id = {column}))"


UPGRADE = [
    # a statement run by a case manager himself (not by the server's functions on his behalf)
    r"""
    CREATE FUNCTION finder_acting_user() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(current_user, 'finder_users', 'MEMBER')
               AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
    $$""",
    r"""
    CREATE OR REPLACE FUNCTION finder_call_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW."by" := session_user;
            RETURN NEW;
        END IF;
        IF NOT finder_acting_user() THEN
            RETURN NEW;
        END IF;
        IF (to_jsonb(NEW) - 'follow_up_done') IS DISTINCT FROM (to_jsonb(OLD) - 'follow_up_done')
           OR (OLD.follow_up_done AND NOT NEW.follow_up_done) THEN
            RAISE EXCEPTION 'a call is written once: nobody changes it afterwards (its author may delete it)'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.follow_up_done AND NOT OLD.follow_up_done
           AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.program_id = OLD.program_id AND c.id > OLD.id) THEN
            RAISE EXCEPTION 'a follow-up is closed by a later call to the program'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$""",
    # the history says a call went, by whom and when (at and who are the server's)
    r"""
    CREATE FUNCTION finder_call_gone() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    BEGIN
        INSERT INTO history (entity, program_id, shortlist_id, question_id, field, old_value, new_value,
                             who, at)
        VALUES ('call', OLD.program_id, OLD.shortlist_id, '', 'call',
                OLD.outcome || ' ' || to_char(OLD.at, 'YYYY-MM-DD HH24:MI'), 'deleted',
                session_user, localtimestamp(0));
        RETURN OLD;
    END
    $$""",
    "CREATE TRIGGER finder_gone AFTER DELETE ON calls FOR EACH ROW EXECUTE FUNCTION finder_call_gone()",
    r"""
    CREATE FUNCTION finder_item_gone() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    BEGIN
        UPDATE calls SET note = '', spoke_to = '', shortlist_id = NULL
        WHERE shortlist_id = OLD.shortlist_id AND program_id = OLD.program_id;
        RETURN OLD;
    END
    $$""",
    (
        "CREATE TRIGGER finder_gone BEFORE DELETE ON shortlist_items FOR EACH ROW "
        "EXECUTE FUNCTION finder_item_gone()"
    ),
    "DROP POLICY finder_rows ON calls",
    f"CREATE POLICY finder_read ON calls FOR SELECT USING ({_visible('shortlist_id')})",
    f"CREATE POLICY finder_add ON calls FOR INSERT WITH CHECK ({_visible('shortlist_id')})",
    (
        f"CREATE POLICY finder_change ON calls FOR UPDATE USING ({_visible('shortlist_id')}) "
        f"WITH CHECK ({_visible('shortlist_id')})"
    ),
    (
        f"CREATE POLICY finder_delete ON calls FOR DELETE USING ({_visible('shortlist_id')} "
        'AND ("by" = session_user::text OR NOT finder_is_user()))'
    ),
    f"REVOKE UPDATE, DELETE ON call_facts FROM {GROUP}",
    "DROP POLICY finder_rows ON call_facts",
    "CREATE POLICY finder_read ON call_facts FOR SELECT USING (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id))",
    # xmin is the 32-bit id of the transaction that wrote the call's row
    (
        "CREATE POLICY finder_add ON call_facts FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM calls c "
        'WHERE c.id = call_id AND c."by" = session_user::text '
        "AND c.xmin::text = (txid_current() % 4294967296)::text))"
    ),
]

DOWNGRADE = [
    "DROP POLICY finder_read ON call_facts",
    "DROP POLICY finder_add ON call_facts",
    (
        "CREATE POLICY finder_rows ON call_facts USING (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id)) "
        "WITH CHECK (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id))"
    ),
    f"GRANT UPDATE, DELETE ON call_facts TO {GROUP}",
    "DROP POLICY finder_read ON calls",
    "DROP POLICY finder_add ON calls",
    "DROP POLICY finder_change ON calls",
    "DROP POLICY finder_delete ON calls",
    (
        f"CREATE POLICY finder_rows ON calls USING ({_visible('shortlist_id')}) "
        f"WITH CHECK ({_visible('shortlist_id')})"
    ),
    "DROP TRIGGER finder_gone ON shortlist_items",
    "DROP FUNCTION finder_item_gone()",
    "DROP TRIGGER finder_gone ON calls",
    "DROP FUNCTION finder_call_gone()",
    # the 0005 rule: someone else's call may only have its follow-up closed or its note forgotten
    r"""
    CREATE OR REPLACE FUNCTION finder_call_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
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
    "DROP FUNCTION finder_acting_user()",
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
