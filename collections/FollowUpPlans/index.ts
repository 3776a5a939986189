import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { followUpPlanSchema, OFFSET_UNITS } from '@/lib/outcomes'
import { relationId } from '@/lib/relations'
import { asSystem, hasRole, isAdmin, isClinician } from '@/payload/access'
import { planFromRows, type PlanPointRow } from './definition'

export const FOLLOW_UP_PLANS_SLUG = 'follow-up-plans'

type PointData = Omit<PlanPointRow, 'instrumentKeys'> & { instruments?: unknown[] | null }

/** The instrument keys of the relationship ids a point names (unknown ids drop out; the schema then says a point asks none). */
async function instrumentKeysById(req: Parameters<CollectionBeforeValidateHook>[0]['req'], points: PointData[]): Promise<Map<number, string>> {
  const ids = [...new Set(points.flatMap((point) => (point.instruments ?? []).map((value) => relationId(value as never)).filter((id): id is number => id != null)))]
  if (ids.length === 0) return new Map()
  // asSystem: reads only the keys of the instruments the editor just chose, to check the plan.
  const { docs } = await req.payload.find({ collection: 'outcome-instruments', where: { id: { in: ids } }, select: { key: true }, depth: 0, limit: ids.length, ...asSystem, req })
  return new Map(docs.map((doc) => [doc.id, doc.key]))
}

/** A saved plan always schedules: lib/outcomes' plan schema is the judge (keys, one baseline, order). */
const onlyWorkingPlans: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as { dueTime?: string | null; points?: PointData[] | null }
  const points = merged.points ?? []
  const keys = await instrumentKeysById(req, points)
  const rows = points.map((point) => ({
    ...point,
    instrumentKeys: (point.instruments ?? []).flatMap((value) => {
      const key = keys.get(relationId(value as never) ?? -1)
      return key ? [key] : []
    }),
  }))
  const result = followUpPlanSchema.safeParse(planFromRows(merged.dueTime, rows))
  if (result.success) return data
  throw new ValidationError({
    collection: FOLLOW_UP_PLANS_SLUG,
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'points', message: issue.message })),
    req,
  })
}

/**
 * The follow-up plan of a procedure (radiofrequency ablation): when each outcome questionnaire is
 * asked around it. A follow-up copies the plan when the specialist's decision starts it, so editing
 * a plan changes only follow-ups started afterwards.
 */
export const FollowUpPlans: CollectionConfig = {
  slug: FOLLOW_UP_PLANS_SLUG,
  labels: { singular: 'Follow-up plan', plural: 'Follow-up plans' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'procedure', 'updatedAt'],
    group: 'Clinic',
    description: 'When patients are asked the outcome questionnaires around a procedure. Times are clinic time.',
    hidden: ({ user }) => !hasRole(user as never, 'admin', 'specialist'),
  },
  access: { read: isClinician, create: isClinician, update: isClinician, delete: isAdmin },
  hooks: { beforeValidate: [onlyWorkingPlans] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true, unique: true },
    { name: 'dueTime', type: 'text', required: true, defaultValue: '09:00', admin: { description: 'Local time of day each point falls due (HH:MM).' } },
    {
      name: 'points',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, maxLength: 40, admin: { description: 'Stable id, e.g. "6-weeks".' } },
            { name: 'label', type: 'text', required: true, maxLength: 80 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'timing', type: 'select', required: true, defaultValue: 'after', options: [{ label: 'Before the ablation (baseline)', value: 'baseline' }, { label: 'After the ablation', value: 'after' }] },
            { name: 'amount', type: 'number', min: 1, max: 120, admin: { condition: (_, sibling) => sibling?.timing !== 'baseline' } },
            { name: 'unit', type: 'select', options: [...OFFSET_UNITS], admin: { condition: (_, sibling) => sibling?.timing !== 'baseline' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'opensDaysBefore', type: 'number', required: true, defaultValue: 7, min: 0, max: 180 },
            { name: 'closesDaysAfter', type: 'number', defaultValue: 14, min: 0, max: 180 },
          ],
        },
        { name: 'instruments', type: 'relationship', relationTo: 'outcome-instruments', hasMany: true, required: true },
      ],
    },
  ],
}
