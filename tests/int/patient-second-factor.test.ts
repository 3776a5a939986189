import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, TOTP_PERIOD_SECONDS, totpCodeAt, totpStepAt } from '@/lib/second-factor'
import { completeEnrolment, savePendingSecret } from '@/payload/auth/secondFactor/store'
import { request, signInStaff } from './helpers/http'
import { createTestPatient, signInPatient, TEST_PATIENT_PASSWORD, type TestPatient } from './helpers/patients'
import { getTestPayload } from './helpers/payload'

let payload: Payload
// Each sign-in from its own address, so the per-address sign-in limit of other tests never interferes.
const runOctet = Math.floor(Math.random() * 250) + 1
let addressesUsed = 0
const uniqueIp = () => `10.${runOctet}.${200 + Math.floor(++addressesUsed / 250)}.${(addressesUsed % 250) + 1}`

beforeAll(async () => {
  payload = await getTestPayload()
})

/** A patient who turned on an authenticator app, as the portal page leaves them (last step: the one before now). */
async function patientWithFactor(): Promise<TestPatient & { secret: string; recoveryCodes: string[] }> {
  const patient = await createTestPatient(payload)
  const secret = newTotpSecret()
  const recoveryCodes = newRecoveryCodes()
  await savePendingSecret(payload, patient.id, secret, 'patients')
  const enrolled = await completeEnrolment(
    payload,
    patient.id,
    { step: totpStepAt(new Date()) - 2, recoveryCodeHashes: await Promise.all(recoveryCodes.map(hashRecoveryCode)) },
    'patients',
  )
  expect(enrolled).toBe(true)
  return { ...patient, secret, recoveryCodes }
}

const signIn = (patient: TestPatient, options: { password?: string; code?: string } = {}) =>
  signInPatient(patient.email, options.password ?? TEST_PATIENT_PASSWORD, { ip: uniqueIp(), code: options.code })

const wrongCodeFor = async (secret: string) => {
  const now = new Date()
  const near = await Promise.all([-1, 0, 1].map((steps) => totpCodeAt(secret, new Date(now.getTime() + steps * TOTP_PERIOD_SECONDS * 1000))))
  return ['000000', '111111', '222222'].find((code) => !near.includes(code)) as string
}

describe('patient second factor (optional)', () => {
  it('changes nothing for a patient who did not turn it on', async () => {
    const patient = await createTestPatient(payload)
    const signedIn = await signIn(patient)
    expect(signedIn).toMatchObject({ ok: true, error: null })
    expect(signedIn.cookie).not.toBe('')
  })

  it('asks for a code only after the right password, and gives no cookie without one', async () => {
    const patient = await patientWithFactor()
    const withoutCode = await signIn(patient)
    expect(withoutCode).toEqual({ ok: false, error: 'SecondStepRequired', cookie: '' })

    // A wrong password looks exactly like an unknown email, with or without a code: nothing hints at a factor.
    const wrongPassword = await signIn(patient, { password: 'not the password at all' })
    const unknownEmail = await signInPatient(`nobody-${patient.email}`, 'not the password at all', { ip: uniqueIp() })
    expect(wrongPassword).toEqual({ ok: false, error: 'CredentialsSignin', cookie: '' })
    expect(unknownEmail).toEqual(wrongPassword)
    const wrongPasswordRightCode = await signIn(patient, { password: 'not the password at all', code: await totpCodeAt(patient.secret) })
    expect(wrongPasswordRightCode).toEqual(wrongPassword)
  })

  it('refuses a wrong code with the generic message, accepts the right one once, and audits each', async () => {
    const patient = await patientWithFactor()
    const wrong = await signIn(patient, { code: await wrongCodeFor(patient.secret) })
    expect(wrong).toEqual({ ok: false, error: 'CredentialsSignin', cookie: '' })

    const code = await totpCodeAt(patient.secret)
    const right = await signIn(patient, { code })
    expect(right.ok).toBe(true)
    expect((await request('/api/patients', { headers: { Cookie: right.cookie } })).status).toBe(200)

    const replay = await signIn(patient, { code })
    expect(replay).toEqual({ ok: false, error: 'CredentialsSignin', cookie: '' })

    const audit = await payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'second-factor-check' } }, { actorId: { equals: String(patient.id) } }] },
      sort: 'createdAt',
      limit: 10,
    })
    expect(audit.docs.map((event) => event.outcome)).toEqual(['failure', 'success', 'failure'])
  })

  it('lets a recovery code sign in once', async () => {
    const patient = await patientWithFactor()
    const [recoveryCode] = patient.recoveryCodes
    expect((await signIn(patient, { code: recoveryCode })).ok).toBe(true)
    expect(await signIn(patient, { code: recoveryCode })).toEqual({ ok: false, error: 'CredentialsSignin', cookie: '' })
  })

  it('stops taking codes for the patient after five wrong ones, even the right code', async () => {
    const patient = await patientWithFactor()
    const wrong = await wrongCodeFor(patient.secret)
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(patient, { code: wrong })).error).toBe('CredentialsSignin')
    const blocked = await signIn(patient, { code: await totpCodeAt(patient.secret) })
    expect(blocked).toEqual({ ok: false, error: 'TooManyAttempts', cookie: '' })
  })

  it('never shows the factor fields over REST, not even to the patient or an admin', async () => {
    const patient = await patientWithFactor()
    const { cookie } = await signIn(patient, { code: patient.recoveryCodes[1] })
    const own = await request(`/api/patients/${patient.id}`, { headers: { Cookie: cookie } })
    expect(own.status).toBe(200)
    expect(own.json.email).toBe(patient.email)
    expect(own.json).not.toHaveProperty('secondFactor')
    expect(own.json).not.toHaveProperty('secondFactorEnrolledAt')
    const me = await request('/api/patients/me', { headers: { Cookie: cookie } })
    expect(me.text).toContain(patient.email)
    expect(me.text).not.toMatch(/secondFactor|second_factor/)

    const admin = await signInStaff('admin')
    const seenByAdmin = await request(`/api/patients/${patient.id}`, { token: admin })
    expect(seenByAdmin.status).toBe(200)
    expect(seenByAdmin.json).not.toHaveProperty('secondFactor')
    expect(seenByAdmin.json).not.toHaveProperty('secondFactorEnrolledAt')

    // Even staff who may edit patients cannot switch the factor off (or plant one) over REST.
    const cleared = await request(`/api/patients/${patient.id}`, {
      method: 'PATCH',
      token: admin,
      body: { secondFactorEnrolledAt: null, secondFactor: { secret: null, recoveryCodes: [] } },
    })
    expect(cleared.status).toBeLessThan(500)
    expect((await signIn(patient)).error).toBe('SecondStepRequired')
  })
})
