/**
 * The absolute URLs inside the archive's data files: the programme feeds (`.json`, `.ics`) and
 * `content.json`. They are copied as the site served them, because their formats want absolute
 * addresses (programme.schema.json's `uri` fields, RFC 5545's URL property): each names the original
 * page on the live site, as canonical metadata does. The exporter lists every one in manifest.json and
 * `npm run archive:links` checks that none is left out (./linkCheck.ts).
 */
const DATA_FILE = /\.(json|ics)$/i

/** Files that are the archive's own bookkeeping, not data it copied. */
const OWN_FILES = new Set(['manifest.json', 'metadata.json'])

export const isDataFile = (file: string): boolean => DATA_FILE.test(file) && !OWN_FILES.has(file)

export function dataFileUrls(text: string): string[] {
  // iCalendar folds long lines (a line break then one space or tab): unfold before reading URLs.
  const unfolded = text.replace(/\r?\n[ \t]/g, '')
  const found = new Set<string>()
  for (const match of unfolded.matchAll(/https?:\/\/[^\s"'<>\\]+/g)) {
    // JSON may escape slashes; a URL never ends with ICS or sentence punctuation.
    found.add(match[0].replace(/[.,;)]+$/, ''))
  }
  return [...found]
}
