/** The archive's own entry page: what it holds, in both languages, with relative links only. */

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export type IndexInput = {
  title: string
  year: number
  pages: Array<{ file: string; title: string }>
  feeds: string[]
  liveSite: string
  /** Whether CITATION.cff and metadata.json are written beside it. */
  citation: boolean
  /** The date of the newest change to the archived content (never the export's own date: archives are reproducible). */
  contentDate: string | null
}

export function renderIndex({ title, year, pages, feeds, liveSite, citation, contentDate }: IndexInput): string {
  const date = contentDate ? contentDate.slice(0, 10) : null
  const list = (items: Array<{ file: string; title: string }>) =>
    items.map((item) => `<li><a href="${escape(item.file)}">${escape(item.title || item.file)}</a></li>`).join('\n        ')
  const english = pages.filter((page) => !page.file.startsWith('fr/'))
  const french = pages.filter((page) => page.file.startsWith('fr/'))
  const data = [
    ...['content.json', ...(citation ? ['metadata.json', 'CITATION.cff'] : []), 'manifest.json'].map((file) => ({ file, title: file })),
    ...feeds.map((file) => ({ file, title: file })),
  ]
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)} — archive</title>
  <style>
    body { font: 1.0625rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f1d; }
    h1 { line-height: 1.2; } a { color: #0f5c46; } .note { color: #4a534f; }
  </style>
</head>
<body>
  <main>
    <h1>${escape(title)}</h1>
    <p>Static archive of the ${year} edition of Commons AI${date ? `, content as of ${date}` : ''}. It works offline: every link inside it is relative.</p>
    <p lang="fr">Archive statique de l’édition ${year} de Commons AI${date ? `, contenu à jour au ${date}` : ''}. Elle fonctionne hors ligne : tous ses liens internes sont relatifs.</p>
    <p><a href="editions/${year}/index.html">Read the archive in English</a> · <a href="fr/editions/${year}/index.html" lang="fr" hreflang="fr">Lire l’archive en français</a></p>
    <section aria-labelledby="en-pages">
      <h2 id="en-pages">Pages (English)</h2>
      <ul>
        ${list(english)}
      </ul>
    </section>
    <section aria-labelledby="fr-pages" lang="fr">
      <h2 id="fr-pages">Pages (français)</h2>
      <ul>
        ${list(french)}
      </ul>
    </section>
    <section aria-labelledby="data">
      <h2 id="data">Data</h2>
      <ul>
        ${list(data)}
      </ul>
    </section>
    <p class="note">Links to other editions lead to their archives, expected beside this folder in folders named by their year (<code>../2025/</code>). The original site was ${escape(liveSite)}; nothing here needs it.</p>
    <p class="note" lang="fr">Les liens vers les autres éditions mènent à leurs archives, attendues à côté de ce dossier, dans des dossiers nommés par leur année (<code>../2025/</code>). Le site d’origine était ${escape(liveSite)} ; rien ici n’en dépend.</p>
  </main>
</body>
</html>
`
}
