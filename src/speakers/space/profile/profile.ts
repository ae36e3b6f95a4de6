import type { Payload } from 'payload'

import { relationId } from '../../../platform/relations'
import { richTextToPlain } from '../../../platform/richText/plainText'
import { toLexical } from '../../../platform/richText/lexical'
import { SPEAKER_PROFILE_CONTEXT } from '../../changedBy'
import { consumeRateLimit } from '../platform'
import { mineWhere } from '../proposals'
import { validateProfile, type PhotoUpload, type ProfileErrors, type ProfileValues } from './validate'

/**
 * "My profile": the speaker documents a signed-in address may edit, and the save. The rule of which
 * ones is here, in one place: the speaker linked to a proposal the address submitted, and the speaker
 * linked to the address's row as an accepted co-speaker (both linked when the proposal is accepted).
 * Nobody else's, whatever id is posted.
 */
export type Id = number | string

/** Saves per speaker address per window (every post counts, valid or not). */
export const PROFILE_RATE_LIMIT = { limit: 20, windowMs: 10 * 60_000 } as const

export type MyProfile = {
  id: Id
  slug: string
  /** Published (a save publishes) or a draft the organisers have not published yet (a save keeps it a draft). */
  published: boolean
  /** The organisers saved a newer draft of a published page: the speaker's save waits until they publish or discard it. */
  editorDraftPending: boolean
  /** Every edition of the speaker is archived: read only, as for editors. */
  archived: boolean
  editions: Array<{ year: number; status: string }>
  photo: { id: Id; url: string | null; alt: string } | null
  values: ProfileValues
}

const sameEmail = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase()

type ProposalLinks = {
  speaker?: unknown
  submitter?: { email?: unknown }
  coSpeakers?: Array<{ email?: unknown; status?: unknown; speaker?: unknown }>
}

/** The ids of the speaker documents linked to this address (see above). */
export async function mySpeakerIds(payload: Payload, email: string): Promise<Id[]> {
  const { docs } = await payload.find({
    collection: 'proposals',
    where: mineWhere(email),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { speaker: true, submitter: true, coSpeakers: true } as never,
  })
  const ids: Id[] = []
  for (const proposal of docs as unknown as ProposalLinks[]) {
    if (sameEmail(proposal.submitter?.email, email)) ids.push(relationId(proposal.speaker) as Id)
    for (const row of proposal.coSpeakers ?? []) {
      if (row.status === 'accepted' && sameEmail(row.email, email)) ids.push(relationId(row.speaker) as Id)
    }
  }
  return [...new Map(ids.filter((id) => id !== undefined).map((id) => [String(id), id])).values()]
}

type Localised<T> = { en?: T | null; fr?: T | null } | null | undefined
type SpeakerAllLocales = {
  id: Id
  name?: string
  slug?: string
  _status?: string
  photo?: unknown
  affiliation?: Localised<string>
  bio?: Localised<unknown>
  links?: Array<{ label?: string; url?: string }> | null
  editions?: unknown[]
}

async function readSpeaker(payload: Payload, id: Id, draft: boolean): Promise<SpeakerAllLocales | null> {
  const doc = await payload.findByID({
    collection: 'speakers',
    id,
    depth: 0,
    draft,
    locale: 'all',
    overrideAccess: true,
    disableErrors: true,
  })
  return (doc as unknown as SpeakerAllLocales | null) ?? null
}

async function photoOf(payload: Payload, value: unknown, locale: 'en' | 'fr'): Promise<MyProfile['photo']> {
  const id = relationId(value)
  if (id === undefined) return null
  const media = await payload.findByID({ collection: 'media', id, depth: 0, locale, overrideAccess: true, disableErrors: true })
  if (!media) return null
  return { id: media.id, url: media.sizes?.thumbnail?.url ?? media.url ?? null, alt: media.alt ?? '' }
}

async function editionsOf(payload: Payload, doc: SpeakerAllLocales): Promise<MyProfile['editions']> {
  const ids = (doc.editions ?? []).map(relationId).filter((id): id is Id => id !== undefined)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'editions',
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { year: true, status: true },
  })
  return docs.map((edition) => ({ year: edition.year, status: String(edition.status ?? '') }))
}

function toProfile(
  latest: SpeakerAllLocales,
  main: SpeakerAllLocales | null,
  editions: MyProfile['editions'],
  photo: MyProfile['photo'],
): MyProfile {
  const published = main?._status === 'published'
  return {
    id: latest.id,
    slug: latest.slug ?? '',
    published,
    editorDraftPending: published && latest._status === 'draft',
    archived: editions.length > 0 && editions.every((edition) => edition.status === 'archived'),
    editions,
    photo,
    values: {
      name: latest.name ?? '',
      affiliationEn: latest.affiliation?.en ?? '',
      affiliationFr: latest.affiliation?.fr ?? '',
      bioEn: richTextToPlain(latest.bio?.en),
      bioFr: richTextToPlain(latest.bio?.fr),
      links: (latest.links ?? []).map((link) => ({ label: link.label ?? '', url: link.url ?? '' })),
      altEn: '',
      altFr: '',
    },
  }
}

/** One of the address's speaker documents, or null for any other id (someone else's, or none: the same answer). */
async function findMyProfile(payload: Payload, email: string, id: Id, locale: 'en' | 'fr' = 'en'): Promise<MyProfile | null> {
  if (!(await mySpeakerIds(payload, email)).some((mine) => String(mine) === String(id))) return null
  const latest = await readSpeaker(payload, id, true)
  if (!latest) return null
  const main = await readSpeaker(payload, id, false)
  return toProfile(latest, main, await editionsOf(payload, latest), await photoOf(payload, latest.photo, locale))
}

export async function listMyProfiles(payload: Payload, email: string, locale: 'en' | 'fr' = 'en'): Promise<MyProfile[]> {
  const profiles: MyProfile[] = []
  for (const id of await mySpeakerIds(payload, email)) {
    const profile = await findMyProfile(payload, email, id, locale)
    if (profile) profiles.push(profile)
  }
  return profiles
}

export type SaveProfileOutcome =
  | { kind: 'notFound' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'archived' }
  | { kind: 'editorDraftPending' }
  | { kind: 'invalid'; errors: ProfileErrors; values: ProfileValues }
  | { kind: 'saved'; published: boolean }

/** A bio as rich text: the stored one when its text is unchanged (an editor's headings and links survive a save). */
function bioValue(typed: string, stored: unknown): unknown {
  if (typed === richTextToPlain(stored)) return stored ?? null
  if (!typed) return null
  const blocks = typed
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
  return toLexical(blocks.map((part) => ({ type: 'p' as const, text: part })))
}

/**
 * Saves the speaker's profile. A published page is published again (the speaker's save is live at once:
 * the collection's hooks expire its pages); a page the organisers have not published yet stays a draft.
 * Each save is a version, recorded as the speaker's (changedBy), so editors see it and can revert.
 * French fields are written in a second save only when they changed (Payload writes one locale per save).
 */
export async function saveMyProfile(
  payload: Payload,
  input: { email: string; id: Id; values: ProfileValues; photo: PhotoUpload | null; now?: number },
): Promise<SaveProfileOutcome> {
  const { email, id, values, photo } = input
  const profile = await findMyProfile(payload, email, id)
  if (!profile) return { kind: 'notFound' }
  const limit = await consumeRateLimit(payload, { bucket: 'speaker-profile', key: email.toLowerCase(), ...PROFILE_RATE_LIMIT }, input.now)
  if (!limit.allowed) return { kind: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds }
  if (profile.archived) return { kind: 'archived' }
  const errors = validateProfile(values, photo)
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors, values }
  // Publishing now would also publish the organisers' unreviewed draft: Payload saves on top of the newest version.
  if (profile.editorDraftPending) return { kind: 'editorDraftPending' }

  const stored = (await readSpeaker(payload, id, true))!
  const context = { [SPEAKER_PROFILE_CONTEXT]: email }
  let photoId: Id | undefined
  if (photo) {
    const media = await payload.create({
      collection: 'media',
      data: { alt: values.altEn },
      file: { data: photo.data, mimetype: photo.mimetype, name: photo.name, size: photo.size },
      locale: 'en',
      overrideAccess: true,
      context,
    })
    await payload.update({ collection: 'media', id: media.id, data: { alt: values.altFr }, locale: 'fr', overrideAccess: true, context })
    photoId = media.id
  }
  const publish = profile.published
  const status = { _status: publish ? 'published' : 'draft' } as const
  const write = (locale: 'en' | 'fr', data: Record<string, unknown>) =>
    payload.update({
      collection: 'speakers',
      id,
      data: { ...data, ...status } as never,
      locale,
      draft: !publish,
      overrideAccess: true,
      context,
    })
  const storedLinks = (stored.links ?? []).map((link) => ({ label: link.label ?? '', url: link.url ?? '' }))
  const enChanged =
    photoId !== undefined ||
    values.name !== (stored.name ?? '') ||
    values.affiliationEn !== (stored.affiliation?.en ?? '') ||
    values.bioEn !== richTextToPlain(stored.bio?.en) ||
    JSON.stringify(values.links) !== JSON.stringify(storedLinks)
  const frChanged = values.affiliationFr !== (stored.affiliation?.fr ?? '') || values.bioFr !== richTextToPlain(stored.bio?.fr)
  try {
    if (enChanged) {
      await write('en', {
        name: values.name,
        affiliation: values.affiliationEn || null,
        bio: bioValue(values.bioEn, stored.bio?.en),
        links: values.links,
        ...(photoId !== undefined ? { photo: photoId } : {}),
      })
    }
    if (frChanged) await write('fr', { affiliation: values.affiliationFr || null, bio: bioValue(values.bioFr, stored.bio?.fr) })
  } catch (error) {
    // The new photo belongs to nothing if the speaker's save failed.
    if (photoId !== undefined) await payload.delete({ collection: 'media', id: photoId, overrideAccess: true }).catch(() => undefined)
    throw error
  }
  return { kind: 'saved', published: publish }
}
