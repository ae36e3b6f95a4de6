#!/usr/bin/env node
// `npm start`: the production server (after `npm run build`), src/server/main.mjs. On start it checks
// PAYLOAD_SECRET and DATABASE_URI, runs the committed migrations and seeds an empty database
// (src/instrumentation.ts).
process.env.NODE_ENV = 'production'
const port = process.env.PORT || '3000'
console.log(`Commons Hub (production) on http://localhost:${port}/  ·  admin at http://localhost:${port}/admin`)
await import('../src/server/main.mjs')
