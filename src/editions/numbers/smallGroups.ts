/**
 * No group of fewer than MIN_GROUP proposals is shown on its own, so no one can be singled out: small
 * groups are merged into "other"; if "other" itself stays below the threshold, the next smallest group
 * joins it, until "other" is large enough or holds everything.
 */
export const MIN_GROUP = 5

export type Group = { key: string; label: string; count: number }
const OTHER_KEY = 'other'

export function mergeSmallGroups(groups: readonly Group[], otherLabel: string, min = MIN_GROUP): Group[] {
  const sorted = [...groups].filter((group) => group.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  const kept = sorted.filter((group) => group.count >= min)
  let other = sorted.filter((group) => group.count < min).reduce((sum, group) => sum + group.count, 0)
  while (other > 0 && other < min && kept.length > 0) other += kept.pop()!.count
  return other > 0 ? [...kept, { key: OTHER_KEY, label: otherLabel, count: other }] : kept
}
