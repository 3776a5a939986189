import { z } from 'zod'

/**
 * zod, set to interpret its schemas rather than compile them with `new Function`: the portal's
 * Content-Security-Policy allows no eval, and zod's probe for it would be reported as a violation
 * in every browser that runs a form. Every schema in lib/ takes `z` from here.
 */
z.config({ jitless: true })

export { z }
