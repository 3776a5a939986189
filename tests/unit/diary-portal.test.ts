import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { blockTimeInputSchema } from '@/collections/Diaries/blockTime'
import {
  DEFAULT_QUESTIONNAIRE,
  diaryTimePoints,
  fromTemplateRow,
  questionnaireSchema,
  toTemplateRow,
} from '@/lib/diary'
import { nextBatch, parseHeldAnswers, reconcile, recordAnswer, unsentCount, type HeldAnswer } from '@/components/portal/diary/answers'
import { diaryTodo } from '@/components/portal/diary/diaryTodo'
import { answerSummary, baselineNotYetText, connectionText, dueText, type DiaryWords } from '@/components/portal/diary/text'
import type { ClinicFormats } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/config'
import { messagesFor } from '@/lib/i18n/messages'
import { DEFAULT_CRITERIA_PROFILES, MULTISOCIETY_2020_PROFILE } from '@/lib/block-analysis'
import { DEFAULT_TIME_POINTS, type DiaryEntry } from '@/lib/diary'
import { criteriaProfilesFrom, DEFAULT_BLOCK_ANALYSIS_SETTINGS, findProfileProblems } from '@/payload/globals/blockAnalysisProfiles'

const MINUTE = 60_000
/** A UK clinic (24-hour clock) and the US demo clinic. */
const UK = { timeZone: 'Europe/London', region: 'GB' } as const
const US = { timeZone: 'America/New_York', region: 'US' } as const
/** Tuesday 1 December 2026, 10:00 GMT. */
const block = new Date('2026-12-01T10:00:00Z')

let counter = 0
function answer(timePointKey: string, nrs: number, answeredAt: string, extra: Partial<DiaryEntry> = {}): DiaryEntry {
  counter += 1
  return { timePointKey, nrs, clientId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, answeredAt, ...extra }
}

describe('the default questionnaire', () => {
  it('asks the default medial branch block diary: baseline, 15/30/60 minutes, hourly to 8 hours, next morning', () => {
    expect(diaryTimePoints(DEFAULT_QUESTIONNAIRE)).toEqual(DEFAULT_TIME_POINTS)
    expect(DEFAULT_QUESTIONNAIRE.timePoints[0].questions).toEqual(['activity', 'medicines'])
    expect(DEFAULT_QUESTIONNAIRE.timePoints.slice(1).every((point) => point.questions.join() === 'relief,activity,medicines')).toBe(true)
  })

  it('survives the CMS round trip (template rows and back)', () => {
    const rows = DEFAULT_QUESTIONNAIRE.timePoints.map(toTemplateRow)
    expect(rows.map((row) => row.kind)).toEqual(['baseline', ...Array(10).fill('after-block'), 'next-morning'])
    expect(rows.map(fromTemplateRow)).toEqual(DEFAULT_QUESTIONNAIRE.timePoints)
  })

  it('refuses templates that would not make a working diary', () => {
    const points = DEFAULT_QUESTIONNAIRE.timePoints
    const twice = questionnaireSchema.safeParse({ ...DEFAULT_QUESTIONNAIRE, timePoints: [...points, points[3]] })
    expect(twice.error?.issues.map((issue) => issue.message)).toContain('The time point key "1-hour" is used twice.')
    const noBaseline = questionnaireSchema.safeParse({ ...DEFAULT_QUESTIONNAIRE, timePoints: points.slice(1) })
    expect(noBaseline.error?.issues.map((issue) => issue.message)).toContain('A diary needs exactly one baseline time point.')
    const badKey = questionnaireSchema.safeParse({ ...DEFAULT_QUESTIONNAIRE, timePoints: [...points, { ...points[3], key: 'One Hour' }] })
    expect(badKey.success).toBe(false)
  })
})

describe('answers held by the page', () => {
  const server = [answer('baseline', 7, '2026-12-01T09:50:00Z'), answer('15-minutes', 2, '2026-12-01T10:16:00Z')]

  it('counts the server’s answers as saved and a new answer as unsent', () => {
    const held = recordAnswer(reconcile([], server), answer('30-minutes', 1, '2026-12-01T10:31:00Z'))
    expect(unsentCount(held)).toBe(1)
    expect(nextBatch(held).map((entry) => entry.timePointKey)).toEqual(['30-minutes'])
    expect(nextBatch(held)[0]).not.toHaveProperty('synced')
  })

  it('keeps a device answer given after the server’s, and drops an older one', () => {
    const newer = answer('15-minutes', 4, '2026-12-01T10:20:00Z')
    const older = answer('baseline', 9, '2026-12-01T09:40:00Z')
    const held = reconcile([{ ...newer, synced: false }, { ...older, synced: false }], server)
    expect(held.find((entry) => entry.timePointKey === '15-minutes')).toMatchObject({ nrs: 4, synced: false })
    expect(held.find((entry) => entry.timePointKey === 'baseline')).toMatchObject({ nrs: 7, synced: true })
  })

  it('marks sent answers saved once the server holds them, and re-sends one it does not hold', () => {
    const local: HeldAnswer[] = [{ ...server[0], synced: true }, { ...answer('1-hour', 1, '2026-12-01T11:02:00Z'), synced: true }]
    const held = reconcile(local, server)
    expect(held.filter((entry) => !entry.synced).map((entry) => entry.timePointKey)).toEqual(['1-hour'])
    expect(reconcile(held, [...server, nextBatch(held)[0]]).every((entry) => entry.synced)).toBe(true)
  })

  it('sends at most one autosave’s worth at a time, oldest first, and skips refused answers', () => {
    let held: HeldAnswer[] = []
    for (let minute = 0; minute < 25; minute++) held = recordAnswer(held, answer(`key-${minute}`, 1, new Date(block.getTime() + (25 - minute) * MINUTE).toISOString()))
    const batch = nextBatch(held)
    expect(batch).toHaveLength(20)
    expect(batch[0].timePointKey).toBe('key-24')
    expect(nextBatch(held, new Set([batch[0].clientId]))[0].timePointKey).toBe('key-23')
  })

  it('reads back only well-formed answers from storage', () => {
    const good = { ...server[0], synced: true }
    expect(parseHeldAnswers([good, { ...server[1], nrs: 12 }, 'junk', null])).toEqual([good])
    expect(parseHeldAnswers({ not: 'a list' })).toEqual([])
  })
})

/** The diary's messages in one language, as the page gets them from next-intl. */
function wordsIn(locale: Locale, formats: ClinicFormats = UK): DiaryWords {
  return { t: createTranslator({ locale, messages: messagesFor(locale), namespace: 'diary' }) as unknown as DiaryWords['t'], locale, formats }
}
const en = wordsIn('en')

describe('the diary’s wording', () => {
  it('says when each question is due, in clinic time', () => {
    const now = new Date('2026-12-01T10:05:00Z')
    expect(dueText(en, null, now, true)).toBe('Just before your block')
    expect(dueText(en, new Date('2026-12-01T10:15:00Z'), now, false)).toBe('Due at 10:15')
    expect(dueText(en, new Date('2026-12-02T09:00:00Z'), now, false)).toBe('Due Wednesday 2 December at 09:00')
    expect(dueText(en, block, now, true)).toBe('Just before your block (given at 10:00)')
    expect(baselineNotYetText(en, new Date('2026-12-02T09:30:00Z'))).toBe('On Wednesday 2 December, just before your block')
    // The US demo clinic: the same wording in Boston's zone and style.
    const us = wordsIn('en', US)
    expect(dueText(us, new Date('2026-12-01T15:15:00Z'), new Date('2026-12-01T15:05:00Z'), false)).toBe('Due at 10:15 AM')
    expect(dueText(us, new Date('2026-12-02T14:00:00Z'), new Date('2026-12-01T15:05:00Z'), false)).toBe('Due Wednesday, December 2 at 9:00 AM')
  })

  it('names the day of every question not on the block day, and of any question read on another day', () => {
    const sameDay = new Date('2026-12-01T10:05:00Z')
    const nextMorning = new Date('2026-12-02T09:00:00Z')
    expect(dueText(en, new Date('2026-12-01T10:15:00Z'), sameDay, false, block)).toBe('Due at 10:15')
    // The next-morning question, read the next morning after submitting: still dated.
    expect(dueText(en, nextMorning, new Date('2026-12-02T09:40:00Z'), false, block)).toBe('Due Wednesday 2 December at 09:00')
    // The block day's questions, read the day after.
    expect(dueText(en, new Date('2026-12-01T10:15:00Z'), nextMorning, false, block)).toBe('Due Tuesday 1 December at 10:15')
    expect(dueText(en, block, nextMorning, true, block)).toBe('Just before your block (given at 10:00 on Tuesday 1 December)')
  })

  it('summarises an answer and the saving state in words', () => {
    expect(answerSummary(en, { nrs: 3, reliefPercent: 55, activity: 'Walking', medicines: '' })).toBe('Pain 3 out of 10 · 55% relief · Walking')
    expect(connectionText(en, 'saved', 0)).toBe('All your answers are saved.')
    expect(connectionText(en, 'saved', 0, 3)).toBe('All your answers are saved.')
    expect(connectionText(en, 'saved', 0, 0)).toBe('No answers yet. Each answer is saved as soon as you give it.')
    expect(connectionText(en, 'saved', 0, 0)).not.toMatch(/All your answers/)
    expect(connectionText(en, 'saved', 1)).toBe('Saving your answers…')
    expect(connectionText(en, 'kept', 2)).toMatch(/2 answers are kept on this device/)
    expect(connectionText(en, 'paused', 1)).toBe('The clinic’s server is busy for a moment. 1 answer is kept on this device and will be sent as soon as it answers.')
    expect(connectionText(en, 'paused', 0, 2)).toBe('All your answers are saved.')
    expect(connectionText(en, 'signed-out', 2)).toMatch(/sign in again/)
  })

  it('says the same in Spanish, with dates worded in Spanish', () => {
    const es = wordsIn('es')
    const now = new Date('2026-12-01T10:05:00Z')
    expect(dueText(es, new Date('2026-12-01T10:15:00Z'), now, false)).toBe('Toca a las 10:15')
    expect(dueText(es, new Date('2026-12-02T09:00:00Z'), now, false)).toBe('Toca el miércoles, 2 de diciembre a las 09:00')
    expect(baselineNotYetText(es, new Date('2026-12-02T09:30:00Z'))).toBe('El miércoles, 2 de diciembre, justo antes de su bloqueo')
    expect(answerSummary(es, { nrs: 3, reliefPercent: 55, activity: 'Caminar', medicines: 'Ibuprofeno' })).toBe('Dolor 3 de 10 · 55 % de alivio · Caminar · Medicamentos: Ibuprofeno')
    expect(connectionText(es, 'kept', 2)).toBe('No hay conexión con la clínica. 2 respuestas se guardan en este dispositivo y se enviarán cuando vuelva a tener conexión.')
    expect(connectionText(es, 'paused', 1)).toMatch(/^El servidor de la clínica está ocupado por un momento. 1 respuesta se guarda/)
  })

  it('gives the dashboard to-do its status', () => {
    expect(diaryTodo(4, null, UK)).toMatchObject({ done: false, statusText: 'Not started', href: '/portal/appointments/4/diary' })
    expect(diaryTodo(4, { status: 'in-progress', answered: 3, total: 12, submittedAt: null }, UK).statusText).toBe('In progress (3 of 12 answered)')
    expect(diaryTodo(4, { status: 'submitted', answered: 11, total: 12, submittedAt: '2026-12-02T10:00:00Z' }, UK)).toMatchObject({
      done: true,
      statusText: 'Submitted on Wednesday 2 December 2026',
    })
  })
})

describe('the block time a patient types', () => {
  it('is a 24-hour time of day', () => {
    expect(blockTimeInputSchema.parse({ time: ' 14:05 ' }).time).toEqual({ hour: 14, minute: 5 })
    for (const time of ['24:00', '9:5', '2pm', '', 1405]) expect(blockTimeInputSchema.safeParse({ time }).success).toBe(false)
  })
})

describe('block analysis settings', () => {
  it('default to the two built-in profiles', () => {
    expect(findProfileProblems(DEFAULT_BLOCK_ANALYSIS_SETTINGS)).toEqual([])
    expect(criteriaProfilesFrom(DEFAULT_BLOCK_ANALYSIS_SETTINGS)).toEqual(DEFAULT_CRITERIA_PROFILES)
    expect(criteriaProfilesFrom(null)).toEqual(DEFAULT_CRITERIA_PROFILES)
  })

  it('apply the clinic’s hours per agent to every profile', () => {
    const profiles = criteriaProfilesFrom({ ...DEFAULT_BLOCK_ANALYSIS_SETTINGS, expectedMinimumHours: { lidocaine: 2, bupivacaine: 4, other: 1.5 } })
    expect(profiles.map((profile) => profile.expectedMinimumHours.bupivacaine)).toEqual([4, 4])
    expect(profiles[1]).toMatchObject({ id: MULTISOCIETY_2020_PROFILE.id, reliefThresholdPercent: 50, blocksRequired: 1 })
  })

  it('name every problem with the field it belongs to', () => {
    const [medicare, multisociety] = DEFAULT_BLOCK_ANALYSIS_SETTINGS.profiles
    const problems = findProfileProblems({
      expectedMinimumHours: { lidocaine: -1, bupivacaine: 3, other: 1 },
      profiles: [{ ...medicare, reliefThresholdPercent: 0 }, { ...multisociety, profileId: medicare.profileId, blocksRequired: 3 }],
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'profiles.0.reliefThresholdPercent', message: 'Relief threshold must be above 0%.' },
        { path: 'profiles.1.blocksRequired', message: 'Blocks required must be 1 or 2.' },
        { path: 'profiles.1.profileId', message: 'The profile id "medicare-lcd" is used twice.' },
        { path: 'expectedMinimumHours.lidocaine', message: 'Expected minimum hours cannot be negative.' },
      ]),
    )
    expect(findProfileProblems({ ...DEFAULT_BLOCK_ANALYSIS_SETTINGS, profiles: [] })).toEqual([{ path: 'profiles', message: 'Keep at least one criteria profile.' }])
    expect(criteriaProfilesFrom({ ...DEFAULT_BLOCK_ANALYSIS_SETTINGS, profiles: [] })).toEqual(DEFAULT_CRITERIA_PROFILES)
  })
})
