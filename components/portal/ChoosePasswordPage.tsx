import { getLocale, getTranslations } from 'next-intl/server'

import { passwordLinkAccount } from '@/payload/queries/portal'
import { ChoosePasswordForm } from './ChoosePasswordForm'
import { getClinicContact } from './clinic'
import { LinkProblemAdvice, LinkProblemTitle } from './LinkProblem'
import { PortalPageHeader } from './PortalPageHeader'

type Props = { purpose: 'activate' | 'reset'; token: string | undefined }

/** Body of /portal/activate and /portal/reset-password: the link is checked before the patient types anything. */
export async function ChoosePasswordPage({ purpose, token }: Props) {
  const [clinic, account, t, locale] = await Promise.all([
    getClinicContact(),
    passwordLinkAccount(token),
    getTranslations('choosePassword'),
    getLocale(),
  ])
  if (!token || !account) {
    return (
      <>
        <PortalPageHeader title={<LinkProblemTitle />} />
        <LinkProblemAdvice phone={clinic.phone} />
      </>
    )
  }
  return (
    <>
      <PortalPageHeader title={t(purpose === 'activate' ? 'activateTitle' : 'resetTitle')} />
      <p>{t(purpose === 'activate' ? 'activateIntro' : 'resetIntro')}</p>
      <ChoosePasswordForm token={token} purpose={purpose} email={account.email} phone={clinic.phone} locale={locale} />
    </>
  )
}
