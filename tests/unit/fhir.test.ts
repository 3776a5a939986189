import { createRequire } from 'node:module'
import { createHash } from 'node:crypto'
import type { Consent, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  APPOINTMENT_IDENTIFIER_SYSTEM,
  consentToFhirConsent,
  diaryToQuestionnaireResponse,
  hexToBase64,
  type ConsentExport,
  type DiaryExport,
} from '@/lib/fhir'

interface FhirValidator {
  validate(resource: unknown): unknown[]
}
const require = createRequire(import.meta.url)
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => FhirValidator

let validator: FhirValidator
beforeAll(() => {
  validator = new JSONSchemaValidator()
}, 60_000)

const diary: DiaryExport = {
  id: 17,
  status: 'submitted',
  authoredAt: new Date('2026-12-02T09:10:00Z'),
  patient: { id: 5, name: 'Mary Ann Smith' },
  appointmentId: 42,
  questionnaireUrl: 'https://portal.example.org/fhir/Questionnaire/mbb-pain-diary',
  blockTime: '2026-12-01T10:00:00.000Z',
  baselineNrs: 8,
  entries: [
    {
      timePointKey: '30-minutes',
      label: '30 minutes after the block',
      minutesAfterBlock: 30,
      nrs: 0,
      reliefPercent: 100,
      activity: 'Standing',
      medicines: null,
      answeredAt: '2026-12-01T10:31:00Z',
    },
    {
      timePointKey: '15-minutes',
      label: '15 minutes after the block',
      minutesAfterBlock: 15,
      nrs: 1,
      reliefPercent: 90,
      activity: 'Standing',
      medicines: 'Paracetamol 1 g',
      answeredAt: '2026-12-01T10:16:00+00:00',
    },
    {
      timePointKey: 'next-morning',
      label: 'The next morning',
      minutesAfterBlock: 1380,
      nrs: 7,
      reliefPercent: null,
      activity: '',
      medicines: undefined,
      answeredAt: new Date('2026-12-02T09:05:00Z'),
    },
  ],
}

const pdfBytes = 'pretend these are the bytes of a PDF'
const pdfSha256 = createHash('sha256').update(pdfBytes).digest('hex')

const consent: ConsentExport = {
  id: 'c-9',
  status: 'signed',
  signedAt: '2026-11-20T14:30:00Z',
  withdrawnAt: null,
  patient: { id: 5, name: 'Mary Ann Smith' },
  document: { id: 3, title: 'Consent for a lumbar medial branch block', version: 2 },
  pdfUrl: 'https://portal.example.org/api/consents/9/pdf',
  sha256: pdfSha256,
  typedName: 'Mary Ann Smith',
}

function group(response: QuestionnaireResponse, linkId: string): QuestionnaireResponseItem | undefined {
  return response.item?.find((item) => item.linkId === linkId)
}

function child(groupItem: QuestionnaireResponseItem | undefined, suffix: string): QuestionnaireResponseItem | undefined {
  return groupItem?.item?.find((item) => item.linkId === `${groupItem.linkId}.${suffix}`)
}

describe('diaryToQuestionnaireResponse', () => {
  const response = diaryToQuestionnaireResponse(diary)

  it('validates against the FHIR R4 JSON schema', () => {
    expect(validator.validate(response)).toEqual([])
  })

  it('carries the block analysis flags as extensions, and none without flags', () => {
    expect(response.extension).toBeUndefined()
    const flagged = diaryToQuestionnaireResponse({
      ...diary,
      flags: [
        { kind: 'pre-block-analgesic', message: 'Pain medicine taken 2 h 50 min before the block.', profileNames: null },
        { kind: 'late-onset', message: 'Relief first reached 80% at 1 h.', profileNames: ['Medicare facet LCD'] },
      ],
    })
    expect(validator.validate(flagged)).toEqual([])
    expect(flagged.extension).toEqual([
      {
        url: 'urn:spine-portal:extension:block-analysis-flag',
        extension: [
          { url: 'kind', valueCode: 'pre-block-analgesic' },
          { url: 'message', valueString: 'Pain medicine taken 2 h 50 min before the block.' },
        ],
      },
      {
        url: 'urn:spine-portal:extension:block-analysis-flag',
        extension: [
          { url: 'kind', valueCode: 'late-onset' },
          { url: 'message', valueString: 'Relief first reached 80% at 1 h.' },
          { url: 'profile', valueString: 'Medicare facet LCD' },
        ],
      },
    ])
  })

  it('is completed when submitted, in progress otherwise', () => {
    expect(response.status).toBe('completed')
    const draft = diaryToQuestionnaireResponse({ ...diary, status: 'in-progress' })
    expect(draft.status).toBe('in-progress')
    expect(validator.validate(draft)).toEqual([])
  })

  it('names the patient, the appointment, the time and the questionnaire', () => {
    expect(response.resourceType).toBe('QuestionnaireResponse')
    expect(response.id).toBe('17')
    expect(response.subject).toEqual({ reference: 'Patient/5', display: 'Mary Ann Smith' })
    expect(response.authored).toBe('2026-12-02T09:10:00.000Z')
    expect(response.encounter?.identifier).toEqual({ system: APPOINTMENT_IDENTIFIER_SYSTEM, value: '42' })
    expect(response.questionnaire).toBe('#diary-questionnaire')
    const [questionnaire] = response.contained ?? []
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: 'diary-questionnaire', url: diary.questionnaireUrl })
  })

  it('has the block time, then one item per time point, baseline first', () => {
    expect(response.item?.map((item) => item.linkId)).toEqual([
      'block-time',
      'baseline',
      '15-minutes',
      '30-minutes',
      'next-morning',
    ])
    expect(group(response, 'block-time')?.answer).toEqual([{ valueDateTime: '2026-12-01T10:00:00.000Z' }])
    expect(group(response, '15-minutes')?.text).toBe('15 minutes after the block')
  })

  it('writes each answer with its FHIR type and leaves out empty ones', () => {
    const fifteen = group(response, '15-minutes')
    expect(child(fifteen, 'nrs')?.answer).toEqual([{ valueInteger: 1 }])
    expect(child(fifteen, 'relief')?.answer).toEqual([{ valueInteger: 90 }])
    expect(child(fifteen, 'activity')?.answer).toEqual([{ valueString: 'Standing' }])
    expect(child(fifteen, 'medicines')?.answer).toEqual([{ valueString: 'Paracetamol 1 g' }])
    expect(child(fifteen, 'minutes-after-block')?.answer).toEqual([{ valueInteger: 15 }])
    expect(child(fifteen, 'answered-at')?.answer).toEqual([{ valueDateTime: '2026-12-01T10:16:00.000Z' }])
    const morning = group(response, 'next-morning')
    expect(morning?.item?.map((item) => item.linkId)).toEqual([
      'next-morning.nrs',
      'next-morning.minutes-after-block',
      'next-morning.answered-at',
    ])
    // The baseline made from baselineNrs has a score but no answer time of its own.
    expect(child(group(response, 'baseline'), 'nrs')?.answer).toEqual([{ valueInteger: 8 }])
    expect(child(group(response, 'baseline'), 'answered-at')).toBeUndefined()
  })

  it('codes every NRS item with LOINC 72514-3', () => {
    const nrsItems = response.item?.flatMap((item) => item.item ?? []).filter((item) => item.linkId.endsWith('.nrs'))
    expect(nrsItems).toHaveLength(4)
    for (const item of nrsItems ?? []) expect(item.definition).toBe('http://loinc.org/72514-3')
    const questionnaire = response.contained?.[0]
    const questions = questionnaire?.resourceType === 'Questionnaire' ? questionnaire.item ?? [] : []
    const nrsQuestions = questions.flatMap((item) => item.item ?? []).filter((item) => item.linkId.endsWith('.nrs'))
    expect(nrsQuestions).toHaveLength(4)
    for (const question of nrsQuestions) {
      expect(question.type).toBe('integer')
      expect(question.code).toEqual([
        { system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
      ])
    }
    expect(JSON.stringify(response)).toContain('72514-3')
  })

  it('every answered item has a question in the contained questionnaire', () => {
    const questionnaire = response.contained?.[0]
    const questions = questionnaire?.resourceType === 'Questionnaire' ? questionnaire.item ?? [] : []
    const questionIds = new Set(questions.flatMap((item) => [item.linkId, ...(item.item ?? []).map((c) => c.linkId)]))
    const answerIds = (response.item ?? []).flatMap((item) => [item.linkId, ...(item.item ?? []).map((c) => c.linkId)])
    for (const linkId of answerIds) expect(questionIds).toContain(linkId)
  })

  it('keeps a baseline entry instead of adding one, and refuses duplicates and bad ids', () => {
    const withBaseline = diaryToQuestionnaireResponse({
      ...diary,
      entries: [
        { timePointKey: 'before', label: 'Before', minutesAfterBlock: null, nrs: 7, answeredAt: '2026-12-01T09:55:00Z' },
        ...diary.entries,
      ],
    })
    expect(withBaseline.item?.map((item) => item.linkId)).toEqual(['block-time', 'before', '15-minutes', '30-minutes', 'next-morning'])
    expect(() => diaryToQuestionnaireResponse({ ...diary, entries: [...diary.entries, diary.entries[0]] })).toThrow(/two entries/)
    expect(() => diaryToQuestionnaireResponse({ ...diary, id: 'no spaces' })).toThrow(/FHIR id/)
    expect(() => diaryToQuestionnaireResponse({ ...diary, authoredAt: 'yesterday' })).toThrow(/not a valid date/)
  })
})

describe('consentToFhirConsent', () => {
  const resource = consentToFhirConsent(consent)

  it('validates against the FHIR R4 JSON schema', () => {
    expect(validator.validate(resource)).toEqual([])
  })

  it('is an active treatment consent of the patient', () => {
    expect(resource.status).toBe('active')
    expect(resource.scope.coding).toEqual([
      { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment', display: 'Treatment' },
    ])
    expect(resource.category[0].coding).toEqual([{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }])
    expect(resource.patient).toEqual({ reference: 'Patient/5', display: 'Mary Ann Smith' })
    expect(resource.performer).toEqual([{ reference: 'Patient/5', display: 'Mary Ann Smith' }])
    expect(resource.dateTime).toBe('2026-11-20T14:30:00.000Z')
    expect(resource.policy).toEqual([{ uri: 'urn:spine-portal:consent-document:3:version:2' }])
    expect(resource.provision).toEqual({ type: 'permit', period: { start: '2026-11-20T14:30:00.000Z' } })
  })

  it('points to the signed PDF with the base64 SHA-256 of its bytes', () => {
    expect(resource.sourceAttachment).toEqual({
      contentType: 'application/pdf',
      url: consent.pdfUrl,
      hash: createHash('sha256').update(pdfBytes).digest('base64'),
      title: 'Consent for a lumbar medial branch block (version 2), signed',
      creation: '2026-11-20T14:30:00.000Z',
    })
    const withoutHash = consentToFhirConsent({ ...consent, sha256: null })
    expect(withoutHash.sourceAttachment).not.toHaveProperty('hash')
    expect(validator.validate(withoutHash)).toEqual([])
  })

  it('is inactive once withdrawn, with the permission ending at withdrawal', () => {
    const withdrawn = consentToFhirConsent({ ...consent, status: 'withdrawn', withdrawnAt: '2026-11-25T08:00:00Z' })
    expect(withdrawn.status).toBe('inactive')
    expect(withdrawn.provision?.period).toEqual({ start: '2026-11-20T14:30:00.000Z', end: '2026-11-25T08:00:00.000Z' })
    expect(validator.validate(withdrawn)).toEqual([])
  })

  it('uses the document URL as policy when there is one', () => {
    const withUrl = consentToFhirConsent({ ...consent, document: { ...consent.document, url: 'https://portal.example.org/consent/3/2' } })
    expect(withUrl.policy).toEqual([{ uri: 'https://portal.example.org/consent/3/2' }])
  })
})

describe('the validator bites', () => {
  it('reports a bad status', () => {
    const response = diaryToQuestionnaireResponse(diary)
    expect(validator.validate({ ...response, status: 'nonsense' }).length).toBeGreaterThan(0)
    const resource = consentToFhirConsent(consent)
    expect(validator.validate({ ...resource, status: 'nonsense' } as unknown as Consent).length).toBeGreaterThan(0)
  })

  it('reports a missing required element, an unknown element and a malformed dateTime', () => {
    const { scope: _scope, ...withoutScope } = consentToFhirConsent(consent)
    expect(validator.validate(withoutScope).length).toBeGreaterThan(0)
    expect(validator.validate({ ...consentToFhirConsent(consent), signedBy: 'someone' }).length).toBeGreaterThan(0)
    expect(validator.validate({ ...diaryToQuestionnaireResponse(diary), authored: '2026-12-02 09:10' }).length).toBeGreaterThan(0)
  })
})

describe('hexToBase64', () => {
  it('converts digests and refuses odd input', () => {
    expect(hexToBase64('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(
      'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    )
    expect(() => hexToBase64('abc')).toThrow(RangeError)
    expect(() => hexToBase64('zz')).toThrow(RangeError)
  })
})
