import type { AfterErrorHook } from 'payload'

type FieldError = { path: string; message: string; label?: unknown }
type ErrorWithData = { name?: unknown; message?: unknown; status?: unknown; data?: { errors?: FieldError[] } }

/**
 * Payload answers a refused save with each field's path and message (`errors[0].data.errors`), which
 * its admin uses to mark the fields and their tab. It picks that shape with `instanceof
 * ValidationError`, and in our production build the error thrown and the class compared are two copies
 * of the same class (whose names the minifier changed too), so the answer lost its `data`: the admin
 * only had a toast ("The following field is invalid: …") and no field in red. This puts the field
 * errors back, recognising a validation error by its shape: a 400 with a list of field paths.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const failure = error as ErrorWithData
  const fieldErrors = failure.data?.errors
  const isValidation =
    (failure.status === undefined || failure.status === 400) &&
    Array.isArray(fieldErrors) &&
    fieldErrors.length > 0 &&
    fieldErrors.every((entry) => typeof entry?.path === 'string' && typeof entry?.message === 'string')
  if (!isValidation) return
  const first = (result as { errors?: Array<{ data?: unknown }> } | undefined)?.errors?.[0]
  if (first?.data) return
  return {
    response: { errors: [{ name: 'ValidationError', message: String(failure.message ?? ''), data: failure.data }] },
    status: typeof failure.status === 'number' ? failure.status : 400,
  }
}
