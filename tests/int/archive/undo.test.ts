/**
 * The archive's undo path (src/archive/archiveEdition.ts, runConsistently): where the database runs
 * the action without a transaction (SQLite), a failure after some steps undoes the steps done. A hook
 * that throws on the last step (the edition becoming archived), after the next edition became current
 * and Site settings changed, must leave every document exactly as it was. On MongoDB the same test
 * checks the transaction's rollback.
 */
import type { CollectionBeforeChangeHook, CollectionSlug, Payload } from 'payload'

import { archiveEdition } from '../../../src/archive/archiveEdition'
import { factories, type Factories } from '../helpers/factories'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let make: Factories
const CONTENT: CollectionSlug[] = ['editions', 'themes', 'speakers', 'committee-members', 'sessions', 'proposals']

/** Every document (drafts, every locale), its version history, and Site settings. */
async function snapshot() {
  const collections: Record<string, unknown> = {}
  for (const collection of CONTENT) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: true,
      locale: 'all',
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
    const versions = await payload
      .findVersions({ collection, depth: 0, locale: 'all', pagination: false, sort: 'id', overrideAccess: true })
      .catch(() => null)
    collections[collection] = { docs, versions: versions?.docs ?? null }
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale: 'all', overrideAccess: true })
  // An empty localized text reads as undefined before the global has a row for that locale and as
  // null once it has one (the failed step's write made them): both are "no text". Only that is evened out.
  return JSON.parse(JSON.stringify({ collections, settings }, (_key, value: unknown) => (value === undefined ? null : value)))
}

let failOnArchive = false
const failHalfWay: CollectionBeforeChangeHook = ({ data }) => {
  if (failOnArchive && data?.status === 'archived') throw new Error('Injected failure while archiving (sample)')
  return data
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  make = factories(payload)
  const current = await make.edition(2040, { status: 'current', cfp: { contactEmail: 'cfp@example.org' } })
  await make.edition(2041)
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { currentEdition: current.id as never },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const theme = await make.create('themes', { title: 'Sample theme', edition: current.id, _status: 'published' })
  await make.create('speakers', { name: 'Sample Speaker', editions: [current.id], _status: 'published' })
  await make.create('committee-members', { name: 'Sample Member', edition: current.id, role: 'member' })
  await make.proposal(current, { format: 'inspiring-initiative', durationWish: '30', themes: [theme.id] })
  payload.collections.editions.config.hooks.beforeChange.push(failHalfWay)
})
afterAll(async () => ctx?.close())

it('a failure on the last step leaves the edition, the next edition, Site settings and the content exactly as before', async () => {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { year: { in: [2040, 2041] } },
    sort: 'year',
    depth: 0,
    overrideAccess: true,
  })
  const [current, next] = docs
  const req = await make.reqAs(await make.user('editor', { email: 'editor@example.org' }))
  const before = await snapshot()
  expect((before.collections.proposals as { docs: unknown[] }).docs).toHaveLength(1)

  failOnArchive = true
  await expect(archiveEdition(req, current!.id, { nextCurrentEdition: next!.id })).rejects.toThrow(
    'Injected failure while archiving (sample)',
  )
  failOnArchive = false

  expect(await snapshot()).toEqual(before)
})
