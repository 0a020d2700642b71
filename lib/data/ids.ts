import "server-only";

// Ids that come from a URL, a form or a token. One that cannot be an id matches nothing: the
// caller answers not found (never a database error), exactly as for another creator's record.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID id (videos, accounts, sessions, goals, ledger entries). */
export function isUuid(id: unknown): id is string {
  return typeof id === "string" && UUID.test(id);
}

const INT8_MAX = 9_223_372_036_854_775_807n;

/** A BIGSERIAL id from a URL or form → bigint; null when it cannot be one. */
export function parseBigIntId(id: unknown): bigint | null {
  if (typeof id === "bigint") return id > 0n && id <= INT8_MAX ? id : null;
  if (typeof id !== "string" || !/^\d{1,19}$/.test(id)) return null;
  const n = BigInt(id);
  return n > 0n && n <= INT8_MAX ? n : null;
}
