/**
 * The floor for `npm run bench:diary`: the least an autosave can cost on this database. A bare
 * node:http handler with its own pg pool (the app's size and timeouts) that does one autosave's work
 * and nothing else: read the portal cookie (next-auth's encrypted token, the same decode as the app),
 * look the session up (and restart its idle clock when the app would), check that the appointment is
 * the patient's and find its diary, validate the answers with the form's schema, upsert them, and
 * answer with the diary's entries read back: the app's own statements and functions for each step.
 * No framework, no routing, no security headers, no logging: what is left between this and the app
 * is the app's own overhead.
 *
 * Not a server for patients: it handles exactly one route and trusts the benchmark's requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import pg from 'pg'

import { diaryWithEntries, ownAppointmentDiary, upsertEntries } from '../collections/Diaries/store'
import { diaryAutosaveSchema, mergeEntries } from '../lib/diary'
import { livePatientOfSession } from '../payload/auth/patientSessions'
import { readPortalToken } from '../payload/auth/sessionCookie'
import { databaseTimeouts } from '../payload/db/timeouts'
import { DATABASE_POOL_SIZE } from '../payload/db/transactionSlots'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: DATABASE_POOL_SIZE, ...databaseTimeouts() })
const ENTRIES_PATH = /^\/api\/diaries\/(\d+)\/entries$/

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The app's own statements (collections/Diaries/store.ts, payload/auth/patientSessions.ts), on this pool. */
async function autosave(req: IncomingMessage, res: ServerResponse, appointmentId: number) {
  const token = await readPortalToken(new Headers({ cookie: req.headers.cookie ?? '' }))
  const patientId = token?.sid ? await livePatientOfSession(pool, token.sid) : null
  if (patientId === null) return answer(res, 401, { message: 'signed out' })
  const own = await ownAppointmentDiary(pool, appointmentId, patientId)
  if (!own?.diary || own.appointmentStatus === 'cancelled') return answer(res, 404, { message: 'not found' })
  const parsed = diaryAutosaveSchema.safeParse(JSON.parse(await readBody(req)))
  if (!parsed.success) return answer(res, 422, { message: parsed.error.issues[0]?.message })
  if (own.diary.status === 'submitted') return answer(res, 409, { message: 'submitted' })

  await upsertEntries(pool, own.diary.id, mergeEntries([], parsed.data.entries))
  answer(res, 200, await diaryWithEntries(pool, own.diary.id))
}

const server = createServer((req, res) => {
  const match = req.method === 'POST' ? ENTRIES_PATH.exec(req.url ?? '') : null
  if (!match) return answer(res, req.url === '/robots.txt' ? 200 : 404, {})
  autosave(req, res, Number(match[1])).catch((error: Error) => answer(res, 500, { message: error.message }))
})
server.keepAliveTimeout = 5_000
server.listen(Number(process.env.PORT))

function stop() {
  server.close(() => void pool.end().then(() => process.exit(0)))
  server.closeIdleConnections()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
