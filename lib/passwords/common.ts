import { dictionary } from '@zxcvbn-ts/language-common'

let commonPasswords: ReadonlySet<string> | null = null

/** The ~49,000 most common passwords (zxcvbn-ts), lower-cased, loaded once on first use. */
function commonPasswordSet(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()))
  return commonPasswords
}

/** True when the password is on the common-password list, ignoring letter case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswordSet().has(password.toLowerCase())
}
