import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_second_factor_sessions_method" AS ENUM('enrolment', 'authenticator-code', 'recovery-code');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'second-factor-enrolment';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'second-factor-check';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'second-factor-reset';
  CREATE TABLE "second_factor_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sid" varchar NOT NULL,
  	"user_id" integer NOT NULL,
  	"method" "enum_second_factor_sessions_method" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "second_factor_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "second_factor_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "second_factor_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "second_factor_recovery_codes" jsonb;
  ALTER TABLE "users" ADD COLUMN "second_factor_enrolled_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "second_factor_sessions_id" integer;
  ALTER TABLE "second_factor_sessions" ADD CONSTRAINT "second_factor_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "second_factor_sessions_sid_idx" ON "second_factor_sessions" USING btree ("sid");
  CREATE INDEX "second_factor_sessions_user_idx" ON "second_factor_sessions" USING btree ("user_id");
  CREATE INDEX "second_factor_sessions_updated_at_idx" ON "second_factor_sessions" USING btree ("updated_at");
  CREATE INDEX "second_factor_sessions_created_at_idx" ON "second_factor_sessions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_second_factor_sessions_fk" FOREIGN KEY ("second_factor_sessions_id") REFERENCES "public"."second_factor_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_second_factor_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("second_factor_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "second_factor_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "second_factor_sessions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_second_factor_sessions_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'invite-sent', 'invite-used', 'password-reset', 'read', 'create', 'update', 'delete', 'consent-signed', 'consent-withdrawn', 'export', 'download');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "payload_locked_documents_rels_second_factor_sessions_id_idx";
  ALTER TABLE "users" DROP COLUMN "second_factor_secret";
  ALTER TABLE "users" DROP COLUMN "second_factor_pending_secret";
  ALTER TABLE "users" DROP COLUMN "second_factor_last_step";
  ALTER TABLE "users" DROP COLUMN "second_factor_recovery_codes";
  ALTER TABLE "users" DROP COLUMN "second_factor_enrolled_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "second_factor_sessions_id";
  DROP TYPE "public"."enum_second_factor_sessions_method";`)
}
