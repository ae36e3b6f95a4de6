import type { PayloadRequest, Where } from 'payload'

import { parisTimestamp } from '../../platform/dates'
import { relationId } from '../../platform/relations'
import { DURATION_OPTIONS, FORMAT_OPTIONS, optionLabel, STATUS_OPTIONS } from '../options'

/**
 * The CSV export of proposals with their reviews (an edition's, or what the admin list shows): one row
 * per proposal, labels as the admin shows them with the stored code beside status and format, times in
 * Paris with their offset, its reviews in numbered column groups (reviewer, score, comment) after the average. RFC 4180 quoting, CRLF line
 * ends, a UTF-8 byte-order mark so Excel reads accents, and cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or CR) prefixed with an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text =
    typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value === 'string' ? value : JSON.stringify(value)
  // Text only: a number we wrote ourselves is not a formula.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',')
}

const CSV_BOM = '\uFEFF'

type ReviewRow = { reviewer: string; score: number | null; comment: string }

/** Which proposals to export: one edition, or what the admin list shows (its filter and search). */
export type ProposalsSelection = { edition?: number | string; where?: Where; search?: string }

/** Ids in chunks, so an `in` condition stays well under SQLite's limit on bound parameters. */
const CHUNK = 500

async function inChunks<T>(ids: Array<number | string>, read: (chunk: Array<number | string>) => Promise<T[]>): Promise<T[]> {
  const found: T[] = []
  for (let index = 0; index < ids.length; index += CHUNK) found.push(...(await read(ids.slice(index, index + CHUNK))))
  return found
}

export async function proposalsCsv(
  req: PayloadRequest,
  selection: ProposalsSelection,
): Promise<{ csv: string; rows: number; year: string }> {
  let year = 'all'
  const conditions: Where[] = []
  if (selection.edition !== undefined) {
    const edition = await req.payload.findByID({
      collection: 'editions',
      id: selection.edition,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!edition) throw Object.assign(new Error('No edition with this id.'), { status: 404 })
    year = String(edition.year ?? selection.edition)
    conditions.push({ edition: { equals: selection.edition } })
  }
  if (selection.where) conditions.push(selection.where)
  const search = selection.search?.trim()
  if (search) conditions.push({ or: [{ title: { like: search } }, { reference: { like: search } }] })
  // One after the other: inside a MongoDB transaction one session cannot run reads in parallel.
  // The list's filter comes from the editor: read with their access, so Payload checks its fields.
  const { docs: proposals } = await req.payload.find({
    collection: 'proposals',
    where: conditions.length > 0 ? { and: conditions } : {},
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const reviews = await inChunks(
    proposals.map((proposal) => proposal.id),
    async (ids) =>
      (
        await req.payload.find({
          collection: 'reviews',
          where: { proposal: { in: ids } },
          depth: 1,
          pagination: false,
          sort: 'createdAt',
          overrideAccess: true,
          req,
          populate: { users: { email: true, name: true } },
        })
      ).docs,
  )
  const themeIds = [...new Set(proposals.flatMap((proposal) => (proposal.themes ?? []).map((theme) => relationId(theme))))].filter(
    (id): id is number | string => id !== undefined,
  )
  const themes = await inChunks(
    themeIds,
    async (ids) =>
      (
        await req.payload.find({
          collection: 'themes',
          where: { id: { in: ids } },
          depth: 0,
          draft: true,
          pagination: false,
          overrideAccess: true,
          req,
          select: { title: true },
        })
      ).docs,
  )
  const themeTitle = new Map(themes.map((theme) => [String(theme.id), String(theme.title ?? '')]))
  const byProposal = new Map<string, ReviewRow[]>()
  for (const review of reviews) {
    const key = String(relationId(review.proposal))
    const reviewer = review.reviewer
    const who = typeof reviewer === 'object' && reviewer ? reviewer.name || reviewer.email || String(reviewer.id) : String(reviewer ?? '')
    const list = byProposal.get(key) ?? []
    list.push({ reviewer: String(who), score: typeof review.score === 'number' ? review.score : null, comment: review.comment ?? '' })
    byProposal.set(key, list)
  }
  const maxReviews = Math.max(0, ...[...byProposal.values()].map((list) => list.length))
  const header = [
    'reference',
    'status',
    'status code',
    'title',
    'format',
    'format code',
    'themes',
    'other theme',
    'duration wish',
    'submitter name',
    'submitter email',
    'submitter affiliation',
    'abstract',
    'submitted at',
    'review count',
    'average score',
    ...Array.from({ length: maxReviews }, (_, index) => [
      `review ${index + 1} reviewer`,
      `review ${index + 1} score`,
      `review ${index + 1} comment`,
    ]).flat(),
  ]
  const lines = [csvLine(header)]
  for (const proposal of proposals) {
    const list = byProposal.get(String(proposal.id)) ?? []
    const scores = list.map((review) => review.score).filter((score): score is number => score !== null)
    // Computed from the reviews themselves, so the file is right even if a stored aggregate lagged.
    const average = scores.length > 0 ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2) : ''
    const themeNames = (proposal.themes ?? []).map((theme) => themeTitle.get(String(relationId(theme))) ?? String(relationId(theme)))
    lines.push(
      csvLine([
        proposal.reference,
        optionLabel(STATUS_OPTIONS, proposal.status),
        proposal.status,
        proposal.title,
        optionLabel(FORMAT_OPTIONS, proposal.format),
        proposal.format,
        themeNames.join('; '),
        proposal.otherTheme,
        optionLabel(DURATION_OPTIONS, proposal.durationWish),
        proposal.submitter?.name,
        proposal.submitter?.email,
        proposal.submitter?.affiliation,
        proposal.abstract,
        proposal.createdAt ? parisTimestamp(new Date(proposal.createdAt)) : '',
        list.length,
        average,
        ...list.flatMap((review) => [review.reviewer, review.score, review.comment]),
        // Every line has as many fields as the header (RFC 4180), however many reviews it holds.
        ...Array.from({ length: (maxReviews - list.length) * 3 }, () => ''),
      ]),
    )
  }
  return { csv: CSV_BOM + lines.join('\r\n') + '\r\n', rows: proposals.length, year }
}
