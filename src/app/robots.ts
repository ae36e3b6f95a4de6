import type { MetadataRoute } from 'next'

import { siteUrl } from '@/platform/env/siteUrl'

/**
 * /robots.txt: everything public may be crawled; the admin and the API may not.
 * Read on request so the sitemap's absolute address comes from the running server's
 * NEXT_PUBLIC_SERVER_URL, not from the build's environment.
 */
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }],
    ...(origin ? { sitemap: `${origin}/sitemap.xml` } : {}),
  }
}
