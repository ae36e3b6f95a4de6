'use client'

import { useAuth, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'

import { bracketParams } from '../../platform/http/queryString'

/**
 * Above the proposals list, for editors and admins: download as CSV exactly what the list shows (its
 * filter and search), with the reviews; the whole call when nothing is filtered.
 */
const WORDS = {
  en: { filtered: 'Export these proposals and their reviews (CSV)', all: 'Export all proposals and their reviews (CSV)' },
  fr: {
    filtered: 'Exporter ces propositions et leurs évaluations (CSV)',
    all: 'Exporter toutes les propositions et leurs évaluations (CSV)',
  },
}

export function ExportProposalsLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const role = (user as { role?: string } | null)?.role
  if (role !== 'editor' && role !== 'admin') return null
  const words = i18n.language === 'fr' ? WORDS.fr : WORDS.en
  const params = [...bracketParams(query?.where, 'where'), ...(query?.search ? [`search=${encodeURIComponent(String(query.search))}`] : [])]
  const href = `${config.serverURL}${config.routes.api}/proposals/export.csv${params.length > 0 ? `?${params.join('&')}` : ''}`
  return (
    <a href={href} download style={{ display: 'inline-block', margin: '0 0 1rem' }}>
      {params.length > 0 ? words.filtered : words.all}
    </a>
  )
}
