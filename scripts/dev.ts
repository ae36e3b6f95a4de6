// `npm run dev`: the site + admin on the embedded SQLite default. The first start seeds the
// empty database (payload.config.ts onInit), so the real content is there at once.
import { spawn, spawnSync } from 'node:child_process'

const port = process.env.PORT || '3000'
const url = `http://localhost:${port}`

const check = spawnSync(process.execPath, ['scripts/ts.mjs', 'scripts/check-env.ts'], { encoding: 'utf8' })
if (check.status !== 0) {
  process.stderr.write(check.stderr || check.stdout)
  process.exit(1)
}
const database = check.stdout.trim().replace(/^Database: /, '')

console.log(`
  Commons Hub (development)
  Site:     ${url}/            (French: ${url}/fr)
  Admin:    ${url}/admin       first visit: create the first user there; it becomes the admin
  Database: ${database}
`)

const child = spawn('npx', ['next', 'dev', '--port', port], { stdio: 'inherit', env: process.env })
// Announce readiness (and warm the home page) once the server answers, so the first visit is quick.
let stopped = false
async function announceWhenReady(): Promise<void> {
  for (let attempt = 0; attempt < 150 && !stopped; attempt++) {
    try {
      const response = await fetch(`${url}/`)
      if (response.ok) {
        console.log(`\n  Ready: ${url}/  ·  admin at ${url}/admin\n`)
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}
void announceWhenReady()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => {
  stopped = true
  process.exit(code ?? 0)
})
