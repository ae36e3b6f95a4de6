'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState, type ReactNode } from 'react'

/**
 * Around one edition's outbox table: release the ticked proposals, or the whole edition's outbox, then
 * reload the list. The server releases each proposal once whatever is clicked twice. What a release did
 * goes into the address and the view shows it above the list (once, and still there when this edition's
 * outbox empties and this form leaves the page); what stopped a release is said here, under the buttons.
 */
export function OutboxReleaseForm({ edition, children }: { edition: number | string; children: ReactNode }) {
  const { config } = useConfig()
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function release(body: Record<string, unknown>, question: string) {
    if (!window.confirm(question)) return
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/proposals/release`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
      if (!response.ok) {
        const errors = json.errors as Array<{ message?: string }> | undefined
        setProblem(errors?.[0]?.message ?? `Release failed (${response.status}).`)
        return
      }
      const counts = { released: Number(json.released ?? 0), failed: Number(json.failed ?? 0), skipped: Number(json.skipped ?? 0) }
      const target = `${window.location.pathname}?${new URLSearchParams(Object.entries(counts).map(([key, value]) => [key, String(value)]))}`
      // The same counts twice leave the address as it is: read the list again all the same.
      if (target === `${window.location.pathname}${window.location.search}`) router.refresh()
      else router.replace(target)
    } catch {
      setProblem('The server could not be reached: nothing was released.')
    } finally {
      setBusy(false)
    }
  }

  function selected(): string[] {
    const data = form.current ? new FormData(form.current) : null
    return data ? data.getAll('ids').map(String) : []
  }

  return (
    <form ref={form} onSubmit={(event) => event.preventDefault()}>
      {children}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'center', marginTop: 'var(--base)' }}>
        <Button
          buttonStyle="primary"
          size="small"
          disabled={busy}
          onClick={() => {
            const ids = selected()
            if (ids.length === 0) return setProblem('Tick the proposals to release first.')
            void release({ ids }, `Release ${ids.length} decision(s) and send their emails now?`)
          }}
        >
          Release selected
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy}
          onClick={() => void release({ edition, all: true }, 'Release every decision of this edition’s outbox and send their emails now?')}
        >
          Release all of this edition
        </Button>
        {problem ? (
          <p role="alert" style={{ color: 'var(--theme-error-750)' }}>
            {problem}
          </p>
        ) : null}
      </div>
    </form>
  )
}
