import { describe, expect, it } from 'vitest'
import {
  CONSENT_SIGNATURE_MEANING,
  MAX_DRAWING_DATA_URL_LENGTH,
  checkSubmissionAgainstDocument,
  consentSnapshotText,
  consentSubmissionSchema,
  drawingIsValidPng,
  namesMatch,
  normaliseName,
  sha256Hex,
  type ConsentDocumentContent,
} from '@/lib/consent'

const documentContent: ConsentDocumentContent = {
  title: 'Consent for a lumbar medial branch block',
  version: 3,
  body: 'What the procedure is.\r\n\r\nA small dose of local anaesthetic is placed near the nerves.  \r\n\r\n\r\n\r\nIt takes about 30 minutes.',
  risks: { common: ['Soreness where the needle went in'], lessCommon: ['A short rise in pain'], rare: ['Infection', 'Bleeding'] },
  benefits: ['Shows whether the facet joints cause your pain'],
  alternatives: ['Physiotherapy', 'Pain medicines'],
  acknowledgements: ['I have read this document.', 'I know I can withdraw before the procedure.'],
}

const expectedText = `Consent for a lumbar medial branch block
Version 3

What the procedure is.

A small dose of local anaesthetic is placed near the nerves.

It takes about 30 minutes.

Benefits
- Shows whether the facet joints cause your pain

Risks
Common risks
- Soreness where the needle went in

Less common risks
- A short rise in pain

Rare risks
- Infection
- Bleeding

Alternatives
- Physiotherapy
- Pain medicines

What you are confirming
1. I have read this document.
2. I know I can withdraw before the procedure.
`

describe('consentSnapshotText', () => {
  it('lays the document out in a fixed order with LF endings and one trailing newline', () => {
    expect(consentSnapshotText(documentContent)).toBe(expectedText)
  })

  it('normalises line endings, trailing spaces and Unicode composition', () => {
    const decomposed = { ...documentContent, title: 'Consent for Zoe\u0308  \n', body: documentContent.body.replace(/\r\n/g, '\r') }
    const composed = { ...documentContent, title: 'Consent for Zo\u00eb', body: documentContent.body.replace(/\r\n/g, '\n') }
    expect(consentSnapshotText(decomposed)).toBe(consentSnapshotText(composed))
    expect(consentSnapshotText(composed).endsWith('procedure.\n')).toBe(true)
  })

  it('leaves out empty sections and blank list items', () => {
    const text = consentSnapshotText({
      ...documentContent,
      risks: { common: [], lessCommon: [' '], rare: ['Infection'] },
      alternatives: [],
    })
    expect(text).toContain('Risks\nRare risks\n- Infection\n\nWhat you are confirming')
    expect(text).not.toContain('Alternatives')
    expect(text).not.toContain('Common risks')
  })

  it('refuses an invalid version', () => {
    expect(() => consentSnapshotText({ ...documentContent, version: 0 })).toThrow(/version/)
  })
})

describe('sha256Hex', () => {
  it('matches known digests', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('hashes UTF-8 bytes', async () => {
    // "é" is C3 A9 in UTF-8.
    expect(await sha256Hex('\u00e9')).toBe(await sha256Hex('\u00e9'))
    expect(await sha256Hex('\u00e9')).not.toBe(await sha256Hex('e'))
  })

  it('gives the same hash for the same document', async () => {
    const copy = structuredClone(documentContent)
    expect(await sha256Hex(consentSnapshotText(copy))).toBe(await sha256Hex(consentSnapshotText(documentContent)))
  })

  it('changes when one character of any part changes', async () => {
    const original = await sha256Hex(consentSnapshotText(documentContent))
    const flip = (text: string) => text.slice(0, -1) + (text.endsWith('x') ? 'y' : 'x')
    const variants: ConsentDocumentContent[] = [
      { ...documentContent, title: flip(documentContent.title) },
      { ...documentContent, version: 4 },
      { ...documentContent, body: documentContent.body.replace('30', '31') },
      { ...documentContent, benefits: [flip(documentContent.benefits[0])] },
      { ...documentContent, alternatives: ['Physiotherapy', flip('Pain medicines')] },
      { ...documentContent, alternatives: ['Pain medicines', 'Physiotherapy'] },
      { ...documentContent, acknowledgements: [documentContent.acknowledgements[0], flip(documentContent.acknowledgements[1])] },
      { ...documentContent, risks: { ...documentContent.risks, common: [flip(documentContent.risks.common[0])] } },
      { ...documentContent, risks: { ...documentContent.risks, lessCommon: [flip(documentContent.risks.lessCommon[0])] } },
      { ...documentContent, risks: { ...documentContent.risks, rare: ['Infection', flip('Bleeding')] } },
      // The same risk moved to another frequency group is a different text.
      { ...documentContent, risks: { common: documentContent.risks.common, lessCommon: ['A short rise in pain', 'Infection'], rare: ['Bleeding'] } },
    ]
    const hashes = await Promise.all(variants.map((variant) => sha256Hex(consentSnapshotText(variant))))
    for (const hash of hashes) expect(hash).not.toBe(original)
    expect(new Set(hashes).size).toBe(variants.length)
  })
})

describe('name matching', () => {
  it('ignores case and extra, leading and trailing whitespace', () => {
    expect(normaliseName('  Mary   Ann\tSMITH ')).toBe('mary ann smith')
    expect(namesMatch('mary ann smith', 'Mary Ann Smith')).toBe(true)
    expect(namesMatch(' MARY  ANN SMITH ', 'Mary Ann Smith')).toBe(true)
  })

  it('does not ignore accents, hyphens, apostrophes or missing names', () => {
    expect(namesMatch('Zoe Brown', 'Zoë Brown')).toBe(false)
    expect(namesMatch('Mary-Ann Smith', 'Mary Ann Smith')).toBe(false)
    expect(namesMatch('Sean OBrien', "Sean O'Brien")).toBe(false)
    expect(namesMatch('Mary Smith', 'Mary Ann Smith')).toBe(false)
    expect(namesMatch('   ', '')).toBe(false)
  })

  it('treats the same accented letter typed two ways as equal', () => {
    expect(namesMatch('Zoe\u0308 Brown', 'Zo\u00eb Brown')).toBe(true)
  })
})

/** A real 1x1 transparent PNG. */
const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const GIF_AS_PNG = 'data:image/png;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

function submission(overrides: Record<string, unknown> = {}) {
  return {
    appointmentId: 12,
    documentId: 3,
    documentVersion: 2,
    textSha256: 'a'.repeat(64),
    acknowledgements: [true, true, true],
    typedName: '  Mary Ann Smith ',
    drawing: TINY_PNG,
    certified: true,
    ...overrides,
  }
}

function messages(input: unknown): string[] {
  const result = consentSubmissionSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('consentSubmissionSchema', () => {
  it('accepts a complete submission, trimming the name and lower-casing the hash', () => {
    const parsed = consentSubmissionSchema.parse(submission({ textSha256: 'AB'.repeat(32), extra: 'dropped' }))
    expect(parsed.typedName).toBe('Mary Ann Smith')
    expect(parsed.textSha256).toBe('ab'.repeat(32))
    expect(parsed).not.toHaveProperty('extra')
  })

  it('accepts a submission without a drawing', () => {
    const { drawing: _drawing, ...rest } = submission()
    expect(consentSubmissionSchema.safeParse(rest).success).toBe(true)
    expect(consentSubmissionSchema.safeParse(submission({ drawing: null })).success).toBe(true)
  })

  it('refuses missing or unticked acknowledgements', () => {
    expect(messages(submission({ acknowledgements: [] }))).toEqual(['Tick every statement to confirm you have read it.'])
    expect(messages(submission({ acknowledgements: [true, false] }))).toEqual(['Tick every statement to confirm you have read it.'])
    expect(messages(submission({ acknowledgements: undefined }))).toEqual(['Tick every statement to confirm you have read it.'])
    expect(messages(submission({ acknowledgements: Array(31).fill(true) }))).toHaveLength(1)
  })

  it('refuses a missing certification', () => {
    expect(messages(submission({ certified: false }))).toEqual(['Confirm that you understand what signing means.'])
  })

  it('refuses a hash of the wrong length or alphabet', () => {
    expect(messages(submission({ textSha256: 'a'.repeat(63) }))[0]).toMatch(/fingerprint is not valid/)
    expect(messages(submission({ textSha256: 'g'.repeat(64) }))[0]).toMatch(/fingerprint is not valid/)
  })

  it('refuses bad ids and names', () => {
    expect(messages(submission({ appointmentId: 0 }))[0]).toMatch(/appointment is missing or not valid/)
    expect(messages(submission({ documentVersion: 1.5 }))[0]).toMatch(/version is missing or not valid/)
    expect(messages(submission({ documentId: '3' }))[0]).toMatch(/consent document is missing/)
    expect(messages(submission({ typedName: ' M ' }))).toEqual(['Type your full name to sign.'])
    expect(messages(submission({ typedName: 'x'.repeat(121) }))).toEqual(['Your name must be 120 characters or fewer.'])
  })

  it('refuses an oversized drawing', () => {
    const huge = TINY_PNG + 'A'.repeat(MAX_DRAWING_DATA_URL_LENGTH)
    expect(messages(submission({ drawing: huge }))).toEqual([
      'The drawn signature is too large. Clear it and draw it again, or leave it out.',
    ])
  })

  it('refuses a drawing that is not a PNG', () => {
    expect(messages(submission({ drawing: GIF_AS_PNG }))).toEqual(['The drawn signature must be a PNG image.'])
    expect(messages(submission({ drawing: TINY_PNG.replace('image/png', 'image/jpeg') }))).toEqual([
      'The drawn signature must be a PNG image.',
    ])
  })

  it('refuses a drawing that is not valid base64', () => {
    const expected = ['The drawn signature could not be read. Clear it and draw it again.']
    expect(messages(submission({ drawing: 'data:image/png;base64,iVBORw0KGgo$$$$' }))).toEqual(expected)
    expect(messages(submission({ drawing: 'data:image/png;base64,iVBORw0KGgoAA' }))).toEqual(expected)
    expect(messages(submission({ drawing: 'data:image/png;base64,' }))).toEqual(expected)
    expect(messages(submission({ drawing: 42 }))).toEqual(expected)
  })
})

describe('drawingIsValidPng', () => {
  it('checks the PNG signature after decoding', () => {
    expect(drawingIsValidPng(TINY_PNG)).toBe(true)
    expect(drawingIsValidPng(GIF_AS_PNG)).toBe(false)
    expect(drawingIsValidPng('data:image/png;base64,iVBORw0KGgo=')).toBe(false) // signature only, no IHDR
    expect(drawingIsValidPng('data:image/png;base64,not base64!')).toBe(false)
    expect(drawingIsValidPng(TINY_PNG.slice('data:image/png;base64,'.length))).toBe(false)
  })
})

describe('checkSubmissionAgainstDocument', () => {
  const parsed = consentSubmissionSchema.parse(submission())
  const expected = { documentId: 3, documentVersion: 2, acknowledgementCount: 3, textSha256: 'A'.repeat(64) }

  it('accepts a submission that fits the document', () => {
    expect(checkSubmissionAgainstDocument(parsed, expected)).toBeNull()
  })

  it('explains each mismatch', () => {
    expect(checkSubmissionAgainstDocument(parsed, { ...expected, documentVersion: 3 })).toMatch(/has changed/)
    expect(checkSubmissionAgainstDocument(parsed, { ...expected, textSha256: 'b'.repeat(64) })).toMatch(/does not match/)
    expect(checkSubmissionAgainstDocument(parsed, { ...expected, acknowledgementCount: 4 })).toBe(
      'Tick every statement to confirm you have read it.',
    )
  })
})

describe('CONSENT_SIGNATURE_MEANING', () => {
  it('says what signing means and that consent can be withdrawn', () => {
    expect(CONSENT_SIGNATURE_MEANING).toMatch(/read and understood/)
    expect(CONSENT_SIGNATURE_MEANING).toMatch(/agree to have the procedure/)
    expect(CONSENT_SIGNATURE_MEANING).toMatch(/withdraw/)
  })
})
