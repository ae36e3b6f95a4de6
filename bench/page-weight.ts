/**
 * `npm run bench:weight [-- path …]`, after `npm run build`: HTML, CSS and JavaScript bytes (raw and
 * gzip) of public pages on the production server (started here). Prints a table and writes it into the
 * "page-weight" section of bench/RESULTS.md.
 */
import zlib from 'node:zlib'

import { startServer } from '../tests/e2e/support/server.mjs'
import { machineLine, writeReport } from './results'

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/fr', '/editions/2025', '/editions']
const machine = machineLine()
const server = await startServer()
const gzipSize = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const sum = (buffers: Buffer[], size = (buffer: Buffer) => buffer.length) => buffers.reduce((total, buffer) => total + size(buffer), 0)
const rows = ['| page | HTML (gzip) | CSS (gzip) | JS files | JS raw | JS gzip |', '|---|---|---|---|---|---|']
try {
  console.log(rows.join('\n'))
  for (const page of paths) {
    const html = Buffer.from(await (await fetch(`${server.baseURL}${page}`)).arrayBuffer())
    const text = html.toString('utf8')
    const assets = (pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((match) => match[1]!))]
    const scripts = assets(/<script[^>]+src="([^"]+)"/g)
    const styles = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)
    const load = async (list: string[]) =>
      Promise.all(list.map(async (src) => Buffer.from(await (await fetch(new URL(src, server.baseURL))).arrayBuffer())))
    const js = await load(scripts)
    const css = await load(styles)
    const row = `| ${page} | ${kb(gzipSize(html))} | ${kb(sum(css, gzipSize))} | ${scripts.length} | ${kb(sum(js))} | ${kb(sum(js, gzipSize))} |`
    rows.push(row)
    console.log(row)
  }
} finally {
  await server.stop()
}
writeReport('page-weight', {
  heading: 'Page weight (`npm run bench:weight`)',
  machine,
  lines: [
    'Bytes of the HTML and of the stylesheets and scripts it links, as the production server sends them (public pages ship no JavaScript). Target: 0 JS files on public pages.',
    '',
    ...rows,
  ],
})
