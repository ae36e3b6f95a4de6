'use client'

import { useDocumentInfo, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/** Posts to one of the proposal's action endpoints (src/cfp/proposalEndpoints.ts) and reports the outcome. */
export function useProposalAction() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function run(path: string, body: unknown, describe: (json: Record<string, unknown>) => string): Promise<boolean> {
    if (id === undefined || id === null) return false
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/proposals/${id}${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
      if (!response.ok) {
        const errors = json.errors as Array<{ message?: string }> | undefined
        setMessage({ ok: false, text: errors?.[0]?.message ?? `The action failed (${response.status}).` })
        return false
      }
      setMessage({ ok: true, text: describe(json) })
      return true
    } catch {
      setMessage({ ok: false, text: 'The server could not be reached: nothing was changed.' })
      return false
    } finally {
      setBusy(false)
    }
  }

  return { id, busy, message, run }
}
