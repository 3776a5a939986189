import { sha256Hex } from '../consent/hash'

export const RECOVERY_CODE_COUNT = 10

/** Crockford's Base32: no i, l, o or u, so a code read aloud or copied by hand is not misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const GROUPS = 3
const GROUP_LENGTH = 4

function randomGroup(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(GROUP_LENGTH))
  // 256 is a multiple of 32, so every character is equally likely.
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/** Ten single-use codes like `7kq2-mz9c-04rd` (60 random bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => Array.from({ length: GROUPS }, randomGroup).join('-'))
}

/** Case, spaces and dashes do not matter; the letters people confuse with digits count as those digits. */
export function normalizeRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0')
}

export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`).test(normalizeRecoveryCode(input))
}

/** What the database keeps: the SHA-256 of the normalised code (60 random bits need no slow hash). */
export function hashRecoveryCode(code: string): Promise<string> {
  return sha256Hex(normalizeRecoveryCode(code))
}
