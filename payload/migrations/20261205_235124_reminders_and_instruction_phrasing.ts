import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_instructions_timing_phrasing" AS ENUM('by', 'from', 'at', 'on-the-day');
  CREATE TYPE "public"."enum__instructions_v_version_timing_phrasing" AS ENUM('by', 'from', 'at', 'on-the-day');
  CREATE TYPE "public"."enum_diary_reminders_status" AS ENUM('queued', 'sending', 'sent', 'skipped', 'cancelled');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'reminder-consent-given';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'reminder-consent-withdrawn';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'reminder-settings';
  CREATE TABLE "diary_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"diary_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"block_time" timestamp(3) with time zone NOT NULL,
  	"first_point_key" varchar NOT NULL,
  	"point_keys" jsonb NOT NULL,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"send_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_diary_reminders_status" DEFAULT 'queued' NOT NULL,
  	"channels" jsonb,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "push_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"patient_id" integer NOT NULL,
  	"endpoint" varchar NOT NULL,
  	"p256dh" varchar NOT NULL,
  	"auth" varchar NOT NULL,
  	"device" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "instructions" ADD COLUMN "timing_phrasing" "enum_instructions_timing_phrasing";
  ALTER TABLE "_instructions_v" ADD COLUMN "version_timing_phrasing" "enum__instructions_v_version_timing_phrasing";
  ALTER TABLE "patients" ADD COLUMN "reminders_chosen_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "reminders_email_consented_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "reminders_sms_consented_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "reminders_push_consented_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "reminders_mobile" varchar;
  ALTER TABLE "patients" ADD COLUMN "reminders_quiet_hours_start" varchar;
  ALTER TABLE "patients" ADD COLUMN "reminders_quiet_hours_end" varchar;
  ALTER TABLE "patients" ADD COLUMN "reminders_wake_time" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "diary_reminders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "diary_reminders" ADD CONSTRAINT "diary_reminders_diary_id_diaries_id_fk" FOREIGN KEY ("diary_id") REFERENCES "public"."diaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diary_reminders" ADD CONSTRAINT "diary_reminders_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "diary_reminders_diary_idx" ON "diary_reminders" USING btree ("diary_id");
  CREATE INDEX "diary_reminders_patient_idx" ON "diary_reminders" USING btree ("patient_id");
  CREATE INDEX "diary_reminders_send_at_idx" ON "diary_reminders" USING btree ("send_at");
  CREATE INDEX "diary_reminders_status_idx" ON "diary_reminders" USING btree ("status");
  CREATE INDEX "diary_reminders_updated_at_idx" ON "diary_reminders" USING btree ("updated_at");
  CREATE INDEX "diary_reminders_created_at_idx" ON "diary_reminders" USING btree ("created_at");
  CREATE UNIQUE INDEX "diary_blockTime_firstPointKey_idx" ON "diary_reminders" USING btree ("diary_id","block_time","first_point_key");
  CREATE INDEX "push_subscriptions_patient_idx" ON "push_subscriptions" USING btree ("patient_id");
  CREATE UNIQUE INDEX "push_subscriptions_endpoint_idx" ON "push_subscriptions" USING btree ("endpoint");
  CREATE INDEX "push_subscriptions_updated_at_idx" ON "push_subscriptions" USING btree ("updated_at");
  CREATE INDEX "push_subscriptions_created_at_idx" ON "push_subscriptions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_diary_reminders_fk" FOREIGN KEY ("diary_reminders_id") REFERENCES "public"."diary_reminders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_diary_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("diary_reminders_id");
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  ALTER TABLE "diaries" DROP COLUMN "reminder_sent_at";
  -- Reminder jobs queued before this release carry the old input (one email per diary): drop them;
  -- the diary hook plans one reminder per time point from now on.
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'diaryReminder' AND "completed_at" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "diary_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "diary_reminders" CASCADE;
  DROP TABLE "push_subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_diary_reminders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'invite-sent', 'invite-used', 'password-reset', 'read', 'create', 'update', 'delete', 'consent-signed', 'consent-withdrawn', 'export', 'download', 'second-factor-enrolment', 'second-factor-check', 'second-factor-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "payload_locked_documents_rels_diary_reminders_id_idx";
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  ALTER TABLE "diaries" ADD COLUMN "reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "instructions" DROP COLUMN "timing_phrasing";
  ALTER TABLE "_instructions_v" DROP COLUMN "version_timing_phrasing";
  ALTER TABLE "patients" DROP COLUMN "reminders_chosen_at";
  ALTER TABLE "patients" DROP COLUMN "reminders_email_consented_at";
  ALTER TABLE "patients" DROP COLUMN "reminders_sms_consented_at";
  ALTER TABLE "patients" DROP COLUMN "reminders_push_consented_at";
  ALTER TABLE "patients" DROP COLUMN "reminders_mobile";
  ALTER TABLE "patients" DROP COLUMN "reminders_quiet_hours_start";
  ALTER TABLE "patients" DROP COLUMN "reminders_quiet_hours_end";
  ALTER TABLE "patients" DROP COLUMN "reminders_wake_time";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "diary_reminders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  DROP TYPE "public"."enum_instructions_timing_phrasing";
  DROP TYPE "public"."enum__instructions_v_version_timing_phrasing";
  DROP TYPE "public"."enum_diary_reminders_status";`)
}
