/** The block time as the patient gives it: a time of day on the appointment's day. Shared by the form and the server. */
import { z } from 'zod'

import { parseTimeOfDay } from '@/lib/dates'

const TIME_MESSAGE = 'Enter the time as hours and minutes on the 24-hour clock, for example 14:30.'

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
