import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { request, signInStaff } from './helpers/http'
import { getTestPayload, uniqueSuffix } from './helpers/payload'
import { paragraph } from './helpers/richText'

let payload: Payload
let editorToken: string
let specialistToken: string
let adminToken: string

function procedureData(slug: string, summary = 'A test procedure summary.') {
  return {
    title: `Test procedure ${slug}`,
    slug,
    summary,
    sections: [{ kind: 'what-it-is' as const, heading: 'What it is', body: paragraph('Secret draft wording.') }],
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;[editorToken, specialistToken, adminToken] = await Promise.all([
    signInStaff('editor'),
    signInStaff('specialist'),
    signInStaff('admin'),
  ])
})

describe('anonymous visitors see only published content', () => {
  it('never lists, reads or previews a draft procedure', async () => {
    const slug = `draft-only-${uniqueSuffix()}`
    const draft = await payload.create({ collection: 'procedures', draft: true, data: { ...procedureData(slug), _status: 'draft' } })

    const byList = await request(`/api/procedures?where[slug][equals]=${slug}`)
    expect(byList.status).toBe(200)
    expect(byList.json.totalDocs).toBe(0)

    const byId = await request(`/api/procedures/${draft.id}`)
    expect(byId.status).toBe(404)
    const asDraft = await request(`/api/procedures/${draft.id}?draft=true`)
    expect(asDraft.status).toBe(404)
    expect(asDraft.text).not.toContain('Secret draft wording')

    const page = await request(`/procedures/${slug}`)
    expect(page.status).toBe(404)
  })

  it('sees the published version, not a newer unpublished draft of it', async () => {
    const slug = `published-${uniqueSuffix()}`
    const doc = await payload.create({ collection: 'procedures', data: { ...procedureData(slug, 'Published summary.'), _status: 'published' } })
    await payload.update({ collection: 'procedures', id: doc.id, draft: true, data: { summary: 'Unpublished draft summary.' } })

    const byId = await request(`/api/procedures/${doc.id}`)
    expect(byId.json.summary).toBe('Published summary.')
    const listing = await request(`/api/procedures?where[slug][equals]=${slug}`)
    expect(listing.json.docs[0].summary).toBe('Published summary.')
    for (const path of [`/api/procedures/${doc.id}?draft=true`, `/api/procedures?where[slug][equals]=${slug}&draft=true`]) {
      expect((await request(path)).text, path).not.toContain('Unpublished draft summary')
    }
  })

  it('cannot read version history', async () => {
    const { status } = await request('/api/procedures/versions')
    expect(status).toBe(403)
  })

  it('cannot create, change or delete content', async () => {
    const [{ docs }] = [(await payload.find({ collection: 'procedures', limit: 1 }))]
    const id = docs[0].id
    expect((await request('/api/procedures', { method: 'POST', body: procedureData(`anon-${uniqueSuffix()}`) })).status).toBe(403)
    expect((await request(`/api/procedures/${id}`, { method: 'PATCH', body: { title: 'Hacked' } })).status).toBe(403)
    expect((await request(`/api/procedures/${id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await request('/api/globals/site-settings', { method: 'POST', body: { clinicName: 'Hacked' } })).status).toBe(403)
    const stillThere = await payload.findByID({ collection: 'procedures', id })
    expect(stillThere.title).not.toBe('Hacked')
  })

  it('cannot list staff accounts', async () => {
    const { status, json } = await request('/api/users')
    expect(status).toBe(403)
    expect(JSON.stringify(json)).not.toContain('@harbourspine.example')
  })

  it('has no GraphQL endpoint to reach around the REST rules', async () => {
    const { status } = await request('/api/graphql', { method: 'POST', body: { query: '{ Users { docs { email } } }' } })
    expect(status).toBe(404)
  })
})

describe('content editors', () => {
  it('create, draft and publish procedures through REST', async () => {
    const slug = `editor-made-${uniqueSuffix()}`
    const created = await request('/api/procedures?draft=true', {
      method: 'POST',
      token: editorToken,
      body: { ...procedureData(slug), _status: 'draft' },
    })
    expect(created.status).toBe(201)
    expect((await request(`/api/procedures?where[slug][equals]=${slug}`)).json.totalDocs).toBe(0)

    const published = await request(`/api/procedures/${created.json.doc.id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect((await request(`/api/procedures?where[slug][equals]=${slug}`)).json.totalDocs).toBe(1)
  })

  it('update the site settings', async () => {
    const current = await payload.findGlobal({ slug: 'site-settings' })
    const { status } = await request('/api/globals/site-settings', {
      method: 'POST',
      token: editorToken,
      body: { footerText: current.footerText },
    })
    expect(status).toBe(200)
  })

  it('cannot create staff accounts', async () => {
    const email = `intruder-${uniqueSuffix()}@example.com`
    const { status } = await request('/api/users', {
      method: 'POST',
      token: editorToken,
      body: { email, password: 'a-long-enough-password', name: 'Intruder', role: 'admin' },
    })
    expect(status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('cannot promote themselves or change anyone else', async () => {
    const me = await request('/api/users/me', { token: editorToken })
    const myId = me.json.user.id
    await request(`/api/users/${myId}`, { method: 'PATCH', token: editorToken, body: { role: 'admin' } })
    expect((await payload.findByID({ collection: 'users', id: myId })).role).toBe('editor')

    const admin = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    const otherId = admin.docs[0].id
    const patch = await request(`/api/users/${otherId}`, { method: 'PATCH', token: editorToken, body: { name: 'Renamed' } })
    expect([403, 404]).toContain(patch.status)
    expect((await request(`/api/users/${otherId}`, { method: 'DELETE', token: editorToken })).status).toBeGreaterThanOrEqual(403)
    expect((await payload.findByID({ collection: 'users', id: otherId })).name).not.toBe('Renamed')
    // Clearing a locked-out admin's lock would help someone guessing the admin's password.
    const unlock = await request('/api/users/unlock', { method: 'POST', token: editorToken, body: { email: admin.docs[0].email } })
    expect(unlock.status).toBe(403)
  })

  it('hold document locks only in their own name, on content they may edit, and see no locks on clinical records', async () => {
    const staff = await payload.find({ collection: 'users', where: { email: { in: ['editor@harbourspine.example', 'specialist@harbourspine.example'] } }, depth: 0 })
    const idOf = (email: string) => staff.docs.find((user) => user.email === email)!.id
    const [editorId, specialistId] = [idOf('editor@harbourspine.example'), idOf('specialist@harbourspine.example')]
    const patient = await payload.create({ collection: 'patients', data: { email: `lock-${uniqueSuffix()}@example.com`, fullName: 'Locked Record', dateOfBirth: '1970-01-01', password: 'a long enough password 1' } })
    const lockOf = (relationTo: string, value: number, holder: number) => ({ document: { relationTo, value }, user: { relationTo: 'users', value: holder } })
    const before = await payload.count({ collection: 'payload-locked-documents' })

    const inSpecialistsName = await request('/api/payload-locked-documents', { method: 'POST', token: editorToken, body: lockOf('patients', patient.id, specialistId) })
    expect(inSpecialistsName.status).toBe(403)
    const onPatientInOwnName = await request('/api/payload-locked-documents', { method: 'POST', token: editorToken, body: lockOf('patients', patient.id, editorId) })
    expect(onPatientInOwnName.status).toBe(403)
    expect(await payload.count({ collection: 'payload-locked-documents' })).toEqual(before)

    const specialistsLock = await request('/api/payload-locked-documents', { method: 'POST', token: specialistToken, body: lockOf('patients', patient.id, specialistId) })
    expect(specialistsLock.status, specialistsLock.text).toBe(201)
    const procedure = await payload.create({ collection: 'procedures', data: { ...procedureData(`locked-${uniqueSuffix()}`), _status: 'published' } })
    const editorsLock = await request('/api/payload-locked-documents', { method: 'POST', token: editorToken, body: lockOf('procedures', procedure.id, editorId) })
    expect(editorsLock.status, editorsLock.text).toBe(201)

    const seenByEditor = await request('/api/payload-locked-documents?limit=100&depth=0', { token: editorToken })
    expect(seenByEditor.status).toBe(200)
    const lockedCollections = seenByEditor.json.docs.map((lock: { document?: { relationTo: string } }) => lock.document?.relationTo)
    expect(lockedCollections).toContain('procedures')
    expect(lockedCollections).not.toContain('patients')
    expect(seenByEditor.text).not.toContain('Locked Record')
    const takeOver = await request(`/api/payload-locked-documents/${specialistsLock.json.doc.id}`, { method: 'PATCH', token: editorToken, body: { user: { relationTo: 'users', value: editorId } } })
    expect([403, 404]).toContain(takeOver.status)
    expect([403, 404]).toContain((await request(`/api/payload-locked-documents/${specialistsLock.json.doc.id}`, { method: 'DELETE', token: editorToken })).status)
  })

  it('see only their own staff record', async () => {
    const { json } = await request('/api/users', { token: editorToken })
    expect(json.docs.map((user: { email: string }) => user.email)).toEqual(['editor@harbourspine.example'])
  })
})

describe('specialists and admins', () => {
  it('specialists cannot write content', async () => {
    const { status } = await request('/api/procedures', {
      method: 'POST',
      token: specialistToken,
      body: procedureData(`specialist-${uniqueSuffix()}`),
    })
    expect(status).toBe(403)
    expect((await request('/api/globals/site-settings', { method: 'POST', token: specialistToken, body: { clinicName: 'X' } })).status).toBe(403)
  })

  it('admins create staff and change roles', async () => {
    const email = `new-staff-${uniqueSuffix()}@harbourspine.example`
    const created = await request('/api/users', {
      method: 'POST',
      token: adminToken,
      body: { email, password: 'a-long-enough-password', name: 'New Staff', role: 'editor' },
    })
    expect(created.status).toBe(201)
    const changed = await request(`/api/users/${created.json.doc.id}`, { method: 'PATCH', token: adminToken, body: { role: 'specialist' } })
    expect(changed.status).toBe(200)
    expect(changed.json.doc.role).toBe('specialist')
  })
})

describe('the Local API on behalf of a user', () => {
  it('applies the same rules with overrideAccess: false', async () => {
    const editor = (await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1 })).docs[0]
    const asEditor = { user: { ...editor, collection: 'users' as const }, overrideAccess: false }
    await expect(
      payload.create({ collection: 'users', data: { email: `x-${uniqueSuffix()}@example.com`, password: 'a-long-enough-password', name: 'X', role: 'admin' }, ...asEditor }),
    ).rejects.toThrow()
    const anonymous = await payload.find({ collection: 'procedures', overrideAccess: false, draft: true, limit: 100 })
    expect(anonymous.docs.every((doc) => doc._status === 'published')).toBe(true)
  })
})
