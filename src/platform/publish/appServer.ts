import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

/**
 * Starts the production server of `npm start` as a child process (the publish command, the nginx test
 * and the bench use it). Needs `npm run build` first.
 */
const SERVER_ENTRY = 'src/platform/server/main.ts'
/** The server is TypeScript: the project's launcher bundles it and runs it with the right conditions. */
const LAUNCHER = 'scripts/ts.mjs'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
    server.on('error', reject)
  })
}

export type AppServer = { baseUrl: string; port: number; child: ChildProcess; stop: () => Promise<void> }

export async function startAppServer(options: {
  env: NodeJS.ProcessEnv
  port?: number
  logFile?: string
  timeoutMs?: number
  /** A path that answers 200 once the server is ready (default: the sitemap). */
  readyPath?: string
}): Promise<AppServer> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first')
  const port = options.port ?? (await freePort())
  const child = spawn(process.execPath, [LAUNCHER, SERVER_ENTRY], {
    env: { ...options.env, NODE_ENV: 'production', PORT: String(port), LISTEN_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : null
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
    log?.write(chunk)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  let exited: number | null = null
  child.on('exit', (code) => (exited = code ?? -1))
  const baseUrl = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (exited !== null) return
    const gone = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))])
    if (exited === null) {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // gone
      }
    }
  }
  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The production server stopped (exit ${exited}):\n${output}`)
    try {
      const response = await fetch(`${baseUrl}${options.readyPath ?? '/sitemap.xml'}`)
      await response.arrayBuffer()
      if (response.status === 200) return { baseUrl, port, child, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The production server did not answer within the time allowed:\n${output}`)
}
