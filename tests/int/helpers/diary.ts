import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { timeOfDay } from '@/lib/dates'
import { DEMO_CLINIC } from '../../helpers/clinic'
import type { DiaryEntryInputData } from '@/lib/diary'
import { request } from './http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './patients'

export type DiaryPatient = TestPatient & { cookie: string; blockAppointmentId: number; blockAt: Date }

/** A signed-in test patient whose block appointment started `hoursAgo` hours ago (besides the upcoming one). */
export async function createDiaryPatient(payload: Payload, name: string, { hoursAgo = 3, ip }: { hoursAgo?: number; ip?: string } = {}): Promise<DiaryPatient> {
  const patient = await createTestPatient(payload, name)
  const blockAt = new Date(Date.now() - hoursAgo * 3600_000)
  blockAt.setSeconds(0, 0)
  const upcoming = await payload.findByID({ collection: 'appointments', id: patient.appointmentId, depth: 0 })
  const appointment = await payload.create({
    collection: 'appointments',
    data: {
      patient: patient.id,
      procedure: upcoming.procedure,
      scheduledAt: blockAt.toISOString(),
      side: 'right',
      levels: 'C5-C6',
      blockNumber: 1,
      agent: 'lidocaine',
      status: 'scheduled',
    },
  })
  const signIn = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip })
  if (!signIn.ok) throw new Error(`Could not sign ${name} in: ${signIn.error}`)
  return { ...patient, cookie: signIn.cookie, blockAppointmentId: appointment.id, blockAt }
}

export function entry(timePointKey: string, nrs: unknown, extra: Partial<Record<keyof DiaryEntryInputData, unknown>> = {}) {
  return { timePointKey, nrs, clientId: randomUUID(), answeredAt: new Date().toISOString(), ...extra }
}

type Body = unknown

export function diaryApi(patient: Pick<DiaryPatient, 'cookie'>) {
  const headers = { Cookie: patient.cookie }
  return {
    save: (appointmentId: number, body: Body, extraHeaders: Record<string, string> = {}) =>
      request(`/api/diaries/${appointmentId}/entries`, { method: 'POST', body, headers: { ...headers, ...extraHeaders } }),
    setBlockTime: (appointmentId: number, time: string) =>
      request(`/api/diaries/${appointmentId}/block-time`, { method: 'POST', body: { time }, headers }),
    submit: (appointmentId: number) => request(`/api/diaries/${appointmentId}/submit`, { method: 'POST', body: {}, headers }),
  }
}

/** 'HH:MM' of an instant, clinic time (the seeded site settings): what the patient types as the block time. */
export function clinicTime(date: Date): string {
  return timeOfDay(date, DEMO_CLINIC.timeZone)
}

export async function diaryOf(payload: Payload, appointmentId: number) {
  const { docs } = await payload.find({ collection: 'diaries', where: { appointment: { equals: appointmentId } }, depth: 0, limit: 1 })
  return docs[0] ?? null
}

/** The stored answers of an appointment's diary, by time point, straight from the database. */
export async function storedEntries(payload: Payload, appointmentId: number) {
  const diary = await diaryOf(payload, appointmentId)
  if (!diary) return []
  const { docs } = await payload.find({ collection: 'diary-entries', where: { diary: { equals: diary.id } }, pagination: false, depth: 0, sort: 'timePointKey' })
  return docs
}
