'use client'

import { Button, useFormFields, useFormModified } from '@payloadcms/ui'

import { useProposalAction } from './useProposalAction'

/**
 * Below the prepared decision email: release this one decision (the email, as saved, goes out through the
 * email queue and the speaker sees the decision), or prepare it again in English or French. Unsaved
 * edits must be saved first, so what is sent is what the editor reviewed. The Decisions outbox
 * releases many at once.
 */
export function DecisionEmailActions() {
  const status = useFormFields(([fields]) => fields['decisionEmail.status']?.value)
  const done = status === 'queued' || status === 'sent' || status === 'captured'
  const modified = useFormModified()
  const { id, busy, message, run } = useProposalAction()
  if (!id) return null
  const reload = () => setTimeout(() => window.location.reload(), 800)

  async function send() {
    if (!window.confirm('Release this decision and send this email to the submitter now?')) return
    const sent = await run('/decision-email/send', {}, (json) =>
      json.status === 'queued'
        ? `Released; the email to ${String(json.to)} is queued. Reloading…`
        : `Released and sent to ${String(json.to)}. Reloading…`,
    )
    if (sent) reload()
  }
  async function prepare(locale: 'en' | 'fr') {
    if (!window.confirm('Replace the subject and text with a fresh template? Your edits will be lost.')) return
    if (await run('/decision-email/prepare', { locale }, () => 'Prepared again. Reloading…')) reload()
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
      <Button buttonStyle="primary" size="small" disabled={busy || modified || done} onClick={send}>
        {status === 'sent'
          ? 'Sent'
          : status === 'captured'
            ? 'Not sent: no mail server configured'
            : status === 'queued'
              ? 'Queued'
              : status === 'failed'
                ? 'Release again (the email failed)'
                : 'Release and send this email'}
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
