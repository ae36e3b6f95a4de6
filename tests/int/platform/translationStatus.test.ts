import type { Field, Payload } from 'payload'

import { describeMissingFrench, missingFrench } from '../../../src/platform/fields/translationStatus'
import { hasText } from '../../../src/platform/richText/plainText'
import { seed } from '../../../src/seed/seed'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const context = { disableRevalidate: true }
/** Virtual fields are left out of the generated types. */
const status = (doc: object) => (doc as { frenchTranslation?: string }).frenchTranslation

describe('finding the French texts that are missing (pure)', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text', localized: true },
    { name: 'slug', type: 'text' },
    { name: 'cfp', type: 'group', fields: [{ name: 'heading', type: 'text', localized: true }] },
    {
      name: 'format',
      type: 'blocks',
      blocks: [{ slug: 'talk', fields: [{ name: 'summary', type: 'textarea', localized: true }] }],
    },
    { type: 'tabs', tabs: [{ label: 'Body', fields: [{ name: 'intro', type: 'richText', localized: true }] }] },
  ]
  const richText = (text: string) => ({ root: { children: [{ children: text ? [{ text, type: 'text' }] : [], type: 'paragraph' }] } })

  it('names each localized field with English text and no French text, with its place', () => {
    const doc = {
      title: { en: 'Commons AI', fr: '' },
      slug: 'x',
      cfp: { heading: { en: 'Call', fr: 'Appel' } },
      format: [
        { blockType: 'talk', summary: { en: 'A talk', fr: 'Une intervention' } },
        { blockType: 'talk', summary: { en: 'Another', fr: null } },
      ],
      intro: { en: richText('Hello'), fr: richText('') },
    }
    expect(missingFrench(fields, doc)).toEqual(['title', 'format 2 › summary', 'intro'])
    expect(describeMissingFrench(missingFrench(fields, doc))).toBe('Missing: title, format 2 › summary, intro')
  })

  it('does not ask for French where there is no English either, and says when all is translated', () => {
    const doc = { title: { en: 'A', fr: 'A' }, cfp: { heading: { en: '', fr: '' } }, intro: {} }
    expect(missingFrench(fields, doc)).toEqual([])
    expect(describeMissingFrench([])).toBe('Complete')
  })

  it('reads text in strings and in rich text only', () => {
    expect(hasText('  ')).toBe(false)
    expect(hasText(richText(''))).toBe(false)
    expect(hasText(richText('x'))).toBe(true)
    expect(hasText(undefined)).toBe(false)
  })
})

describe('the French translation field, as the admin reads it', () => {
  let ctx: TestPayload
  let payload: Payload
  let editor: Awaited<ReturnType<Payload['create']>>
  let editionId: number

  beforeAll(async () => {
    ctx = await startTestPayload()
    payload = ctx.payload
    await seed(payload)
    editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'a-long-test-password', role: 'editor', name: 'Sample editor' },
      context,
    })
    const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0 })
    editionId = docs[0]!.id as number
  })
  afterAll(async () => {
    await ctx?.close()
  })

  it('lists the missing French texts to editors, then says complete once they are written', async () => {
    const theme = await payload.create({
      collection: 'themes',
      data: {
        title: 'Sample theme',
        summary: 'A sample summary.',
        edition: editionId,
        order: 99,
        slug: 'sample-theme',
        _status: 'published',
      },
      context,
    })
    const read = () => payload.findByID({ collection: 'themes', id: theme.id, user: editor, overrideAccess: false, locale: 'fr' })
    expect(status(await read())).toBe('Missing: Title, Summary')
    await payload.update({
      collection: 'themes',
      id: theme.id,
      locale: 'fr',
      data: { title: 'Thème exemple', summary: 'Un résumé exemple.' },
      context,
    })
    expect(status(await read())).toBe('Complete')
  })

  it('is never shown to the public, who read the English text in its place', async () => {
    const untranslated = await payload.create({
      collection: 'themes',
      data: {
        title: 'Sample untranslated theme',
        summary: 'An English-only sample summary.',
        edition: editionId,
        order: 98,
        slug: 'sample-untranslated-theme',
        _status: 'published',
      },
      context,
    })
    const forEditor = await payload.findByID({
      collection: 'themes',
      id: untranslated.id,
      user: editor,
      overrideAccess: false,
      locale: 'fr',
    })
    expect(status(forEditor)).toBe('Missing: Title, Summary')
    const french = await payload.findByID({ collection: 'themes', id: untranslated.id, locale: 'fr', overrideAccess: false, depth: 0 })
    expect(french.title).toBe('Sample untranslated theme')
    expect(french.summary).toBe('An English-only sample summary.')
    expect(french).not.toHaveProperty('frenchTranslation')
    const english = await payload.find({ collection: 'themes', overrideAccess: false, limit: 20, depth: 0 })
    expect(english.docs.length).toBeGreaterThan(1)
    for (const doc of english.docs) expect(doc).not.toHaveProperty('frenchTranslation')
  })

  it('reports the seeded 2026 edition as translated', async () => {
    const edition = await payload.findByID({ collection: 'editions', id: editionId, user: editor, overrideAccess: false })
    expect(status(edition)).toBe('Complete')
  })
})
