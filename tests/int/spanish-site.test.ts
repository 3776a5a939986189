/** The public site in Spanish under /es: as static and cached as the English one, and linked both ways. */
import { describe, expect, it } from 'vitest'

import { request } from './helpers/http'

const PAGES = ['/', '/procedures', '/procedures/medial-branch-block', '/conditions', '/conditions/facet-joint-disease', '/faq']
const spanish = (path: string) => (path === '/' ? '/es' : `/es${path}`)

/** The <link rel="alternate" hreflang> tags of a page, as { hreflang: href }. */
function alternates(html: string): Record<string, string> {
  const links: Record<string, string> = {}
  for (const [tag] of html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)) {
    const hreflang = /hrefLang="([^"]+)"|hreflang="([^"]+)"/i.exec(tag)
    const href = /href="([^"]+)"/.exec(tag)
    if (hreflang && href) links[hreflang[1] ?? hreflang[2]] = new URL(href[1]).pathname
  }
  return links
}

describe('the Spanish public site', () => {
  it.each(PAGES.map(spanish))('%s is served from the static cache, with no cookie, in Spanish', async (path) => {
    await request(path)
    const { status, headers, text } = await request(path)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    expect(headers.get('set-cookie')).toBeNull()
    expect(headers.get('x-nextjs-cache')).toBe('HIT')
    expect(text).toContain('<html lang="es"')
    expect(text).toContain('Ir al contenido principal')
  })

  it.each(PAGES)('%s and its Spanish version name each other (hreflang) and English as the default', async (path) => {
    const english = alternates((await request(path)).text)
    const inSpanish = alternates((await request(spanish(path))).text)
    const expected = { en: path, es: spanish(path), 'x-default': path }
    expect(english).toEqual(expected)
    expect(inSpanish).toEqual(expected)
  })

  it('switches language on the same page, both ways', async () => {
    const english = (await request('/procedures/medial-branch-block')).text
    expect(english).toMatch(/<a href="\/es\/procedures\/medial-branch-block" hrefLang="es" lang="es">Español<\/a>/i)
    const inSpanish = (await request('/es/procedures/medial-branch-block')).text
    expect(inSpanish).toMatch(/<a href="\/procedures\/medial-branch-block" hrefLang="en" lang="en">English<\/a>/i)
    // The page itself is in the clinic's English: the seeded US clinic's.
    expect(english).toContain('<html lang="en-US"')
  })

  it('shows the site’s own words in Spanish and the clinic’s content in English where it is not translated yet', async () => {
    const { text } = await request('/es/procedures/medial-branch-block')
    expect(text).toContain('>Procedimiento<')
    expect(text).toContain('Comuníquese con')
    // The title comes from the CMS: in Spanish once translated, in English until then, never empty.
    expect(text).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
  })

  it('lists both languages in the sitemap and answers an unknown Spanish page with a Spanish 404', async () => {
    const sitemap = (await request('/sitemap.xml')).text
    for (const path of PAGES.slice(1)) {
      expect(sitemap).toContain(`${path}</loc>`)
      expect(sitemap).toContain(`/es${path}</loc>`)
    }
    const missing = await request('/es/procedures/no-such-procedure')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('No se encontró la página')
  })
})
