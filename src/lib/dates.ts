import type { Locale } from './i18n'

/** The conference happens in Paris: every date and time is shown in its time zone. */
export const EVENT_TIME_ZONE = 'Europe/Paris'

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB')

export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  }).format(new Date(iso))
}

/** "1–3 December 2026" / "1–3 décembre 2026"; falls back to full dates across months. */
export function formatDateRange(startIso: string, endIso: string | null | undefined, locale: Locale): string {
  if (!endIso) return formatDay(startIso, locale)
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  })
  return format.formatRange(new Date(startIso), new Date(endIso)).replace(/\s?[-–]\s?/, '–')
}
