import type { GeneratePreviewURL, Payload } from 'payload'

import { isLocale, localePath } from '../i18n'
import { relationId } from '../relations'
import { routes } from '../routes'

/** The route that turns on draft mode for an editor (src/app/(payload)/api/draft-preview). */
export const PREVIEW_ROUTE = '/api/draft-preview'

/** Only paths of our own site: no scheme, no host, no protocol-relative //evil.example. */
export function isSafePreviewPath(path: string | null): path is string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\')
}

/** Payload's "Preview" button: opens the public page of the document, drafts included. */
function previewUrl(pathOf: (doc: Record<string, unknown>, payload: Payload) => Promise<string | null>): GeneratePreviewURL {
  return async (doc, { locale, req }) => {
    const path = await pathOf(doc, req.payload)
    if (!path) return null
    const localized = localePath(isLocale(locale) ? locale : 'en', path)
    return `${PREVIEW_ROUTE}?path=${encodeURIComponent(localized)}`
  }
}

async function yearOf(payload: Payload, edition: unknown): Promise<number | null> {
  if (edition && typeof edition === 'object' && typeof (edition as { year?: unknown }).year === 'number') {
    return (edition as { year: number }).year
  }
  const id = relationId(edition)
  if (id === undefined) return null
  const found = await payload.findByID({ collection: 'editions', id, depth: 0, draft: true, overrideAccess: true })
  return found.year
}

export const editionPreview = previewUrl(async (doc) => (typeof doc.year === 'number' ? routes.edition(doc.year) : null))

export const themePreview = previewUrl(async (doc, payload) => {
  const year = await yearOf(payload, doc.edition)
  return year !== null && typeof doc.slug === 'string' ? routes.theme(year, doc.slug) : null
})

export const perspectivePreview = previewUrl(async (doc) => (typeof doc.slug === 'string' ? routes.perspective(doc.slug) : null))

/** A speaker's page in their latest edition (speaker pages live inside an edition). */
export const speakerPreview = previewUrl(async (doc, payload) => {
  const ids = (Array.isArray(doc.editions) ? doc.editions : []).map(relationId).filter((id) => id !== undefined)
  if (ids.length === 0 || typeof doc.slug !== 'string') return null
  const { docs } = await payload.find({
    collection: 'editions',
    where: { id: { in: ids } },
    sort: '-year',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { year: true },
  })
  return docs[0] ? routes.speaker(docs[0].year, doc.slug) : null
})
