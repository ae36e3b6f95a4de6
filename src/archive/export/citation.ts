/**
 * How to cite an archived edition: CITATION.cff (Citation File Format 1.2.0) and metadata.json, built
 * only from the edition's own content (no date of export, so they are reproducible).
 */

export type ArchiveMetadata = {
  title: string
  edition: { year: number; ordinal: number | null }
  dates: { start: string | null; end: string | null }
  place: { venue: string | null; city: string | null }
  publisher: string
  languages: string[]
  licence: string | null
  url: string
}

/** YAML double-quoted scalar: only backslash and double quote need escaping for our single-line texts. */
const yaml = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ').trim()}"`

export function citationCff(meta: ArchiveMetadata): string {
  const lines = [
    'cff-version: 1.2.0',
    'message: "If you cite this archive, please cite it as below."',
    'type: dataset',
    `title: ${yaml(meta.title)}`,
    'authors:',
    `  - name: ${yaml(meta.publisher)}`,
    `url: ${yaml(meta.url)}`,
    ...(meta.dates.end ? [`date-released: ${meta.dates.end.slice(0, 10)}`] : []),
    ...(meta.licence ? [`license: ${meta.licence}`] : []),
    'keywords:',
    '  - conference',
    `  - ${yaml(`${meta.publisher} ${meta.edition.year}`)}`,
  ]
  return `${lines.join('\n')}\n`
}

export function metadataJson(meta: ArchiveMetadata): string {
  return `${JSON.stringify({ format: 'commons-hub-archive-metadata/1', ...meta }, null, 2)}\n`
}
