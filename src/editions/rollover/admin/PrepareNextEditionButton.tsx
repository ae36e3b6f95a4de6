'use client'

import { Button, ConfirmationModal, toast, useAuth, useConfig, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { COPY_CHOICES, EVERYTHING, type CopyChoice, type CopyChoices } from '../choices'

/**
 * "Prepare the next edition" above an edition's form (editors, admins): asks what to copy, then calls
 * POST /api/editions/:id/prepare-next and opens the new draft edition.
 */

const MODAL = 'prepare-next-edition'

export function PrepareNextEditionButton() {
  const { id, data, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { openModal } = useModal()
  const router = useRouter()
  const [choices, setChoices] = useState<CopyChoices>(EVERYTHING)
  const doc = (savedDocumentData ?? data) as { year?: number } | undefined
  const role = (user as { role?: string } | null)?.role
  if (id === undefined || !doc?.year || (role !== 'admin' && role !== 'editor')) return null
  const next = doc.year + 1

  const toggle = (key: CopyChoice) => setChoices((previous) => ({ ...previous, [key]: !previous[key] }))

  const prepare = async () => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/editions/${id}/prepare-next`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ copy: choices }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      message?: string
      errors?: Array<{ message?: string }>
      edition?: { id: number | string }
    }
    if (!response.ok || !body.edition) {
      toast.error(body.errors?.[0]?.message ?? `The ${next} edition could not be prepared (${response.status}).`)
      return
    }
    toast.success(body.message ?? `The ${next} edition is prepared.`)
    router.push(`${config.routes.admin}/collections/editions/${body.edition.id}`)
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={() => openModal(MODAL)}>
        Prepare the next edition
      </Button>
      <ConfirmationModal
        modalSlug={MODAL}
        heading={`Prepare the ${next} edition from ${doc.year}?`}
        confirmLabel={`Prepare ${next}`}
        confirmingLabel="Preparing…"
        body={
          <div>
            <p>
              A draft {next} edition is created in English and French, with empty dates and its call for proposals closed. Proposals,
              reviews, sessions and speakers are never copied. Copy:
            </p>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {COPY_CHOICES.map((choice) => (
                <li key={choice.key}>
                  <label>
                    <input type="checkbox" name={`copy-${choice.key}`} checked={choices[choice.key]} onChange={() => toggle(choice.key)} />{' '}
                    <strong>{choice.label}</strong>: {choice.detail}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        }
        onConfirm={prepare}
      />
    </>
  )
}
