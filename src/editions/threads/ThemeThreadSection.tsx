import Link from 'next/link'

import styles from '../components/EditionSubpage.module.css'
import { localePath, type Locale } from '../../platform/i18n'
import { routes } from '../../platform/routes'
import { threadMessages } from './messages'
import type { ThemeThread, ThreadTheme } from './themeThread'

/** "This theme across the years": the earlier and later themes of a thread, with their sessions and perspectives. */
export function ThemeThreadSection({ thread, locale }: { thread: ThemeThread; locale: Locale }) {
  if (thread.earlier.length === 0 && thread.later.length === 0) return null
  const t = threadMessages(locale)
  return (
    <section aria-labelledby="theme-thread" className={styles.prose} data-testid="theme-thread">
      <h2 id="theme-thread">{t.heading}</h2>
      {thread.earlier.length > 0 && <ThreadPart label={t.earlier} themes={thread.earlier} locale={locale} />}
      {thread.later.length > 0 && <ThreadPart label={t.later} themes={thread.later} locale={locale} />}
    </section>
  )
}

function ThreadPart({ label, themes, locale }: { label: string; themes: ThreadTheme[]; locale: Locale }) {
  const t = threadMessages(locale)
  const href = (path: string) => localePath(locale, path)
  return (
    <>
      <h3>{label}</h3>
      <ul>
        {themes.map((theme) => (
          <li key={String(theme.id)}>
            <Link href={href(routes.theme(theme.year, theme.slug))}>
              {theme.year}: {theme.title}
            </Link>
            {theme.sessions.length === 0 && theme.perspectives.length === 0 ? (
              <p>{t.nothingYet}</p>
            ) : (
              <>
                {theme.sessions.length > 0 && (
                  <p>
                    {t.sessions}:{' '}
                    {theme.sessions.map((session, index) => (
                      <span key={session.slug}>
                        {index > 0 && ', '}
                        <Link href={href(routes.session(theme.year, session.slug))}>{session.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
                {theme.perspectives.length > 0 && (
                  <p>
                    {t.perspectives}:{' '}
                    {theme.perspectives.map((perspective, index) => (
                      <span key={perspective.slug}>
                        {index > 0 && ', '}
                        <Link href={href(routes.perspective(perspective.slug))}>{perspective.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
