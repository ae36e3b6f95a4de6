import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { login } from './http'

/**
 * Test data built in one place (users, editions, proposals, uploads), so a test file states only what matters
 * to it. Everything is created with overrideAccess and without cache revalidation, as setup should be.
 * All of it is sample data: names say so, addresses are @example.org.
 */
export type Id = number | string
export type Doc = Record<string, unknown> & { id: Id }
export type AuthUser = Doc & { collection: 'users'; email: string }
export type Role = 'admin' | 'editor' | 'reviewer'

export const TEST_PASSWORD = 'correct horse battery staple'

export const SAMPLE_ABSTRACT =
  'Data commons need governance that scales from a single community to public infrastructure; ' +
  'this talk compares three cases and what they teach about stewardship.'

export function factories(payload: Payload) {
  let sequence = 0

  /** `depth` as Payload takes it (0: relationships come back as ids); Payload's default when not given. */
  const create = async (
    collection: CollectionSlug,
    data: Record<string, unknown>,
    options: { draft?: boolean; depth?: number } = {},
  ): Promise<Doc> =>
    (await payload.create({
      collection,
      data: data as never,
      draft: options.draft ?? false,
      ...(options.depth === undefined ? {} : { depth: options.depth }),
      overrideAccess: true,
      context: { disableRevalidate: true },
    })) as unknown as Doc

  /** A user as Payload hands it to access rules (`req.user`). */
  const authUser = async (id: Id): Promise<AuthUser> => ({
    ...((await payload.findByID({ collection: 'users', id, overrideAccess: true })) as unknown as Doc & { email: string }),
    collection: 'users',
  })

  /** A logged-in user with this role (the first user ever created becomes admin whatever is asked). */
  const user = async (role: Role, data: Record<string, unknown> = {}): Promise<AuthUser> =>
    authUser((await create('users', { email: `${role}-${++sequence}@example.org`, password: TEST_PASSWORD, role, ...data })).id)

  const idOf = (doc: Doc | Id): Id => (typeof doc === 'object' ? doc.id : doc)

  /** A published edition of that year. */
  const edition = (year: number, data: Record<string, unknown> = {}): Promise<Doc> =>
    create('editions', { year, title: `Sample edition ${year}`, status: 'upcoming', _status: 'published', ...data })

  /** The edition of that year as stored, newest draft included (relationships as ids). */
  const editionOf = async (year: number): Promise<Doc> =>
    (await payload.find({ collection: 'editions', where: { year: { equals: year } }, depth: 0, draft: true, overrideAccess: true }))
      .docs[0] as unknown as Doc

  /** A complete proposal to that edition, from a sample submitter. */
  const proposal = (edition: Doc | Id, data: Record<string, unknown> = {}): Promise<Doc> => {
    sequence += 1
    return create('proposals', {
      edition: idOf(edition),
      submitter: { name: `Sample Person ${sequence}`, email: `person${sequence}@example.org`, affiliation: 'Sample Lab' },
      title: `Sample proposal ${sequence}`,
      abstract: SAMPLE_ABSTRACT,
      format: 'framing-talk',
      bio: 'A sample bio.',
      consent: true,
      ...data,
    })
  }

  /**
   * A sample talk in that edition: published, or a draft with `{ draft: true }`; `data` adds the rest. Given a
   * `start` and no `end`, it lasts an hour.
   */
  const session = (edition: Doc | Id, data: Record<string, unknown> = {}, options: { draft?: boolean } = {}): Promise<Doc> => {
    sequence += 1
    const end =
      typeof data.start === 'string' && data.end === undefined ? { end: new Date(Date.parse(data.start) + 3600_000).toISOString() } : {}
    return create(
      'sessions',
      {
        edition: idOf(edition),
        title: `Sample session ${sequence}`,
        kind: 'talk',
        _status: options.draft ? 'draft' : 'published',
        ...end,
        ...data,
      },
      { draft: options.draft },
    )
  }

  /** A room of that edition. */
  const room = (edition: Doc | Id, name: string): Promise<Doc> => create('rooms', { name, edition: idOf(edition) })

  /** A published speaker of that edition. */
  const speaker = (edition: Doc | Id, name: string): Promise<Doc> =>
    create('speakers', { name, editions: [idOf(edition)], _status: 'published' })

  /** An uploaded file in the media collection, under that file name. */
  const media = (file: { data: Buffer; name: string; mimetype: string }, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'media',
      data: { alt: 'Sample image', ...data },
      file: { ...file, size: file.data.length },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

  /** A login token for this user (created with TEST_PASSWORD), as REST and GraphQL take it: `Authorization: JWT …`. */
  const token = (user: Record<string, unknown>): Promise<string> => login(payload, String(user.email), TEST_PASSWORD)

  /** A Local API request made by this user (or the public). */
  const reqAs = (user: AuthUser | undefined): Promise<PayloadRequest> => createLocalReq({ user: user as never }, payload)

  return { create, authUser, user, edition, editionOf, proposal, session, room, speaker, media, token, reqAs }
}

export type Factories = ReturnType<typeof factories>
