import type { AuthStrategy, Payload } from 'payload'

import { sessionPassedSecondStep } from './sessions'

/**
 * Payload checks staff passwords and issues the session token (`sid` inside the JWT). Until that session
 * has passed the second step, the token must open nothing: the built-in JWT strategy is wrapped so that a
 * staff member whose session has not passed is treated as signed out, for the REST API, the admin, the
 * clinic workspace and every Local API call made with `payload.auth`. Only the second-factor endpoints
 * and view read the pending session themselves (`staffSessionFrom`). Called from `onInit`, after Payload
 * has assembled its strategies.
 */
export function requireSecondStepForStaff(payload: Payload): void {
  payload.authStrategies = payload.authStrategies.map((strategy): AuthStrategy => {
    if (strategy.name !== 'local-jwt') return strategy
    return {
      ...strategy,
      authenticate: async (args) => {
        const result = await strategy.authenticate(args)
        const user = result.user
        if (!user || user.collection !== 'users') return result
        const sid = (user as { _sid?: string })._sid
        return (await sessionPassedSecondStep(args.payload, user.id, sid)) ? result : { user: null }
      },
    }
  })
  if (!payload.authStrategies.some((strategy) => strategy.name === 'local-jwt')) {
    throw new Error('Staff second factor: Payload has no local-jwt strategy to guard.')
  }
}
