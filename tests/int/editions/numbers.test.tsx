/**
 * "The call in numbers": groups under 5 proposals are merged into "other" (so no one is singled out),
 * counts come from the database, and the section is server-rendered SVG plus a table, without script.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload } from 'payload'

import { loadCallNumbers } from '../../../src/editions/numbers/callNumbers'
import { CallInNumbers } from '../../../src/editions/numbers/CallInNumbers'
import { mergeSmallGroups, MIN_GROUP } from '../../../src/editions/numbers/smallGroups'
import { seed } from '../../../src/seed/seed'
import { factories } from '../helpers/factories'
import { withTestPayload } from '../helpers/testPayload'

const g = (key: string, count: number) => ({ key, label: key.toUpperCase(), count })

describe('the small-group rule', () => {
  it('keeps groups of 5 or more and merges smaller ones into "other"', () => {
    expect(MIN_GROUP).toBe(5)
    expect(mergeSmallGroups([g('a', 12), g('b', 5), g('c', 3), g('d', 2)], 'Other')).toEqual([
      g('a', 12),
      g('b', 5),
      { key: 'other', label: 'Other', count: 5 },
    ])
  })

  it('grows "other" with the next smallest group while it is still under 5', () => {
    expect(mergeSmallGroups([g('a', 12), g('b', 6), g('c', 1)], 'Other')).toEqual([g('a', 12), { key: 'other', label: 'Other', count: 7 }])
    expect(mergeSmallGroups([g('a', 3), g('b', 1)], 'Other')).toEqual([{ key: 'other', label: 'Other', count: 4 }])
  })

  it('leaves out empty groups and never shows a group under 5 unless it holds everything', () => {
    const merged = mergeSmallGroups([g('a', 0), g('b', 9), g('c', 4), g('d', 8)], 'Other')
    expect(merged.find((group) => group.key === 'a')).toBeUndefined()
    expect(merged.every((group) => group.count >= MIN_GROUP)).toBe(true)
    expect(merged.reduce((sum, group) => sum + group.count, 0)).toBe(21)
  })
})

describe('the numbers of an archived call', () => {
  let payload: Payload
  withTestPayload((started) => (payload = started), seed)

  it('counts per theme and per format, accepted share and reviews per proposal; nothing under 5 proposals', async () => {
    const edition = (await payload.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0, overrideAccess: true }))
      .docs[0]!
    const themes = (
      await payload.find({
        collection: 'themes',
        where: { edition: { equals: edition.id } },
        sort: 'order',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
    const reviewer = await payload.create({
      collection: 'users',
      data: { email: 'sample.reviewer@example.org', password: 'sample password 123', role: 'reviewer' } as never,
      overrideAccess: true,
    })
    const add = async (i: number, theme: number, format: string, status: string) => {
      // Straight to the database: sample data of a past call, no hooks (references, emails) needed.
      const proposal = await payload.db.create({
        collection: 'proposals',
        data: {
          reference: `CAI-2026-SAMPLE${i}`,
          edition: edition.id,
          status,
          // Countries: 6 FR, 5 DE, 2 BE, 1 not given.
          submitter: {
            name: `Sample Submitter ${i}`,
            email: `sample.${i}@example.org`,
            ...(i < 13 ? { country: i < 6 ? 'FR' : i < 11 ? 'DE' : 'BE' } : {}),
          },
          title: `Sample proposal ${i} (generated)`,
          abstract: 'Generated sample abstract.',
          format,
          themes: [themes[theme]!.id],
          bio: 'Sample data.',
          consent: true,
        },
        req: {} as never,
      })
      await payload.db.create({
        collection: 'reviews',
        data: { proposal: proposal.id, reviewer: reviewer.id, edition: edition.id, score: 3 },
        req: {} as never,
      })
      return proposal
    }
    expect(await loadCallNumbers(payload, edition.id, themes, 'en')).toBeNull()
    // 7 on theme 0, 5 on theme 1, 2 on theme 2; 10 framing talks, 4 inspiring initiatives; 4 accepted.
    let i = 0
    for (let n = 0; n < 7; n++) await add(i++, 0, 'framing-talk', n < 3 ? 'accepted' : 'rejected')
    for (let n = 0; n < 5; n++) await add(i++, 1, n < 3 ? 'framing-talk' : 'inspiring-initiative', n === 0 ? 'accepted' : 'waitlisted')
    for (let n = 0; n < 2; n++) await add(i++, 2, 'inspiring-initiative', 'rejected')

    const numbers = (await loadCallNumbers(payload, edition.id, themes, 'en'))!
    expect(numbers).toMatchObject({ total: 14, accepted: 4, reviews: 14, reviewsPerProposal: 1 })
    expect(numbers.acceptedShare).toBeCloseTo(4 / 14)
    expect(numbers.byTheme).toEqual([
      { key: String(themes[0]!.id), label: themes[0]!.title, count: 7 },
      // theme 2's two proposals are too few: "other" takes the next smallest group (theme 1's five) with them.
      { key: 'other', label: 'Other', count: 7 },
    ])
    // 10 framing talks and 4 inspiring initiatives: showing 10 beside an "other" of 4 would single out those 4,
    // so "other" takes the framing talks too.
    expect(numbers.byFormat).toEqual([{ key: 'other', label: 'Other', count: 14 }])

    // Countries only when the edition's editors turned them on (off by default: the seeded 2026 has them off).
    expect(edition.cfp?.showCountries).toBe(false)
    expect(numbers.byCountry).toBeNull()
    const byCountry = (await loadCallNumbers(payload, edition.id, themes, 'fr', { byCountry: true }))!.byCountry
    // Belgium's 2 and the 1 not given are too few: "other" takes Germany's 5 with them.
    expect(byCountry).toEqual([
      { key: 'FR', label: 'France', count: 6 },
      { key: 'other', label: 'Autres', count: 8 },
    ])
  })

  it('counts proposals on no theme of the list (only "another theme") as a group, so "other" is never under 5', async () => {
    const make = factories(payload)
    const edition = await make.edition(2033)
    const [a, b] = [
      await make.create('themes', { title: 'Sample theme A (generated)', edition: edition.id, _status: 'published' }),
      await make.create('themes', { title: 'Sample theme B (generated)', edition: edition.id, _status: 'published' }),
    ]
    const themes = [a, b].map((theme) => ({ id: theme.id, title: String(theme.title) }))
    // 3 proposals on A, 1 on B, 10 on a theme of their own only.
    for (let n = 0; n < 3; n++) await make.proposal(edition, { themes: [a.id] })
    await make.proposal(edition, { themes: [b.id] })
    for (let n = 0; n < 10; n++) await make.proposal(edition, { otherTheme: 'Sample theme of their own (generated)' })
    const few = (await loadCallNumbers(payload, edition.id, themes, 'en'))!
    expect(few.total).toBe(14)
    expect(few.byTheme.every((group) => group.count >= MIN_GROUP)).toBe(true)
    expect(few.byTheme).toEqual([{ key: 'other', label: 'Other', count: 14 }])

    // 6 more on A: "another theme" stands on its own; A (9) goes into "other" with B's one.
    for (let n = 0; n < 6; n++) await make.proposal(edition, { themes: [a.id] })
    expect((await loadCallNumbers(payload, edition.id, themes, 'fr'))!.byTheme).toEqual([
      { key: 'no-listed-theme', label: 'Un autre thème, hors de la liste', count: 10 },
      { key: 'other', label: 'Autres', count: 10 },
    ])
  })
})

describe('the section', () => {
  const numbers = {
    total: 14,
    accepted: 4,
    acceptedShare: 4 / 14,
    reviews: 21,
    reviewsPerProposal: 1.5,
    byTheme: [g('a', 9), { key: 'other', label: 'Other', count: 5 }],
    byFormat: [g('framing-talk', 14)],
    byCountry: null,
  }
  it.each(['en', 'fr'] as const)('is an SVG hidden from screen readers plus a table with the same numbers, no script (%s)', (locale) => {
    const html = renderToStaticMarkup(<CallInNumbers numbers={numbers} locale={locale} />)
    expect(html).toContain(locale === 'en' ? 'The call in numbers' : 'L’appel en chiffres')
    expect(html).toMatch(/<svg aria-hidden="true"/)
    expect(html).toContain('<th scope="row">A</th><td>9</td>')
    expect(html).toContain('<th scope="row">Other</th><td>5</td>')
    expect(html).toContain(locale === 'en' ? '29 % accepted (4 proposals)' : '29 % acceptées (4 propositions)')
    expect(html).not.toMatch(/<script|on[a-z]+=/i)
    expect(html).not.toContain(locale === 'en' ? 'per country' : 'par pays')
  })

  it('adds proposals per country when the edition shows them', () => {
    const html = renderToStaticMarkup(
      <CallInNumbers numbers={{ ...numbers, byCountry: [g('fr', 9), { key: 'other', label: 'Other', count: 5 }] }} locale="en" />,
    )
    expect(html).toContain('<h3>Proposals per country</h3>')
    expect(html).toContain('data-chart="by-country"')
    expect(html).toContain('<th scope="row">FR</th><td>9</td>')
  })
})
