import Image from 'next/image'

import type { Media } from '../../payload-types'

type SizeName = 'thumbnail' | 'card' | 'hero'

/**
 * Payload writes absolute file URLs when the site's origin is configured; next/image would then
 * treat our own files as remote. Files of the media collection are always served from this path.
 */
function localPath(url: string): string {
  if (url.startsWith('/')) return url
  try {
    const { pathname, search } = new URL(url)
    return pathname.startsWith('/api/media/file/') ? `${pathname}${search}` : url
  } catch {
    return url
  }
}

/**
 * An uploaded image through next/image, using the size sharp made at upload time, with its
 * explicit width and height (no layout shift) and its required alt text. Lazy unless `priority`.
 */
export function MediaImage({
  media,
  size,
  sizes,
  priority = false,
  className,
}: {
  media: Media | number | string | null | undefined
  size: SizeName
  sizes: string
  priority?: boolean
  className?: string
}) {
  if (!media || typeof media !== 'object') return null
  const variant = media.sizes?.[size]
  const url = variant?.url || media.url
  const width = variant?.width || media.width
  const height = variant?.height || media.height
  if (!url || !width || !height) return null
  return (
    <Image
      src={localPath(url)}
      alt={media.alt}
      width={width}
      height={height}
      sizes={sizes}
      className={className}
      {...(priority ? { priority: true } : { loading: 'lazy' as const })}
    />
  )
}
