'use client'

import { useConfig, useForm, useFormModified, useFormProcessing, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useRef, useState } from 'react'

import { adminLanguage, adminMessages } from './adminMessages'
import styles from './adminDialogs.module.css'

/**
 * Payload's language menu keeps the form's unsaved values when it switches the content language, so
 * typed English text lands in the French fields and a save stores it as French. Rendered inside every
 * localized document's form (see adminExperience.ts), this catches a click on the menu while the form
 * has unsaved changes and asks: save (a draft where drafts exist), discard, or cancel.
 */
type Pending = { code: string }
type Phase = 'asking' | 'saving' | 'processing'

export function LocaleSwitchGuard() {
  const modified = useFormModified()
  const processing = useFormProcessing()
  const { setModified } = useForm()
  const locale = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = adminMessages[adminLanguage(i18n?.language)]
  const [pending, setPending] = useState<Pending | null>(null)
  const [phase, setPhase] = useState<Phase>('asking')
  const dialog = useRef<HTMLDialogElement>(null)
  const modifiedNow = useRef(modified)
  // eslint-disable-next-line react-hooks/refs -- the capture-phase listener reads the latest value without re-registering
  modifiedNow.current = modified

  // Capture phase on the document: runs before React's own handler of the menu button, which it stops.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!modifiedNow.current) return
      // The menu's items are portalled out of `.localizer`; its locale code span marks them.
      const button = event.target instanceof Element ? event.target.closest('.popup-button-list__button') : null
      const code = button?.querySelector<HTMLElement>('.localizer__locale-code[data-locale]')?.dataset.locale
      if (!code) return
      event.preventDefault()
      event.stopPropagation()
      setPhase('asking')
      setPending({ code })
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [])

  useEffect(() => {
    if (pending && !dialog.current?.open) dialog.current?.showModal()
    if (!pending && dialog.current?.open) dialog.current.close()
  }, [pending])

  const switchTo = (code: string) => {
    const params = new URLSearchParams(window.location.search)
    params.set('locale', code)
    setPending(null)
    router.push(`${window.location.pathname}?${params.toString()}`)
  }

  // After "Save…": wait for Payload's submit to finish; switch only if it saved (the form is clean).
  // It runs after every render on purpose: it follows Payload's form state, which has no subscription.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!pending) return
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the state machine advances with the form's state
    if (phase === 'saving' && processing) setPhase('processing')
    if (phase === 'processing' && !processing) {
      if (modified) {
        // Not saved (refused): close, so the fields marked in error are in view; the language stays.
        setPending(null)
        setPhase('asking')
      } else {
        switchTo(pending.code)
      }
    }
  })

  if (!config.localization) return null
  const labelOf = (code: string) => {
    const found = config.localization ? config.localization.locales.find((option) => option.code === code) : undefined
    const label = found?.label
    return typeof label === 'string' ? label : (label?.[i18n.language] ?? label?.en ?? code)
  }
  const saveDraftButton = () => document.querySelector<HTMLButtonElement>('#action-save-draft')
  const hasDrafts = typeof document !== 'undefined' && saveDraftButton() !== null
  const from = labelOf(locale.code)
  const to = pending ? labelOf(pending.code) : ''

  const save = () => {
    const button = saveDraftButton() ?? document.querySelector<HTMLButtonElement>('#action-save')
    if (!button) return
    setPhase('saving')
    button.click()
  }
  const discard = () => {
    if (!pending) return
    setModified(false)
    switchTo(pending.code)
  }

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="locale-switch-title"
      aria-describedby="locale-switch-body"
      onCancel={() => setPending(null)}
    >
      <h2 id="locale-switch-title" className={styles.title}>
        {text.unsavedTitle(from)}
      </h2>
      <p id="locale-switch-body">{text.unsavedBody(from, to)}</p>
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={save} disabled={phase !== 'asking'}>
          {hasDrafts ? text.saveDraftAndSwitch : text.saveAndSwitch}
        </button>
        <button type="button" className={styles.secondary} onClick={discard} disabled={phase !== 'asking'}>
          {text.discardAndSwitch}
        </button>
        <button type="button" className={styles.secondary} onClick={() => setPending(null)}>
          {text.cancel}
        </button>
      </div>
    </dialog>
  )
}
