export * from './recoveryCodes'
export * from './schema'
export * from './totp'
