import { z } from '../zod'
import { DIARY_PROBLEMS } from './problems'

export const MAX_AUTOSAVE_ENTRIES = 20

const PAIN_SCORE_MESSAGE = DIARY_PROBLEMS.painScore
const RELIEF_MESSAGE = DIARY_PROBLEMS.relief
const TIME_POINT_MESSAGE = DIARY_PROBLEMS.timePoint

/** One diary answer, as the form sends it and the server stores it. Unknown keys are stripped. */
export const diaryEntrySchema = z.object({
  timePointKey: z
    .string({ error: TIME_POINT_MESSAGE })
    .min(1, TIME_POINT_MESSAGE)
    .max(40, TIME_POINT_MESSAGE)
    .regex(/^[a-z0-9-]+$/, TIME_POINT_MESSAGE),
  nrs: z.number({ error: PAIN_SCORE_MESSAGE }).int(PAIN_SCORE_MESSAGE).min(0, PAIN_SCORE_MESSAGE).max(10, PAIN_SCORE_MESSAGE),
  reliefPercent: z
    .number({ error: RELIEF_MESSAGE })
    .int(RELIEF_MESSAGE)
    .min(0, RELIEF_MESSAGE)
    .max(100, RELIEF_MESSAGE)
    .nullish(),
  activity: z
    .string({ error: DIARY_PROBLEMS.activityWords })
    .trim()
    .max(200, DIARY_PROBLEMS.activityLong)
    .optional(),
  medicines: z
    .string({ error: DIARY_PROBLEMS.medicinesWords })
    .trim()
    .max(500, DIARY_PROBLEMS.medicinesLong)
    .optional(),
  clientId: z.uuid({ error: DIARY_PROBLEMS.answerId }),
  answeredAt: z.iso.datetime({
    offset: true,
    error: DIARY_PROBLEMS.answerTime,
  }),
})

export type DiaryEntry = z.output<typeof diaryEntrySchema>
export type DiaryEntryInputData = z.input<typeof diaryEntrySchema>

/** A batch of answers saved as the patient goes (autosave, offline re-send). */
export const diaryAutosaveSchema = z.object({
  entries: z
    .array(diaryEntrySchema, { error: DIARY_PROBLEMS.noAnswers })
    .min(1, DIARY_PROBLEMS.noAnswers)
    .max(MAX_AUTOSAVE_ENTRIES, `Save at most ${MAX_AUTOSAVE_ENTRIES} answers at a time.`),
})

export type DiaryAutosave = z.output<typeof diaryAutosaveSchema>
