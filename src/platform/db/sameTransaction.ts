import type { PayloadRequest, RequestContext } from 'payload'

/**
 * A request for a nested Local API call that joins the caller's transaction (MongoDB runs each
 * request in one: a read without it sees the state before the save) but keeps its own context.
 * Passing `req` itself would merge the call's context into the caller's for the rest of the request.
 */
export function sameTransaction(req: PayloadRequest, context: RequestContext = {}): Partial<PayloadRequest> {
  return {
    payload: req.payload,
    transactionID: req.transactionID,
    user: req.user,
    i18n: req.i18n,
    t: req.t,
    context: { ...req.context, ...context },
  }
}
