/**
 * Every cache tag is built here, so the readers in src/lib and the revalidation hooks cannot drift apart.
 */
export const cacheTags = {
  siteSettings: () => 'site-settings',
  editionsList: () => 'editions',
  edition: (year: number | string) => `edition:${year}`,
  /** The sessions of an edition: its programme pages and feeds, and the speaker pages that list sessions. */
  programme: (year: number | string) => `programme:${year}`,
  perspectives: () => 'perspectives',
  /** Theme threads across years (src/editions/threads): any theme or session may appear on another year's theme page. */
  themeThreads: () => 'theme-threads',
  perspective: (slug: string) => `perspective:${slug}`,
} as const
