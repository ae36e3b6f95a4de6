import type { Payload, Where } from 'payload'

import type { Locale } from '../../platform/i18n'
import { relationId } from '../../platform/relations'

/**
 * A theme's thread across years: the earlier themes it continues (and what those continued), and the
 * later themes that continue it, each with its edition's year and its sessions and perspectives. Read as
 * the public sees it (published themes of public editions only), following `themes.continues` both ways.
 */

type Id = number | string

type ThreadLink = { title: string; slug: string }
export type ThreadTheme = {
  id: Id
  year: number
  title: string
  slug: string
  sessions: ThreadLink[]
  perspectives: ThreadLink[]
}
export type ThemeThread = { earlier: ThreadTheme[]; later: ThreadTheme[] }

/** How far a thread is followed each way: a conference of many years, never a loop. */
const MAX_STEPS = 20

type ThemeRow = { id: Id; title: string; slug: string; edition: unknown; continues?: unknown }

async function publicThemes(payload: Payload, where: Where, locale: Locale): Promise<ThemeRow[]> {
  const { docs } = await payload.find({
    collection: 'themes',
    where,
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { title: true, slug: true, edition: true, continues: true },
  })
  return docs as unknown as ThemeRow[]
}

const idsOf = (value: unknown): Id[] => (Array.isArray(value) ? value : []).map(relationId).filter((id): id is Id => id !== undefined)

/** Walks one direction from `start` (breadth first), never visiting a theme twice. */
async function walk(
  payload: Payload,
  start: ThemeRow,
  locale: Locale,
  step: (frontier: ThemeRow[]) => Where | null,
  seen: Set<string>,
): Promise<ThemeRow[]> {
  const found: ThemeRow[] = []
  let frontier = [start]
  for (let i = 0; i < MAX_STEPS && frontier.length > 0; i++) {
    const where = step(frontier)
    if (!where) break
    const next = (await publicThemes(payload, where, locale)).filter((theme) => !seen.has(String(theme.id)))
    next.forEach((theme) => seen.add(String(theme.id)))
    found.push(...next)
    frontier = next
  }
  return found
}

export async function loadThemeThread(payload: Payload, themeId: Id, locale: Locale): Promise<ThemeThread> {
  const [theme] = await publicThemes(payload, { id: { equals: themeId } }, locale)
  if (!theme) return { earlier: [], later: [] }
  const seen = new Set([String(theme.id)])
  const earlier = await walk(
    payload,
    theme,
    locale,
    (frontier) => {
      const ids = frontier.flatMap((row) => idsOf(row.continues))
      return ids.length > 0 ? { id: { in: ids } } : null
    },
    seen,
  )
  const later = await walk(payload, theme, locale, (frontier) => ({ continues: { in: frontier.map((row) => row.id) } }), seen)
  const all = [...earlier, ...later]
  if (all.length === 0) return { earlier: [], later: [] }

  const themeIds = all.map((row) => row.id)
  const editionIds = [...new Set(all.map((row) => relationId(row.edition)).filter((id): id is Id => id !== undefined))]
  const [editions, sessions, perspectives] = await Promise.all([
    payload.find({
      collection: 'editions',
      where: { id: { in: editionIds } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { year: true },
    }),
    payload.find({
      collection: 'sessions',
      where: { themes: { in: themeIds } },
      locale,
      depth: 0,
      sort: 'start',
      pagination: false,
      overrideAccess: false,
      select: { title: true, slug: true, themes: true },
    }),
    payload.find({
      collection: 'perspectives',
      where: { themes: { in: themeIds } },
      locale,
      depth: 0,
      sort: '-publishedDate',
      pagination: false,
      overrideAccess: false,
      select: { title: true, slug: true, themes: true },
    }),
  ])
  const yearOf = new Map(editions.docs.map((edition) => [String(edition.id), edition.year]))
  const linksOf = (docs: Array<{ title?: unknown; slug?: unknown; themes?: unknown }>, id: Id): ThreadLink[] =>
    docs
      .filter((doc) => idsOf(doc.themes).some((themeRef) => String(themeRef) === String(id)))
      .map((doc) => ({ title: String(doc.title ?? ''), slug: String(doc.slug ?? '') }))
  const describe = (row: ThemeRow): ThreadTheme | null => {
    const year = yearOf.get(String(relationId(row.edition)))
    if (year === undefined) return null
    return {
      id: row.id,
      year,
      title: row.title,
      slug: row.slug,
      sessions: linksOf(sessions.docs as never, row.id),
      perspectives: linksOf(perspectives.docs as never, row.id),
    }
  }
  const byYear = (a: ThreadTheme, b: ThreadTheme) => a.year - b.year || a.title.localeCompare(b.title)
  return {
    earlier: earlier
      .map(describe)
      .filter((row): row is ThreadTheme => row !== null)
      .sort(byYear),
    later: later
      .map(describe)
      .filter((row): row is ThreadTheme => row !== null)
      .sort(byYear),
  }
}
