import type { Access } from 'payload'

import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config'
import { hasRole, isPatientUser, isStaffUser } from '@/payload/access'

/** Staff read every version and draft; a signed-in patient reads published versions only. */
export const staffOrPublishedForPatients: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (isPatientUser(req.user)) return { _status: { equals: 'published' } }
  return false
}

/** Editors change and delete drafts only: a published version is frozen (see hooks.ts). */
export const editorsOnDrafts: Access = ({ req }) => {
  if (!hasRole(req.user, 'admin', 'editor')) return false
  return { _status: { not_equals: 'published' } }
}

/**
 * Editors change drafts; in another language than English they may also reach a published version,
 * to add its translation: the hook `freezePublished` lets that through once per language and refuses
 * every other change.
 */
export const editorsOnDraftsOrTranslations: Access = (args) => {
  const { req } = args
  if (hasRole(req.user, 'admin', 'editor') && isLocale(req.locale) && req.locale !== DEFAULT_LOCALE) return true
  return editorsOnDrafts(args)
}
