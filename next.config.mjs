// @ts-check
import { withPayload } from '@payloadcms/next/withPayload'

import { COMMON_SECURITY_HEADERS } from './src/platform/server/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image ships the standalone output (the Dockerfile sets NEXT_OUTPUT), run by our own
  // server (src/platform/server/main.ts) like `npm start`.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  poweredByHeader: false,
  // The production server (src/platform/server/main.ts) compresses after rewriting public pages; Next's own
  // compression would hand it gzip bytes to rewrite.
  compress: false,
  // The app's own sources; tests and scripts are type-checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  experimental: {
    // Rendered pages and cached Local API reads stay in this process's memory. On disk they would
    // outlive a restart while the record of which tags an edit expired does not (it is in memory),
    // so a restarted server could serve content older than the last edit. One instance: fine;
    // several instances need a shared cache handler (see README).
    isrFlushToDisk: false,
  },
  images: {
    // Uploaded media are served by Payload from /api/media/file/…
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload asks every page for the colour-scheme client hint with Critical-CH, which makes Chrome
// load a first-visited page twice (~0.6 s on mobile in Lighthouse). Only the admin uses the hint.
const payloadHeaders = config.headers
config.headers = async () => [
  ...(payloadHeaders ? await payloadHeaders() : []).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  ),
  { source: '/:path*', headers: [...COMMON_SECURITY_HEADERS] },
]

export default config
