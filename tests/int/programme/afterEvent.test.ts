/**
 * After the event: which recording URLs are embedded (an allow-list: YouTube without cookies, Vimeo,
 * the editors' PeerTube instances), which uploaded slides are accepted (PDF by its bytes, ≤ 20 MB), and
 * the page's frame-src (exactly the origins of its frames).
 */
import { normaliseHost, peertubeHostsOf, recordingEmbed, validHttpsUrl, validPeertubeHosts } from '../../../src/programme/after/recording'
import { checkSlidesFile, SLIDES_MAX_BYTES } from '../../../src/programme/after/slidesFile'
import { frameOrigins } from '../../../src/platform/server/publicHtml'
import { PUBLIC_PAGE_CSP, publicPageCsp } from '../../../src/platform/server/securityHeaders.mjs'
import { SAMPLE_PDF as pdf } from '../../fixtures/sampleFiles'

const PEERTUBE = ['peertube.example.org']
const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d'

describe('recording embeds', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871?h=abc', 'https://player.vimeo.com/video/76979871'],
    [`https://peertube.example.org/w/${UUID}`, `https://peertube.example.org/videos/embed/${UUID}`],
    [`https://PeerTube.Example.org/videos/watch/${UUID}`, `https://peertube.example.org/videos/embed/${UUID}`],
    ['https://peertube.example.org/videos/embed/abcdefgh', 'https://peertube.example.org/videos/embed/abcdefgh'],
  ])('embeds %s as %s', (url, src) => {
    expect(recordingEmbed(url, PEERTUBE)?.src).toBe(src)
  })

  it.each([
    // Other sites, and look-alikes of allowed hosts.
    'https://evil.test/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ',
    'https://evilyoutube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com.evil.test/76979871',
    `https://peertube.example.org.evil.test/w/${UUID}`,
    `https://evil-peertube.example.org/w/${UUID}`,
    `https://sub.peertube.example.org/w/${UUID}`,
    // A PeerTube instance nobody listed.
    `https://framatube.org/w/${UUID}`,
    // Not https, credentials, other schemes.
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://user:pass@vimeo.com/76979871',
    'https://user@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//www.youtube.com/watch?v=dQw4w9WgXcQ',
    // Ids that would smuggle a path, a query or markup into the frame's address.
    'https://www.youtube.com/watch?v=<script>',
    'https://www.youtube.com/watch?v=dQw4w9WgXc%22',
    'https://www.youtube.com/watch?v=../../evil',
    'https://youtu.be/dQw4w9WgXcQ/../../x',
    'https://vimeo.com/channels/staffpicks',
    'https://player.vimeo.com/video/76979871%2F..%2F',
    `https://peertube.example.org/w/..%2F..%2Fadmin`,
    'https://peertube.example.org/about',
    // Not a URL at all.
    'not a url',
    '',
  ])('never embeds %s', (url) => {
    expect(recordingEmbed(url, PEERTUBE)).toBeNull()
  })

  it('reads the PeerTube instances editors list, one a line, and refuses what is not a host', () => {
    expect(peertubeHostsOf('https://PeerTube.example.org/\n\n  video.example.net \nnot a host')).toEqual([
      'peertube.example.org',
      'video.example.net',
    ])
    expect(validPeertubeHosts('peertube.example.org\nvideo.example.net')).toBe(true)
    expect(validPeertubeHosts('peertube.example.org\n<script>')).toMatch(/is not a host name/)
    expect(normaliseHost('not a host')).toBeNull()
  })

  it('accepts only https addresses to save', () => {
    expect(validHttpsUrl('https://example.org/slides.pdf')).toBe(true)
    expect(validHttpsUrl('')).toBe(true)
    for (const url of ['http://example.org/slides.pdf', 'javascript:alert(1)', 'https://user:pw@example.org/', 'slides.pdf'])
      expect(validHttpsUrl(url)).toBe('Give a full https:// address.')
  })
})

describe('frame-src of a public page', () => {
  it('allows exactly the https origins of its frames, and nothing more without frames', () => {
    const html =
      '<p>x</p><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="a"></iframe>' +
      '<iframe title="b" src="https://peertube.example.org/videos/embed/abcdefgh"></iframe>' +
      '<iframe src="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa"></iframe>' +
      '<iframe src="http://insecure.example.org/x"></iframe><iframe src="javascript:alert(1)"></iframe>'
    expect(frameOrigins(html)).toEqual(['https://peertube.example.org', 'https://www.youtube-nocookie.com'])
    expect(publicPageCsp(frameOrigins(html))).toBe(
      `${PUBLIC_PAGE_CSP}; frame-src https://peertube.example.org https://www.youtube-nocookie.com`,
    )
    expect(publicPageCsp(frameOrigins('<p>no frame</p>'))).toBe(PUBLIC_PAGE_CSP)
  })
})

describe('slides files', () => {
  const named = (data: Buffer, extra: Record<string, unknown> = {}) => ({
    data,
    size: data.length,
    mimetype: 'application/pdf',
    name: 'slides.pdf',
    ...extra,
  })

  it('accepts a PDF by its bytes', () => {
    expect(checkSlidesFile(named(pdf))).toEqual({ ok: true })
    expect(checkSlidesFile(named(Buffer.from('%PDF-2.0\nxref\nstartxref\n0\n%%EOF', 'latin1')))).toEqual({ ok: true })
  })

  it.each([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['HTML with a PDF header further down', Buffer.from('<html><script>alert(1)</script>\n%PDF-1.7\nstartxref\n0\n%%EOF', 'latin1')],
    ['a PDF header without an end', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n', 'latin1')],
    ['a bare "%PDF-" with no version', Buffer.from('%PDF-\nstartxref\n0\n%%EOF', 'latin1')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s (400)', (_what, data) => {
    expect(checkSlidesFile(named(data))).toMatchObject({ ok: false, status: 400 })
  })

  it('refuses a lying type or name, and more than 20 MB (413)', () => {
    expect(checkSlidesFile(named(pdf, { mimetype: 'text/html' }))).toMatchObject({ ok: false, status: 400 })
    expect(checkSlidesFile(named(pdf, { name: 'slides.html' }))).toMatchObject({ ok: false, status: 400 })
    expect(checkSlidesFile(named(pdf, { size: SLIDES_MAX_BYTES + 1 }))).toMatchObject({ ok: false, status: 413 })
    const big = Buffer.concat([pdf, Buffer.alloc(SLIDES_MAX_BYTES)])
    expect(checkSlidesFile({ data: big, mimetype: 'application/pdf', name: 'slides.pdf' })).toMatchObject({ ok: false, status: 413 })
  })
})
