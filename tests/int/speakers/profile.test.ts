/**
 * My profile (src/speakers/space/profile/): which speaker documents a signed-in address edits, the
 * form's validation, the photo's checks on real bytes (made by sharp), foreign speakers refused, the
 * version written (and who wrote it), the organisers' pending draft left alone, the rate limit, and the
 * cache tags expired by the save. Sample editions and sample people (example.org) on a throwaway database.
 */
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '../../../src/media/rules'
import { cacheTags } from '../../../src/platform/cache/cacheTags'
import { toLexical } from '../../../src/platform/richText/lexical'
import { richTextToPlain } from '../../../src/platform/richText/plainText'
import { handleProfileSave } from '../../../src/speakers/space/profile/http'
import { keptFormOwner, readKeptProfileForm } from '../../../src/speakers/space/profile/keptForm'
import { listMyProfiles, mySpeakerIds, PROFILE_RATE_LIMIT } from '../../../src/speakers/space/profile/profile'
import { validateProfile, type ProfileValues } from '../../../src/speakers/space/profile/validate'
import { factories, type Doc, type Id } from '../helpers/factories'
import { speakerSession } from '../helpers/speakerSession'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: ReturnType<typeof factories>
const PREFIX = `profile-test-${process.pid}-${Date.now()}`

const ALICE = 'alice.profile@example.org'
const BOB = 'bob.profile@example.org'
const CAROL = 'carol.profile@example.org' // accepted co-speaker of Alice's proposal
const DAN = 'dan.profile@example.org' // invited, has not accepted
const ERIN = 'erin.profile@example.org' // submitted, nothing accepted yet
const FRANK = 'frank.profile@example.org' // speaker whose page the organisers have not published
const GRACE = 'grace.profile@example.org' // spoke at an archived edition only

let edition: Doc
const speakers = {} as Record<'alice' | 'bob' | 'carol' | 'frank' | 'grace', Id>
const cookies = {} as Record<'alice' | 'bob' | 'carol' | 'dan' | 'erin' | 'frank' | 'grace', string>

const session = (email: string) => speakerSession(payload, email)

async function speaker(name: string, editionId: Id, status: 'published' | 'draft' = 'published'): Promise<Id> {
  const doc = await make.create(
    'speakers',
    {
      name,
      affiliation: 'Sample Lab',
      bio: toLexical([{ type: 'p', text: `Sample bio of ${name}.` }]),
      editions: [editionId],
      _status: status,
    },
    { draft: status === 'draft' },
  )
  return doc.id
}

const image = (format: 'png' | 'jpeg' = 'png') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 15, g: 92, b: 70 } } })
    .toFormat(format)
    .toBuffer()

type Post = Record<string, string | string[] | { data: Buffer; name: string; type: string }>

function request(cookie: string | null, fields: Post, headers: Record<string, string> = {}): Request {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) form.append(name, item)
    else if (typeof value === 'string') form.append(name, value)
    else form.append(name, new Blob([new Uint8Array(value.data)], { type: value.type }), value.name)
  }
  return new Request('http://localhost:3000/speaker/profile/save', {
    method: 'POST',
    body: form,
    headers: { accept: 'application/json', host: 'localhost:3000', ...(cookie ? { cookie } : {}), ...headers },
  })
}

const save = (cookie: string | null, fields: Post, headers: Record<string, string> = {}, locale = 'en') =>
  handleProfileSave(request(cookie, fields, headers), { payload, locale })

/** The form as the page fills it for this speaker (what a browser posts back unchanged). */
async function formOf(email: string, id: Id): Promise<Post> {
  const profile = (await listMyProfiles(payload, email)).find((item) => String(item.id) === String(id))!
  const { values } = profile
  return {
    speaker: String(id),
    name: values.name,
    affiliationEn: values.affiliationEn,
    affiliationFr: values.affiliationFr,
    bioEn: values.bioEn,
    bioFr: values.bioFr,
    linkLabel: values.links.map((link) => link.label),
    linkUrl: values.links.map((link) => link.url),
  }
}

const read = (id: Id, locale: 'en' | 'fr' = 'en', draft = false) =>
  payload.findByID({ collection: 'speakers', id, locale, draft, depth: 0, overrideAccess: true }) as unknown as Promise<
    Record<string, unknown>
  >

const versionsOf = async (id: Id) =>
  (
    await payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  edition = await make.edition(2043)
  const archived = await make.edition(2039)
  speakers.alice = await speaker('Alice Sample', edition.id)
  speakers.bob = await speaker('Bob Sample', edition.id)
  speakers.carol = await speaker('Carol Sample', edition.id)
  speakers.frank = await speaker('Frank Sample', edition.id, 'draft')
  speakers.grace = await speaker('Grace Sample', archived.id)
  await make.proposal(edition, {
    submitter: { name: 'Alice Sample', email: ALICE },
    speaker: speakers.alice,
    status: 'accepted',
    coSpeakers: [
      { name: 'Carol Sample', email: CAROL, role: 'framing', status: 'accepted', speaker: speakers.carol },
      { name: 'Dan Sample', email: DAN, role: 'other', status: 'invited' },
    ],
  })
  await make.proposal(edition, { submitter: { name: 'Bob Sample', email: BOB }, speaker: speakers.bob, status: 'accepted' })
  await make.proposal(edition, { submitter: { name: 'Erin Sample', email: ERIN } })
  await make.proposal(edition, { submitter: { name: 'Frank Sample', email: FRANK }, speaker: speakers.frank, status: 'accepted' })
  await make.proposal(archived, { submitter: { name: 'Grace Sample', email: GRACE }, speaker: speakers.grace, status: 'accepted' })
  await payload.update({
    collection: 'editions',
    id: archived.id,
    data: { status: 'archived' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  for (const [key, email] of Object.entries({ alice: ALICE, bob: BOB, carol: CAROL, dan: DAN, erin: ERIN, frank: FRANK, grace: GRACE })) {
    cookies[key as keyof typeof cookies] = await session(email)
  }
})

afterAll(async () => {
  await payload?.delete({ collection: 'media', where: { filename: { like: PREFIX } }, overrideAccess: true }).catch(() => undefined)
  await ctx?.close()
})

describe('which speaker documents an address edits', () => {
  it.each([
    ['the submitter of an accepted proposal: the speaker linked to it', ALICE, 'alice'],
    ['an accepted co-speaker: the speaker linked to their row', CAROL, 'carol'],
  ] as const)('%s', async (_, email, key) => {
    expect((await mySpeakerIds(payload, email)).map(String)).toEqual([String(speakers[key])])
  })

  it.each([
    ['an invited co-speaker who has not accepted', DAN],
    ['a submitter whose proposal is not accepted yet', ERIN],
    ['an address with no proposal at all', 'nobody.profile@example.org'],
  ])('%s: none, and the page says so', async (_, email) => {
    expect(await mySpeakerIds(payload, email)).toEqual([])
    expect(await listMyProfiles(payload, email)).toEqual([])
  })
})

describe('saving', () => {
  it('saves name, affiliation, bios in both languages and links: published, as the speaker, in a new version', async () => {
    const before = (await versionsOf(speakers.alice)).length
    const fields = {
      ...(await formOf(ALICE, speakers.alice)),
      name: 'Alice Sample-Renamed',
      affiliationEn: 'Sample Institute',
      affiliationFr: 'Institut exemple',
      bioEn: 'First paragraph.\n\nSecond paragraph.',
      bioFr: 'Biographie en français.',
      linkLabel: ['Site', ''],
      linkUrl: ['https://alice.example.org/', ''],
    }
    const response = await save(cookies.alice, fields)
    expect(response.status).toBe(200)
    const en = await read(speakers.alice, 'en')
    const fr = await read(speakers.alice, 'fr')
    expect(en).toMatchObject({
      name: 'Alice Sample-Renamed',
      affiliation: 'Sample Institute',
      _status: 'published',
      changedBy: `speaker: ${ALICE}`,
    })
    expect(richTextToPlain(en.bio)).toBe('First paragraph.\n\nSecond paragraph.')
    expect(fr).toMatchObject({ affiliation: 'Institut exemple' })
    expect(richTextToPlain(fr.bio)).toBe('Biographie en français.')
    expect(en.links).toEqual([expect.objectContaining({ label: 'Site', url: 'https://alice.example.org/' })])
    const versions = await versionsOf(speakers.alice)
    expect(versions.length).toBeGreaterThan(before)
    expect(versions[0]!.version).toMatchObject({ changedBy: `speaker: ${ALICE}`, _status: 'published' })
  })

  it('a French-only change writes the French side only, and the page keeps the English bio as stored', async () => {
    const rich = toLexical([
      { type: 'h2', text: 'Heading by an editor' },
      { type: 'p', text: 'Body.' },
    ])
    await payload.update({ collection: 'speakers', id: speakers.bob, data: { bio: rich } as never, locale: 'en', overrideAccess: true })
    const fields = { ...(await formOf(BOB, speakers.bob)), bioFr: 'Nouvelle biographie.' }
    expect((await save(cookies.bob, fields)).status).toBe(200)
    expect((await read(speakers.bob, 'en')).bio).toEqual(rich)
    expect(richTextToPlain((await read(speakers.bob, 'fr')).bio)).toBe('Nouvelle biographie.')
  })

  it("an editor reverts the speaker's save from the version history", async () => {
    const before = await read(speakers.carol)
    const fields = { ...(await formOf(CAROL, speakers.carol)), name: 'Carol Sample Changed By Herself' }
    expect((await save(cookies.carol, fields)).status).toBe(200)
    const versions = await versionsOf(speakers.carol)
    const previous = versions.find((version) => (version.version as { name?: string }).name === before.name)!
    const editor = await make.user('editor')
    await payload.restoreVersion({ collection: 'speakers', id: previous.id, overrideAccess: false, user: editor as never })
    const after = await payload.findByID({
      collection: 'speakers',
      id: speakers.carol,
      depth: 0,
      overrideAccess: false,
      user: editor as never,
    })
    expect(after.name).toBe(before.name)
    expect((after as { changedBy?: string }).changedBy).toBe(`editor: ${editor.email}`)
  })

  it('a page the organisers have not published stays a draft: the public still does not see it', async () => {
    const fields = { ...(await formOf(FRANK, speakers.frank)), affiliationEn: 'Draft Lab' }
    const response = await save(cookies.frank, fields)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { message: string }).message).toMatch(/once the organisers publish/)
    expect(await read(speakers.frank, 'en', true)).toMatchObject({ affiliation: 'Draft Lab', _status: 'draft' })
    const publicRead = await payload.find({ collection: 'speakers', where: { id: { equals: speakers.frank } }, overrideAccess: false })
    expect(publicRead.docs).toEqual([])
  })

  it('a published page with a newer draft by the organisers: 409, and their draft is not published', async () => {
    const id = await speaker('Pending Sample', edition.id)
    const email = 'pending.profile@example.org'
    await make.proposal(edition, { submitter: { name: 'Pending Sample', email }, speaker: id, status: 'accepted' })
    await payload.update({
      collection: 'speakers',
      id,
      data: { affiliation: 'Unreviewed draft text' } as never,
      draft: true,
      overrideAccess: true,
    })
    const response = await save(await session(email), { ...(await formOf(email, id)), name: 'Pending Sample 2' })
    expect(response.status).toBe(409)
    expect(await read(id)).toMatchObject({ name: 'Pending Sample', affiliation: 'Sample Lab' })
  })

  it('a speaker of archived editions only: 403, nothing changed', async () => {
    const response = await save(cookies.grace, { ...(await formOf(GRACE, speakers.grace)), name: 'Grace Changed' })
    expect(response.status).toBe(403)
    expect((await read(speakers.grace)).name).toBe('Grace Sample')
  })

  it('expires the cache tags of every edition the speaker appears in (the public page shows it within seconds)', async () => {
    type Store = {
      page: string
      route: string
      incrementalCache: object
      cacheLifeProfiles: object
      pendingRevalidatedTags?: Array<{ tag: string }>
    }
    const store: Store = {
      page: '/[locale]/speaker/profile/save/route',
      route: '/speaker/profile/save',
      incrementalCache: {},
      cacheLifeProfiles: {},
    }
    const fields = { ...(await formOf(ALICE, speakers.alice)), bioEn: 'Bio changed inside a request.' }
    const response = await workAsyncStorage.run(store as never, () => save(cookies.alice, fields))
    expect(response.status).toBe(200)
    expect((store.pendingRevalidatedTags ?? []).map((entry) => entry.tag)).toContain(cacheTags.edition(2043))
  })
})

describe('validation', () => {
  const valid: ProfileValues = { name: 'N', affiliationEn: '', affiliationFr: '', bioEn: '', bioFr: '', links: [], altEn: '', altFr: '' }

  it.each([
    ['an empty name', { name: '' }, 'name', 'required'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name', 'tooLong'],
    ['an affiliation over 160 characters (French)', { affiliationFr: 'x'.repeat(161) }, 'affiliationFr', 'tooLong'],
    ['a bio over 3,000 characters', { bioEn: 'x'.repeat(3001) }, 'bioEn', 'tooLong'],
    ['a plain http link', { links: [{ label: 'Site', url: 'http://example.org/' }] }, 'links', 'linkUrl'],
    ['a javascript: link', { links: [{ label: 'Site', url: 'javascript:alert(1)' }] }, 'links', 'linkUrl'],
    ['a link without a label', { links: [{ label: '', url: 'https://example.org/' }] }, 'links', 'linkLabel'],
    ['eleven links', { links: Array.from({ length: 11 }, () => ({ label: 'L', url: 'https://example.org/' })) }, 'links', 'tooMany'],
  ])('%s is refused on its field', (_, change, field, code) => {
    expect(validateProfile({ ...valid, ...change }, null)).toEqual({ [field]: expect.objectContaining({ code }) })
  })

  it('a refused form answers 422 with every field named, and changes nothing', async () => {
    const before = await read(speakers.bob)
    const response = await save(cookies.bob, {
      ...(await formOf(BOB, speakers.bob)),
      name: '',
      linkLabel: ['x'],
      linkUrl: ['http://x.example.org'],
    })
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: Array<{ field: string; message: string }> }
    expect(errors.map((error) => error.field).sort()).toEqual(['links', 'name'])
    expect(await read(speakers.bob)).toMatchObject({ name: before.name, updatedAt: before.updatedAt })
  })

  it('without JavaScript: back to the page (303) with the errors and what was typed kept, in French too', async () => {
    const typed = 'Ce que j’ai tapé'
    const response = await save(
      cookies.bob,
      { ...(await formOf(BOB, speakers.bob)), affiliationFr: typed, linkLabel: ['x'], linkUrl: ['ftp://x'] },
      { accept: 'text/html' },
      'fr',
    )
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toMatch(/^\/fr\/speaker\/profile\?form=/)
    const key = new URL(location, 'http://localhost').searchParams.get('form')
    const kept = await readKeptProfileForm(payload, key, keptFormOwner(speakers.bob, BOB))
    expect(kept?.values.affiliationFr).toBe(typed)
    expect(kept?.errors.links).toEqual({ code: 'linkUrl', row: 1 })
    // Bound to its owner: another speaker holding the id sees nothing.
    expect(await readKeptProfileForm(payload, key, keptFormOwner(speakers.bob, ALICE))).toBeNull()
  })
})

describe("the photo: the media library's checks on the real bytes", () => {
  it("a real PNG with alt text in both languages becomes the speaker's photo", async () => {
    const data = await image('png')
    const response = await save(cookies.carol, {
      ...(await formOf(CAROL, speakers.carol)),
      photo: { data, name: `${PREFIX}-carol.png`, type: 'image/png' },
      altEn: 'Carol smiling',
      altFr: 'Carol souriante',
    })
    expect(response.status).toBe(200)
    const photo = (await read(speakers.carol)).photo as Id
    const en = await payload.findByID({ collection: 'media', id: photo, locale: 'en', overrideAccess: true })
    const fr = await payload.findByID({ collection: 'media', id: photo, locale: 'fr', overrideAccess: true })
    expect([en.alt, fr.alt, en.mimeType]).toEqual(['Carol smiling', 'Carol souriante', 'image/png'])
  })

  it.each([
    ['text named .png', async () => Buffer.from('not an image at all, just text'), 'fake.png', 'image/png', 'photoRefused'],
    [
      'an SVG',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
      'image/svg+xml',
      'photoRefused',
    ],
    ['a JPEG named .png', () => image('jpeg'), 'photo.png', 'image/png', 'photoRefused'],
  ])('%s is refused, with nothing stored', async (_, bytes, name, type, code) => {
    const mediaBefore = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const response = await save(cookies.carol, {
      ...(await formOf(CAROL, speakers.carol)),
      photo: { data: await bytes(), name: `${PREFIX}-${name}`, type },
      altEn: 'Alt',
      altFr: 'Alt',
    })
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: Array<{ field: string }> }
    expect(errors.map((error) => error.field)).toEqual(['photo'])
    expect(
      validateProfile({ ...valid(), altEn: 'a', altFr: 'a' }, { name, data: await bytes(), mimetype: type, size: 10 }).photo?.code,
    ).toBe(code)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(mediaBefore)
  })

  it('a photo without alt text in either language is refused on both fields', async () => {
    const response = await save(cookies.carol, {
      ...(await formOf(CAROL, speakers.carol)),
      photo: { data: await image(), name: `${PREFIX}-noalt.png`, type: 'image/png' },
    })
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: Array<{ field: string }> }
    expect(errors.map((error) => error.field).sort()).toEqual(['altEn', 'altFr'])
  })

  it('a photo over the 10 MB limit is refused (413 before the body is read; photoTooLarge when it is)', async () => {
    const big = { name: 'big.png', data: Buffer.alloc(8), mimetype: 'image/png', size: MAX_UPLOAD_BYTES + 1 }
    expect(validateProfile({ ...valid(), altEn: 'a', altFr: 'a' }, big).photo?.code).toBe('photoTooLarge')
    const response = await save(cookies.carol, await formOf(CAROL, speakers.carol), { 'content-length': String(MAX_UPLOAD_BYTES * 2) })
    expect(response.status).toBe(413)
    // A chunked body (no Content-Length) is stopped while it streams in.
    const chunk = new Uint8Array(1024 * 1024)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 12) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const chunked = new Request('http://localhost:3000/speaker/profile/save', {
      method: 'POST',
      body: stream,
      headers: {
        accept: 'application/json',
        host: 'localhost:3000',
        cookie: cookies.carol,
        'content-type': 'multipart/form-data; boundary=x',
      },
      duplex: 'half',
    } as RequestInit)
    expect((await handleProfileSave(chunked, { payload, locale: 'en' })).status).toBe(413)
  })

  function valid(): ProfileValues {
    return { name: 'N', affiliationEn: '', affiliationFr: '', bioEn: '', bioFr: '', links: [], altEn: '', altFr: '' }
  }
})

describe('refusals', () => {
  it("another speaker's document: 404, the same as none, and nothing changed", async () => {
    const before = await read(speakers.alice)
    const response = await save(cookies.bob, { ...(await formOf(ALICE, speakers.alice)), name: 'Taken over by Bob' })
    expect(response.status).toBe(404)
    expect((await save(cookies.bob, { ...(await formOf(ALICE, speakers.alice)), speaker: '999999' })).status).toBe(404)
    expect(await read(speakers.alice)).toMatchObject({ name: before.name, updatedAt: before.updatedAt })
  })

  it("an invited co-speaker who has not accepted cannot edit the submitter's speaker", async () => {
    expect((await save(cookies.dan, { ...(await formOf(ALICE, speakers.alice)), name: 'Dan was here' })).status).toBe(404)
  })

  it('without a session: 401; from another site: 403', async () => {
    const fields = { ...(await formOf(ALICE, speakers.alice)), name: 'Nobody' }
    expect((await save(null, fields)).status).toBe(401)
    expect((await save('speaker_session=forged', fields)).status).toBe(401)
    expect((await save(cookies.alice, fields, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await read(speakers.alice)).name).not.toBe('Nobody')
  })

  it(`saves are limited per speaker: after ${PROFILE_RATE_LIMIT.limit} posts in the window, 429 with Retry-After`, async () => {
    const id = await speaker('Busy Sample', edition.id)
    const email = 'busy.profile@example.org'
    await make.proposal(edition, { submitter: { name: 'Busy Sample', email }, speaker: id, status: 'accepted' })
    const cookie = await session(email)
    const invalid = { ...(await formOf(email, id)), name: '' }
    for (let i = 0; i < PROFILE_RATE_LIMIT.limit; i++) expect((await save(cookie, invalid)).status).toBe(422)
    const refused = await save(cookie, { ...invalid, name: 'Busy Sample' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another speaker is not affected.
    expect((await save(cookies.bob, { ...(await formOf(BOB, speakers.bob)), name: '' })).status).toBe(422)
  })
})
