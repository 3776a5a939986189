import { describe, expect, it } from 'vitest'
import {
  PEG_INSTRUMENT,
  PGIC_INSTRUMENT,
  answerSetSchema,
  compareWithBaseline,
  describeItemsForPatient,
  describeScoreForPatient,
  instrumentSchema,
  judgeImprovement,
  parseAnswerSet,
  roundTo,
  scoreAnswers,
  type Instrument,
} from '@/lib/outcomes'

const peg = (painAverage: number, enjoyment: number, generalActivity: number) =>
  scoreAnswers(PEG_INSTRUMENT, { 'pain-average': painAverage, enjoyment, 'general-activity': generalActivity })
const pgic = (change: number) => scoreAnswers(PGIC_INSTRUMENT, { change })

function problems(instrument: Instrument, answers: unknown): string[] {
  const result = answerSetSchema(instrument).safeParse(answers)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('shipped instruments', () => {
  it('are valid definitions with their source and licence', () => {
    for (const instrument of [PEG_INSTRUMENT, PGIC_INSTRUMENT]) {
      expect(instrumentSchema.safeParse(instrument).success).toBe(true)
      expect(instrument.source).not.toBe('')
      expect(instrument.licence).not.toBe('')
    }
    expect(PEG_INSTRUMENT.items.map((item) => item.id)).toEqual(['pain-average', 'enjoyment', 'general-activity'])
    expect(PGIC_INSTRUMENT.items[0].scale).toMatchObject({ kind: 'options' })
  })

  it('refuse broken definitions with plain messages', () => {
    const broken = {
      ...PEG_INSTRUMENT,
      items: [
        PEG_INSTRUMENT.items[0],
        { ...PEG_INSTRUMENT.items[1], id: 'pain-average' },
        { ...PEG_INSTRUMENT.items[2], scale: { kind: 'numeric', min: 10, max: 0, minLabel: 'a', maxLabel: 'b' } },
      ],
    }
    const result = instrumentSchema.safeParse(broken)
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((issue) => issue.message)
    expect(messages).toContain('The highest value must be above the lowest.')
    expect(messages).toContain('Two items have the id "pain-average".')

    const badImprovement = instrumentSchema.safeParse({ ...PGIC_INSTRUMENT, improvement: { rule: 'answer-in', itemId: 'change', values: [9] } })
    expect(badImprovement.error?.issues.map((issue) => issue.message)).toEqual([
      'An improvement value is not on the scale of "overall change".',
    ])
    const perItemChange = instrumentSchema.safeParse({ ...PGIC_INSTRUMENT, improvement: { rule: 'change-from-baseline' } })
    expect(perItemChange.error?.issues.map((issue) => issue.message)).toEqual([
      'Change from baseline needs one total score: use sum or mean scoring.',
    ])
  })
})

describe('answer sets', () => {
  it('accept every required item on its scale', () => {
    expect(parseAnswerSet(PEG_INSTRUMENT, { 'pain-average': 0, enjoyment: 10, 'general-activity': 5 })).toEqual({
      'pain-average': 0,
      enjoyment: 10,
      'general-activity': 5,
    })
    expect(parseAnswerSet(PGIC_INSTRUMENT, { change: 7 })).toEqual({ change: 7 })
  })

  it('refuse missing, off-scale, fractional, textual and unknown answers, naming the question', () => {
    expect(problems(PEG_INSTRUMENT, { 'pain-average': 11, enjoyment: 2.5, 'general-activity': '5', mood: 3 })).toEqual([
      '"mood" is not a question of PEG.',
      'The answer to "pain on average" must be a whole number from 0 to 10.',
      'The answer to "pain getting in the way of enjoying life" must be a whole number from 0 to 10.',
      'The answer to "pain getting in the way of everyday activities" must be a whole number from 0 to 10.',
    ])
    expect(problems(PEG_INSTRUMENT, { 'pain-average': 4 })).toEqual([
      'Answer "pain getting in the way of enjoying life".',
      'Answer "pain getting in the way of everyday activities".',
    ])
    expect(problems(PGIC_INSTRUMENT, { change: 0 })).toEqual(['The answer to "overall change" must be one of the offered answers.'])
    expect(problems(PGIC_INSTRUMENT, [3])).toEqual(['The answers must be a list of item answers.'])
    expect(() => parseAnswerSet(PGIC_INSTRUMENT, {})).toThrow('Invalid answers: Answer "overall change".')
  })
})

describe('PEG scoring', () => {
  it('is the mean of the three items, to one decimal', () => {
    expect(peg(8, 7, 6).total).toBe(7)
    expect(peg(7, 7, 6).total).toBe(6.7) // 20 / 3 = 6.67
    expect(peg(0, 0, 1).total).toBe(0.3)
    expect(peg(10, 10, 10).total).toBe(10)
  })

  it('rounds half away from zero, without binary noise', () => {
    expect(roundTo(-71.25, 1)).toBe(-71.3)
    expect(roundTo(((2.3 - 8) / 8) * 100, 1)).toBe(-71.3)
    expect(roundTo(6.25, 1)).toBe(6.3)
    expect(roundTo(-0.04, 1)).toBe(0)
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false)
  })

  it('leaves the total empty when an item is missing', () => {
    expect(scoreAnswers(PEG_INSTRUMENT, { 'pain-average': 5 }).total).toBeNull()
  })

  it('measures the change from baseline with lower as better', () => {
    expect(compareWithBaseline(PEG_INSTRUMENT, 7, 3.3)).toEqual({
      baseline: 7,
      current: 3.3,
      absolute: -3.7,
      percent: -52.9, // 3.7 / 7 = 52.86%
      direction: 'better',
      improvementPercent: 52.9,
    })
    expect(compareWithBaseline(PEG_INSTRUMENT, 4, 6)).toMatchObject({ absolute: 2, percent: 50, direction: 'worse', improvementPercent: -50 })
    expect(compareWithBaseline(PEG_INSTRUMENT, 0, 0)).toMatchObject({ percent: null, direction: 'same', improvementPercent: null })
    expect(compareWithBaseline({ better: 'higher' }, 40, 60)).toMatchObject({ direction: 'better', improvementPercent: 50 })
  })

  it('is a meaningful improvement at a 30% reduction or more by default, or at the clinic threshold', () => {
    expect(judgeImprovement(PEG_INSTRUMENT, peg(7, 7, 7), peg(10, 10, 10))).toMatchObject({
      status: 'improved',
      reason: 'PEG down 30% from baseline (threshold 30%).',
    })
    expect(judgeImprovement(PEG_INSTRUMENT, peg(8, 7, 7), peg(10, 10, 10)).status).toBe('not-improved') // 7.3: 27%
    expect(judgeImprovement(PEG_INSTRUMENT, peg(7, 7, 7), peg(10, 10, 10), 50).status).toBe('not-improved')
    expect(judgeImprovement(PEG_INSTRUMENT, peg(9, 9, 9), peg(6, 6, 6))).toMatchObject({
      status: 'not-improved',
      reason: 'PEG up 50% from baseline (threshold 30%).',
    })
  })

  it('cannot judge without a baseline or with no pain at baseline', () => {
    expect(judgeImprovement(PEG_INSTRUMENT, peg(2, 2, 2), null)).toMatchObject({
      status: 'indeterminate',
      reason: 'No PEG before the ablation to compare with.',
    })
    expect(judgeImprovement(PEG_INSTRUMENT, peg(0, 0, 0), peg(0, 0, 0)).status).toBe('indeterminate')
  })

  it('tells the patient what changed in plain words, never a diagnosis', () => {
    expect(describeScoreForPatient(PEG_INSTRUMENT, peg(3, 3, 3), peg(7, 7, 7))).toBe(
      'Your pain score (PEG) is down from 7 to 3 since the ablation.',
    )
    expect(describeScoreForPatient(PEG_INSTRUMENT, peg(8, 8, 8), peg(6, 6, 6))).toBe(
      'Your pain score (PEG) is up from 6 to 8 since the ablation.',
    )
    expect(describeScoreForPatient(PEG_INSTRUMENT, peg(5, 5, 5), peg(5, 5, 5))).toBe(
      'Your pain score (PEG) is the same as before the ablation (5).',
    )
    expect(describeScoreForPatient(PEG_INSTRUMENT, peg(5, 4, 4), null)).toBe('Your pain score (PEG) is 4.3.')
    expect(describeItemsForPatient(PEG_INSTRUMENT, peg(4, 3, 3), peg(8, 7, 7))).toEqual([
      'Pain on average is down from 8 to 4 since the ablation.',
      'Pain getting in the way of enjoying life is down from 7 to 3 since the ablation.',
      'Pain getting in the way of everyday activities is down from 7 to 3 since the ablation.',
    ])
  })
})

describe('PGIC scoring', () => {
  it('scores the single item as it is', () => {
    expect(pgic(2)).toEqual({ instrumentId: 'pgic', total: null, items: { change: 2 } })
  })

  it('counts "much" or "very much improved" as improved, and nothing else', () => {
    expect(judgeImprovement(PGIC_INSTRUMENT, pgic(1), null)).toEqual({ status: 'improved', reason: 'PGIC: "Very much improved".' })
    expect(judgeImprovement(PGIC_INSTRUMENT, pgic(2), null).status).toBe('improved')
    expect(judgeImprovement(PGIC_INSTRUMENT, pgic(3), null)).toEqual({
      status: 'not-improved',
      reason: 'PGIC: "A little improved" (not counted as improved).',
    })
    for (const value of [4, 5, 6, 7]) expect(judgeImprovement(PGIC_INSTRUMENT, pgic(value), null).status).toBe('not-improved')
    expect(judgeImprovement(PGIC_INSTRUMENT, scoreAnswers(PGIC_INSTRUMENT, {}), null).status).toBe('indeterminate')
  })

  it('repeats the patient’s own answer back to them', () => {
    expect(describeScoreForPatient(PGIC_INSTRUMENT, pgic(2), null)).toBe(
      'You described the change since the ablation as "much improved".',
    )
    expect(describeItemsForPatient(PGIC_INSTRUMENT, pgic(6), null)).toEqual(['Overall change: Much worse.'])
  })
})
