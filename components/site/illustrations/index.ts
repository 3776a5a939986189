import type { ComponentType } from 'react'

import type { Procedure } from '@/payload-types'
import { FacetJointIllustration } from './FacetJointIllustration'

type SectionKind = NonNullable<Procedure['sections']>[number]['kind']

export type SectionIllustrations = Partial<Record<SectionKind, ComponentType>>

/**
 * The drawings of the site, placed by page and section kind: each shows after the first section of
 * its kind on that page, wherever editors move the section. Keyed "<collection>/<slug>".
 */
const ILLUSTRATIONS: Record<string, SectionIllustrations> = {
  'procedures/medial-branch-block': { 'what-it-is': FacetJointIllustration },
  'conditions/facet-joint-disease': { 'what-it-is': FacetJointIllustration },
}

export function illustrationsFor(collection: 'procedures' | 'conditions', slug: string): SectionIllustrations {
  return ILLUSTRATIONS[`${collection}/${slug}`] ?? {}
}
