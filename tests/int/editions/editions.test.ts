import type { Payload } from 'payload'

import { editionState, findCurrentEditionYear, listEditions, loadEditionFrame, loadEditionPage } from '../../../src/editions/read'
import { seed } from '../../../src/seed/seed'
import { withTestPayload } from '../helpers/testPayload'

/** The data-access layer of the public pages (src/editions/read.ts), as the public reads. */
const context = { disableRevalidate: true }

let payload: Payload
withTestPayload((started) => (payload = started), seed)

async function editionId(year: number) {
  const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: year } }, depth: 0 })
  return docs[0]!.id
}

describe('current edition', () => {
  it('is the one chosen in site settings', async () => {
    expect(await findCurrentEditionYear(payload)).toBe(2026)
  })

  it('falls back to the edition marked current when site settings name none, then to the newest', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: null }, context })
    try {
      expect(await findCurrentEditionYear(payload)).toBe(2026)
      await payload.update({ collection: 'editions', id: await editionId(2026), data: { status: 'upcoming' }, context })
      // No edition is marked current: the newest public one.
      expect(await findCurrentEditionYear(payload)).toBe(2026)
      await payload.update({ collection: 'editions', id: await editionId(2025), data: { status: 'current' }, context })
      expect(await findCurrentEditionYear(payload)).toBe(2025)
    } finally {
      await payload.update({ collection: 'editions', id: await editionId(2025), data: { status: 'archived' }, context })
      await payload.update({ collection: 'editions', id: await editionId(2026), data: { status: 'current' }, context })
      await payload.updateGlobal({ slug: 'site-settings', data: { currentEdition: await editionId(2026) }, context })
    }
    expect(await findCurrentEditionYear(payload)).toBe(2026)
  })
})

describe('archive state', () => {
  it('lists public editions newest first with their state', async () => {
    const editions = await listEditions(payload, 'en')
    expect(editions.map((edition) => [edition.year, edition.state])).toEqual([
      [2026, 'current'],
      [2025, 'past'],
    ])
  })

  it('maps each lifecycle status to what the public sees', () => {
    expect(editionState({ status: 'archived' })).toBe('past')
    expect(editionState({ status: 'current' })).toBe('current')
    expect(editionState({ status: 'upcoming' })).toBe('upcoming')
  })

  it('loads an archived edition page as past, and a missing year as nothing', async () => {
    const page = await loadEditionPage(payload, 2025, 'en')
    expect(page?.state).toBe('past')
    expect(page?.edition.title).toBe('Commons AI 2025')
    expect(await loadEditionPage(payload, 1999, 'en')).toBeNull()
  })
})

describe('edition page content', () => {
  it('brings the themes in order, the coordinator first, and the related perspectives', async () => {
    const page = (await loadEditionPage(payload, 2026, 'en'))!
    expect(page.themes).toHaveLength(6)
    expect(page.themes[0]!.title).toBe('Collateral effects of AI on the economic models of openness')
    expect(page.committee.map((member) => [member.name, member.role])).toEqual([['Célya Gruson-Daniel', 'coordinator']])
    expect(page.perspectives.map((perspective) => perspective.slug).sort()).toEqual([
      'ai-impact-summit-leaders-declaration-and-the-digital-commons',
      'from-dependency-to-autonomy-the-case-for-open-source-ai',
    ])
  })
})

describe("the frame of the pages inside an edition (the programme's pages)", () => {
  it.each(['en', 'fr'] as const)('has the edition, state and themes of the edition page in %s, without its speakers', async (locale) => {
    const page = (await loadEditionPage(payload, 2026, locale))!
    const frame = (await loadEditionFrame(payload, 2026, locale))!
    expect(frame).toEqual({ edition: page.edition, state: page.state, themes: page.themes })
    expect(frame.themes).toHaveLength(6)
    expect(Object.keys(frame).sort()).toEqual(['edition', 'state', 'themes'])
    expect(await loadEditionFrame(payload, 1999, locale)).toBeNull()
  })
})

describe('locales', () => {
  it('reads the French texts where they exist', async () => {
    const page = (await loadEditionPage(payload, 2026, 'fr'))!
    expect(page.edition.tagline).toBe('Une édition co-construite sur l’IA comme commun')
    expect(page.themes[2]!.title).toBe('La confiance dans l’IA')
  })

  it('falls back to English where a French text is missing', async () => {
    const id = await editionId(2026)
    const english = await payload.findByID({ collection: 'editions', id, locale: 'en', depth: 0 })
    await payload.update({ collection: 'editions', id, locale: 'fr', data: { themesIntro: null }, context })
    try {
      const page = (await loadEditionPage(payload, 2026, 'fr'))!
      expect(page.edition.themesIntro).toBe(english.themesIntro)
      expect(page.edition.themesIntro).toBe('Examples to spark reflection and proposals — not a closed list.')
    } finally {
      await payload.update({
        collection: 'editions',
        id,
        locale: 'fr',
        data: { themesIntro: 'Des exemples pour susciter la réflexion et les propositions — pas une liste fermée.' },
        context,
      })
    }
  })
})

describe('drafts', () => {
  it('hides a draft edition, draft themes and unsaved draft changes from the public, and shows them in preview', async () => {
    const draftEdition = await payload.create({
      collection: 'editions',
      data: { year: 2027, ordinal: 3, status: 'upcoming', title: 'Commons AI 2027 (sample draft)', _status: 'draft' },
      draft: true,
      context,
    })
    const id = await editionId(2026)
    await payload.create({
      collection: 'themes',
      data: { title: 'Sample draft theme', edition: id, _status: 'draft' },
      draft: true,
      context,
    })
    await payload.update({
      collection: 'editions',
      id,
      data: { tagline: 'Unpublished draft tagline' },
      draft: true,
      context,
    })

    expect(await loadEditionPage(payload, 2027, 'en')).toBeNull()
    expect((await listEditions(payload, 'en')).map((edition) => edition.year)).toEqual([2026, 2025])
    const published = (await loadEditionPage(payload, 2026, 'en'))!
    expect(published.edition.tagline).toBe('A co-built edition on AI as a commons')
    expect(published.themes.map((theme) => theme.title)).not.toContain('Sample draft theme')

    const preview = (await loadEditionPage(payload, 2026, 'en', { preview: true }))!
    expect(preview.edition.tagline).toBe('Unpublished draft tagline')
    expect(preview.themes.map((theme) => theme.title)).toContain('Sample draft theme')
    expect((await loadEditionPage(payload, 2027, 'en', { preview: true }))?.edition.id).toBe(draftEdition.id)
  })
})
