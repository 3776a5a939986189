import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ConsentText } from '@/components/portal/consent/ConsentText'
import { consentSnapshotText, sha256Hex } from '@/lib/consent'
import type { ConsentDocument } from '@/payload-types'
import { consentContentOf, consentSnapshotOf, richTextToPlainText } from '@/payload/consent/content'
import { drawingProblem } from '@/lib/consent/drawing'
import { consentPdf, type ConsentPdfInput } from '@/payload/consent/pdf'
import { acceptsConsent, canWithdraw, consentStatus, type ConsentRecordFacts } from '@/lib/consent'
import { NAME_MISMATCH, signingSubmissionSchema } from '@/lib/consent'
import { consentTextParts, joinTextBlocks, textBlocks } from '@/lib/consent'
import { medialBranchBlockConsent } from '@/payload/seed/consentDocuments'
import { pdfAttachments, pdfPageText } from '../helpers/pdfText'

// ---- Lexical values written by hand (the shapes the admin editor saves) ----

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, version: 1, format: '', indent: 0, direction: 'ltr', ...extra })

function lexical(...children: unknown[]) {
  return { root: node('root', children) }
}

const body = lexical(
  node('heading', [text('About the block')], { tag: 'h3' }),
  node('paragraph', [text('A test injection '), node('link', [text('near the nerves')], { fields: { url: '/x' } }), text('.')]),
  node('paragraph', [text('First line'), { type: 'linebreak', version: 1 }, text('second line')]),
  node('list', [node('listitem', [text('Bring a list of medicines')], { value: 1 }), node('listitem', [text('Arrange a lift')], { value: 2 })], { listType: 'bullet', tag: 'ul' }),
  node('list', [node('listitem', [text('Arrive')], { value: 1 }), node('listitem', [text('Rest')], { value: 2 })], { listType: 'number', tag: 'ol' }),
)

const rows = (items: string[]) => items.map((value, index) => ({ id: String(index), text: value }))

function documentVersion(overrides: Partial<ConsentDocument> = {}): ConsentDocument {
  const seed = medialBranchBlockConsent
  return {
    id: 11,
    title: seed.title,
    procedure: 1,
    version: 2,
    body: body as ConsentDocument['body'],
    benefits: rows(seed.benefits),
    risks: { common: rows(seed.risks.common), lessCommon: rows(seed.risks.lessCommon), rare: rows(seed.risks.rare) },
    alternatives: rows(seed.alternatives),
    acknowledgements: rows(seed.acknowledgements),
    updatedAt: '2026-11-27T00:00:00.000Z',
    createdAt: '2026-11-27T00:00:00.000Z',
    ...overrides,
  } as ConsentDocument
}

describe('the consent body in plain text', () => {
  it('keeps paragraphs apart, line breaks, link text and list markers', () => {
    expect(richTextToPlainText(body)).toBe(
      'About the block\n\nA test injection near the nerves.\n\nFirst line\nsecond line\n\n- Bring a list of medicines\n- Arrange a lift\n\n1. Arrive\n2. Rest',
    )
  })

  it('is empty for a missing body', () => {
    expect(richTextToPlainText(null)).toBe('')
  })
})

describe('what the patient is shown is what is hashed', () => {
  it('the snapshot is built from every part of the CMS version', async () => {
    const snapshot = await consentSnapshotOf(documentVersion())
    expect(snapshot.text).toBe(consentSnapshotText(consentContentOf(documentVersion())))
    expect(snapshot.sha256).toBe(await sha256Hex(snapshot.text))
    expect(snapshot.text.startsWith(`${medialBranchBlockConsent.title}\nVersion 2\n\nAbout the block\n\n`)).toBe(true)
    for (const statement of medialBranchBlockConsent.acknowledgements) expect(snapshot.text).toContain(statement)
    expect(snapshot.acknowledgementCount).toBe(medialBranchBlockConsent.acknowledgements.length)
  })

  it('one changed character anywhere in the CMS version changes the hash', async () => {
    const original = (await consentSnapshotOf(documentVersion())).sha256
    const edited = structuredClone(body)
    ;(edited.root.children[1] as { children: { text?: string }[] }).children[0].text = 'A test injection!'
    const variants = [
      documentVersion({ body: edited as ConsentDocument['body'] }),
      documentVersion({ title: `${medialBranchBlockConsent.title}.` }),
      documentVersion({ version: 3 }),
      documentVersion({ benefits: rows([...medialBranchBlockConsent.benefits.slice(0, -1), 'Some people have a few hours of easier movement.']) }),
      documentVersion({ acknowledgements: rows([...medialBranchBlockConsent.acknowledgements.slice(0, -1), 'I know I can withdraw.']) }),
    ]
    for (const variant of variants) expect((await consentSnapshotOf(variant)).sha256).not.toBe(original)
  })

  it('splits the text into display blocks without losing a character', async () => {
    const { text: snapshot } = await consentSnapshotOf(documentVersion())
    expect(joinTextBlocks(textBlocks(snapshot))).toBe(snapshot)
    const parts = consentTextParts(snapshot)
    expect(parts.title).toBe(medialBranchBlockConsent.title)
    expect(parts.versionLine).toBe('Version 2')
    expect(parts.acknowledgements).toEqual(medialBranchBlockConsent.acknowledgements)
  })

  it('renders every line of the text, in order, on the page', async () => {
    const { text: snapshot } = await consentSnapshotOf(documentVersion())
    const parts = consentTextParts(snapshot)
    const html = renderToStaticMarkup(createElement(ConsentText, { blocks: parts.reading }))
    const shown = html
      .replace(/<[^>]+>/g, '\n')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .split('\n')
      .filter(Boolean)
    const expected = parts.reading.flatMap((block) => block.map((line) => line.text))
    expect(shown).toEqual(expected)
    // Everything hashed is on the page: the title block, the reading part, and the statements to tick.
    const marker = (line: string) => line.replace(/^(- |\d+\. )/, '')
    const onPage = [parts.title, parts.versionLine, ...shown, 'What you are confirming', ...parts.acknowledgements]
    expect(snapshot.trimEnd().split('\n').filter(Boolean).map(marker)).toEqual(onPage)
  })
})

describe('consentStatus', () => {
  const current = { id: 20, version: 2 }
  const record = (overrides: Partial<ConsentRecordFacts>): ConsentRecordFacts => ({
    id: 1,
    documentId: 20,
    documentVersion: 2,
    status: 'signed',
    signedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  })

  it('is "to sign" with no records', () => {
    expect(consentStatus([], current)).toEqual({ kind: 'to-sign', currentVersion: 2 })
  })

  it('is "signed" on the current version', () => {
    expect(consentStatus([record({})], current)).toMatchObject({ kind: 'signed', version: 2, signedAt: '2026-11-20T10:00:00.000Z' })
  })

  it('is "new version to sign" when only an older version is signed', () => {
    expect(consentStatus([record({ documentId: 19, documentVersion: 1 })], current)).toMatchObject({ kind: 'new-version', signedVersion: 1, currentVersion: 2 })
  })

  it('is "withdrawn" once every signature is withdrawn, and "signed" again after signing again', () => {
    const withdrawn = record({ status: 'withdrawn', withdrawnAt: '2026-11-21T09:00:00.000Z' })
    expect(consentStatus([withdrawn], current)).toEqual({ kind: 'withdrawn', withdrawnAt: '2026-11-21T09:00:00.000Z', currentVersion: 2 })
    expect(consentStatus([withdrawn, record({ id: 2, signedAt: '2026-11-22T09:00:00.000Z' })], current).kind).toBe('signed')
  })

  it('opens signing until the appointment starts, and withdrawal until the procedure', () => {
    const now = new Date('2026-11-27T10:00:00.000Z')
    expect(acceptsConsent({ status: 'scheduled', scheduledAt: '2026-11-27T10:30:00.000Z' }, now)).toBe(true)
    expect(acceptsConsent({ status: 'scheduled', scheduledAt: '2026-11-27T09:30:00.000Z' }, now)).toBe(false)
    expect(acceptsConsent({ status: 'cancelled', scheduledAt: '2026-11-28T09:30:00.000Z' }, now)).toBe(false)
    expect(canWithdraw({ status: 'cancelled', scheduledAt: '2026-11-28T09:30:00.000Z' }, now)).toBe(true)
    expect(canWithdraw({ status: 'done', scheduledAt: '2026-11-28T09:30:00.000Z' }, now)).toBe(false)
  })
})

describe('signingSubmissionSchema', () => {
  const schema = signingSubmissionSchema('Mary Ann Smith')
  const valid = {
    appointmentId: 1,
    documentId: 2,
    documentVersion: 1,
    textSha256: 'a'.repeat(64),
    acknowledgements: [true, true],
    typedName: ' mary  ann SMITH ',
    certified: true,
  }

  it('accepts the name on record, ignoring case and extra spaces', () => {
    expect(schema.safeParse(valid).success).toBe(true)
  })

  it('refuses values that are not a submission at all, without throwing', () => {
    for (const value of [[1, 2, 3], null, 'text', { ...valid, typedName: 42 }]) expect(schema.safeParse(value).success).toBe(false)
  })

  it('reports a wrong name together with the other problems', () => {
    const result = schema.safeParse({ ...valid, typedName: 'Mary Smith', acknowledgements: [true, false] })
    expect(result.success).toBe(false)
    const messages = result.error?.issues.map((issue) => [issue.path[0], issue.message])
    expect(messages).toContainEqual(['typedName', NAME_MISMATCH])
    expect(messages).toContainEqual(['acknowledgements', 'Tick every statement to confirm you have read it.'])
  })
})

const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

function pngWith(edit: (bytes: Buffer) => Buffer): string {
  const bytes = Buffer.from(TINY_PNG.slice('data:image/png;base64,'.length), 'base64')
  return `data:image/png;base64,${edit(bytes).toString('base64')}`
}

describe('drawingProblem', () => {
  it('accepts a real PNG', async () => {
    expect(await drawingProblem(TINY_PNG)).toBeNull()
  })

  it('refuses a PNG that declares huge dimensions before decoding it', async () => {
    const huge = pngWith((bytes) => {
      const copy = Buffer.from(bytes)
      copy.writeUInt32BE(100_000, 16)
      copy.writeUInt32BE(100_000, 20)
      return copy
    })
    expect(await drawingProblem(huge)).toMatch(/too large/)
  })

  it('refuses a PNG cut off before its width and height, without reading past the end', async () => {
    expect(await drawingProblem(pngWith((bytes) => bytes.subarray(0, 16)))).toMatch(/could not be read/)
    expect(await drawingProblem(pngWith((bytes) => bytes.subarray(0, 23)))).toMatch(/could not be read/)
  })

  it('refuses a PNG whose pixels cannot be decoded', async () => {
    const corrupt = pngWith((bytes) => Buffer.concat([bytes.subarray(0, 33), Buffer.from('not really image data at all, sorry')]))
    expect(await drawingProblem(corrupt)).toMatch(/could not be read/)
  })
})

describe('the signed PDF', () => {
  const input: ConsentPdfInput = {
    clinicName: 'Harbour Spine Clinic',
    formats: { timeZone: 'America/New_York', region: 'US' },
    consentId: 41,
    patient: { id: 7, fullName: 'Zoë Łukasz', dateOfBirth: '1968-04-12T00:00:00.000Z', clinicNumber: 'HSC-104512' },
    appointment: { id: 9, scheduledAt: '2026-12-01T09:30:00.000Z', procedureTitle: 'Medial branch block', side: 'left', levels: 'L4-L5' },
    document: { id: 11, title: medialBranchBlockConsent.title, version: 2 },
    snapshotText: '',
    textSha256: '',
    acknowledgements: medialBranchBlockConsent.acknowledgements,
    typedName: 'zoë  łukasz',
    drawing: TINY_PNG,
    signedAt: '2026-11-27T08:15:00.000Z',
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (test)',
    meaning: 'By signing, you confirm…',
  }

  it('holds the typed name and the hash in its metadata and on the page, and the exact text as an attachment', async () => {
    const snapshot = await consentSnapshotOf(documentVersion())
    const bytes = await consentPdf({ ...input, snapshotText: snapshot.text, textSha256: snapshot.sha256, typedName: 'Pat Morgan' })
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getTitle()).toContain('Pat Morgan')
    expect(pdf.getSubject()).toContain(snapshot.sha256)
    expect(pdf.getKeywords()).toContain(`sha256:${snapshot.sha256}`)
    const pageText = pdfPageText(bytes)
    expect(pageText).toContain('Pat Morgan')
    expect(pageText).toContain(snapshot.sha256)
    expect(pageText).toContain('203.0.113.7')
    for (const statement of medialBranchBlockConsent.acknowledgements) expect(pageText.replace(/\n/g, ' ')).toContain(statement)
    const [attachment] = pdfAttachments(bytes)
    expect(attachment.toString('utf8')).toBe(snapshot.text)
    expect(await sha256Hex(attachment.toString('utf8'))).toBe(snapshot.sha256)
  })

  it('reads as a record: identifiers, dates in words in the clinic time zone, the name as typed and tidied, a readable address', async () => {
    const bytes = await consentPdf({ ...input, snapshotText: 'Consent\nVersion 2\n', textSha256: 'c'.repeat(64), typedName: 'pat   morgan', ip: '::1' })
    const pageText = pdfPageText(bytes)
    expect(pageText).toContain('Date of birth\nApril 12, 1968')
    expect(pageText).toContain('Clinic number\nHSC-104512')
    expect(pageText).toContain('Portal patient record\n7')
    // 08:15 UTC on 27 November is 08:15 in London (GMT); the appointment at 09:30 UTC likewise.
    expect(pageText).toContain('Signed at\nFriday, November 27, 2026, 3:15 AM (America/New_York)')
    expect(pageText).toContain('Tuesday, December 1, 2026, 4:30 AM (America/New_York)')
    expect(pageText).toContain('Signed at, exact time recorded by the server (UTC)\n2026-11-27T08:15:00.000Z')
    expect(pageText).toContain('Signature: name as typed by the patient\n“pat   morgan”')
    expect(pageText).toContain('Signature: name normalised (spaces tidied)\npat morgan')
    expect(pageText).toMatch(/Network address the form was sent from\n::1 \(loopback/)
    expect(pageText).not.toMatch(/IP address\n::1/)
    expect(pageText).toContain('clinic number HSC-104512 · page 1 of')
    const summer = pdfPageText(await consentPdf({ ...input, snapshotText: 'Consent\nVersion 2\n', textSha256: 'c'.repeat(64), signedAt: '2026-07-04T13:03:00.000Z', ip: '::ffff:203.0.113.7' }))
    expect(summer).toContain('Saturday, July 4, 2026, 9:03 AM (America/New_York)')
    expect(summer).toContain('Network address the form was sent from\n203.0.113.7\n')
  })

  it('writes its own labels and dates in the language signed: a Spanish consent reads Spanish throughout', async () => {
    const spanish = 'Consentimiento\nVersión 2\n'
    const pageText = pdfPageText(await consentPdf({ ...input, locale: 'es', typedName: 'Begoña Muñoz', snapshotText: spanish, textSha256: 'c'.repeat(64) }))
    expect(pageText).toContain('Registro de consentimiento firmado')
    expect(pageText).toContain('Fecha de nacimiento\n12 de abril de 1968')
    expect(pageText).toContain('Firmado el\nviernes, 27 de noviembre de 2026, 3:15 a.m. (America/New_York)')
    expect(pageText.replace(/\n/g, ' ')).toMatch(/martes, 1 de diciembre de 2026, 4:30 a\.m\. \(America\/New_York\); lado: izquierdo; niveles: L4-L5/)
    expect(pageText).toContain('Firma: nombre tal como lo escribió el paciente\n“Begoña Muñoz”')
    expect(pageText).toContain('página 1 de')
    expect(pageText).not.toMatch(/Signed at|Date of birth|Signature:|page 1 of/)
  })

  it('says plainly when the record has no date of birth or clinic number', async () => {
    const pageText = pdfPageText(
      await consentPdf({ ...input, patient: { id: 7, fullName: 'Zoë Łukasz', dateOfBirth: null, clinicNumber: null }, snapshotText: 'Consent\n', textSha256: 'c'.repeat(64) }),
    )
    expect(pageText).toContain('Date of birth\nNot on record')
    expect(pageText).toContain('Clinic number\nNone on record')
    expect(pageText).toContain('portal patient record 7 · page 1 of')
  })

  it('prints accents and other scripts with its embedded Unicode font: Spanish text, "ñ", names in Polish, Greek, Cyrillic', async () => {
    const spanish = 'Consentimiento\nVersión 2\n\n¿Qué es un bloqueo? Una inyección pequeña, cerca de la columna.\n'
    const bytes = await consentPdf({ ...input, typedName: 'María Peña Łukasz', snapshotText: spanish, textSha256: 'c'.repeat(64) })
    const pageText = pdfPageText(bytes)
    expect(pageText).toContain('“María Peña Łukasz”')
    expect(pageText).toContain('¿Qué es un bloqueo? Una inyección pequeña, cerca de la columna.')
    expect(pageText).not.toContain('cannot be printed')
    const scripts = pdfPageText(await consentPdf({ ...input, typedName: 'Ελένη Σμιρνόва Иванова', snapshotText: 'Consent\n', textSha256: 'c'.repeat(64) }))
    expect(scripts).toContain('Ελένη Σμιρνόва Иванова')
  })

  it('keeps names the PDF font cannot print exactly in the metadata, and says so on the page', async () => {
    const bytes = await consentPdf({ ...input, typedName: '王小明', snapshotText: 'Consent\nVersion 2\n', textSha256: 'c'.repeat(64) })
    expect((await PDFDocument.load(bytes)).getTitle()).toContain('王小明')
    const pageText = pdfPageText(bytes)
    expect(pageText).toContain('“???”')
    expect(pageText).toContain('cannot be printed')
  })
})

// ---- The seeded consent: the article's facts, in our own words ----

const ARTICLE_PATH = path.resolve(process.cwd(), '../shared/reference/medial-branch-block-article.txt')
const article = fs.existsSync(ARTICLE_PATH) ? fs.readFileSync(ARTICLE_PATH, 'utf8') : null

function words(value: string): string[] {
  return value
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

function ngrams(tokens: string[], n: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '))
  return out
}

describe('the seeded medial branch block consent', () => {
  const seed = medialBranchBlockConsent
  const allText = [seed.title, seed.bodyMarkdown, ...seed.benefits, ...Object.values(seed.risks).flat(), ...seed.alternatives, ...seed.acknowledgements]
  const joined = allText.join('\n').toLowerCase()

  it.skipIf(article === null)('shares no run of 8 consecutive words with the clinic article', () => {
    const articleGrams = ngrams(words(article ?? ''), 8)
    const copied = allText.flatMap((value) => [...ngrams(words(value), 8)].filter((gram) => articleGrams.has(gram)))
    expect(copied).toEqual([])
  })

  it.each([
    ['it is mainly a diagnostic test', /mainly a test|main purpose is to find out/],
    ['relief may be brief', /fades within hours|last only hours/],
    ['the possible next step is radiofrequency ablation', /radiofrequency ablation/],
    ['a negative result is still useful', /both answers help|negative result/],
    ['it targets the medial branch nerves of the facet joints', /medial branch nerves[\s\S]*facet joints/],
    ['it is image-guided and same-day', /x-ray[\s\S]*same day/],
    ['a pain diary follows', /pain diary|portal diary/],
  ])('teaches that %s', (_fact, pattern) => {
    expect(joined).toMatch(pattern)
  })

  it('lists risks at every frequency, benefits, alternatives, and a withdrawal statement', () => {
    expect(seed.risks.common.join(' ')).toMatch(/soreness|swelling/i)
    expect(seed.risks.common.join(' ')).toMatch(/numb/i)
    expect(seed.risks.lessCommon.join(' ')).toMatch(/side effects/i)
    expect(seed.risks.rare.join(' ')).toMatch(/infection/i)
    expect(seed.risks.rare.join(' ')).toMatch(/bleeding/i)
    expect(seed.risks.rare.join(' ')).toMatch(/allergic/i)
    expect(seed.benefits.length).toBeGreaterThanOrEqual(3)
    expect(seed.alternatives.length).toBeGreaterThanOrEqual(2)
    expect(seed.acknowledgements.some((statement) => /withdraw/.test(statement))).toBe(true)
  })
})
