import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_TIME_POINTS, mergeEntries } from '@/lib/diary'
import { clinicTime, createDiaryPatient, diaryApi, diaryOf, entry, storedEntries } from './helpers/diary'
import { getTestPayload } from './helpers/payload'

const KEYS = DEFAULT_TIME_POINTS.map((point) => point.key)
const PARALLEL = 50

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type Sent = ReturnType<typeof entry> & { timePointKey: string; answeredAt: string; clientId: string; nrs: number }

function answer(index: number, key: string, start: number): Sent {
  return entry(key, index % 11, { answeredAt: new Date(start + index * 1000).toISOString() }) as Sent
}

/** What the diary must hold: one answer per time point, the one given last. */
function expected(sent: Sent[]) {
  return mergeEntries([], sent)
    .map(({ timePointKey, nrs, clientId }) => ({ timePointKey, nrs, clientId }))
    .sort((a, b) => a.timePointKey.localeCompare(b.timePointKey))
}

async function stored(appointmentId: number) {
  return (await storedEntries(payload, appointmentId)).map(({ timePointKey, nrs, clientId }) => ({ timePointKey, nrs, clientId }))
}

describe(`${PARALLEL} autosaves of one diary at the same time`, () => {
  it('leave exactly the answers sent: one per time point, the latest, none lost or duplicated', async () => {
    const patient = await createDiaryPatient(payload, 'Parallel Patient', { hoursAgo: 20 })
    const api = diaryApi(patient)
    expect((await api.setBlockTime(patient.blockAppointmentId, clinicTime(patient.blockAt))).status).toBe(200)
    const start = Date.now() - 3600_000
    // Overlapping: 50 answers over 12 time points, sent in a shuffled order, each alone or with a neighbour.
    const sent = Array.from({ length: PARALLEL }, (_, index) => answer(index, KEYS[(index * 7) % KEYS.length], start))
    const batches = sent.map((one, index) => (index % 3 === 0 && sent[index + 1] ? [one, sent[index + 1]] : [one])).reverse()

    const responses = await Promise.all(batches.map((entries) => api.save(patient.blockAppointmentId, { entries })))
    expect(responses.map((response) => response.status)).toEqual(batches.map(() => 200))
    expect(await stored(patient.blockAppointmentId)).toEqual(expected(sent))
  })

  it('store a diary’s first answers once, even when every request starts the diary', async () => {
    const patient = await createDiaryPatient(payload, 'Racing Starter')
    const start = Date.now() - 600_000
    const sent = Array.from({ length: PARALLEL }, (_, index) => answer(index, 'baseline', start))
    const responses = await Promise.all(sent.map((one) => diaryApi(patient).save(patient.blockAppointmentId, { entries: [one] })))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect(await stored(patient.blockAppointmentId)).toEqual(expected(sent))
    const { totalDocs } = await payload.count({ collection: 'diaries', where: { appointment: { equals: patient.blockAppointmentId } } })
    expect(totalDocs).toBe(1)
  })

  it('ten patients starting their diaries at the same moment each get theirs, dated and reminded', async () => {
    const patients = []
    for (let index = 0; index < 10; index++) patients.push(await createDiaryPatient(payload, `Starter ${index}`))
    const started = await Promise.all(
      patients.map(async (patient) => {
        const api = diaryApi(patient)
        const saved = await api.save(patient.blockAppointmentId, { entries: [entry('baseline', 6)] })
        const dated = await api.setBlockTime(patient.blockAppointmentId, clinicTime(patient.blockAt))
        return [saved.status, dated.status]
      }),
    )
    expect(started).toEqual(patients.map(() => [200, 200]))
    for (const patient of patients) {
      expect((await diaryOf(payload, patient.blockAppointmentId))?.blockTime).toBe(patient.blockAt.toISOString())
      expect(await stored(patient.blockAppointmentId)).toHaveLength(1)
    }
  })

  it('the same batch re-sent 50 times stores it once', async () => {
    const patient = await createDiaryPatient(payload, 'Retrying Patient')
    const batch = [answer(1, 'baseline', Date.now() - 60_000), answer(2, 'baseline', Date.now() - 30_000)]
    await Promise.all(Array.from({ length: PARALLEL }, () => diaryApi(patient).save(patient.blockAppointmentId, { entries: batch })))
    expect(await stored(patient.blockAppointmentId)).toEqual(expected(batch))
  })

  it('racing a submit: answers confirmed before it are kept, answers refused after it are not stored', async () => {
    const patient = await createDiaryPatient(payload, 'Submit Racer', { hoursAgo: 20 })
    const api = diaryApi(patient)
    expect((await api.setBlockTime(patient.blockAppointmentId, clinicTime(patient.blockAt))).status).toBe(200)
    const start = Date.now() - 3600_000
    const first = answer(0, 'baseline', start)
    expect((await api.save(patient.blockAppointmentId, { entries: [first] })).status).toBe(200)

    const sent = Array.from({ length: 30 }, (_, index) => answer(index + 1, KEYS[index % KEYS.length], start))
    const [submit, ...saves] = await Promise.all([
      api.submit(patient.blockAppointmentId),
      ...sent.map((one) => api.save(patient.blockAppointmentId, { entries: [one] })),
    ])
    expect(submit.status).toBe(200)
    expect(saves.every((response) => response.status === 200 || response.status === 409)).toBe(true)
    const accepted = sent.filter((_, index) => saves[index].status === 200)
    expect(await stored(patient.blockAppointmentId)).toEqual(expected([first, ...accepted]))
    expect((await diaryOf(payload, patient.blockAppointmentId))?.status).toBe('submitted')
  })
})
