import { telHref } from '@/lib/text/phone-numbers'
import type { ClinicContact } from './clinicDefaults'

/** Whom to call: every portal page ends with the clinic's phone number. */
export function PortalFooter({ clinic }: { clinic: ClinicContact }) {
  return (
    <footer className="site-footer portal-footer">
      <div className="site-footer__inner">
        <p>
          Questions about your appointment or the portal? Call {clinic.clinicName} on <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
        </p>
      </div>
    </footer>
  )
}
