'use client'

import { useAllFormFields, useConfig, useDocumentInfo, useFormSubmitted, useTranslation } from '@payloadcms/ui'
import React, { useMemo, useState } from 'react'

import { adminLanguage, adminMessages } from './adminMessages'
import { fieldPlaces, placeOf } from './fieldLabels'
import styles from './adminDialogs.module.css'
import { useKeptSaveErrors } from './useKeptSaveErrors'

/**
 * Payload reports a refused save in a toast that vanishes after a few seconds. This panel lists every
 * field in error after a refused save (its tab, its label, the message, a link that opens the tab and
 * focuses the field) and stays until the editor dismisses it or the errors are gone.
 */
/**
 * The errors the editor dismissed, by their text. Kept outside the component: Payload re-creates the
 * document controls it lives in after a save, which would bring a dismissed summary back.
 */
let dismissedErrors = ''

export function ErrorSummary() {
  const [fields] = useAllFormFields()
  const submitted = useFormSubmitted()
  const { collectionSlug, globalSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n?.language)
  const text = adminMessages[language]
  const [, rerender] = useState(0)
  useKeptSaveErrors()

  const places = useMemo(() => {
    const entity = collectionSlug ? getEntityConfig({ collectionSlug }) : globalSlug ? getEntityConfig({ globalSlug }) : undefined
    return fieldPlaces(entity?.fields ?? [], language)
  }, [collectionSlug, globalSlug, getEntityConfig, language])

  const errors = Object.entries(fields)
    .filter(([, field]) => field.valid === false && typeof field.errorMessage === 'string' && field.errorMessage !== '')
    .map(([path, field]) => ({ path, message: field.errorMessage as string, place: placeOf(places, path) }))
  const signature = errors.map(({ path, message }) => `${path}:${message}`).join('|')
  // Shown after a refused save (Payload keeps the form "submitted" then) until dismissed; a save
  // without errors, or corrected fields, take it away.
  const open = submitted && errors.length > 0 && signature !== dismissedErrors

  if (!open) return null

  const goTo = (path: string, tab: string | undefined) => (event: React.MouseEvent) => {
    event.preventDefault()
    if (tab) {
      const button = [...document.querySelectorAll<HTMLElement>('.tabs-field__tab-button')].find((element) =>
        element.textContent?.trim().startsWith(tab),
      )
      button?.click()
    }
    // The tab's fields render after the click: look for the field on the next frames.
    const id = `field-${path.replace(/\./g, '__')}`
    let tries = 0
    const focus = () => {
      const element = document.getElementById(id)
      if (element) {
        element.scrollIntoView({ block: 'center' })
        ;(element.matches('input, textarea, select, button')
          ? element
          : element.querySelector<HTMLElement>('input, textarea, select, button')
        )?.focus()
      } else if (tries++ < 20) requestAnimationFrame(focus)
    }
    requestAnimationFrame(focus)
  }

  return (
    <div role="alert" className={styles.summary} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={styles.summaryTitle}>
        {text.notSaved(errors.length)}
      </h2>
      <ul className={styles.summaryList}>
        {errors.map(({ path, message, place }) => (
          <li key={path}>
            <a href={`#field-${path.replace(/\./g, '__')}`} onClick={goTo(path, place?.tab)}>
              {[place?.tab, ...(place?.labels ?? [path])].filter((part, index, all) => part && all.indexOf(part) === index).join(' → ')}
            </a>
            : {message}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={styles.secondary}
        onClick={() => {
          dismissedErrors = signature
          rerender((count) => count + 1)
        }}
      >
        {text.dismiss}
      </button>
    </div>
  )
}
