'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { describeConflicts, findConflicts, type SchedulableSession } from '../../conflicts'
import { clockLabel, DAY_END, DAY_START, editionDays, move, parisSlot, resize, STEP_MINUTES, toInstants, type Placement } from '../grid'
import styles from './board.module.css'
import Link from 'next/link'

type Id = number | string
type Edition = { id: Id; year: number; title: string; startDate?: string | null; endDate?: string | null; status?: string }
type Room = { id: Id; name: string; order?: number | null }
type Session = { id: Id; title: string; kind: string; start?: string | null; end?: string | null; room?: Id | null; speakers?: Id[] | null }

const api = async (path: string, init?: RequestInit) => {
  const response = await fetch(`/api${path}`, { credentials: 'include', ...init })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
    throw new Error(body.errors?.map((error) => error.message).join(' ') || `Error ${response.status}`)
  }
  return response.json()
}

/** Breaks and plenaries without a room span every room. */
const spansAll = (session: Session) => (session.kind === 'break' || session.kind === 'plenary') && !session.room

const ROW_PX = 6
const GRID_ROWS = (DAY_END - DAY_START) / STEP_MINUTES

function placementOf(session: Session): Placement | null {
  if (!session.start || !session.end) return null
  const start = parisSlot(session.start)
  const end = parisSlot(session.end)
  return {
    day: start.day,
    start: start.minutes,
    end: end.day === start.day ? end.minutes : DAY_END,
    room: session.room == null ? null : String(session.room),
  }
}

/**
 * The schedule board: one day at a time, rooms as columns, a 5-minute grid in Paris time. Each session
 * is a button: arrows move it (up/down 5 minutes, left/right to the next room), Shift+up/down changes
 * its end, Enter places an unplaced session at the top of the day in the first room; the mouse drags it
 * (and its lower edge resizes it). Every change is saved to the session's draft; conflicts are computed
 * with the same rules as the admin's Conflicts field (src/programme/conflicts.ts).
 */
export function Board() {
  const [editions, setEditions] = useState<Edition[]>([])
  const [editionId, setEditionId] = useState<string>('')
  const [rooms, setRooms] = useState<Room[]>([])
  const [sessions, setSessions] = useState<Session[]>([])
  const [day, setDay] = useState<string>('')
  const [announce, setAnnounce] = useState('')
  const [saving, setSaving] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const focusAfter = useRef<Id | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())

  useEffect(() => {
    void api('/editions?depth=0&limit=50&sort=-year').then((json: { docs: Edition[] }) => {
      const live = json.docs.filter((edition) => edition.status !== 'archived')
      setEditions(live)
      setEditionId((current) => current || String(live[0]?.id ?? ''))
    })
  }, [])

  const edition = editions.find((candidate) => String(candidate.id) === editionId)
  const days = useMemo(() => editionDays(edition?.startDate, edition?.endDate), [edition])

  useEffect(() => {
    if (!editionId) return
    void Promise.all([
      api(`/rooms?where[edition][equals]=${editionId}&sort=order&depth=0&limit=0`),
      api(`/sessions?where[edition][equals]=${editionId}&draft=true&depth=0&limit=0&sort=start`),
    ]).then(([roomJson, sessionJson]: [{ docs: Room[] }, { docs: Session[] }]) => {
      setRooms(roomJson.docs)
      setSessions(sessionJson.docs)
    })
  }, [editionId])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- keeps the chosen day among the edition's days when they change
    if (days.length > 0 && !days.includes(day)) setDay(days[0]!)
  }, [days, day])

  useEffect(() => {
    if (focusAfter.current === null) return
    document.querySelector<HTMLElement>(`[data-board-session="${focusAfter.current}"]`)?.focus()
    focusAfter.current = null
  })

  const roomIndex = (room: string | null) => rooms.findIndex((candidate) => String(candidate.id) === room)
  const roomName = (room: Id | null | undefined) => rooms.find((candidate) => String(candidate.id) === String(room))?.name ?? 'all rooms'

  const conflictsOf = useCallback(
    (session: Session) => {
      const conflicts = findConflicts(session as SchedulableSession, sessions as SchedulableSession[])
      return describeConflicts(conflicts, new Map(), new Map(rooms.map((room) => [String(room.id), room.name])))
    },
    [sessions, rooms],
  )

  const save = useCallback(
    async (session: Session, placement: Placement | null) => {
      const data: { start: string | null; end: string | null; room?: Id | null } = placement
        ? { ...toInstants(placement), room: placement.room }
        : { start: null, end: null }
      const updated: Session = { ...session, ...data, room: 'room' in data ? data.room : session.room }
      setSessions((all) => all.map((candidate) => (candidate.id === session.id ? updated : candidate)))
      focusAfter.current = session.id
      const label = placement
        ? `${session.title}: ${placement.day} ${clockLabel(placement.start)}–${clockLabel(placement.end)}, ${roomName(placement.room)}`
        : `${session.title}: unplaced`
      const clash = placement ? conflictsOf(updated) : ''
      setAnnounce(clash ? `${label}. ${clash}` : label)
      setSaving((n) => n + 1)
      // One save at a time, in order: quick key presses must reach the server in the order they were made.
      queue.current = queue.current.then(async () => {
        try {
          await api(`/sessions/${session.id}?draft=true&depth=0`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(data),
          })
          setError(null)
        } catch (failure) {
          setError(`Not saved: ${(failure as Error).message}`)
        } finally {
          setSaving((n) => n - 1)
        }
      })
      await queue.current
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conflictsOf, rooms],
  )

  function onKey(event: React.KeyboardEvent, session: Session) {
    const placement = placementOf(session)
    // An unplaced session is a plain button: Enter or Space clicks it, which places it.
    if (!placement) return
    let next: Placement | null = null
    const step = STEP_MINUTES
    if (event.key === 'ArrowUp') next = event.shiftKey ? resize(placement, -step) : move(placement, -step)
    if (event.key === 'ArrowDown') next = event.shiftKey ? resize(placement, step) : move(placement, step)
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && placement.room !== null && rooms.length > 0) {
      const index = roomIndex(placement.room) + (event.key === 'ArrowLeft' ? -1 : 1)
      if (index >= 0 && index < rooms.length) next = { ...placement, room: String(rooms[index]!.id) }
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      void save(session, null)
      return
    }
    if (next) {
      event.preventDefault()
      void save(session, next)
    }
  }

  // Mouse: drag the block to move it (vertically in time, horizontally across rooms), its handle to resize.
  function onPointerDown(event: React.PointerEvent, session: Session, mode: 'move' | 'resize') {
    const placement = placementOf(session)
    if (!placement || event.button !== 0) return
    event.preventDefault()
    event.stopPropagation()
    const grid = (event.currentTarget as HTMLElement).closest('[data-board-grid]') as HTMLElement
    const columnWidth = grid.clientWidth / Math.max(1, rooms.length)
    const origin = { x: event.clientX, y: event.clientY }
    let last = placement
    const onMove = (moveEvent: PointerEvent) => {
      const minutes = Math.round((moveEvent.clientY - origin.y) / ROW_PX) * STEP_MINUTES
      if (mode === 'resize') {
        last = resize(placement, minutes)
      } else {
        last = move(placement, minutes)
        if (placement.room !== null) {
          const shift = Math.round((moveEvent.clientX - origin.x) / columnWidth)
          const index = Math.min(rooms.length - 1, Math.max(0, roomIndex(placement.room) + shift))
          last = { ...last, room: String(rooms[index]!.id) }
        }
      }
      setSessions((all) =>
        all.map((candidate) => (candidate.id === session.id ? { ...candidate, ...toInstants(last), room: last.room } : candidate)),
      )
    }
    const onUp = () => {
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      if (last !== placement) void save(session, last)
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
  }

  const placedToday = sessions.filter((session) => placementOf(session)?.day === day)
  const unplaced = sessions.filter((session) => !placementOf(session))

  return (
    <div className={styles.board}>
      <h1>Schedule board</h1>
      <p id="board-help">
        Times are Paris time (Europe/Paris), on a 5-minute grid. Changes are saved to the draft programme; the public sees them at the next{' '}
        <Link href="/admin/collections/programme-releases">programme release</Link>. Keyboard: Tab to a session; ↑/↓ move it by 5 minutes;
        Shift+↑/↓ change its end; ←/→ change its room; Enter places an unplaced session at 09:00 in the first room; Delete takes it off the
        board.
      </p>
      <div className={styles.controls}>
        <label>
          Edition{' '}
          <select value={editionId} onChange={(event) => setEditionId(event.target.value)}>
            {editions.map((candidate) => (
              <option key={candidate.id} value={String(candidate.id)}>
                {candidate.year} · {candidate.title}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Day">
          {days.map((candidate) => (
            <button key={candidate} type="button" aria-pressed={candidate === day} onClick={() => setDay(candidate)}>
              {new Date(`${candidate}T12:00:00Z`).toLocaleDateString('en-GB', {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
                timeZone: 'Europe/Paris',
              })}
            </button>
          ))}
        </div>
        <span aria-live="polite">{saving > 0 ? 'Saving…' : error ? '' : 'All changes saved'}</span>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <p role="status" aria-live="polite" className={styles.announce} data-board-announce>
        {announce}
      </p>
      {days.length === 0 && <p>Give the edition its dates (start and end) to plan its days.</p>}
      <div className={styles.layout}>
        <section aria-labelledby="board-unplaced" className={styles.aside}>
          <h2 id="board-unplaced">Not placed ({unplaced.length})</h2>
          <ul>
            {unplaced.map((session) => (
              <li key={session.id}>
                <button
                  type="button"
                  className={styles.card}
                  data-board-session={session.id}
                  aria-describedby="board-help"
                  onClick={() =>
                    void save(session, {
                      day,
                      start: 9 * 60,
                      end: 10 * 60,
                      room: spansAll(session) || !rooms[0] ? null : String(rooms[0].id),
                    })
                  }
                >
                  {session.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <div className={styles.gridWrap}>
          <div className={styles.header} style={{ gridTemplateColumns: `4rem repeat(${Math.max(1, rooms.length)}, minmax(8rem, 1fr))` }}>
            <span />
            {rooms.map((room) => (
              <span key={room.id} className={styles.roomName}>
                {room.name}
              </span>
            ))}
          </div>
          <div className={styles.body}>
            <div className={styles.times} style={{ height: GRID_ROWS * ROW_PX }}>
              {Array.from({ length: (DAY_END - DAY_START) / 30 }, (_, i) => DAY_START + i * 30).map((minutes) => (
                <span key={minutes} style={{ top: ((minutes - DAY_START) / STEP_MINUTES) * ROW_PX }}>
                  {clockLabel(minutes)}
                </span>
              ))}
            </div>
            <div
              data-board-grid
              className={styles.grid}
              style={{
                height: GRID_ROWS * ROW_PX,
                gridTemplateColumns: `repeat(${Math.max(1, rooms.length)}, minmax(8rem, 1fr))`,
                gridTemplateRows: `repeat(${GRID_ROWS}, ${ROW_PX}px)`,
              }}
            >
              {placedToday.map((session) => {
                const p = placementOf(session)!
                const column = spansAll(session) || p.room === null ? '1 / -1' : `${roomIndex(p.room) + 1}`
                const rowStart = Math.max(1, (p.start - DAY_START) / STEP_MINUTES + 1)
                const rowEnd = Math.min(GRID_ROWS + 1, (p.end - DAY_START) / STEP_MINUTES + 1)
                const clash = conflictsOf(session)
                return (
                  <button
                    key={session.id}
                    type="button"
                    data-board-session={session.id}
                    className={`${styles.block} ${clash ? styles.conflict : ''} ${spansAll(session) ? styles.all : ''}`}
                    style={{ gridColumn: column, gridRow: `${rowStart} / ${rowEnd}` }}
                    aria-label={`${session.title}, ${clockLabel(p.start)}–${clockLabel(p.end)}, ${roomName(p.room)}${clash ? `. Conflict: ${clash}` : ''}`}
                    aria-describedby="board-help"
                    onKeyDown={(event) => onKey(event, session)}
                    onPointerDown={(event) => onPointerDown(event, session, 'move')}
                    title={clash || undefined}
                  >
                    <strong>{session.title}</strong>
                    <span>
                      {clockLabel(p.start)}–{clockLabel(p.end)}
                    </span>
                    {clash && <span className={styles.warning}>⚠ {clash}</span>}
                    <span aria-hidden="true" className={styles.handle} onPointerDown={(event) => onPointerDown(event, session, 'resize')} />
                  </button>
                )
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}
