import { z } from '../zod'

export const MAX_AUTOSAVE_ENTRIES = 20

const PAIN_SCORE_MESSAGE = 'Choose a pain score from 0 to 10.'
const RELIEF_MESSAGE = 'Relief must be a whole percentage from 0 to 100.'
const TIME_POINT_MESSAGE = 'This diary time point is not recognised. Reload the page and try again.'

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
    .string({ error: 'Describe the activity in words.' })
    .trim()
    .max(200, 'Keep the activity to 200 characters or fewer.')
    .optional(),
  medicines: z
    .string({ error: 'Describe the medicines in words.' })
    .trim()
    .max(500, 'Keep the medicines to 500 characters or fewer.')
    .optional(),
  clientId: z.uuid({ error: 'This answer has no valid identifier. Reload the page and try again.' }),
  answeredAt: z.iso.datetime({
    offset: true,
    error: 'The time of this answer is not valid. Reload the page and try again.',
  }),
})

export type DiaryEntry = z.output<typeof diaryEntrySchema>
export type DiaryEntryInputData = z.input<typeof diaryEntrySchema>

/** A batch of answers saved as the patient goes (autosave, offline re-send). */
export const diaryAutosaveSchema = z.object({
  entries: z
    .array(diaryEntrySchema, { error: 'There are no answers to save.' })
    .min(1, 'There are no answers to save.')
    .max(MAX_AUTOSAVE_ENTRIES, `Save at most ${MAX_AUTOSAVE_ENTRIES} answers at a time.`),
})

export type DiaryAutosave = z.output<typeof diaryAutosaveSchema>
