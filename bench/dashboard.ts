/**
 * `npm run bench:dashboard`: how long the admin dashboard's "What needs attention" takes to compute
 * with 2,000 proposals. A throwaway SQLite database is seeded with the real content, then filled with
 * generated sample proposals (named as such) and reviews in the 2026 edition, written straight through
 * the database adapter (no hooks: the point is the reads). The proposals arrive over the 2026 call's last
 * 77 days (so the proposals-per-day chart counts its longest span), a sixth are decided with their
 * decision email in every state, and one backup is recorded. Prints the timings per role and writes them
 * into bench/RESULTS.md (section "dashboard"); the bar is 300 ms at the 95th percentile.
 */
import { performance } from 'node:perf_hooks'

import { machineLine, markdownTable, writeReport } from './results'
import { runScript, throwawayDatabase } from './script'

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 2000)
const RUNS = 20
const BAR_MS = 300

const machine = machineLine()
const database = throwawayDatabase('dashboard')

async function main(): Promise<number> {
  const { openPayloadForScript } = await import('../src/backup/cli')
  const payload = await openPayloadForScript()
  try {
    const { seed } = await import('../src/seed/seed')
    const { loadDashboard } = await import('../src/editions/dashboard/attention')
    await seed(payload)
    const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0, overrideAccess: true })
    const edition = docs[0]!
    const themes = (
      await payload.find({
        collection: 'themes',
        where: { edition: { equals: edition.id } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
    // One after the other: the first account ever created becomes the admin.
    const users = []
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      users.push(
        await payload.create({
          collection: 'users',
          data: {
            email: `sample.${role}@example.org`,
            password: 'sample password for the bench',
            role,
            ...(role === 'reviewer' ? { reviewerEditions: [edition.id] } : {}),
          } as never,
          overrideAccess: true,
        }),
      )
    }
    const statuses = ['submitted', 'in-review', 'in-review', 'accepted', 'rejected', 'waitlisted'] as const
    const decisionStates = ['draft', 'sent', 'captured', 'failed', null] as const
    const DAY = 24 * 3600 * 1000
    const deadline = new Date(edition.cfp?.deadline ?? '2026-09-15T21:59:59.000Z').getTime()
    const formats = ['framing-talk', 'audience-reflection', 'inspiring-initiative'] as const
    const started = performance.now()
    for (let i = 0; i < PROPOSALS; i++) {
      const reviews = i % 4
      const proposal = await payload.db.create({
        collection: 'proposals',
        data: {
          reference: `CAI-2026-SAMPLE${String(i).padStart(5, '0')}`,
          edition: edition.id,
          status: statuses[i % statuses.length],
          submitter: { name: `Sample Submitter ${i}`, email: `sample.${i}@example.org` },
          title: `Sample proposal ${i} (generated)`,
          abstract: 'Generated sample abstract for the dashboard bench.',
          format: formats[i % formats.length],
          themes: [themes[i % themes.length]!.id],
          bio: 'Sample data.',
          consent: true,
          reviewCount: reviews,
          createdAt: new Date(deadline - (i % 77) * DAY - (i % 24) * 3600_000).toISOString(),
          ...(['accepted', 'rejected', 'waitlisted'].includes(statuses[i % statuses.length]!) && decisionStates[i % 5]
            ? { decisionEmail: { kind: 'accept', status: decisionStates[i % 5] } }
            : {}),
          ...(i % 50 === 0
            ? {
                emails: [
                  {
                    id: `sample-email-${i}`,
                    kind: 'confirmation',
                    to: `sample.${i}@example.org`,
                    status: 'failed',
                    at: new Date(0).toISOString(),
                  },
                ],
              }
            : {}),
        },
        req: {} as never,
      })
      if (i % 3 === 0) {
        await payload.db.create({
          collection: 'reviews',
          data: { proposal: proposal.id, reviewer: users[2]!.id, edition: edition.id, score: 1 + (i % 5) },
          req: {} as never,
        })
      }
    }
    const { recordBackupRun } = await import('../src/backup/BackupRuns')
    await recordBackupRun(payload, { at: new Date(Date.now() - 30 * 3600_000), file: 'sample-backup.json', bytes: 1, documents: 1 })
    const fillMs = performance.now() - started
    const proposals = (await payload.count({ collection: 'proposals', overrideAccess: true })).totalDocs

    if (process.env.BENCH_DETAIL) await detail(payload, users[1], loadDashboard)
    const sample = await loadDashboard(payload, users[1] as never)
    const perDayDays = sample.editions.find((entry) => entry.edition.year === 2026)?.perDay?.days.length ?? 0
    if (perDayDays === 0) throw new Error('the proposals-per-day chart was not computed: the bench would not measure it')
    const rows: string[][] = []
    for (const user of users) {
      await loadDashboard(payload, user as never) // warm: first queries prepare statements
      const times: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const t0 = performance.now()
        await loadDashboard(payload, user as never)
        times.push(performance.now() - t0)
      }
      times.sort((a, b) => a - b)
      const median = times[Math.floor(times.length / 2)]!
      const p95 = times[Math.ceil(times.length * 0.95) - 1]!
      const worst = times[times.length - 1]!
      rows.push([String(user.role), median.toFixed(1), p95.toFixed(1), worst.toFixed(1), p95 < BAR_MS ? 'yes' : 'NO'])
    }
    const heading = `Dashboard with ${proposals} sample proposals (SQLite, ${RUNS} runs per role after one warm-up; sample data written in ${(fillMs / 1000).toFixed(1)} s)`
    const queries = `Per edition: proposals per day (${perDayDays} days, one count each), per theme, reviews missing, decisions not sent; admins also failed emails and the last backup.`
    const body = writeReport('dashboard', {
      heading: 'Admin dashboard, What needs attention (`npm run bench:dashboard`)',
      machine,
      lines: [`${heading}. ${queries}`, '', ...markdownTable(['role', 'median ms', 'p95 ms', 'slowest ms', 'p95 under 300 ms'], rows)],
    })
    console.log(body)
    return rows.some((row) => row.at(-1) === 'NO') ? 1 : 0
  } finally {
    await payload.destroy()
    database.remove()
  }
}

/** BENCH_DETAIL=1: the time of each database call of one editor's dashboard, slowest first. */
async function detail(payload: any, user: unknown, load: (payload: any, user: any) => Promise<unknown>) {
  const calls: Array<[string, number]> = []
  const originals = { count: payload.count, find: payload.find, findByID: payload.findByID }
  for (const method of ['count', 'find', 'findByID'] as const) {
    const original = payload[method].bind(payload)
    payload[method] = async (args: any) => {
      const t0 = performance.now()
      try {
        return await original(args)
      } finally {
        calls.push([`${method} ${args.collection} ${JSON.stringify(args.where ?? args.id ?? '')}`.slice(0, 140), performance.now() - t0])
      }
    }
  }
  await load(payload, user)
  calls.length = 0
  const t0 = performance.now()
  await load(payload, user)
  console.log(`one editor dashboard: ${(performance.now() - t0).toFixed(1)} ms, ${calls.length} calls`)
  for (const [call, ms] of calls.sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(1).padStart(7)} ms  ${call}`)
  Object.assign(payload, originals)
}

runScript(main)
