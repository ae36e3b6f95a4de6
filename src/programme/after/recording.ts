/**
 * Recordings after the event: a session's recording URL is always shown as a link; it is embedded
 * only from an allow-list (YouTube through its no-cookie domain, Vimeo's player, and the PeerTube
 * instances the editors list in Site settings), so the page never frames an arbitrary site.
 */
export type RecordingEmbed = { provider: 'youtube' | 'vimeo' | 'peertube'; src: string }

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const PEERTUBE_ID = /^[A-Za-z0-9-]{6,64}$/

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url.trim())
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed : null
  } catch {
    return null
  }
}

/** "peertube.example.org" from what editors type ("https://PeerTube.example.org/", " peertube.example.org"). */
export function normaliseHost(value: string): string | null {
  const text = value.trim().toLowerCase()
  if (!text) return null
  const host = parse(text.includes('://') ? text : `https://${text}`)?.hostname ?? null
  return host && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : null
}

export function recordingEmbed(url: string | null | undefined, peertubeHosts: readonly string[] = []): RecordingEmbed | null {
  if (!url) return null
  const parsed = parse(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase()
  const parts = parsed.pathname.split('/').filter(Boolean)
  if (['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'youtu.be'].includes(host)) {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'watch'
          ? parsed.searchParams.get('v')
          : ['embed', 'live', 'shorts'].includes(parts[0] ?? '')
            ? parts[1]
            : null
    return id && YOUTUBE_ID.test(id) ? { provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}` } : null
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    const id = host === 'player.vimeo.com' ? (parts[0] === 'video' ? parts[1] : null) : parts[0]
    return id && /^\d{1,12}$/.test(id) ? { provider: 'vimeo', src: `https://player.vimeo.com/video/${id}` } : null
  }
  const allowed = new Set(peertubeHosts.map(normaliseHost).filter((value): value is string => value !== null))
  if (allowed.has(host)) {
    const id = parts[0] === 'w' ? parts[1] : parts[0] === 'videos' && ['watch', 'embed'].includes(parts[1] ?? '') ? parts[2] : null
    return id && PEERTUBE_ID.test(id) ? { provider: 'peertube', src: `https://${host}/videos/embed/${id}` } : null
  }
  return null
}

/** A recording or slides URL editors may save: https only (shown as a link even when not embedded). */
export function validHttpsUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && parse(value) ? true : 'Give a full https:// address.'
}

/** The PeerTube hosts editors listed in Site settings, one a line (blank lines ignored). */
export function peertubeHostsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map(normaliseHost)
    .filter((host): host is string => host !== null)
}

export function validPeertubeHosts(value: unknown): true | string {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string') return 'One host a line.'
  const wrong = value.split(/\r?\n/).find((line) => line.trim() !== '' && normaliseHost(line) === null)
  return wrong === undefined ? true : `"${wrong.trim()}" is not a host name (e.g. peertube.example.org).`
}
