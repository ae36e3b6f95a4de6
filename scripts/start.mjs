#!/usr/bin/env node
// `npm start`: the production server (after `npm run build`). On start it checks PAYLOAD_SECRET and
// DATABASE_URI, runs the committed migrations and seeds an empty database (src/instrumentation.ts).
import { spawn } from 'node:child_process'

const port = process.env.PORT || '3000'
console.log(`Commons Hub (production) on http://localhost:${port}/  ·  admin at http://localhost:${port}/admin`)
const child = spawn('npx', ['next', 'start', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
