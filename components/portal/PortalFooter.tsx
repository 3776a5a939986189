import { getTranslations } from 'next-intl/server'

import type { ClinicContact } from './clinicDefaults'
import { telTag } from './messageTags'

/** Whom to call: every portal page ends with the clinic's phone number. */
export async function PortalFooter({ clinic }: { clinic: ClinicContact }) {
  const t = await getTranslations('portal')
  return (
    <footer className="site-footer portal-footer">
      <div className="site-footer__inner">
        <p>{t.rich('footer', { clinic: clinic.clinicName, phone: clinic.phone, tel: telTag(clinic.phone) })}</p>
      </div>
    </footer>
  )
}
