/**
 * The login cookie's attributes. Always HttpOnly (Payload sets it); SameSite=Lax so it is not sent
 * on cross-site sub-requests; Secure in production so it never travels over plain http.
 * COOKIE_SECURE=false is the one escape hatch, for trying production mode over http on another host
 * than localhost; it is ignored outside production, where cookies are never Secure.
 */
export function authCookieOptions(env: Record<string, string | undefined>): { sameSite: 'Lax'; secure: boolean } {
  return { sameSite: 'Lax', secure: env.NODE_ENV === 'production' && env.COOKIE_SECURE !== 'false' }
}
