'use client'

import type { FormState } from 'payload'
import { useAllFormFields, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

type Refusal = { values: string; errors: Array<{ path: string; message: string }> }

const invalidFields = (fields: FormState) =>
  Object.entries(fields)
    .filter(([, field]) => field.valid === false && typeof field.errorMessage === 'string' && field.errorMessage !== '')
    .map(([path, field]) => ({ path, message: field.errorMessage as string }))

const valuesOf = (fields: FormState) => JSON.stringify(Object.entries(fields).map(([path, field]) => [path, field.value]))

/**
 * Payload sends the form's state to the server 250 ms after each change. When that answer arrives
 * after a refused save (a busy server, a quick click), it was computed without the save's errors and
 * marks every field valid again: the red fields and the summary vanish although nothing was fixed. This
 * remembers the refusal's errors with the values they judged, and puts back the ones such a late answer
 * removed while every value is still the same. Once the editor changes anything, Payload's own
 * validation decides again.
 */
export function useKeptSaveErrors(): void {
  const [fields, dispatchFields] = useAllFormFields()
  const submitted = useFormSubmitted()
  const refusal = useRef<Refusal | null>(null)

  useEffect(() => {
    if (!submitted) {
      refusal.current = null
      return
    }
    const values = valuesOf(fields)
    const errors = invalidFields(fields)
    const kept = refusal.current
    if (!kept || kept.values !== values) {
      // A new refusal, or the editor changed something: what is shown now is the truth to keep.
      refusal.current = errors.length > 0 ? { values, errors } : null
      return
    }
    const lost = kept.errors.filter(({ path }) => fields[path] && fields[path].valid !== false)
    if (lost.length > 0) dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: lost })
  }, [fields, submitted, dispatchFields])
}
