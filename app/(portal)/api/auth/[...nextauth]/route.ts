import NextAuth from 'next-auth'

import { nextAuthOptions } from '@/payload/auth/nextAuthOptions'

type Context = { params: Promise<{ nextauth: string[] }> }

async function handler(request: Request, context: Context) {
  return NextAuth(request as never, { params: await context.params } as never, nextAuthOptions())
}

export { handler as GET, handler as POST }
