import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import withSerwistInit from '@serwist/next'
import createNextIntlPlugin from 'next-intl/plugin'
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'

/** next-intl's per-request language and catalogue (lib/i18n/README.md). */
const withNextIntl = createNextIntlPlugin('./payload/i18n/request.ts')

/**
 * The portal's service worker: app/sw.ts bundled into public/sw.js (a build output, not committed).
 * Registered by the portal itself with scope /portal, so no other page ever loads it. Nothing is
 * precached (the build's files include the whole admin): the worker keeps what a portal page loaded.
 */
const withSerwist = withSerwistInit({
  swSrc: 'app/sw.ts',
  swDest: 'public/sw.js',
  register: false,
  scope: '/portal',
  exclude: [/./],
  globPublicPatterns: [],
  disable: process.env.NODE_ENV !== 'production',
})

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and benchmarks build into their own folder so they never replace the demo's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // authInterrupts: forbidden() answers 403 for staff without clinical access in /clinic.
  experimental: { globalNotFound: true, authInterrupts: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  // Content-Security-Policy, X-Frame-Options, HSTS and the API's Cache-Control come from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
}

/**
 * With REDIS_URL the production server keeps Next's page and data cache in Redis, shared by every
 * instance (cache-handler.mjs); without it, Next's own cache in each process, as before. Read when
 * the server starts, so one build runs either way.
 */
function sharedCache(phase) {
  if (phase !== PHASE_PRODUCTION_SERVER || !process.env.REDIS_URL) return {}
  // Next's own in-memory layer stays off: every read goes through the shared handler.
  return { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
}

export default (phase) =>
  withSerwist(withNextIntl(withPayload({ ...nextConfig, ...sharedCache(phase) }, { devBundleServerPackages: false })))
