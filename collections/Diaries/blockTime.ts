/** The block time as the patient gives it: a time of day on the appointment's day. Shared by the form and the server. */
import { z } from 'zod'

import { parseTimeOfDay } from '@/lib/dates'
import { DIARY_PROBLEMS } from '@/lib/diary/problems'

const TIME_MESSAGE = DIARY_PROBLEMS.blockTime

export const blockTimeInputSchema = z.object({
  time: z
    .string({ error: TIME_MESSAGE })
    .trim()
    .transform((text, context) => {
      const time = parseTimeOfDay(text)
      if (!time) context.addIssue({ code: 'custom', message: TIME_MESSAGE })
      return time ?? { hour: 0, minute: 0 }
    }),
})

export type BlockTimeInput = z.input<typeof blockTimeInputSchema>
