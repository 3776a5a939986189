import { draftMode } from 'next/headers'

import type { Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { localizedPath } from '@/lib/paths'

/**
 * What every public page body gets: its language, the site's words in it, addresses in it, and
 * whether an editor is previewing drafts. The words come from `translatorFor`, not from the request,
 * so the pages stay statically rendered in both languages.
 */
export async function pageContext(locale: Locale) {
  const { isEnabled: draft } = await draftMode()
  return { locale, draft, t: translatorFor(locale), path: (path: string) => localizedPath(path, locale) }
}

export function siteWords(locale: Locale) {
  const t = translatorFor(locale)
  return { onThisPage: t('site.onThisPage'), backToTop: t('site.backToTop') }
}
