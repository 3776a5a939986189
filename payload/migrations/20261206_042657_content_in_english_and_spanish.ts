import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__conditions_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__instructions_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_patients_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__consent_documents_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_consents_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__diary_templates_v_published_locale" AS ENUM('en', 'es');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'language-changed';
  CREATE TABLE "procedures_sections_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_sections_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conditions_sections_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "conditions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conditions_v_version_sections_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conditions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"hero_heading" varchar,
  	"hero_text" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_hero_heading" varchar,
  	"version_hero_text" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "instructions_locales" (
  	"title" varchar,
  	"details" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_instructions_v_locales" (
  	"version_title" varchar,
  	"version_details" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "consent_documents_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_consent_documents_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "diary_templates_time_points_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "diary_templates_locales" (
  	"title" varchar DEFAULT 'Medial branch block pain diary',
  	"introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.',
  	"wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?',
  	"wording_pain_low" varchar DEFAULT 'No pain',
  	"wording_pain_high" varchar DEFAULT 'Worst pain you can imagine',
  	"wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)',
  	"wording_activity" varchar DEFAULT 'Which activity did you do?',
  	"wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_diary_templates_v_version_time_points_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_diary_templates_v_locales" (
  	"version_title" varchar DEFAULT 'Medial branch block pain diary',
  	"version_introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.',
  	"version_wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?',
  	"version_wording_pain_low" varchar DEFAULT 'No pain',
  	"version_wording_pain_high" varchar DEFAULT 'Worst pain you can imagine',
  	"version_wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)',
  	"version_wording_activity" varchar DEFAULT 'Which activity did you do?',
  	"version_wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_locales" (
  	"footer_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "appointments" ALTER COLUMN "location" SET DEFAULT 'Harbour Spine Clinic, 200 Atlantic Avenue, Suite 300, Boston, MA 02110';
  ALTER TABLE "_procedures_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_procedures_v" ADD COLUMN "published_locale" "enum__procedures_v_published_locale";
  ALTER TABLE "_conditions_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_conditions_v" ADD COLUMN "published_locale" "enum__conditions_v_published_locale";
  ALTER TABLE "_faqs_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_faqs_v" ADD COLUMN "published_locale" "enum__faqs_v_published_locale";
  ALTER TABLE "_pages_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "published_locale" "enum__pages_v_published_locale";
  ALTER TABLE "_instructions_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_instructions_v" ADD COLUMN "published_locale" "enum__instructions_v_published_locale";
  ALTER TABLE "patients" ADD COLUMN "language" "enum_patients_language" DEFAULT 'en';
  ALTER TABLE "consent_documents_benefits" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_benefits" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "consent_documents_risks_common" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_risks_common" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "consent_documents_risks_less_common" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_risks_less_common" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "consent_documents_risks_rare" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_risks_rare" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "consent_documents_alternatives" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_alternatives" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "consent_documents_acknowledgements" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "consent_documents_acknowledgements" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_benefits" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_benefits" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_risks_common" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_risks_common" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_risks_less_common" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_risks_less_common" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_risks_rare" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_risks_rare" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_alternatives" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_alternatives" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v_version_acknowledgements" ADD COLUMN "_locale" "_locales" DEFAULT \'en\' NOT NULL;
  ALTER TABLE "_consent_documents_v_version_acknowledgements" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_consent_documents_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_consent_documents_v" ADD COLUMN "published_locale" "enum__consent_documents_v_published_locale";
  ALTER TABLE "consents" ADD COLUMN "locale" "enum_consents_locale" DEFAULT 'en' NOT NULL;
  ALTER TABLE "_diary_templates_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_diary_templates_v" ADD COLUMN "published_locale" "enum__diary_templates_v_published_locale";
  ALTER TABLE "procedures_sections_locales" ADD CONSTRAINT "procedures_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_sections_locales" ADD CONSTRAINT "_procedures_v_version_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_sections_locales" ADD CONSTRAINT "conditions_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_sections_locales" ADD CONSTRAINT "_conditions_v_version_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v_version_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instructions_locales" ADD CONSTRAINT "instructions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instructions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_instructions_v_locales" ADD CONSTRAINT "_instructions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_instructions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_documents_locales" ADD CONSTRAINT "consent_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_documents_v_locales" ADD CONSTRAINT "_consent_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diary_templates_time_points_locales" ADD CONSTRAINT "diary_templates_time_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."diary_templates_time_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diary_templates_locales" ADD CONSTRAINT "diary_templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."diary_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_diary_templates_v_version_time_points_locales" ADD CONSTRAINT "_diary_templates_v_version_time_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_diary_templates_v_version_time_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_diary_templates_v_locales" ADD CONSTRAINT "_diary_templates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_diary_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation_locales" ADD CONSTRAINT "site_settings_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "procedures_sections_locales_locale_parent_id_unique" ON "procedures_sections_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_sections_locales_locale_parent_id_uniq" ON "_procedures_v_version_sections_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "conditions_sections_locales_locale_parent_id_unique" ON "conditions_sections_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_conditions_v_version_sections_locales_locale_parent_id_uniq" ON "_conditions_v_version_sections_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_conditions_v_locales_locale_parent_id_unique" ON "_conditions_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "instructions_locales_locale_parent_id_unique" ON "instructions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_instructions_v_locales_locale_parent_id_unique" ON "_instructions_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "consent_documents_locales_locale_parent_id_unique" ON "consent_documents_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_consent_documents_v_locales_locale_parent_id_unique" ON "_consent_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "diary_templates_time_points_locales_locale_parent_id_unique" ON "diary_templates_time_points_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "diary_templates_locales_locale_parent_id_unique" ON "diary_templates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_diary_templates_v_version_time_points_locales_locale_parent" ON "_diary_templates_v_version_time_points_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_diary_templates_v_locales_locale_parent_id_unique" ON "_diary_templates_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_navigation_locales_locale_parent_id_unique" ON "site_settings_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_conditions_v_snapshot_idx" ON "_conditions_v" USING btree ("snapshot");
  CREATE INDEX "_conditions_v_published_locale_idx" ON "_conditions_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_instructions_v_snapshot_idx" ON "_instructions_v" USING btree ("snapshot");
  CREATE INDEX "_instructions_v_published_locale_idx" ON "_instructions_v" USING btree ("published_locale");
  CREATE INDEX "consent_documents_benefits_locale_idx" ON "consent_documents_benefits" USING btree ("_locale");
  CREATE INDEX "consent_documents_risks_common_locale_idx" ON "consent_documents_risks_common" USING btree ("_locale");
  CREATE INDEX "consent_documents_risks_less_common_locale_idx" ON "consent_documents_risks_less_common" USING btree ("_locale");
  CREATE INDEX "consent_documents_risks_rare_locale_idx" ON "consent_documents_risks_rare" USING btree ("_locale");
  CREATE INDEX "consent_documents_alternatives_locale_idx" ON "consent_documents_alternatives" USING btree ("_locale");
  CREATE INDEX "consent_documents_acknowledgements_locale_idx" ON "consent_documents_acknowledgements" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_benefits_locale_idx" ON "_consent_documents_v_version_benefits" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_risks_common_locale_idx" ON "_consent_documents_v_version_risks_common" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_risks_less_common_locale_idx" ON "_consent_documents_v_version_risks_less_common" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_risks_rare_locale_idx" ON "_consent_documents_v_version_risks_rare" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_alternatives_locale_idx" ON "_consent_documents_v_version_alternatives" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_version_acknowledgements_locale_idx" ON "_consent_documents_v_version_acknowledgements" USING btree ("_locale");
  CREATE INDEX "_consent_documents_v_snapshot_idx" ON "_consent_documents_v" USING btree ("snapshot");
  CREATE INDEX "_consent_documents_v_published_locale_idx" ON "_consent_documents_v" USING btree ("published_locale");
  CREATE INDEX "_diary_templates_v_snapshot_idx" ON "_diary_templates_v" USING btree ("snapshot");
  CREATE INDEX "_diary_templates_v_published_locale_idx" ON "_diary_templates_v" USING btree ("published_locale");
  -- What the clinic wrote so far is its English text: copied into the per-language tables before the columns go.
  INSERT INTO "procedures_sections_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "procedures_sections";
  INSERT INTO "procedures_locales" ("title", "summary", "meta_title", "meta_description", "_locale", "_parent_id") SELECT "title", "summary", "meta_title", "meta_description", 'en', "id" FROM "procedures";
  INSERT INTO "_procedures_v_version_sections_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "_procedures_v_version_sections";
  INSERT INTO "_procedures_v_locales" ("version_title", "version_summary", "version_meta_title", "version_meta_description", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_meta_title", "version_meta_description", 'en', "id" FROM "_procedures_v";
  INSERT INTO "conditions_sections_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "conditions_sections";
  INSERT INTO "conditions_locales" ("title", "summary", "meta_title", "meta_description", "_locale", "_parent_id") SELECT "title", "summary", "meta_title", "meta_description", 'en', "id" FROM "conditions";
  INSERT INTO "_conditions_v_version_sections_locales" ("heading", "body", "_locale", "_parent_id") SELECT "heading", "body", 'en', "id" FROM "_conditions_v_version_sections";
  INSERT INTO "_conditions_v_locales" ("version_title", "version_summary", "version_meta_title", "version_meta_description", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_meta_title", "version_meta_description", 'en', "id" FROM "_conditions_v";
  INSERT INTO "faqs_locales" ("question", "answer", "_locale", "_parent_id") SELECT "question", "answer", 'en', "id" FROM "faqs";
  INSERT INTO "_faqs_v_locales" ("version_question", "version_answer", "_locale", "_parent_id") SELECT "version_question", "version_answer", 'en', "id" FROM "_faqs_v";
  INSERT INTO "pages_locales" ("title", "hero_heading", "hero_text", "body", "meta_title", "meta_description", "_locale", "_parent_id") SELECT "title", "hero_heading", "hero_text", "body", "meta_title", "meta_description", 'en', "id" FROM "pages";
  INSERT INTO "_pages_v_locales" ("version_title", "version_hero_heading", "version_hero_text", "version_body", "version_meta_title", "version_meta_description", "_locale", "_parent_id") SELECT "version_title", "version_hero_heading", "version_hero_text", "version_body", "version_meta_title", "version_meta_description", 'en', "id" FROM "_pages_v";
  INSERT INTO "instructions_locales" ("title", "details", "_locale", "_parent_id") SELECT "title", "details", 'en', "id" FROM "instructions";
  INSERT INTO "_instructions_v_locales" ("version_title", "version_details", "_locale", "_parent_id") SELECT "version_title", "version_details", 'en', "id" FROM "_instructions_v";
  INSERT INTO "consent_documents_locales" ("title", "body", "_locale", "_parent_id") SELECT "title", "body", 'en', "id" FROM "consent_documents";
  INSERT INTO "_consent_documents_v_locales" ("version_title", "version_body", "_locale", "_parent_id") SELECT "version_title", "version_body", 'en', "id" FROM "_consent_documents_v";
  INSERT INTO "diary_templates_time_points_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "diary_templates_time_points";
  INSERT INTO "diary_templates_locales" ("title", "introduction", "wording_pain", "wording_pain_low", "wording_pain_high", "wording_relief", "wording_activity", "wording_medicines", "_locale", "_parent_id") SELECT "title", "introduction", "wording_pain", "wording_pain_low", "wording_pain_high", "wording_relief", "wording_activity", "wording_medicines", 'en', "id" FROM "diary_templates";
  INSERT INTO "_diary_templates_v_version_time_points_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "_diary_templates_v_version_time_points";
  INSERT INTO "_diary_templates_v_locales" ("version_title", "version_introduction", "version_wording_pain", "version_wording_pain_low", "version_wording_pain_high", "version_wording_relief", "version_wording_activity", "version_wording_medicines", "_locale", "_parent_id") SELECT "version_title", "version_introduction", "version_wording_pain", "version_wording_pain_low", "version_wording_pain_high", "version_wording_relief", "version_wording_activity", "version_wording_medicines", 'en', "id" FROM "_diary_templates_v";
  INSERT INTO "site_settings_navigation_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "site_settings_navigation";
  INSERT INTO "site_settings_footer_links_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "site_settings_footer_links";
  INSERT INTO "site_settings_locales" ("footer_text", "_locale", "_parent_id") SELECT "footer_text", 'en', "id" FROM "site_settings";
  ALTER TABLE "procedures_sections" DROP COLUMN "heading";
  ALTER TABLE "procedures_sections" DROP COLUMN "body";
  ALTER TABLE "procedures" DROP COLUMN "title";
  ALTER TABLE "procedures" DROP COLUMN "summary";
  ALTER TABLE "procedures" DROP COLUMN "meta_title";
  ALTER TABLE "procedures" DROP COLUMN "meta_description";
  ALTER TABLE "_procedures_v_version_sections" DROP COLUMN "heading";
  ALTER TABLE "_procedures_v_version_sections" DROP COLUMN "body";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_title";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_summary";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "conditions_sections" DROP COLUMN "heading";
  ALTER TABLE "conditions_sections" DROP COLUMN "body";
  ALTER TABLE "conditions" DROP COLUMN "title";
  ALTER TABLE "conditions" DROP COLUMN "summary";
  ALTER TABLE "conditions" DROP COLUMN "meta_title";
  ALTER TABLE "conditions" DROP COLUMN "meta_description";
  ALTER TABLE "_conditions_v_version_sections" DROP COLUMN "heading";
  ALTER TABLE "_conditions_v_version_sections" DROP COLUMN "body";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_title";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_summary";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "faqs" DROP COLUMN "question";
  ALTER TABLE "faqs" DROP COLUMN "answer";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_question";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_answer";
  ALTER TABLE "pages" DROP COLUMN "title";
  ALTER TABLE "pages" DROP COLUMN "hero_heading";
  ALTER TABLE "pages" DROP COLUMN "hero_text";
  ALTER TABLE "pages" DROP COLUMN "body";
  ALTER TABLE "pages" DROP COLUMN "meta_title";
  ALTER TABLE "pages" DROP COLUMN "meta_description";
  ALTER TABLE "_pages_v" DROP COLUMN "version_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_hero_heading";
  ALTER TABLE "_pages_v" DROP COLUMN "version_hero_text";
  ALTER TABLE "_pages_v" DROP COLUMN "version_body";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "instructions" DROP COLUMN "title";
  ALTER TABLE "instructions" DROP COLUMN "details";
  ALTER TABLE "_instructions_v" DROP COLUMN "version_title";
  ALTER TABLE "_instructions_v" DROP COLUMN "version_details";
  ALTER TABLE "consent_documents" DROP COLUMN "title";
  ALTER TABLE "consent_documents" DROP COLUMN "body";
  ALTER TABLE "_consent_documents_v" DROP COLUMN "version_title";
  ALTER TABLE "_consent_documents_v" DROP COLUMN "version_body";
  ALTER TABLE "diary_templates_time_points" DROP COLUMN "label";
  ALTER TABLE "diary_templates" DROP COLUMN "title";
  ALTER TABLE "diary_templates" DROP COLUMN "introduction";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_pain";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_pain_low";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_pain_high";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_relief";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_activity";
  ALTER TABLE "diary_templates" DROP COLUMN "wording_medicines";
  ALTER TABLE "_diary_templates_v_version_time_points" DROP COLUMN "label";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_title";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_introduction";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_pain";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_pain_low";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_pain_high";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_relief";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_activity";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "version_wording_medicines";
  ALTER TABLE "site_settings_navigation" DROP COLUMN "label";
  ALTER TABLE "site_settings_footer_links" DROP COLUMN "label";
  ALTER TABLE "site_settings" DROP COLUMN "footer_text";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_sections_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_faqs_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instructions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_instructions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_documents_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_templates_time_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "diary_templates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_diary_templates_v_version_time_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_diary_templates_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_navigation_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_footer_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "procedures_sections_locales" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "_procedures_v_version_sections_locales" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "conditions_sections_locales" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "_conditions_v_version_sections_locales" CASCADE;
  DROP TABLE "_conditions_v_locales" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "instructions_locales" CASCADE;
  DROP TABLE "_instructions_v_locales" CASCADE;
  DROP TABLE "consent_documents_locales" CASCADE;
  DROP TABLE "_consent_documents_v_locales" CASCADE;
  DROP TABLE "diary_templates_time_points_locales" CASCADE;
  DROP TABLE "diary_templates_locales" CASCADE;
  DROP TABLE "_diary_templates_v_version_time_points_locales" CASCADE;
  DROP TABLE "_diary_templates_v_locales" CASCADE;
  DROP TABLE "site_settings_navigation_locales" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'invite-sent', 'invite-used', 'password-reset', 'read', 'create', 'update', 'delete', 'consent-signed', 'consent-withdrawn', 'export', 'download', 'second-factor-enrolment', 'second-factor-check', 'second-factor-reset', 'reminder-consent-given', 'reminder-consent-withdrawn', 'reminder-settings');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "_procedures_v_snapshot_idx";
  DROP INDEX "_procedures_v_published_locale_idx";
  DROP INDEX "_conditions_v_snapshot_idx";
  DROP INDEX "_conditions_v_published_locale_idx";
  DROP INDEX "_faqs_v_snapshot_idx";
  DROP INDEX "_faqs_v_published_locale_idx";
  DROP INDEX "_pages_v_snapshot_idx";
  DROP INDEX "_pages_v_published_locale_idx";
  DROP INDEX "_instructions_v_snapshot_idx";
  DROP INDEX "_instructions_v_published_locale_idx";
  DROP INDEX "consent_documents_benefits_locale_idx";
  DROP INDEX "consent_documents_risks_common_locale_idx";
  DROP INDEX "consent_documents_risks_less_common_locale_idx";
  DROP INDEX "consent_documents_risks_rare_locale_idx";
  DROP INDEX "consent_documents_alternatives_locale_idx";
  DROP INDEX "consent_documents_acknowledgements_locale_idx";
  DROP INDEX "_consent_documents_v_version_benefits_locale_idx";
  DROP INDEX "_consent_documents_v_version_risks_common_locale_idx";
  DROP INDEX "_consent_documents_v_version_risks_less_common_locale_idx";
  DROP INDEX "_consent_documents_v_version_risks_rare_locale_idx";
  DROP INDEX "_consent_documents_v_version_alternatives_locale_idx";
  DROP INDEX "_consent_documents_v_version_acknowledgements_locale_idx";
  DROP INDEX "_consent_documents_v_snapshot_idx";
  DROP INDEX "_consent_documents_v_published_locale_idx";
  DROP INDEX "_diary_templates_v_snapshot_idx";
  DROP INDEX "_diary_templates_v_published_locale_idx";
  ALTER TABLE "appointments" ALTER COLUMN "location" SET DEFAULT 'Harbour Spine Clinic, 12 Quay Street, Manchester M3 3HN';
  ALTER TABLE "procedures_sections" ADD COLUMN "heading" varchar;
  ALTER TABLE "procedures_sections" ADD COLUMN "body" jsonb;
  ALTER TABLE "procedures" ADD COLUMN "title" varchar;
  ALTER TABLE "procedures" ADD COLUMN "summary" varchar;
  ALTER TABLE "procedures" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "procedures" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_procedures_v_version_sections" ADD COLUMN "heading" varchar;
  ALTER TABLE "_procedures_v_version_sections" ADD COLUMN "body" jsonb;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "conditions_sections" ADD COLUMN "heading" varchar;
  ALTER TABLE "conditions_sections" ADD COLUMN "body" jsonb;
  ALTER TABLE "conditions" ADD COLUMN "title" varchar;
  ALTER TABLE "conditions" ADD COLUMN "summary" varchar;
  ALTER TABLE "conditions" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "conditions" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_conditions_v_version_sections" ADD COLUMN "heading" varchar;
  ALTER TABLE "_conditions_v_version_sections" ADD COLUMN "body" jsonb;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "faqs" ADD COLUMN "question" varchar;
  ALTER TABLE "faqs" ADD COLUMN "answer" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_question" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_answer" jsonb;
  ALTER TABLE "pages" ADD COLUMN "title" varchar;
  ALTER TABLE "pages" ADD COLUMN "hero_heading" varchar;
  ALTER TABLE "pages" ADD COLUMN "hero_text" varchar;
  ALTER TABLE "pages" ADD COLUMN "body" jsonb;
  ALTER TABLE "pages" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_hero_heading" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_hero_text" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "instructions" ADD COLUMN "title" varchar;
  ALTER TABLE "instructions" ADD COLUMN "details" varchar;
  ALTER TABLE "_instructions_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_instructions_v" ADD COLUMN "version_details" varchar;
  ALTER TABLE "consent_documents" ADD COLUMN "title" varchar;
  ALTER TABLE "consent_documents" ADD COLUMN "body" jsonb;
  ALTER TABLE "_consent_documents_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_consent_documents_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "diary_templates_time_points" ADD COLUMN "label" varchar;
  ALTER TABLE "diary_templates" ADD COLUMN "title" varchar DEFAULT 'Medial branch block pain diary';
  ALTER TABLE "diary_templates" ADD COLUMN "introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_pain_low" varchar DEFAULT 'No pain';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_pain_high" varchar DEFAULT 'Worst pain you can imagine';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_activity" varchar DEFAULT 'Which activity did you do?';
  ALTER TABLE "diary_templates" ADD COLUMN "wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)';
  ALTER TABLE "_diary_templates_v_version_time_points" ADD COLUMN "label" varchar;
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_title" varchar DEFAULT 'Medial branch block pain diary';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_introduction" varchar DEFAULT 'This diary shows your specialist how much the block eased your usual pain, and for how long. Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. Answer each question when it is due. If you miss one, answer it as soon as you can.';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_pain" varchar DEFAULT 'How bad is your usual pain now, while you do the activity that brings it on?';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_pain_low" varchar DEFAULT 'No pain';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_pain_high" varchar DEFAULT 'Worst pain you can imagine';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_relief" varchar DEFAULT 'How much relief do you feel compared with before the block, in percent? (optional)';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_activity" varchar DEFAULT 'Which activity did you do?';
  ALTER TABLE "_diary_templates_v" ADD COLUMN "version_wording_medicines" varchar DEFAULT 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)';
  ALTER TABLE "site_settings_navigation" ADD COLUMN "label" varchar NOT NULL;
  ALTER TABLE "site_settings_footer_links" ADD COLUMN "label" varchar NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "footer_text" varchar;
  ALTER TABLE "_procedures_v" DROP COLUMN "snapshot";
  ALTER TABLE "_procedures_v" DROP COLUMN "published_locale";
  ALTER TABLE "_conditions_v" DROP COLUMN "snapshot";
  ALTER TABLE "_conditions_v" DROP COLUMN "published_locale";
  ALTER TABLE "_faqs_v" DROP COLUMN "snapshot";
  ALTER TABLE "_faqs_v" DROP COLUMN "published_locale";
  ALTER TABLE "_pages_v" DROP COLUMN "snapshot";
  ALTER TABLE "_pages_v" DROP COLUMN "published_locale";
  ALTER TABLE "_instructions_v" DROP COLUMN "snapshot";
  ALTER TABLE "_instructions_v" DROP COLUMN "published_locale";
  ALTER TABLE "patients" DROP COLUMN "language";
  ALTER TABLE "consent_documents_benefits" DROP COLUMN "_locale";
  ALTER TABLE "consent_documents_risks_common" DROP COLUMN "_locale";
  ALTER TABLE "consent_documents_risks_less_common" DROP COLUMN "_locale";
  ALTER TABLE "consent_documents_risks_rare" DROP COLUMN "_locale";
  ALTER TABLE "consent_documents_alternatives" DROP COLUMN "_locale";
  ALTER TABLE "consent_documents_acknowledgements" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_benefits" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_risks_common" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_risks_less_common" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_risks_rare" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_alternatives" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v_version_acknowledgements" DROP COLUMN "_locale";
  ALTER TABLE "_consent_documents_v" DROP COLUMN "snapshot";
  ALTER TABLE "_consent_documents_v" DROP COLUMN "published_locale";
  ALTER TABLE "consents" DROP COLUMN "locale";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "snapshot";
  ALTER TABLE "_diary_templates_v" DROP COLUMN "published_locale";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum__conditions_v_published_locale";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__instructions_v_published_locale";
  DROP TYPE "public"."enum_patients_language";
  DROP TYPE "public"."enum__consent_documents_v_published_locale";
  DROP TYPE "public"."enum_consents_locale";
  DROP TYPE "public"."enum__diary_templates_v_published_locale";`)
}
