/**
 * npm run archive:links -- <dir> [--site-url https://…]
 *
 * Checks that an exported archive stands alone, as a browser reads it over file://: every href/src
 * resolves to a file inside the folder (or in another edition's archive beside it), nothing points to the
 * live site except canonical/alternate metadata, and every other external link is listed in
 * manifest.json. Lists the offenders and exits 1; 0 when there is none; 2 on a usage error.
 * See src/archive/export/linkCheck.ts.
 */
import { checkArchiveLinks } from '../src/archive/export/linkCheck'

function main(): number {
  const args = process.argv.slice(2)
  let siteUrl: string | undefined
  const dirs: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--site-url') siteUrl = args[++index]
    else if (arg.startsWith('--site-url=')) siteUrl = arg.slice('--site-url='.length)
    else dirs.push(arg)
  }
  if (dirs.length !== 1 || (siteUrl !== undefined && !/^https?:\/\/[^/]+/.test(siteUrl))) {
    console.error('Usage: npm run archive:links -- <archive folder> [--site-url <live site>]')
    return 2
  }
  try {
    const report = checkArchiveLinks(dirs[0]!, { siteUrl })
    for (const offender of report.offenders) console.error(`${offender.file}: ${offender.ref} (${offender.problem})`)
    if (report.offenders.length > 0) {
      console.error(`archive:links: ${report.offenders.length} link(s) do not stay in ${dirs[0]} (of ${report.checked} checked).`)
      return 1
    }
    console.log(
      `archive:links: ${report.checked} links in ${report.files} files stay in ${dirs[0]} ` +
        `(${report.otherEditions} to other editions' archives beside it).`,
    )
    return 0
  } catch (error) {
    console.error(`archive:links: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

process.exit(main())
