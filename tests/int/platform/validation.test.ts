/**
 * Bad input is refused with a ValidationError (HTTP 400) that names the field and says what is wrong,
 * and nothing is written: the document count (and the version count of versioned collections) and the
 * media folder are the same before and after. Good input next to each bad one shows the rule is not
 * simply refusing everything.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ValidationError, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import { factories, type Doc, type Factories, type Id } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
let edition2026: Doc
let edition2025: Doc

const MEDIA_DIR = path.resolve(process.cwd(), 'media')
const MEDIA_PREFIX = `validation-test-${process.pid}-${Date.now()}`
let sequence = 0
const next = () => ++sequence

const VERSIONED = new Set<string>(['editions', 'themes', 'speakers', 'perspectives'])

const ABSTRACT_100 = 'x'.repeat(100)

async function png(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#0f5c46' } })
    .png()
    .toBuffer()
}

const mediaFiles = () => (fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR).filter((name) => name.startsWith(MEDIA_PREFIX)) : [])

async function records(collection: CollectionSlug): Promise<{ docs: number; versions: number }> {
  const docs = (await payload.count({ collection, overrideAccess: true })).totalDocs
  const versions = VERSIONED.has(collection)
    ? (await payload.countVersions({ collection: collection as 'editions', overrideAccess: true })).totalDocs
    : 0
  return { docs, versions }
}

/**
 * Runs a write that must be refused: a ValidationError with status 400 whose errors name `path` with a
 * message matching `message`, and no document, version or media file left behind.
 */
async function expectRefused(
  collection: CollectionSlug,
  write: () => Promise<unknown>,
  path: string,
  message: RegExp,
): Promise<ValidationError> {
  const before = await records(collection)
  const filesBefore = mediaFiles()
  let error: unknown
  try {
    await write()
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(ValidationError)
  const validation = error as ValidationError
  expect(validation.status).toBe(400)
  expect(validation.message).toMatch(/invalid/i)
  expect(validation.data.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ path, message: expect.stringMatching(message) })]),
  )
  expect(await records(collection)).toEqual(before)
  expect(mediaFiles()).toEqual(filesBefore)
  return validation
}

/** Writes made here are what is under test: ids come back unpopulated (depth 0). */
const create = (collection: CollectionSlug, data: Record<string, unknown>, options: { draft?: boolean } = {}) =>
  make.create(collection, data, { depth: 0, ...options })

const edition = (extra: Record<string, unknown> = {}) => ({
  year: 2040 + next(),
  title: 'An edition',
  status: 'upcoming',
  _status: 'published',
  ...extra,
})

const proposal = (extra: Record<string, unknown> = {}) => ({
  edition: edition2026.id,
  submitter: { name: 'Ada Submitter', email: 'ada@example.org' },
  title: 'Governing data commons',
  abstract: ABSTRACT_100,
  format: 'framing-talk',
  bio: 'Researcher in commons governance.',
  consent: true,
  ...extra,
})

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  edition2026 = await create('editions', edition({ year: 2026, status: 'current' }))
  edition2025 = await create('editions', edition({ year: 2025, status: 'archived' }))
})

afterAll(async () => {
  if (payload) {
    await payload.delete({ collection: 'media', where: { filename: { like: MEDIA_PREFIX } }, overrideAccess: true })
    for (const name of mediaFiles()) fs.rmSync(path.join(MEDIA_DIR, name), { force: true })
  }
  await ctx?.close()
})

describe('editions', () => {
  it('a duplicate year is refused', async () => {
    await create('editions', edition({ year: 2030 }))
    await expectRefused('editions', () => create('editions', edition({ year: 2030 })), 'year', /unique/i)
  })

  it('changing an edition to a year already taken is refused and leaves it unchanged', async () => {
    const other = await create('editions', edition({ year: 2031 }))
    await expectRefused('editions', () => payload.update({ collection: 'editions', id: other.id, data: { year: 2026 } }), 'year', /unique/i)
    expect((await payload.findByID({ collection: 'editions', id: other.id })).year).toBe(2031)
  })

  it('an end date before the start date is refused', async () => {
    await expectRefused(
      'editions',
      () => create('editions', edition({ startDate: '2026-12-03T00:00:00.000Z', endDate: '2026-12-01T00:00:00.000Z' })),
      'endDate',
      /^The end date cannot be before the start date\.$/,
    )
  })

  it('a start date without an end date is refused; same-day start and end is fine', async () => {
    await expectRefused(
      'editions',
      () => create('editions', edition({ startDate: '2026-12-01T00:00:00.000Z' })),
      'endDate',
      /end date is required/,
    )
    const oneDay = await create('editions', edition({ startDate: '2026-12-01T00:00:00.000Z', endDate: '2026-12-01T00:00:00.000Z' }))
    const stored = await payload.findByID({ collection: 'editions', id: oneDay.id, depth: 0 })
    expect([stored.startDate, stored.endDate]).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'])
  })

  it.each(['hello', 'hello@', '@example.org', 'a b@example.org', 'hello@example', 'hello@@example.org'])(
    'cfp.contactEmail %j is refused',
    async (email) => {
      await expectRefused(
        'editions',
        () => create('editions', edition({ cfp: { contactEmail: email } })),
        'cfp.contactEmail',
        /^Enter a valid email address/,
      )
    },
  )

  it('a valid cfp.contactEmail is accepted', async () => {
    const doc = await create('editions', edition({ cfp: { contactEmail: 'hello@inno3.fr' } }))
    expect((doc.cfp as { contactEmail: string }).contactEmail).toBe('hello@inno3.fr')
  })

  it('a draft may be saved unfinished, but not with wrong data: a bad URL is refused on Save draft too (issue 18)', async () => {
    const unfinished = await create('editions', edition({ _status: 'draft', status: 'draft' }), { draft: true })
    expect(unfinished._status).toBe('draft')
    const before = await records('editions')
    let error: unknown
    try {
      await create('editions', edition({ _status: 'draft', newsletterUrl: 'javascript:alert(1)' }), { draft: true })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([expect.objectContaining({ path: 'newsletterUrl' })])
    expect(await records('editions')).toEqual(before)
  })
})

describe('URL fields accept http(s) only', () => {
  const BAD_URLS = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'example.org',
    '//evil.example.org',
  ]
  const URL_MESSAGE = /^Enter a full web address starting with https:\/\/ or http:\/\/\.$/

  const targets: Array<[string, CollectionSlug | 'site-settings', string, (url: string) => Record<string, unknown>]> = [
    ['edition newsletterUrl', 'editions', 'newsletterUrl', (url) => edition({ newsletterUrl: url })],
    ['edition registration.url', 'editions', 'registration.url', (url) => edition({ registration: { url } })],
    ['edition hostEvent.url', 'editions', 'hostEvent.url', (url) => edition({ hostEvent: { url } })],
    [
      'speaker links',
      'speakers',
      'links.0.url',
      (url) => ({ name: `Speaker ${next()}`, _status: 'published', links: [{ label: 'Site', url }] }),
    ],
    [
      'perspective source.url',
      'perspectives',
      'source.url',
      (url) => ({ title: `Reading ${next()}`, _status: 'published', source: { url } }),
    ],
    ['proposal links', 'proposals', 'links.0.url', (url) => proposal({ links: [{ label: 'Repo', url }] })],
  ]

  describe.each(targets)('%s', (_label, collection, fieldPath, data) => {
    it.each(BAD_URLS)('refuses %j', async (url) => {
      await expectRefused(collection as CollectionSlug, () => create(collection as CollectionSlug, data(url)), fieldPath, URL_MESSAGE)
    })

    it('accepts https://', async () => {
      const doc = await create(collection as CollectionSlug, data('https://example.org/path?q=1'))
      const stored = await payload.findByID({ collection: collection as CollectionSlug, id: doc.id, depth: 0 })
      const value = (fieldPath as string)
        .split('.')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], stored)
      expect(value).toBe('https://example.org/path?q=1')
    })
  })

  it.each(BAD_URLS)('site-settings social link %j is refused and the settings are unchanged', async (url) => {
    const before = await payload.findGlobal({ slug: 'site-settings' })
    let error: unknown
    try {
      await payload.updateGlobal({ slug: 'site-settings', data: { socialLinks: [{ label: 'Mastodon', url }] } })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      expect.objectContaining({ path: 'socialLinks.0.url', message: expect.stringMatching(URL_MESSAGE) }),
    ])
    expect((await payload.findGlobal({ slug: 'site-settings' })).socialLinks).toEqual(before.socialLinks)
  })
})

describe('proposals', () => {
  it('a complete proposal is accepted (control)', async () => {
    const doc = await create('proposals', proposal())
    expect(doc.reference).toMatch(/^CAI-2026-[2-9A-HJ-NP-Z]{6}$/)
  })

  it.each(['not-an-email', 'ada@', 'ada@example', 'ada example@example.org', 'ada@exa mple.org', 'ada@example.org, eve@example.org'])(
    'submitter.email %j is refused',
    async (email) => {
      await expectRefused(
        'proposals',
        () => create('proposals', proposal({ submitter: { name: 'Ada', email } })),
        'submitter.email',
        /^Enter a valid email address, e\.g\. name@example\.org\.$/,
      )
    },
  )

  it('a missing submitter.email is refused', async () => {
    await expectRefused(
      'proposals',
      () => create('proposals', proposal({ submitter: { name: 'Ada' } })),
      'submitter.email',
      /^An email address is required\.$/,
    )
  })

  it('the submitter email is stored trimmed and lower-cased', async () => {
    const doc = await create('proposals', proposal({ submitter: { name: 'Ada', email: '  Ada.Lovelace@Example.ORG ' } }))
    expect((doc.submitter as { email: string }).email).toBe('ada.lovelace@example.org')
  })

  it.each([
    ['99 characters', 99, /100/],
    ['empty', 0, /required/i],
    ['3001 characters', 3001, /3000/],
  ])('an abstract of %s is refused', async (_label, length, message) => {
    await expectRefused('proposals', () => create('proposals', proposal({ abstract: 'a'.repeat(length) })), 'abstract', message)
  })

  it.each([100, 3000])('an abstract of exactly %i characters is accepted', async (length) => {
    const doc = await create('proposals', proposal({ abstract: 'a'.repeat(length) }))
    expect((doc.abstract as string).length).toBe(length)
  })

  it.each([
    ['false', false],
    ['missing', undefined],
  ])('consent %s is refused', async (_label, consent) => {
    await expectRefused(
      'proposals',
      () => create('proposals', proposal({ consent })),
      'consent',
      /^Consent to be contacted and to have the proposal stored is required\.$/,
    )
  })

  it('a format outside the list is refused', async () => {
    await expectRefused('proposals', () => create('proposals', proposal({ format: 'keynote' })), 'format', /invalid/i)
  })

  it("a theme of another edition is refused (themes come from the proposal's edition)", async () => {
    const foreign = await create('themes', { title: `Old theme ${next()}`, edition: edition2025.id, _status: 'published' })
    await expectRefused('proposals', () => create('proposals', proposal({ themes: [foreign.id] })), 'themes', /invalid/i)
    const own = await create('themes', { title: `Current theme ${next()}`, edition: edition2026.id, _status: 'published' })
    const accepted = await create('proposals', proposal({ themes: [own.id] }))
    expect((accepted.themes as Id[]).map(String)).toEqual([String(own.id)])
  })
})

describe('slugs', () => {
  it('a slug left empty is made from the title', async () => {
    const theme = await create('themes', { title: 'Building Data Commons!', edition: edition2026.id, _status: 'published' })
    expect(theme.slug).toBe('building-data-commons')
  })

  it('accents are folded and & becomes "and"', async () => {
    const theme = await create('themes', { title: '  Données & IA : quels communs ?', edition: edition2026.id, _status: 'published' })
    expect(theme.slug).toBe('donnees-and-ia-quels-communs')
    const speaker = await create('speakers', { name: 'Célya Gruson-Daniel', _status: 'published' })
    expect(speaker.slug).toBe('celya-gruson-daniel')
  })

  it('a slug typed by an editor is normalised', async () => {
    const theme = await create('themes', { title: 'Trust', slug: '  Trust In AI  ', edition: edition2026.id, _status: 'published' })
    expect(theme.slug).toBe('trust-in-ai')
  })

  it('a title with nothing to make a slug from is refused with a clear message', async () => {
    await expectRefused(
      'themes',
      () => create('themes', { title: '¿¡!?', edition: edition2026.id, _status: 'published' }),
      'slug',
      /^A slug is required/,
    )
  })

  it('a duplicate theme slug within the same edition is refused', async () => {
    await create('themes', { title: 'Material dimension', edition: edition2026.id, _status: 'published' })
    await expectRefused(
      'themes',
      () => create('themes', { title: 'Material Dimension', edition: edition2026.id, _status: 'published' }),
      'slug',
      /^The slug "material-dimension" is already used in this edition\.$/,
    )
  })

  it('the same theme slug in another edition is allowed', async () => {
    await create('themes', { title: 'Contributory dynamics', edition: edition2026.id, _status: 'published' })
    const other = await create('themes', { title: 'Contributory dynamics', edition: edition2025.id, _status: 'published' })
    expect(other.slug).toBe('contributory-dynamics')
  })

  it('renaming a theme onto a slug used in its edition is refused; saving it unchanged is fine', async () => {
    await create('themes', { title: 'Policies', edition: edition2026.id, _status: 'published' })
    const theme = await create('themes', { title: 'Governance', edition: edition2026.id, _status: 'published' })
    await expectRefused(
      'themes',
      () => payload.update({ collection: 'themes', id: theme.id, data: { slug: 'policies' } }),
      'slug',
      /already used in this edition/,
    )
    const resaved = await payload.update({ collection: 'themes', id: theme.id, data: { summary: 'Unchanged slug' } })
    expect(resaved.slug).toBe('governance')
  })

  it('speaker slugs are unique across the collection', async () => {
    await create('speakers', { name: 'Jimmy Wales', _status: 'published' })
    await expectRefused(
      'speakers',
      () => create('speakers', { name: 'Jimmy  Wales', _status: 'published' }),
      'slug',
      /^The slug "jimmy-wales" is already used\.$/,
    )
  })
})

describe('sessions', () => {
  const session = (start: string, end: string) => ({
    title: `Session ${next()}`,
    edition: edition2026.id,
    kind: 'talk',
    start,
    end,
  })

  it.each([
    ['ending before it starts', '2026-12-01T10:00:00.000Z', '2026-12-01T09:00:00.000Z'],
    ['ending when it starts', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z'],
    ['ending the day before', '2026-12-02T09:00:00.000Z', '2026-12-01T18:00:00.000Z'],
  ])('a session %s is refused', async (_label, start, end) => {
    await expectRefused('sessions', () => create('sessions', session(start, end)), 'end', /^The session must end after it starts\.$/)
  })

  it('a session that ends after it starts is accepted', async () => {
    const doc = await create('sessions', session('2026-12-01T09:00:00.000Z', '2026-12-01T10:30:00.000Z'))
    expect(doc.slug).toMatch(/^session-\d+$/)
  })

  it('moving the start after the end of an existing session is refused', async () => {
    const doc = await create('sessions', session('2026-12-01T09:00:00.000Z', '2026-12-01T10:00:00.000Z'))
    await expectRefused(
      'sessions',
      () => payload.update({ collection: 'sessions', id: doc.id, data: { start: '2026-12-01T11:00:00.000Z' } }),
      'end',
      /must end after it starts/,
    )
    expect(new Date((await payload.findByID({ collection: 'sessions', id: doc.id })).start).toISOString()).toBe('2026-12-01T09:00:00.000Z')
  })
})

describe('media uploads', () => {
  const upload = (data: Buffer, name: string, mimetype: string, fields: Record<string, unknown> = { alt: 'A green square' }) =>
    payload.create({
      collection: 'media',
      data: fields as never,
      file: { data, mimetype, name: `${MEDIA_PREFIX}-${name}`, size: data.length },
    })

  it('a PNG with alt text is stored with its sizes (control)', async () => {
    const doc = await upload(await png(), 'ok.png', 'image/png')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.alt).toBe('A green square')
    expect(doc.filename).toMatch(new RegExp(`^${MEDIA_PREFIX}-ok`))
    expect(fs.existsSync(path.join(MEDIA_DIR, doc.filename!))).toBe(true)
  })

  it.each([
    ['missing', {}],
    ['empty', { alt: '' }],
    ['blank', { alt: '   ' }],
    ['null', { alt: null }],
  ])('alt text %s is refused, and no file is written', async (_label, fields) => {
    await expectRefused(
      'media',
      async () => upload(await png(), `no-alt-${next()}.png`, 'image/png', fields),
      'alt',
      /^Alternative text is required: describe the image for people who cannot see it\.$/,
    )
  })

  const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#0f5c46"/></svg>')
  const SVG_WITH_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')

  const gif = () =>
    sharp({ create: { width: 4, height: 4, channels: 3, background: '#0f5c46' } })
      .gif()
      .toBuffer()
  const text = () => Buffer.from('just some text, not an image at all\n'.repeat(4))
  const html = () => Buffer.from('<!doctype html><script>alert(1)</script>')

  it.each([
    ['an SVG', () => SVG, 'logo.svg', 'image/svg+xml', /is an SVG file: SVG is not accepted because it can contain scripts/],
    [
      'an SVG with a script',
      () => SVG_WITH_SCRIPT,
      'evil.svg',
      'image/svg+xml',
      /is an SVG file: SVG is not accepted because it can contain scripts/,
    ],
    ['an SVG renamed .png and declared image/png', () => SVG, 'logo.png', 'image/png', /logo\.png" is an SVG file: SVG is not accepted/],
    ['an HTML page', html, 'page.html', 'text/html', /page\.html" is not a JPEG, PNG, WebP or AVIF image \(its content is text\)/],
    [
      'a text file named .png',
      text,
      'notes.png',
      'image/png',
      /notes\.png" is not a JPEG, PNG, WebP or AVIF image \(its content is text\)/,
    ],
    [
      'a GIF (not in the allowed list)',
      gif,
      'anim.gif',
      'image/gif',
      /anim\.gif" is not a JPEG, PNG, WebP or AVIF image \(its content is a GIF image\)/,
    ],
    [
      'a GIF declared as image/png',
      gif,
      'anim.png',
      'image/png',
      /anim\.png" is not a JPEG, PNG, WebP or AVIF image \(its content is a GIF image\)/,
    ],
  ] as const)('%s is refused, and no file is written', async (_label, bytes, name, mimetype, message) => {
    const data = await bytes()
    await expectRefused('media', () => upload(data, `${next()}-${name}`, mimetype), 'file', message)
  })
})
