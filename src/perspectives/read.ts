import type { Payload, Where } from 'payload'

import type { Perspective } from '../payload-types'
import type { Locale } from '../platform/i18n'
import { asPublic, readRights, type ReadMode } from '../platform/readMode'
import { relationId } from '../platform/relations'

/**
 * Data access for the perspectives pages. Every query runs with the public's rights (overrideAccess:
 * false, no user, published versions only), so drafts, and themes of editions that are not public,
 * are filtered out by the access rules themselves.
 */

type Id = number | string

/** A theme a perspective belongs to, with the year of its edition (for routes.theme(year, slug)). */
type PerspectiveTheme = { id: Id; slug: string; title: string; year: number | null }

/**
 * A theme as a filter of the perspectives list. Theme slugs are unique within an edition only, so
 * one filter gathers every public theme of that slug (the title is the newest edition's).
 */
export type ThemeFilter = { slug: string; title: string; ids: Id[]; count: number }

type PersonNamed = { name: string; affiliation: string | null; role: string | null }

/** The language each text is really in: a French request shows English where no French exists. */
type TextLanguages = { title: Locale; summary: Locale; body: Locale }

export type PerspectiveSummary = {
  id: Id
  slug: string
  title: string
  kind: Perspective['kind']
  publishedDate: string | null
  authors: string[]
  people: PersonNamed[]
  summary: string | null
  themes: PerspectiveTheme[]
  updatedAt: string
  lang: TextLanguages
}

/** A programme session that links this perspective as the report of its collective reflection. */
type ReportedSession = { year: number; slug: string; title: string }

export type PerspectiveDetail = PerspectiveSummary & {
  source: { name: string | null; url: string | null }
  /** The sessions it reports ("From the session …"), oldest edition first. */
  sessions: ReportedSession[]
  body: Perspective['body']
  seo: { title: string | null; description: string | null }
}

// Newest first; undated ones last, then the most recently created first.
const NEWEST_FIRST = ['-publishedDate', '-createdAt']

/** Every published perspective, newest first; with `themeIds`, only those of one of these themes. */
export async function listPerspectives(payload: Payload, locale: Locale, options: { themeIds?: Id[] } = {}): Promise<PerspectiveSummary[]> {
  if (options.themeIds && options.themeIds.length === 0) return []
  const where: Where = options.themeIds ? { themes: { in: options.themeIds } } : {}
  const { docs } = await payload.find({
    collection: 'perspectives',
    where,
    sort: NEWEST_FIRST,
    depth: 0,
    pagination: false,
    locale,
    select: {
      title: true,
      slug: true,
      kind: true,
      publishedDate: true,
      authors: true,
      people: true,
      summary: true,
      themes: true,
      updatedAt: true,
    },
    ...asPublic,
  })
  const [themes, languages] = await Promise.all([
    loadThemes(
      payload,
      locale,
      docs.flatMap((doc) => doc.themes ?? []),
    ),
    textLanguages(payload, locale, docs, false),
  ])
  return docs.map((doc) => toSummary(doc, themes, languages.get(String(doc.id))))
}

/** One published perspective by its slug, or null (unknown, draft only, or not public). */
export async function findPerspective(
  payload: Payload,
  locale: Locale,
  slug: string,
  mode: ReadMode = {},
): Promise<PerspectiveDetail | null> {
  if (!slug) return null
  const { docs } = await payload.find({
    collection: 'perspectives',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    locale,
    ...readRights(mode),
  })
  const doc = docs[0]
  if (!doc) return null
  const [themes, languages, sessions] = await Promise.all([
    loadThemes(payload, locale, doc.themes ?? []),
    textLanguages(payload, locale, [doc], true),
    reportedSessions(payload, locale, doc.id, mode),
  ])
  return {
    ...toSummary(doc, themes, languages.get(String(doc.id))),
    source: { name: doc.source?.name || null, url: doc.source?.url || null },
    sessions,
    body: doc.body ?? null,
    seo: { title: doc.seo?.title || null, description: doc.seo?.description || null },
  }
}

/** Sessions (published, of public editions, for the public) whose "collective reflection" is this perspective. */
async function reportedSessions(payload: Payload, locale: Locale, id: Id, mode: ReadMode): Promise<ReportedSession[]> {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { perspective: { equals: id } },
    sort: 'start',
    depth: 1,
    pagination: false,
    locale,
    select: { title: true, slug: true, edition: true },
    populate: { editions: { year: true } },
    ...readRights(mode),
  })
  return docs
    .flatMap((session): ReportedSession[] =>
      typeof session.edition === 'object' && session.edition !== null && session.slug
        ? [{ year: session.edition.year, slug: session.slug, title: session.title }]
        : [],
    )
    .sort((a, b) => a.year - b.year)
}

/** The themes that at least one published perspective belongs to, one per slug, in edition order. */
export async function listPerspectiveThemes(payload: Payload, locale: Locale): Promise<ThemeFilter[]> {
  const { docs } = await payload.find({
    collection: 'perspectives',
    depth: 0,
    pagination: false,
    select: { themes: true },
    ...asPublic,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) {
    const ids = (doc.themes ?? []).map(relationId).filter((id): id is Id => id !== undefined)
    for (const id of new Set(ids.map(String))) {
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  const themes = await loadThemes(payload, locale, [...counts.keys()])
  return toFilters([...themes.values()], (theme) => counts.get(String(theme.id)) ?? 0).filter((filter) => filter.count > 0)
}

/**
 * The perspectives of one theme slug, or null when no public theme has that slug. A theme that
 * exists but has no perspective yet gives an empty list.
 */
export async function listPerspectivesByTheme(
  payload: Payload,
  locale: Locale,
  themeSlug: string,
): Promise<{ theme: ThemeFilter; perspectives: PerspectiveSummary[] } | null> {
  if (!themeSlug) return null
  const { docs } = await payload.find({
    collection: 'themes',
    where: { slug: { equals: themeSlug } },
    depth: 0,
    pagination: false,
    select: { slug: true },
    ...asPublic,
  })
  if (docs.length === 0) return null
  const ids = docs.map((theme) => theme.id)
  const [themes, perspectives] = await Promise.all([loadThemes(payload, locale, ids), listPerspectives(payload, locale, { themeIds: ids })])
  const [theme] = toFilters([...themes.values()], () => 0)
  return theme ? { theme: { ...theme, count: perspectives.length }, perspectives } : null
}

type SortableTheme = PerspectiveTheme & { order: number }

/** Public themes by id, each with its edition's year; themes the public may not read are left out. */
async function loadThemes(payload: Payload, locale: Locale, values: unknown[]): Promise<Map<string, SortableTheme>> {
  const ids = [
    ...new Set(
      values
        .map(relationId)
        .filter((id): id is Id => id !== undefined)
        .map(String),
    ),
  ]
  const found = new Map<string, SortableTheme>()
  if (ids.length === 0) return found
  const { docs } = await payload.find({
    collection: 'themes',
    where: { id: { in: ids } },
    depth: 1,
    pagination: false,
    locale,
    select: { title: true, slug: true, order: true, edition: true },
    populate: { editions: { year: true } },
    ...asPublic,
  })
  for (const theme of docs) {
    const edition = theme.edition
    const year = typeof edition === 'object' && edition !== null && typeof edition.year === 'number' ? edition.year : null
    found.set(String(theme.id), { id: theme.id, slug: theme.slug, title: theme.title, year, order: theme.order ?? 0 })
  }
  return found
}

/** Newest edition first, then the editors' order; one filter per slug. */
function toFilters(themes: SortableTheme[], countOf: (theme: SortableTheme) => number): ThemeFilter[] {
  const sorted = [...themes].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.order - b.order || a.title.localeCompare(b.title))
  const bySlug = new Map<string, ThemeFilter>()
  for (const theme of sorted) {
    const filter = bySlug.get(theme.slug)
    if (filter) {
      filter.ids.push(theme.id)
      filter.count += countOf(theme)
    } else {
      bySlug.set(theme.slug, { slug: theme.slug, title: theme.title, ids: [theme.id], count: countOf(theme) })
    }
  }
  return [...bySlug.values()]
}

type PerspectiveDoc = Pick<
  Perspective,
  'id' | 'slug' | 'title' | 'kind' | 'publishedDate' | 'authors' | 'people' | 'summary' | 'themes' | 'updatedAt'
>

function toSummary(doc: PerspectiveDoc, themes: Map<string, SortableTheme>, lang: TextLanguages | undefined): PerspectiveSummary {
  const own = (doc.themes ?? [])
    .map((theme) => themes.get(String(relationId(theme))))
    .filter((theme): theme is SortableTheme => theme !== undefined)
    .map(({ id, slug, title, year }) => ({ id, slug, title, year }))
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    kind: doc.kind,
    publishedDate: doc.publishedDate ?? null,
    authors: (doc.authors ?? []).map((author) => author.name).filter(Boolean),
    people: (doc.people ?? []).map((person) => ({
      name: person.name,
      affiliation: person.affiliation || null,
      role: person.role || null,
    })),
    summary: doc.summary || null,
    themes: own,
    updatedAt: doc.updatedAt,
    lang: lang ?? { title: 'en', summary: 'en', body: 'en' },
  }
}

/**
 * Payload falls back to English where a text has no French; to mark such text with lang="en",
 * French requests read the French texts once more without the fallback.
 */
async function textLanguages(
  payload: Payload,
  locale: Locale,
  docs: Array<{ id: Id }>,
  withBody: boolean,
): Promise<Map<string, TextLanguages>> {
  const languages = new Map<string, TextLanguages>()
  if (docs.length === 0) return languages
  if (locale === 'en') {
    for (const doc of docs) languages.set(String(doc.id), { title: 'en', summary: 'en', body: 'en' })
    return languages
  }
  const { docs: own } = await payload.find({
    collection: 'perspectives',
    where: { id: { in: docs.map((doc) => doc.id) } },
    depth: 0,
    pagination: false,
    locale,
    fallbackLocale: false,
    select: withBody ? { title: true, summary: true, body: true } : { title: true, summary: true },
    ...asPublic,
  })
  for (const doc of own) {
    const has = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : hasRichText(value))
    languages.set(String(doc.id), {
      title: has(doc.title) ? locale : 'en',
      summary: has(doc.summary) ? locale : 'en',
      body: has(doc.body) ? locale : 'en',
    })
  }
  return languages
}

function hasRichText(value: unknown): boolean {
  const children = (value as { root?: { children?: unknown[] } } | null | undefined)?.root?.children
  return Array.isArray(children) && children.length > 0
}
