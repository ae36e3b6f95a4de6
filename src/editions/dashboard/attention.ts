import type { Payload, Where } from 'payload'

import { hasRole, roleOf } from '../../platform/access/roles'
import { missingFrench } from '../../platform/fields/translationStatus'
import type { Edition } from '../../payload-types'
import { findConflicts, type SchedulableSession } from '../../programme/conflicts'
import { adminLinks } from './adminLinks'
import { loadProposalsPerDay, type ProposalsPerDay } from './perDay'

/**
 * What needs attention, per role and per edition: the lines of the admin dashboard. Every figure comes
 * from a count query on indexed fields (`payload.count`), never from loading the proposals; the few
 * documents read (an edition, its themes, its sessions' times) are small and bounded by one edition.
 */

type Id = number | string
type Tone = 'todo' | 'info'
export type AttentionLine = { key: string; text: string; href: string; tone: Tone; count?: number }
type EditionAttention = {
  edition: { id: Id; year: number; title: string; status: Edition['status'] }
  lines: AttentionLine[]
  /** Proposals per day of the call (editors and admins), drawn under the lines. */
  perDay?: ProposalsPerDay | null
  /** Proposals so far per theme (editors and admins), drawn under the lines; null before any proposal. */
  perTheme?: ThemeCount[] | null
}
/** A theme's proposals so far; `theme` null for the proposals that named none of the edition's themes. */
export type ThemeCount = { theme: Id | null; label: string; count: number }
export type Dashboard = { role: string | null; editions: EditionAttention[]; site: AttentionLine[] }

/** A proposal needs this many reviews before an editor decides on it. */
export const MIN_REVIEWS = 2
const OPEN_STATUSES = ['submitted', 'in-review']
const DAY_MS = 24 * 3600 * 1000

type User = { id: Id; role?: string | null; reviewerEditions?: unknown } | null | undefined

const count = async (
  payload: Payload,
  collection: 'proposals' | 'sessions' | 'themes' | 'reviews' | 'programme-releases' | 'backup-runs',
  where: Where,
) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`

/** French texts missing on the edition itself, its themes and its committee (the public pages editors write). */
async function frenchLine(payload: Payload, edition: Edition, admin: string): Promise<AttentionLine | null> {
  const all = await payload.findByID({
    collection: 'editions',
    id: edition.id,
    locale: 'all',
    depth: 0,
    draft: true,
    joins: false,
    overrideAccess: true,
    context: { skipTranslationStatus: true },
  })
  const onEdition = missingFrench(payload.collections.editions.config.fields, all as never)
  const themes = await payload.find({
    collection: 'themes',
    where: { edition: { equals: edition.id } },
    locale: 'all',
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { title: true, summary: true, body: true, seo: true },
    context: { skipTranslationStatus: true },
  })
  const members = await payload.find({
    collection: 'committee-members',
    where: { edition: { equals: edition.id } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { affiliation: true },
  })
  const themeFields = payload.collections.themes.config.fields
  const themesMissing = themes.docs.filter((theme) => missingFrench(themeFields, theme as never).length > 0).length
  const memberFields = payload.collections['committee-members'].config.fields
  const membersMissing = members.docs.filter((member) => missingFrench(memberFields, member as never).length > 0).length
  if (onEdition.length === 0 && themesMissing === 0 && membersMissing === 0) return null
  const parts = [
    onEdition.length > 0
      ? `edition (${onEdition.slice(0, 4).join(', ')}${onEdition.length > 4 ? `, +${onEdition.length - 4}` : ''})`
      : null,
    themesMissing > 0 ? plural(themesMissing, 'theme') : null,
    membersMissing > 0 ? plural(membersMissing, 'committee member') : null,
  ].filter(Boolean)
  const inEdition = { edition: { equals: edition.id } }
  return {
    key: 'french-missing',
    tone: 'todo',
    count: onEdition.length + themesMissing + membersMissing,
    text: `French texts missing: ${parts.join('; ')}`,
    // Where the first of them is written.
    href:
      onEdition.length > 0
        ? adminLinks.document(admin, 'editions', edition.id)
        : themesMissing > 0
          ? adminLinks.list(admin, 'themes', inEdition)
          : adminLinks.list(admin, 'committee-members', inEdition),
  }
}

/** The call's state: when it opens and closes, days left, proposals so far per theme (also for the chart). */
async function cfpLines(
  payload: Payload,
  edition: Edition,
  admin: string,
  now: Date,
): Promise<{ lines: AttentionLine[]; perTheme: ThemeCount[] | null }> {
  const cfp = edition.cfp ?? {}
  const href = adminLinks.document(admin, 'editions', edition.id)
  const proposalsHref = adminLinks.list(admin, 'proposals', { edition: { equals: edition.id } })
  const lines: AttentionLine[] = []
  if (!cfp.deadline) {
    lines.push({ key: 'cfp-deadline-missing', tone: 'todo', text: 'Call for proposals deadline missing: the call cannot open', href })
  } else {
    const opens = cfp.opensAt ? new Date(cfp.opensAt) : null
    const closes = new Date(cfp.deadline)
    let state: string
    if (opens && now < opens) state = `opens ${day(cfp.opensAt!)}, closes ${day(cfp.deadline)}`
    else if (now <= closes) {
      const left = Math.ceil((closes.getTime() - now.getTime()) / DAY_MS)
      state = `open${opens ? ` since ${day(cfp.opensAt!)}` : ''}, closes ${day(cfp.deadline)}: ${plural(left, 'day')} left`
    } else state = `closed on ${day(cfp.deadline)}`
    lines.push({ key: 'cfp-state', tone: 'info', text: `Call for proposals ${state}`, href })
  }
  const total = await count(payload, 'proposals', { edition: { equals: edition.id } })
  let perTheme: ThemeCount[] | null = null
  if (total > 0 || cfp.deadline) {
    const themes = await payload.find({
      collection: 'themes',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
      select: { title: true },
    })
    const inEdition = { edition: { equals: edition.id } }
    const themeIds = themes.docs.map((theme) => theme.id)
    const [counts, onThemes] = await Promise.all([
      Promise.all(
        themes.docs.map(async (theme): Promise<ThemeCount> => ({
          theme: theme.id,
          label: theme.title,
          count: await count(payload, 'proposals', { and: [inEdition, { themes: { in: [theme.id] } }] }),
        })),
      ),
      themeIds.length > 0 ? count(payload, 'proposals', { and: [inEdition, { themes: { in: themeIds } }] }) : Promise.resolve(0),
    ])
    const noTheme = total - onThemes
    lines.push({
      key: 'cfp-proposals',
      tone: 'info',
      count: total,
      text: `${plural(total, 'proposal')} so far${counts.length ? ` (${counts.map((entry) => `${entry.label}: ${entry.count}`).join('; ')})` : ''}`,
      href: proposalsHref,
    })
    if (total > 0)
      perTheme = [...counts, ...(noTheme > 0 ? [{ theme: null, label: 'Another theme, not in the list', count: noTheme }] : [])]
  }
  return { lines, perTheme }
}

async function reviewLines(payload: Payload, edition: Edition, admin: string): Promise<AttentionLine[]> {
  const where: Where = {
    and: [
      { edition: { equals: edition.id } },
      { status: { in: OPEN_STATUSES } },
      { or: [{ reviewCount: { less_than: MIN_REVIEWS } }, { reviewCount: { exists: false } }] },
    ],
  }
  const n = await count(payload, 'proposals', where)
  if (n === 0) return []
  return [
    {
      key: 'reviews-missing',
      tone: 'todo',
      count: n,
      text: `${plural(n, 'proposal')} with fewer than ${MIN_REVIEWS} reviews`,
      href: adminLinks.list(admin, 'proposals', where as Record<string, unknown>),
    },
  ]
}

/**
 * Decisions taken but not yet told: pending in the Decisions outbox (src/cfp/decisions/pending.ts), or
 * released with an email that failed. Then, once acceptances are released, proposals whose speakers
 * have not all answered whether they come (src/cfp/decisions/participation.ts).
 */
async function decisionLines(payload: Payload, edition: Edition, admin: string): Promise<AttentionLine[]> {
  const lines: AttentionLine[] = []
  const unreleased: Where = {
    and: [
      { edition: { equals: edition.id } },
      { or: [{ decisionPending: { equals: true } }, { 'decisionEmail.status': { equals: 'failed' } }] },
    ],
  }
  const pending = await count(payload, 'proposals', unreleased)
  if (pending > 0) {
    lines.push({
      key: 'decisions-unsent',
      tone: 'todo',
      count: pending,
      text: `${plural(pending, 'decision')} waiting in the Decisions outbox (not yet released to the speakers)`,
      href: `${admin}/decisions-outbox`,
    })
  }
  const unconfirmed: Where = {
    and: [
      { edition: { equals: edition.id } },
      { releasedDecision: { equals: 'accept' } },
      { 'participation.response': { equals: 'waiting' } },
    ],
  }
  const waiting = await count(payload, 'proposals', unconfirmed)
  if (waiting > 0) {
    lines.push({
      key: 'speakers-unconfirmed',
      tone: 'todo',
      count: waiting,
      text: `${plural(waiting, 'accepted proposal')} with speakers who have not confirmed their participation`,
      href: adminLinks.list(admin, 'proposals', unconfirmed as Record<string, unknown>),
    })
  }
  return lines
}

/** The proposals-per-day chart's line: how many came in, the busiest day; the chart is drawn under it. */
function perDayLine(perDay: ProposalsPerDay, edition: Edition, admin: string): AttentionLine {
  const busiest = perDay.days.reduce((best, day) => (day.count > best.count ? day : best), perDay.days[0]!)
  const span = perDay.days.length
  return {
    key: 'cfp-per-day',
    tone: 'info',
    count: perDay.total,
    text:
      `Proposals per day of the call: ${perDay.total - perDay.earlier} in ${plural(span, 'day')}` +
      `${perDay.earlier > 0 ? ` (${perDay.earlier} earlier)` : ''}, busiest ${busiest.day} (${busiest.count})`,
    href: adminLinks.list(admin, 'proposals', { edition: { equals: edition.id } }),
  }
}

async function sessionLines(payload: Payload, edition: Edition, admin: string): Promise<AttentionLine[]> {
  const unplacedWhere: Where = {
    and: [{ edition: { equals: edition.id } }, { or: [{ start: { exists: false } }, { room: { exists: false } }] }],
  }
  const lines: AttentionLine[] = []
  // The schedule board saves drafts: count the newest version of each session, as the board and the
  // admin list show them, not the published copy the next programme release replaces.
  const unplaced = (
    await payload.countVersions({
      collection: 'sessions',
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.edition': { equals: edition.id } },
          { or: [{ 'version.start': { exists: false } }, { 'version.room': { exists: false } }] },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs
  if (unplaced > 0) {
    lines.push({
      key: 'sessions-unplaced',
      tone: 'todo',
      count: unplaced,
      text: `${plural(unplaced, 'session')} without a time or a room`,
      href: adminLinks.list(admin, 'sessions', unplacedWhere as Record<string, unknown>),
    })
  }
  // Conflicts are pairs of sessions: the edition's timed sessions (times, room and speakers only).
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { and: [{ edition: { equals: edition.id } }, { start: { exists: true } }] },
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { title: true, start: true, end: true, room: true, speakers: true },
  })
  const sessions = docs as unknown as SchedulableSession[]
  const inConflict = sessions.filter((session) => findConflicts(session, sessions).length > 0)
  if (inConflict.length > 0) {
    lines.push({
      key: 'sessions-conflict',
      tone: 'todo',
      count: inConflict.length,
      text: `${plural(inConflict.length, 'session')} in conflict (same room or speaker at the same time)`,
      href: adminLinks.list(admin, 'sessions', { id: { in: inConflict.map((session) => session.id).join(',') } }),
    })
  }
  return lines
}

/** What an edition still lacks before its call can open (a draft or upcoming edition). */
async function readinessLines(payload: Payload, edition: Edition, admin: string): Promise<AttentionLine[]> {
  const href = adminLinks.document(admin, 'editions', edition.id)
  const lines: AttentionLine[] = []
  if (!edition.startDate || !edition.endDate)
    lines.push({ key: 'dates-missing', tone: 'todo', text: 'Dates missing: the edition has no start or end date', href })
  if ((await count(payload, 'themes', { edition: { equals: edition.id } })) === 0) {
    lines.push({
      key: 'themes-missing',
      tone: 'todo',
      text: 'No themes yet: proposals pick one of the edition’s themes',
      href: adminLinks.list(admin, 'themes', { edition: { equals: edition.id } }),
    })
  }
  return lines
}

/** Reviewers: the proposals of their editions they have not reviewed yet, and until when proposals come in. */
async function reviewerLines(payload: Payload, user: NonNullable<User>, edition: Edition, admin: string): Promise<AttentionLine[]> {
  const mine = await payload.find({
    collection: 'reviews',
    where: { and: [{ reviewer: { equals: user.id } }, { edition: { equals: edition.id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { proposal: true },
  })
  const reviewed = mine.docs
    .map((review) => (typeof review.proposal === 'object' ? review.proposal?.id : review.proposal))
    .filter((id) => id !== undefined && id !== null)
  const where: Where = {
    and: [
      { edition: { equals: edition.id } },
      { status: { in: OPEN_STATUSES } },
      ...(reviewed.length ? [{ id: { not_in: reviewed } }] : []),
    ],
  }
  const n = await count(payload, 'proposals', where)
  const deadline = edition.cfp?.deadline ? ` (the call closes ${day(edition.cfp.deadline)})` : ''
  return [
    {
      key: 'to-review',
      tone: n > 0 ? 'todo' : 'info',
      count: n,
      text: n > 0 ? `${plural(n, 'proposal')} you have not reviewed yet${deadline}` : `You have reviewed every open proposal${deadline}`,
      // The list of exactly these proposals (the reviewer's list shows only their editions anyway).
      href: adminLinks.list(admin, 'proposals', where as Record<string, unknown>),
    },
  ]
}

/**
 * Lines other parts of the app add to an edition's section (e.g. speakers who have not confirmed, once
 * sessions record a confirmation). Each returns its lines.
 */
type EditionLineProvider = (payload: Payload, edition: Edition, admin: string, now: Date) => Promise<AttentionLine[]>
const editionLineProviders: EditionLineProvider[] = []

/** Site-wide lines for admins. */
async function siteLines(payload: Payload, admin: string, now: Date): Promise<AttentionLine[]> {
  const lines: AttentionLine[] = []
  // Failed emails, as the documents' email logs record them (and a proposal's decision email).
  const failedProposals: Where = { or: [{ 'emails.status': { equals: 'failed' } }, { 'decisionEmail.status': { equals: 'failed' } }] }
  const failedReleases: Where = { 'emails.status': { equals: 'failed' } }
  const [proposals, releases] = await Promise.all([
    count(payload, 'proposals', failedProposals),
    count(payload, 'programme-releases', failedReleases),
  ])
  if (proposals > 0) {
    lines.push({
      key: 'emails-failed',
      tone: 'todo',
      count: proposals,
      text: `${plural(proposals, 'proposal')} with a failed email`,
      href: adminLinks.list(admin, 'proposals', failedProposals as Record<string, unknown>),
    })
  }
  if (releases > 0) {
    lines.push({
      key: 'release-emails-failed',
      tone: 'todo',
      count: releases,
      text: `${plural(releases, 'programme release')} with a failed email to speakers`,
      href: adminLinks.list(admin, 'programme-releases', failedReleases as Record<string, unknown>),
    })
  }
  lines.push(await backupLine(payload, admin, now))
  return lines
}

/** A backup older than this is a line to act on. */
const BACKUP_MAX_AGE_DAYS = 1

/** The last backup's age, from the record `npm run backup` writes in the database (collection backup-runs). */
async function backupLine(payload: Payload, admin: string, now: Date): Promise<AttentionLine> {
  const href = adminLinks.list(admin, 'backup-runs')
  const { docs } = await payload.find({
    collection: 'backup-runs',
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const last = docs[0]
  if (!last) return { key: 'backup-age', tone: 'todo', text: 'No backup recorded: run npm run backup -- --out <file> on the server', href }
  const hours = Math.floor((now.getTime() - new Date(last.at).getTime()) / 3600_000)
  const age = hours < 24 ? plural(Math.max(hours, 0), 'hour') : plural(Math.floor(hours / 24), 'day')
  return {
    key: 'backup-age',
    tone: hours >= BACKUP_MAX_AGE_DAYS * 24 ? 'todo' : 'info',
    text: `Last backup ${age} ago (${last.file}, ${day(last.at)})`,
    href,
  }
}

type SiteLineProvider = (payload: Payload, admin: string, now: Date) => Promise<AttentionLine[]>
const siteLineProviders: SiteLineProvider[] = []

function assignedEditions(user: NonNullable<User>): string[] {
  const values = Array.isArray(user.reviewerEditions) ? user.reviewerEditions : []
  return values.map((value) => String(typeof value === 'object' && value !== null ? (value as { id: Id }).id : value))
}

export async function loadDashboard(payload: Payload, user: User, now: Date = new Date()): Promise<Dashboard> {
  const role = roleOf(user as never)
  const admin = payload.config.routes.admin
  if (!user || !role) return { role, editions: [], site: [] }
  const { docs: editions } = await payload.find({
    collection: 'editions',
    where: { status: { not_equals: 'archived' } },
    sort: 'year',
    depth: 0,
    draft: true,
    joins: false,
    pagination: false,
    overrideAccess: true,
    context: { skipTranslationStatus: true },
  })
  const isStaff = hasRole(user as never, 'admin', 'editor')
  const visible = isStaff ? editions : editions.filter((edition) => assignedEditions(user).includes(String(edition.id)))

  const sections = await Promise.all(
    visible.map(async (edition): Promise<EditionAttention> => {
      const head = { id: edition.id, year: edition.year, title: edition.title, status: edition.status }
      if (!isStaff) return { edition: head, lines: await reviewerLines(payload, user, edition, admin) }
      const preparing = edition.status === 'draft' || edition.status === 'upcoming'
      const cfp = cfpLines(payload, edition, admin, now)
      const [perDay, perTheme, ...groups] = await Promise.all([
        loadProposalsPerDay(payload, edition, now),
        cfp.then((result) => result.perTheme),
        preparing ? readinessLines(payload, edition, admin) : Promise.resolve([]),
        frenchLine(payload, edition, admin).then((line) => (line ? [line] : [])),
        cfp.then((result) => result.lines),
        reviewLines(payload, edition, admin),
        decisionLines(payload, edition, admin),
        sessionLines(payload, edition, admin),
        ...editionLineProviders.map((provide) => provide(payload, edition, admin, now)),
      ])
      const lines = (groups as AttentionLine[][]).flat()
      if (perDay) lines.splice(lines.findIndex((line) => line.key === 'cfp-proposals') + 1, 0, perDayLine(perDay, edition, admin))
      return { edition: head, lines, perDay, perTheme }
    }),
  )
  const site = hasRole(user as never, 'admin')
    ? [
        ...(await siteLines(payload, admin, now)),
        ...(await Promise.all(siteLineProviders.map((provide) => provide(payload, admin, now)))).flat(),
      ]
    : []
  return { role, editions: sections, site }
}
