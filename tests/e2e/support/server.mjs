// @ts-check
// Starts the production build (the server of `npm start`) on a throwaway SQLite database, seeded on start.
// Plain JavaScript (checked by `npm run typecheck`) because bench/load.mjs imports it without a loader.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { compileTs, nodeFlags } from '../../../scripts/bundle.mjs'

/** @returns {Promise<number>} */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
    server.on('error', reject)
  })
}

/**
 * @param {{ timeoutMs?: number, env?: Record<string, string> }} [options] `env`: settings for this server only
 */
export async function startServer({ timeoutMs = 120_000, env: extra = {} } = {}) {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-e2e-'))
  const port = await freePort()
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    MAIL_CAPTURE_DIR: path.join(dir, 'mail'),
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // Every browser test submits the proposal form from this machine's one address, and the suite's
    // files share this server: the per-address limit (5 per 10 minutes) would make a file fail or pass
    // depending on which files ran before it. The limit itself is tested in tests/int/security/rateLimit.test.ts.
    CFP_RATE_LIMIT: '1000',
    CFP_ATTEMPT_LIMIT: '1000',
    ...extra,
  }
  const log = fs.createWriteStream(path.join(dir, 'server.log'))
  const started = Date.now()
  // The production server of `npm start` (src/platform/server/main.ts, bundled as `npm start` does),
  // listening on every interface.
  const main = await compileTs('src/platform/server/main.ts')
  const child = spawn(process.execPath, [...nodeFlags(env), main], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const baseURL = `http://127.0.0.1:${port}`
  /** @type {number | null} */
  let exited = null
  child.on('exit', (code) => (exited = code))
  /** @type {number | null} */
  let coldStartMs = null
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) break
    try {
      const response = await fetch(`${baseURL}/`)
      if (response.status === 200) {
        coldStartMs = Date.now() - started
        break
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (coldStartMs === null) {
    const output = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : ''
    stop()
    throw new Error(`The server did not answer 200 on / within ${timeoutMs} ms (exit ${exited}):\n${output.slice(-3000)}`)
  }
  function stop() {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  return {
    baseURL,
    dir,
    env,
    coldStartMs,
    pid: child.pid,
    stop: async () => {
      stop()
      await new Promise((resolve) => setTimeout(resolve, 300))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
