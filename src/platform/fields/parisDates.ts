import type { DateField, FieldHook } from 'payload'

import { endOfDayInParis, EVENT_TIME_ZONE, parisWallClock } from '../dates'

/**
 * Date fields of the conference, entered and shown in Paris time whatever the editor's browser zone:
 * Payload's per-field time zone with Paris as the only choice, "1 Dec 2026" and 24-hour times, and
 * typed dates read day first (formats that could swap day and month are never tried).
 */
const DAY_FORMAT = 'd MMM yyyy'
const TIME_FORMAT = 'HH:mm'
const DAY_AND_TIME_FORMAT = `${DAY_FORMAT}, ${TIME_FORMAT}`

/** What the date input accepts when typed; the first is how it shows dates. */
const DAY_INPUT_FORMATS = [DAY_FORMAT, 'd MMMM yyyy', 'dd/MM/yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd']
const DAY_AND_TIME_INPUT_FORMATS = [DAY_AND_TIME_FORMAT, 'd MMM yyyy HH:mm', 'dd/MM/yyyy HH:mm', 'd/M/yyyy HH:mm', 'yyyy-MM-dd HH:mm']

/** Paris on every read, also for documents saved before the zone was recorded. */
const parisOnRead: FieldHook = ({ value }) => value ?? EVENT_TIME_ZONE

const PARIS_TIME_ZONE: NonNullable<DateField['timezone']> = {
  defaultTimezone: EVENT_TIME_ZONE,
  supportedTimezones: [{ label: 'Paris', value: EVENT_TIME_ZONE }],
  override: ({ baseField }) => ({
    ...baseField,
    hooks: { ...baseField.hooks, afterRead: [...(baseField.hooks?.afterRead ?? []), parisOnRead] },
  }),
}

type Options = Partial<Pick<DateField, 'label' | 'required' | 'validate' | 'index'>> & { description?: string }

function base(name: string, options: Options): Pick<DateField, 'name' | 'type' | 'timezone'> & Partial<DateField> {
  const { description, ...rest } = options
  return { name, type: 'date', timezone: PARIS_TIME_ZONE, ...rest, ...(description ? { admin: { description } } : {}) }
}

/** A calendar day in Paris (the edition's first and last day). */
export function parisDayField(name: string, options: Options = {}): DateField {
  const field = base(name, options)
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        pickerAppearance: 'dayOnly',
        displayFormat: DAY_FORMAT,
        overrides: { dateFormat: DAY_INPUT_FORMATS, strictParsing: true },
      },
    },
  } as DateField
}

/** A day and a 24-hour time in Paris (a session's start, when a call opens). */
export function parisDayAndTimeField(name: string, options: Options = {}): DateField {
  const field = base(name, options)
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        pickerAppearance: 'dayAndTime',
        displayFormat: DAY_AND_TIME_FORMAT,
        timeFormat: TIME_FORMAT,
        timeIntervals: 15,
        overrides: { dateFormat: DAY_AND_TIME_INPUT_FORMATS, strictParsing: true },
      },
    },
  } as DateField
}

/** The Paris calendar day an instant falls on, "YYYY-MM-DD". */
export function parisDay(at: Date): string {
  const clock = parisWallClock(at)
  return `${clock.year}-${clock.month}-${clock.day}`
}

/** Any instant of a day becomes the last second of that day in Paris. */
export const toEndOfParisDay: FieldHook = ({ value }) => {
  if (value === null || value === undefined || value === '') return value
  const at = new Date(String(value))
  return Number.isNaN(at.getTime()) ? value : endOfDayInParis(parisDay(at)).toISOString()
}

/** A deadline picked as a day: it means the end of that day in Paris (23:59:59). */
export function parisDeadlineDayField(name: string, options: Options = {}): DateField {
  const field = parisDayField(name, options)
  return { ...field, hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), toEndOfParisDay] } }
}
