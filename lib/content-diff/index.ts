import { diffParagraphs, sameParagraphs, type DiffParagraph } from './diff'
import { richTextParagraphs } from './paragraphs'

export { diffParagraphs, sameParagraphs, type Change, type DiffPart, type DiffParagraph } from './diff'
export { richTextParagraphs } from './paragraphs'

type Section = { id?: string | null; heading?: string | null; body?: unknown }

/** The editorial fields compared: plain text fields, ordered sections of rich text, and a rich-text body. */
export type EditorialContent = {
  title?: string | null
  summary?: string | null
  question?: string | null
  heroHeading?: string | null
  heroText?: string | null
  /** A list of sections; the admin's form state can briefly hold only their count (see `contentChanges`). */
  sections?: Section[] | number | null
  body?: unknown
  answer?: unknown
}

/** One place that differs: a field or a section, and its changed paragraphs (unchanged ones left out). */
export type ContentChange = { label: string; kind: 'changed' | 'added' | 'removed'; paragraphs: DiffParagraph[] }

const TEXT_FIELDS = [
  ['title', 'Title'],
  ['question', 'Question'],
  ['summary', 'Summary'],
  ['heroHeading', 'Hero heading'],
  ['heroText', 'Hero text'],
] as const
const RICH_TEXT_FIELDS = [
  ['body', 'Body'],
  ['answer', 'Answer'],
] as const

const textParagraphs = (text: string | null | undefined) => (text ?? '').split(/\n\s*\n/).map((line) => line.trim()).filter(Boolean)
const sectionParagraphs = (section: Section) => [...textParagraphs(section.heading), ...richTextParagraphs(section.body)]
const whole = (paragraphs: string[], change: 'added' | 'removed'): DiffParagraph[] =>
  paragraphs.map((text) => ({ parts: [{ change, text }], changed: true }))

function compare(label: string, before: string[], after: string[]): ContentChange | null {
  if (sameParagraphs(before, after)) return null
  if (before.length === 0) return { label, kind: 'added', paragraphs: whole(after, 'added') }
  if (after.length === 0) return { label, kind: 'removed', paragraphs: whole(before, 'removed') }
  return { label, kind: 'changed', paragraphs: diffParagraphs(before, after).filter((paragraph) => paragraph.changed) }
}

const sectionLabel = (section: Section, index: number) => `Section ${index + 1}${section.heading ? `: ${section.heading}` : ''}`

/** Sections are matched by their row id, so editing, adding or removing one never shifts the others. */
function sectionChanges(before: Section[], after: Section[]): ContentChange[] {
  const changes: ContentChange[] = []
  const afterIds = new Set(after.map((section) => section.id).filter(Boolean))
  const beforeById = new Map(before.filter((section) => section.id).map((section) => [section.id, section]))
  after.forEach((section, index) => {
    const previous = section.id ? beforeById.get(section.id) : undefined
    const change = compare(sectionLabel(section, index), previous ? sectionParagraphs(previous) : [], sectionParagraphs(section))
    if (change) changes.push(previous ? change : { ...change, kind: 'added' })
  })
  before.forEach((section, index) => {
    if (section.id && afterIds.has(section.id)) return
    const change = compare(sectionLabel(section, index), sectionParagraphs(section), [])
    if (change) changes.push(change)
  })
  return changes
}

const sectionsOf = (content: EditorialContent): Section[] => (Array.isArray(content.sections) ? content.sections : [])

/** What the draft changes in the published content, field by field and section by section. */
export function contentChanges(published: EditorialContent, draft: EditorialContent): ContentChange[] {
  const changes: (ContentChange | null)[] = [
    ...TEXT_FIELDS.map(([field, label]) => compare(label, textParagraphs(published[field]), textParagraphs(draft[field]))),
    ...RICH_TEXT_FIELDS.map(([field, label]) => compare(label, richTextParagraphs(published[field]), richTextParagraphs(draft[field]))),
    // While the admin's form holds only the number of section rows (their fields not loaded yet),
    // the sections cannot be compared: say nothing about them rather than call them all removed.
    ...(Array.isArray(draft.sections) || draft.sections == null ? sectionChanges(sectionsOf(published), draft.sections ?? []) : []),
  ]
  return changes.filter((change): change is ContentChange => change !== null)
}
