import type { Payload } from 'payload'

/** Whether a reference names a proposal of this edition (the confirmation page shows nothing else of it). */
export async function proposalReferenceExists(payload: Payload, editionId: number | string, reference: string): Promise<boolean> {
  if (!/^CAI-\d{4}-[2-9A-HJ-NP-Z]{6}$/.test(reference)) return false
  const { totalDocs } = await payload.count({
    collection: 'proposals',
    where: { and: [{ reference: { equals: reference } }, { edition: { equals: editionId } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}
