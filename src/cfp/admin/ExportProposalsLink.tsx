'use client'

import { useAuth, useConfig, useListQuery } from '@payloadcms/ui'

/**
 * Above the proposals list, for editors and admins: download the CSV of the edition the list is
 * filtered on (the export is per edition), with a hint when no single edition is chosen.
 */
export function ExportProposalsLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { query } = useListQuery()
  const role = (user as { role?: string } | null)?.role
  if (role !== 'editor' && role !== 'admin') return null
  const edition = findEdition(query?.where)
  if (edition === undefined) {
    return (
      <p style={{ margin: 'var(--base) 0' }}>Filter the list on one edition (“Edition is …”) to export its proposals and reviews as CSV.</p>
    )
  }
  const href = `${config.serverURL}${config.routes.api}/proposals/export.csv?edition=${encodeURIComponent(edition)}`
  return (
    <p style={{ margin: 'var(--base) 0' }}>
      <a href={href} download>
        Export this edition’s proposals and reviews (CSV)
      </a>
    </p>
  )
}

/** The edition id of an `edition equals <id>` condition anywhere in the list's filter. */
function findEdition(where: unknown): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'edition' && value && typeof value === 'object') {
      const equals = (value as { equals?: unknown }).equals
      if (typeof equals === 'string' || typeof equals === 'number') return String(equals)
    }
    if (Array.isArray(value)) {
      for (const part of value) {
        const found = findEdition(part)
        if (found !== undefined) return found
      }
    } else if (value && typeof value === 'object' && (key === 'and' || key === 'or')) {
      const found = findEdition(value)
      if (found !== undefined) return found
    }
  }
  return undefined
}
