import { ClinicMark } from './ClinicMark'

/** The admin's sign-in logo: the clinic's mark and name. */
export function ClinicLogo() {
  return (
    <span className="clinic-logo">
      <ClinicMark size={56} />
      <span className="clinic-logo__text">
        <span className="clinic-logo__name">Harbour Spine Clinic</span>
        <span className="clinic-logo__tagline">Content and staff admin</span>
      </span>
    </span>
  )
}
