import { handleInvitationGet, handleInvitationPost } from '@/cfp/coSpeakers/http'
import { payloadClient } from '@/platform/payload'

type Context = { params: Promise<{ locale: string }> }

/** The co-speaker's invitation link: GET shows Accept/Decline, POST answers (src/cfp/coSpeakers/http.ts). */
export async function GET(request: Request, { params }: Context) {
  return handleInvitationGet(request, { payload: payloadClient, locale: (await params).locale })
}

export async function POST(request: Request, { params }: Context) {
  return handleInvitationPost(request, { payload: payloadClient, locale: (await params).locale })
}
