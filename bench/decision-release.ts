/**
 * `npm run bench:decisions`: releasing 100 pending decisions from the Decisions outbox
 * (src/cfp/decisions/release.ts), on a throwaway SQLite database with a sample edition and 100 generated
 * sample proposals (named as such, example.org addresses), decided a third each accepted, waitlisted and
 * declined. Times the release (each email a job of the email queue, run to the end, captured without a
 * mail server), then checks: every job done, 100 emails captured, none twice, also when the same 100
 * are released again and when two releases of another 100 run at once. Writes its section of
 * bench/RESULTS.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { machineLine, markdownTable, writeReport } from './results'
import { runScript, throwawayDatabase } from './script'

const COUNT = Number(process.env.BENCH_DECISIONS ?? 100)

const machine = machineLine()
const database = throwawayDatabase('decisions')
process.env.MAIL_CAPTURE_DIR = path.join(database.dir, 'mail')
delete process.env.SMTP_HOST

const captured = () => (fs.existsSync(process.env.MAIL_CAPTURE_DIR!) ? fs.readdirSync(process.env.MAIL_CAPTURE_DIR!).length : 0)

async function main(): Promise<number> {
  const { openPayloadForScript } = await import('../src/backup/cli')
  const payload = await openPayloadForScript()
  try {
    const { createLocalReq } = await import('payload')
    const { releaseDecisions } = await import('../src/cfp/decisions/release')
    const context = { disableRevalidate: true }
    const edition = await payload.create({
      collection: 'editions',
      data: { year: 2071, title: 'Sample edition 2071 (sample data)', status: 'upcoming', _status: 'published' } as never,
      overrideAccess: true,
      context,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'sample.admin@example.org', password: 'sample password for the bench', role: 'admin' } as never,
      overrideAccess: true,
    })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'sample.editor@example.org', password: 'sample password for the bench', role: 'editor' } as never,
      overrideAccess: true,
    })
    const decisions = ['accepted', 'waitlisted', 'rejected'] as const

    async function pendingProposals(batch: string): Promise<Array<number | string>> {
      const ids: Array<number | string> = []
      for (let i = 0; i < COUNT; i++) {
        const proposal = await payload.create({
          collection: 'proposals',
          data: {
            edition: edition.id,
            submitter: { name: `Sample Submitter ${batch}${i}`, email: `sample.${batch}${i}@example.org` },
            title: `Sample proposal ${batch}${i} (generated)`,
            abstract:
              'Generated sample abstract for the decisions bench: long enough for the field, and nothing more than sample words to fill it up.',
            format: 'framing-talk',
            bio: 'Sample data.',
            consent: true,
            language: i % 2 === 0 ? 'en' : 'fr',
          } as never,
          overrideAccess: true,
          context,
        })
        for (const status of ['in-review', decisions[i % decisions.length]]) {
          await payload.update({ collection: 'proposals', id: proposal.id, data: { status } as never, overrideAccess: true, context })
        }
        ids.push(proposal.id)
      }
      return ids
    }

    async function check(ids: Array<number | string>) {
      let done = 0
      let decisionEmails = 0
      for (const id of ids) {
        const doc = (await payload.findByID({ collection: 'proposals', id, depth: 0, overrideAccess: true })) as unknown as {
          decisionPending?: boolean
          decisionEmail?: { status?: string }
          emails?: Array<{ kind: string }>
        }
        if (!doc.decisionPending && doc.decisionEmail?.status === 'captured') done += 1
        decisionEmails += (doc.emails ?? []).filter((entry) => entry.kind === 'decision').length
      }
      return { done, decisionEmails }
    }

    const first = await pendingProposals('a')
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
    const before = captured()
    const t0 = performance.now()
    const outcomes = await releaseDecisions(req, first, { origin: 'http://localhost:3000' })
    const releaseMs = performance.now() - t0
    const released = outcomes.filter((item) => item.outcome === 'released').length
    const afterFirst = captured() - before
    const firstCheck = await check(first)

    const t1 = performance.now()
    const again = await releaseDecisions(req, first, { origin: 'http://localhost:3000' })
    const againMs = performance.now() - t1
    const againReleased = again.filter((item) => item.outcome === 'released').length
    const afterAgain = captured() - before

    const second = await pendingProposals('b')
    const beforeConcurrent = captured()
    const t2 = performance.now()
    const [left, right] = await Promise.all([
      releaseDecisions(req, second, { origin: 'http://localhost:3000' }),
      releaseDecisions(req, [...second].reverse(), { origin: 'http://localhost:3000' }),
    ])
    const concurrentMs = performance.now() - t2
    const concurrentReleased = [...left, ...right].filter((item) => item.outcome === 'released').length
    const concurrentCaptured = captured() - beforeConcurrent
    const secondCheck = await check(second)

    const ok =
      released === COUNT &&
      afterFirst === COUNT &&
      firstCheck.done === COUNT &&
      firstCheck.decisionEmails === COUNT &&
      againReleased === 0 &&
      afterAgain === COUNT &&
      concurrentReleased === COUNT &&
      concurrentCaptured === COUNT &&
      secondCheck.done === COUNT &&
      secondCheck.decisionEmails === COUNT
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
    const body = writeReport('decision-release', {
      heading: `Releasing ${COUNT} pending decisions (\`npm run bench:decisions\`)`,
      machine,
      lines: [
        `SQLite, sample edition 2071 and ${COUNT} generated sample proposals per batch (a third each accepted, waitlisted, declined; en and fr).`,
        'Each release queues the decision email as a job of the email queue and runs it to the end (captured: no mail server).',
        '',
        ...markdownTable(
          ['run', 'time', 'released', 'emails captured', 'none twice'],
          [
            [
              `release ${COUNT}`,
              seconds(releaseMs),
              released,
              afterFirst,
              `${firstCheck.decisionEmails === COUNT ? 'yes' : 'NO'} (${firstCheck.decisionEmails} decision emails logged, ${firstCheck.done} done)`,
            ],
            [
              `the same ${COUNT} again`,
              seconds(againMs),
              againReleased,
              `${afterAgain - afterFirst} more`,
              afterAgain === COUNT ? 'yes' : 'NO',
            ],
            [
              `another ${COUNT}, two releases at once`,
              seconds(concurrentMs),
              concurrentReleased,
              concurrentCaptured,
              `${secondCheck.decisionEmails === COUNT ? 'yes' : 'NO'} (${secondCheck.decisionEmails} logged, ${secondCheck.done} done)`,
            ],
          ],
        ),
        '',
        ok ? 'All checks passed.' : '**A check failed** (see the table).',
      ],
    })
    console.log(body)
    return ok ? 0 : 1
  } finally {
    await payload.destroy()
    database.remove()
  }
}

runScript(main)
