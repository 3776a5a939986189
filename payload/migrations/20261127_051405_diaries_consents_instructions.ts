import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consent_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consent_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consents_status" AS ENUM('signed', 'withdrawn');
  CREATE TYPE "public"."enum_diary_templates_time_points_questions" AS ENUM('relief', 'activity', 'medicines');
  CREATE TYPE "public"."enum_diary_templates_time_points_kind" AS ENUM('baseline', 'after-block', 'next-morning');
  CREATE TYPE "public"."enum_diary_templates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__diary_templates_v_version_time_points_questions" AS ENUM('relief', 'activity', 'medicines');
  CREATE TYPE "public"."enum__diary_templates_v_version_time_points_kind" AS ENUM('baseline', 'after-block', 'next-morning');
  CREATE TYPE "public"."enum__diary_templates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_diaries_status" AS ENUM('in-progress', 'submitted');
  CREATE TYPE "public"."enum_diaries_review_decision" AS ENUM('proceed-to-rfa', 'repeat-block', 'not-facet-mediated', 'repeat-diary');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'diaryReminder' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'diaryReminder' BEFORE 'schedulePublish';
  CREATE TABLE "consent_documents_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents_risks_common" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents_risks_less_common" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents_risks_rare" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents_alternatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consent_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"title" varchar,
  	"procedure_id" integer,
  	"version" numeric,
  	"effective_date" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"supersedes_id" integer,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_consent_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_consent_documents_v_version_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v_version_risks_common" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v_version_risks_less_common" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v_version_risks_rare" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v_version_alternatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v_version_acknowledgements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consent_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_label" varchar,
  	"version_title" varchar,
  	"version_procedure_id" integer,
  	"version_version" numeric,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_supersedes_id" integer,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__consent_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"patient_id" integer NOT NULL,
  	"appointment_id" integer NOT NULL,
  	"document_id" integer NOT NULL,
  	"document_version" numeric NOT NULL,
  	"document_title" varchar NOT NULL,
  	"status" "enum_consents_status" DEFAULT 'signed' NOT NULL,
  	"signed_at" timestamp(3) with time zone NOT NULL,
  	"withdrawn_at" timestamp(3) with time zone,
  	"typed_name" varchar NOT NULL,
  	"drawing" varchar,
  	"acknowledgements" jsonb NOT NULL,
  	"signature_meaning" varchar NOT NULL,
  	"text_sha256" varchar NOT NULL,
  	"snapshot_text" varchar NOT NULL,
  	"ip" varchar,
  	"user_agent" varchar,
  	"signed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consent_pdfs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consent_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"sha256" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "diary_templates_time_points_questions" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_diary_templates_time_points_questions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "diary_templates_time_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"kind" "enum_diary_templates_time_points_kind" DEFAULT 'after-block',
  	"minutes_after_block" numeric,
  	"window_minutes" numeric
  );
  
  CREATE TABLE "diary_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT 'Medial branch block pain diary',
  	"procedure_id" integer,
  	"introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.',
  	"wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?',
  	"wording_pain_low" varchar DEFAULT 'No pain',
  	"wording_pain_high" varchar DEFAULT 'Worst pain you can imagine',
  	"wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)',
  	"wording_activity" varchar DEFAULT 'Which activity did you do?',
  	"wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_diary_templates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_diary_templates_v_version_time_points_questions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__diary_templates_v_version_time_points_questions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_diary_templates_v_version_time_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"kind" "enum__diary_templates_v_version_time_points_kind" DEFAULT 'after-block',
  	"minutes_after_block" numeric,
  	"window_minutes" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_diary_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar DEFAULT 'Medial branch block pain diary',
  	"version_procedure_id" integer,
  	"version_introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.',
  	"version_wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?',
  	"version_wording_pain_low" varchar DEFAULT 'No pain',
  	"version_wording_pain_high" varchar DEFAULT 'Worst pain you can imagine',
  	"version_wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)',
  	"version_wording_activity" varchar DEFAULT 'Which activity did you do?',
  	"version_wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__diary_templates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "diaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"appointment_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"template_id" integer,
  	"questionnaire" jsonb,
  	"block_time" timestamp(3) with time zone,
  	"status" "enum_diaries_status" DEFAULT 'in-progress' NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"review_decision" "enum_diaries_review_decision",
  	"review_note" varchar,
  	"review_reviewed_by_id" integer,
  	"review_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "diary_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"diary_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"time_point_key" varchar NOT NULL,
  	"nrs" numeric NOT NULL,
  	"relief_percent" numeric,
  	"activity" varchar,
  	"medicines" varchar,
  	"client_id" varchar NOT NULL,
  	"answered_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "block_analysis_settings_profiles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"profile_id" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"relief_threshold_percent" numeric NOT NULL,
  	"blocks_required" numeric NOT NULL,
  	"minimum_entries" numeric DEFAULT 3 NOT NULL,
  	"duration_must_fit_agent" boolean DEFAULT false
  );
  
  CREATE TABLE "block_analysis_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"expected_minimum_hours_lidocaine" numeric DEFAULT 1 NOT NULL,
  	"expected_minimum_hours_bupivacaine" numeric DEFAULT 3 NOT NULL,
  	"expected_minimum_hours_other" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_pdfs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "diary_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "diaries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "diary_entries_id" integer;
  ALTER TABLE "consent_documents_benefits" ADD CONSTRAINT "consent_documents_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_risks_common" ADD CONSTRAINT "consent_documents_risks_common_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_risks_less_common" ADD CONSTRAINT "consent_documents_risks_less_common_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_risks_rare" ADD CONSTRAINT "consent_documents_risks_rare_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_alternatives" ADD CONSTRAINT "consent_documents_alternatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_acknowledgements" ADD CONSTRAINT "consent_documents_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents" ADD CONSTRAINT "consent_documents_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consent_documents" ADD CONSTRAINT "consent_documents_supersedes_id_consent_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_benefits" ADD CONSTRAINT "_consent_documents_v_version_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_risks_common" ADD CONSTRAINT "_consent_documents_v_version_risks_common_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_risks_less_common" ADD CONSTRAINT "_consent_documents_v_version_risks_less_common_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_risks_rare" ADD CONSTRAINT "_consent_documents_v_version_risks_rare_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_alternatives" ADD CONSTRAINT "_consent_documents_v_version_alternatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_version_acknowledgements" ADD CONSTRAINT "_consent_documents_v_version_acknowledgements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v" ADD CONSTRAINT "_consent_documents_v_parent_id_consent_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consent_documents_v" ADD CONSTRAINT "_consent_documents_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consent_documents_v" ADD CONSTRAINT "_consent_documents_v_version_supersedes_id_consent_documents_id_fk" FOREIGN KEY ("version_supersedes_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consents" ADD CONSTRAINT "consents_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consents" ADD CONSTRAINT "consents_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consents" ADD CONSTRAINT "consents_document_id_consent_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consent_pdfs" ADD CONSTRAINT "consent_pdfs_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consent_pdfs" ADD CONSTRAINT "consent_pdfs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diary_templates_time_points_questions" ADD CONSTRAINT "diary_templates_time_points_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."diary_templates_time_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diary_templates_time_points" ADD CONSTRAINT "diary_templates_time_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."diary_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diary_templates" ADD CONSTRAINT "diary_templates_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_diary_templates_v_version_time_points_questions" ADD CONSTRAINT "_diary_templates_v_version_time_points_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_diary_templates_v_version_time_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_diary_templates_v_version_time_points" ADD CONSTRAINT "_diary_templates_v_version_time_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_diary_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_diary_templates_v" ADD CONSTRAINT "_diary_templates_v_parent_id_diary_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."diary_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_diary_templates_v" ADD CONSTRAINT "_diary_templates_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diaries" ADD CONSTRAINT "diaries_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diaries" ADD CONSTRAINT "diaries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diaries" ADD CONSTRAINT "diaries_template_id_diary_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."diary_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diaries" ADD CONSTRAINT "diaries_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_diary_id_diaries_id_fk" FOREIGN KEY ("diary_id") REFERENCES "public"."diaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "block_analysis_settings_profiles" ADD CONSTRAINT "block_analysis_settings_profiles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."block_analysis_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "consent_documents_benefits_order_idx" ON "consent_documents_benefits" USING btree ("_order");
  CREATE INDEX "consent_documents_benefits_parent_id_idx" ON "consent_documents_benefits" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_risks_common_order_idx" ON "consent_documents_risks_common" USING btree ("_order");
  CREATE INDEX "consent_documents_risks_common_parent_id_idx" ON "consent_documents_risks_common" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_risks_less_common_order_idx" ON "consent_documents_risks_less_common" USING btree ("_order");
  CREATE INDEX "consent_documents_risks_less_common_parent_id_idx" ON "consent_documents_risks_less_common" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_risks_rare_order_idx" ON "consent_documents_risks_rare" USING btree ("_order");
  CREATE INDEX "consent_documents_risks_rare_parent_id_idx" ON "consent_documents_risks_rare" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_alternatives_order_idx" ON "consent_documents_alternatives" USING btree ("_order");
  CREATE INDEX "consent_documents_alternatives_parent_id_idx" ON "consent_documents_alternatives" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_acknowledgements_order_idx" ON "consent_documents_acknowledgements" USING btree ("_order");
  CREATE INDEX "consent_documents_acknowledgements_parent_id_idx" ON "consent_documents_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "consent_documents_procedure_idx" ON "consent_documents" USING btree ("procedure_id");
  CREATE INDEX "consent_documents_version_idx" ON "consent_documents" USING btree ("version");
  CREATE INDEX "consent_documents_supersedes_idx" ON "consent_documents" USING btree ("supersedes_id");
  CREATE INDEX "consent_documents_updated_at_idx" ON "consent_documents" USING btree ("updated_at");
  CREATE INDEX "consent_documents_created_at_idx" ON "consent_documents" USING btree ("created_at");
  CREATE INDEX "consent_documents__status_idx" ON "consent_documents" USING btree ("_status");
  CREATE UNIQUE INDEX "procedure_version_idx" ON "consent_documents" USING btree ("procedure_id","version");
  CREATE INDEX "_consent_documents_v_version_benefits_order_idx" ON "_consent_documents_v_version_benefits" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_benefits_parent_id_idx" ON "_consent_documents_v_version_benefits" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_version_risks_common_order_idx" ON "_consent_documents_v_version_risks_common" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_risks_common_parent_id_idx" ON "_consent_documents_v_version_risks_common" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_version_risks_less_common_order_idx" ON "_consent_documents_v_version_risks_less_common" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_risks_less_common_parent_id_idx" ON "_consent_documents_v_version_risks_less_common" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_version_risks_rare_order_idx" ON "_consent_documents_v_version_risks_rare" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_risks_rare_parent_id_idx" ON "_consent_documents_v_version_risks_rare" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_version_alternatives_order_idx" ON "_consent_documents_v_version_alternatives" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_alternatives_parent_id_idx" ON "_consent_documents_v_version_alternatives" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_version_acknowledgements_order_idx" ON "_consent_documents_v_version_acknowledgements" USING btree ("_order");
  CREATE INDEX "_consent_documents_v_version_acknowledgements_parent_id_idx" ON "_consent_documents_v_version_acknowledgements" USING btree ("_parent_id");
  CREATE INDEX "_consent_documents_v_parent_idx" ON "_consent_documents_v" USING btree ("parent_id");
  CREATE INDEX "_consent_documents_v_version_version_procedure_idx" ON "_consent_documents_v" USING btree ("version_procedure_id");
  CREATE INDEX "_consent_documents_v_version_version_version_idx" ON "_consent_documents_v" USING btree ("version_version");
  CREATE INDEX "_consent_documents_v_version_version_supersedes_idx" ON "_consent_documents_v" USING btree ("version_supersedes_id");
  CREATE INDEX "_consent_documents_v_version_version_updated_at_idx" ON "_consent_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_consent_documents_v_version_version_created_at_idx" ON "_consent_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_consent_documents_v_version_version__status_idx" ON "_consent_documents_v" USING btree ("version__status");
  CREATE INDEX "_consent_documents_v_created_at_idx" ON "_consent_documents_v" USING btree ("created_at");
  CREATE INDEX "_consent_documents_v_updated_at_idx" ON "_consent_documents_v" USING btree ("updated_at");
  CREATE INDEX "_consent_documents_v_latest_idx" ON "_consent_documents_v" USING btree ("latest");
  CREATE INDEX "version_procedure_version_version_idx" ON "_consent_documents_v" USING btree ("version_procedure_id","version_version");
  CREATE INDEX "consents_patient_idx" ON "consents" USING btree ("patient_id");
  CREATE INDEX "consents_appointment_idx" ON "consents" USING btree ("appointment_id");
  CREATE INDEX "consents_document_idx" ON "consents" USING btree ("document_id");
  CREATE INDEX "consents_text_sha256_idx" ON "consents" USING btree ("text_sha256");
  CREATE UNIQUE INDEX "consents_signed_key_idx" ON "consents" USING btree ("signed_key");
  CREATE INDEX "consents_updated_at_idx" ON "consents" USING btree ("updated_at");
  CREATE INDEX "consents_created_at_idx" ON "consents" USING btree ("created_at");
  CREATE UNIQUE INDEX "consent_pdfs_consent_idx" ON "consent_pdfs" USING btree ("consent_id");
  CREATE INDEX "consent_pdfs_patient_idx" ON "consent_pdfs" USING btree ("patient_id");
  CREATE INDEX "consent_pdfs_updated_at_idx" ON "consent_pdfs" USING btree ("updated_at");
  CREATE INDEX "consent_pdfs_created_at_idx" ON "consent_pdfs" USING btree ("created_at");
  CREATE UNIQUE INDEX "consent_pdfs_filename_idx" ON "consent_pdfs" USING btree ("filename");
  CREATE INDEX "diary_templates_time_points_questions_order_idx" ON "diary_templates_time_points_questions" USING btree ("order");
  CREATE INDEX "diary_templates_time_points_questions_parent_idx" ON "diary_templates_time_points_questions" USING btree ("parent_id");
  CREATE INDEX "diary_templates_time_points_order_idx" ON "diary_templates_time_points" USING btree ("_order");
  CREATE INDEX "diary_templates_time_points_parent_id_idx" ON "diary_templates_time_points" USING btree ("_parent_id");
  CREATE INDEX "diary_templates_procedure_idx" ON "diary_templates" USING btree ("procedure_id");
  CREATE INDEX "diary_templates_updated_at_idx" ON "diary_templates" USING btree ("updated_at");
  CREATE INDEX "diary_templates_created_at_idx" ON "diary_templates" USING btree ("created_at");
  CREATE INDEX "diary_templates__status_idx" ON "diary_templates" USING btree ("_status");
  CREATE INDEX "_diary_templates_v_version_time_points_questions_order_idx" ON "_diary_templates_v_version_time_points_questions" USING btree ("order");
  CREATE INDEX "_diary_templates_v_version_time_points_questions_parent_idx" ON "_diary_templates_v_version_time_points_questions" USING btree ("parent_id");
  CREATE INDEX "_diary_templates_v_version_time_points_order_idx" ON "_diary_templates_v_version_time_points" USING btree ("_order");
  CREATE INDEX "_diary_templates_v_version_time_points_parent_id_idx" ON "_diary_templates_v_version_time_points" USING btree ("_parent_id");
  CREATE INDEX "_diary_templates_v_parent_idx" ON "_diary_templates_v" USING btree ("parent_id");
  CREATE INDEX "_diary_templates_v_version_version_procedure_idx" ON "_diary_templates_v" USING btree ("version_procedure_id");
  CREATE INDEX "_diary_templates_v_version_version_updated_at_idx" ON "_diary_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_diary_templates_v_version_version_created_at_idx" ON "_diary_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_diary_templates_v_version_version__status_idx" ON "_diary_templates_v" USING btree ("version__status");
  CREATE INDEX "_diary_templates_v_created_at_idx" ON "_diary_templates_v" USING btree ("created_at");
  CREATE INDEX "_diary_templates_v_updated_at_idx" ON "_diary_templates_v" USING btree ("updated_at");
  CREATE INDEX "_diary_templates_v_latest_idx" ON "_diary_templates_v" USING btree ("latest");
  CREATE INDEX "_diary_templates_v_autosave_idx" ON "_diary_templates_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "diaries_appointment_idx" ON "diaries" USING btree ("appointment_id");
  CREATE INDEX "diaries_patient_idx" ON "diaries" USING btree ("patient_id");
  CREATE INDEX "diaries_template_idx" ON "diaries" USING btree ("template_id");
  CREATE INDEX "diaries_block_time_idx" ON "diaries" USING btree ("block_time");
  CREATE INDEX "diaries_status_idx" ON "diaries" USING btree ("status");
  CREATE INDEX "diaries_review_review_reviewed_by_idx" ON "diaries" USING btree ("review_reviewed_by_id");
  CREATE INDEX "diaries_updated_at_idx" ON "diaries" USING btree ("updated_at");
  CREATE INDEX "diaries_created_at_idx" ON "diaries" USING btree ("created_at");
  CREATE INDEX "diary_entries_diary_idx" ON "diary_entries" USING btree ("diary_id");
  CREATE INDEX "diary_entries_patient_idx" ON "diary_entries" USING btree ("patient_id");
  CREATE INDEX "diary_entries_updated_at_idx" ON "diary_entries" USING btree ("updated_at");
  CREATE INDEX "diary_entries_created_at_idx" ON "diary_entries" USING btree ("created_at");
  CREATE UNIQUE INDEX "diary_timePointKey_idx" ON "diary_entries" USING btree ("diary_id","time_point_key");
  CREATE INDEX "block_analysis_settings_profiles_order_idx" ON "block_analysis_settings_profiles" USING btree ("_order");
  CREATE INDEX "block_analysis_settings_profiles_parent_id_idx" ON "block_analysis_settings_profiles" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_documents_fk" FOREIGN KEY ("consent_documents_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consents_fk" FOREIGN KEY ("consents_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_pdfs_fk" FOREIGN KEY ("consent_pdfs_id") REFERENCES "public"."consent_pdfs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questionnaire_templates_fk" FOREIGN KEY ("diary_templates_id") REFERENCES "public"."diary_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_diaries_fk" FOREIGN KEY ("diaries_id") REFERENCES "public"."diaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_diary_entries_fk" FOREIGN KEY ("diary_entries_id") REFERENCES "public"."diary_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_consent_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_documents_id");
  CREATE INDEX "payload_locked_documents_rels_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("consents_id");
  CREATE INDEX "payload_locked_documents_rels_consent_pdfs_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_pdfs_id");
  CREATE INDEX "payload_locked_documents_rels_diary_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("diary_templates_id");
  CREATE INDEX "payload_locked_documents_rels_diaries_id_idx" ON "payload_locked_documents_rels" USING btree ("diaries_id");
  CREATE INDEX "payload_locked_documents_rels_diary_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("diary_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consent_documents_benefits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_risks_common" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_risks_less_common" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_risks_rare" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_alternatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_benefits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_risks_common" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_risks_less_common" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_risks_rare" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_alternatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_version_acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_pdfs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_templates_time_points_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_templates_time_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_diary_templates_v_version_time_points_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_diary_templates_v_version_time_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_diary_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diaries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "block_analysis_settings_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "block_analysis_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consent_documents_benefits" CASCADE;
  DROP TABLE "consent_documents_risks_common" CASCADE;
  DROP TABLE "consent_documents_risks_less_common" CASCADE;
  DROP TABLE "consent_documents_risks_rare" CASCADE;
  DROP TABLE "consent_documents_alternatives" CASCADE;
  DROP TABLE "consent_documents_acknowledgements" CASCADE;
  DROP TABLE "consent_documents" CASCADE;
  DROP TABLE "_consent_documents_v_version_benefits" CASCADE;
  DROP TABLE "_consent_documents_v_version_risks_common" CASCADE;
  DROP TABLE "_consent_documents_v_version_risks_less_common" CASCADE;
  DROP TABLE "_consent_documents_v_version_risks_rare" CASCADE;
  DROP TABLE "_consent_documents_v_version_alternatives" CASCADE;
  DROP TABLE "_consent_documents_v_version_acknowledgements" CASCADE;
  DROP TABLE "_consent_documents_v" CASCADE;
  DROP TABLE "consents" CASCADE;
  DROP TABLE "consent_pdfs" CASCADE;
  DROP TABLE "diary_templates_time_points_questions" CASCADE;
  DROP TABLE "diary_templates_time_points" CASCADE;
  DROP TABLE "diary_templates" CASCADE;
  DROP TABLE "_diary_templates_v_version_time_points_questions" CASCADE;
  DROP TABLE "_diary_templates_v_version_time_points" CASCADE;
  DROP TABLE "_diary_templates_v" CASCADE;
  DROP TABLE "diaries" CASCADE;
  DROP TABLE "diary_entries" CASCADE;
  DROP TABLE "block_analysis_settings_profiles" CASCADE;
  DROP TABLE "block_analysis_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_pdfs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questionnaire_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_diaries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_diary_entries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_consent_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_consents_id_idx";
  DROP INDEX "payload_locked_documents_rels_consent_pdfs_id_idx";
  DROP INDEX "payload_locked_documents_rels_diary_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_diaries_id_idx";
  DROP INDEX "payload_locked_documents_rels_diary_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_pdfs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "diary_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "diaries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "diary_entries_id";
  DROP TYPE "public"."enum_consent_documents_status";
  DROP TYPE "public"."enum__consent_documents_v_version_status";
  DROP TYPE "public"."enum_consents_status";
  DROP TYPE "public"."enum_diary_templates_time_points_questions";
  DROP TYPE "public"."enum_diary_templates_time_points_kind";
  DROP TYPE "public"."enum_diary_templates_status";
  DROP TYPE "public"."enum__diary_templates_v_version_time_points_questions";
  DROP TYPE "public"."enum__diary_templates_v_version_time_points_kind";
  DROP TYPE "public"."enum__diary_templates_v_version_status";
  DROP TYPE "public"."enum_diaries_status";
  DROP TYPE "public"."enum_diaries_review_decision";`)
}
