import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image ships the standalone server only (the Dockerfile sets NEXT_OUTPUT); `npm start`
  // runs `next start`, which does not work with standalone output.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  poweredByHeader: false,
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
