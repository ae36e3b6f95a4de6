import type { Payload } from 'payload'

import { createProgress } from '../progress/progress'

/**
 * Sample data for measuring how the site and the admin grow with content: per unit of scale, one
 * edition with 6 themes, 300 speakers, 150 sessions over three days, 2,000 proposals and 6,000 reviews
 * (three reviewers each review every proposal). Everything is named as sample data ("Sample …",
 * example.org addresses) and goes into new editions (years 2071, 2072, … up to the field's 2100), never the real ones.
 *
 * Editions, themes, speakers and sessions go through the Local API (their hooks fill slugs and check
 * timing; pages are not revalidated). Proposals and reviews, the bulk, are written with the database
 * adapter directly (no hooks): their references and review aggregates are set here as the hooks would.
 */
const SAMPLE = { sessions: 150, speakers: 300, proposals: 2000, reviewers: 3, themes: 6, rooms: 5 } as const
export const SAMPLE_FIRST_YEAR = 2071

const CONTEXT = { disableRevalidate: true, sampleData: true }
const FORMATS = ['framing-talk', 'audience-reflection', 'inspiring-initiative'] as const
const STATUSES = ['submitted', 'in-review', 'accepted', 'waitlisted', 'rejected'] as const

export type SampleSummary = {
  editions: number
  themes: number
  speakers: number
  sessions: number
  proposals: number
  reviews: number
  years: number[]
}

export async function generateSampleData(payload: Payload, scale: number): Promise<SampleSummary> {
  const summary: SampleSummary = { editions: 0, themes: 0, speakers: 0, sessions: 0, proposals: 0, reviews: 0, years: [] }
  const reviewers = await sampleReviewers(payload)
  for (let unit = 0; unit < scale; unit++) {
    const year = await nextSampleYear(payload)
    summary.years.push(year)
    const label = `sample-data ${unit + 1}/${scale} (edition ${year})`
    const edition = await payload.create({
      collection: 'editions',
      overrideAccess: true,
      context: CONTEXT,
      data: {
        year,
        title: `Sample edition ${year} (sample data)`,
        tagline: 'Generated sample data for measurements: not a real event.',
        status: 'upcoming',
        startDate: `${year}-12-01T08:00:00.000Z`,
        endDate: `${year}-12-03T18:00:00.000Z`,
        venue: 'Sample venue (sample data)',
        city: 'Sample city',
        format: [{ blockType: 'framing-talk', title: 'Sample framing talk (sample data)', description: 'Sample.' }],
        cfp: {
          opensAt: `${year - 1}-01-01T00:00:00.000Z`,
          deadline: `${year}-06-01T00:00:00.000Z`,
          contactEmail: 'sample-cfp@example.org',
        },
        _status: 'published',
      } as never,
    })
    summary.editions++
    const themes: Array<number | string> = []
    for (let t = 0; t < SAMPLE.themes; t++) {
      const theme = await payload.create({
        collection: 'themes',
        overrideAccess: true,
        context: CONTEXT,
        data: {
          title: `Sample theme ${t + 1} of ${year}`,
          edition: edition.id,
          order: t,
          summary: 'Sample theme (sample data).',
          _status: 'published',
        } as never,
      })
      themes.push(theme.id)
      summary.themes++
    }
    // Rooms are documents of their edition (sessions pick one from a list).
    const rooms: Array<number | string> = []
    for (let r = 0; r < SAMPLE.rooms; r++) {
      const room = await payload.create({
        collection: 'rooms',
        overrideAccess: true,
        context: CONTEXT,
        data: { name: `Sample room ${r + 1}`, edition: edition.id, order: r } as never,
      })
      rooms.push(room.id)
    }
    const speakerBar = createProgress({ label: `${label}: speakers`, total: SAMPLE.speakers })
    const speakers: Array<number | string> = []
    for (let s = 0; s < SAMPLE.speakers; s++) {
      const speaker = await payload.create({
        collection: 'speakers',
        overrideAccess: true,
        context: CONTEXT,
        data: {
          name: `Sample Speaker ${year}-${s + 1}`,
          editions: [edition.id],
          affiliation: 'Sample organisation (sample data)',
          _status: 'published',
        } as never,
      })
      speakers.push(speaker.id)
      speakerBar.tick()
    }
    speakerBar.done()
    summary.speakers += SAMPLE.speakers
    const sessionBar = createProgress({ label: `${label}: sessions`, total: SAMPLE.sessions })
    for (let s = 0; s < SAMPLE.sessions; s++) {
      const day = Math.floor(s / 50)
      const slot = Math.floor((s % 50) / 5)
      const start = new Date(Date.UTC(year, 11, 1 + day, 8 + slot, 0))
      const end = new Date(start.getTime() + 45 * 60_000)
      await payload.create({
        collection: 'sessions',
        overrideAccess: true,
        context: CONTEXT,
        data: {
          title: `Sample session ${s + 1} of ${year}`,
          edition: edition.id,
          kind: s % 10 === 0 ? 'plenary' : s % 3 === 0 ? 'workshop' : 'talk',
          start: start.toISOString(),
          end: end.toISOString(),
          room: rooms[s % rooms.length],
          themes: [themes[s % themes.length]],
          speakers: [speakers[(2 * s) % speakers.length], speakers[(2 * s + 1) % speakers.length]],
          _status: 'published',
        } as never,
      })
      sessionBar.tick()
    }
    sessionBar.done()
    summary.sessions += SAMPLE.sessions

    const proposalBar = createProgress({ label: `${label}: proposals and reviews`, total: SAMPLE.proposals })
    for (let p = 0; p < SAMPLE.proposals; p++) {
      const scores = reviewers.map((_, r) => ((p + r) % 5) + 1)
      const now = new Date().toISOString()
      const proposal = await payload.db.create({
        collection: 'proposals',
        data: {
          reference: `S${year}-${String(p + 1).padStart(5, '0')}`,
          edition: edition.id,
          status: STATUSES[p % STATUSES.length],
          reviewCount: scores.length,
          averageScore: scores.reduce((sum, score) => sum + score, 0) / scores.length,
          submitter: { name: `Sample Submitter ${year}-${p + 1}`, email: `sample.submitter.${year}.${p + 1}@example.org` },
          title: `Sample proposal ${p + 1} of ${year} (sample data)`,
          abstract: 'Sample abstract generated for measurements: not a real proposal. '.repeat(3),
          format: FORMATS[p % FORMATS.length],
          themes: [themes[p % themes.length]],
          bio: 'Sample biography (sample data).',
          consent: true,
          language: 'en',
          createdAt: now,
          updatedAt: now,
        },
      })
      for (let r = 0; r < reviewers.length; r++) {
        await payload.db.create({
          collection: 'reviews',
          data: {
            proposal: proposal.id,
            reviewer: reviewers[r],
            edition: edition.id,
            score: scores[r],
            comment: 'Sample review (sample data).',
            createdAt: now,
            updatedAt: now,
          },
        })
      }
      proposalBar.tick()
    }
    proposalBar.done(`${SAMPLE.proposals * reviewers.length} reviews`)
    summary.proposals += SAMPLE.proposals
    summary.reviews += SAMPLE.proposals * reviewers.length
  }
  return summary
}

async function nextSampleYear(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'editions', sort: '-year', limit: 1, depth: 0, overrideAccess: true, draft: true })
  return Math.max(SAMPLE_FIRST_YEAR, (docs[0]?.year ?? 0) + 1)
}

/**
 * An editor account for measuring the admin (`bench/scale.ts`), only when the caller gives a password
 * (SAMPLE_EDITOR_PASSWORD): sample data never ships a known password.
 */
export async function sampleEditor(payload: Payload, password: string | undefined): Promise<string | null> {
  if (!password) return null
  const email = 'sample.editor@example.org'
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (!found.docs[0]) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: CONTEXT,
      data: { email, password, name: 'Sample Editor', role: 'editor' } as never,
    })
  }
  return email
}

/** Three reviewer accounts (sample data), created once. */
async function sampleReviewers(payload: Payload): Promise<Array<number | string>> {
  const ids: Array<number | string> = []
  for (let r = 1; r <= SAMPLE.reviewers; r++) {
    const email = `sample.reviewer.${r}@example.org`
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
    const user =
      found.docs[0] ??
      (await payload.create({
        collection: 'users',
        overrideAccess: true,
        context: CONTEXT,
        data: {
          email,
          password: `sample-${r}-${Math.random().toString(36).slice(2)}-password`,
          name: `Sample Reviewer ${r}`,
          role: 'reviewer',
        } as never,
      }))
    ids.push(user.id)
  }
  return ids
}
