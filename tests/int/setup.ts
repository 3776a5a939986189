// Integration tests share the database and production server that `npm test` prepared.
process.env.PAYLOAD_DISABLE_JOBS = 'true'
// `npm test -- --push` pushed the schema before the server started. Pushing again from each test file
// would drop tables Payload does not own, such as the shared rate-limit table, under the running server.
process.env.PAYLOAD_DB_PUSH = 'false'
for (const name of ['DATABASE_URL', 'APP_URL', 'PAYLOAD_SECRET', 'DEMO_PASSWORD']) {
  if (!process.env[name]) throw new Error(`${name} is not set: run the integration tests through \`npm test\`.`)
}
