#!/usr/bin/env node
// @ts-check
/**
 * Runs a TypeScript entry point (a script, a bench script, the browser-test runner, the production
 * server) as plain JavaScript, bundled by scripts/bundle.mjs: no TypeScript loader, no retry loop.
 *   node scripts/ts.mjs <entry.ts> [args…]     bundle, then run it with the args (exit code passed on)
 *   node scripts/ts.mjs --compile <entry.ts>   bundle only and print the output path (the Dockerfile)
 */
import { spawn } from 'node:child_process'

import { stop } from 'esbuild'

import { compileTs, nodeFlags } from './bundle.mjs'

async function main() {
  const [first, ...rest] = process.argv.slice(2)
  if (first === '--compile') {
    for (const entry of rest) console.log(await compileTs(entry))
    return
  }
  if (!first) {
    console.error('Usage: node scripts/ts.mjs <entry.ts> [args…]  |  node scripts/ts.mjs --compile <entry.ts>…')
    process.exit(2)
  }
  const outfile = await compileTs(first)
  // esbuild's service process is not needed while the program runs.
  await stop()
  const child = spawn(process.execPath, [...nodeFlags(), outfile, ...rest], { stdio: 'inherit' })
  // Ctrl-C reaches the child through the terminal; a signal sent to this process only is passed on.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)))
}

await main()
