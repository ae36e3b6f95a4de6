import Link from 'next/link'

import { localePath, type Locale } from '@/platform/i18n'
import { RichText } from '@/platform/richText/RichText'
import { routes } from '@/platform/routes'
import type { SessionAfter } from '@/programme/model'
import { programmeText } from '@/programme/messages'
import { recordingEmbed } from '@/programme/after/recording'
import styles from './after.module.css'

type Props = { after: SessionAfter | undefined; title: string; locale: Locale; peertubeHosts: readonly string[] }

/**
 * Slides, recording, summary and the collective reflection of a session, without script: a recording
 * from the allow-list plays in a frame (the server allows exactly its origin in `frame-src`), any other
 * is a plain link.
 */
export function AfterTheEvent({ after, title, locale, peertubeHosts }: Props) {
  if (!after) return null
  const t = programmeText(locale)
  const hasSummary = ((after.summary as { root?: { children?: unknown[] } } | null)?.root?.children?.length ?? 0) > 0
  if (!after.slides && !after.recordingUrl && !hasSummary && !after.perspective) return null
  const embed = recordingEmbed(after.recordingUrl, peertubeHosts)
  return (
    <section aria-labelledby="after-the-event" className={styles.after}>
      <h2 id="after-the-event">{t.afterTheEvent}</h2>
      {after.recordingUrl && (
        <div className={styles.recording}>
          <h3>{t.recording}</h3>
          {embed && (
            <div className={styles.frame}>
              <iframe
                src={embed.src}
                title={t.recordingFrameTitle(title)}
                loading="lazy"
                allow="fullscreen; picture-in-picture"
                referrerPolicy="strict-origin-when-cross-origin"
                sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
              />
            </div>
          )}
          <p>
            <a href={after.recordingUrl} rel="noopener noreferrer">
              {t.watchRecording(new URL(after.recordingUrl).hostname)}
            </a>
          </p>
        </div>
      )}
      {after.slides && (
        <p className={styles.slides}>
          <a href={after.slides.url} {...(after.slides.uploaded ? { type: 'application/pdf' } : { rel: 'noopener noreferrer' })}>
            {after.slides.uploaded ? t.slidesPdf : t.slides}
          </a>
        </p>
      )}
      {hasSummary && (
        <div>
          <h3>{t.summary}</h3>
          <RichText value={after.summary} />
        </div>
      )}
      {after.perspective && (
        <p className={styles.reflection}>
          <Link href={localePath(locale, routes.perspective(after.perspective.slug))}>{t.readReflection(after.perspective.title)}</Link>
        </p>
      )}
    </section>
  )
}
