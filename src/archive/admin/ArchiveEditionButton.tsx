'use client'

import { Button, ConfirmationModal, toast, useAuth, useConfig, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

/**
 * "Archive this edition" (editors, admins) and "Unarchive" (admins) above the edition's form. The
 * confirmation says what archiving does; when the edition is the current one it asks which edition
 * becomes current (or none). The work is done by POST /api/editions/:id/archive (src/archive/endpoints.ts).
 */

type Id = number | string
type EditionOption = { id: Id; year: number; title?: string; status?: string }

const ARCHIVE_MODAL = 'archive-edition'
const UNARCHIVE_MODAL = 'unarchive-edition'
const NONE = ''

async function readJson(response: Response): Promise<Record<string, unknown>> {
  return (await response.json().catch(() => ({}))) as Record<string, unknown>
}

function errorMessage(body: Record<string, unknown>, fallback: string): string {
  const errors = body.errors as Array<{ message?: string }> | undefined
  return errors?.[0]?.message ?? fallback
}

/**
 * The edition that should become current: the next upcoming one after this year (the usual case, a
 * conference passing the baton), else the newest other live edition, else none.
 */
function nextCurrent(options: EditionOption[], year: number | undefined): string {
  const after = options.filter((edition) => year === undefined || edition.year > year).sort((a, b) => a.year - b.year)
  const upcoming = after.find((edition) => edition.status === 'upcoming') ?? after[0]
  const fallback = [...options].sort((a, b) => b.year - a.year)[0]
  const chosen = upcoming ?? fallback
  return chosen ? String(chosen.id) : NONE
}

export function ArchiveEditionButton() {
  const { id, data, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { openModal } = useModal()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const doc = (savedDocumentData ?? data) as { status?: string; year?: number } | undefined
  const role = (user as { role?: string } | null)?.role
  const [isCurrent, setIsCurrent] = useState(false)
  const [options, setOptions] = useState<EditionOption[]>([])
  const [next, setNext] = useState<string>(NONE)
  // The server renders the buttons before React attaches their handlers: disabled until then, so an
  // early click is not silently lost.
  const [interactive, setInteractive] = useState(false)
  // eslint-disable-next-line react-hooks/set-state-in-effect -- marks hydration done: the effect runs only in the browser
  useEffect(() => setInteractive(true), [])

  // Which edition is current, and which could become current instead (published, not draft, not archived).
  const loadChoices = useCallback(async () => {
    const [settings, editions] = await Promise.all([
      fetch(`${api}/globals/site-settings?depth=0`, { credentials: 'include' }).then(readJson),
      fetch(`${api}/editions?depth=0&limit=100&sort=-year&where[status][in]=upcoming,current&where[_status][equals]=published`, {
        credentials: 'include',
      }).then(readJson),
    ])
    const current = settings.currentEdition
    const currentId = typeof current === 'object' && current !== null ? (current as { id: Id }).id : (current as Id | undefined)
    setIsCurrent(currentId !== undefined && currentId !== null && String(currentId) === String(id))
    const docs = ((editions.docs as EditionOption[] | undefined) ?? []).filter((edition) => String(edition.id) !== String(id))
    setOptions(docs)
    setNext(nextCurrent(docs, doc?.year))
  }, [api, id, doc?.year])

  useEffect(() => {
    // Loads the choices from the API once the document is known; the state is set when the answer arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (id !== undefined && doc?.status !== 'archived') void loadChoices()
  }, [id, doc?.status, loadChoices])

  if (id === undefined || !doc || (role !== 'admin' && role !== 'editor')) return null

  const post = async (action: 'archive' | 'unarchive', body: Record<string, unknown>) => {
    const response = await fetch(`${api}/editions/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const result = await readJson(response)
    if (!response.ok) {
      toast.error(errorMessage(result, `The edition could not be ${action}d (${response.status}).`))
      return
    }
    toast.success(String(result.message ?? `Edition ${action}d.`))
    router.refresh()
  }

  if (doc.status === 'archived') {
    if (role !== 'admin') return null
    return (
      <>
        <Button buttonStyle="secondary" size="medium" disabled={!interactive} onClick={() => openModal(UNARCHIVE_MODAL)}>
          Unarchive
        </Button>
        <ConfirmationModal
          modalSlug={UNARCHIVE_MODAL}
          heading={`Unarchive the ${doc.year ?? ''} edition?`}
          body="Editors will be able to change it and its themes, sessions, committee and proposals again. Its public pages stop showing it as a past edition."
          confirmLabel="Unarchive"
          onConfirm={() => post('unarchive', {})}
        />
      </>
    )
  }

  const nextLabel = (edition: EditionOption) => `${edition.year}${edition.title ? ` — ${edition.title}` : ''}`
  return (
    <>
      <Button buttonStyle="secondary" size="medium" disabled={!interactive} onClick={() => openModal(ARCHIVE_MODAL)}>
        Archive this edition
      </Button>
      <ConfirmationModal
        className="archive-edition-modal--destructive"
        modalSlug={ARCHIVE_MODAL}
        heading={`Archive the ${doc.year ?? ''} edition?`}
        confirmLabel="Archive and freeze"
        confirmingLabel="Archiving…"
        body={
          <div>
            <p>
              Its pages stay online at the same addresses, marked as a past edition. Its call for proposals closes. The edition, its themes,
              sessions, committee, proposals and reviews become read-only; only an admin can unarchive it. Speakers who also belong to
              another edition stay editable.
            </p>
            {isCurrent && (
              <p>
                <label htmlFor="archive-next-current">This is the current edition. Which edition becomes current? </label>
                <select id="archive-next-current" value={next} onChange={(event) => setNext(event.target.value)}>
                  {options.map((edition) => (
                    <option key={String(edition.id)} value={String(edition.id)}>
                      {nextLabel(edition)}
                    </option>
                  ))}
                  <option value={NONE}>None</option>
                </select>
              </p>
            )}
          </div>
        }
        onConfirm={() => post('archive', isCurrent ? { nextCurrentEdition: next === NONE ? null : next } : {})}
      />
    </>
  )
}
