import type { PayloadRequest } from 'payload'

import { relationId } from '../../platform/relations'

/**
 * The CSV export of an edition's proposals with their reviews: one row per proposal, its reviews in
 * numbered column groups (reviewer, score, comment) after the average. RFC 4180 quoting, CRLF line
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

export async function proposalsCsv(req: PayloadRequest, editionId: number | string): Promise<{ csv: string; rows: number; year: string }> {
  const edition = await req.payload.findByID({
    collection: 'editions',
    id: editionId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!edition) throw Object.assign(new Error('No edition with this id.'), { status: 404 })
  // One after the other: inside a MongoDB transaction one session cannot run reads in parallel.
  const { docs: proposals } = await req.payload.find({
    collection: 'proposals',
    where: { edition: { equals: editionId } },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const { docs: reviews } = await req.payload.find({
    collection: 'reviews',
    where: { edition: { equals: editionId } },
    depth: 1,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
    req,
    populate: { users: { email: true, name: true } },
  })
  const { docs: themes } = await req.payload.find({
    collection: 'themes',
    where: { edition: { equals: editionId } },
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    req,
    select: { title: true },
  })
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
    'title',
    'format',
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
        proposal.status,
        proposal.title,
        proposal.format,
        themeNames.join('; '),
        proposal.otherTheme,
        proposal.durationWish,
        proposal.submitter?.name,
        proposal.submitter?.email,
        proposal.submitter?.affiliation,
        proposal.abstract,
        proposal.createdAt,
        list.length,
        average,
        ...list.flatMap((review) => [review.reviewer, review.score, review.comment]),
        // Every line has as many fields as the header (RFC 4180), however many reviews it holds.
        ...Array.from({ length: (maxReviews - list.length) * 3 }, () => ''),
      ]),
    )
  }
  return { csv: CSV_BOM + lines.join('\r\n') + '\r\n', rows: proposals.length, year: String(edition.year ?? editionId) }
}
