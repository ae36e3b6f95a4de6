import type { Field, FieldHook, PayloadRequest } from 'payload'

import { isEditorOrAdminField } from '../access'
import { hasRole } from '../access/roles'
import { hasText } from '../richText/plainText'
import { sameTransaction } from '../db/sameTransaction'

/**
 * Tells editors which French texts are missing. The admin shows a missing French text as an empty field,
 * while the French site silently shows the English one (localization fallback): this sidebar field and
 * list column name those fields, for editors only. Computed on read, never stored.
 */
const TRANSLATION_STATUS_FIELD = 'frenchTranslation'
const SKIP = 'skipTranslationStatus'

type Data = Record<string, unknown>

function labelOf(field: { name?: string; label?: unknown }): string {
  if (typeof field.label === 'string') return field.label
  // A label in both admin languages ({ en, fr }): the English one names the field in this hint.
  const english = (field.label as { en?: unknown } | null | undefined)?.en
  return typeof english === 'string' ? english : (field.name ?? '')
}

/**
 * The labels of the localized fields that have English text and no French text, in a document read
 * with `locale: 'all'` (each localized value is `{ en, fr }`). Walks groups, rows, tabs, arrays and blocks.
 */
export function missingFrench(fields: readonly Field[], data: Data | undefined, prefix = ''): string[] {
  if (!data) return []
  const missing: string[] = []
  for (const field of fields) {
    if ('virtual' in field && field.virtual) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        missing.push(...missingFrench(tab.fields, named ? (data[tab.name] as Data) : data, named ? `${prefix}${labelOf(tab)} › ` : prefix))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      missing.push(...missingFrench(field.fields, data, prefix))
      continue
    }
    if (!('name' in field) || field.type === 'ui') continue
    const value = data[field.name]
    const label = `${prefix}${labelOf(field)}`
    if ('localized' in field && field.localized) {
      const byLocale = (value ?? {}) as Data
      if (hasText(byLocale.en) && !hasText(byLocale.fr)) missing.push(label)
      continue
    }
    if (field.type === 'group') {
      missing.push(...missingFrench(field.fields, value as Data, `${label} › `))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => missing.push(...missingFrench(field.fields, row as Data, `${label} ${index + 1} › `)))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === (row as Data).blockType)
        if (block) missing.push(...missingFrench(block.fields, row as Data, `${label} ${index + 1} › `))
      })
    }
  }
  return missing
}

export function describeMissingFrench(missing: readonly string[]): string {
  return missing.length === 0 ? 'Complete' : `Missing: ${missing.join(', ')}`
}

const computeStatus: FieldHook = async ({ collection, originalDoc, data, req }) => {
  const id = (originalDoc as Data | undefined)?.id ?? (data as Data | undefined)?.id
  if (!collection || id === undefined || req.context[SKIP] || !hasRole(req.user, 'admin', 'editor')) return undefined
  const all = await req.payload.findByID({
    collection: collection.slug,
    id: id as number | string,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
    // A document being deleted is read once more after it is gone.
    disableErrors: true,
    // In the save's transaction (MongoDB): the document as just saved, not as before.
    req: sameTransaction(req, { [SKIP]: true, disableRevalidate: true }) as PayloadRequest,
  })
  if (!all) return undefined
  return describeMissingFrench(missingFrench(collection.fields, all as unknown as Data))
}

/** The sidebar field and list column; add it to collections whose editors write French texts. */
export function translationStatusField(): Field {
  return {
    name: TRANSLATION_STATUS_FIELD,
    label: 'French translation',
    type: 'text',
    virtual: true,
    access: { read: isEditorOrAdminField, create: () => false, update: () => false },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description:
        'Texts written in English but not in French. Visitors of the French site read the English text there until it is translated (switch the locale at the top to French to write it).',
    },
    hooks: { afterRead: [computeStatus] },
  }
}
