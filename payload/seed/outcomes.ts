import type { Payload } from 'payload'

import { rowFromInstrument } from '@/collections/OutcomeInstruments/definition'
import { rowsFromPlan } from '@/collections/FollowUpPlans/definition'
import { DEFAULT_FOLLOW_UP_PLAN, SHIPPED_INSTRUMENTS } from '@/lib/outcomes'

const context = { disableRevalidate: true }

/** The two freely usable instruments (PEG, PGIC) as CMS content, and the default plan for the ablation procedure. */
export async function seedOutcomes(payload: Payload, ablationProcedureId: number): Promise<void> {
  const idByKey = new Map<string, number>()
  for (const instrument of SHIPPED_INSTRUMENTS) {
    const doc = await payload.create({ collection: 'outcome-instruments', data: rowFromInstrument(instrument) as never, context })
    idByKey.set(instrument.id, doc.id)
  }
  await payload.create({
    collection: 'follow-up-plans',
    data: {
      name: 'Radiofrequency ablation: default follow-up',
      procedure: ablationProcedureId,
      dueTime: DEFAULT_FOLLOW_UP_PLAN.dueTime,
      points: rowsFromPlan(DEFAULT_FOLLOW_UP_PLAN).map(({ instrumentKeys, ...point }) => ({
        ...point,
        instruments: (instrumentKeys ?? []).map((key) => idByKey.get(key)!),
      })) as never,
    },
    context,
  })
}
