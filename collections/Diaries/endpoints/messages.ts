import { DIARY_PROBLEMS } from '@/lib/diary/problems'

/**
 * What the diary endpoints tell the patient (in English; the portal shows them in the patient's language
 * through lib/i18n/problems). In a module of its own so the server's autosave (no Payload) reads the same words.
 */
export const SUBMITTED_MESSAGE = DIARY_PROBLEMS.submitted
export const NOT_FOUND_MESSAGE = DIARY_PROBLEMS.appointmentNotFound
export const CANCELLED_MESSAGE = DIARY_PROBLEMS.cancelled
