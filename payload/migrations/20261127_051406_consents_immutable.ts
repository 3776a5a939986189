import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no schema diff), to run after the migration that creates "consents" and
// "consent_pdfs". The database itself keeps signed consents as they were signed, whatever route or
// role a request came through: the only change a consent row accepts is a withdrawal (status from
// signed to withdrawn, withdrawn_at set, signed_key cleared); consent PDFs accept none. Deleting a
// patient or appointment that has consents fails too, because clearing the reference is an UPDATE.
// Idempotent, so it can also be applied to a database whose schema was pushed.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION consents_refuse_change() RETURNS trigger AS $$
  DECLARE
    withdrawal_columns text[] := ARRAY['status', 'withdrawn_at', 'signed_key', 'updated_at'];
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF OLD.status = 'signed' AND NEW.status = 'withdrawn' AND NEW.withdrawn_at IS NOT NULL AND NEW.signed_key IS NULL
        AND (to_jsonb(NEW) - withdrawal_columns) = (to_jsonb(OLD) - withdrawal_columns) THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'consents are immutable: % is not allowed (a withdrawal may only set status and withdrawn_at)', TG_OP;
  END;
  $$ LANGUAGE plpgsql;

  CREATE OR REPLACE FUNCTION consent_pdfs_refuse_change() RETURNS trigger AS $$
  BEGIN
    RAISE EXCEPTION 'consent_pdfs is append-only: % is not allowed', TG_OP;
  END;
  $$ LANGUAGE plpgsql;

  DROP TRIGGER IF EXISTS consents_only_withdrawal ON "consents";
  CREATE TRIGGER consents_only_withdrawal BEFORE UPDATE OR DELETE ON "consents"
    FOR EACH ROW EXECUTE FUNCTION consents_refuse_change();
  DROP TRIGGER IF EXISTS consents_no_truncate ON "consents";
  CREATE TRIGGER consents_no_truncate BEFORE TRUNCATE ON "consents"
    FOR EACH STATEMENT EXECUTE FUNCTION consents_refuse_change();
  DROP TRIGGER IF EXISTS consent_pdfs_no_update_or_delete ON "consent_pdfs";
  CREATE TRIGGER consent_pdfs_no_update_or_delete BEFORE UPDATE OR DELETE ON "consent_pdfs"
    FOR EACH ROW EXECUTE FUNCTION consent_pdfs_refuse_change();
  DROP TRIGGER IF EXISTS consent_pdfs_no_truncate ON "consent_pdfs";
  CREATE TRIGGER consent_pdfs_no_truncate BEFORE TRUNCATE ON "consent_pdfs"
    FOR EACH STATEMENT EXECUTE FUNCTION consent_pdfs_refuse_change();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS consent_pdfs_no_truncate ON "consent_pdfs";
  DROP TRIGGER IF EXISTS consent_pdfs_no_update_or_delete ON "consent_pdfs";
  DROP TRIGGER IF EXISTS consents_no_truncate ON "consents";
  DROP TRIGGER IF EXISTS consents_only_withdrawal ON "consents";
  DROP FUNCTION IF EXISTS consent_pdfs_refuse_change();
  DROP FUNCTION IF EXISTS consents_refuse_change();`)
}
