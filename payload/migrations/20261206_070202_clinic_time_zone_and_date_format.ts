import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_date_format_region" AS ENUM('US', 'GB');
  ALTER TABLE "site_settings" ADD COLUMN "time_zone" varchar DEFAULT 'America/New_York' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "date_format_region" "enum_site_settings_date_format_region" DEFAULT 'US' NOT NULL;`)
  // A clinic already running read its dates in London time, British style (the code's constants before
  // these settings): it keeps them. New databases take the defaults (the demo clinic in Boston).
  await db.execute(sql`UPDATE "site_settings" SET "time_zone" = 'Europe/London', "date_format_region" = 'GB';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "time_zone";
  ALTER TABLE "site_settings" DROP COLUMN "date_format_region";
  DROP TYPE "public"."enum_site_settings_date_format_region";`)
}
