import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'

import { withoutRowIdFilters } from '../../fields/listFilters'

/**
 * The admin's shared behaviour, added to every collection and global it concerns in one place instead
 * of a line in each config: new collections get it too.
 */
const LOCALE_SWITCH_GUARD = '/platform/ui/admin/LocaleSwitchGuard#LocaleSwitchGuard'
const ERROR_SUMMARY = '/platform/ui/admin/ErrorSummary#ErrorSummary'
const PREVIEW_BUTTON = '/platform/ui/admin/PreviewButton#PreviewButton'
const BRAND_LOGO = '/platform/ui/admin/Brand#Logo'
const BRAND_ICON = '/platform/ui/admin/Brand#Icon'
const OPEN_NAV = '/platform/ui/admin/OpenNavOnWideScreens#OpenNavOnWideScreens'

/** True when a field list (with its rows, tabs, groups, arrays and blocks) holds a localized field. */
export function hasLocalizedField(fields: readonly Field[]): boolean {
  return fields.some((field) => {
    if ('localized' in field && field.localized) return true
    if ('fields' in field && Array.isArray(field.fields) && hasLocalizedField(field.fields)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasLocalizedField(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => typeof block !== 'string' && hasLocalizedField(block.fields))
    return false
  })
}

/** Collections keep these components under `admin.components.edit`, globals under `admin.components.elements`. */
function withBeforeDocumentControls<T extends CollectionConfig | GlobalConfig>(entity: T, key: 'edit' | 'elements', added: string[]): T {
  const admin = (entity.admin ?? {}) as Record<string, unknown>
  const components = (admin.components ?? {}) as Record<string, unknown>
  const group = (components[key] ?? {}) as { beforeDocumentControls?: unknown[] }
  const before = group.beforeDocumentControls ?? []
  return {
    ...entity,
    admin: { ...admin, components: { ...components, [key]: { ...group, beforeDocumentControls: [...before, ...added] } } },
  } as T
}

/** Every edit view gets the error summary; those with localized fields also the language-switch guard. */
function editViewComponents(fields: CollectionConfig['fields']): string[] {
  return hasLocalizedField(fields) ? [ERROR_SUMMARY, LOCALE_SWITCH_GUARD] : [ERROR_SUMMARY]
}
/** Collections with a preview get the labelled Preview button. */
function withLabelledPreview(collection: CollectionConfig): CollectionConfig {
  if (!collection.admin?.preview) return collection
  const components = collection.admin.components ?? {}
  return {
    ...collection,
    admin: { ...collection.admin, components: { ...components, edit: { ...components.edit, PreviewButton: PREVIEW_BUTTON } } },
  }
}

const enhanceCollection = (collection: CollectionConfig) =>
  withoutRowIdFilters(withLabelledPreview(withBeforeDocumentControls(collection, 'edit', editViewComponents(collection.fields))))
const enhanceGlobal = (global: GlobalConfig) => withBeforeDocumentControls(global, 'elements', editViewComponents(global.fields))

export function adminExperience(): Plugin {
  return (config) => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        graphics: { Logo: BRAND_LOGO, Icon: BRAND_ICON, ...config.admin?.components?.graphics },
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), OPEN_NAV],
      },
    },
    collections: (config.collections ?? []).map(enhanceCollection),
    globals: (config.globals ?? []).map(enhanceGlobal),
  })
}
