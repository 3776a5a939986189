import { ClinicMark } from './ClinicMark'

/** The small mark at the start of the admin's breadcrumb, linking to the dashboard. */
export function ClinicIcon() {
  return <ClinicMark size="100%" label="Harbour Spine Clinic admin" />
}
