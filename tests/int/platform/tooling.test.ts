import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { replaceSection } from '../../../bench/results'
import { countResults, selectFiles } from '../../e2e/support/results'

describe('the browser-test runner (tests/e2e/run.ts)', () => {
  const names = ['review.e2e.ts', 'admin.e2e.ts', 'programme.e2e.ts', 'run.ts', 'preview-admin.e2e.ts']

  it('selects the e2e files whose names contain a word, sorted, and only e2e files', () => {
    expect(selectFiles(names, [])).toEqual(['admin.e2e.ts', 'preview-admin.e2e.ts', 'programme.e2e.ts', 'review.e2e.ts'])
    // A word matches anywhere in the name: "review" also selects preview-admin.
    expect(selectFiles(names, ['review', 'programme'])).toEqual(['preview-admin.e2e.ts', 'programme.e2e.ts', 'review.e2e.ts'])
    // admin.e2e.ts is no longer added to every run: each file creates the accounts it needs.
    expect(selectFiles(names, ['programme'])).toEqual(['programme.e2e.ts'])
    expect(selectFiles(names, ['nothing-like-this'])).toEqual([])
  })

  it('counts passed and failed tests from the TAP summary; cancelled tests count as failed', () => {
    const tap = [
      'TAP version 13',
      'ok 1 - a',
      'not ok 2 - b',
      '# tests 7',
      '# suites 2',
      '# pass 4',
      '# fail 2',
      '# cancelled 1',
      '# skipped 0',
    ].join('\n')
    expect(countResults(tap)).toEqual({ passed: 4, failed: 3 })
    expect(countResults('TAP version 13\nok 1 - a\n')).toBeNull()
  })

  it('fails with "no test matched" and ends with the count line when a filter matches no file', () => {
    const result = spawnSync(process.execPath, ['scripts/ts.mjs', 'tests/e2e/run.ts', 'no-file-is-named-like-this'], { encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('no test matched "no-file-is-named-like-this"')
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 passed, 0 failed')
  })
})

describe('bench/RESULTS.md sections (bench/results.ts)', () => {
  const load = '<!-- results:load -->\n## Load\n| a | 1 |\n<!-- /results:load -->'

  it('replaces only its own section and leaves the others as they are', () => {
    const document = `# Benchmark results\n\n${load}\n\n<!-- results:lighthouse -->\nold scores\n<!-- /results:lighthouse -->\n`
    const updated = replaceSection(document, 'lighthouse', 'new scores')
    expect(updated).toContain(load)
    expect(updated).toContain('<!-- results:lighthouse -->\nnew scores\n<!-- /results:lighthouse -->')
    expect(updated).not.toContain('old scores')
  })

  it('appends a section that is not there yet, after the existing ones', () => {
    const updated = replaceSection(`# Benchmark results\n\n${load}\n`, 'page-weight', 'weights')
    expect(updated.indexOf(load)).toBeGreaterThan(-1)
    expect(updated.indexOf('<!-- results:page-weight -->\nweights\n<!-- /results:page-weight -->')).toBeGreaterThan(updated.indexOf(load))
  })
})

describe('scripts/ts.mjs', () => {
  it('runs a TypeScript entry as plain JavaScript, passing its arguments and its exit code on', () => {
    const dir = fs.mkdtempSync(path.join(process.cwd(), '.build-test-'))
    try {
      const entry = path.join(dir, 'entry.ts')
      fs.writeFileSync(entry, "const words: string[] = process.argv.slice(2)\nconsole.log(words.join('+'))\nprocess.exit(words.length)\n")
      const result = spawnSync(process.execPath, ['scripts/ts.mjs', path.relative(process.cwd(), entry), 'a', 'b', 'c'], {
        encoding: 'utf8',
      })
      expect(result.stdout.trim()).toBe('a+b+c')
      expect(result.status).toBe(3)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(path.join('.build', path.basename(dir)), { recursive: true, force: true })
    }
  })
})
