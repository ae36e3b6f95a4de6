import type { AdminViewServerProps } from 'payload'

import { AdminFrame, editorsOnly } from '../../../platform/ui/admin/EditorsAdminView'
import { Board } from './Board'

/** /admin/programme-board: the schedule board, for editors and admins, inside the admin's frame. */
export function BoardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  editorsOnly(req)
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Board />
    </AdminFrame>
  )
}
