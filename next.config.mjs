import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image ships the standalone server only (see Dockerfile).
  output: 'standalone',
  poweredByHeader: false,
  // The app's own sources; tests and scripts are type-checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  images: {
    // Uploaded media are served by Payload from /api/media/file/…
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
