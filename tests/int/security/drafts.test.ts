/**
 * Issue 12 finding 2: on collections with drafts, a write that does not say `draft=true` never
 * publishes someone else's draft nor takes the published document offline. While a newer draft waits,
 * a write is refused (409) unless it saves a draft, publishes that very draft (it sends back the draft's
 * `baseVersion`, as the admin's form does) or discards it (the admin's "Revert to published").
 * Through REST, GraphQL and the Local API with overrideAccess: false.
 */
import type { CollectionSlug, Payload } from 'payload'

import { factories, type AuthUser, type Doc, type Id } from '../helpers/factories'
import { gql, login, rest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const CONFLICT = 'A newer draft exists: publish or discard it first.'

let ctx: TestPayload
let payload: Payload
let editor: AuthUser
let editorToken: string
let reviewerToken: string
let edition: Doc
let sequence = 0

type Kind = 'editions' | 'themes' | 'speakers' | 'perspectives' | 'sessions'
/** The text field each kind is edited through. */
const TEXT: Record<Kind, string> = { editions: 'title', themes: 'title', speakers: 'name', perspectives: 'title', sessions: 'title' }

function dataFor(kind: Kind, text: string): Record<string, unknown> {
  switch (kind) {
    case 'editions':
      return { year: 2060 + ++sequence, title: text, status: 'upcoming' }
    case 'themes':
      return { title: text, edition: edition.id }
    case 'speakers':
      return { name: text }
    case 'perspectives':
      return { title: text, kind: 'reading' }
    case 'sessions':
      return { title: text, edition: edition.id, kind: 'talk', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z' }
  }
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const make = factories(payload)
  await make.user('admin')
  editor = await make.user('editor')
  const reviewer = await make.user('reviewer')
  editorToken = await login(payload, String(editor.email), 'correct horse battery staple')
  reviewerToken = await login(payload, String(reviewer.email), 'correct horse battery staple')
  edition = await make.edition(2045, { status: 'current' })
})

afterAll(async () => {
  await ctx?.close()
})

/** A published document with a newer draft saved over it by an editor: the situation of the finding. */
async function publishedWithDraft(kind: Kind): Promise<{ id: Id; published: string; draft: string }> {
  const published = `Published text ${++sequence}`
  const draft = `Unreviewed draft ${sequence}`
  const doc = await payload.create({
    collection: kind,
    data: { ...dataFor(kind, published), _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  await payload.update({
    collection: kind,
    id: doc.id,
    data: { [TEXT[kind]]: draft } as never,
    draft: true,
    overrideAccess: false,
    user: editor as never,
    context: { disableRevalidate: true },
  })
  return { id: doc.id, published, draft }
}

/** What the public sees: the published document, or null when it went offline. */
async function publicText(kind: Kind, id: Id): Promise<string | null> {
  const { docs } = await payload.find({ collection: kind, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
  const doc = docs[0] as Record<string, unknown> | undefined
  return doc ? String(doc[TEXT[kind]]) : null
}

const KINDS: Kind[] = ['editions', 'themes', 'speakers', 'perspectives', 'sessions']

describe.each(KINDS)('%s with a newer draft', (kind) => {
  it('REST: a plain write (no draft, no status) is refused with 409 and leaves the published document online', async () => {
    const doc = await publishedWithDraft(kind)
    const response = await rest(payload, 'PATCH', `/${kind}/${doc.id}`, { token: editorToken, body: { [TEXT[kind]]: 'Careless edit' } })
    expect(response.status).toBe(409)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(CONFLICT)
    expect(await publicText(kind, doc.id)).toBe(doc.published)
  })

  it("REST: `_status: published` without naming the draft does not publish the other editor's draft", async () => {
    const doc = await publishedWithDraft(kind)
    const response = await rest(payload, 'PATCH', `/${kind}/${doc.id}`, { token: editorToken, body: { _status: 'published' } })
    expect(response.status).toBe(409)
    expect(await publicText(kind, doc.id)).toBe(doc.published)
  })

  it('REST: saving a draft still works, and publishing that draft by its baseVersion publishes it', async () => {
    const doc = await publishedWithDraft(kind)
    const saved = await rest(payload, 'PATCH', `/${kind}/${doc.id}?draft=true`, {
      token: editorToken,
      body: { [TEXT[kind]]: `${doc.draft} (edited)`, _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    expect(await publicText(kind, doc.id)).toBe(doc.published)
    const read = (await (await rest(payload, 'GET', `/${kind}/${doc.id}?draft=true&depth=0`, { token: editorToken })).json()) as Record<
      string,
      unknown
    >
    expect(read[TEXT[kind]]).toBe(`${doc.draft} (edited)`)
    const publish = await rest(payload, 'PATCH', `/${kind}/${doc.id}`, { token: editorToken, body: { ...read, _status: 'published' } })
    expect(publish.status).toBe(200)
    expect(await publicText(kind, doc.id)).toBe(`${doc.draft} (edited)`)
  })
})

describe('themes: the other ways in', () => {
  it('REST: a baseVersion older than the newest draft (someone saved since) is refused', async () => {
    const doc = await publishedWithDraft('themes')
    const read = (await (await rest(payload, 'GET', `/themes/${doc.id}?draft=true&depth=0`, { token: editorToken })).json()) as Record<
      string,
      unknown
    >
    await payload.update({
      collection: 'themes',
      id: doc.id,
      data: { title: 'A later draft by someone else' },
      draft: true,
      overrideAccess: false,
      user: editor as never,
      context: { disableRevalidate: true },
    })
    const publish = await rest(payload, 'PATCH', `/themes/${doc.id}`, { token: editorToken, body: { ...read, _status: 'published' } })
    expect(publish.status).toBe(409)
    expect(await publicText('themes', doc.id)).toBe(doc.published)
  })

  it('REST: the admin\'s "Revert to published" (the published document sent back whole) discards the draft', async () => {
    const doc = await publishedWithDraft('themes')
    const published = (await (
      await rest(payload, 'GET', `/themes/${doc.id}?depth=0&fallback-locale=null`, { token: editorToken })
    ).json()) as Record<string, unknown>
    expect(published.title).toBe(doc.published)
    const revert = await rest(payload, 'PATCH', `/themes/${doc.id}?depth=0&fallback-locale=null`, { token: editorToken, body: published })
    expect(revert.status).toBe(200)
    const newest = await payload.findByID({ collection: 'themes', id: doc.id, draft: true, overrideAccess: true })
    expect(newest.title).toBe(doc.published)
    expect(newest._status).toBe('published')
  })

  it('REST: the published version sent back with one field changed is not a discard (409)', async () => {
    const doc = await publishedWithDraft('themes')
    const published = (await (await rest(payload, 'GET', `/themes/${doc.id}?depth=0`, { token: editorToken })).json()) as Record<
      string,
      unknown
    >
    const response = await rest(payload, 'PATCH', `/themes/${doc.id}`, { token: editorToken, body: { ...published, title: 'Sneaked in' } })
    expect(response.status).toBe(409)
    expect(await publicText('themes', doc.id)).toBe(doc.published)
  })

  it('REST: a bulk update over a document with a newer draft is refused', async () => {
    const doc = await publishedWithDraft('themes')
    const response = await rest(payload, 'PATCH', `/themes?where[id][equals]=${doc.id}`, {
      token: editorToken,
      body: { summary: 'Bulk edit' },
    })
    expect(response.status).toBe(409)
    expect(await publicText('themes', doc.id)).toBe(doc.published)
  })

  it('REST: a reviewer, who may not write, is told 403, not that a draft exists', async () => {
    const doc = await publishedWithDraft('themes')
    const response = await rest(payload, 'PATCH', `/themes/${doc.id}`, { token: reviewerToken, body: { title: 'x' } })
    expect(response.status).toBe(403)
  })

  it('GraphQL: an update without draft is refused with the same message; with draft: true it saves', async () => {
    const doc = await publishedWithDraft('themes')
    const refused = await gql(payload, `mutation { updateTheme(id: ${JSON.stringify(doc.id)}, data: { title: "Careless" }) { id } }`, {
      token: editorToken,
    })
    expect(refused.errors?.[0]?.message).toBe(CONFLICT)
    expect(await publicText('themes', doc.id)).toBe(doc.published)
    const saved = await gql(
      payload,
      `mutation { updateTheme(id: ${JSON.stringify(doc.id)}, draft: true, data: { title: "Drafted" }) { title } }`,
      { token: editorToken },
    )
    expect(saved.errors).toBeUndefined()
    expect(await publicText('themes', doc.id)).toBe(doc.published)
  })

  it('Local API with overrideAccess: false: refused with a 409 error', async () => {
    const doc = await publishedWithDraft('themes')
    await expect(
      payload.update({
        collection: 'themes',
        id: doc.id,
        data: { title: 'Careless' },
        overrideAccess: false,
        user: editor as never,
        context: { disableRevalidate: true },
      }),
    ).rejects.toMatchObject({ status: 409, message: CONFLICT })
    expect(await publicText('themes', doc.id)).toBe(doc.published)
  })
})

describe('without a pending draft', () => {
  it('a plain write to a published document keeps it published', async () => {
    const created = await payload.create({
      collection: 'themes' as CollectionSlug,
      data: { ...dataFor('themes', 'Only published'), _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const response = await rest(payload, 'PATCH', `/themes/${created.id}`, { token: editorToken, body: { title: 'Edited in place' } })
    expect(response.status).toBe(200)
    expect(await publicText('themes', created.id)).toBe('Edited in place')
  })
})

describe('"Revert to published" with a draft in the other language', () => {
  it('keeps the published French text: discarding in English does not publish the French draft', async () => {
    const created = await payload.create({
      collection: 'themes',
      locale: 'en',
      data: { title: 'Published in English', edition: edition.id, _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'themes',
      id: created.id,
      locale: 'fr',
      data: { title: 'Publié en français', _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    // An editor saves a French draft over it…
    const draft = await rest(payload, 'PATCH', `/themes/${created.id}?draft=true&locale=fr`, {
      token: editorToken,
      body: { title: 'Brouillon non relu', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    // …and another reverts the English form to the published version.
    const published = (await (
      await rest(payload, 'GET', `/themes/${created.id}?depth=0&locale=en&fallback-locale=null`, { token: editorToken })
    ).json()) as Record<string, unknown>
    const revert = await rest(payload, 'PATCH', `/themes/${created.id}?depth=0&locale=en&fallback-locale=null`, {
      token: editorToken,
      body: published,
    })
    expect(revert.status).toBe(200)
    const publicFrench = await payload.findByID({ collection: 'themes', id: created.id, locale: 'fr', overrideAccess: false, depth: 0 })
    expect(publicFrench.title).toBe('Publié en français')
    const publicEnglish = await payload.findByID({ collection: 'themes', id: created.id, locale: 'en', overrideAccess: false, depth: 0 })
    expect(publicEnglish.title).toBe('Published in English')
    // The French form opens on the published text again; the discarded draft stays in the history.
    const newestFrench = await payload.findByID({
      collection: 'themes',
      id: created.id,
      locale: 'fr',
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(newestFrench.title).toBe('Publié en français')
    const history = await payload.findVersions({
      collection: 'themes',
      where: { parent: { equals: created.id } },
      locale: 'fr',
      overrideAccess: true,
      limit: 20,
    })
    expect(history.docs.map((version) => version.version.title)).toContain('Brouillon non relu')
  })
})
