'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

/** The Year field's hint with this edition's own address (it used to name /editions/2026 on every edition). */
export function YearAddressHint() {
  const year = useFormFields(([fields]) => fields.year?.value)
  const address = typeof year === 'number' ? `/editions/${year}` : '/editions/<year>'
  return <div className="field-description">Also the address of its pages: {address}</div>
}
