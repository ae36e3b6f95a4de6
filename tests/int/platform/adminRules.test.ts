/**
 * The server side of issue 18 (an admin an editor can use untrained), on the Local API: drafts refuse
 * plainly wrong data on their fields, the CfP deadline day means its end in Paris, new themes go last,
 * and the Programme list's conflict filter finds the clashing sessions. Sample data only.
 */
import type { ClientField, Payload } from 'payload'
import { ValidationError } from 'payload'

import { keepFieldErrors } from '../../../src/platform/http/keepFieldErrors'
import { conflictingSessionIds } from '../../../src/programme/admin/ConflictFilter'
import { parisDay, toEndOfParisDay } from '../../../src/platform/fields/parisDates'
import { hasLocalizedField } from '../../../src/platform/ui/admin/adminExperience'
import { fieldPlaces, placeOf } from '../../../src/platform/ui/admin/fieldLabels'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const context = { disableRevalidate: true }

async function refusal(promise: Promise<unknown>): Promise<Array<{ path: string; message: string }>> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('expected the save to be refused')
}

describe('admin rules on the Local API', () => {
  let test: TestPayload
  let payload: Payload
  let edition: number | string

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    const created = await payload.create({
      collection: 'editions',
      data: { year: 2098, title: 'Sample edition 2098 (test data)', startDate: '2098-12-01', endDate: '2098-12-03' } as never,
      context,
    })
    edition = created.id
  })
  afterAll(async () => {
    await test?.close()
  })

  it('refuses an end date before the start date on a draft save, on the endDate field', async () => {
    const errors = await refusal(
      payload.update({ collection: 'editions', id: edition, data: { endDate: '2098-11-30' }, draft: true, context }),
    )
    expect(errors).toEqual([{ path: 'endDate', message: 'The end date cannot be before the start date.' }])
  })

  it('refuses an empty theme title on a draft save and blames the title only, not the slug', async () => {
    const errors = await refusal(
      payload.create({ collection: 'themes', data: { title: '', edition, _status: 'draft' } as never, draft: true, context }),
    )
    expect(errors.map((error) => error.path)).toEqual(['title'])
  })

  it('stores a CfP deadline day as the end of that day in Paris, summer and winter time', async () => {
    const summer = await payload.update({
      collection: 'editions',
      id: edition,
      data: { cfp: { deadline: '2098-09-20T10:00:00.000Z' } },
      context,
    })
    expect(summer.cfp?.deadline).toBe('2098-09-20T21:59:59.000Z')
    const winter = await payload.update({
      collection: 'editions',
      id: edition,
      data: { cfp: { deadline: '2098-11-20T23:30:00.000Z' } },
      context,
    })
    // 23:30 UTC on the 20th is already the 21st in Paris.
    expect(winter.cfp?.deadline).toBe('2098-11-21T22:59:59.000Z')
    expect(toEndOfParisDay({ value: null } as never)).toBeNull()
    expect(parisDay(new Date('2098-12-01T23:30:00.000Z'))).toBe('2098-12-02')
  })

  it('reads every edition date with the Paris time zone, documents saved before the zone was kept included', async () => {
    const doc = (await payload.findByID({ collection: 'editions', id: edition, context })) as unknown as Record<string, unknown>
    expect(doc.startDate_tz).toBe('Europe/Paris')
    expect(doc.endDate_tz).toBe('Europe/Paris')
  })

  it('puts a new theme after the last one of its edition unless an order is given', async () => {
    const first = await payload.create({ collection: 'themes', data: { title: 'Sample theme A (test data)', edition } as never, context })
    const second = await payload.create({ collection: 'themes', data: { title: 'Sample theme B (test data)', edition } as never, context })
    const placed = await payload.create({
      collection: 'themes',
      data: { title: 'Sample theme C (test data)', edition, order: 10 } as never,
      context,
    })
    const after = await payload.create({ collection: 'themes', data: { title: 'Sample theme D (test data)', edition } as never, context })
    expect([first.order, second.order, placed.order, after.order]).toEqual([0, 1, 10, 11])
  })

  it('finds the sessions that clash in a room or by a speaker, within one edition', async () => {
    const room = async (name: string) => (await payload.create({ collection: 'rooms', data: { name, edition } as never, context })).id
    const [room1, room2] = [await room('Sample room 1 (test data)'), await room('Sample room 2 (test data)')]
    const session = (title: string, start: string, end: string, room: number | string) =>
      payload.create({
        collection: 'sessions',
        data: { title, edition, kind: 'talk', start, end, room, _status: 'draft' } as never,
        draft: true,
        context,
      })
    const a = await session('Sample session A (test data)', '2098-12-01T09:00:00.000Z', '2098-12-01T10:00:00.000Z', room1)
    const b = await session('Sample session B (test data)', '2098-12-01T09:30:00.000Z', '2098-12-01T10:30:00.000Z', room1)
    await session('Sample session C (test data)', '2098-12-01T10:30:00.000Z', '2098-12-01T11:00:00.000Z', room1)
    await session('Sample session D (test data)', '2098-12-01T09:00:00.000Z', '2098-12-01T10:00:00.000Z', room2)
    expect((await conflictingSessionIds(payload)).map(String).sort()).toEqual([String(a.id), String(b.id)].sort())
  })
})

describe('admin helpers (pure)', () => {
  it('knows which collections have localized fields, nested ones included', () => {
    expect(hasLocalizedField([{ name: 'year', type: 'number' }])).toBe(false)
    expect(
      hasLocalizedField([{ type: 'tabs', tabs: [{ label: 'About', fields: [{ name: 'intro', type: 'text', localized: true }] }] }]),
    ).toBe(true)
  })

  it('names a field in error by its tab and labels, rows of arrays included', () => {
    const fields = [
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Dates & place',
            fields: [{ name: 'hostEvent', type: 'group', fields: [{ name: 'url', type: 'text' }] }],
          },
        ],
      },
      { name: 'links', type: 'array', label: 'Links', fields: [{ name: 'url', type: 'text', label: 'Web address' }] },
    ] as unknown as ClientField[]
    const places = fieldPlaces(fields, 'en')
    expect(placeOf(places, 'hostEvent.url')).toEqual({ labels: ['Host Event', 'Url'], tab: 'Dates & place' })
    expect(placeOf(places, 'links.2.url')).toEqual({ labels: ['Links', 'Web address'], tab: undefined })
  })
})

describe('refused saves keep their field errors in the answer', () => {
  // What the production build hands the hook: a ValidationError whose class is another copy of
  // Payload's, so Payload's own formatting kept only the message.
  const error = Object.assign(new Error('The following field is invalid: Dates & place > Host Event > Url'), {
    // The minified build renames the class, and the error's name with it.
    name: 't',
    status: 400,
    data: {
      collection: 'editions',
      errors: [{ path: 'hostEvent.url', message: 'Enter a full web address starting with https:// or http://.' }],
    },
  })
  const args = (result: unknown) => ({ error, result, req: {} as never, context: {}, collection: undefined }) as never

  it('puts the paths and messages back when the answer lost them', async () => {
    const fixed = await keepFieldErrors(args({ errors: [{ message: error.message }] }))
    expect(fixed).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', message: error.message, data: error.data }] },
    })
  })

  it('leaves other errors and complete answers alone', async () => {
    expect(await keepFieldErrors(args({ errors: [{ message: error.message, data: error.data }] }))).toBeUndefined()
    const other = { error: new Error('boom'), result: { errors: [{ message: 'boom' }] }, req: {}, context: {} } as never
    expect(await keepFieldErrors(other)).toBeUndefined()
  })
})
