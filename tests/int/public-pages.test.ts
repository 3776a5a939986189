import { describe, expect, it } from 'vitest'

import { request, signInStaff } from './helpers/http'
import { getTestPayload, uniqueSuffix } from './helpers/payload'

const PUBLIC_PATHS = ['/', '/procedures/medial-branch-block', '/procedures/radiofrequency-ablation', '/conditions/facet-joint-disease', '/faq']

async function waitForPage(path: string, predicate: (html: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let html = ''
  while (Date.now() < deadline) {
    html = (await request(path)).text
    if (predicate(html)) return html
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return html
}

describe('public pages', () => {
  it.each(PUBLIC_PATHS)('%s is served from the static cache with CDN headers and no cookie', async (path) => {
    await request(path)
    const { status, headers } = await request(path)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    expect(headers.get('cache-control')).not.toMatch(/private|no-store/)
    expect(headers.get('set-cookie')).toBeNull()
    expect(headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('loads the live-preview script only while a signed-in editor previews drafts', async () => {
    const article = '/procedures/medial-branch-block'
    expect((await request(article)).text).not.toContain('live-preview')

    const token = await signInStaff('editor')
    const entered = await request(`/next/preview?path=${encodeURIComponent(article)}`, { token })
    expect(entered.status).toBe(307)
    const cookie = entered.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ')
    const preview = await request(article, { token, headers: { cookie } })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain('Previewing a draft')
    expect(preview.text).toMatch(/<script[^>]*src="\/live-preview\.js"[^>]*data-server-url="http/)

    const script = await request('/live-preview.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(script.text).toContain('payload-document-event')
  })

  it('answers an unknown page with a 404', async () => {
    expect((await request('/procedures/no-such-procedure')).status).toBe(404)
    expect((await request('/this/does/not/exist')).status).toBe(404)
  })

  it('lists every published page in sitemap.xml and points robots.txt at it', async () => {
    const sitemap = (await request('/sitemap.xml')).text
    for (const path of PUBLIC_PATHS.slice(1)) expect(sitemap).toContain(path)
    expect((await request('/robots.txt')).text).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })

  it('shows a published change without a rebuild, and a later unpublish removes the page', async () => {
    const payload = await getTestPayload()
    const token = await signInStaff('editor')
    const { docs } = await payload.find({ collection: 'conditions', where: { slug: { equals: 'facet-joint-disease' } }, limit: 1, depth: 0 })
    const condition = docs[0]
    const marker = `Updated summary ${uniqueSuffix()}`

    const draftSave = await request(`/api/conditions/${condition.id}?draft=true`, { method: 'PATCH', token, body: { summary: marker } })
    expect(draftSave.status).toBe(200)
    expect((await request('/conditions/facet-joint-disease')).text).not.toContain(marker)

    const publish = await request(`/api/conditions/${condition.id}`, { method: 'PATCH', token, body: { summary: marker, _status: 'published' } })
    expect(publish.status).toBe(200)
    expect(await waitForPage('/conditions/facet-joint-disease', (html) => html.includes(marker))).toContain(marker)

    const slug = `temporary-${uniqueSuffix()}`
    const temporary = await payload.create({
      collection: 'conditions',
      data: {
        slug,
        title: 'Temporary condition',
        summary: 'Published for a moment.',
        sections: (condition.sections ?? []).map(({ heading, kind, body }) => ({ heading, kind, body })),
        _status: 'published',
      },
    })
    expect((await waitForPage(`/conditions/${slug}`, (html) => html.includes('Temporary condition')))).toContain('Temporary condition')
    await request(`/api/conditions/${temporary.id}`, { method: 'PATCH', token, body: { _status: 'draft' } })
    const deadline = Date.now() + 20_000
    let status = 200
    while (Date.now() < deadline && status !== 404) {
      status = (await request(`/conditions/${slug}`)).status
      if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe(404)
  })
})

describe('seeded content history', () => {
  it('starts each seeded page at its published version, so the admin compares an edit against real text', async () => {
    const payload = await getTestPayload()
    for (const collection of ['procedures', 'conditions'] as const) {
      const pages = await payload.find({ collection, where: { slug: { in: ['medial-branch-block', 'facet-joint-disease'] } }, depth: 0, overrideAccess: true })
      for (const page of pages.docs) {
        const versions = await payload.findVersions({ collection, where: { parent: { equals: page.id } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
        expect(versions.docs[0]?.version._status, `${collection} ${page.id}: the first version`).toBe('published')
      }
    }
  })
})
