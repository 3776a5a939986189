export type {
  ConditionSeed,
  FaqSeed,
  HomeSeed,
  ProcedureSeed,
  SectionKind,
  SectionSeed,
  SiteSettingsSeed,
} from './types'
export { medialBranchBlock } from './medial-branch-block'
export { radiofrequencyAblation } from './radiofrequency-ablation'
export { facetJointDisease } from './facet-joint-disease'
export { faqs } from './faqs'
export { home } from './home'
export { siteSettings } from './site-settings'
