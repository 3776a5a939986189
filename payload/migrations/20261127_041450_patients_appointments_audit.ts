import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_instructions_category" AS ENUM('medicines', 'food-and-drink', 'transport', 'what-to-bring', 'after-the-block');
  CREATE TYPE "public"."enum_instructions_timing_kind" AS ENUM('days-before', 'hours-before', 'morning-of', 'at-appointment', 'hours-after', 'next-morning');
  CREATE TYPE "public"."enum_instructions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__instructions_v_version_category" AS ENUM('medicines', 'food-and-drink', 'transport', 'what-to-bring', 'after-the-block');
  CREATE TYPE "public"."enum__instructions_v_version_timing_kind" AS ENUM('days-before', 'hours-before', 'morning-of', 'at-appointment', 'hours-after', 'next-morning');
  CREATE TYPE "public"."enum__instructions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_patients_preferred_language" AS ENUM('en', 'cy', 'pl', 'ur', 'pa', 'ar', 'other');
  CREATE TYPE "public"."enum_appointments_side" AS ENUM('left', 'right', 'both');
  CREATE TYPE "public"."enum_appointments_agent" AS ENUM('lidocaine', 'bupivacaine', 'other');
  CREATE TYPE "public"."enum_appointments_status" AS ENUM('scheduled', 'done', 'cancelled');
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'invite-sent', 'invite-used', 'password-reset', 'read', 'create', 'update', 'delete', 'consent-signed', 'consent-withdrawn', 'export', 'download');
  CREATE TYPE "public"."enum_audit_events_outcome" AS ENUM('success', 'failure', 'denied');
  CREATE TYPE "public"."enum_audit_events_actor_collection" AS ENUM('users', 'patients');
  CREATE TABLE "instructions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"details" varchar,
  	"procedure_id" integer,
  	"category" "enum_instructions_category",
  	"timing_kind" "enum_instructions_timing_kind" DEFAULT 'days-before',
  	"timing_amount" numeric,
  	"timing_time" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_instructions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_instructions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_details" varchar,
  	"version_procedure_id" integer,
  	"version_category" "enum__instructions_v_version_category",
  	"version_timing_kind" "enum__instructions_v_version_timing_kind" DEFAULT 'days-before',
  	"version_timing_amount" numeric,
  	"version_timing_time" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__instructions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "patients_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "patients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"date_of_birth" timestamp(3) with time zone NOT NULL,
  	"phone" varchar,
  	"preferred_language" "enum_patients_preferred_language" DEFAULT 'en',
  	"invited_at" timestamp(3) with time zone,
  	"activated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "appointments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"patient_id" integer NOT NULL,
  	"specialist_id" integer,
  	"procedure_id" integer NOT NULL,
  	"scheduled_at" timestamp(3) with time zone NOT NULL,
  	"duration_minutes" numeric DEFAULT 45,
  	"location" varchar DEFAULT 'Harbour Spine Clinic, 12 Quay Street, Manchester M3 3HN',
  	"side" "enum_appointments_side" DEFAULT 'both' NOT NULL,
  	"levels" varchar NOT NULL,
  	"block_number" numeric DEFAULT 1 NOT NULL,
  	"agent" "enum_appointments_agent" DEFAULT 'lidocaine' NOT NULL,
  	"status" "enum_appointments_status" DEFAULT 'scheduled' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instruction_confirmations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"appointment_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"confirmed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "patient_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sid" varchar NOT NULL,
  	"patient_id" integer NOT NULL,
  	"last_seen_at" timestamp(3) with time zone NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"ip" varchar,
  	"user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_events_action" NOT NULL,
  	"outcome" "enum_audit_events_outcome" DEFAULT 'success' NOT NULL,
  	"actor_collection" "enum_audit_events_actor_collection",
  	"actor_id" varchar,
  	"actor_label" varchar,
  	"resource" varchar,
  	"resource_ids" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instructions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "patients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "appointments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instruction_confirmations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "patient_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "patients_id" integer;
  ALTER TABLE "instructions" ADD CONSTRAINT "instructions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_instructions_v" ADD CONSTRAINT "_instructions_v_parent_id_instructions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instructions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_instructions_v" ADD CONSTRAINT "_instructions_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patients_sessions" ADD CONSTRAINT "patients_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_specialist_id_users_id_fk" FOREIGN KEY ("specialist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instruction_confirmations" ADD CONSTRAINT "instruction_confirmations_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instruction_confirmations" ADD CONSTRAINT "instruction_confirmations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_sessions" ADD CONSTRAINT "patient_sessions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "instructions_procedure_idx" ON "instructions" USING btree ("procedure_id");
  CREATE INDEX "instructions_updated_at_idx" ON "instructions" USING btree ("updated_at");
  CREATE INDEX "instructions_created_at_idx" ON "instructions" USING btree ("created_at");
  CREATE INDEX "instructions__status_idx" ON "instructions" USING btree ("_status");
  CREATE INDEX "_instructions_v_parent_idx" ON "_instructions_v" USING btree ("parent_id");
  CREATE INDEX "_instructions_v_version_version_procedure_idx" ON "_instructions_v" USING btree ("version_procedure_id");
  CREATE INDEX "_instructions_v_version_version_updated_at_idx" ON "_instructions_v" USING btree ("version_updated_at");
  CREATE INDEX "_instructions_v_version_version_created_at_idx" ON "_instructions_v" USING btree ("version_created_at");
  CREATE INDEX "_instructions_v_version_version__status_idx" ON "_instructions_v" USING btree ("version__status");
  CREATE INDEX "_instructions_v_created_at_idx" ON "_instructions_v" USING btree ("created_at");
  CREATE INDEX "_instructions_v_updated_at_idx" ON "_instructions_v" USING btree ("updated_at");
  CREATE INDEX "_instructions_v_latest_idx" ON "_instructions_v" USING btree ("latest");
  CREATE INDEX "_instructions_v_autosave_idx" ON "_instructions_v" USING btree ("autosave");
  CREATE INDEX "patients_sessions_order_idx" ON "patients_sessions" USING btree ("_order");
  CREATE INDEX "patients_sessions_parent_id_idx" ON "patients_sessions" USING btree ("_parent_id");
  CREATE INDEX "patients_updated_at_idx" ON "patients" USING btree ("updated_at");
  CREATE INDEX "patients_created_at_idx" ON "patients" USING btree ("created_at");
  CREATE UNIQUE INDEX "patients_email_idx" ON "patients" USING btree ("email");
  CREATE INDEX "appointments_patient_idx" ON "appointments" USING btree ("patient_id");
  CREATE INDEX "appointments_specialist_idx" ON "appointments" USING btree ("specialist_id");
  CREATE INDEX "appointments_procedure_idx" ON "appointments" USING btree ("procedure_id");
  CREATE INDEX "appointments_scheduled_at_idx" ON "appointments" USING btree ("scheduled_at");
  CREATE INDEX "appointments_updated_at_idx" ON "appointments" USING btree ("updated_at");
  CREATE INDEX "appointments_created_at_idx" ON "appointments" USING btree ("created_at");
  CREATE UNIQUE INDEX "instruction_confirmations_appointment_idx" ON "instruction_confirmations" USING btree ("appointment_id");
  CREATE INDEX "instruction_confirmations_patient_idx" ON "instruction_confirmations" USING btree ("patient_id");
  CREATE INDEX "instruction_confirmations_updated_at_idx" ON "instruction_confirmations" USING btree ("updated_at");
  CREATE INDEX "instruction_confirmations_created_at_idx" ON "instruction_confirmations" USING btree ("created_at");
  CREATE UNIQUE INDEX "patient_sessions_sid_idx" ON "patient_sessions" USING btree ("sid");
  CREATE INDEX "patient_sessions_patient_idx" ON "patient_sessions" USING btree ("patient_id");
  CREATE INDEX "patient_sessions_updated_at_idx" ON "patient_sessions" USING btree ("updated_at");
  CREATE INDEX "patient_sessions_created_at_idx" ON "patient_sessions" USING btree ("created_at");
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_resource_idx" ON "audit_events" USING btree ("resource");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instructions_fk" FOREIGN KEY ("instructions_id") REFERENCES "public"."instructions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patients_fk" FOREIGN KEY ("patients_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_appointments_fk" FOREIGN KEY ("appointments_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instruction_confirmations_fk" FOREIGN KEY ("instruction_confirmations_id") REFERENCES "public"."instruction_confirmations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patient_sessions_fk" FOREIGN KEY ("patient_sessions_id") REFERENCES "public"."patient_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_patients_fk" FOREIGN KEY ("patients_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_instructions_id_idx" ON "payload_locked_documents_rels" USING btree ("instructions_id");
  CREATE INDEX "payload_locked_documents_rels_patients_id_idx" ON "payload_locked_documents_rels" USING btree ("patients_id");
  CREATE INDEX "payload_locked_documents_rels_appointments_id_idx" ON "payload_locked_documents_rels" USING btree ("appointments_id");
  CREATE INDEX "payload_locked_documents_rels_instruction_confirmations__idx" ON "payload_locked_documents_rels" USING btree ("instruction_confirmations_id");
  CREATE INDEX "payload_locked_documents_rels_patient_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("patient_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
  CREATE INDEX "payload_preferences_rels_patients_id_idx" ON "payload_preferences_rels" USING btree ("patients_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "instructions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instructions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "patients_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "patients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "appointments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instruction_confirmations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "patient_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "instructions" CASCADE;
  DROP TABLE "_instructions_v" CASCADE;
  DROP TABLE "patients_sessions" CASCADE;
  DROP TABLE "patients" CASCADE;
  DROP TABLE "appointments" CASCADE;
  DROP TABLE "instruction_confirmations" CASCADE;
  DROP TABLE "patient_sessions" CASCADE;
  DROP TABLE "audit_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instructions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_patients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_appointments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instruction_confirmations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_patient_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_patients_fk";
  
  DROP INDEX "payload_locked_documents_rels_instructions_id_idx";
  DROP INDEX "payload_locked_documents_rels_patients_id_idx";
  DROP INDEX "payload_locked_documents_rels_appointments_id_idx";
  DROP INDEX "payload_locked_documents_rels_instruction_confirmations__idx";
  DROP INDEX "payload_locked_documents_rels_patient_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  DROP INDEX "payload_preferences_rels_patients_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instructions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "patients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "appointments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instruction_confirmations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "patient_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "patients_id";
  DROP TYPE "public"."enum_instructions_category";
  DROP TYPE "public"."enum_instructions_timing_kind";
  DROP TYPE "public"."enum_instructions_status";
  DROP TYPE "public"."enum__instructions_v_version_category";
  DROP TYPE "public"."enum__instructions_v_version_timing_kind";
  DROP TYPE "public"."enum__instructions_v_version_status";
  DROP TYPE "public"."enum_patients_preferred_language";
  DROP TYPE "public"."enum_appointments_side";
  DROP TYPE "public"."enum_appointments_agent";
  DROP TYPE "public"."enum_appointments_status";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_audit_events_outcome";
  DROP TYPE "public"."enum_audit_events_actor_collection";`)
}
