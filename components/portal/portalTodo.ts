/** One thing the patient has to do before an appointment, with its status in words (not colour alone). */
export type PortalTodo = {
  key: string
  label: string
  href: string
  done: boolean
  /** "To do", or "Done on Tuesday 1 December 2026". */
  statusText: string
}
