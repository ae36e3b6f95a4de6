'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { describeConflicts, findConflicts, type SchedulableSession } from '../conflicts'

/**
 * A warning at the top of a session's form while its time, room or speakers clash with another
 * session of the edition: checked as the editor types, so it shows before Save and Publish, with the
 * same rules as the "Conflicts" field and the schedule board (src/programme/conflicts.ts). Never blocks.
 */
type Peer = SchedulableSession & { id: number | string }

const valueOf = (fields: Record<string, { value?: unknown } | undefined>, path: string) => fields[path]?.value

/** The names of these speakers or rooms by id (speakers have drafts: their latest draft's name). */
async function namesOf(api: string, collection: 'speakers' | 'rooms', ids: string[], signal: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (ids.length === 0) return names
  const query = new URLSearchParams({
    'where[id][in]': ids.join(','),
    depth: '0',
    ...(collection === 'speakers' ? { draft: 'true' } : {}),
    'select[name]': 'true',
  })
  const found = await fetch(`${api}/${collection}?${query}`, { credentials: 'include', signal })
  for (const doc of ((await found.json()) as { docs?: Array<{ id: number | string; name: string }> }).docs ?? []) {
    names.set(String(doc.id), doc.name)
  }
  return names
}

export function ConflictWarning() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const session = useFormFields(([fields]) => ({
    start: valueOf(fields, 'start'),
    end: valueOf(fields, 'end'),
    room: valueOf(fields, 'room'),
    speakers: valueOf(fields, 'speakers'),
    edition: valueOf(fields, 'edition'),
  }))
  const [lines, setLines] = useState<string[]>([])
  const key = JSON.stringify(session)

  useEffect(() => {
    const { start, end, room, speakers, edition } = session
    const editionId = typeof edition === 'object' && edition !== null ? (edition as { id?: unknown }).id : edition
    if (!start || !end || editionId === undefined || editionId === null) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- an incomplete session has no conflicts to look up
      setLines([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const query = new URLSearchParams({
          'where[edition][equals]': String(editionId),
          'where[start][less_than]': String(end),
          'where[end][greater_than]': String(start),
          depth: '0',
          draft: 'true',
          limit: '200',
          'select[title]': 'true',
          'select[start]': 'true',
          'select[end]': 'true',
          'select[room]': 'true',
          'select[speakers]': 'true',
        })
        const response = await fetch(`${api}/sessions?${query}`, { credentials: 'include', signal: controller.signal })
        const others = ((await response.json()) as { docs?: Peer[] }).docs ?? []
        const mine: SchedulableSession = {
          id: id ?? undefined,
          start,
          end,
          room: (room ?? null) as SchedulableSession['room'],
          speakers: speakers as unknown[],
        }
        const conflicts = findConflicts(mine, others)
        const speakerIds = [...new Set(conflicts.flatMap((conflict) => (conflict.kind === 'speaker' ? [String(conflict.speaker)] : [])))]
        const names = await namesOf(api, 'speakers', speakerIds, controller.signal)
        // Rooms are documents of their edition: the warning names them.
        const roomIds = [...new Set(conflicts.flatMap((conflict) => (conflict.kind === 'room' ? [String(conflict.room)] : [])))]
        const roomNames = await namesOf(api, 'rooms', roomIds, controller.signal)
        setLines(conflicts.length > 0 ? describeConflicts(conflicts, names, roomNames).split('\n') : [])
      } catch {
        // Aborted by a newer change, or offline: the sidebar's "Conflicts" field still says it on save.
      }
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `key` stands for the watched values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api, id])

  if (lines.length === 0) return null
  return (
    <div role="status" aria-labelledby="conflict-warning-title" style={warningStyle}>
      <strong id="conflict-warning-title">Scheduling conflict — you can still save and publish</strong>
      <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  )
}

const warningStyle: React.CSSProperties = {
  marginBottom: '1.5rem',
  padding: '0.75rem 1rem',
  border: '2px solid var(--theme-warning-500)',
  borderRadius: 4,
  background: 'var(--theme-warning-100)',
  color: 'var(--theme-text)',
}
