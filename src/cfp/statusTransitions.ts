import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { hasRole } from '../platform/access'

/**
 * The life of a proposal, enforced on the server for every way of changing it (admin, REST, GraphQL,
 * Local API without overrideAccess... and with it: the graph is a business rule, not a permission).
 *
 *   submitted ─► in-review ─► accepted | waitlisted | rejected
 *                               waitlisted ─► accepted | rejected
 *   any open or accepted proposal ─► withdrawn (the submitter pulls out)
 *
 * Decisions are final for editors; an admin may reopen one (back to in-review), e.g. after a mistake.
 */
const PROPOSAL_STATUS_VALUES = ['submitted', 'in-review', 'accepted', 'waitlisted', 'rejected', 'withdrawn'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUS_VALUES)[number]

const NEXT_STATUSES: Record<ProposalStatus, readonly ProposalStatus[]> = {
  submitted: ['in-review', 'withdrawn'],
  'in-review': ['accepted', 'waitlisted', 'rejected', 'withdrawn'],
  waitlisted: ['accepted', 'rejected', 'withdrawn'],
  accepted: ['withdrawn'],
  rejected: [],
  withdrawn: [],
}

/** What only an admin may do on top of the graph: reopen a decided or withdrawn proposal. */
const ADMIN_REOPEN: Partial<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  accepted: ['in-review'],
  waitlisted: ['in-review'],
  rejected: ['in-review'],
  withdrawn: ['in-review'],
}

export const STATUS_DESCRIPTION =
  'submitted → in-review → accepted | waitlisted | rejected; waitlisted → accepted | rejected; ' +
  'withdrawn from any open or accepted proposal. Only an admin can reopen a decision (back to in-review). ' +
  'Use the Accept button to accept: it also creates the speaker and the draft session.'

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return typeof value === 'string' && (PROPOSAL_STATUS_VALUES as readonly string[]).includes(value)
}

function allowedNextStatuses(from: ProposalStatus, isAdmin: boolean): ProposalStatus[] {
  return [...NEXT_STATUSES[from], ...(isAdmin ? (ADMIN_REOPEN[from] ?? []) : [])]
}

/** Null when the move is allowed, else the message to show. */
export function transitionError(from: ProposalStatus, to: ProposalStatus, isAdmin: boolean): string | null {
  if (from === to) return null
  const allowed = allowedNextStatuses(from, isAdmin)
  if (allowed.includes(to)) return null
  const next = allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : 'it is final'
  const reopen = !isAdmin && ADMIN_REOPEN[from]?.includes(to) ? ' Only an admin can reopen a decision.' : ''
  return `A proposal cannot go from ${from} to ${to} (${next}).${reopen}`
}

export function assertTransition(from: ProposalStatus, to: ProposalStatus, isAdmin: boolean): void {
  const message = transitionError(from, to, isAdmin)
  if (message) throw new ValidationError({ collection: 'proposals', errors: [{ path: 'status', message }] })
}

/**
 * Refuses a status change outside the graph. Requests without a user (seed, system code with
 * overrideAccess) are held to the editor's graph as well; only a logged-in admin may reopen.
 */
export const enforceStatusTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status
  const to = data.status
  if (to === undefined || to === from || !isProposalStatus(from)) return data
  if (!isProposalStatus(to)) return data // the select field's own validation reports it
  // A speaker may withdraw while a decision is still pending: it was never released, so for them the
  // proposal is under review (refusing would reveal the decision). Only the speaker space asks this.
  if (to === 'withdrawn' && req.context.withdrawPendingDecision === true && originalDoc.decisionPending === true) return data
  assertTransition(from, to, hasRole(req.user, 'admin'))
  return data
}
