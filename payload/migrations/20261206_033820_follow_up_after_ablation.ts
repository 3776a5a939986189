import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_outcome_instruments_items_scale_kind" AS ENUM('numeric', 'options');
  CREATE TYPE "public"."enum_outcome_instruments_scoring_rule" AS ENUM('sum', 'mean', 'per-item');
  CREATE TYPE "public"."enum_outcome_instruments_better" AS ENUM('lower', 'higher');
  CREATE TYPE "public"."enum_outcome_instruments_improvement_rule" AS ENUM('change-from-baseline', 'answer-in');
  CREATE TYPE "public"."enum_follow_up_plans_points_timing" AS ENUM('baseline', 'after');
  CREATE TYPE "public"."enum_follow_up_plans_points_unit" AS ENUM('days', 'weeks', 'months');
  CREATE TABLE "outcome_instruments_items_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"label" varchar
  );
  
  CREATE TABLE "outcome_instruments_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" varchar NOT NULL,
  	"short_label" varchar NOT NULL,
  	"required" boolean DEFAULT true,
  	"text" varchar NOT NULL,
  	"scale_kind" "enum_outcome_instruments_items_scale_kind" DEFAULT 'numeric' NOT NULL,
  	"min" numeric,
  	"min_label" varchar,
  	"max" numeric,
  	"max_label" varchar
  );
  
  CREATE TABLE "outcome_instruments_improvement_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric
  );
  
  CREATE TABLE "outcome_instruments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"score_label" varchar NOT NULL,
  	"scoring_rule" "enum_outcome_instruments_scoring_rule" NOT NULL,
  	"decimals" numeric DEFAULT 1,
  	"better" "enum_outcome_instruments_better" NOT NULL,
  	"improvement_rule" "enum_outcome_instruments_improvement_rule" NOT NULL,
  	"threshold_percent" numeric DEFAULT 30,
  	"improvement_item_id" varchar,
  	"source" varchar NOT NULL,
  	"licence" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_up_plans_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"timing" "enum_follow_up_plans_points_timing" DEFAULT 'after' NOT NULL,
  	"amount" numeric,
  	"unit" "enum_follow_up_plans_points_unit",
  	"opens_days_before" numeric DEFAULT 7 NOT NULL,
  	"closes_days_after" numeric DEFAULT 14
  );
  
  CREATE TABLE "follow_up_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"due_time" varchar DEFAULT '09:00' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_up_plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"outcome_instruments_id" integer
  );
  
  CREATE TABLE "follow_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"patient_id" integer NOT NULL,
  	"diary_id" integer NOT NULL,
  	"ablation_appointment_id" integer,
  	"plan_source_id" integer,
  	"plan" jsonb NOT NULL,
  	"instruments" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_up_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"follow_up_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"point_key" varchar NOT NULL,
  	"instrument_key" varchar NOT NULL,
  	"answers" jsonb NOT NULL,
  	"score" jsonb,
  	"answered_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "diary_reminders" ALTER COLUMN "diary_id" DROP NOT NULL;
  ALTER TABLE "diary_reminders" ADD COLUMN "follow_up_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outcome_instruments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_up_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_ups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_up_responses_id" integer;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "outcome_improvement_threshold_percent" numeric DEFAULT 30;
  ALTER TABLE "outcome_instruments_items_options" ADD CONSTRAINT "outcome_instruments_items_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outcome_instruments_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcome_instruments_items" ADD CONSTRAINT "outcome_instruments_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outcome_instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcome_instruments_improvement_values" ADD CONSTRAINT "outcome_instruments_improvement_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outcome_instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_plans_points" ADD CONSTRAINT "follow_up_plans_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_plans" ADD CONSTRAINT "follow_up_plans_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_plans_rels" ADD CONSTRAINT "follow_up_plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."follow_up_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_plans_rels" ADD CONSTRAINT "follow_up_plans_rels_outcome_instruments_fk" FOREIGN KEY ("outcome_instruments_id") REFERENCES "public"."outcome_instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_diary_id_diaries_id_fk" FOREIGN KEY ("diary_id") REFERENCES "public"."diaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_ablation_appointment_id_appointments_id_fk" FOREIGN KEY ("ablation_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_plan_source_id_follow_up_plans_id_fk" FOREIGN KEY ("plan_source_id") REFERENCES "public"."follow_up_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_responses" ADD CONSTRAINT "follow_up_responses_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_responses" ADD CONSTRAINT "follow_up_responses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "outcome_instruments_items_options_order_idx" ON "outcome_instruments_items_options" USING btree ("_order");
  CREATE INDEX "outcome_instruments_items_options_parent_id_idx" ON "outcome_instruments_items_options" USING btree ("_parent_id");
  CREATE INDEX "outcome_instruments_items_order_idx" ON "outcome_instruments_items" USING btree ("_order");
  CREATE INDEX "outcome_instruments_items_parent_id_idx" ON "outcome_instruments_items" USING btree ("_parent_id");
  CREATE INDEX "outcome_instruments_improvement_values_order_idx" ON "outcome_instruments_improvement_values" USING btree ("_order");
  CREATE INDEX "outcome_instruments_improvement_values_parent_id_idx" ON "outcome_instruments_improvement_values" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "outcome_instruments_key_idx" ON "outcome_instruments" USING btree ("key");
  CREATE INDEX "outcome_instruments_updated_at_idx" ON "outcome_instruments" USING btree ("updated_at");
  CREATE INDEX "outcome_instruments_created_at_idx" ON "outcome_instruments" USING btree ("created_at");
  CREATE INDEX "follow_up_plans_points_order_idx" ON "follow_up_plans_points" USING btree ("_order");
  CREATE INDEX "follow_up_plans_points_parent_id_idx" ON "follow_up_plans_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "follow_up_plans_procedure_idx" ON "follow_up_plans" USING btree ("procedure_id");
  CREATE INDEX "follow_up_plans_updated_at_idx" ON "follow_up_plans" USING btree ("updated_at");
  CREATE INDEX "follow_up_plans_created_at_idx" ON "follow_up_plans" USING btree ("created_at");
  CREATE INDEX "follow_up_plans_rels_order_idx" ON "follow_up_plans_rels" USING btree ("order");
  CREATE INDEX "follow_up_plans_rels_parent_idx" ON "follow_up_plans_rels" USING btree ("parent_id");
  CREATE INDEX "follow_up_plans_rels_path_idx" ON "follow_up_plans_rels" USING btree ("path");
  CREATE INDEX "follow_up_plans_rels_outcome_instruments_id_idx" ON "follow_up_plans_rels" USING btree ("outcome_instruments_id");
  CREATE INDEX "follow_ups_patient_idx" ON "follow_ups" USING btree ("patient_id");
  CREATE UNIQUE INDEX "follow_ups_diary_idx" ON "follow_ups" USING btree ("diary_id");
  CREATE INDEX "follow_ups_ablation_appointment_idx" ON "follow_ups" USING btree ("ablation_appointment_id");
  CREATE INDEX "follow_ups_plan_source_idx" ON "follow_ups" USING btree ("plan_source_id");
  CREATE INDEX "follow_ups_updated_at_idx" ON "follow_ups" USING btree ("updated_at");
  CREATE INDEX "follow_ups_created_at_idx" ON "follow_ups" USING btree ("created_at");
  CREATE INDEX "follow_up_responses_follow_up_idx" ON "follow_up_responses" USING btree ("follow_up_id");
  CREATE INDEX "follow_up_responses_patient_idx" ON "follow_up_responses" USING btree ("patient_id");
  CREATE INDEX "follow_up_responses_answered_at_idx" ON "follow_up_responses" USING btree ("answered_at");
  CREATE INDEX "follow_up_responses_updated_at_idx" ON "follow_up_responses" USING btree ("updated_at");
  CREATE INDEX "follow_up_responses_created_at_idx" ON "follow_up_responses" USING btree ("created_at");
  CREATE UNIQUE INDEX "followUp_pointKey_instrumentKey_idx" ON "follow_up_responses" USING btree ("follow_up_id","point_key","instrument_key");
  ALTER TABLE "diary_reminders" ADD CONSTRAINT "diary_reminders_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outcome_instruments_fk" FOREIGN KEY ("outcome_instruments_id") REFERENCES "public"."outcome_instruments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_up_plans_fk" FOREIGN KEY ("follow_up_plans_id") REFERENCES "public"."follow_up_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_ups_fk" FOREIGN KEY ("follow_ups_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_up_responses_fk" FOREIGN KEY ("follow_up_responses_id") REFERENCES "public"."follow_up_responses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "diary_reminders_follow_up_idx" ON "diary_reminders" USING btree ("follow_up_id");
  CREATE UNIQUE INDEX "followUp_blockTime_firstPointKey_idx" ON "diary_reminders" USING btree ("follow_up_id","block_time","first_point_key");
  CREATE INDEX "payload_locked_documents_rels_outcome_instruments_id_idx" ON "payload_locked_documents_rels" USING btree ("outcome_instruments_id");
  CREATE INDEX "payload_locked_documents_rels_follow_up_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_up_plans_id");
  CREATE INDEX "payload_locked_documents_rels_follow_ups_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_ups_id");
  CREATE INDEX "payload_locked_documents_rels_follow_up_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_up_responses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outcome_instruments_items_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outcome_instruments_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outcome_instruments_improvement_values" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outcome_instruments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_plans_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_plans_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_ups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_responses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outcome_instruments_items_options" CASCADE;
  DROP TABLE "outcome_instruments_items" CASCADE;
  DROP TABLE "outcome_instruments_improvement_values" CASCADE;
  DROP TABLE "outcome_instruments" CASCADE;
  DROP TABLE "follow_up_plans_points" CASCADE;
  DROP TABLE "follow_up_plans" CASCADE;
  DROP TABLE "follow_up_plans_rels" CASCADE;
  DROP TABLE "follow_ups" CASCADE;
  DROP TABLE "follow_up_responses" CASCADE;
  ALTER TABLE "diary_reminders" DROP CONSTRAINT "diary_reminders_follow_up_id_follow_ups_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outcome_instruments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_up_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_ups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_up_responses_fk";
  
  DROP INDEX "diary_reminders_follow_up_idx";
  DROP INDEX "followUp_blockTime_firstPointKey_idx";
  DROP INDEX "payload_locked_documents_rels_outcome_instruments_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_up_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_ups_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_up_responses_id_idx";
  ALTER TABLE "diary_reminders" ALTER COLUMN "diary_id" SET NOT NULL;
  ALTER TABLE "diary_reminders" DROP COLUMN "follow_up_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outcome_instruments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_up_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_ups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_up_responses_id";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "outcome_improvement_threshold_percent";
  DROP TYPE "public"."enum_outcome_instruments_items_scale_kind";
  DROP TYPE "public"."enum_outcome_instruments_scoring_rule";
  DROP TYPE "public"."enum_outcome_instruments_better";
  DROP TYPE "public"."enum_outcome_instruments_improvement_rule";
  DROP TYPE "public"."enum_follow_up_plans_points_timing";
  DROP TYPE "public"."enum_follow_up_plans_points_unit";`)
}
