import { notFound } from 'next/navigation'

/** Any address no page answers: the localized 404 page, with a real 404 status. */
export default function UnknownPage(): never {
  notFound()
}
