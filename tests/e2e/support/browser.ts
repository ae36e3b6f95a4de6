import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs'
import { baseURL } from './env'

/** A Chromium with its own fresh profile (cookies, storage): one per independent visitor. */
export type LaunchedBrowser = { context: BrowserContext; close: () => Promise<void> }

/**
 * `timezoneId`/`locale` make the browser behave as one set elsewhere (e.g. an editor in Montreal); `viewport` sets the window size;
 * `loginCookie` (as loginCookie() answers it) logs it into the admin.
 */
export async function launchBrowser(
  options: { timezoneId?: string; locale?: string; viewport?: { width: number; height: number }; loginCookie?: string } = {},
): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  const { loginCookie, ...contextOptions } = options
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    ...contextOptions,
  })
  if (loginCookie) await addLoginCookie(context, loginCookie)
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Puts a login cookie (`name=value`, as loginCookie() answers it) into a browser context, for the site under test. */
export async function addLoginCookie(context: BrowserContext, cookie: string): Promise<void> {
  const [name = '', ...value] = cookie.split('=')
  await context.addCookies([{ name, value: value.join('='), url: baseURL() }])
}
