/**
 * Comparing the name a patient types as their signature with the name on record. Only letter case
 * and whitespace (leading, trailing, repeated) are ignored; accents, hyphens and apostrophes count,
 * so "Zoë" does not match "Zoe". Unicode is normalised to NFC first, so the same visible letters
 * typed two ways still match.
 */

/** The name as typed with its spacing tidied: NFC, runs of whitespace as one space, trimmed. Case kept. */
export function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

export function normaliseName(name: string): string {
  return tidyName(name).toLowerCase()
}

export function namesMatch(typed: string, onRecord: string): boolean {
  const normalised = normaliseName(typed)
  return normalised.length > 0 && normalised === normaliseName(onRecord)
}
