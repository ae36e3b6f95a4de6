// @ts-check
// Debian's Chromium and the flags it needs on our machines (see DEVELOPERS.md): never a downloaded
// browser; no background networking (connections out are refused here).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
