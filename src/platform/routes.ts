import { localePath, type Locale } from './i18n'
import { siteUrl } from './env/siteUrl'

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
  programme: (year: number) => `/editions/${year}/programme`,
  session: (year: number, slug: string) => `/editions/${year}/programme/${slug}`,
  /** Every programme release with what it changed, newest first. */
  programmeChanges: (year: number) => `/editions/${year}/programme/changes`,
  /** What runs now and next, per room. */
  now: (year: number) => `/editions/${year}/now`,
  /** The agenda form, and one personal agenda (its id is the only key). */
  agenda: (year: number) => `/editions/${year}/programme/agenda`,
  personalAgenda: (year: number, id: string) => `/editions/${year}/programme/agenda/${id}`,
  personalAgendaIcs: (year: number, id: string, locale: Locale = 'en') =>
    `/editions/${year}/programme/agenda/${id}${feedSuffix(locale)}.ics`,
  agendaSave: (year: number) => `/editions/${year}/programme/agenda/save`,
  /** The sessions of one theme: a path, not ?theme=, so every filter view is a cacheable page. */
  programmeByTheme: (year: number, themeSlug: string) => `/editions/${year}/programme/themes/${themeSlug}`,
  /**
   * The feeds are files (their extension keeps them out of the locale rewrite): English at
   * programme.ics/.json, French at programme.fr.ics/.fr.json, one session at <slug>.ics/<slug>.fr.ics.
   */
  programmeIcs: (year: number, locale: Locale = 'en') => `/editions/${year}/programme${feedSuffix(locale)}.ics`,
  programmeJson: (year: number, locale: Locale = 'en') => `/editions/${year}/programme${feedSuffix(locale)}.json`,
  sessionIcs: (year: number, slug: string, locale: Locale = 'en') => `/editions/${year}/programme/${slug}${feedSuffix(locale)}.ics`,
  perspectives: () => '/perspectives',
  perspective: (slug: string) => `/perspectives/${slug}`,
  /** The perspectives of one theme: a path, not ?theme=, so every filter view is a cacheable page. */
  perspectivesByTheme: (themeSlug: string) => `/perspectives/themes/${themeSlug}`,
} as const

function feedSuffix(locale: Locale): string {
  return locale === 'en' ? '' : `.${locale}`
}

/** The public URL of a feed file (never under /fr: the locale is in the file name). */
export function absoluteFileUrl(path: string): string {
  return `${siteUrl()}${path}`
}

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
