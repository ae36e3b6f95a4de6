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
  perspective: (slug: string) => `perspective:${slug}`,
} as const
