import { badRequest } from '../../platform/http/errors'

/**
 * What "Prepare the next edition" may copy. Proposals, reviews, sessions and speakers' participation
 * are not in this list on purpose: they belong to the year they happened in.
 */
export const COPY_CHOICES = [
  { key: 'format', label: 'Format parts', detail: 'the format blocks with their heading, introduction and note' },
  { key: 'themes', label: 'Themes', detail: 'as new draft themes of the new edition, each linked to the theme it continues' },
  { key: 'committee', label: 'Scientific committee', detail: 'its members, their roles and order, and the committee introduction' },
  { key: 'cfpTexts', label: 'Call for proposals texts and contact', detail: 'heading, introduction, contact address, anonymous reviews' },
  { key: 'links', label: 'Registration and newsletter links', detail: 'the registration address and the newsletter sign-up address' },
  { key: 'seo', label: 'SEO texts', detail: 'search-engine title and description' },
] as const

export type CopyChoice = (typeof COPY_CHOICES)[number]['key']
export type CopyChoices = Record<CopyChoice, boolean>

export const NOTHING: CopyChoices = { format: false, themes: false, committee: false, cfpTexts: false, links: false, seo: false }
export const EVERYTHING: CopyChoices = { format: true, themes: true, committee: true, cfpTexts: true, links: true, seo: true }

/** `{ copy: { themes: true, … } }` from a request body; unknown keys and non-booleans are a 400. */
export function parseCopyChoices(body: Record<string, unknown>): CopyChoices {
  const raw = body.copy
  if (raw === undefined)
    throw badRequest('Say what to copy: copy: { format, themes, committee, cfpTexts, links, seo } (true or false each).', 'copy')
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw badRequest('copy must be an object of true/false choices.', 'copy')
  const choices = { ...NOTHING }
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in choices)) {
      throw badRequest(`"${key}" cannot be copied; the choices are ${COPY_CHOICES.map((choice) => choice.key).join(', ')}.`, `copy.${key}`)
    }
    if (typeof value !== 'boolean') throw badRequest(`copy.${key} must be true or false.`, `copy.${key}`)
    choices[key as CopyChoice] = value
  }
  return choices
}
