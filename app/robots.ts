import type { MetadataRoute } from 'next'

export default function robots(): MetadataRoute.Robots {
  const base = (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/portal', '/clinic', '/next'] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
