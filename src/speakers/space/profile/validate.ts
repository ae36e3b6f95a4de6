import { judgeUpload, MAX_UPLOAD_BYTES } from '../../../media/rules'

/**
 * The speaker's profile form: what it holds as typed (kept on error), and its server validation.
 * The limits are the speakers collection's own (src/speakers/Speakers.ts), so a valid form always saves.
 */
export const PROFILE_LIMITS = { name: 120, affiliation: 160, bio: 3000, linkLabel: 80, linkUrl: 500, links: 10, alt: 300 } as const

export type ProfileValues = {
  name: string
  affiliationEn: string
  affiliationFr: string
  bioEn: string
  bioFr: string
  links: Array<{ label: string; url: string }>
  altEn: string
  altFr: string
}

export type ProfileField = 'name' | 'affiliationEn' | 'affiliationFr' | 'bioEn' | 'bioFr' | 'links' | 'photo' | 'altEn' | 'altFr'

export type ProfileError =
  | { code: 'required' }
  | { code: 'tooLong'; limit: number }
  | { code: 'tooMany'; limit: number }
  | { code: 'linkUrl'; row: number }
  | { code: 'linkLabel'; row: number }
  | { code: 'photoTooLarge'; limitMb: number }
  | { code: 'photoRefused'; detail: string }

export type ProfileErrors = Partial<Record<ProfileField, ProfileError>>

/** An uploaded file as the form carried it. */
export type PhotoUpload = { name: string; data: Buffer; mimetype: string; size: number }

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] }

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')

export function readProfileForm(form: FormLike): ProfileValues {
  const labels = form.getAll('linkLabel').map(text)
  const urls = form.getAll('linkUrl').map(text)
  const links = Array.from({ length: Math.max(labels.length, urls.length) }, (_, i) => ({ label: labels[i] ?? '', url: urls[i] ?? '' }))
  return {
    name: text(form.get('name')),
    affiliationEn: text(form.get('affiliationEn')),
    affiliationFr: text(form.get('affiliationFr')),
    bioEn: text(form.get('bioEn')),
    bioFr: text(form.get('bioFr')),
    links: links.filter((link) => link.label || link.url),
    altEn: text(form.get('altEn')),
    altFr: text(form.get('altFr')),
  }
}

/** The posted file, or null when the file input was left empty (browsers send an empty part). */
export async function readPhoto(form: FormLike): Promise<PhotoUpload | null> {
  const value = form.get('photo')
  if (!value || typeof value !== 'object' || !('arrayBuffer' in value)) return null
  const file = value as File
  if (file.size === 0 && !file.name) return null
  return { name: file.name, data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, size: file.size }
}

/** Links are https only: a speaker's page never sends its readers over plain http. */
function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && Boolean(url.hostname)
  } catch {
    return false
  }
}

export function validateProfile(values: ProfileValues, photo: PhotoUpload | null): ProfileErrors {
  const errors: ProfileErrors = {}
  const limit = (field: ProfileField, value: string, max: number) => {
    if (value.length > max) errors[field] = { code: 'tooLong', limit: max }
  }
  if (!values.name) errors.name = { code: 'required' }
  else limit('name', values.name, PROFILE_LIMITS.name)
  limit('affiliationEn', values.affiliationEn, PROFILE_LIMITS.affiliation)
  limit('affiliationFr', values.affiliationFr, PROFILE_LIMITS.affiliation)
  limit('bioEn', values.bioEn, PROFILE_LIMITS.bio)
  limit('bioFr', values.bioFr, PROFILE_LIMITS.bio)
  if (values.links.length > PROFILE_LIMITS.links) errors.links = { code: 'tooMany', limit: PROFILE_LIMITS.links }
  else {
    const row = values.links.findIndex((link) => !isHttpsUrl(link.url) || link.url.length > PROFILE_LIMITS.linkUrl)
    const unlabelled = values.links.findIndex((link) => !link.label || link.label.length > PROFILE_LIMITS.linkLabel)
    if (row >= 0) errors.links = { code: 'linkUrl', row: row + 1 }
    else if (unlabelled >= 0) errors.links = { code: 'linkLabel', row: unlabelled + 1 }
  }
  if (photo) {
    const verdict = judgeUpload(photo)
    if (!verdict.ok) {
      errors.photo =
        verdict.status === 413
          ? { code: 'photoTooLarge', limitMb: MAX_UPLOAD_BYTES / 1024 / 1024 }
          : { code: 'photoRefused', detail: verdict.message }
    }
    // Alternative text in both languages: the photo is shown on the English and the French pages.
    if (!values.altEn) errors.altEn = { code: 'required' }
    else limit('altEn', values.altEn, PROFILE_LIMITS.alt)
    if (!values.altFr) errors.altFr = { code: 'required' }
    else limit('altFr', values.altFr, PROFILE_LIMITS.alt)
  }
  return errors
}
