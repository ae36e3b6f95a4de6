import fs from 'node:fs'

/**
 * Writes one titled section of bench/RESULTS.md (from its "## title" to the next "## "), leaving the
 * other sections as they are, so each bench keeps its own figures.
 */
export function replaceSection(file: string, title: string, body: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n'
  const heading = `## ${title}`
  const block = `${heading}\n\n${body.trim()}\n`
  const start = current.indexOf(heading)
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${block}`)
    return
  }
  const next = current.indexOf('\n## ', start + heading.length)
  const end = next === -1 ? current.length : next + 1
  fs.writeFileSync(file, `${current.slice(0, start)}${block}${next === -1 ? '' : '\n'}${current.slice(end)}`)
}
