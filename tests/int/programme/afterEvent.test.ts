/**
 * After the event: which recording URLs are embedded (an allow-list: YouTube without cookies, Vimeo,
 * the editors' PeerTube instances) and which uploaded slides are accepted (PDF by its bytes, ≤ 20 MB).
 */
import { normaliseHost, recordingEmbed, validHttpsUrl } from '../../../src/programme/after/recording'
import { checkSlidesFile, SLIDES_MAX_BYTES } from '../../../src/programme/after/slidesFile'

describe('recording embeds', () => {
  it('embeds YouTube through youtube-nocookie.com and Vimeo through its player', () => {
    const nocookie = { provider: 'youtube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' }
    expect(recordingEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30')).toEqual(nocookie)
    expect(recordingEmbed('https://youtu.be/dQw4w9WgXcQ')).toEqual(nocookie)
    expect(recordingEmbed('https://www.youtube.com/embed/dQw4w9WgXcQ')).toEqual(nocookie)
    expect(recordingEmbed('https://vimeo.com/76979871')).toEqual({ provider: 'vimeo', src: 'https://player.vimeo.com/video/76979871' })
  })

  it('embeds PeerTube only from the instances editors listed', () => {
    const url = 'https://peertube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d'
    expect(recordingEmbed(url)).toBeNull()
    expect(recordingEmbed(url, ['https://PeerTube.example.org/'])).toEqual({
      provider: 'peertube',
      src: 'https://peertube.example.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d',
    })
    expect(recordingEmbed('https://peertube.example.org.evil.test/w/abcdefgh', ['peertube.example.org'])).toBeNull()
  })

  it('never embeds anything else: other sites, http, credentials, malformed ids', () => {
    for (const url of [
      'https://evil.test/watch?v=dQw4w9WgXcQ',
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://user:pass@vimeo.com/76979871',
      'https://www.youtube.com/watch?v=<script>',
      'javascript:alert(1)',
      'https://vimeo.com/channels/staffpicks',
      'not a url',
    ]) {
      expect(recordingEmbed(url, ['peertube.example.org'])).toBeNull()
    }
    expect(normaliseHost('not a host')).toBeNull()
  })

  it('accepts only https addresses to save', () => {
    expect(validHttpsUrl('https://example.org/slides.pdf')).toBe(true)
    expect(validHttpsUrl('')).toBe(true)
    expect(validHttpsUrl('http://example.org/slides.pdf')).toBe('Give a full https:// address.')
    expect(validHttpsUrl('javascript:alert(1)')).toBe('Give a full https:// address.')
  })
})

describe('slides files', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1')
  it('accepts a PDF by its bytes', () => {
    expect(checkSlidesFile({ data: pdf, size: pdf.length, mimetype: 'application/pdf', name: 'slides.pdf' })).toEqual({ ok: true })
  })
  it('refuses other content, a lying type or name, and more than 20 MB', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(checkSlidesFile({ data: png, mimetype: 'application/pdf', name: 'slides.pdf' })).toMatchObject({ ok: false, status: 400 })
    expect(checkSlidesFile({ data: pdf, mimetype: 'text/html', name: 'slides.pdf' })).toMatchObject({ ok: false, status: 400 })
    expect(checkSlidesFile({ data: pdf, mimetype: 'application/pdf', name: 'slides.html' })).toMatchObject({ ok: false, status: 400 })
    expect(checkSlidesFile({ data: pdf, size: SLIDES_MAX_BYTES + 1, mimetype: 'application/pdf', name: 'slides.pdf' })).toMatchObject({
      ok: false,
      status: 413,
    })
  })
})
