'use client'

import { Button, useAuth, useFormFields } from '@payloadcms/ui'

import { useProposalAction } from './useProposalAction'

/**
 * Under the proposal's status: one button that accepts the proposal and creates (or links) its speaker
 * and draft programme session. The server checks the role and the status graph; this only asks.
 */
export function AcceptProposalButton() {
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value)
  const { id, busy, message, run } = useProposalAction()
  const role = (user as { role?: string } | null)?.role
  if (!id || (role !== 'editor' && role !== 'admin')) return null
  const label = status === 'accepted' ? 'Check speaker and draft session' : 'Accept: create speaker and draft session'

  async function accept() {
    const done = await run('/accept', {}, (json) => {
      const speaker = json.speaker as { created?: boolean } | undefined
      const session = json.session as { created?: boolean } | undefined
      return `Accepted. Speaker ${speaker?.created ? 'created' : 'linked'}, draft session ${session?.created ? 'created' : 'already there'}. Reloading…`
    })
    if (done) setTimeout(() => window.location.reload(), 800)
  }

  return (
    <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={accept}>
        {busy ? 'Working…' : label}
      </Button>
      {message ? (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-750)' : 'var(--theme-error-750)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
