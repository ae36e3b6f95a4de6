import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import sharp from 'sharp'

import { EditionPages } from './pages/edition.page'
import { loginCookie } from './support/admin'
import { launchBrowser, type LaunchedBrowser } from './support/browser'
import { baseURL } from './support/env'
import { deleteCreated, type Created } from './support/rest'
import { editionOf } from './support/records'

/**
 * Speaker pages with a photo. The seeds name no 2026 speaker, so this test creates a clearly
 * labelled sample speaker through the API and removes it afterwards.
 */
describe('speaker pages', () => {
  let launched: LaunchedBrowser
  let headers: Record<string, string>
  const created: Created = []

  before(async () => {
    launched = await launchBrowser()
    headers = { cookie: await loginCookie(), origin: baseURL() }
  })
  after(async () => {
    await deleteCreated(created, headers)
    await launched?.close()
  })

  it('shows a speaker with the photo sized by sharp, through next/image, with its alt text', async () => {
    const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#0f5c46' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'sample-speaker.png')
    form.append('_payload', JSON.stringify({ alt: 'Sample speaker portrait (test data)' }))
    const upload = await fetch(`${baseURL()}/api/media`, { method: 'POST', headers, body: form })
    assert.equal(upload.status, 201, await upload.clone().text())
    const media = ((await upload.json()) as { doc: { id: number | string; sizes: { card: { width: number } } } }).doc
    created.push({ collection: 'media', id: media.id })
    assert.equal(media.sizes.card.width, 768)

    const editionId = (await editionOf(2026)).id
    const speakerResponse = await fetch(`${baseURL()}/api/speakers`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Sample Speaker (test data)',
        affiliation: 'Sample organisation',
        photo: media.id,
        editions: [editionId],
        _status: 'published',
      }),
    })
    assert.equal(speakerResponse.status, 201, await speakerResponse.clone().text())
    const speaker = ((await speakerResponse.json()) as { doc: { id: number | string; slug: string } }).doc
    created.push({ collection: 'speakers', id: speaker.id })
    assert.equal(speaker.slug, 'sample-speaker-test-data')

    const page = await launched.context.newPage()
    const pages = new EditionPages(page, baseURL())
    // The list and the page show the new speaker once the hook expired the edition's pages.
    assert.equal((await pages.goto('/editions/2026/speakers'))?.status(), 200)
    assert.match(await pages.mainText(), /Sample Speaker \(test data\)/)
    assert.equal((await pages.goto('/editions/2026/speakers/sample-speaker-test-data'))?.status(), 200)
    assert.equal(await pages.heading(), 'Sample Speaker (test data)')
    const image = page.locator('main img').first()
    assert.equal(await image.getAttribute('alt'), 'Sample speaker portrait (test data)')
    assert.equal(await image.getAttribute('width'), '768')
    assert.equal(await image.getAttribute('height'), '576')
    assert.match((await image.getAttribute('src')) ?? '', /^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fsample-speaker/)
    assert.ok(await image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0))
    await page.close()
  })
})
