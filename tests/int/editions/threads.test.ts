/**
 * Theme threads: a theme names the earlier theme(s) it continues; the thread is read both ways, as the
 * public sees it (draft editions and draft themes stay hidden), with each theme's sessions and perspectives.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { NOTHING } from '../../../src/editions/rollover/choices'
import { prepareNextEdition } from '../../../src/editions/rollover/prepareNextEdition'
import { loadThemeThread } from '../../../src/editions/threads/themeThread'
import { ThemeThreadSection } from '../../../src/editions/threads/ThemeThreadSection'
import { seed } from '../../../src/seed/seed'
import { factories, type Factories, type Id } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Documents as read back here, loosely typed: the tests look into their fields (`continues`, `slug`). */
type Doc = Record<string, any> & { id: Id }

let ctx: TestPayload
let payload: Payload
let make: Factories
const context = { disableRevalidate: true }

const editionByYear = (year: number) => make.editionOf(year)

async function themesOf(editionId: Id): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection: 'themes',
    where: { edition: { equals: editionId } },
    sort: 'order',
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

let y2025: Doc
let y2026: Doc
let theme2025: Doc
let theme2026: Doc

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await seed(payload)
  make = factories(payload)
  y2025 = await editionByYear(2025)
  y2026 = await editionByYear(2026)
  // The seed's 2025 edition has no themes: a generated sample one stands for it.
  theme2025 = await make.create('themes', { title: 'Sample theme 2025 (generated)', edition: y2025.id, _status: 'published' })
  theme2026 = (await themesOf(y2026.id))[0]!
})

afterAll(async () => {
  await ctx?.close()
})

describe('theme threads', () => {
  it('links prepared themes to their originals, hidden from the public while the new edition is a draft', async () => {
    const req = await make.reqAs(await make.user('editor', { email: 'editor@example.org' }))
    await prepareNextEdition(req, y2026.id, { ...NOTHING, themes: true })
    const y2027 = await editionByYear(2027)
    const prepared = await themesOf(y2027.id)
    const originals = await themesOf(y2026.id)
    expect(prepared.map((theme) => theme.continues)).toEqual(originals.map((theme) => [theme.id]))
    // The 2027 edition and its themes are drafts: the 2026 theme page shows no later year yet.
    expect(await loadThemeThread(payload, theme2026.id, 'en')).toEqual({ earlier: [], later: [] })
  })

  it('shows earlier and later years with their sessions and perspectives, in both directions and over several steps', async () => {
    const y2027 = await editionByYear(2027)
    await payload.update({
      collection: 'editions',
      id: y2027.id,
      data: { status: 'upcoming', _status: 'published' },
      overrideAccess: true,
      context,
    })
    const theme2027 = (await themesOf(y2027.id)).find((theme) => theme.continues?.[0] === theme2026.id)!
    await payload.update({ collection: 'themes', id: theme2027.id, data: { _status: 'published' }, overrideAccess: true, context })
    // 2026's theme continues one of 2025: the thread is 2025 → 2026 → 2027.
    await payload.update({
      collection: 'themes',
      id: theme2026.id,
      data: { continues: [theme2025.id] as never },
      overrideAccess: true,
      context,
    })
    const session = await make.create('sessions', {
      title: 'Sample session on the thread (generated)',
      edition: y2026.id,
      kind: 'talk',
      themes: [theme2026.id],
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T10:00:00.000Z',
      _status: 'published',
    })
    const perspective = await make.create('perspectives', {
      title: 'Sample perspective on the thread (generated)',
      kind: 'reading',
      themes: [theme2026.id],
      _status: 'published',
    })
    await make.create('sessions', {
      title: 'Sample draft session (generated)',
      edition: y2026.id,
      kind: 'talk',
      themes: [theme2026.id],
      start: '2026-12-01T11:00:00.000Z',
      end: '2026-12-01T12:00:00.000Z',
      _status: 'draft',
    })

    const from2027 = await loadThemeThread(payload, theme2027.id, 'en')
    expect(from2027.later).toEqual([])
    expect(from2027.earlier.map((theme) => [theme.year, theme.slug])).toEqual([
      [2025, theme2025.slug],
      [2026, theme2026.slug],
    ])
    const on2026 = from2027.earlier[1]!
    expect(on2026.sessions).toEqual([{ title: session.title, slug: session.slug }])
    // The seed's perspectives may read on the same theme: ours is among them.
    expect(on2026.perspectives).toContainEqual({ title: perspective.title, slug: perspective.slug })

    const from2025 = await loadThemeThread(payload, theme2025.id, 'en')
    expect(from2025.earlier).toEqual([])
    expect(from2025.later.map((theme) => theme.year)).toEqual([2026, 2027])

    const from2026 = await loadThemeThread(payload, theme2026.id, 'fr')
    expect(from2026.earlier.map((theme) => theme.id)).toEqual([theme2025.id])
    expect(from2026.later.map((theme) => theme.id)).toEqual([theme2027.id])

    // The theme page's section: both directions, each theme linked with its sessions and perspectives.
    const html = renderToStaticMarkup(
      createElement(ThemeThreadSection, { thread: await loadThemeThread(payload, theme2026.id, 'en'), locale: 'en' }),
    )
    expect(html).toContain('<h2 id="theme-thread">This theme across the years</h2>')
    expect(html).toMatch(/<h3>Earlier<\/h3>[\s\S]*<h3>Later<\/h3>/)
    expect(html).toContain(`href="/editions/2025/themes/${theme2025.slug}"`)
    expect(html).toContain(`href="/editions/2027/themes/${theme2027.slug}"`)
    expect(html).not.toContain(`href="/editions/2026/themes/${theme2026.slug}"`)
    const fromFr = renderToStaticMarkup(createElement(ThemeThreadSection, { thread: from2027, locale: 'fr' }))
    expect(fromFr).toContain('Ce thème au fil des éditions')
    expect(fromFr).toContain(`href="/fr/editions/2026/programme/${session.slug}"`)
    expect(fromFr).toContain(`href="/fr/perspectives/${perspective.slug}"`)
    expect(fromFr).not.toContain('Sample draft session')
  })

  it('survives a loop an editor could make (A continues B continues A)', async () => {
    await payload.update({
      collection: 'themes',
      id: theme2025.id,
      data: { continues: [theme2026.id] as never },
      overrideAccess: true,
      context,
    })
    const thread = await loadThemeThread(payload, theme2026.id, 'en')
    const ids = [...thread.earlier, ...thread.later].map((theme) => String(theme.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain(String(theme2026.id))
    await payload.update({ collection: 'themes', id: theme2025.id, data: { continues: [] }, overrideAccess: true, context })
  })
})
