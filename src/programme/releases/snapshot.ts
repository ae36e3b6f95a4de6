/**
 * What a programme release freezes of each session: what the public saw, in both languages, so the
 * next release can say what changed (and the public changelog can name it) without reading old versions.
 * Plain data (no Payload types) so the diff is a pure function.
 */
import type { SessionKind } from '../model'

export type LocalisedText = { en: string; fr: string | null }

export type SnapshotSession = {
  id: string
  slug: string
  kind: SessionKind
  title: LocalisedText
  /** ISO instants (UTC). */
  start: string
  end: string
  room: { id: string; name: LocalisedText } | null
  speakers: Array<{ id: string; name: string }>
}

export type ProgrammeSnapshot = SnapshotSession[]

/** A stored document's localised text (`locale: 'all'`), or a plain string, as { en, fr }. */
export function localised(value: unknown): LocalisedText {
  if (typeof value === 'string') return { en: value, fr: null }
  if (typeof value === 'object' && value !== null) {
    const { en, fr } = value as { en?: unknown; fr?: unknown }
    const english = typeof en === 'string' ? en : typeof fr === 'string' ? fr : ''
    return { en: english, fr: typeof fr === 'string' && fr.trim() !== '' ? fr : null }
  }
  return { en: '', fr: null }
}

export function inLocale(text: LocalisedText, locale: 'en' | 'fr'): string {
  return locale === 'fr' ? (text.fr ?? text.en) : text.en
}
