'use client'

import { Button, useFormFields, useFormModified } from '@payloadcms/ui'

import { useProposalAction } from './useProposalAction'

/**
 * Below the prepared decision email: send it (as saved), or prepare it again in English or French.
 * Unsaved edits must be saved first, so what is sent is what the editor reviewed.
 */
export function DecisionEmailActions() {
  const status = useFormFields(([fields]) => fields['decisionEmail.status']?.value)
  const done = status === 'sent' || status === 'captured'
  const modified = useFormModified()
  const { id, busy, message, run } = useProposalAction()
  if (!id) return null
  const reload = () => setTimeout(() => window.location.reload(), 800)

  async function send() {
    if (!window.confirm('Send this email to the submitter now?')) return
    if (await run('/decision-email/send', {}, (json) => `Sent to ${String(json.to)}. Reloading…`)) reload()
  }
  async function prepare(locale: 'en' | 'fr') {
    if (!window.confirm('Replace the subject and text with a fresh template? Your edits will be lost.')) return
    if (await run('/decision-email/prepare', { locale }, () => 'Prepared again. Reloading…')) reload()
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
      <Button buttonStyle="primary" size="small" disabled={busy || modified || done} onClick={send}>
        {status === 'sent' ? 'Sent' : status === 'captured' ? 'Not sent: no mail server configured' : 'Send this email'}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy || done} onClick={() => prepare('en')}>
        Prepare again in English
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy || done} onClick={() => prepare('fr')}>
        Prepare again in French
      </Button>
      {modified ? <p>Save your changes before sending.</p> : null}
      {message ? (
        <p role="status" style={{ color: message.ok ? 'var(--theme-success-750)' : 'var(--theme-error-750)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
