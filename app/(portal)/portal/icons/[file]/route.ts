import sharp from 'sharp'

import { appIconSvg } from '@/components/portal/offline/appIcon'
import { PORTAL_ICON_FILES, type PortalIconFile } from '@/lib/paths'

/** The installable portal's icons, rendered once at build time from the SVG in `appIcon.ts`. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return PORTAL_ICON_FILES.map((file) => ({ file }))
}

const SIZES: Record<PortalIconFile, { size: number; padding: number }> = {
  '192.png': { size: 192, padding: 0 },
  '512.png': { size: 512, padding: 0 },
  'maskable-512.png': { size: 512, padding: 64 },
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const icon = SIZES[file as PortalIconFile]
  if (!icon) return new Response('Not found', { status: 404 })
  const png = await sharp(Buffer.from(appIconSvg({ padding: icon.padding })))
    .resize(icon.size, icon.size)
    .png()
    .toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } })
}
