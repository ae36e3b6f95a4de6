/**
 * Issue 18, item 2: switching the content language with unsaved changes must ask (save, discard,
 * cancel) instead of carrying the typed text into the other language.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { editorSession } from './support/editorSession'
import { readEdition } from './support/sampleContent'

const YEAR = 2091
const EN_TAGLINE = 'Sample tagline in English (test data)'
const FR_TAGLINE = 'Accroche d’exemple en français (données de test)'

describe('switching the content language with unsaved changes', () => {
  const setup = editorSession({ year: YEAR, edition: { en: { tagline: EN_TAGLINE }, fr: { tagline: FR_TAGLINE } } })

  it('asks first; Cancel keeps the typed English, Discard shows the stored French and keeps the English as it was', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    const typed = `Typed but not saved ${Date.now()}`
    await setup.editor.type('tagline', typed)
    await setup.editor.chooseLocale('fr')

    const dialog = setup.editor.dialog(/unsaved changes/i)
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    assert.notEqual(setup.editor.currentLocaleParam(), 'fr')
    assert.equal(await setup.editor.field('tagline').inputValue(), typed)

    await setup.editor.chooseLocale('fr')
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: /^Discard/ }).click()
    await setup.page.waitForURL((url) => url.searchParams.get('locale') === 'fr', { timeout: 30_000 })
    await setup.page.waitForFunction(
      (expected) => (document.querySelector('#field-tagline') as HTMLInputElement | null)?.value === expected,
      FR_TAGLINE,
      { timeout: 30_000 },
    )
    assert.equal((await readEdition(setup.cookie, setup.edition.id, 'en')).tagline, EN_TAGLINE)
    assert.equal((await readEdition(setup.cookie, setup.edition.id, 'fr')).tagline, FR_TAGLINE)
  })

  it('"Save draft and switch" stores the typed text in English, then shows the French text', async () => {
    await setup.editor.open('editions', setup.edition.id, 'en')
    const typed = `Saved before switching ${Date.now()}`
    await setup.editor.type('tagline', typed)
    await setup.editor.chooseLocale('fr')
    const dialog = setup.editor.dialog(/unsaved changes/i)
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: /^Save/ }).click()
    await setup.page.waitForURL((url) => url.searchParams.get('locale') === 'fr', { timeout: 30_000 })
    await setup.page.waitForFunction(
      (expected) => (document.querySelector('#field-tagline') as HTMLInputElement | null)?.value === expected,
      FR_TAGLINE,
      { timeout: 30_000 },
    )
    assert.equal((await readEdition(setup.cookie, setup.edition.id, 'en')).tagline, typed)
    assert.equal((await readEdition(setup.cookie, setup.edition.id, 'fr')).tagline, FR_TAGLINE)
  })

  it('switches at once when nothing changed', async () => {
    await setup.editor.open('editions', setup.edition.id, 'fr')
    await setup.editor.chooseLocale('en')
    await setup.page.waitForURL((url) => url.searchParams.get('locale') === 'en', { timeout: 30_000 })
    assert.equal(await setup.editor.dialog(/unsaved changes/i).count(), 0)
  })
})
