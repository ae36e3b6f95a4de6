#!/usr/bin/env node
// Page weight of public pages on the production build: HTML, CSS and JavaScript bytes, raw and gzip.
// Usage: npm run build && node bench/page-weight.mjs [path ...]   (starts its own server)
import zlib from 'node:zlib'

import { startServer } from '../tests/e2e/support/server.mjs'

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/fr', '/editions/2025', '/editions']
const server = await startServer()
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
try {
  console.log('| page | HTML (gzip) | CSS (gzip) | JS files | JS raw | JS gzip |')
  console.log('|---|---|---|---|---|---|')
  for (const path of paths) {
    const html = Buffer.from(await (await fetch(`${server.baseURL}${path}`)).arrayBuffer())
    const text = html.toString('utf8')
    const assets = (pattern) => [...new Set([...text.matchAll(pattern)].map((match) => match[1]))]
    const scripts = assets(/<script[^>]+src="([^"]+)"/g)
    const styles = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)
    const load = async (list) =>
      Promise.all(list.map(async (src) => Buffer.from(await (await fetch(new URL(src, server.baseURL))).arrayBuffer())))
    const js = await load(scripts)
    const css = await load(styles)
    const sum = (buffers, size = (b) => b.length) => buffers.reduce((total, buffer) => total + size(buffer), 0)
    console.log(
      `| ${path} | ${kb(gzipSize(html))} | ${kb(sum(css, gzipSize))} | ${scripts.length} | ${kb(sum(js))} | ${kb(sum(js, gzipSize))} |`,
    )
  }
} finally {
  await server.stop()
}
