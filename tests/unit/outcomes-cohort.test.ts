import { createRequire } from 'node:module'
import type { QuestionnaireResponse } from 'fhir/r4'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_FOLLOW_UP_PLAN,
  PEG_INSTRUMENT,
  PGIC_INSTRUMENT,
  answerSetToQuestionnaireResponse,
  cohortRows,
  compareWithBaseline,
  csvCell,
  median,
  scoreAnswers,
  scoreToObservations,
  summariseCohort,
  toCsv,
  type CohortFollowUp,
  type CohortInput,
} from '@/lib/outcomes'

interface FhirValidator {
  validate(resource: unknown): unknown[]
}
const require = createRequire(import.meta.url)
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => FhirValidator

const day = (text: string) => new Date(`${text}T10:00:00Z`)
const pegAnswers = (value: number) => ({ 'pain-average': value, enjoyment: value, 'general-activity': value })

function followUp(ablationId: string, pointKey: string, answeredAt: string, instrumentId: string, answers: Record<string, number>): CohortFollowUp {
  return { ablationId, pointKey, instrumentId, answeredAt: day(answeredAt), answers }
}

const cohort: CohortInput = {
  period: { from: new Date('2027-01-01T00:00:00Z'), to: new Date('2027-02-01T00:00:00Z') },
  blocks: [
    { id: 'b1', patientId: 'p1', performedAt: day('2027-01-05'), verdicts: [{ profileId: 'medicare-lcd', verdict: 'positive' }, { profileId: 'multisociety-2020', verdict: 'positive' }] },
    { id: 'b2', patientId: 'p1', performedAt: day('2027-01-19'), verdicts: [{ profileId: 'medicare-lcd', verdict: 'positive' }, { profileId: 'multisociety-2020', verdict: 'positive' }] },
    { id: 'b3', patientId: 'p2', performedAt: day('2027-01-10'), verdicts: [{ profileId: 'medicare-lcd', verdict: 'negative' }, { profileId: 'multisociety-2020', verdict: 'positive' }] },
    { id: 'b4', patientId: 'p3', performedAt: day('2027-01-12'), verdicts: [{ profileId: 'medicare-lcd', verdict: 'indeterminate' }, { profileId: 'multisociety-2020', verdict: 'negative' }] },
    { id: 'b5', patientId: 'p4', performedAt: day('2026-12-20'), verdicts: [{ profileId: 'medicare-lcd', verdict: 'positive' }] },
  ],
  ablations: [
    { id: 'a1', patientId: 'p1', performedAt: day('2027-01-25') },
    { id: 'a2', patientId: 'p2', performedAt: day('2027-01-28') },
    { id: 'a3', patientId: 'p4', performedAt: day('2027-01-02') }, // blocked before the period
    { id: 'a4', patientId: 'p5', performedAt: day('2027-02-01') }, // after the period (end excluded)
  ],
  followUps: [
    followUp('a1', 'baseline', '2027-01-20', 'peg', pegAnswers(8)),
    followUp('a1', '6-weeks', '2027-03-08', 'peg', pegAnswers(2)), // -6, -75%: improved
    followUp('a1', '6-weeks', '2027-03-08', 'pgic', { change: 1 }),
    followUp('a1', '3-months', '2027-04-25', 'peg', pegAnswers(3)), // -62.5%: still improved
    followUp('a2', 'baseline', '2027-01-21', 'peg', pegAnswers(6)),
    followUp('a2', '6-weeks', '2027-03-11', 'peg', pegAnswers(5)), // -1, -16.7%: not improved
    followUp('a2', '6-weeks', '2027-03-11', 'pgic', { change: 4 }),
    followUp('a3', 'baseline', '2026-12-30', 'peg', pegAnswers(5)),
    followUp('a3', '6-weeks', '2027-02-13', 'peg', pegAnswers(3)), // -2, -40%: improved
    followUp('a4', '6-weeks', '2027-03-15', 'peg', pegAnswers(0)), // ablation outside the period
  ],
  instruments: [PEG_INSTRUMENT, PGIC_INSTRUMENT],
  points: DEFAULT_FOLLOW_UP_PLAN.points.filter((point) => point.key !== 'baseline'),
}

describe('cohort summary', () => {
  const summary = summariseCohort(cohort)
  const outcome = (pointKey: string, instrumentId: string) =>
    summary.outcomes.find((candidate) => candidate.pointKey === pointKey && candidate.instrumentId === instrumentId)!

  it('counts the blocks given in the period and the share positive per profile', () => {
    expect(summary.blocksGiven).toBe(4)
    expect(summary.patientsBlocked).toBe(3)
    expect(summary.profiles).toEqual([
      { profileId: 'medicare-lcd', judged: 4, positive: 2, negative: 1, indeterminate: 1, sharePositive: 0.5 },
      { profileId: 'multisociety-2020', judged: 4, positive: 3, negative: 1, indeterminate: 0, sharePositive: 0.75 },
    ])
  })

  it('counts the patients who went on to ablation and the ablations in the period', () => {
    expect(summary.patientsWentOnToAblation).toBe(2) // p1 and p2; p4 was blocked before the period
    expect(summary.ablationsInPeriod).toBe(3)
  })

  it('gives the share improved and the median change at each follow-up point', () => {
    expect(outcome('6-weeks', 'peg')).toEqual({
      pointKey: '6-weeks',
      label: '6 weeks after',
      instrumentId: 'peg',
      answered: 3,
      improved: 2,
      notImproved: 1,
      indeterminate: 0,
      shareImproved: 2 / 3,
      medianChange: -2, // of -6, -1, -2
      medianChangePercent: -40, // of -75, -16.7, -40
    })
    expect(outcome('6-weeks', 'pgic')).toMatchObject({ answered: 2, improved: 1, shareImproved: 0.5, medianChange: null })
    expect(outcome('3-months', 'peg')).toMatchObject({ answered: 1, improved: 1, shareImproved: 1, medianChange: -5 })
    expect(outcome('12-months', 'peg')).toMatchObject({ answered: 0, shareImproved: null, medianChange: null })
  })

  it('draws the duration of benefit from the PEG follow-ups', () => {
    // a1 improved at both points (censored at 90 days), a3 improved at 6 weeks (censored), a2 never improved.
    expect(summary.durationOfBenefit).toMatchObject({ included: 2, neverImproved: 1, medianDays: null })
    expect(summary.durationOfBenefit?.steps.map((step) => step.days)).toEqual([0, 42, 90])
  })

  it('takes the clinic threshold instead of the instrument default', () => {
    const strict = summariseCohort({ ...cohort, improvementThresholdPercent: 70 })
    expect(strict.outcomes.find((o) => o.pointKey === '6-weeks' && o.instrumentId === 'peg')?.improved).toBe(1)
    expect(strict.outcomes.find((o) => o.pointKey === '6-weeks' && o.instrumentId === 'pgic')?.improved).toBe(1)
  })

  it('computes medians of odd and even counts', () => {
    expect(median([])).toBeNull()
    expect(median([3, -1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
})

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines'], [1, null, true]])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n1,,true\r\n')
  })

  it('neutralises cells a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(['=SUM(A1:A9)', '+1', '-2', '@cmd', '\tx'].map(csvCell)).toEqual(["'=SUM(A1:A9)", "'+1", "'-2", "'@cmd", "'\tx"])
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell(-2.5)).toBe('-2.5')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('writes the cohort summary as rows', () => {
    const csv = toCsv(cohortRows(summariseCohort(cohort)))
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('section,group,measure,value')
    expect(lines).toContain('blocks,medicare-lcd,share positive,0.5')
    expect(lines).toContain('follow-up,6 weeks after / peg,median change,-2')
    expect(lines).toContain('ablation,all,patients went on to ablation,2')
  })
})

describe('FHIR exports of outcomes', () => {
  let validator: FhirValidator
  beforeAll(() => {
    validator = new JSONSchemaValidator()
  }, 60_000)

  const context = { patient: { id: 5, name: 'Mary Ann Smith' }, ablationAppointmentId: 77, pointKey: '6-weeks' }

  it('writes a PEG answer set as a schema-valid QuestionnaireResponse with its instrument contained', () => {
    const response = answerSetToQuestionnaireResponse({
      ...context,
      id: 'peg-31',
      instrument: PEG_INSTRUMENT,
      questionnaireUrl: 'https://portal.example.org/fhir/Questionnaire/peg',
      answeredAt: '2027-03-08T09:12:00Z',
      answers: { 'pain-average': 3, enjoyment: 2, 'general-activity': 2 },
    })
    expect(validator.validate(response)).toEqual([])
    expect(response).toMatchObject({
      status: 'completed',
      questionnaire: '#outcome-questionnaire',
      subject: { reference: 'Patient/5' },
      authored: '2027-03-08T09:12:00.000Z',
      extension: [{ url: 'urn:spine-portal:extension:follow-up-point', valueString: '6-weeks' }],
    })
    expect(response.item?.map((item) => [item.linkId, item.answer?.[0].valueInteger])).toEqual([
      ['pain-average', 3],
      ['enjoyment', 2],
      ['general-activity', 2],
    ])
  })

  it('writes a PGIC answer as a coded choice', () => {
    const response = answerSetToQuestionnaireResponse({
      ...context,
      id: 'pgic-32',
      instrument: PGIC_INSTRUMENT,
      questionnaireUrl: 'https://portal.example.org/fhir/Questionnaire/pgic',
      answeredAt: new Date('2027-03-08T09:13:00Z'),
      answers: { change: 2 },
    })
    expect(validator.validate(response)).toEqual([])
    expect(response.item?.[0].answer?.[0].valueCoding).toEqual({
      system: 'urn:spine-portal:instrument:pgic:change',
      code: '2',
      display: 'Much improved',
    })
  })

  it('writes scores as schema-valid Observations, with the change from baseline', () => {
    const [pegScore] = scoreToObservations({
      ...context,
      id: 'peg-31-score',
      answerSetId: 'peg-31',
      instrument: PEG_INSTRUMENT,
      effectiveAt: '2027-03-08T09:12:00Z',
      score: scoreAnswers(PEG_INSTRUMENT, { 'pain-average': 3, enjoyment: 2, 'general-activity': 2 }),
      change: compareWithBaseline(PEG_INSTRUMENT, 8, 2.3),
    })
    expect(validator.validate(pegScore)).toEqual([])
    expect(pegScore.valueQuantity?.value).toBe(2.3)
    expect(pegScore.derivedFrom).toEqual([{ reference: 'QuestionnaireResponse/peg-31' }])
    expect(pegScore.component?.map((component) => component.valueQuantity?.value)).toEqual([-5.7, -71.3])

    const pgicScores = scoreToObservations({
      ...context,
      id: 'pgic-32-score',
      answerSetId: 'pgic-32',
      instrument: PGIC_INSTRUMENT,
      effectiveAt: '2027-03-08T09:13:00Z',
      score: scoreAnswers(PGIC_INSTRUMENT, { change: 6 }),
    })
    expect(pgicScores).toHaveLength(1)
    expect(validator.validate(pgicScores[0])).toEqual([])
    expect(pgicScores[0].id).toBe('pgic-32-score-change')
    expect(pgicScores[0].valueCodeableConcept?.coding?.[0].display).toBe('Much worse')
  })

  it('the validator catches a broken response, and bad ids are refused', () => {
    const broken = { resourceType: 'QuestionnaireResponse', status: 'done' } as unknown as QuestionnaireResponse
    expect(validator.validate(broken).length).toBeGreaterThan(0)
    expect(() =>
      answerSetToQuestionnaireResponse({
        ...context,
        id: 'no spaces allowed',
        instrument: PGIC_INSTRUMENT,
        questionnaireUrl: 'https://portal.example.org/fhir/Questionnaire/pgic',
        answeredAt: '2027-03-08T09:13:00Z',
        answers: { change: 2 },
      }),
    ).toThrow(RangeError)
  })
})
