/**
 * bench/RESULTS.md holds the figures the bench scripts measure, one section per script, each written
 * by its script only (between `<!-- results:NAME -->` and `<!-- /results:NAME -->`): a script replaces
 * its own section and leaves the others as they are. README links here instead of repeating numbers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const RESULTS_FILE = path.join('bench', 'RESULTS.md')

/** One line saying when and where a figure was measured: date, cores and model, memory, Node, load. */
export function machineLine(now = new Date()): string {
  const cpus = os.cpus()
  const model = cpus[0]?.model.trim() ?? 'unknown CPU'
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')
  return (
    `Run: ${now.toISOString()} · machine: ${cpus.length} × ${model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
    `${os.type()} ${os.release()}, Node ${process.version} · load average at start: ${load} (the machine may be shared).`
  )
}

/** `document` with the section `name` replaced by `body` (appended when it is not there yet). */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- results:${name} -->`
  const end = `<!-- /results:${name} -->`
  const section = `${start}\n${body.trim()}\n${end}`
  const from = document.indexOf(start)
  const to = document.indexOf(end)
  if (from !== -1 && to > from) return document.slice(0, from) + section + document.slice(to + end.length)
  const head =
    document.trim() === ''
      ? '# Benchmark results\n\nWritten by the scripts under bench/; each section by its own script.\n'
      : document.trimEnd() + '\n'
  return `${head}\n${section}\n`
}

/** Writes `body` as section `name` of bench/RESULTS.md. */
export function writeSection(name: string, body: string, file = RESULTS_FILE): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  fs.writeFileSync(file, replaceSection(current, name, body))
  console.log(`(section "${name}" of ${file} updated)`)
}

/** A Markdown table as lines: the header, its separator, one line per row. */
export function markdownTable(header: string[], rows: Array<Array<string | number>>): string[] {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)]
}

/**
 * Writes a script's section of bench/RESULTS.md, the same way for every script: `## heading` (naming
 * its npm command), the machine line, then `lines` (text, tables). `machine` is `machineLine()` taken
 * when the run started, so the load average shown is the one the figures were measured under.
 * Answers the section's text.
 */
export function writeReport(name: string, report: { heading: string; machine: string; lines: string[] }): string {
  const body = [`## ${report.heading}`, '', report.machine, '', ...report.lines].join('\n')
  writeSection(name, body)
  return body
}
