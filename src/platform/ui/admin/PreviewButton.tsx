'use client'

import { ExternalLinkIcon, useLivePreviewContext, useTranslation } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's Preview button is an icon alone; editors looked for a word. Same link (the document's
 * preview URL, in a new tab), same id, with its label visible.
 */
export function PreviewButton() {
  const { previewURL } = useLivePreviewContext()
  const { t } = useTranslation()
  if (!previewURL) return null
  return (
    <a className="preview-btn preview-btn--labelled" href={previewURL} id="preview-button" target="_blank" rel="noopener">
      <span>{t('version:preview')}</span>
      <ExternalLinkIcon />
    </a>
  )
}
