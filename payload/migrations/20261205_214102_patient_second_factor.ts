import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "patients" ADD COLUMN "second_factor_secret" varchar;
  ALTER TABLE "patients" ADD COLUMN "second_factor_pending_secret" varchar;
  ALTER TABLE "patients" ADD COLUMN "second_factor_last_step" numeric;
  ALTER TABLE "patients" ADD COLUMN "second_factor_recovery_codes" jsonb;
  ALTER TABLE "patients" ADD COLUMN "second_factor_enrolled_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "patients" DROP COLUMN "second_factor_secret";
  ALTER TABLE "patients" DROP COLUMN "second_factor_pending_secret";
  ALTER TABLE "patients" DROP COLUMN "second_factor_last_step";
  ALTER TABLE "patients" DROP COLUMN "second_factor_recovery_codes";
  ALTER TABLE "patients" DROP COLUMN "second_factor_enrolled_at";`)
}
