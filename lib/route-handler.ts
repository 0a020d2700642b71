import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { assertSameOrigin } from "@/lib/auth/origin";
import { CrossOriginError, DATABASE_UNAVAILABLE_MESSAGE, UnauthorizedError, isDatabaseUnavailable } from "@/lib/errors";

// The wrappers every route handler's export goes through. withRouteErrors: a failure the
// handler did not answer itself becomes a clear JSON answer (401 signed out, 403 from another
// site, 503 while PostgreSQL is away, else 500) with the detail in the server log, never Next's
// empty 500 or an internal message. withCreator adds the session and the origin check for the
// handlers that act for a creator, so none of them does it by hand.

const NO_STORE = { "Cache-Control": "no-store" };

/** Methods that change nothing: the origin check is for the others. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function databaseUnavailableResponse(extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { ...extra, error: DATABASE_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { ...NO_STORE, "Retry-After": "60" } },
  );
}

export function withRouteErrors<Args extends unknown[]>(
  name: string,
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (e instanceof UnauthorizedError || e instanceof CrossOriginError) {
        return Response.json({ error: e.message }, { status: e.status, headers: NO_STORE });
      }
      if (isDatabaseUnavailable(e)) {
        console.error(`[${name}] the database is unreachable:`, e instanceof Error ? e.message : e);
        return databaseUnavailableResponse();
      }
      console.error(`[${name}] failed:`, e);
      return Response.json({ error: "Something went wrong on our side. Try again in a moment." }, { status: 500, headers: NO_STORE });
    }
  };
}

/**
 * A route handler that acts for the signed-in creator (like Dub's `withWorkspace`): signed out
 * is a 401 (with `signedOutMessage`), a write from another site a 403, and the handler gets the
 * creator, read fresh from the database, with a time zone that is known to be valid.
 */
export function withCreator<Context = unknown>(
  name: string,
  handler: (request: Request, creator: CurrentUser, context: Context) => Promise<Response>,
  options: { signedOutMessage?: string } = {},
): (request: Request, context: Context) => Promise<Response> {
  return withRouteErrors(name, async (request: Request, context: Context) => {
    const creator = await getCurrentUser();
    if (!creator) throw new UnauthorizedError(options.signedOutMessage);
    if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
    return handler(request, creator, context);
  });
}
