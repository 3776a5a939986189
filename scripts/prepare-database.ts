/**
 * Applies the committed migrations (or, in dev, lets Payload push the schema) and, with --seed-demo,
 * seeds demo content and accounts into an empty database (never into one that already has data).
 * Reads DATABASE_URL and secrets from the environment.
 */
import { getPayload } from 'payload'

process.env.PAYLOAD_DISABLE_JOBS = 'true'

const { default: config } = await import('../payload.config')
const { isDatabaseEmpty, seedDemo } = await import('../payload/seed')

const payload = await getPayload({ config })
if (process.env.PAYLOAD_DB_PUSH !== 'true') await payload.db.migrate()
if (process.argv.includes('--seed-demo')) {
  if (await isDatabaseEmpty(payload)) {
    const password = process.env.DEMO_PASSWORD
    if (!password) throw new Error('DEMO_PASSWORD is not set')
    await seedDemo(payload, { password, totpSecret: process.env.DEMO_TOTP_SECRET })
    console.log('Seeded demo content and demo accounts.')
  } else {
    console.log('The database already has data: not seeding.')
  }
}
await payload.destroy()
process.exit(0)
