/** Password rules for patients choosing a password. See README.md. */
export { isCommonPassword } from './common'
export type { ChoosePasswordForm } from './schema'
export {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_MESSAGES,
  choosePasswordSchema,
  choosePasswordSchemaFor,
  passwordMessagesFor,
  passwordSchema,
  passwordSchemaFor,
} from './schema'
