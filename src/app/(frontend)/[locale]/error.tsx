'use client'

import Link from 'next/link'

/**
 * The 500 page: no message, stack or digest of the error reaches the visitor (they are in the
 * server log); a way to retry and a way home, in both languages.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container" style={{ padding: '3rem 0' }}>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <p lang="fr">Une erreur est survenue : la page n’a pas pu être affichée. Réessayez dans un instant.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again / Réessayer
        </button>{' '}
        <Link href="/">Home</Link> · <Link href="/fr">Accueil</Link>
      </p>
    </main>
  )
}
