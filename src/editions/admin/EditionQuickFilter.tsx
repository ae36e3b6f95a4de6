import type { ServerProps } from 'payload'
import React from 'react'

/**
 * "Edition: All · 2026 · 2025" above a list whose documents belong to an edition: one click filters
 * the list on an edition (a plain link to the list with `where[edition][equals]`), newest first.
 */
const WORDS = { en: { edition: 'Edition:', all: 'All' }, fr: { edition: 'Édition :', all: 'Toutes' } }

type Props = ServerProps & { collectionConfig?: { slug: string }; searchParams?: Record<string, unknown> }

/** The edition id the list is filtered on, from the raw or the parsed search parameters. */
function chosenEdition(searchParams: Record<string, unknown> | undefined): string | undefined {
  const raw = searchParams?.['where[edition][equals]']
  if (typeof raw === 'string') return raw
  const parsed = (searchParams?.where as { edition?: { equals?: unknown } } | undefined)?.edition?.equals
  return typeof parsed === 'string' || typeof parsed === 'number' ? String(parsed) : undefined
}

export async function EditionQuickFilter({ payload, user, i18n, collectionConfig, searchParams }: Props) {
  if (!collectionConfig) return null
  const words = i18n?.language === 'fr' ? WORDS.fr : WORDS.en
  const { docs } = await payload.find({
    collection: 'editions',
    depth: 0,
    draft: true,
    pagination: false,
    sort: '-year',
    overrideAccess: false,
    user,
    select: { year: true },
  })
  const list = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const chosen = chosenEdition(searchParams)
  const links = [
    { label: words.all, href: list, current: chosen === undefined },
    ...docs.map((edition) => ({
      label: String(edition.year),
      href: `${list}?where[edition][equals]=${encodeURIComponent(String(edition.id))}`,
      current: chosen === String(edition.id),
    })),
  ]
  return (
    <nav aria-label={words.edition} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', margin: '0 0 1rem' }}>
      <span>{words.edition}</span>
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          aria-current={link.current ? 'page' : undefined}
          style={link.current ? { fontWeight: 700 } : undefined}
        >
          {link.label}
        </a>
      ))}
    </nav>
  )
}
