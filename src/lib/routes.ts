import { localePath, type Locale } from './i18n'
import { siteUrl } from './siteUrl'

/**
 * Every public path, in one place. The current edition's canonical address is the home page;
 * /editions/[year] shows the same page for it (with the home page as canonical).
 */
export const routes = {
  home: () => '/',
  editions: () => '/editions',
  edition: (year: number) => `/editions/${year}`,
  theme: (year: number, slug: string) => `/editions/${year}/themes/${slug}`,
  speakers: (year: number) => `/editions/${year}/speakers`,
  speaker: (year: number, slug: string) => `/editions/${year}/speakers/${slug}`,
  committee: (year: number) => `/editions/${year}/committee`,
  /** The call-for-proposals form (never cached: it holds a fresh token), where it posts, and its thank-you page. */
  propose: (year: number) => `/editions/${year}/propose`,
  proposeSubmit: (year: number) => `/editions/${year}/propose/submit`,
  proposeConfirmation: (year: number, reference: string) => `/editions/${year}/propose/confirmation/${encodeURIComponent(reference)}`,
  perspectives: () => '/perspectives',
  perspective: (slug: string) => `/perspectives/${slug}`,
  /** The perspectives of one theme: a path, not ?theme=, so every filter view is a cacheable page. */
  perspectivesByTheme: (themeSlug: string) => `/perspectives/themes/${themeSlug}`,
} as const

export function canonicalEditionPath(year: number, currentYear: number | null): string {
  return year === currentYear ? routes.home() : routes.edition(year)
}

/** The public URL of a path in a locale, absolute when the site's origin is known. */
export function absoluteUrl(locale: Locale, path: string): string {
  return `${siteUrl()}${localePath(locale, path)}`
}

/** hreflang alternates for Next's metadata API. */
export function alternates(locale: Locale, path: string) {
  return {
    canonical: absoluteUrl(locale, path),
    languages: { en: absoluteUrl('en', path), fr: absoluteUrl('fr', path), 'x-default': absoluteUrl('en', path) },
  }
}
