import { FORMAT_PART_KINDS } from '../editions/Editions'

/**
 * The choices of a proposal, with their labels in both admin languages: the collection shows them,
 * the CSV export writes the English label beside the stored code.
 */
type Option = { label: { en: string; fr: string }; value: string }

export const STATUS_OPTIONS = [
  { label: { en: 'Submitted', fr: 'Soumise' }, value: 'submitted' },
  { label: { en: 'In review', fr: 'En évaluation' }, value: 'in-review' },
  { label: { en: 'Accepted', fr: 'Acceptée' }, value: 'accepted' },
  { label: { en: 'Waitlisted', fr: 'En liste d’attente' }, value: 'waitlisted' },
  { label: { en: 'Rejected', fr: 'Refusée' }, value: 'rejected' },
  { label: { en: 'Withdrawn', fr: 'Retirée' }, value: 'withdrawn' },
] satisfies Option[]

export const FORMAT_OPTIONS = [
  { label: { en: 'Framing talk', fr: 'Intervention de cadrage' }, value: FORMAT_PART_KINDS[0] },
  { label: { en: 'Reflection with the audience', fr: 'Réflexion avec le public' }, value: FORMAT_PART_KINDS[1] },
  { label: { en: 'Inspiring initiative', fr: 'Initiative inspirante' }, value: FORMAT_PART_KINDS[2] },
] satisfies Option[]

export const DURATION_OPTIONS = [
  { label: { en: '15 minutes', fr: '15 minutes' }, value: '15' },
  { label: { en: '30 minutes', fr: '30 minutes' }, value: '30' },
  { label: { en: '45 minutes', fr: '45 minutes' }, value: '45' },
  { label: { en: '60 minutes or more', fr: '60 minutes ou plus' }, value: '60+' },
  { label: { en: 'Flexible', fr: 'Flexible' }, value: 'flexible' },
] satisfies Option[]

/** The English label of a stored code, or the code itself when it is not (or no longer) an option. */
export function optionLabel(options: readonly Option[], value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  return options.find((option) => option.value === value)?.label.en ?? String(value)
}
