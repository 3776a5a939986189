import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "patients" ADD COLUMN "clinic_number" varchar;
  CREATE UNIQUE INDEX "patients_clinic_number_idx" ON "patients" USING btree ("clinic_number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "patients_clinic_number_idx";
  ALTER TABLE "patients" DROP COLUMN "clinic_number";`)
}
