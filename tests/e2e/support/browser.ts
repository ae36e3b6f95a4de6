import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium, never a downloaded browser (see DEVELOPERS.md). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type LaunchedBrowser = { browser: Browser; close: () => Promise<void> }

export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-chromium-'))
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...FLAGS, `--user-data-dir=${userDataDir}`],
  })
  return {
    browser,
    close: async () => {
      await browser.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
