// Session token claims Tierline adds to next-auth's JWT and user types.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    displayName: string;
    /** The signing-in browser's User-Agent, kept on its session row. */
    userAgent?: string | null;
  }
  interface Session {
    userId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The id of the token's row in `sessions`: the token is good while that row is live. */
    sid?: string;
  }
}
