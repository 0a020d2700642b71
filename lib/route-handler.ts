import "server-only";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/errors";

// The one wrapper every route handler's export goes through: a failure the handler did not
// answer itself becomes a clear JSON answer (503 while PostgreSQL is away, else 500) with the
// detail in the server log, never Next's empty 500 or an internal message.

const NO_STORE = { "Cache-Control": "no-store" };

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
      if (isDatabaseUnavailable(e)) {
        console.error(`[${name}] the database is unreachable:`, e instanceof Error ? e.message : e);
        return databaseUnavailableResponse();
      }
      console.error(`[${name}] failed:`, e);
      return Response.json({ error: "Something went wrong on our side. Try again in a moment." }, { status: 500, headers: NO_STORE });
    }
  };
}
