import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type React from 'react'

import { hasRole } from '../../access/roles'

/**
 * Custom admin views for editors and admins (the Decisions outbox, the schedule board). `editorsOnly`
 * first, before the view reads anything: a visitor goes to the login, any other role to the dashboard.
 * `AdminFrame` then draws the view inside the admin's own frame (navigation, header).
 */
export function editorsOnly(req: PayloadRequest): void {
  if (!req.user) redirect('/admin/login')
  if (!hasRole(req.user, 'admin', 'editor')) redirect('/admin')
}

export function AdminFrame({
  initPageResult,
  params,
  searchParams,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: React.ReactNode }) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      {children}
    </DefaultTemplate>
  )
}
