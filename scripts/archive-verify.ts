/**
 * npm run archive:verify -- <dir>
 *
 * Checks an archive folder against its manifest.json (SHA-256 and size of every file; no file missing or
 * unlisted). Exit code 0 when it matches, 1 on any difference, 2 on a usage error. See src/archive/export/manifest.ts.
 */
import { verifyArchive } from '../src/archive/export/manifest'

function main(): number {
  const [dir, ...rest] = process.argv.slice(2)
  if (!dir || rest.length > 0) {
    console.error('Usage: npm run archive:verify -- <archive folder>')
    return 2
  }
  try {
    const result = verifyArchive(dir)
    for (const difference of result.differences) console.error(`${difference.problem}: ${difference.path}`)
    if (!result.ok) {
      console.error(`archive:verify: ${result.differences.length} difference(s) from manifest.json in ${dir}.`)
      return 1
    }
    console.log(`archive:verify: ${result.checked} files match manifest.json in ${dir}.`)
    return 0
  } catch (error) {
    console.error(`archive:verify: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

process.exit(main())
