'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** In a proposal's sidebar (editors, admins): send the submitter's confirmation email again. */
export function ResendConfirmationButton() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  if (id === undefined || id === null) return null

  async function resend() {
    setState({ busy: true, message: null })
    try {
      const response = await fetch(`/api/proposals/${id}/resend-confirmation`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as {
        sent?: boolean
        entry?: { status?: string; error?: string | null }
        errors?: { message: string }[]
      }
      const message = body.sent
        ? 'Confirmation sent again.'
        : body.entry?.status === 'captured'
          ? 'Not sent: no mail server configured (written to the capture folder).'
          : `Not sent: ${body.errors?.[0]?.message ?? body.entry?.error ?? response.statusText}`
      setState({ busy: false, message })
      router.refresh()
    } catch (error) {
      setState({ busy: false, message: `Not sent: ${String(error)}` })
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={state.busy} onClick={resend}>
        {state.busy ? 'Sending…' : 'Resend the confirmation email'}
      </Button>
      {state.message && <p role="status">{state.message}</p>}
    </div>
  )
}
