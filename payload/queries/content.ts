/**
 * Read-only queries for the public site. Every call goes through Payload's access control
 * (`overrideAccess: false`), so an anonymous visitor only ever gets published documents.
 *
 * Drafts are returned only when the caller asks for them (Next.js draft mode is on) AND the request
 * carries a valid staff (`users`) session: then the query runs as that staff member, still with
 * access control on. The request headers are read only in that case, so published pages stay static.
 */
import { headers as requestHeaders } from 'next/headers'
import { cache } from 'react'

import { groupByFirstTopic } from '@/lib/content/group-by-first-topic'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import type { Condition, Faq, Page, Procedure, SiteSetting, User } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'
import { actAs } from '../access'
import { inLocale } from '../i18n/content'
import { loadClinicFormats } from '../globals/clinicFormats'
import type { ClinicFormats } from '@/lib/dates'

/**
 * `locale`: the language to read (default English). A text not yet translated reads in English
 * (Payload's fallback), so a Spanish page never shows an empty section.
 */
export type DraftOptions = { draft?: boolean; locale?: Locale }

/** A relationship value once populated (depth >= 1): the document, or only its id when unreadable. */
export type Populated<T> = Exclude<T, number>

/** Routable collections of the public site. */
export type PublicCollection = 'procedures' | 'conditions' | 'pages'

export type PublishedSlug = { slug: string; updatedAt: string }

export type FaqGroup = {
  /** The procedure's slug, or "general" for questions tied to no procedure. */
  key: string
  procedure: Procedure | null
  faqs: Faq[]
}

/** The staff member previewing drafts, read from the request's Payload session; null for anyone else. */
const getPreviewUser = cache(async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await requestHeaders() })
  return user && user.collection === 'users' ? (user as User) : null
})

/** Local API options: published content for everyone, drafts only for a signed-in staff previewer. */
async function accessOptions(draft: boolean, locale: Locale) {
  const user = draft ? await getPreviewUser() : null
  const language = inLocale(locale)
  return user
    ? ({ draft: true, ...language, ...actAs(user) } as const)
    : ({ draft: false, ...language, ...actAs(null) } as const)
}

type RoutableSlug = 'procedures' | 'conditions' | 'pages'

/** The one document of a routable collection with this slug, as the visitor may see it. */
async function findBySlug<C extends RoutableSlug>(collection: C, slug: string, draft: boolean, locale: Locale) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    ...(await accessOptions(draft, locale)),
  })
  return docs[0] ?? null
}

const findProcedure = cache((slug: string, draft: boolean, locale: Locale): Promise<Procedure | null> => findBySlug('procedures', slug, draft, locale))
const findCondition = cache((slug: string, draft: boolean, locale: Locale): Promise<Condition | null> => findBySlug('conditions', slug, draft, locale))
const findPage = cache((slug: string, draft: boolean, locale: Locale): Promise<Page | null> => findBySlug('pages', slug, draft, locale))

const findFaqs = cache(async (draft: boolean, locale: Locale): Promise<Faq[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'faqs',
    sort: ['order', 'createdAt'],
    depth: 1,
    pagination: false,
    ...(await accessOptions(draft, locale)),
  })
  return docs
})

const findListing = cache(async (collection: 'procedures' | 'conditions', draft: boolean, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    sort: 'title',
    depth: 0,
    pagination: false,
    select: { title: true, summary: true, slug: true, updatedAt: true },
    ...(await accessOptions(draft, locale)),
  })
  return docs as Pick<Procedure, 'id' | 'title' | 'summary' | 'slug' | 'updatedAt'>[]
})

export function getProcedureBySlug(slug: string, { draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<Procedure | null> {
  return findProcedure(slug, draft, locale)
}

export function getConditionBySlug(slug: string, { draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<Condition | null> {
  return findCondition(slug, draft, locale)
}

/** The `pages` document with this slug; "home" is the front page. */
export function getPageBySlug(slug: string, { draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<Page | null> {
  return findPage(slug, draft, locale)
}

export type ListingItem = Pick<Procedure, 'id' | 'title' | 'summary' | 'slug' | 'updatedAt'>

/** Title, summary and slug of every visible procedure, sorted by title. */
export function listProcedures({ draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<ListingItem[]> {
  return findListing('procedures', draft, locale)
}

/** Title, summary and slug of every visible condition, sorted by title. */
export function listConditions({ draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<ListingItem[]> {
  return findListing('conditions', draft, locale)
}

/**
 * FAQs in `order`, each under the first procedure it is tied to, so the FAQ page shows every answer
 * once. Groups come in the order of their first question; questions tied to no procedure form a last
 * "general" group.
 */
export async function getFaqsGroupedByProcedure({ draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<FaqGroup[]> {
  const faqs = await findFaqs(draft, locale)
  return groupByFirstTopic(
    faqs,
    (faq) => (faq.procedures ?? []).filter(isPopulated),
    (procedure) => procedure.slug,
  ).map(({ key, topic, items }) => ({ key, procedure: topic, faqs: items }))
}

/** Every visible FAQ once, in `order`. */
export function listFaqs({ draft = false, locale = DEFAULT_LOCALE }: DraftOptions = {}): Promise<Faq[]> {
  return findFaqs(draft, locale)
}

/**
 * Clinic name, contact details, navigation and footer (labels in `locale`), and the clinic's formats
 * and time zone. Public and never drafted.
 */
export const getSiteSettings = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<SiteSetting> => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, locale, fallbackLocale: DEFAULT_LOCALE, ...actAs(null) })
})

/**
 * The clinic's time zone and date format (site settings), read once per request. Every page, PDF and
 * calendar file takes its dates' zone and wording from here; client components get it as props.
 */
export const getClinicFormats = cache(async (): Promise<ClinicFormats> => loadClinicFormats(await getPayloadClient()))

/** Slugs and last change of every published document of a collection, for static params and the sitemap. */
export async function listPublishedSlugs(collection: PublicCollection): Promise<PublishedSlug[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    ...actAs(null),
    draft: false,
    sort: 'slug',
    select: { slug: true, updatedAt: true },
    where: { _status: { equals: 'published' } },
  })
  return docs.map(({ slug, updatedAt }) => ({ slug, updatedAt }))
}

/** When the newest published FAQ changed; null when there are none. */
export async function getFaqsLastModified(): Promise<string | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'faqs',
    depth: 0,
    limit: 1,
    pagination: false,
    ...actAs(null),
    draft: false,
    sort: '-updatedAt',
    select: { updatedAt: true },
    where: { _status: { equals: 'published' } },
  })
  return docs[0]?.updatedAt ?? null
}

/** True for a relationship that was populated (and readable), false for a bare id. */
export function isPopulated<T extends { id: number }>(value: number | T | null | undefined): value is T {
  return typeof value === 'object' && value !== null
}
