import type { JobsConfig, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { EMAIL_QUEUE, sendEmailTask } from '../email/task'

const isAdmin = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')
const isEditorOrAdmin = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'editor')

/**
 * Payload's jobs queue. The server runs the email queue every 10 seconds (autoRun starts with the
 * server's Payload, `getPayload({ cron: true })`; scripts and tests do not start it and run the queue
 * on demand with runEmailJobs). Jobs hold addresses: nobody reads them through the API.
 */
export const jobsConfig: JobsConfig = {
  tasks: [sendEmailTask as never],
  autoRun: [{ cron: '*/10 * * * * *', queue: EMAIL_QUEUE, limit: 20 }],
  access: { run: isEditorOrAdmin, queue: isAdmin, cancel: isAdmin },
}
