/**
 * `npm run bench:login`: how long a wrong password takes at `/api/users/login` for a real account and
 * for an unknown address (issue 12, finding 5: the two must not tell each other apart), through
 * Payload's REST handler and the Users hooks on a throwaway SQLite database (no server, no build).
 * Interleaved tries, the account unlocked between them (untimed; it locks after 5 failures), no
 * X-Real-IP (the per-address throttle would answer 429 first). Median and p95 of each, their ratio.
 * Sample accounts only (example.org). BENCH_SAMPLES sets the tries of each kind (20).
 */
import { performance } from 'node:perf_hooks'

import { machineLine, markdownTable, writeReport } from './results'
import { runScript, throwawayDatabase } from './script'

const N = Number(process.env.BENCH_SAMPLES || 20)
const machine = machineLine()
const database = throwawayDatabase('login')

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

async function main(): Promise<number> {
  const { openPayloadForScript } = await import('../src/backup/cli')
  const { handleEndpoints } = await import('payload')
  const payload = await openPayloadForScript()
  try {
    const email = 'bench.editor@example.org'
    await payload.create({
      collection: 'users',
      data: { email: 'bench.admin@example.org', password: 'bench-password-long-enough-1', role: 'admin' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'users',
      data: { email, password: 'bench-password-long-enough-1', role: 'editor' } as never,
      overrideAccess: true,
    })
    const attempt = async (address: string) => {
      const started = performance.now()
      const response = await handleEndpoints({
        config: payload.config,
        request: new Request('http://localhost:3000/api/users/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: address, password: 'a-wrong-password' }),
        }),
      })
      const text = await response.text()
      return { ms: performance.now() - started, answer: `${response.status} ${text}` }
    }
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let i = 0; i < N; i++) {
      await payload.unlock({ collection: 'users', data: { email } as never, overrideAccess: true })
      const real = await attempt(email)
      const nobody = await attempt(`bench.nobody.${i}@example.org`)
      known.push(real.ms)
      unknown.push(nobody.ms)
      answers.add(real.answer).add(nobody.answer)
    }
    const row = (label: string, values: number[]) => [
      label,
      `${quantile(values, 0.5).toFixed(0)} ms`,
      `${quantile(values, 0.95).toFixed(0)} ms`,
    ]
    const body = writeReport('login-timing', {
      heading: 'Login: wrong password, real account vs unknown address (`npm run bench:login`)',
      machine,
      lines: [
        `${N} interleaved tries of each, through Payload's REST login handler on a throwaway SQLite database.`,
        '',
        ...markdownTable(['account', 'median', 'p95'], [row('real account', known), row('unknown address', unknown)]),
        '',
        `Ratio of the medians (unknown / real): ${(quantile(unknown, 0.5) / quantile(known, 0.5)).toFixed(2)}. ` +
          `Distinct answers (status and body) seen: ${answers.size} (1 means both kinds got the same answer).`,
      ],
    })
    console.log(body)
    return answers.size === 1 ? 0 : 1
  } finally {
    await payload.destroy?.()
    database.remove()
  }
}

runScript(main)
