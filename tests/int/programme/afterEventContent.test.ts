/**
 * After the event, through the Local API on a throwaway database: slides uploaded as PDF (judged by
 * their bytes on every path), a session and the perspective that reports it linking each other (the
 * public sees only what is published), and all of it frozen when the edition is archived. Sample data.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { toLexical } from '../../../src/platform/richText/lexical'
import { SAMPLE_PDF as PDF } from '../../fixtures/sampleFiles'
import type { Factories, Id } from '../helpers/factories'
import { mockNextCache } from '../helpers/nextCache'
import type { TestPayload } from '../helpers/testPayload'

mockNextCache()

const { startWithEdition } = await import('./setup')
const { loadProgramme } = await import('../../../src/programme/load')
const { findPerspective } = await import('../../../src/perspectives/read')

/** The messages of a refused write (a ValidationError keeps each field's message in its data). */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    const { message, data } = error as { message: string; data?: { errors?: Array<{ message: string }> } }
    return [message, ...(data?.errors ?? []).map((entry) => entry.message)].join(' | ')
  }
  throw new Error('The write was accepted.')
}
const PREFIX = `sample-slides-${process.pid}`

describe('after the event', () => {
  let ctx: TestPayload
  let payload: Payload
  let make: Factories
  const ids: Record<string, Id> = {}

  const uploadSlides = (edition: Id, data: Buffer, name: string, mimetype = 'application/pdf') =>
    payload.create({
      collection: 'slides',
      data: { edition } as never,
      file: { data, mimetype, name: `${PREFIX}-${name}`, size: data.length },
      overrideAccess: true,
    })

  beforeAll(async () => {
    let edition: { id: Id }
    ;({ ctx, payload, make, edition } = await startWithEdition())
    ids.edition = edition.id
    ids.perspective = (await make.create('perspectives', { title: 'Sample reflection', kind: 'talk-summary', _status: 'published' })).id
    ids.draftPerspective = (await make.create('perspectives', { title: 'Sample draft reflection', _status: 'draft' }, { draft: true })).id
    ids.slides = (await uploadSlides(ids.edition, PDF, 'deck.pdf')).id
    ids.session = (
      await make.session(edition, {
        title: 'Sample workshop',
        kind: 'workshop',
        start: '2026-12-01T09:00:00.000Z',
        slidesFile: ids.slides,
        recordingUrl: 'https://vimeo.com/76979871',
        summary: toLexical([{ type: 'p', text: 'Sample summary of what the room said.' }]),
        perspective: ids.perspective,
      })
    ).id
    ids.linkedToDraft = (
      await make.session(edition, {
        title: 'Sample talk',
        start: '2026-12-01T10:00:00.000Z',
        slidesUrl: 'https://example.org/sample-slides.pdf',
        perspective: ids.draftPerspective,
      })
    ).id
  })

  afterAll(async () => {
    // Deleting the documents removes their files from the slides folder.
    await payload?.delete({ collection: 'slides', where: { filename: { like: PREFIX } }, overrideAccess: true })
    await ctx?.close()
  })

  it('keeps an uploaded PDF, and refuses other bytes under a PDF name on every path', async () => {
    const stored = await payload.findByID({ collection: 'slides', id: ids.slides!, overrideAccess: true })
    expect(stored).toMatchObject({ mimeType: 'application/pdf', filesize: PDF.length })
    expect(stored.url).toBe(`/api/slides/file/${stored.filename}`)
    expect(fs.readFileSync(path.resolve('slides', stored.filename!))).toEqual(PDF)

    const html = Buffer.from('<html><body><script>alert(1)</script>%PDF-1.7 xref startxref 0 %%EOF</body></html>')
    expect(await refusal(uploadSlides(ids.edition!, html, 'disguised.pdf'))).toMatch(/not PDF/)
    await expect(uploadSlides(ids.edition!, PDF, 'renamed.html', 'text/html')).rejects.toThrow()
    expect((await payload.count({ collection: 'slides', where: { filename: { like: PREFIX } } })).totalDocs).toBe(1)
  })

  it('refuses a recording or slides address that is not https', async () => {
    for (const data of [{ recordingUrl: 'javascript:alert(1)' }, { slidesUrl: 'http://example.org/x.pdf' }]) {
      expect(
        await refusal(payload.update({ collection: 'sessions', id: ids.session!, data: data as never, overrideAccess: true })),
      ).toMatch(/Give a full https:\/\/ address/)
    }
  })

  it('gives the public programme the slides, recording, summary and the published perspective', async () => {
    const programme = await loadProgramme(payload, 2026, 'en')
    const session = programme!.sessions.find((candidate) => String(candidate.id) === String(ids.session))!
    expect(session.after).toMatchObject({
      slides: { url: expect.stringMatching(/^\/api\/slides\/file\/sample-slides-.*deck\.pdf$/), uploaded: true },
      recordingUrl: 'https://vimeo.com/76979871',
      perspective: { slug: 'sample-reflection', title: 'Sample reflection' },
    })
    expect(JSON.stringify(session.after!.summary)).toContain('Sample summary of what the room said.')
    // A draft perspective is not named to the public.
    const other = programme!.sessions.find((candidate) => String(candidate.id) === String(ids.linkedToDraft))!
    expect(other.after).toMatchObject({ slides: { url: 'https://example.org/sample-slides.pdf', uploaded: false }, perspective: null })
  })

  it('names on the perspective the published sessions that link it', async () => {
    const perspective = await findPerspective(payload, 'en', 'sample-reflection')
    expect(perspective?.sessions).toEqual([{ year: 2026, slug: 'sample-workshop', title: 'Sample workshop' }])
    // A draft session is not named to the public.
    await payload.update({
      collection: 'sessions',
      id: ids.linkedToDraft!,
      data: { perspective: ids.perspective } as never,
      overrideAccess: true,
    })
    const draft = await make.session(
      ids.edition!,
      { title: 'Sample draft session', start: '2026-12-02T09:00:00.000Z', perspective: ids.perspective },
      { draft: true },
    )
    const after = await findPerspective(payload, 'en', 'sample-reflection')
    expect(after?.sessions.map((session) => session.slug)).toEqual(['sample-workshop', 'sample-talk'])
    expect(after?.sessions.map((session) => session.slug)).not.toContain(draft.slug)
  })

  it('freezes the sessions’ after-the-event content and the slides with an archived edition', async () => {
    await make.user('admin') // the first account is the admin; the next is an editor
    const editor = await make.user('editor')
    await payload.update({ collection: 'editions', id: ids.edition!, data: { status: 'archived' } as never, overrideAccess: true })
    const asEditor = { user: editor, overrideAccess: false } as const
    await expect(
      payload.update({ collection: 'sessions', id: ids.session!, data: { recordingUrl: 'https://vimeo.com/1' } as never, ...asEditor }),
    ).rejects.toThrow(/archived/)
    await expect(payload.delete({ collection: 'slides', id: ids.slides!, ...asEditor })).rejects.toThrow(/archived/)
    await expect(
      payload.create({
        collection: 'slides',
        data: { edition: ids.edition } as never,
        file: { data: PDF, mimetype: 'application/pdf', name: `${PREFIX}-late.pdf`, size: PDF.length },
        ...asEditor,
      }),
    ).rejects.toThrow(/archived/)
    // Still public, as it was.
    const session = (await loadProgramme(payload, 2026, 'en'))!.sessions.find((candidate) => String(candidate.id) === String(ids.session))!
    expect(session.after?.recordingUrl).toBe('https://vimeo.com/76979871')
    expect(await payload.count({ collection: 'slides', where: { id: { equals: ids.slides } } })).toEqual({ totalDocs: 1 })
  })
})
