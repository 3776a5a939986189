import { mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'

import type { StaffApi } from './staff'

/** One lock per server under test, so parallel test runs on one machine do not wait for each other. */
const LOCK = path.join(tmpdir(), `portal-e2e-consent-versions-${new URL(process.env.APP_URL ?? 'http://localhost').port}`)
/** A lock older than this was left by a test that died while holding it. */
const STALE_AFTER_MS = 120_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function tryToTake(): boolean {
  try {
    mkdirSync(LOCK) // atomic across processes: exactly one worker creates it
    return true
  } catch {
    const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > STALE_AFTER_MS) rmSync(LOCK, { recursive: true, force: true })
    return false
  }
}

/**
 * `tests/e2e/consent.spec.ts` publishes new versions of the demo clinic's consent form; a test in the
 * other worker that reads the current version and signs it would, if a version were published in
 * between, rightly be refused (it signed an older version). Both hold this lock around those steps.
 */
export async function withConsentVersionsSteady<T>(steps: () => Promise<T>): Promise<T> {
  while (!tryToTake()) await sleep(250)
  try {
    return await steps()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/** A JSON call to the REST API as someone: a staff API context, or a signed-in admin page. */
export type ApiCall = (method: 'GET' | 'PATCH', path: string, body?: unknown) => Promise<{ status: number; json: any }>

export function callAsStaff(api: StaffApi): ApiCall {
  return async (method, path, body) => {
    const response = method === 'GET' ? await api.get(path) : await api.patch(path, body)
    return { status: response.status(), json: await response.json().catch(() => null) }
  }
}

/** Through the page's own session (the editor holding Payload's edit lock on the document may write it). */
export function callAsPage(page: Page): ApiCall {
  return (method, path, body) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, {
          method,
          credentials: 'include',
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: response.status, json: await response.json().catch(() => null) }
      },
      { method, path, body },
    )
}

type Rows = { text: string }[] | null | undefined
const rowsOf = (rows: Rows) => (rows ?? []).map(({ text }) => ({ text }))

/**
 * A newly published consent version starts in English; until its translation is added, the portal
 * rightly shows Spanish-speaking patients the English text. This gives the current version of the
 * demo procedure's consent the Spanish text of the newest version that has one, as the clinic would
 * translate its new version (adding a language to a published version is no new version).
 */
export async function giveCurrentConsentItsSpanish(call: ApiCall): Promise<void> {
  const procedures = await call('GET', '/api/procedures?where[slug][equals]=medial-branch-block&limit=1&depth=0')
  const published = `where[procedure][equals]=${procedures.json.docs[0].id}&where[_status][equals]=published&sort=-version&limit=50&depth=0`
  const [current, ...older] = (await call('GET', `/api/consent-documents?${published}`)).json.docs as { id: number }[]
  const inSpanish = async (id: number) => (await call('GET', `/api/consent-documents/${id}?locale=es&fallback-locale=none&depth=0`)).json
  if ((await inSpanish(current.id)).title) return
  for (const version of older) {
    const spanish = await inSpanish(version.id)
    if (!spanish.title) continue
    const { title, body, benefits, risks, alternatives, acknowledgements } = spanish
    const translated = await call('PATCH', `/api/consent-documents/${current.id}?locale=es`, {
      title,
      body,
      benefits: rowsOf(benefits),
      risks: { common: rowsOf(risks?.common), lessCommon: rowsOf(risks?.lessCommon), rare: rowsOf(risks?.rare) },
      alternatives: rowsOf(alternatives),
      acknowledgements: rowsOf(acknowledgements),
    })
    expect(translated.status, JSON.stringify(translated.json)).toBe(200)
    return
  }
  throw new Error('No published consent version has Spanish text')
}
