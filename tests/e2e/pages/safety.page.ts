import type { Page } from 'playwright-core'

/** What a page shows that our data could have injected: the probe of tests/e2e/hostile-input.e2e.ts. */
export type SafetyScan = {
  /** window.__xss, set by every hostile payload if it ever runs. */
  xss: unknown
  /** Elements with an event-handler attribute (on…): public pages have none of their own. */
  handlers: string[]
  /** href/src/action/formaction values with a javascript: (or vbscript:/data:) scheme. */
  scriptUrls: string[]
  /** Elements a payload would create if parsed as markup: img[src=x], svg, scripts mentioning __xss. */
  injected: string[]
  /** The visible text of <body>, where the payloads should show as plain text. */
  text: string
}

export class SafetyProbe {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async visit(path: string) {
    return this.page.goto(`${this.baseURL}${path}`, { waitUntil: 'load' })
  }

  scan(): Promise<SafetyScan> {
    // A string, not a function: tsx would wrap named helpers in __name(), which the page does not have.
    return this.page.evaluate(SCAN) as Promise<SafetyScan>
  }
}

const SCAN = `(() => {
  const describe = (element) => element.outerHTML.slice(0, 120)
  const all = [...document.querySelectorAll('*')]
  const handlers = all.filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).map(describe)
  const scriptUrls = all.flatMap((element) =>
    ['href', 'src', 'action', 'formaction', 'xlink:href']
      .map((name) => element.getAttribute(name))
      .filter((value) => value !== null && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(value)),
  )
  const injected = [
    ...document.querySelectorAll('img[src="x"], svg[onload]'),
    ...[...document.querySelectorAll('script')].filter(
      // JSON-LD and Next's flight data (self.__next_f.push("…")) carry our text as JSON strings, not code;
      // that they cannot close their <script> is checked on the raw HTML.
      (script) =>
        (script.textContent || '').includes('__xss') &&
        script.type !== 'application/ld+json' &&
        !(script.textContent || '').startsWith('self.__next_f.push('),
    ),
  ].map(describe)
  return { xss: window.__xss, handlers, scriptUrls, injected, text: document.body.innerText }
})()`
