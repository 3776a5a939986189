import { passwordLinkAccount } from '@/payload/queries/portal'
import { ChoosePasswordForm } from './ChoosePasswordForm'
import { getClinicContact } from './clinic'
import { LINK_PROBLEM_TITLE, LinkProblemAdvice } from './LinkProblem'
import { PortalPageHeader } from './PortalPageHeader'

type Props = { purpose: 'activate' | 'reset'; token: string | undefined }

const COPY = {
  activate: {
    title: 'Set up your patient portal account',
    intro: 'Choose the password you will use to sign in. After that you can see your appointments and your instructions.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Choose a new password for your patient portal account. Your old password stops working.',
  },
} as const

/** Body of /portal/activate and /portal/reset-password: the link is checked before the patient types anything. */
export async function ChoosePasswordPage({ purpose, token }: Props) {
  const [clinic, account] = await Promise.all([getClinicContact(), passwordLinkAccount(token)])
  if (!token || !account) {
    return (
      <>
        <PortalPageHeader title={LINK_PROBLEM_TITLE} />
        <LinkProblemAdvice phone={clinic.phone} />
      </>
    )
  }
  return (
    <>
      <PortalPageHeader title={COPY[purpose].title} />
      <p>{COPY[purpose].intro}</p>
      <ChoosePasswordForm token={token} purpose={purpose} email={account.email} phone={clinic.phone} />
    </>
  )
}
