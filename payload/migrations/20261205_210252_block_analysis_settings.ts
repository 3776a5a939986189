import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "block_analysis_settings_profiles" ADD COLUMN "source" varchar;
  ALTER TABLE "block_analysis_settings_profiles" ADD COLUMN "jurisdiction" varchar;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "expected_maximum_hours_lidocaine" numeric DEFAULT 4 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "expected_maximum_hours_bupivacaine" numeric DEFAULT 12 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "expected_maximum_hours_other" numeric DEFAULT 12 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "onset_window_minutes_lidocaine" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "onset_window_minutes_bupivacaine" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "onset_window_minutes_other" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "bridge_gap_minutes" numeric DEFAULT 120 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "no_painkiller_window_hours" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "block_analysis_settings" ADD COLUMN "reported_relief_disagreement_points" numeric DEFAULT 20 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "block_analysis_settings_profiles" DROP COLUMN "source";
  ALTER TABLE "block_analysis_settings_profiles" DROP COLUMN "jurisdiction";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "expected_maximum_hours_lidocaine";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "expected_maximum_hours_bupivacaine";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "expected_maximum_hours_other";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "onset_window_minutes_lidocaine";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "onset_window_minutes_bupivacaine";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "onset_window_minutes_other";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "bridge_gap_minutes";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "no_painkiller_window_hours";
  ALTER TABLE "block_analysis_settings" DROP COLUMN "reported_relief_disagreement_points";`)
}
