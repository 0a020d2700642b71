// Serves next-auth's endpoints: CSRF token, credentials sign-in, session, sign-out.
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request: the options carry the installation's session secret (lib/auth/secret.ts),
// which may first have to be read from the database.
async function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, await getAuthOptions());
}

export { handler as GET, handler as POST };
