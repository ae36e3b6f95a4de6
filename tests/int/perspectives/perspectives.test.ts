import type { Payload } from 'payload'

import { findPerspective, listPerspectives, listPerspectivesByTheme, listPerspectiveThemes } from '../../../src/perspectives/read'
import { seed } from '../../../src/seed/seed'
import { withTestPayload } from '../helpers/testPayload'

const READING = 'ai-impact-summit-leaders-declaration-and-the-digital-commons'
const PANEL = 'from-dependency-to-autonomy-the-case-for-open-source-ai'
const PANEL_TITLE = 'From Dependency to Autonomy: The Case for Open Source AI'
const context = { disableRevalidate: true }

let payload: Payload
withTestPayload((started) => (payload = started), seed)

async function themeId(slug: string, year = 2026) {
  const { docs } = await payload.find({
    collection: 'themes',
    where: { and: [{ slug: { equals: slug } }, { 'edition.year': { equals: year } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]!.id
}

describe('perspectives, as the public reads them', () => {
  it('lists the two seeded perspectives, newest first (undated last), with their authors, people and themes', async () => {
    const list = await listPerspectives(payload, 'en')
    expect(list.map((perspective) => perspective.slug)).toEqual([READING, PANEL])
    const [reading, panel] = list
    expect(reading!.kind).toBe('reading')
    expect(reading!.publishedDate?.slice(0, 10)).toBe('2026-03-06')
    expect(reading!.authors).toEqual(['Ramya Chandrasekhar', 'Renata Ávila'])
    expect(panel!.publishedDate).toBeNull()
    expect(panel!.people.map((person) => person.name)).toEqual([
      'Amanda Brock',
      'Jimmy Wales',
      'Mishi Choudhary',
      'Anastasia Stenko',
      'Laura Gilbert',
    ])
    expect(panel!.people[0]).toEqual({ name: 'Amanda Brock', affiliation: 'CEO, Open UK', role: 'Moderator' })
    // Themes carry their edition's year, for the links to the theme pages.
    expect(reading!.themes.map((theme) => theme.slug).sort()).toEqual(
      ['data-commons', 'economic-models-of-openness', 'policies-and-governance'].sort(),
    )
    expect(reading!.themes.every((theme) => theme.year === 2026 && theme.title.length > 0)).toBe(true)
  })

  it('puts a newer perspective first', async () => {
    await payload.create({
      collection: 'perspectives',
      data: {
        title: 'A newer reading',
        slug: 'a-newer-reading',
        kind: 'reading',
        publishedDate: '2026-05-01',
        themes: [await themeId('trust-in-ai')],
        _status: 'published',
      },
      overrideAccess: true,
      context,
    })
    const slugs = (await listPerspectives(payload, 'en')).map((perspective) => perspective.slug)
    expect(slugs).toEqual(['a-newer-reading', READING, PANEL])
  })

  it('hides drafts: a draft is not listed, not filtered, not found; a published one shows its published version', async () => {
    await payload.create({
      collection: 'perspectives',
      data: {
        title: 'An unpublished draft',
        slug: 'an-unpublished-draft',
        kind: 'talk-summary',
        publishedDate: '2026-06-01',
        themes: [await themeId('policies-and-governance')],
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
      context,
    })
    const { docs } = await payload.find({ collection: 'perspectives', where: { slug: { equals: PANEL } }, overrideAccess: true })
    await payload.update({
      collection: 'perspectives',
      id: docs[0]!.id,
      data: { title: 'A draft change of the title', _status: 'draft' },
      draft: true,
      overrideAccess: true,
      context,
    })

    const slugs = (await listPerspectives(payload, 'en')).map((perspective) => perspective.slug)
    expect(slugs).not.toContain('an-unpublished-draft')
    expect(await findPerspective(payload, 'en', 'an-unpublished-draft')).toBeNull()
    const byTheme = await listPerspectivesByTheme(payload, 'en', 'policies-and-governance')
    expect(byTheme!.perspectives.map((perspective) => perspective.slug)).not.toContain('an-unpublished-draft')

    const panel = await findPerspective(payload, 'en', PANEL)
    expect(panel?.title).toBe(PANEL_TITLE)
    expect((await listPerspectives(payload, 'en')).find((perspective) => perspective.slug === PANEL)?.title).toBe(PANEL_TITLE)

    // An editor's preview (draft mode, login checked by the caller) reads the drafts.
    expect((await findPerspective(payload, 'en', 'an-unpublished-draft', { preview: true }))?.title).toBe('An unpublished draft')
    expect((await findPerspective(payload, 'en', PANEL, { preview: true }))?.title).toBe('A draft change of the title')
  })

  it('filters by theme: only the perspectives of that theme, newest first', async () => {
    const economic = await listPerspectivesByTheme(payload, 'en', 'economic-models-of-openness')
    expect(economic!.theme).toMatchObject({ slug: 'economic-models-of-openness', count: 1 })
    expect(economic!.theme.title).toBe('Collateral effects of AI on the economic models of openness')
    expect(economic!.perspectives.map((perspective) => perspective.slug)).toEqual([READING])

    const material = await listPerspectivesByTheme(payload, 'en', 'material-dimension')
    expect(material!.perspectives.map((perspective) => perspective.slug)).toEqual([PANEL])

    const policies = await listPerspectivesByTheme(payload, 'en', 'policies-and-governance')
    expect(policies!.perspectives.map((perspective) => perspective.slug)).toEqual([READING, PANEL])

    // A theme with no perspective: an empty list; a slug no public theme has: null (a 404).
    const contributory = await listPerspectivesByTheme(payload, 'en', 'contributory-dynamics')
    expect(contributory?.perspectives).toEqual([])
    expect(await listPerspectivesByTheme(payload, 'en', 'no-such-theme')).toBeNull()
  })

  it('offers as filters only the themes that have published perspectives, with their counts', async () => {
    const filters = await listPerspectiveThemes(payload, 'en')
    const counts = Object.fromEntries(filters.map((filter) => [filter.slug, filter.count]))
    expect(counts).toEqual({
      'economic-models-of-openness': 1,
      'data-commons': 2,
      'trust-in-ai': 1,
      'material-dimension': 1,
      'policies-and-governance': 2,
    })
    // In the edition's order of themes.
    expect(filters.map((filter) => filter.slug)).toEqual([
      'economic-models-of-openness',
      'data-commons',
      'trust-in-ai',
      'material-dimension',
      'policies-and-governance',
    ])
  })

  it('finds one perspective with its source, body and people named', async () => {
    const panel = await findPerspective(payload, 'en', PANEL)
    expect(panel).not.toBeNull()
    expect(panel!.source).toEqual({ name: 'AI Impact Summit 2026 (panel discussion)', url: null })
    expect(panel!.body?.root.children.length).toBeGreaterThan(0)
    expect(panel!.people).toHaveLength(5)
    expect(await findPerspective(payload, 'en', 'no-such-perspective')).toBeNull()
  })

  it('answers a French request with the English text where no French exists, and says so', async () => {
    const [french, english] = await Promise.all([listPerspectives(payload, 'fr'), listPerspectives(payload, 'en')])
    const reading = french.find((perspective) => perspective.slug === READING)!
    expect(reading.title).toBe(english.find((perspective) => perspective.slug === READING)!.title)
    expect(reading.summary).toMatch(/^In February, India hosted/)
    expect(reading.lang).toMatchObject({ title: 'en', summary: 'en' })

    const panel = await findPerspective(payload, 'fr', PANEL)
    expect(panel!.title).toBe(PANEL_TITLE)
    expect(panel!.lang).toEqual({ title: 'en', summary: 'en', body: 'en' })
    expect(panel!.people[0]!.role).toBe('Moderator')
  })

  it('shows the French text once an editor writes it, and English stays English', async () => {
    const { docs } = await payload.find({ collection: 'perspectives', where: { slug: { equals: READING } }, overrideAccess: true })
    await payload.update({
      collection: 'perspectives',
      id: docs[0]!.id,
      locale: 'fr',
      data: { title: 'Perspective : la déclaration du sommet et les communs numériques', _status: 'published' },
      overrideAccess: true,
      context,
    })
    const french = await findPerspective(payload, 'fr', READING)
    expect(french!.title).toBe('Perspective : la déclaration du sommet et les communs numériques')
    expect(french!.lang).toEqual({ title: 'fr', summary: 'en', body: 'en' })
    const english = await findPerspective(payload, 'en', READING)
    expect(english!.title).toMatch(/^Perspective: the AI Impact Summit/)
  })
})
