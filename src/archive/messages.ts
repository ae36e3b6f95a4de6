/**
 * What editors read when they touch an archived edition (REST, GraphQL, admin toasts). English, like
 * the rest of the admin.
 */
const UNARCHIVE_HINT = 'an admin can unarchive it'

/**
 * "This edition is archived (2025): its themes are read-only; an admin can unarchive it."
 * `what` names the thing refused, as the subject of "are/is read-only".
 */
export function archivedMessage(year: number | string | undefined, what: string): string {
  const which = year === undefined ? '' : ` (${year})`
  return `This edition is archived${which}: ${what} read-only; ${UNARCHIVE_HINT}.`
}
