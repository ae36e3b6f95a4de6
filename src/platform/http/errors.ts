import { APIError, ValidationError } from 'payload'

/**
 * The one error type of our custom endpoints and route handlers. Thrown anywhere below a handler
 * wrapped by `endpoint()` (or answered with `errorResponse` by a route handler), it becomes `{ errors: [{ message, field? }] }` with its
 * status: the shape Payload's own REST API answers with, so clients read every error the same way.
 */
export class HttpError extends APIError {
  readonly field: string | undefined

  constructor(message: string, status: number, field?: string) {
    super(message, status, undefined, true)
    this.name = 'HttpError'
    this.field = field
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(message, 400, field)
export const unauthorized = (message: string) => new HttpError(message, 401)
export const forbidden = (message: string) => new HttpError(message, 403)
export const notFound = (message: string) => new HttpError(message, 404)
export const conflict = (message: string) => new HttpError(message, 409)

export type ErrorItem = { message: string; field?: string }

/** Payload's error shape, with the right status. */
export function errorResponse(status: number, errors: ErrorItem[], headers?: HeadersInit): Response {
  return Response.json({ errors }, { status, headers })
}

/**
 * An error as an answer, or null when it is not a client error (a bug or an outage: the caller lets
 * it through, so it is logged with its stack and answered 500 by the framework).
 */
export function clientErrorResponse(error: unknown): Response | null {
  if (error instanceof HttpError) {
    return errorResponse(error.status, [{ message: error.message, ...(error.field ? { field: error.field } : {}) }])
  }
  if (error instanceof ValidationError) {
    const fields = (error.data?.errors ?? []).map((item) => ({ message: item.message, field: item.path }))
    return errorResponse(400, fields.length > 0 ? fields : [{ message: error.message }])
  }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    return errorResponse(error.status, [{ message: error.message }])
  }
  return null
}
