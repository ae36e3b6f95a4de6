'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

type Edition = { id: number | string; year: number; title: string; status?: string }
type Message = { ok: boolean; text: string }

const api = (path: string, init?: RequestInit) => fetch(`/api${path}`, { credentials: 'include', ...init })

/**
 * Above the list of releases: choose the edition, write an optional public note (en/fr) and press
 * "Publish programme version N". The server computes the changes and refuses a release without any.
 */
export function PublishRelease() {
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  const ids = { edition: useId(), en: useId(), fr: useId() }
  const [editions, setEditions] = useState<Edition[]>([])
  const [edition, setEdition] = useState<string>('')
  const [next, setNext] = useState<number | null>(null)
  const [note, setNote] = useState({ en: '', fr: '' })
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)

  useEffect(() => {
    void api('/editions?depth=0&limit=50&sort=-year&select[year]=true&select[title]=true&select[status]=true')
      .then((res) => res.json())
      .then((json: { docs?: Edition[] }) => {
        const live = (json.docs ?? []).filter((doc) => doc.status !== 'archived')
        setEditions(live)
        setEdition((current) => current || String(live[0]?.id ?? ''))
      })
  }, [])

  const loadNext = useCallback(async (id: string) => {
    if (!id) return setNext(null)
    const res = await api(`/programme-releases?depth=0&limit=1&sort=-number&where[edition][equals]=${encodeURIComponent(id)}`)
    const json = (await res.json()) as { docs?: Array<{ number: number }> }
    setNext((json.docs?.[0]?.number ?? 0) + 1)
  }, [])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loads the next release number from the API; state is set when it answers
    void loadNext(edition)
  }, [edition, loadNext])

  if (role !== 'editor' && role !== 'admin') return null

  async function publish() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await api('/programme-releases/publish', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ edition, note }),
      })
      const json = (await res.json()) as { number?: number; changes?: unknown[]; emails?: number; errors?: Array<{ message: string }> }
      if (!res.ok) {
        setMessage({ ok: false, text: json.errors?.map((error) => error.message).join(' ') ?? `Refused (${res.status}).` })
        return
      }
      setMessage({
        ok: true,
        text: `Version ${json.number} published: ${json.changes?.length ?? 0} change(s), ${json.emails ?? 0} speaker email(s) queued. Reloading…`,
      })
      setNote({ en: '', fr: '' })
      setTimeout(() => window.location.reload(), 1200)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby={`${ids.edition}-title`}
      style={{ marginBottom: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)' }}
    >
      <h2 id={`${ids.edition}-title`} style={{ marginTop: 0 }}>
        Publish the draft programme
      </h2>
      <p>
        Every placed session goes public as its latest draft says; sessions taken off the board are cancelled. Speakers whose session
        changed get one email.
      </p>
      <p>
        <label htmlFor={ids.edition}>Edition </label>
        <select id={ids.edition} value={edition} onChange={(event) => setEdition(event.target.value)}>
          {editions.map((doc) => (
            <option key={doc.id} value={String(doc.id)}>
              {doc.year} · {doc.title}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={ids.en}>Public note (English, optional)</label>
        <br />
        <textarea
          id={ids.en}
          rows={2}
          cols={60}
          maxLength={2000}
          value={note.en}
          onChange={(event) => setNote({ ...note, en: event.target.value })}
        />
      </p>
      <p>
        <label htmlFor={ids.fr}>Public note (French, optional)</label>
        <br />
        <textarea
          id={ids.fr}
          rows={2}
          cols={60}
          maxLength={2000}
          value={note.fr}
          onChange={(event) => setNote({ ...note, fr: event.target.value })}
        />
      </p>
      <Button buttonStyle="primary" disabled={busy || !edition || next === null} onClick={publish}>
        {busy ? 'Publishing…' : `Publish programme version ${next ?? '…'}`}
      </Button>
      {message ? (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-750)' : 'var(--theme-error-750)' }}>
          {message.text}
        </p>
      ) : null}
    </section>
  )
}
