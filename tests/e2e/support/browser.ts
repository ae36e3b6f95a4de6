import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs'

/** A Chromium with its own fresh profile (cookies, storage): one per independent visitor. */
export type LaunchedBrowser = { context: BrowserContext; close: () => Promise<void> }

/** `timezoneId`/`locale` make the browser behave as one set elsewhere (e.g. an editor in Montreal); `viewport` sets the window size. */
export async function launchBrowser(
  options: { timezoneId?: string; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    ...options,
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
