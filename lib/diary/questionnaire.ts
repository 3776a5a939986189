/**
 * The questionnaire a diary asks: wording and time points, as edited in a CMS template and as
 * frozen into each diary when it starts. `questionnaireOfDiary` is the one reader of that snapshot.
 */
import { z } from '../zod'

import { DEFAULT_TIME_POINTS, isBaseline, NOMINAL_NEXT_MORNING_MINUTES } from './time-points'
import type { DiaryTimePoint } from './types'

/** Questions asked besides the pain score (which every time point asks). */
export const OPTIONAL_QUESTIONS = ['relief', 'activity', 'medicines'] as const
export type OptionalQuestion = (typeof OPTIONAL_QUESTIONS)[number]

export const TIME_POINT_KINDS = ['baseline', 'after-block', 'next-morning'] as const
export type TimePointKind = (typeof TIME_POINT_KINDS)[number]

const wordingSchema = z.object({
  pain: z.string().trim().min(1).max(300),
  painLow: z.string().trim().min(1).max(60),
  painHigh: z.string().trim().min(1).max(60),
  relief: z.string().trim().min(1).max(300),
  activity: z.string().trim().min(1).max(300),
  medicines: z.string().trim().min(1).max(300),
})

const timePointSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'A time point key uses lowercase letters, digits and hyphens (at most 40).'),
  label: z.string().trim().min(1, 'Every time point needs a label.').max(120),
  minutesAfterBlock: z.number().int().min(0).max(7 * 24 * 60).nullable(),
  nextMorning: z.boolean().optional(),
  windowMinutes: z.number().int().min(1).max(24 * 60).optional(),
  questions: z.array(z.enum(OPTIONAL_QUESTIONS)),
})

export type QuestionnaireTimePoint = z.output<typeof timePointSchema>
export type QuestionnaireWording = z.output<typeof wordingSchema>

/** A questionnaire: exactly one baseline, at least one point after the block, unique keys. */
export const questionnaireSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    introduction: z.string().trim().max(2000),
    wording: wordingSchema,
    timePoints: z.array(timePointSchema).min(2, 'A diary needs a baseline and at least one time point after the block.').max(30),
  })
  .superRefine((questionnaire, context) => {
    const keys = questionnaire.timePoints.map((point) => point.key)
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
    if (duplicate) context.addIssue({ code: 'custom', path: ['timePoints'], message: `The time point key "${duplicate}" is used twice.` })
    const baselines = questionnaire.timePoints.filter(isBaseline).length
    if (baselines !== 1) context.addIssue({ code: 'custom', path: ['timePoints'], message: 'A diary needs exactly one baseline time point.' })
  })

export type Questionnaire = z.output<typeof questionnaireSchema>

/** The time points in lib/diary's terms (for `diarySchedule`, `toBlockInput`, ...). */
export function diaryTimePoints(questionnaire: Pick<Questionnaire, 'timePoints'>): DiaryTimePoint[] {
  return questionnaire.timePoints.map(({ questions: _questions, ...point }) => point)
}

export function asksQuestion(point: Pick<QuestionnaireTimePoint, 'questions'>, question: OptionalQuestion): boolean {
  return point.questions.includes(question)
}

/** One time point row as the CMS stores it. */
export type TemplateTimePointRow = {
  key: string
  label: string
  kind: TimePointKind
  minutesAfterBlock?: number | null
  windowMinutes?: number | null
  questions?: OptionalQuestion[] | null
}

/** A CMS template row into a questionnaire time point (the kind decides how it is scheduled). */
export function fromTemplateRow(row: TemplateTimePointRow): QuestionnaireTimePoint {
  const common = {
    key: row.key,
    label: row.label,
    questions: [...(row.questions ?? [])],
    ...(row.windowMinutes ? { windowMinutes: row.windowMinutes } : {}),
  }
  if (row.kind === 'baseline') return { ...common, minutesAfterBlock: null }
  if (row.kind === 'next-morning') return { ...common, minutesAfterBlock: NOMINAL_NEXT_MORNING_MINUTES, nextMorning: true }
  return { ...common, minutesAfterBlock: row.minutesAfterBlock ?? 0 }
}

export function toTemplateRow(point: QuestionnaireTimePoint): TemplateTimePointRow {
  const kind: TimePointKind = point.nextMorning ? 'next-morning' : isBaseline(point) ? 'baseline' : 'after-block'
  return {
    key: point.key,
    label: point.label,
    kind,
    minutesAfterBlock: kind === 'after-block' ? point.minutesAfterBlock : null,
    windowMinutes: point.windowMinutes ?? null,
    questions: point.questions,
  }
}

/**
 * The clinic's default medial branch block diary: the usual pain during the activity that brings it
 * on, just before the block, then at 15, 30 and 60 minutes, hourly to 8 hours, and the next morning.
 * Seeded into the CMS, and used as is when no template exists.
 */
export const DEFAULT_QUESTIONNAIRE: Questionnaire = questionnaireSchema.parse({
  title: 'Medial branch block pain diary',
  introduction:
    'This diary shows your specialist how much the block eased your usual pain, and for how long. ' +
    'Each time, do the activity that usually brings on your pain (if it is safe to), then score the pain you feel while doing it. ' +
    'Answer each question when it is due. If you miss one, answer it as soon as you can.',
  wording: {
    pain: 'How bad is your usual pain now, while you do the activity that brings it on?',
    painLow: 'No pain',
    painHigh: 'Worst pain you can imagine',
    relief: 'How much relief do you feel compared with before the block, in percent? (optional)',
    activity: 'Which activity did you do?',
    medicines: 'Which pain medicines have you taken since your last answer, and when? (leave empty if none)',
  },
  timePoints: DEFAULT_TIME_POINTS.map((point) => ({
    ...point,
    questions: isBaseline(point) ? ['activity', 'medicines'] : ['relief', 'activity', 'medicines'],
  })),
})

/**
 * The questionnaire a diary was kept with, from the snapshot frozen into it when it started (checked
 * then, so it reads back); the clinic's default if a snapshot were ever unreadable.
 */
export function questionnaireOfDiary(snapshot: unknown): Questionnaire {
  const parsed = questionnaireSchema.safeParse(snapshot)
  return parsed.success ? parsed.data : DEFAULT_QUESTIONNAIRE
}
