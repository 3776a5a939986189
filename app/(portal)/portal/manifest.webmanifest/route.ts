import type { MetadataRoute } from 'next'

import { BACKGROUND_COLOUR, THEME_COLOUR } from '@/components/portal/offline/appIcon'
import { getClinicContact } from '@/components/portal/clinic'
import { portalPaths } from '@/lib/paths'

/**
 * The web app manifest of the patient portal (only the portal is an app: the public site and the
 * staff pages are not). Start and scope `/portal`, like the service worker's scope.
 */
export const dynamic = 'force-dynamic'

export async function GET() {
  const { clinicName } = await getClinicContact()
  const manifest: MetadataRoute.Manifest = {
    id: portalPaths.home,
    name: `${clinicName} patient portal`,
    short_name: 'My clinic',
    description: 'Your appointments, instructions, consent and pain diary. The diary also works offline.',
    start_url: portalPaths.home,
    scope: portalPaths.serviceWorkerScope,
    display: 'standalone',
    background_color: BACKGROUND_COLOUR,
    theme_color: THEME_COLOUR,
    icons: [
      { src: portalPaths.icon('192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: portalPaths.icon('512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: portalPaths.icon('maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'public, max-age=3600' },
  })
}
