import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { timingErrors } from '../timing'

/**
 * Refuses a session that ends before it starts (or whose segments cannot fit in it) on every save,
 * drafts included: Payload skips field validation for drafts, and a draft programme is still a plan.
 */
export const refuseImpossibleTiming: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors = timingErrors({ start: merged.start, end: merged.end, segments: merged.segments })
  if (errors.length === 0) return data
  const error = new ValidationError({ collection: collection.slug, errors, req })
  // The REST answer keeps only the message when the error class is not the one Payload's handler knows
  // (a second copy of the module in a production bundle): make the message itself say what is wrong.
  error.message = `${error.message}. ${errors.map((entry) => entry.message).join(' ')}`
  throw error
}
