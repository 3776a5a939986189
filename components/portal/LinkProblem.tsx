import { useTranslations } from 'next-intl'

import { linkTag, telTag } from './messageTags'

/** The heading over `LinkProblemAdvice`. */
export function LinkProblemTitle() {
  return useTranslations('linkProblem')('title')
}

/**
 * What to do when an invite or reset link no longer works: links work once, for 72 hours.
 * Used by the page (checked before the form is shown) and by the form (the server said so).
 */
export function LinkProblemAdvice({ phone }: { phone: string }) {
  const t = useTranslations('linkProblem')
  return (
    <>
      <p>{t('intro')}</p>
      <ul>
        <li>{t.rich('call', { phone, tel: telTag(phone) })}</li>
        <li>{t.rich('forgot', { link: linkTag('/portal/forgot-password') })}</li>
      </ul>
      <p>{t.rich('already', { link: linkTag('/portal/sign-in') })}</p>
    </>
  )
}
