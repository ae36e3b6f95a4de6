import { payloadClient } from '@/platform/payload'
import { handleLinkGet, handleLinkPost } from '@/speakers/space/http'

type Context = { params: Promise<{ locale: string }> }

/** The emailed link: GET shows a sign-in button, POST uses the link (src/speakers/space/http.ts). */
export async function GET(request: Request, { params }: Context) {
  return handleLinkGet(request, { payload: payloadClient, locale: (await params).locale })
}

export async function POST(request: Request, { params }: Context) {
  return handleLinkPost(request, { payload: payloadClient, locale: (await params).locale })
}
