import { after, before } from 'node:test'

import type { Page } from 'playwright-core'

import { AdminEditorPage } from '../pages/adminEditor.page'
import { loginCookie } from './admin'
import { launchBrowser, type LaunchedBrowser } from './browser'
import { baseURL } from './env'
import { createSampleEdition, deleteSampleEdition, type SampleEdition } from './sampleContent'

/**
 * The setup the admin's browser tests (editor-*.e2e.ts) share: the first admin's REST login for sample
 * data, a sample edition, and a browser of its own logged into the admin. Filled in by the `before` hook
 * `editorSession` registers in the calling `describe`; its `after` hook closes the browser and deletes
 * the sample edition.
 */
export type EditorSession = { cookie: string; launched: LaunchedBrowser; page: Page; editor: AdminEditorPage; edition: SampleEdition }

export function editorSession(
  options: {
    /** The year of the sample edition the tests work on: deleted after them. */
    year?: number
    /** Create that edition before the tests, with these fields (else a test may create it). */
    edition?: Parameters<typeof createSampleEdition>[2]
    browser?: Parameters<typeof launchBrowser>[0]
    /** Log the browser into the admin before the tests (default: yes). */
    login?: boolean
  } = {},
): EditorSession {
  const session = {} as EditorSession
  before(async () => {
    session.cookie = await loginCookie()
    if (options.edition) {
      if (options.year === undefined) throw new Error('editorSession: a sample edition needs its year')
      session.edition = await createSampleEdition(session.cookie, options.year, options.edition)
    }
    session.launched = await launchBrowser(options.browser)
    session.page = await session.launched.context.newPage()
    session.editor = new AdminEditorPage(session.page, baseURL())
    if (options.login !== false) await session.editor.login()
  })
  after(async () => {
    await session.launched?.close()
    if (session.cookie && options.year !== undefined) await deleteSampleEdition(session.cookie, options.year)
  })
  return session
}
