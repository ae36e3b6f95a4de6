import path from 'node:path'
import fs from 'node:fs'
import os from 'node:os'

import type { Payload } from 'payload'

import { loadSeedData, SeedDataError } from '../../../src/seed/data'
import { richTextToPlain } from '../../../src/platform/richText/plainText'
import { seed } from '../../../src/seed/seed'
import { withTestPayload } from '../helpers/testPayload'

let payload: Payload
withTestPayload((started) => (payload = started))

const everything = async () => {
  const counts: Record<string, number> = {}
  for (const collection of ['editions', 'themes', 'committee-members', 'perspectives', 'speakers', 'sessions'] as const) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

describe('seed', () => {
  it('creates the 2026 edition with every fact of the source document', async () => {
    const report = await seed(payload)
    expect(report.created).toContain('edition 2026')

    const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0 })
    const edition = docs[0]!
    expect(edition).toMatchObject({
      year: 2026,
      ordinal: 2,
      status: 'current',
      title: 'Commons AI 2026',
      tagline: 'A co-built edition on AI as a commons',
      venue: 'CNIT La Défense',
      city: 'Paris',
      hostEvent: { name: 'Future of Software Technologies', shortName: 'FOST' },
      registration: { state: 'to-be-announced' },
      _status: 'published',
    })
    expect(edition.cfp?.contactEmail).toBe('hello@inno3.fr')
    // End of 15 September 2026 in Paris (CEST, UTC+2).
    expect(new Date(edition.cfp!.deadline!).toISOString()).toBe('2026-09-15T21:59:59.000Z')
    expect(edition.startDate!.slice(0, 10)).toBe('2026-12-01')
    expect(edition.endDate!.slice(0, 10)).toBe('2026-12-03')
    expect(richTextToPlain(edition.intro)).toContain('AI approached as a commons')
    expect(richTextToPlain(edition.intro)).toContain('free software, open weights, open data, open hardware and open science')
    expect(edition.format?.map((part) => [part.blockType, part.title])).toEqual([
      ['framing-talk', 'Framing talks'],
      ['audience-reflection', 'Reflection with the audience'],
      ['inspiring-initiative', 'Inspiring initiatives'],
    ])

    const themes = await payload.find({
      collection: 'themes',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      depth: 0,
    })
    expect(themes.docs.map((theme) => theme.title)).toEqual([
      'Collateral effects of AI on the economic models of openness',
      'Building data commons',
      'Trust in AI',
      'The material dimension of AI and the commons',
      'Public & industrial AI policies and multi-scale governance',
      'AI and contributory dynamics',
    ])
    expect(themes.docs.every((theme) => (theme.summary ?? '').length > 200)).toBe(true)

    const committee = await payload.find({ collection: 'committee-members', where: { edition: { equals: edition.id } } })
    expect(committee.docs.map((member) => [member.name, member.role])).toEqual([['Célya Gruson-Daniel', 'coordinator']])

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.currentEdition).toBe(edition.id)
  })

  it('archives the 2025 first edition with only what the seeds say', async () => {
    const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: 2025 } }, depth: 0 })
    const edition = docs[0]!
    expect(edition).toMatchObject({ year: 2025, ordinal: 1, status: 'archived' })
    expect(richTextToPlain(edition.intro)).toContain('around fifteen speakers')
    // No invented people: the seeds name no 2025 speaker or committee member.
    expect((await payload.count({ collection: 'speakers' })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'committee-members', where: { edition: { equals: edition.id } } })).totalDocs).toBe(0)
  })

  it('adds the two readings as perspectives linked to their themes, with the people the documents name', async () => {
    const { docs } = await payload.find({ collection: 'perspectives', sort: 'slug', depth: 1 })
    expect(docs).toHaveLength(2)
    const [reading, panel] = [docs.find((doc) => doc.kind === 'reading')!, docs.find((doc) => doc.kind === 'talk-summary')!]
    expect(reading.authors?.map((author) => author.name)).toEqual(['Ramya Chandrasekhar', 'Renata Ávila'])
    expect(reading.publishedDate?.slice(0, 10)).toBe('2026-03-06')
    expect(richTextToPlain(reading.body)).toContain('The importance of open source')
    expect(panel.title).toBe('From Dependency to Autonomy: The Case for Open Source AI')
    expect(panel.people?.map((person) => person.name)).toEqual([
      'Amanda Brock',
      'Jimmy Wales',
      'Mishi Choudhary',
      'Anastasia Stenko',
      'Laura Gilbert',
    ])
    for (const perspective of docs) {
      const slugs = (perspective.themes ?? []).map((theme) => (typeof theme === 'object' ? theme.slug : theme))
      expect(slugs).toContain('policies-and-governance')
    }
  })

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = await everything()
    const edited = await payload.find({ collection: 'editions', where: { year: { equals: 2026 } }, depth: 0 })
    await payload.update({
      collection: 'editions',
      id: edited.docs[0]!.id,
      data: { tagline: 'Changed by an editor' },
      context: { disableRevalidate: true },
    })
    const report = await seed(payload)
    expect(report.created).toEqual([])
    expect(await everything()).toEqual(before)
    const after = await payload.findByID({ collection: 'editions', id: edited.docs[0]!.id, depth: 0 })
    expect(after.tagline).toBe('Changed by an editor')
  })
})

describe('seed files', () => {
  const copyData = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-data-'))
    for (const name of fs.readdirSync(path.join(process.cwd(), 'src/seed/data'))) {
      fs.copyFileSync(path.join(process.cwd(), 'src/seed/data', name), path.join(dir, name))
    }
    return dir
  }

  it('loads the project files', () => {
    const data = loadSeedData()
    expect(data.editions.map((edition) => edition.year)).toEqual([2025, 2026])
    expect(data.perspectives).toHaveLength(2)
  })

  it('names the file and field of a broken seed file', () => {
    const dir = copyData()
    const file = path.join(dir, 'edition-2026.json')
    const broken = JSON.parse(fs.readFileSync(file, 'utf8'))
    delete broken.themes[2].title
    fs.writeFileSync(file, JSON.stringify(broken))
    expect(() => loadSeedData(dir)).toThrow(SeedDataError)
    expect(() => loadSeedData(dir)).toThrow('Seed file edition-2026.json: themes[2].title must be a non-empty text')
  })

  it('refuses a file that is not JSON', () => {
    const dir = copyData()
    fs.writeFileSync(path.join(dir, 'perspectives.json'), '{ not json')
    expect(() => loadSeedData(dir)).toThrow(/Seed file perspectives\.json: is not valid JSON/)
  })
})

// Same database as above (one Payload per test file): the seed has run.
describe('seed in French', () => {
  it('writes the French texts of the 2026 edition and its themes, keeping the shared facts', async () => {
    const p = payload
    const { docs } = await p.find({ collection: 'editions', where: { year: { equals: 2026 } }, locale: 'fr', depth: 0 })
    const edition = docs[0]!
    expect(edition.tagline).toBe('Une édition co-construite sur l’IA comme commun')
    expect(edition.format?.map((part) => part.title)).toEqual([
      'Interventions de cadrage',
      'Réflexion avec le public',
      'Initiatives inspirantes',
    ])
    expect(edition.cfp?.intro).toContain('avant le 15 septembre 2026')
    expect(edition.cfp?.contactEmail).toBe('hello@inno3.fr')
    expect(edition.hostEvent).toMatchObject({ name: 'Future of Software Technologies', shortName: 'FOST' })
    expect(edition.hostEvent?.note).toContain('Future of Software Technologies (FOST)')
    const english = await p.findByID({ collection: 'editions', id: edition.id, locale: 'en', depth: 0 })
    expect(english.introHeading).toBe('A broad view of openness and AI')
    expect(english.format?.map((part) => part.title)).toEqual(['Framing talks', 'Reflection with the audience', 'Inspiring initiatives'])

    const themes = await p.find({ collection: 'themes', where: { edition: { equals: edition.id } }, sort: 'order', locale: 'fr' })
    expect(themes.docs.map((theme) => theme.title)[2]).toBe('La confiance dans l’IA')
    expect(themes.docs.every((theme) => theme.slug && theme._status === 'published')).toBe(true)
  })

  it('falls back to English where no French text exists (perspectives)', async () => {
    const { docs } = await payload.find({ collection: 'perspectives', locale: 'fr', where: { kind: { equals: 'talk-summary' } } })
    expect(docs[0]?.title).toBe('From Dependency to Autonomy: The Case for Open Source AI')
  })
})
