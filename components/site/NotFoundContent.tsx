import Link from 'next/link'

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { localizedPath } from '@/lib/paths'

/** Body of both "not found" pages: says what happened and offers the ways back. */
export function NotFoundContent({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = translatorFor(locale)
  return (
    <div className="not-found">
      <h1 id="page-title">{t('site.notFound')}</h1>
      <p className="page-header__summary">{t('site.notFoundText')}</p>
      <h2>{t('site.whereNext')}</h2>
      <ul className="link-list">
        <li>
          <Link href={localizedPath('/', locale)}>{t('site.goHome')}</Link>
        </li>
        <li>
          <Link href={localizedPath('/procedures', locale)}>{t('site.seeProcedures')}</Link>
        </li>
        <li>
          <Link href={localizedPath('/faq', locale)}>{t('site.readFaqs')}</Link>
        </li>
      </ul>
    </div>
  )
}
