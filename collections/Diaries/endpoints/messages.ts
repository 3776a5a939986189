/** What the diary endpoints tell the patient; in a module of its own so the server's autosave (no Payload) reads the same words. */
export const SUBMITTED_MESSAGE = 'This diary has been submitted, so it can no longer change.'
export const NOT_FOUND_MESSAGE = 'That appointment was not found.'
export const CANCELLED_MESSAGE = 'This appointment was cancelled, so it has no diary.'
