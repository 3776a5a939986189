import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no schema diff): the database itself refuses to change or remove audit events,
// whatever route or role the request came through.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
  BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
  END;
  $$ LANGUAGE plpgsql;
  CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
  CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS audit_events_no_truncate ON "audit_events";
  DROP TRIGGER IF EXISTS audit_events_no_update_or_delete ON "audit_events";
  DROP FUNCTION IF EXISTS audit_events_refuse_change();`)
}
