import type { FieldAccess } from 'payload'

const never: FieldAccess = () => false

/** A value only the server writes (hooks and endpoints, as the system): no request may set or change it. */
export const serverSet = { create: never, update: never }

/** A value only server code reads or writes (through SQL or overrideAccess): no request sees or sets it. */
export const serverOnly = { read: never, create: never, update: never }

/** Set once when the document is made (by whoever may create it), never changed afterwards. */
export const fixedOnceCreated = { update: never }

/** How /admin shows a server-set value: read-only, in the sidebar. */
export const sidebarReadOnly = { readOnly: true, position: 'sidebar' } as const

/** A value kept for the system (a title, a key) that the admin never shows. */
export const hiddenInAdmin = { hidden: true } as const
