/**
 * `npm start`: the production server (after `npm run build`), src/platform/server/main.ts, bundled and
 * run as plain JavaScript by scripts/ts.mjs. On start it checks PAYLOAD_SECRET and DATABASE_URI, runs
 * the committed migrations and seeds an empty database (src/instrumentation.ts).
 */
Object.assign(process.env, { NODE_ENV: 'production' })
const port = process.env.PORT || '3000'
console.log(`Commons Hub (production) on http://localhost:${port}/  ·  admin at http://localhost:${port}/admin`)
await import('../src/platform/server/main')

export {}
