// Session token claims Tierline adds to next-auth's JWT and user types.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    displayName: string;
    tokenVersion: number;
  }
  interface Session {
    userId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The account's token version when the token was issued. */
    tv?: number;
  }
}
