// Integration tests share the database and production server that `npm test` prepared.
process.env.PAYLOAD_DISABLE_JOBS = 'true'
for (const name of ['DATABASE_URL', 'APP_URL', 'PAYLOAD_SECRET', 'DEMO_PASSWORD']) {
  if (!process.env[name]) throw new Error(`${name} is not set: run the integration tests through \`npm test\`.`)
}
